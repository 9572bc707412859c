"""The connection between two people, searched in the store instead of on a projection.

``kg.paths.connection`` needs every tenure of the graph; this finds the same chain by
reading the summary (kg/summary.py): each person's ``org:memberOf`` links and each unit's
``org:unitOf``, once each, by index in both directions. A breadth-first search runs from
both people at once over "shares a company" (an organization, or the parent of a unit),
always expanding the side with the smaller frontier. Sharing a company says nothing about
time, so each candidate chain is then checked: the tenures of its people at the companies of
its hops (and only those) are fetched and compared with ``kg.paths.overlap``; a pair of
people whose tenures never overlap is left out and the search runs again. A chain whose
hops all hold is as short as the shortest chain of colleagues, and its ``Hop`` objects come
from ``kg.paths.connection`` on the projection of those tenures.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from rdflib import URIRef

from kg import paths
from kg.errors import QueryError
from kg.lookup import find_person
from kg.projection import CHUNK, MEMBERSHIP_QUERIES, _build, _chunked, project_memberships
from kg.sparql import internal
from kg.store import Store

__all__ = ["connection_in_store", "find_person", "queries"]

QUERIES = (
    "people_by_name",
    "people_by_key",
    "people_name_contains",
    "path_companies",
    "path_members",
    "path_memberships",
    *MEMBERSHIP_QUERIES,
)

Pair = frozenset[str]


def queries() -> list[str]:
    """The SPARQL queries a store-side connection search runs (for `kg ask --show-sparql`)."""
    return [internal(name) for name in QUERIES]


class _Adjacency:
    """Who is at which company, from the summary, fetched as the search reaches it."""

    def __init__(self, store: Store, stats: dict[str, Any]) -> None:
        self.store = store
        self.stats = stats
        self.orgs_of: dict[str, dict[str, set[str]]] = {}  # person → company → organizations
        self.members: dict[str, dict[str, set[str]]] = {}  # company → person → organizations

    def _rows(self, query: str, name: str, values: list[str]) -> list[dict[str, Any]]:
        self.stats["requests"] = self.stats.get("requests", 0) + -(-len(values) // CHUNK)
        return _chunked(self.store, query, name, values)

    def load_people(self, people: Iterable[str]) -> None:
        todo = sorted(set(people) - self.orgs_of.keys())
        if not todo:
            return
        linked: dict[str, set[str]] = defaultdict(set)
        parents: dict[str, set[str]] = defaultdict(set)
        for row in self._rows("path_companies", "person", todo):
            linked[str(row["person"])].add(str(row["org"]))
            if row.get("parent") is not None:
                parents[str(row["org"])].add(str(row["parent"]))
        for person in todo:
            mine = self.orgs_of.setdefault(person, {})
            for org in linked[person]:
                company = min(parents[org]) if parents[org] else org
                mine.setdefault(company, set()).add(org)

    def load_companies(self, companies: Iterable[str]) -> None:
        todo = sorted(set(companies) - self.members.keys())
        if not todo:
            return
        for company in todo:
            self.members[company] = {}
        for row in self._rows("path_members", "company", todo):
            there = self.members[str(row["company"])]
            there.setdefault(str(row["person"]), set()).add(str(row["org"]))
        self.stats["memberships_seen"] = sum(len(m) for m in self.members.values())

    def neighbours(self, person: str) -> Iterable[str]:
        for company in self.orgs_of.get(person, {}):
            yield from self.members.get(company, {})


def _shortest(
    adj: _Adjacency, a: str, b: str, excluded: set[Pair], good: set[Pair], max_hops: int
) -> list[str] | None:
    """The people of a shortest chain from ``a`` to ``b`` where each pair shares a company
    and is not ``excluded``; None when there is none of at most ``max_hops`` hops."""
    dist: list[dict[str, int]] = [{a: 0}, {b: 0}]
    preds: list[dict[str, list[str]]] = [{a: []}, {b: []}]
    frontier: list[list[str]] = [[a], [b]]
    depth = [0, 0]
    while frontier[0] and frontier[1] and depth[0] + depth[1] < max_hops:
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        other = 1 - side
        adj.load_people(frontier[side])
        adj.load_companies(c for p in frontier[side] for c in adj.orgs_of.get(p, {}))
        level = depth[side] + 1
        found: list[str] = []
        for x in frontier[side]:
            for y in adj.neighbours(x):
                if y == x or frozenset((x, y)) in excluded:
                    continue
                seen = dist[side].get(y)
                if seen is None:
                    dist[side][y] = level
                    preds[side][y] = [x]
                    found.append(y)
                elif seen == level and x not in preds[side][y]:
                    preds[side][y].append(x)
        depth[side] = level
        frontier[side] = sorted(found)
        meetings = [y for y in found if y in dist[other]]
        if meetings:
            total = min(dist[side][y] + dist[other][y] for y in meetings)
            middle = min(y for y in meetings if dist[side][y] + dist[other][y] == total)
            halves = [_walk(preds[0], middle, good), _walk(preds[1], middle, good)]
            return [*reversed(halves[0]), *halves[1][1:]]
    return None


def _walk(preds: dict[str, list[str]], node: str, good: set[Pair]) -> list[str]:
    """From ``node`` back to the search's start, preferring steps already checked."""
    out = [node]
    while preds[node]:
        node = min(preds[node], key=lambda p: (frozenset((p, node)) not in good, p))
        out.append(node)
    return out


