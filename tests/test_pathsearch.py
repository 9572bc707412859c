"""The store-side connection search (kg/pathsearch.py) against ``kg.paths.connection`` on the
whole projection: on small stores written for the test (units, chains of two and three hops,
a pair with no connection, a shortest company-level chain that fails the time check while a
longer one holds) and through `kg ask`."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import paths
from kg.ask import ask, ask_store
from kg.ingest import write_document
from kg.model import Document, Evidence, Tenure
from kg.pathsearch import connection_in_store, find_person
from kg.projection import project
from kg.rdf import RunInfo
from kg.store import MemoryStore, open_store

# organization, parent (for a unit), start, end
Job = tuple[str, str | None, str, str | None]

# one document per person (people are told apart by the companies of each document)
CAREERS: dict[str, list[Job]] = {
    "Ann Lee": [
        ("Acme", None, "2000", "2005"),
        ("Delta", None, "1990", "1992"),  # Ann and Dan share Delta, decades apart: one hop
    ],  # by company, three in time
    "Bob Roy": [
        ("Acme Labs", "Acme", "2003", "2008"),  # Ann's colleague, at a unit of Acme
        ("Birch", None, "2010", "2015"),
    ],
    "Cat Diaz": [("Birch", None, "2012", "2014"), ("Cedar", None, "2016", "2020")],
    "Dan Ek": [("Cedar", None, "2018", None), ("Delta", None, "2015", "2017")],  # Cedar: current
    "Eve Fox": [("Acme", None, "2010", "2012")],  # at Acme after Ann and Bob left
    "Gus Hale": [("Zeta", None, "2001", "2003")],  # alone at Zeta
    "Hal Ives": [("Birch", None, "2013", "2013")],
    "Ida Jay": [("Cedar", None, "2017", "2019")],
}


def _write(store) -> None:
    run = RunInfo("test", "none")
    for i, (person, jobs) in enumerate(CAREERS.items()):
        sentences = [
            f"{person} joined {f'{org} of {parent}' if parent else org} in {start}"
            + (f" until {end}." if end else ".")
            for org, parent, start, end in jobs
        ]
        text = " ".join(sentences)
        tenures = []
        for (org, parent, start, end), sentence in zip(jobs, sentences, strict=True):
            offset = text.index(sentence)
            evidence = Evidence(
                sentence=sentence, start=offset, end=offset + len(sentence), rule="test"
            )
            tenures.append(
                Tenure(
                    doc=f"d{i}.txt",
                    person=person,
                    role="Chief Executive Officer",
                    role_text="chief executive",
                    org=org,
                    parent_org=parent,
                    start=start,
                    end=end,
                    status="ended" if end else "current",
                    confidence=0.9,
                    evidence=[evidence],
                )
            )
        document = Document(id=f"d{i}.txt", text=text, date=dt.date(2024, 1, 1))
        write_document(store, document, tenures, run)


@pytest.fixture(scope="module", params=["memory", "embedded"])
def store(request, tmp_path_factory):
    if request.param == "memory":
        store = open_store(memory=True)
    else:
        store = open_store(str(tmp_path_factory.mktemp("pathsearch") / "kg"))
    _write(store)
    yield store
    store.close()


def _people(hops: list[paths.Hop] | None) -> list[str] | None:
    if hops is None:
        return None
    return [hops[0].a.person_name] + [h.b.person_name for h in hops]


PAIRS = [
    ("Ann Lee", "Bob Roy", ["Ann Lee", "Bob Roy"]),  # through a unit of Acme
    ("Ann Lee", "Cat Diaz", ["Ann Lee", "Bob Roy", "Cat Diaz"]),
    ("Ann Lee", "Dan Ek", ["Ann Lee", "Bob Roy", "Cat Diaz", "Dan Ek"]),  # not Delta
    ("Dan Ek", "Ann Lee", ["Dan Ek", "Cat Diaz", "Bob Roy", "Ann Lee"]),
    ("Ann Lee", "Eve Fox", None),  # the same company, never at the same time
    ("Ann Lee", "Gus Hale", None),  # no company in common with anyone
    ("Bob Roy", "Ida Jay", ["Bob Roy", "Cat Diaz", "Ida Jay"]),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_store_search_equals_the_whole_projection(store, a, b, expected) -> None:
    whole = project(store)
    (x,) = find_person(store, a)
    (y,) = find_person(store, b)
    assert paths.find_person(whole, a) == [x] and paths.find_person(whole, b) == [y]
    stats: dict[str, int] = {}
    found = connection_in_store(store, x, y, stats=stats)
    reference = paths.connection(whole, x, y)
    assert _people(found) == _people(reference) == expected
    if found is not None and reference is not None:
        assert [h.overlap for h in found] == [h.overlap for h in reference]
        assert [h.a.company_name for h in found] == [h.a.company_name for h in reference]
        assert all(h.a.evidence and h.b.evidence for h in found)
    if (a, b) == ("Ann Lee", "Dan Ek"):
        assert stats["tries"] >= 2  # the one hop through Delta was tried and refused


def test_every_pair_agrees(store) -> None:
    if isinstance(store, MemoryStore):
        pytest.skip("rdflib's own engine takes half a minute; the pairs above cover it")
    whole = project(store)
    people = sorted(CAREERS)
    iris = {p: find_person(store, p)[0] for p in people}
    for a in people:
        for b in people:
            if a == b:
                continue
            found = connection_in_store(store, iris[a], iris[b])
            reference = paths.connection(whole, iris[a], iris[b])
            assert (found is None) == (reference is None), (a, b)
            if found is not None and reference is not None:
                assert len(found) == len(reference), (a, b)


def test_max_hops_bounds_the_search(store) -> None:
    (ann,) = find_person(store, "Ann Lee")
    (dan,) = find_person(store, "Dan Ek")
    assert connection_in_store(store, ann, dan, max_hops=2) is None
    found = connection_in_store(store, ann, dan, max_hops=3)
    assert found is not None and len(found) == 3


def test_names_are_found_as_on_the_projection(store) -> None:
    whole = project(store)
    for name in ("ann lee", "Lee", "Bob", "Nobody Here", 'x" } DROP ALL'):
        assert find_person(store, name) == paths.find_person(whole, name), name


def test_ask_on_the_store_answers_as_on_the_projection(store) -> None:
    question = "how is Ann Lee connected to Dan Ek?"
    answer = ask_store(store, question)
    assert answer.summary == ask(project(store), question).summary
    assert answer.summary == "Ann Lee → Acme → Bob Roy → Birch → Cat Diaz → Cedar → Dan Ek"
    assert any("?person org:memberOf ?company" in text for text in answer.sparql)
    other = ask_store(store, "who worked with Cat Diaz?")
    assert {r["person"] for r in other.rows} == {"Bob Roy", "Hal Ives", "Dan Ek", "Ida Jay"}


def test_a_store_without_the_summary_is_asked_on_the_projection(tmp_path) -> None:
    """The search reads the summary; a store without it (written by an older kg, opened
    read-only so it cannot be built) still gets the connection, from the projection."""
    from kg import ids
    from kg.sparql import render

    store = open_store(str(tmp_path / "kg"))
    _write(store)
    cons = render(ids.CONSOLIDATED)
    store.update(f"DELETE WHERE {{ GRAPH {cons} {{ ?person org:memberOf ?o }} }}")
    answer = ask_store(store, "how is Ann Lee connected to Cat Diaz?")
    assert answer.summary == "Ann Lee → Acme → Bob Roy → Birch → Cat Diaz"
    assert not any("?person org:memberOf ?company" in text for text in answer.sparql)
    store.close()
