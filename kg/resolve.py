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
from kg.sparql import bind, internal
from kg.store import Store


def resolve_people(
    tenures: Iterable[Tenure],
    store: Store,
    self_graph: URIRef,
    pending: dict[str, dict[str, set[str]]] | None = None,
    earlier: Iterable[tuple[URIRef, URIRef]] = (),
    earlier_keys: Iterable[tuple[URIRef, str]] = (),
) -> dict[str, URIRef]:
    """Person name (as in the tenures) → the IRI of the person node to use. ``pending`` holds
    people of documents decided but not yet written: name key → person IRI → companies.
    ``earlier`` holds the (person, organization) links of the document's stored version
    (``self_graph``), and ``earlier_keys`` its people's name keys: neither counts, so the
    same document ingested again resolves as it did the first time.

    Two lookups in the summary, whatever the number of namesakes: the namesakes at this
    document's companies, and how many people each name key has."""
    companies: dict[str, set[str]] = defaultdict(set)
    for tenure in tenures:
        companies[tenure.person].add(company(tenure))
    if not companies:
        return {}
    pending = pending or {}
    keys = {name: person_key(name) for name in companies}
    key_terms = [Literal(k) for k in sorted(set(keys.values()))]
    here_all = sorted(
        {org_iri(c) for names_companies in companies.values() for c in names_companies}
    )
    # Bound twice, so the query gets a VALUES block of its own for the keys and one for the
    # companies instead of one of every pair, the companies' block first (the later bind puts
    # its block at the top): Oxigraph then reads each key's namesakes once, 1-4 ms a document
    # at 1M tenures, against 8-27 ms for the pairs and 1.2-1.5 s with the keys' block first.
    rows = store.rows(bind(internal("people_sharing"), {"key": key_terms}), {"company": here_all})
    counts = {
        str(r["key"]): int(r["people"])
        for r in store.rows(internal("namesakes"), {"key": key_terms})
    }
    links = {(str(p), str(o)) for p, o in earlier}
    if links:
        elsewhere = _stated_elsewhere(store, {p for p, _ in links}, self_graph)
        rows = [r for r in rows if _link(r) not in links or _link(r) in elsewhere]
        named_elsewhere = {p for p, _ in elsewhere}
        for earlier_person, earlier_key in set(earlier_keys):
            if str(earlier_person) not in named_elsewhere and earlier_key in counts:
                counts[earlier_key] -= 1  # only the stored version names them: not a namesake
    known: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        known[str(row["key"])][str(row["person"])].add(str(row["company"]))
    for key, persons in pending.items():
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
        elif counts.get(keys[name], 0) <= 0 and not pending.get(keys[name]):
            out[name] = person_iri(name)
        else:
            out[name] = person_iri(name, context=min(org_key(c) for c in names_companies))
    return out


def _link(row: dict[str, Any]) -> tuple[str, str]:
    return str(row["person"]), str(row["o"])


def _stated_elsewhere(store: Store, people: set[str], self_graph: URIRef) -> set[tuple[str, str]]:
    """The (person, organization) links of ``people`` that a document graph other than the
    document's own states: the summary also holds what its stored version stated until the
    new version replaces it. Looked up only when there is a stored version."""
    rows = store.rows(
        internal("people_elsewhere"),
        {"person": [URIRef(p) for p in sorted(people)], "self": self_graph},
    )
    return {_link(r) for r in rows}
