"""Questions answered on the graph projection (kg/projection.py): roles in industries,
careers, colleagues, the path between two people, successions, holders on a date.

Each function takes the projection ``g`` (``project(store)``) and node IRIs; ``find_person``,
``find_org``, ``find_role`` and ``find_industry`` turn names into IRIs. Dates compare as ISO
strings; a tenure's bounds are its ``t1``..``t4`` (earliest and latest start, earliest and
latest end), else the days its ``start``/``end`` allow, else open.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.names import fold
from kg.timex import first_day, last_day

OPEN_START, OPEN_END = "0000-01-01", "9999-12-31"


@dataclass(frozen=True)
class Tenure:
    """One edge of the projection, with its ends' names: what the answers are made of."""

    membership: str
    person: str
    person_name: str
    org: str
    org_name: str
    company: str
    company_name: str
    role: str | None
    role_text: str | None
    start: str | None
    end: str | None
    bounds: tuple[str | None, str | None, str | None, str | None]
    status: str
    doc_date: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list, hash=False, compare=False)

    @property
    def title(self) -> str:
        return self.role or self.role_text or "member"

    @property
    def span(self) -> str:
        """ "2012-03 .. 2019" style, "?" where unknown."""
        return f"{self.start or '?'} .. {self.end or ('now' if self.status == 'current' else '?')}"

    def earliest_start(self) -> str:
        t1 = self.bounds[0] or (first_day(self.start).isoformat() if self.start else None)
        return t1 or OPEN_START

    def latest_start(self) -> str | None:
        """T2, else the start's last day, else the source's date for a tenure it reports."""
        if self.bounds[1] or self.start:
            return self.bounds[1] or last_day(self.start or "").isoformat()
        return self.doc_date if self.status in ("current", "ended") else None

    def earliest_end(self) -> str | None:
        """T3, else the end's first day, else the source's date for a current tenure."""
        if self.bounds[2] or self.end:
            return self.bounds[2] or first_day(self.end or "").isoformat()
        if self.status == "current":
            return self.doc_date or OPEN_END
        return None

    def latest_end(self) -> str:
        t4 = self.bounds[3] or (last_day(self.end).isoformat() if self.end else None)
        return t4 or OPEN_END

    def sort_key(self) -> tuple[str, str]:
        """When it began, as far as known: T1, else T2, else its end; undated ones last."""
        start = first_day(self.start).isoformat() if self.start else None
        end = first_day(self.end).isoformat() if self.end else None
        for value in (self.bounds[0], start, self.bounds[1], self.bounds[2], end, self.bounds[3]):
            if value:
                return value, self.org_name
        return "9999", self.org_name


