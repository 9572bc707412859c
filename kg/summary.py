"""The store's summary: what every document graph says once, in the consolidated graph.

A big company is named in thousands of document graphs, and each holds its own copy of its
label, its industries and its memberships. Queries that start from a company, an industry or
a role read the summary instead, a few index entries per organization:

- a post per organization and role (W3C ORG ``org:Post``): ``org:postIn`` the organization,
  ``org:role`` the role, ``org:heldBy`` every person with a membership of that role there in
  some document graph, and ``kg:membership`` every such membership (so that a query from an
  organization and a role reaches the memberships by one index lookup, instead of looking up
  every holder's memberships and checking their organization and role); its IRI is
  ``.../id/post/<organization's local name>/<role's local name>`` (readable, and computable in
  SPARQL for :func:`rebuild`);
- each organization's ``skos:prefLabel``, ``org:classification`` and ``org:unitOf``, as stated
  in any document graph;
- each person's ``kg:nameKey`` and ``org:memberOf`` every organization they have a membership
  of, with or without a role (ORG's shortcut for a membership): what entity resolution
  (kg/resolve.py) reads to find a namesake, once per person and organization instead of once
  per document graph that names them;
- each person's ``foaf:name`` as any document gives it, so that a query from posts to their
  holders (the flagship query) names them without reading a document graph.

The summary is exact: replacing a document inserts what its new graph states and deletes,
in the same update request, what only its old graph stated (a holder and a membership no
graph holds any more, a post no one holds, a label or classification no graph states). Each
check looks up the affected terms by index, so writing a document costs the same in a store
of any size. :func:`rebuild` makes the summary of a store loaded by other means (a bulk load
of N-Quads, a store written by an older kg).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, ORG, RDF, SKOS

from kg import ids
from kg.rdf import KG
from kg.sparql import internal, render
from kg.store import Store

ORG_FACTS = (SKOS.prefLabel, ORG.classification, ORG.unitOf)
PERSON_FACTS = (KG.nameKey, FOAF.name)
_ORG_PREFIX = str(ids.ID["org/"])
_ROLE_PREFIX = "https://w3id.org/kg-exec/role/"


def post_iri(org: URIRef, role: URIRef) -> URIRef:
    """The post of a role at an organization (see :func:`rebuild` for the same in SPARQL)."""
    local_org = str(org)[len(_ORG_PREFIX) :] if str(org).startswith(_ORG_PREFIX) else str(org)
    local_role = str(role)[len(_ROLE_PREFIX) :] if str(role).startswith(_ROLE_PREFIX) else ""
    return URIRef(ids.ID[f"post/{local_org}/{local_role}"])


# membership, person, organization, role (None for a membership without one)
Holding = tuple[URIRef, URIRef, URIRef, URIRef | None]
Fact = tuple[URIRef, URIRef, object]  # organization or person, property, value


def holdings(graph: Graph) -> set[Holding]:
    """The memberships a document graph states."""
    out: set[Holding] = set()
    for m in graph.subjects(RDF.type, ORG.Membership):
        person, org, role = (graph.value(m, p) for p in (ORG.member, ORG.organization, ORG.role))
        if isinstance(m, URIRef) and isinstance(person, URIRef) and isinstance(org, URIRef):
            out.add((m, person, org, role if isinstance(role, URIRef) else None))
    return out


def facts(graph: Graph) -> set[Fact]:
    """The labels, classifications and parents of the organizations a document graph states,
    and its people's name keys."""
    out: set[Fact] = set()
    for kind, props in ((ORG.Organization, ORG_FACTS), (FOAF.Person, PERSON_FACTS)):
        for node in graph.subjects(RDF.type, kind):
            if isinstance(node, URIRef):
                for prop in props:
                    out |= {(node, prop, value) for value in graph.objects(node, prop)}
    return out


def stored(store: Store, graph_name: URIRef) -> tuple[set[Holding], set[Fact]]:
    """What the store's version of a document graph contributes to the summary."""
    held: set[Holding] = {
        (
            URIRef(r["m"]),
            URIRef(r["person"]),
            URIRef(r["org"]),
            None if r.get("role") is None else URIRef(r["role"]),
        )
        for r in store.rows(internal("graph_summary"), {"g": graph_name})
    }
    stated: set[Fact] = {
        (URIRef(r["s"]), URIRef(r["p"]), r["o"])
        for query in ("graph_org_facts", "graph_person_facts")
        for r in store.rows(internal(query), {"g": graph_name})
    }
    return held, stated


