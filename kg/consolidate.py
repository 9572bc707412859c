"""One tenure, several sources: the bounds all of them allow, and the disagreements.

Each document graph keeps its own interval for a membership (what that source says). When
two or more documents describe the same membership, the consolidated graph holds an interval
with the intersection of their bounds: "became CTO in March 2012" (T1..T2 = 2012-03) in one
and "left in 2019" (T3..T4 = 2019) in another give 2012-03 .. 2019. Sources whose bounds
cannot all hold (an empty intersection) are not overwritten: the component they disagree on is
left out of the consolidated interval and a ``kg:conflict`` note names the sources and their
claims.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, TIME

from kg import ids
from kg.rdf import KG, Bounds, add_bounds
from kg.sparql import internal, render
from kg.store import Store
from kg.timex import first_day, last_day


@dataclass
class Source:
    """One document's claim on a membership's time."""

    path: str
    bounds: Bounds


@dataclass
class Consolidated:
    bounds: Bounds
    conflicts: list[str] = field(default_factory=list)


def source_bounds(
    b1: str | None,
    b2: str | None,
    b3: str | None,
    b4: str | None,
    start: str | None,
    end: str | None,
) -> Bounds:
    """A source's T1..T4: its stored bounds, else the first and last day of its instants."""

    def day(value: str | None, point: str | None, last: bool) -> dt.date | None:
        if value:
            return dt.date.fromisoformat(value[:10])
        if point:
            return last_day(point) if last else first_day(point)
        return None

    return Bounds(
        day(b1, start, False), day(b2, start, True), day(b3, end, False), day(b4, end, True)
    )


def consolidate(sources: list[Source]) -> Consolidated:
    """The intersection of the sources' bounds, with a note for each part they disagree on."""

    def latest(values: Iterable[dt.date | None]) -> dt.date | None:
        present = [v for v in values if v is not None]
        return max(present) if present else None

    def earliest(values: Iterable[dt.date | None]) -> dt.date | None:
        present = [v for v in values if v is not None]
        return min(present) if present else None

    t1 = latest(s.bounds.t1 for s in sources)
    t2 = earliest(s.bounds.t2 for s in sources)
    t3 = latest(s.bounds.t3 for s in sources)
    t4 = earliest(s.bounds.t4 for s in sources)
    conflicts = []
    if t1 and t2 and t1 > t2:
        conflicts.append(_note("start", sources, lambda b: (b.t1, b.t2)))
        t1 = t2 = None
    if t3 and t4 and t3 > t4:
        conflicts.append(_note("end", sources, lambda b: (b.t3, b.t4)))
        t3 = t4 = None
    if t1 and t4 and t1 > t4:
        conflicts.append(_note("start and end", sources, lambda b: (b.t1, b.t4)))
        t1 = t4 = None
    return Consolidated(Bounds(t1, t2, t3, t4), conflicts)


def _note(
    what: str,
    sources: list[Source],
    pick: object,
) -> str:
    assert callable(pick)
    claims = []
    for s in sorted(sources, key=lambda s: s.path):
        lo, hi = pick(s.bounds)
        if lo or hi:
            claims.append(f"{s.path}: {lo or '..'} to {hi or '..'}")
    return f"sources disagree on the {what}: " + "; ".join(claims)


def consolidated_interval(membership: URIRef) -> URIRef:
    return ids.mint("interval", "consolidated", str(membership), "consolidated")


def plan(
    store: Store,
    self_graph: URIRef,
    memberships: set[URIRef],
    new_sources: dict[URIRef, Source],
    pending: dict[URIRef, dict[URIRef, Source]] | None = None,
    pending_graphs: set[URIRef] | None = None,
) -> tuple[str, Graph]:
    """The update that refreshes the consolidated view of ``memberships`` once the document
    graph ``self_graph`` holds ``new_sources``: a DELETE for their old consolidated triples,
    and the graph of new ones (memberships with two sources or more). ``pending`` holds the
    sources of documents decided but not yet written (membership → graph → source); the
    store's versions of ``pending_graphs`` are superseded by them."""
    if not memberships:
        return "", Graph()
    by_membership: dict[URIRef, list[Source]] = defaultdict(list)
    rows = store.rows(
        internal("membership_sources"),
        {"m": sorted(memberships), "self": self_graph, "consolidated": ids.CONSOLIDATED},
    )
    for row in rows:
        if pending_graphs and URIRef(row["g"]) in pending_graphs:
            continue
        value = {
            k: (str(row[k]) if k in row else None) for k in ("b1", "b2", "b3", "b4", "start", "end")
        }
        by_membership[URIRef(row["m"])].append(Source(str(row["path"]), source_bounds(**value)))
    for membership in memberships:
        by_membership[membership].extend((pending or {}).get(membership, {}).values())
    for membership, source in new_sources.items():
        by_membership[membership].append(source)
    graph = Graph()
    for membership in sorted(memberships):
        sources = by_membership.get(membership, [])
        if len(sources) < 2:
            continue
        result = consolidate(sources)
        interval = consolidated_interval(membership)
        graph.add((membership, ORG.memberDuring, interval))
        graph.add((interval, RDF.type, TIME.Interval))
        graph.add((interval, KG.sourceCount, Literal(len(sources))))
        add_bounds(graph, interval, result.bounds)
        for note in result.conflicts:
            graph.add((membership, KG.conflict, Literal(note)))
    cons = render(ids.CONSOLIDATED)
    deletes = [
        f"DELETE WHERE {{ GRAPH {cons} {{ {render(node)} ?p ?o }} }}"
        for m in sorted(memberships)
        for node in (m, consolidated_interval(m))
    ]
    return " ;\n".join(deletes), graph