def _label(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label", node))


def company_of(g: nx.MultiDiGraph, org: str) -> str:
    """The organization a unit belongs to (the unit's parent), else the organization itself."""
    for _, parent, data in g.out_edges(org, data=True):
        if data.get("relation") == "unit_of":
            return str(parent)
    return org


def tenures(g: nx.MultiDiGraph, person: str | None = None) -> Iterator[Tenure]:
    """Every tenure (of one person, when given)."""
    edges = g.out_edges(person, data=True, keys=True) if person else g.edges(data=True, keys=True)
    for u, v, _key, d in edges:
        if d.get("relation") != "tenure":
            continue
        company = company_of(g, v)
        yield Tenure(
            membership=d["membership"],
            person=u,
            person_name=_label(g, u),
            org=v,
            org_name=_label(g, v),
            company=company,
            company_name=_label(g, company),
            role=d.get("role"),
            role_text=d.get("role_text"),
            start=d.get("start"),
            end=d.get("end"),
            bounds=(d.get("t1"), d.get("t2"), d.get("t3"), d.get("t4")),
            status=d.get("status", "unknown"),
            doc_date=d.get("doc_date"),
            evidence=list(d.get("evidence", [])),
        )


# ---------------------------------------------------------------- finding nodes by name


def _find(g: nx.MultiDiGraph, text: str, kinds: tuple[str, ...]) -> list[str]:
    want = fold(text).strip()
    exact, partial = [], []
    for node, data in g.nodes(data=True):
        if data.get("type") not in kinds:
            continue
        names = [data.get("label", ""), *data.get("aliases", [])]
        folded = [fold(n) for n in names]
        if want in folded:
            exact.append(node)
        elif any(want in n.split() or n.startswith(want + " ") for n in folded):
            partial.append(node)
    return sorted(exact) or sorted(partial)


def find_person(g: nx.MultiDiGraph, name: str) -> list[str]:
    """People whose name or an alias is ``name`` (else contains it as a word)."""
    return _find(g, name, ("person",))


def find_org(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Organizations and units named ``name`` (else with it as a word of their name)."""
    from kg.names import org_key

    found = _find(g, name, ("organization", "unit"))
    if found:
        return found
    key = org_key(name)
    return sorted(
        n
        for n, d in g.nodes(data=True)
        if d.get("type") in ("organization", "unit") and org_key(d.get("label", "")) == key
    )


def narrower_or_same(g: nx.MultiDiGraph, concept: str, ancestor: str) -> bool:
    """Whether ``concept`` is ``ancestor`` or under it (skos:broader*)."""
    if concept == ancestor:
        return True
    try:
        return bool(nx.has_path(_broader_graph(g), concept, ancestor))
    except nx.NodeNotFound:
        return False


def _broader_graph(g: nx.MultiDiGraph) -> nx.DiGraph:
    cached = g.graph.get("_broader")
    if cached is None:
        cached = nx.DiGraph()
        cached.add_edges_from(
            (u, v) for u, v, d in g.edges(data=True) if d.get("relation") == "broader"
        )
        g.graph["_broader"] = cached
    return cached


def industries_of(g: nx.MultiDiGraph, org: str) -> set[str]:
    """The industries of an organization and, for a unit, of its parent."""
    out = set()
    for node in {org, company_of(g, org)}:
        for _, concept, d in g.out_edges(node, data=True):
            if d.get("relation") == "in_industry":
                out.add(str(concept))
    return out


# ---------------------------------------------------------------- the questions


def role_in_industries(
    g: nx.MultiDiGraph, role: str, industries: list[str], *, match: str = "any"
) -> list[Tenure]:
    """Tenures of ``role`` (or a narrower role) at organizations in the industries.

    ``match="any"``: a tenure at an organization of any of them; ``"all"``: only people who
    held the role in each of them. Example: ``role_in_industries(g, ROLE + "chief-technology-
    officer", [IND + "video-streaming", IND + "e-commerce"])`` → Tang Xing at iQIYI and at
    Alibaba's overseas e-commerce operations.
    """
    found = []
    for t in tenures(g):
        role_iri = _role_iri(g, t)
        if role_iri is None or not narrower_or_same(g, role_iri, role):
            continue
        held_in = industries_of(g, t.org)
        if any(narrower_or_same(g, c, i) for c in held_in for i in industries):
            found.append(t)
    if match == "all":
        covered: dict[str, set[str]] = {}
        for t in found:
            for i in industries:
                if any(narrower_or_same(g, c, i) for c in industries_of(g, t.org)):
                    covered.setdefault(t.person, set()).add(i)
        found = [t for t in found if covered.get(t.person) == set(industries)]
    return sorted(found, key=lambda t: (t.person_name, t.sort_key()))


def _role_iri(g: nx.MultiDiGraph, t: Tenure) -> str | None:
    data = g.get_edge_data(t.person, t.org, key=t.membership) or {}
    value = data.get("role_iri")
    return str(value) if value else None


def career(g: nx.MultiDiGraph, person: str) -> list[Tenure]:
    """A person's tenures in time order (undated ones last).

    Example: ``career(g, find_person(g, "Tang Xing")[0])`` → Google Shanghai R&D Center,
    iQIYI (2012-03), Alibaba Group (2019-08), ...
    """
    return sorted(tenures(g, person), key=lambda t: t.sort_key())


def overlap(a: Tenure, b: Tenure) -> str | None:
    """ "certain" when both surely cover a common day, "possible" when they may, else None."""
    starts = [a.latest_start(), b.latest_start()]
    ends = [a.earliest_end(), b.earliest_end()]
    if all(starts) and all(ends) and max(s for s in starts if s) <= min(e for e in ends if e):
        return "certain"
    if max(a.earliest_start(), b.earliest_start()) <= min(a.latest_end(), b.latest_end()):
        return "possible"
    return None


@dataclass(frozen=True)
class Colleague:
    person: str
    name: str
    company: str
    company_name: str
    overlap: str
    mine: Tenure
    theirs: Tenure


def colleagues(g: nx.MultiDiGraph, person: str) -> list[Colleague]:
    """People whose tenures at the same company (or its units) overlap the person's.

    Example: ``colleagues(g, tang)`` → Jiang Fan (certain, Alibaba Group), Daniel Zhang and
    Wang Yu (possible).
    """
    best: dict[tuple[str, str], Colleague] = {}
    by_company: dict[str, list[Tenure]] = {}
    for t in tenures(g):
        by_company.setdefault(t.company, []).append(t)
    for mine in tenures(g, person):
        for theirs in by_company.get(mine.company, []):
            if theirs.person == person:
                continue
            how = overlap(mine, theirs)
            if how is None:
                continue
            key = (theirs.person, mine.company)
            if key not in best or (how == "certain" and best[key].overlap != "certain"):
                best[key] = Colleague(
                    theirs.person,
                    theirs.person_name,
                    mine.company,
                    mine.company_name,
                    how,
                    mine,
                    theirs,
                )
    return sorted(best.values(), key=lambda c: (c.overlap, c.name, c.company_name))


@dataclass(frozen=True)
class Hop:
    """One step of a path: ``a`` and ``b`` overlapped at ``company``."""

    a: Tenure
    b: Tenure
    overlap: str

    def explain(self) -> str:
        return (
            f"{self.a.person_name} ({self.a.title}, {self.a.org_name}, {self.a.span}) and "
            f"{self.b.person_name} ({self.b.title}, {self.b.org_name}, {self.b.span}) "
            f"{'worked' if self.overlap == 'certain' else 'may have worked'} at "
            f"{self.a.company_name} at the same time"
        )


def connection(g: nx.MultiDiGraph, a: str, b: str) -> list[Hop] | None:
    """The shortest chain of people from ``a`` to ``b``, each pair at one company with
    overlapping tenures; None when there is none.

    Example: ``connection(g, tang, daniel_zhang)`` → one hop, through Alibaba Group.
    """
    people = nx.Graph()
    by_company: dict[str, list[Tenure]] = {}
    for t in tenures(g):
        by_company.setdefault(t.company, []).append(t)
    for group in by_company.values():
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if x.person == y.person:
                    continue
                how = overlap(x, y)
                if how is None:
                    continue
                current = people.get_edge_data(x.person, y.person)
                if current is None or (how == "certain" and current["overlap"] != "certain"):
                    people.add_edge(x.person, y.person, pair=(x, y), overlap=how)
    try:
        chain = nx.shortest_path(people, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return None
    hops = []
    for u, v in itertools.pairwise(chain):
        data = people.get_edge_data(u, v)
        x, y = data["pair"]
        hops.append(Hop(x, y, data["overlap"]) if x.person == u else Hop(y, x, data["overlap"]))
    return hops


def holders(g: nx.MultiDiGraph, role: str, org: str) -> list[Tenure]:
    """Who held ``role`` (or a narrower one) at ``org`` or its units, in time order: each one's
    predecessors come before and successors after.

    Example: ``holders(g, ROLE + "chief-technology-officer", iqiyi)`` → Tang Xing (2012-03 ..).
    """
    found = [
        t
        for t in tenures(g)
        if (t.org == org or t.company == org)
        and (r := _role_iri(g, t)) is not None
        and narrower_or_same(g, r, role)
    ]
    return sorted(found, key=lambda t: t.sort_key())


def holders_during(
    g: nx.MultiDiGraph, role: str, org: str, first: str, last: str
) -> list[tuple[Tenure, str]]:
    """Who held ``role`` at ``org`` at some time between the days ``first`` and ``last``
    (YYYY-MM-DD; the same day for a date): "certain" when the bounds say the tenure covered
    a day of the period, "possible" when they allow it.

    Example: ``holders_during(g, ROLE + "chief-executive-officer", alibaba, "2022-01-01",
    "2022-12-31")`` → Daniel Zhang, certain.
    """
    out = []
    for t in holders(g, role, org):
        latest_start, earliest_end = t.latest_start(), t.earliest_end()
        if (
            latest_start
            and earliest_end
            and latest_start <= min(last, earliest_end)
            and earliest_end >= first
        ):
            out.append((t, "certain"))
            continue
        if t.earliest_start() <= last and t.latest_end() >= first:
            out.append((t, "possible"))
    return sorted(out, key=lambda p: (p[1], p[0].person_name))


def predecessors(g: nx.MultiDiGraph, role: str, org: str, person: str) -> list[Tenure]:
    """Who held ``role`` at ``org`` before ``person`` took it, nearest last.

    Example: ``predecessors(g, ROLE + "chief-executive-officer", marks_and_spencer, rose)``
    → the chief executives of Marks & Spencer whose tenures began before Stuart Rose's.
    """
    return _around(g, role, org, person)[0]


def successors(g: nx.MultiDiGraph, role: str, org: str, person: str) -> list[Tenure]:
    """Who held ``role`` at ``org`` after ``person``, nearest first.

    Example: ``successors(g, ROLE + "chief-technology-officer", iqiyi, tang)`` → the CTOs of
    iQIYI whose tenures began after Tang Xing's (none in the seed).
    """
    return _around(g, role, org, person)[1]


def _around(
    g: nx.MultiDiGraph, role: str, org: str, person: str
) -> tuple[list[Tenure], list[Tenure]]:
    line = holders(g, role, org)
    mine = [t for t in line if t.person == person]
    if not mine:
        return [], []
    began = mine[0].sort_key()
    before = [t for t in line if t.person != person and t.sort_key() < began]
    after = [t for t in line if t.person != person and t.sort_key() > began]
    return before, after
