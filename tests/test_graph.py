"""The graph: RDF with provenance, SHACL, stable IRIs, entity resolution, consolidation, stores."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SEED
from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, ORG, SKOS, XSD

from kg.ingest import ingest, run_info
from kg.model import Document
from kg.rdf import document_graph
from kg.reading import read_document
from kg.results import store_stats
from kg.settings import spacy_model
from kg.store import Store, open_store
from kg.validate import validate

QUERIES = SEED.parent.parent / "ontology" / "queries"
FLAGSHIP = (QUERIES / "cto_video_ecommerce.rq").read_text()
EVIDENCE = (QUERIES / "evidence.rq").read_text()
DATE = dt.date(2020, 3, 1)


def doc(name: str, text: str, date: dt.date | None = DATE) -> Document:
    return Document(id=name, text=text, date=date)


def load(store: Store, *docs: Document) -> None:
    ingest(list(docs), store, model=spacy_model())


def names_of(store: Store, person: URIRef) -> set[str]:
    rows = store.rows(
        "SELECT ?n WHERE { GRAPH ?g { { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n } } }",
        {"p": person},
    )
    return {str(r["n"]) for r in rows}


def people(store: Store, key: str) -> set[str]:
    q = "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p kg:nameKey ?k } }"
    return {str(r["p"]) for r in store.rows(q, {"k": Literal(key)})}


def flagship(store: Store) -> set[tuple[str, str, str]]:
    rows = store.rows(FLAGSHIP, trusted=False)
    return {
        (str(r["name"]), str(r["orgName"]), str(r["industry"]).rsplit("/", 1)[-1]) for r in rows
    }


def test_seed_graph_validates_and_is_stable(extract) -> None:
    document = read_document(SEED, doc_id="seeds/" + SEED.name)
    tenures = extract(document.text, date="2022-09-02", doc_id=document.id)
    run = run_info(spacy_model())
    first = document_graph(document, tenures, run)
    second = document_graph(document, tenures, run)
    assert set(first) == set(second) and len(first) > 200
    report = validate(first)
    assert report.conforms, report.text
    memberships = set(first.subjects(None, ORG.Membership))
    assert len(memberships) == 8
    people_names = {str(o) for o in first.objects(None, FOAF.name)}
    assert people_names == {"Tang Xing", "Jiang Fan", "Wang Yu", "Daniel Zhang"}
    assert Literal("Tang Xiang") in set(first.objects(None, SKOS.altLabel))


def test_flagship_on_seed_memory_store() -> None:
    store = open_store(memory=True)
    load(store, read_document(SEED, doc_id="seeds/" + SEED.name))
    assert flagship(store) == {
        ("Tang Xing", "iQIYI", "video-streaming"),
        ("Tang Xing", "Alibaba's overseas e-commerce operations", "e-commerce"),
    }


def test_evidence_of_a_flagship_row() -> None:
    """The flagship gives one row per tenure; evidence.rq gives its sentences, offsets into
    the document's text and the document's path."""
    store = open_store(memory=True)
    document = read_document(SEED, doc_id="seeds/" + SEED.name)
    load(store, document)
    row = next(r for r in store.rows(FLAGSHIP) if str(r["orgName"]) == "iQIYI")
    rows = store.rows(EVIDENCE, {"person": row["person"], "org": row["org"]}, trusted=False)
    assert {str(r["roleLabel"]) for r in rows} == {"Chief Technology Officer"}
    assert {str(r["path"]) for r in rows} == {"seeds/" + SEED.name}
    for r in rows:
        assert document.text[int(r["start"]) : int(r["end"])] == str(r["sentence"])
    assert any(
        str(r["sentence"]).startswith("In March 2012, he became the CTO of iQIYI") for r in rows
    )
    by_membership = store.rows(EVIDENCE, {"membership": rows[0]["membership"]})
    assert {str(r["sentence"]) for r in by_membership} == {str(r["sentence"]) for r in rows}


def test_reingest_is_idempotent_and_changed_text_replaces(tmp_path) -> None:
    store = open_store(str(tmp_path / "store"))
    text = "Retail results\n\nSarah Jones, chief executive of Marks & Spencer, said sales rose.\n"
    load(store, doc("news/a.txt", text))
    before = store_stats(store)
    assert before["documents"] == 1 and before["tenures"] == 1
    report = ingest([doc("news/a.txt", text)], store, model=spacy_model())
    assert report.unchanged == 1 and store_stats(store) == before
    changed = text.replace("Sarah Jones", "Mary Brown")
    report = ingest([doc("./news//a.txt", changed)], store, model=spacy_model())
    assert report.replaced == 1
    after = store_stats(store)
    assert after["documents"] == 1 and after["people"] == 1
    assert people(store, "sarah|jones") == set()
    assert len(people(store, "mary|brown")) == 1
    store.close()


def test_two_forms_of_a_name_are_one_person() -> None:
    store = open_store(memory=True)
    load(
        store,
        doc(
            "a.txt",
            "Time Warner results\n\nRichard Parsons, chief executive of Time Warner, said the "
            "media giant would keep its AOL unit.",
        ),
        doc(
            "b.txt",
            "AOL sale ruled out\n\nTime Warner boss Dick Parsons told investors that the "
            "internet division was not for sale.",
        ),
    )
    (person,) = people(store, "richard|parsons")
    assert {"Richard Parsons", "Dick Parsons"} <= names_of(store, URIRef(person))
    rows = store.rows(
        "SELECT DISTINCT ?m WHERE { GRAPH ?g { ?m a org:Membership ; org:member ?p } }",
        {"p": URIRef(person)},
    )
    assert len(rows) == 1  # one tenure, carrying the evidence of both documents


def test_same_name_at_unrelated_companies_kept_apart() -> None:
    store = open_store(memory=True)
    load(
        store,
        doc(
            "c.txt", "Bank results\n\nJohn Smith, chief executive of Acme Bank, said profits rose."
        ),
        doc("d.txt", "Tesco sales\n\nJohn Smith, the finance director of Tesco, said sales rose."),
    )
    assert len(people(store, "john|smith")) == 2
    # a third article about the Tesco one joins that node, not the bank's
    load(store, doc("e.txt", "Tesco shares\n\nTesco finance director John Smith sold shares."))
    assert len(people(store, "john|smith")) == 2


def test_a_replaced_document_resolves_as_a_new_one() -> None:
    """Entity resolution reads namesakes from the summary, which still holds what a
    document's stored version said while a new version is written: that version does not
    count, so the new text gets the person node a fresh store would give it."""
    first = "Bank results\n\nJohn Smith, chief executive of Acme Bank, said profits rose."
    second = "Tesco sales\n\nJohn Smith, the finance director of Tesco, said sales rose."
    fresh = open_store(memory=True)
    load(fresh, doc("c.txt", second))
    store = open_store(memory=True)
    load(store, doc("c.txt", first))
    load(store, doc("c.txt", second))
    assert people(store, "john|smith") == people(fresh, "john|smith")
    assert len(people(store, "john|smith")) == 1
    # with another document about the bank's John Smith, the Tesco one is someone else
    load(store, doc("f.txt", first))
    load(store, doc("c.txt", first))
    load(store, doc("c.txt", second))
    assert len(people(store, "john|smith")) == 2


def _consolidated(store: Store) -> dict[str, str]:
    q = "SELECT ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    out: dict[str, str] = {}
    for row in store.rows(q, {"g": URIRef("https://w3id.org/kg-exec/id/graph/consolidated")}):
        key = str(row["p"]).rsplit("#", 1)[-1]
        out[key] = out.get(key, "") + str(row["o"])
    return out


def test_bounds_from_several_sources_intersect_and_conflicts_are_flagged() -> None:
    store = open_store(memory=True)
    start = doc(
        "start.txt",
        "Retailer appoints boss\n\nSarah Jones became chief executive of Marks & Spencer "
        "in March 2012.",
    )
    end = doc(
        "end.txt",
        "Retail chief quits\n\nSarah Jones stepped down as chief executive of Marks & Spencer "
        "in 2019.",
    )
    load(store, start, end)
    cons = _consolidated(store)
    assert cons["beginningEarliest"] == "2012-03-01" and cons["beginningLatest"] == "2012-03-31"
    assert cons["endEarliest"] == "2019-01-01" and cons["endLatest"] == "2019-12-31"
    assert cons["sourceCount"] == "2" and "conflict" not in cons
    holders = (SEED.parent.parent / "ontology" / "queries" / "holders_at.rq").read_text()

    def certainty(day: str) -> set[str]:
        rows = store.rows(
            holders,
            {
                "role": URIRef("https://w3id.org/kg-exec/role/chief-executive-officer"),
                "orgName": "Marks & Spencer",
                "date": Literal(day, datatype=XSD.date),
            },
        )
        return {f"{r['name']}: {r['certainty']}" for r in rows}

    assert certainty("2015-06-01") == {"Sarah Jones: certain"}
    # the first source alone says she is still in post; with the second, 2019 is uncertain
    assert certainty("2019-06-01") == {"Sarah Jones: possible"}
    assert certainty("2020-02-01") == set()
    other = doc(
        "other.txt",
        "Profile\n\nSarah Jones became chief executive of Marks & Spencer in 2015.",
    )
    load(store, other)
    cons = _consolidated(store)
    assert "beginningEarliest" not in cons and cons["sourceCount"] == "3"
    assert "start.txt: 2012-03-01 to 2012-03-31" in cons["conflict"]
    assert "other.txt: 2015-01-01 to 2015-12-31" in cons["conflict"]
    # each source's own interval is kept
    q = "SELECT ?iv WHERE { GRAPH ?g { ?m org:memberDuring ?iv } }"
    assert len(store.rows(q)) == 4  # three sources and the consolidated interval


@pytest.mark.slow
def test_bbc_dev_twice_same_stats_and_valid(tmp_path, corpus) -> None:
    import json

    from conftest import SHARED

    gold = SHARED / "eval" / "gold" / "bbc-dev.jsonl"
    names = sorted({json.loads(line)["doc"] for line in gold.read_text().splitlines() if line})
    assert len(names) == 16
    docs = [read_document(SEED, doc_id="seeds/" + SEED.name)]
    docs += [read_document(corpus / name, doc_id=name) for name in names]
    store = open_store(str(tmp_path / "kg"))
    load(store, *docs)
    first = store_stats(store)
    assert first["documents"] == 17 and first["tenures"] > 30
    for document in docs:  # forced: a new version of each text
        load(store, document.model_copy(update={"text": document.text + "\n"}))
    load(store, *docs)
    assert store_stats(store) == first
    checked = 0
    for name in store.graph_names():
        if name.endswith(("/roles", "/industries")):
            continue
        report = validate(store.named_graph(name))
        checked += 1
        assert report.violations == 0, (name, report.text[:2000])
    assert checked >= 17  # 17 documents (and the consolidated graph, if any)
    store.close()
