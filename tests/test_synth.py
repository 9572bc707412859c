"""The synthetic graph generator of the store benchmark (benchmarks/synth.py): deterministic,
term for term what kg.rdf writes, SHACL-valid, and answering the canned queries; the
neighbourhood projection agrees with the whole one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

SEED = 10  # a seed whose 200 tenures include CTOs at video-streaming and e-commerce firms
QUERIES = ROOT / "ontology" / "queries"


@pytest.fixture(scope="module")
def world() -> synth.World:
    return synth.generate(200, SEED)


@pytest.fixture(scope="module")
def nquads(world, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "synth.nq"
    synth.write_nquads(world, path, processes=1)
    return path


@pytest.fixture(scope="module")
def store(nquads, tmp_path_factory):
    """The embedded store (Oxigraph), loaded as the benchmark loads it."""
    import pyoxigraph

    from kg.ingest import load_schemes
    from kg.store import open_store
    from kg.summary import rebuild

    path = tmp_path_factory.mktemp("oxigraph")
    inner = pyoxigraph.Store(str(path))
    inner.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    del inner
    store = open_store(str(path))
    load_schemes(store)
    rebuild(store)  # the summary kg ingest keeps, made for the bulk-loaded graphs
    yield store
    store.close()


@pytest.fixture(scope="module")
def memory(nquads):
    from kg.ingest import load_schemes
    from kg.store import MemoryStore
    from kg.summary import rebuild

    store = MemoryStore()
    store.dataset.parse(str(nquads), format="nquads")
    load_schemes(store)
    rebuild(store)
    return store


def test_same_seed_same_world(world) -> None:
    again = synth.generate(200, SEED)
    assert synth.digest(again) == synth.digest(world)
    assert synth.digest(synth.generate(200, SEED + 1)) != synth.digest(world)
    summary = synth.summary(world)
    assert summary["tenures"] >= 200  # the successions alone may pass a small size
    assert 1 <= summary["max_career"] <= 8
    assert all(1 <= len(d.mentions) <= 20 for d in world.docs)


def test_quads_are_what_kg_rdf_writes(world) -> None:
    synth.check(world, world.docs)  # raises on the first document that differs


def test_document_graphs_are_shacl_valid(world) -> None:
    from kg.validate import validate

    writer = synth.Writer(world)
    for doc in world.docs[:15]:
        graph = Graph()
        lines = writer.document(doc)
        graph.parse(data="".join(line.rsplit(" ", 2)[0] + " .\n" for line in lines), format="nt")
        report = validate(graph)
        assert report.conforms, report.text


def test_canned_queries_answer(world, store) -> None:
    flagship = store.rows((QUERIES / "cto_video_ecommerce.rq").read_text(), trusted=False)
    assert flagship
    assert {str(r["industry"]).rsplit("/", 1)[-1] for r in flagship} <= {
        "video-streaming",
        "e-commerce",
    }
    held = [0] * len(world.people)
    for slot in world.slots:
        held[slot.person] += 1
    person = world.people[held.index(max(held))]
    career = store.rows((QUERIES / "career.rq").read_text(), {"name": person.name}, trusted=False)
    assert len({str(r["membership"]) for r in career}) >= 2
    ceo = URIRef("https://w3id.org/kg-exec/role/chief-executive-officer")
    biggest = world.companies[0].name
    holders = store.rows(
        (QUERIES / "holders_at.rq").read_text(),
        {"role": ceo, "orgName": biggest, "date": Literal("2015-06-30", datatype=XSD.date)},
        trusted=False,
    )
    assert holders and all(str(r["certainty"]) in ("certain", "possible") for r in holders)


def test_memory_store_gives_the_same_career(world, store, memory) -> None:
    held = [0] * len(world.people)
    for slot in world.slots:
        held[slot.person] += 1
    name = world.people[held.index(max(held))].name
    text = (QUERIES / "career.rq").read_text()
    results = [
        sorted(
            tuple(sorted((k, str(v)) for k, v in r.items() if k != "g"))
            for r in each.rows(text, {"name": name}, trusted=False)
        )
        for each in (store, memory)
    ]
    assert results[0] and results[0] == results[1]


def test_neighbourhood_projection_is_part_of_the_whole(world, store) -> None:
    from kg.paths import connection
    from kg.projection import project, project_neighbourhood

    whole = project(store)
    a = world.people[world.slots[0].person].iri
    for hops in (1, 2):
        part = project_neighbourhood(store, [a], hops)
        assert set(part.nodes) <= set(whole.nodes)
        for node, attrs in part.nodes(data=True):
            assert attrs == whole.nodes[node]
        for u, v, key, attrs in part.edges(keys=True, data=True):
            mine = dict(attrs)
            theirs = dict(whole.edges[u, v, key])
            for field in ("docs", "evidence"):
                assert sorted(map(repr, mine.pop(field, []))) == sorted(
                    map(repr, theirs.pop(field, []))
                )
            assert mine == theirs
    everyone = [p.iri for p in world.people]
    assert set(project_neighbourhood(store, everyone, 10).edges(keys=True)) == set(
        whole.edges(keys=True)
    )
    for other in world.people[1:15]:
        expected = connection(whole, a, other.iri)
        found = None
        for hops in (1, 2, 3):
            found = connection(project_neighbourhood(store, [a, other.iri], hops), a, other.iri)
            if found is not None and len(found) <= 2 * hops:
                break
        assert (found is None) == (expected is None)
        if expected is not None and found is not None:
            assert len(found) == len(expected)


def test_store_search_finds_the_connection_of_the_whole_projection(world, store) -> None:
    """kg/pathsearch.py on the bulk-loaded synthetic store: the same number of hops as
    ``kg.paths.connection`` on the whole projection, and no connection where it has none."""
    from kg.paths import connection
    from kg.pathsearch import connection_in_store
    from kg.projection import project

    whole = project(store)
    a = world.people[world.slots[0].person].iri
    found_some = 0
    for other in world.people[1:40]:
        expected = connection(whole, a, other.iri)
        found = connection_in_store(store, a, other.iri, max_hops=20)
        assert (found is None) == (expected is None), other.name
        if expected is not None and found is not None:
            found_some += 1
            assert len(found) == len(expected), other.name
            assert found[0].a.person == a and found[-1].b.person == other.iri
            if len(expected) == 1:
                assert found[0].b.person == expected[0].b.person
    assert found_some >= 5


def test_role_in_industries_on_the_store_answers_as_on_the_whole_projection(store) -> None:
    """`kg ask` projects only the memberships of the role at the industries' organizations
    (found from the summary): the same answer, row for row, as on the whole projection, for
    every question of a role and one or two industries that has an answer there."""
    from kg.ask import ask, ask_store
    from kg.projection import project

    whole = project(store)
    industries = ["video", "e-commerce", "software", "banking", "media", "retail", "telecoms"]
    asked = 0
    for role in ("CTO", "chief executive", "chairman", "CFO"):
        for i, first in enumerate(industries):
            for second in [None, industries[(i + 1) % len(industries)]]:
                where = first if second is None else f"{first} and {second}"
                question = f"who held {role} roles at {where} firms?"
                expected = ask(whole, question)
                if not expected.rows:
                    continue
                asked += 1
                answer = ask_store(store, question)
                assert answer.summary == expected.summary, question
                assert answer.rows == expected.rows, question
                assert any("?heldRole skos:broader* ?role" in q for q in answer.sparql)
    assert asked >= 10, asked


def test_every_kind_of_question_on_the_store_answers_as_on_the_whole_projection(
    store, world
) -> None:
    """`kg ask` projects only what a question is about (kg/lookup.py finds the names in the
    store): for people's companies, colleagues and earlier employers, and for the holders of
    roles at companies and their units (at any time, and in a year), the same summary and
    rows as on the whole projection."""
    from kg.ask import ask, ask_store
    from kg.errors import QueryError
    from kg.projection import project

    whole = project(store)
    people = sorted({p.name for p in world.people})[:25]
    companies = sorted({c.name for c in world.companies})
    units = sorted({unit for c in world.companies for unit, _ in c.units})
    assert units
    questions = [f"which companies did {name} work for?" for name in people]
    questions += [f"who worked with {name}?" for name in people]
    questions += [
        f"where did {name} work before {companies[i % 5]}?" for i, name in enumerate(people)
    ]
    questions += [
        f"who was the {role} of {company}{when}"
        for company in companies + units
        for role, when in (("chief executive", ""), ("CFO", " in 2010"), ("director", " in 2015"))
    ]
    answered = unknown = 0
    for question in questions:
        try:
            expected = ask(whole, question)
        except QueryError:  # a unit no one held a tenure at is not in the projection
            with pytest.raises(QueryError):
                ask_store(store, question)
            unknown += 1
            continue
        answer = ask_store(store, question)
        assert (answer.summary, answer.rows) == (expected.summary, expected.rows), question
        answered += bool(answer.rows)
    assert answered >= len(questions) // 2, (answered, unknown, len(questions))
