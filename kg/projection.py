"""The store as a networkx graph, for path queries, drawing and GraphML.

Built from SPARQL results only (never by re-running extraction). Nodes are IRIs with a
``type`` ("person", "organization", "unit", "role", "industry") and a ``label``; people and
organizations also carry ``aliases``, organizations ``descriptors``. Edges (a MultiDiGraph):

- person → organization, ``relation="tenure"``, one per membership: ``membership``, ``role``
  (canonical label or None), ``role_iri``, ``role_text``, ``start``, ``end`` (ISO partial dates
  as written), ``t1``..``t4`` (bounds, ISO days; consolidated over sources where several),
  ``status``, ``confidence``, ``docs``, ``doc_date`` (the latest source's date), ``evidence``
  (dicts: doc, sentence, start, end, rule);
- person → role, ``relation="held_role"`` (``membership``, ``org``);
- unit → organization, ``relation="unit_of"``;
- organization → industry, ``relation="in_industry"``; industry → broader industry and role →
  broader role, ``relation="broader"``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from rdflib import URIRef

from kg.sparql import internal
from kg.store import Store


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


QUERIES = ("projection_labels", "projection_evidence", "projection_tenures")


def queries() -> list[str]:
    """The SPARQL queries a projection runs (what `kg ask --show-sparql` prints)."""
    return [internal(name) for name in QUERIES]


def project(store: Store) -> nx.MultiDiGraph:
    """The whole store as a typed MultiDiGraph (see the module docstring)."""
    return _build(
        store.rows(internal("projection_labels")),
        store.rows(internal("projection_evidence")),
        store.rows(internal("projection_tenures")),
    )


def project_neighbourhood(store: Store, people: Iterable[str], hops: int = 1) -> nx.MultiDiGraph:
    """The part of the projection a path query from ``people`` needs, fetched from the store
    instead of the whole graph: every tenure at a company (an organization, or the parent
    of a unit) where someone within ``hops - 1`` steps of ``people`` held a tenure; one step
    is a shared company. Nodes and edges are those of :func:`project`, with the same
    attributes.

    A chain of colleagues of at most ``2 * hops`` steps between two of ``people`` is then
    in the graph with every step of it, so ``kg.paths.connection`` on it finds the shortest
    chain when there is one that short (each step lies within ``hops - 1`` steps of one
    end): try ``hops`` = 1, 2, ... until it does.
    """
    seen: set[str] = set()
    companies: set[str] = set()
    memberships: set[str] = set()
    frontier = {str(p) for p in people}
    for _ in range(hops):
        step = sorted(frontier - seen)
        if not step:
            break
        seen.update(step)
        found = {
            str(row["company"])
            for row in store.rows(
                internal("neighbourhood_companies"), {"person": [URIRef(p) for p in step]}
            )
        }
        new = sorted(found - companies)
        companies.update(new)
        frontier = set()
        if new:
            rows = store.rows(
                internal("neighbourhood_members"), {"company": [URIRef(c) for c in new]}
            )
            for row in rows:
                memberships.add(str(row["m"]))
                frontier.add(str(row["person"]))
    return project_memberships(store, memberships)


# the queries project_memberships runs
MEMBERSHIP_QUERIES = (
    "neighbourhood_tenures",
    "neighbourhood_evidence",
    "scheme_labels",
    "neighbourhood_labels",
)


def project_memberships(store: Store, memberships: Iterable[str]) -> nx.MultiDiGraph:
    """The projection of the given memberships only: their tenure edges, with their people's
    and organizations' nodes (and units' parents), as :func:`project` makes them."""
    ordered = sorted(set(memberships))
    if not ordered:
        return nx.MultiDiGraph()
    tenure_rows = _chunked(store, "neighbourhood_tenures", "m", ordered)
    evidence_rows = _chunked(store, "neighbourhood_evidence", "m", ordered)
    label_rows = store.rows(internal("scheme_labels"))
    asked: set[str] = set()
    todo = {str(r["person"]) for r in tenure_rows} | {str(r["org"]) for r in tenure_rows}
    while todo:  # the nodes' labels, then their parents' (a unit's parent is an organization)
        asked |= todo
        rows = _chunked(store, "neighbourhood_labels", "node", sorted(todo))
        label_rows += rows
        todo = {str(r["value"]) for r in rows if str(r["kind"]) == "parent"} - asked
    return _build(label_rows, evidence_rows, tenure_rows)


CHUNK = 200


def _chunked(store: Store, query: str, name: str, values: list[str]) -> list[dict[str, Any]]:
    """An internal query's rows for ``values`` bound ``CHUNK`` at a time: with a few hundred
    values Oxigraph looks each OPTIONAL up by index; with thousands (a big company's
    memberships) it hashes every matching triple of the store instead."""
    rows: list[dict[str, Any]] = []
    for i in range(0, len(values), CHUNK):
        rows += store.rows(internal(query), {name: [URIRef(v) for v in values[i : i + CHUNK]]})
    return rows


def _build(
    label_rows: Iterable[dict[str, Any]],
    evidence_rows: Iterable[dict[str, Any]],
    tenure_rows: Iterable[dict[str, Any]],
) -> nx.MultiDiGraph:
    """The projection from the rows of the labels, evidence and tenures queries."""
    graph = nx.MultiDiGraph()
    labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in label_rows:
        labels[str(row["node"])][str(row["kind"])].add(str(row["value"]))

    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in evidence_rows:
        evidence[str(row["m"])].append(
            {
                "doc": str(row["path"]),
                "sentence": str(row["sentence"]),
                "start": int(row["start"].toPython()),
                "end": int(row["end"].toPython()),
                "rule": str(row["rule"]),
            }
        )

    for found in evidence.values():  # in text order, whichever query and order gave them
        found.sort(key=lambda e: (e["doc"], e["start"], e["end"], e["rule"], e["sentence"]))

    def name_of(node: str) -> str:
        names = labels[node].get("name") or labels[node].get("label") or {node.rsplit("/", 1)[-1]}
        return min(names, key=lambda n: (-len(n), n))  # the fullest form

    def add_node(node: str, kind: str) -> None:
        if node in graph:
            return
        attrs: dict[str, Any] = {"type": kind, "label": name_of(node)}
        if kind in ("person", "organization", "unit"):
            attrs["aliases"] = sorted(
                (labels[node]["name"] | labels[node]["alias"]) - {attrs["label"]}
            )
        if kind in ("organization", "unit"):
            attrs["descriptors"] = sorted(labels[node]["descriptor"])
        graph.add_node(node, **attrs)

    def add_org(node: str) -> None:
        parents = sorted(labels[node]["parent"])
        add_node(node, "unit" if parents else "organization")
        for parent in parents[:1]:
            add_org(parent)
            if not graph.has_edge(node, parent, key="unit_of"):
                graph.add_edge(node, parent, key="unit_of", relation="unit_of")
        for industry in sorted(labels[node]["industry"]):
            _add_concept(industry, "industry")
            if not graph.has_edge(node, industry, key="in_industry"):
                graph.add_edge(node, industry, key="in_industry", relation="in_industry")

    def _add_concept(node: str, kind: str) -> None:
        if node in graph:
            return
        add_node(node, kind)
        for broader in sorted(labels[node]["broader"]):
            _add_concept(broader, kind)
            graph.add_edge(node, broader, key="broader", relation="broader")

    tenures: dict[str, dict[str, Any]] = {}
    for row in tenure_rows:
        membership = str(row["m"])
        edge = tenures.get(membership)
        if edge is None:
            person, org = str(row["person"]), str(row["org"])
            add_node(person, "person")
            add_org(org)
            role = _s(row.get("role"))
            edge = {
                "person": person,
                "org": org,
                "relation": "tenure",
                "membership": membership,
                "role": name_of(role) if role else None,
                "role_iri": role,
                "role_text": _s(row.get("roleText")),
                "start": _s(row.get("start")),
                "end": _s(row.get("end")),
                "t1": _s(row.get("b1")),
                "t2": _s(row.get("b2")),
                "t3": _s(row.get("b3")),
                "t4": _s(row.get("b4")),
                "status": _s(row.get("status")) or "unknown",
                "confidence": float(row["confidence"].toPython()) if "confidence" in row else 0.5,
                "docs": [],
                "doc_date": None,
                "evidence": evidence.get(membership, []),
            }
            tenures[membership] = edge
            if role:
                _add_concept(role, "role")
        day = _s(row.get("docDate"))
        if day and (edge["doc_date"] is None or day > edge["doc_date"]):
            edge["doc_date"] = day  # the latest source's date: the tenure stood then
        path = _s(row.get("path"))
        if path and path not in edge["docs"]:
            edge["docs"].append(path)
        for field in ("start", "end", "t1", "t2", "t3", "t4"):  # a later source may say more
            key = {"t1": "b1", "t2": "b2", "t3": "b3", "t4": "b4"}.get(field, field)
            if edge[field] is None and row.get(key) is not None:
                edge[field] = str(row[key])
    for membership, edge in sorted(tenures.items()):
        person, org = edge.pop("person"), edge.pop("org")
        graph.add_edge(person, org, key=membership, **edge)
        if edge["role_iri"]:
            graph.add_edge(
                person,
                edge["role_iri"],
                key=membership,
                relation="held_role",
                membership=membership,
                org=org,
            )
    return graph
