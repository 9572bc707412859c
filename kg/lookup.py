"""People, organizations and memberships a `kg ask` question names, looked up in the store.

``kg.paths`` finds names on a projection of the whole store; these find the same nodes by
index (names as written, name keys, minted IRIs), with a scan of names only as the
fallback, so that a question needs the projection of the memberships it is about only:
a person's (careers), those at a person's companies (colleagues), those of a role at a
company (holders). Each ``find_*`` returns what its ``kg.paths`` namesake returns on the
whole projection: the candidates are put in a small graph with all their names, and
``kg.paths`` itself picks among them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
from rdflib import Literal, URIRef

from kg import paths
from kg.names import fold, org_key, person_key
from kg.projection import _chunked
from kg.rdf import org_iri
from kg.sparql import internal
from kg.store import Store

QUERIES = (
    "people_by_name",
    "people_by_key",
    "people_name_contains",
    "orgs_by_name",
    "orgs_name_contains",
    "orgs_held",
    "parents",
    "person_memberships",
    "holder_memberships",
)


def find_person(store: Store, name: str) -> list[str]:
    """People called ``name`` as ``kg.paths.find_person`` finds them (a name or alias equal
    to it, else containing it as a word), looked up in the store: by the name as written and
    its name key first, else by a scan of every name."""
    rows = store.rows(internal("people_by_name"), {"name": Literal(name.strip())})
    rows += store.rows(internal("people_by_key"), {"key": Literal(person_key(name))})
    found = _matching(store, name, {str(r["person"]) for r in rows}, "person")
    if found:
        return found
    needle = fold(name).strip()
    if not needle:
        return []
    rows = store.rows(internal("people_name_contains"), {"needle": Literal(needle)})
    return _matching(store, name, {str(r["person"]) for r in rows}, "person")


def find_org(store: Store, name: str) -> list[str]:
    """Organizations and units called ``name`` as ``kg.paths.find_org`` finds them (a name or
    alias equal to it, else containing it as a word, else the same organization key): by
    the name as written first, else among the organizations whose name contains it (a scan
    of the summary's labels and of the aliases) and the one its key mints."""
    rows = store.rows(internal("orgs_by_name"), {"name": Literal(name.strip())})
    exact = _matching(store, name, {str(r["org"]) for r in rows}, "organization")
    if exact:
        return exact
    needle = fold(name).strip()
    if not needle:
        return []
    candidates = {str(r["org"]) for r in rows}
    candidates |= {
        str(r["org"])
        for r in store.rows(internal("orgs_name_contains"), {"needle": Literal(needle)})
    }
    if org_key(name):
        candidates.add(str(org_iri(name)))  # the key's organization, if the store has it
    return _matching(store, name, candidates, "organization")


def company_of(store: Store, org: str) -> str:
    """The organization a unit belongs to, else the organization itself (as
    ``kg.paths.company_of`` on the projection: the first parent in IRI order)."""
    rows = store.rows(internal("parents"), {"org": URIRef(org)})
    parents = sorted(str(r["parent"]) for r in rows)
    return parents[0] if parents else org


def person_memberships(store: Store, people: Iterable[str]) -> set[str]:
    """Every membership of the given people, in any document graph."""
    rows = _chunked(store, "person_memberships", "person", sorted(set(people)))
    return {str(r["m"]) for r in rows}


def holder_memberships(store: Store, role: str, company: str) -> set[str]:
    """The memberships of ``role`` or a narrower role at ``company`` or at its units (from
    the summary's posts): a superset of what ``kg.paths.holders`` keeps."""
    rows = store.rows(
        internal("holder_memberships"), {"role": URIRef(role), "company": URIRef(company)}
    )
    return {str(r["m"]) for r in rows}


def _matching(store: Store, name: str, nodes: set[str], kind: str) -> list[str]:
    """The nodes ``kg.paths`` would find for ``name`` among ``nodes``, on a graph of their
    names and aliases (and for organizations, their parents: a unit's type)."""
    if kind == "organization" and nodes:  # only those in the projection: held at, or a parent
        rows = _chunked(store, "orgs_held", "org", sorted(nodes))
        nodes = {str(r["org"]) for r in rows}
    if not nodes:
        return []
    labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _chunked(store, "neighbourhood_labels", "node", sorted(nodes)):
        labels[str(row["node"])][str(row["kind"])].add(str(row["value"]))
    g = nx.MultiDiGraph()
    for node, found in labels.items():
        if not (found["name"] or found["alias"]):
            continue
        # the label and aliases kg.projection gives the node: the fullest name, then the rest
        label = min(found["name"] or found["alias"], key=lambda n: (-len(n), n))
        aliases = sorted((found["name"] | found["alias"]) - {label})
        node_kind = "unit" if kind == "organization" and found["parent"] else kind
        g.add_node(node, type=node_kind, label=label, aliases=aliases)
    if kind == "person":
        return paths.find_person(g, name)
    return paths.find_org(g, name)


def queries() -> list[str]:
    """The SPARQL queries these lookups run (for `kg ask --show-sparql`)."""
    return [internal(name) for name in QUERIES]
