"""The graph projection as GraphML that Gephi, yEd and Cytoscape open with labels and types.

GraphML wants plain values of one declared type per attribute, and ids that are XML name
tokens, so :func:`flatten` rewrites the projection first: node ids become name tokens made
from the IRI (``person:tang-xing-c1eb5bc9``), the IRI itself goes into ``iri``; ``None``
becomes an empty string, lists are joined with " | ", evidence becomes its sentences, and an
attribute whose values are of mixed types becomes a string everywhere. Every node has
``label`` and ``type``, every edge ``relation``, ``label``, ``role`` and the dates
(``start``, ``end``, ``t1``..``t4``), empty when unknown; an edge that names a membership
(``held_role``) takes the role, dates and status of that tenure.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("https://w3id.org/kg-exec/id/person/ann-1", type="person", label="Ann")
>>> g.add_node("https://w3id.org/kg-exec/id/org/acme-2", type="organization", label="Acme")
>>> _ = g.add_edge("https://w3id.org/kg-exec/id/person/ann-1",
...                "https://w3id.org/kg-exec/id/org/acme-2", relation="tenure", role=None,
...                start="2012-03", docs=["a.txt", "b.txt"], confidence=0.9)
>>> flat = flatten(g)
>>> sorted(flat.nodes)
['org:acme-2', 'person:ann-1']
>>> e = next(iter(flat.edges(data=True)))[2]
>>> e["role"], e["start"], e["end"], e["docs"], e["confidence"]
('', '2012-03', '', 'a.txt | b.txt', 0.9)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EDGE_TEXT", "NODE_TEXT", "flatten", "node_ids", "write_graphml"]

JOIN = " | "
NODE_TEXT = ("iri", "label", "type", "aliases", "descriptors")
EDGE_TEXT = (
    "relation",
    "label",
    "role",
    "role_text",
    "start",
    "end",
    "t1",
    "t2",
    "t3",
    "t4",
    "status",
    "membership",
    "org",
    "docs",
    "evidence",
    "rules",
)

_FROM_TENURE = ("role", "role_text", "start", "end", "t1", "t2", "t3", "t4", "status")
_BASES = (
    ("https://w3id.org/kg-exec/id/", ""),
    ("https://w3id.org/kg-exec/role/", "role:"),
    ("https://w3id.org/kg-exec/industry/", "industry:"),
)
_NOT_NAME = re.compile(r"[^\w.:-]")


def node_ids(nodes: Iterable[str]) -> dict[str, str]:
    """A GraphML id (an XML name token, unique) for each node: kg's IRIs lose their base and
    "/" becomes ":" (``person:tang-xing-c1eb5bc9``); anything else not allowed becomes "_"."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for node in sorted(nodes, key=str):
        text = str(node)
        for base, prefix in _BASES:
            if text.startswith(base):
                text = prefix + text[len(base) :]
                break
        else:
            text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
        token = _NOT_NAME.sub("_", text.replace("/", ":")) or "_"
        candidate, n = token, 1
        while candidate in taken:
            n += 1
            candidate = f"{token}.{n}"
        taken.add(candidate)
        out[node] = candidate
    return out


def _item(value: Any) -> str:
    if isinstance(value, Mapping):
        sentence = value.get("sentence")
        if isinstance(sentence, str):
            return sentence
        return json.dumps(dict(value), sort_keys=True, ensure_ascii=False, default=str)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _plain(value: Any) -> Any:
    """A value GraphML can hold: str, bool, int or float; None stays None (left out)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return _item(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        seen: list[str] = []
        for item in items:
            text = _item(item)
            if text and text not in seen:
                seen.append(text)
        return JOIN.join(seen)
    return str(value)


def _kind(values: Iterable[Any]) -> type:
    kinds = {type(v) for v in values if v is not None}
    if not kinds or kinds - {bool, int, float}:
        return str
    if kinds == {bool}:
        return bool
    if bool in kinds:
        return str
    return int if kinds == {int} else float


def _as(kind: type, value: Any) -> Any:
    if kind is str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return "" if value is None else str(value)
    if value is None:
        return None
    return kind(value)


def _unify(records: list[dict[str, Any]], always: tuple[str, ...]) -> None:
    """One type per attribute across all records; text attributes on every record."""
    names = {name for r in records for name in r}
    for name in names:
        kind = str if name in always else _kind(r.get(name) for r in records)
        for r in records:
            value = _as(kind, r.get(name))
            if value is None:
                r.pop(name, None)
            else:
                r[name] = value
    for r in records:
        for name in always:
            r.setdefault(name, "")
            if r[name] is None:
                r[name] = ""


def _edge_label(attrs: Mapping[str, Any]) -> str:
    for key in ("role", "role_text"):
        if attrs.get(key):
            return str(attrs[key])
    relation = str(attrs.get("relation") or "")
    return "member" if relation == "tenure" else relation.replace("_", " ")


def flatten(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the projection that GraphML can hold (see the module docstring), with nodes
    and edges in a stable order and edge keys ``e0``, ``e1``, ... unique in the graph."""
    import networkx as nx

    ids = node_ids(graph.nodes)
    nodes: list[dict[str, Any]] = []
    for node in sorted(graph.nodes, key=lambda n: ids[n]):
        attrs = {k: _plain(v) for k, v in graph.nodes[node].items()}
        attrs["iri"] = str(node)
        if not attrs.get("label"):
            attrs["label"] = str(node).rstrip("/").rsplit("/", 1)[-1]
        if not attrs.get("type"):
            attrs["type"] = "unknown"
        nodes.append(attrs)
    _unify(nodes, NODE_TEXT)

    tenures = {
        str(data["membership"]): data
        for _, _, data in graph.edges(data=True)
        if data.get("relation") == "tenure" and data.get("membership")
    }
    edges: list[tuple[str, str, dict[str, Any]]] = []
    for u, v, _key, data in graph.edges(keys=True, data=True):
        attrs = {k: _plain(val) for k, val in data.items() if k != "evidence"}
        tenure = tenures.get(str(data.get("membership")))
        if tenure is not None and tenure is not data:  # e.g. held_role: its tenure's role, dates
            for name in _FROM_TENURE:
                if attrs.get(name) is None:
                    attrs[name] = _plain(tenure.get(name))
        evidence = data.get("evidence") or []
        if evidence:
            attrs["evidence"] = _plain(evidence)
            rules = [e.get("rule") for e in evidence if isinstance(e, Mapping) and e.get("rule")]
            attrs["rules"] = _plain(rules)
            attrs["evidence_count"] = len(evidence)
        if not attrs.get("label"):
            attrs["label"] = _edge_label(data)
        edges.append((ids[u], ids[v], attrs))
    records = [e[2] for e in edges]
    _unify(records, EDGE_TEXT)
    edges.sort(key=lambda e: (e[0], e[1], e[2]["relation"], e[2]["membership"], e[2]["label"]))

    flat = nx.MultiDiGraph()
    for attrs in nodes:
        flat.add_node(ids[attrs["iri"]], **attrs)
    for i, (u, v, attrs) in enumerate(edges):
        flat.add_edge(u, v, key=f"e{i}", **attrs)
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> str:
    """Write the projection as GraphML 1.0 (UTF-8); a one-line summary."""
    import networkx as nx

    from kg.export import write_text

    flat = flatten(graph)
    lines = nx.generate_graphml(flat, encoding="utf-8", prettyprint=True)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(lines) + "\n"
    write_text(path, text)
    return f"{flat.number_of_nodes()} nodes, {flat.number_of_edges()} edges"
