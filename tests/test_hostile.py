"""Hostile names, arbitrary text and queries that would reach out: nothing gets through."""

from __future__ import annotations

import datetime as dt
import socket
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal

from kg import timex
from kg.ask import ask
from kg.errors import KGError, QueryError
from kg.ingest import run_info, write_document
from kg.model import Document, Evidence, Tenure
from kg.projection import project
from kg.rdf import document_graph
from kg.settings import spacy_model
from kg.store import open_store
from kg.validate import validate

HOSTILE = [
    'Jean "The Boss" O\'Neil',
    "Ann <script>alert(1)</script> Lee",
    "Bob } ; DROP ALL ; { Smith",
    "Carl\nINSERT DATA { <a:b> <a:c> <a:d> }",
    "Dan SELECT * WHERE",
    "Еve Аdams",  # Cyrillic look-alikes of E and A
    "Fay \u202eevil\u202c Ray",
]


def hostile_tenures(doc_id: str) -> list[Tenure]:
    out = []
    for i, name in enumerate(HOSTILE):
        out.append(
            Tenure(
                doc=doc_id,
                person=name,
                aliases=[name.upper()],
                role="Chief Executive Officer",
                role_text=f'chief "executive" <{i}>',
                org=f"Acme }} Corp {i} <http://evil.test/>",
                parent_org=f'Acme " Holdings {i}' if i % 2 else None,
                org_descriptors=['a "video streaming" } platform'],
                start="2012-03",
                status="current",
                confidence=0.7,
                evidence=[Evidence(sentence=f"{name} runs it.\n}} #", start=0, end=10, rule="x")],
            )
        )
    return out


def test_hostile_names_survive_rdf_store_and_answers(tmp_path) -> None:
    document = Document(id="evil.txt", text="x " * 50, date=dt.date(2020, 1, 1))
    tenures = hostile_tenures(document.id)
    graph = document_graph(document, tenures, run_info(spacy_model()))
    assert validate(graph).conforms
    for store in (open_store(memory=True), open_store(str(tmp_path / "kg"))):
        write_document(store, document, tenures, run_info(spacy_model()))
        rows = store.rows("SELECT ?n WHERE { GRAPH ?g { ?p a foaf:Person ; foaf:name ?n } }")
        assert sorted(str(r["n"]) for r in rows) == sorted(HOSTILE)
        for name in HOSTILE:  # bound back in, each finds exactly its own person (in its
            # document graph and in the summary's copy of the names)
            found = store.rows(
                "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p foaf:name ?n } }", {"n": Literal(name)}
            )
            assert len(found) == 1
        g = project(store)
        for name in HOSTILE:
            if "\n" in name:
                continue  # a question is one line
            answer = ask(g, f"which companies did {name} work for?")
            assert len(answer.rows) == 1 and answer.rows[0]["person"] == name
        assert len(store.rows("SELECT ?s WHERE { GRAPH ?g { ?s a org:Membership } }")) == 7
        store.close()


@settings(max_examples=200, deadline=None)
@given(
    st.text(min_size=0, max_size=40),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_time_normalizer_never_breaks(text: str, base: dt.date | None) -> None:
    value = timex.resolve(text, base)
    if value is not None:
        for part in (value.value, value.lo, value.hi):
            if part:
                assert timex.first_day(part) <= timex.last_day(part)


WORDS = st.sampled_from(
    [
        "Mr",
        "Ms",
        "John",
        "Smith",
        "Acme",
        "Corp",
        "chief",
        "executive",
        "CEO",
        "of",
        "at",
        "joined",
        "left",
        "became",
        "in",
        "March",
        "2012",
        "last",
        "year",
        ",",
        ".",
        "'",
        '"',
        "}",
        "{",
        "<",
        ">",
        "\n",
        "\n\n",
        "the",
        "said",
        "who",
        "heads",
        "former",
        "boss",
        "was",
        "named",
        "replacing",
        "Société",
        "Générale",
        "ÅB",
        "Ltd",
        "plc",
        "52",
        "--",
        "(",
        ")",
    ]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), min_size=1, max_size=60))
def test_extraction_on_arbitrary_text_gives_valid_records_and_graphs(words: list[str]) -> None:
    from kg.extract import extract_documents

    text = " ".join(words)
    document = Document(id="arb.txt", text=text, date=dt.date(2005, 6, 1))
    try:
        ((_, tenures),) = list(extract_documents([document]))
    except KGError:
        return
    for t in tenures:
        Tenure.model_validate(t.model_dump())
    report = validate(document_graph(document, tenures, run_info(spacy_model())))
    assert report.conforms, report.text


class Listener:
    """A local socket that records whether anything connected to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()
            except OSError:
                continue

    def close(self) -> None:
        self.stop = True
        self.thread.join()
        self.sock.close()


@pytest.mark.parametrize("kind", ["memory", "embedded"])
def test_queries_never_fetch(tmp_path, kind) -> None:
    store = open_store(memory=True) if kind == "memory" else open_store(str(tmp_path / "kg"))
    listener = Listener()
    url = f"http://127.0.0.1:{listener.port}/data.ttl"
    try:
        for query in (
            f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
            f"LOAD <{url}>",
            f"INSERT {{ GRAPH <a:g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        ):
            with pytest.raises(QueryError):
                store.query(query)
        # FROM names a graph of the store: it is not fetched from the URL or the disk
        for source in (url, "file:///etc/passwd"):
            store.query(f"SELECT * FROM <{source}> WHERE {{ ?s ?p ?o }}")
    finally:
        listener.close()
        store.close()
    assert listener.connections == 0


def test_billion_laughs_in_html_is_not_expanded(tmp_path) -> None:
    from kg.reading import read_document

    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    page = tmp_path / "laughs.html"
    page.write_text(
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{entities}]>'
        "<html><body><p>Marks &amp; Spencer chief executive Stuart Rose spoke. &lol9;</p>"
        "</body></html>"
    )
    document = read_document(page)  # expanded, the entity would be 10**9 "lol"s
    assert len(document.text) < 2000 and "lollol" not in document.text
    assert "Marks & Spencer chief executive Stuart Rose" in document.text


def test_hostile_names_survive_every_export(tmp_path) -> None:
    import csv

    import networkx as nx
    from rdflib import Dataset

    from kg.export import export

    document = Document(id="evil.txt", text="x " * 50, date=dt.date(2020, 1, 1))
    store = open_store(str(tmp_path / "kg"))
    write_document(store, document, hostile_tenures(document.id), run_info(spacy_model()))
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("csv", "graphml", "nquads", "jsonld", "turtle", "html"):
        export(store, fmt, out / f"graph.{fmt}")
    with open(out / "graph.csv", newline="", encoding="utf-8") as f:
        assert sorted(r["person"] for r in csv.DictReader(f)) == sorted(HOSTILE)
    graphml = nx.read_graphml(out / "graph.graphml")
    labels = {d["label"] for _, d in graphml.nodes(data=True) if d.get("type") == "person"}
    assert labels == set(HOSTILE)
    for fmt, parse_as in (("nquads", "nquads"), ("jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(out / f"graph.{fmt}", format=parse_as)
        names = {str(o) for _, p, o, _ in ds.quads() if str(p).endswith("foaf/0.1/name")}
        assert names == set(HOSTILE), fmt
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page  # escaped inside the page's data
    assert "Ann \\u003cscript\\u003ealert(1)\\u003c/script\\u003e Lee" in page
    store.close()