class _Checker:
    """The tenures of a chain's people at its hops' companies, fetched once each."""

    def __init__(self, store: Store, adj: _Adjacency, stats: dict[str, Any]) -> None:
        self.store = store
        self.adj = adj
        self.stats = stats
        self.memberships: dict[tuple[str, str], set[str]] = {}  # (person, org) → memberships
        self.rows: dict[str, list[dict[str, Any]]] = {}  # membership → tenure rows

    def _orgs(self, x: str, y: str) -> tuple[set[str], set[str]]:
        mine, theirs = self.adj.orgs_of.get(x, {}), self.adj.orgs_of.get(y, {})
        shared = mine.keys() & theirs.keys()
        return {o for c in shared for o in mine[c]}, {o for c in shared for o in theirs[c]}

    def _fetch(self, pairs: set[tuple[str, str]]) -> None:
        todo = sorted(pairs - self.memberships.keys())
        by_person: dict[str, list[str]] = defaultdict(list)
        for person, org in todo:
            self.memberships[person, org] = set()
            by_person[person].append(org)
        for person, orgs in sorted(by_person.items()):
            for i in range(0, len(orgs), CHUNK):
                self.stats["requests"] = self.stats.get("requests", 0) + 1
                rows = self.store.rows(
                    internal("path_memberships"),
                    {"person": [URIRef(person)], "org": [URIRef(o) for o in orgs[i : i + CHUNK]]},
                )
                for row in rows:
                    key = (str(row["person"]), str(row["org"]))
                    if key in self.memberships:
                        self.memberships[key].add(str(row["m"]))
        new = sorted({m for p in todo for m in self.memberships[p]} - self.rows.keys())
        for m in new:
            self.rows[m] = []
        if new:
            self.stats["requests"] = self.stats.get("requests", 0) + -(-len(new) // CHUNK)
            for row in _chunked(self.store, "neighbourhood_tenures", "m", new):
                self.rows[str(row["m"])].append(row)
        self.stats["tenures_fetched"] = len(self.rows)

    def _pairs(self, chain: list[str]) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for x, y in itertools.pairwise(chain):
            mine, theirs = self._orgs(x, y)
            out |= {(x, o) for o in mine} | {(y, o) for o in theirs}
        return out

    def _memberships(self, pairs: Iterable[tuple[str, str]]) -> set[str]:
        return {m for p in pairs for m in self.memberships.get(p, set())}

    def failing(self, chain: list[str]) -> set[Pair]:
        """The consecutive pairs of ``chain`` whose tenures at a shared company never overlap."""
        self.adj.load_people(chain)
        pairs = self._pairs(chain)
        self._fetch(pairs)
        ms = self._memberships(pairs)
        g = _build([], [], [row for m in sorted(ms) for row in self.rows[m]])
        held: dict[str, list[paths.Tenure]] = defaultdict(list)
        for person in set(chain):
            if person in g:
                for t in paths.tenures(g, person):
                    held[person].append(t)
        bad: set[Pair] = set()
        for x, y in itertools.pairwise(chain):
            mine, theirs = self.adj.orgs_of.get(x, {}), self.adj.orgs_of.get(y, {})
            ok = False
            for company in mine.keys() & theirs.keys():
                xs = [t for t in held[x] if t.org in mine[company]]
                ys = [t for t in held[y] if t.org in theirs[company]]
                if any(paths.overlap(s, t) for s in xs for t in ys):
                    ok = True
                    break
            if not ok:
                bad.add(frozenset((x, y)))
        return bad

    def projection(self, chain: list[str]) -> nx.MultiDiGraph:
        """The projection (labels and evidence included) of the chain's tenures."""
        return project_memberships(self.store, self._memberships(self._pairs(chain)))


def connection_in_store(
    store: Store,
    a: str,
    b: str,
    *,
    max_hops: int = 6,
    max_tries: int = 100,
    stats: dict[str, Any] | None = None,
) -> list[paths.Hop] | None:
    """The shortest chain of people from ``a`` to ``b``, each pair at one company with
    overlapping tenures, as ``kg.paths.connection(project(store), a, b)`` gives it (the same
    length; the same people when the shortest chain is unique), read from the store without
    projecting it; None when there is no chain of at most ``max_hops`` hops.

    Raises QueryError when ``max_tries`` candidate chains in a row fail the time check.
    ``stats``, when given, receives the number of requests, tries and tenures fetched.
    """
    a, b = str(a), str(b)
    stats = stats if stats is not None else {}
    stats.update(tries=0, requests=0)
    if a == b:
        return None
    adj = _Adjacency(store, stats)
    checker = _Checker(store, adj, stats)
    excluded: set[Pair] = set()
    good: set[Pair] = set()
    for _ in range(max_tries):
        stats["tries"] += 1
        chain = _shortest(adj, a, b, excluded, good, max_hops)
        if chain is None:
            return None
        bad = checker.failing(chain)
        good |= {frozenset(p) for p in itertools.pairwise(chain)} - bad
        if bad:
            excluded |= bad
            continue
        hops = paths.connection(checker.projection(chain), a, b)
        if hops is None or len(hops) != len(chain) - 1:  # cannot happen: every hop was checked
            raise QueryError(f"the connection search found an inconsistent chain {chain}")
        return hops
    raise QueryError(
        f"no chain between the two people held up after {max_tries} candidates: their "
        "companies are shared by many people whose tenures do not overlap"
    )
