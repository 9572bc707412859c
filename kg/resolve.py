"""Entity resolution across documents: which person node a name in a new document is.

Organizations need no lookup: their IRI is a function of the normalized name (kg/names.py),
so "Marks & Spencer plc" and "Marks and Spencer" are one node wherever they occur. People
are matched on the normalized name key (``richard|parsons`` for "Dick Parsons" and "Richard
D. Parsons") and kept apart by organization context:

- no one in the store has the key: the plain IRI of the key, the same on every machine;
- someone with the key shares a company with this person (the same organization, or the
  parent of a unit): that node;
- people with the key exist but at unrelated companies: a different person of the same
  name, with an IRI of the key and this person's company.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Literal, URIRef

from kg.model import Tenure
from kg.names import org_key, person_key
from kg.rdf import company, org_iri, person_iri
from kg.sparql import internal
from kg.store import Store


def resolve_people(
    tenures: Iterable[Tenure],
    store: Store,
    self_graph: URIRef,
    pending: dict[str, dict[str, set[str]]] | None = None,
    earlier: Iterable[tuple[URIRef, URIRef]] = (),
) -> dict[str, URIRef]:
    """Person name (as in the tenures) → the IRI of the person node to use. ``pending`` holds
    people of documents decided but not yet written: name key → person IRI → companies.
    ``earlier`` holds the (person, organization) links of the document's stored version
    (``self_graph``), which does not count: the same document ingested again resolves as
    it did the first time."""
    companies: dict[str, set[str]] = defaultdict(set)
    for tenure in tenures:
        companies[tenure.person].add(company(tenure))
    if not companies:
        return {}
    keys = {name: person_key(name) for name in companies}
    known: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows = store.rows(
        internal("people_by_key"), {"key": [Literal(k) for k in sorted(set(keys.values()))]}
    )
    rows = _stated_elsewhere(store, rows, self_graph, {(str(p), str(o)) for p, o in earlier})
    for row in rows:
        known[str(row["key"])][str(row["person"])].add(str(row["company"]))
    for key, persons in (pending or {}).items():
        for person, their in persons.items():
            known[key][person] |= their
    out: dict[str, URIRef] = {}
    for name, names_companies in sorted(companies.items()):
        here = {str(org_iri(c)) for c in names_companies}
        candidates = known.get(keys[name], {})
        sharing = sorted(
            (-len(here & theirs), person) for person, theirs in candidates.items() if here & theirs
        )
        if sharing:
            out[name] = URIRef(sharing[0][1])
        elif not candidates:
            out[name] = person_iri(name)
        else:
            out[name] = person_iri(name, context=min(org_key(c) for c in names_companies))
    return out


def _stated_elsewhere(
    store: Store, rows: list[dict[str, Any]], self_graph: URIRef, earlier: set[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The rows of people_by_key.rq without the links only the document's stored version
    states: the summary holds them too until the new version replaces it. Looked up for
    those links' people only, so a new document (no stored version) costs no query."""
    mine = [r for r in rows if (str(r["person"]), str(r["o"])) in earlier]
    if not mine:
        return rows
    people = sorted({URIRef(str(r["person"])) for r in mine})
    elsewhere = {
        (str(r["person"]), str(r["o"]))
        for r in store.rows(internal("people_elsewhere"), {"person": people, "self": self_graph})
    }
    return [
        r
        for r in rows
        if (str(r["person"]), str(r["o"])) not in earlier
        or (str(r["person"]), str(r["o"])) in elsewhere
    ]