def additions(held: Iterable[Holding], stated: Iterable[Fact]) -> Graph:
    """The summary triples a document graph's memberships and facts give."""
    graph = Graph()
    for m, person, org, role in held:
        graph.add((person, ORG.memberOf, org))
        if role is None:
            continue
        post = post_iri(org, role)
        graph.add((post, RDF.type, ORG.Post))
        graph.add((post, ORG.postIn, org))
        graph.add((post, ORG.role, role))
        graph.add((post, ORG.heldBy, person))
        graph.add((post, KG.membership, m))
    for fact in stated:
        graph.add(fact)  # type: ignore[arg-type]
    return graph


def removals(gone: Iterable[Holding], facts_gone: Iterable[Fact]) -> str:
    """The update that removes, from the summary, the holders, memberships and facts of a
    document's old graph that no graph states any more (run after the new graph is written,
    in the same request). A post no one holds goes with its last holder."""
    cons = render(ids.CONSOLIDATED)
    links = sorted({(p, o) for _m, p, o, _r in gone})
    held = sorted({(m, p, o, r) for m, p, o, r in gone if r is not None})
    facts_gone = sorted(set(facts_gone), key=lambda f: tuple(str(x) for x in f))
    parts = []
    if links:
        rows = " ".join(f"({render(p)} {render(o)})" for p, o in links)
        parts.append(
            f"DELETE {{ GRAPH {cons} {{ ?person <{ORG.memberOf}> ?org }} }} WHERE {{ "
            f"VALUES (?person ?org) {{ {rows} }} "
            f"GRAPH {cons} {{ ?person <{ORG.memberOf}> ?org }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?m <{ORG.member}> ?person ; "
            f"<{ORG.organization}> ?org }} FILTER (?g != {cons}) }} }}"
        )
    if held:
        rows = " ".join(
            f"({render(m)} {render(post_iri(o, r))} {render(p)})" for m, p, o, r in held
        )
        parts.append(
            f"DELETE {{ GRAPH {cons} {{ ?post <{ORG.heldBy}> ?person ; <{KG.membership}> ?m }} }} "
            f"WHERE {{ "
            f"VALUES (?m ?post ?person) {{ {rows} }} "
            f"GRAPH {cons} {{ ?post <{ORG.heldBy}> ?person }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?m a <{ORG.Membership}> }} }} }}"
        )
        posts = " ".join(sorted({render(post_iri(o, r)) for _m, _p, o, r in held}))
        parts.append(
            f"DELETE {{ GRAPH {cons} {{ ?post ?p ?o }} }} WHERE {{ VALUES ?post {{ {posts} }} "
            f"GRAPH {cons} {{ ?post ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH {cons} {{ ?post <{ORG.heldBy}> ?anyone }} }} }}"
        )
    if facts_gone:
        rows = " ".join(f"({render(s)} {render(p)} {render(o)})" for s, p, o in facts_gone)  # type: ignore[arg-type]
        parts.append(
            f"DELETE {{ GRAPH {cons} {{ ?s ?p ?o }} }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} "
            f"GRAPH {cons} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != {cons}) }} }}"
        )
    return " ;\n".join(parts)


def rebuild(store: Store) -> None:
    """Make the summary of the whole store afresh (after a bulk load, or for a store written
    by a kg without it): one update request, proportional to the store's size, then the
    store compacted for reading (:meth:`kg.store.Store.compact`)."""
    store.update(internal("summary_rebuild"))
    store.compact()


def has_summary(store: Store) -> bool:
    """Whether the store has this version's summary: a person's org:memberOf link and name in
    the consolidated graph (every membership gives both), and a post's kg:membership link
    unless no membership has a role (a store summarized by an older kg lacks one or another).
    The graph is named in the text: bound by VALUES, Oxigraph 0.5 read every typed node of the
    store first (minutes and 10 GB at 1M tenures)."""
    graph = render(ids.CONSOLIDATED)
    link = render(KG.membership)
    for shape in ("?p org:memberOf ?o", "?p foaf:name ?o"):
        if not store.rows(f"SELECT ?p WHERE {{ GRAPH {graph} {{ {shape} }} }} LIMIT 1"):
            return False
    if store.rows(f"SELECT ?p WHERE {{ GRAPH {graph} {{ ?p {link} ?m }} }} LIMIT 1"):
        return True
    return not store.rows("SELECT ?m WHERE { GRAPH ?g { ?m org:role ?r } } LIMIT 1")


def outdated(store: Store) -> bool:
    """Whether the store has memberships but no summary of this version (a store written by an
    older kg, or bulk-loaded): queries and entity resolution that start from the summary would
    find nothing, or less than the store holds."""
    if has_summary(store):
        return False
    return bool(store.rows("SELECT ?m WHERE { GRAPH ?g { ?m org:member ?p } } LIMIT 1"))


def ensure(store: Store) -> bool:
    """Build the summary of a store that lacks this version's (:func:`outdated`). Returns
    whether it was built."""
    if not outdated(store):
        return False
    rebuild(store)
    return True
