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
) -> dict[str, URIRef]:
    """Person name (as in the tenures) → the IRI of the person node to use. ``pending`` holds
    people of documents decided but not yet written: name key → person IRI → companies."""
    companies: dict[str, set[str]] = defaultdict(set)
    for tenure in tenures:
        companies[tenure.person].add(company(tenure))
    if not companies:
        return {}
    keys = {name: person_key(name) for name in companies}
    known: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows = store.rows(
        internal("people_by_key"),
        {"key": [Literal(k) for k in sorted(set(keys.values()))], "self": self_graph},
    )
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
