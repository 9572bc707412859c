"""Exports: RDF formats round-trip through rdflib, the CSV of tenures, GraphML through the
GraphML schema, networkx and igraph, and the HTML view in headless Chromium."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import socket
import subprocess
import urllib.parse
from pathlib import Path

import networkx as nx
import pytest
from conftest import SEED, SHARED
from rdflib import Dataset, Graph, URIRef
from test_stores import oxigraph_server  # noqa: F401 (a fixture: a real `oxigraph serve`)
from typer.testing import CliRunner

from kg.cli import app
from kg.export import CSV_FIELDS, export, jsonld_context
from kg.export_graphml import flatten, node_ids, write_graphml
from kg.export_html import LIBRARY, html_document, library
from kg.ingest import ingest
from kg.reading import read_document
from kg.settings import spacy_model
from kg.store import Store, open_store

SCHEMA = SHARED / "schemas" / "graphml" / "graphml-local.xsd"
DOC = "seeds/" + SEED.name
TANG = "https://w3id.org/kg-exec/id/person/tang-xing-c1eb5bc9"
LIBRARY_SHA256 = "b427322ad953d70ab75d1b798ebb8349863502f244e02de3e12a4ab7dfeddf2c"


@pytest.fixture(scope="module")
def seed_store() -> Store:
    store = open_store(memory=True)
    ingest([read_document(SEED, doc_id=DOC)], store, model=spacy_model())
    return store


@pytest.fixture(scope="module")
def seed_graph(seed_store: Store) -> nx.MultiDiGraph:
    from kg.projection import project

    return project(seed_store)


def store_quads(store: Store) -> dict[str, Graph]:
    """The store's non-empty named graphs."""
    graphs = {str(name): store.named_graph(name) for name in store.graph_names()}
    return {name: g for name, g in graphs.items() if len(g)}


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# -- RDF


def test_turtle_is_the_union_of_the_named_graphs(seed_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kg.ttl"
    export(seed_store, "turtle", path)
    parsed = Graph().parse(path, format="turtle")
    union = Graph()
    for g in store_quads(seed_store).values():
        for triple in g:
            union.add(triple)
    assert len(union) > 1000
    assert len(parsed) == len(union)
    assert set(parsed) == set(union)
    assert "@prefix org: <http://www.w3.org/ns/org#>" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt,rdflib_format", [("nquads", "nquads"), ("jsonld", "json-ld")])
def test_quad_formats_keep_the_named_graphs(
    seed_store: Store, tmp_path: Path, fmt: str, rdflib_format: str, no_network: None
) -> None:
    path = tmp_path / f"kg.{fmt}"
    summary = export(seed_store, fmt, path)
    expected = store_quads(seed_store)
    parsed = Dataset()
    parsed.parse(path, format=rdflib_format)
    graphs = {str(g.identifier): g for g in parsed.graphs() if len(g)}
    assert set(graphs) == set(expected)
    doc_graphs = [n for n in graphs if n.startswith("https://w3id.org/kg-exec/id/graph/000-")]
    assert len(doc_graphs) == 1
    for name, g in expected.items():
        assert set(graphs[name]) == set(g), name
    quads = sum(len(g) for g in expected.values())
    assert summary.startswith(f"{quads} quads in {len(expected)} named graphs")


def test_jsonld_context_is_inline(seed_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kg.jsonld"
    export(seed_store, "jsonld", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data["@context"], dict)
    assert data["@context"] == jsonld_context()
    assert data["@context"]["org"] == "http://www.w3.org/ns/org#"
    text = path.read_text(encoding="utf-8")
    assert '"Tang Xing"' in text
    assert not re.search(r'"@context"\s*:\s*"', text)  # no context given by URL, anywhere


def test_empty_store_exports_empty_files(tmp_path: Path) -> None:
    store = open_store(memory=True)
    for fmt in ("turtle", "nquads", "jsonld", "csv", "graphml", "html"):
        export(store, fmt, tmp_path / f"empty.{fmt}")
    assert Graph().parse(tmp_path / "empty.turtle", format="turtle").__len__() == 0
    lines = (tmp_path / "empty.csv").read_text(encoding="utf-8").splitlines()
    assert lines == [",".join(CSV_FIELDS)]
    assert nx.read_graphml(tmp_path / "empty.graphml").number_of_nodes() == 0


def test_same_exports_from_memory_embedded_and_oxigraph_server(
    seed_store: Store,
    tmp_path: Path,
    oxigraph_server: str,  # noqa: F811
) -> None:
    embedded = open_store(str(tmp_path / "embedded"))
    remote = open_store(
        endpoint=oxigraph_server + "/query", update_endpoint=oxigraph_server + "/update"
    )
    quads, tenures = {}, {}
    for name, store in (("memory", seed_store), ("embedded", embedded), ("remote", remote)):
        if name != "memory":
            ingest([read_document(SEED, doc_id=DOC)], store, model=spacy_model())
        export(store, "nquads", tmp_path / f"{name}.nq")
        export(store, "csv", tmp_path / f"{name}.csv")
        parsed = Dataset()
        parsed.parse(tmp_path / f"{name}.nq", format="nquads")
        quads[name] = set(parsed.quads())
        tenures[name] = read_csv(tmp_path / f"{name}.csv")
    embedded.close()
    assert len(quads["memory"]) > 1000
    assert quads["memory"] == quads["embedded"] == quads["remote"]
    assert tenures["memory"] == tenures["embedded"] == tenures["remote"]


# -- CSV


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_has_one_row_per_tenure(seed_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "tenures.csv"
    assert export(seed_store, "csv", path) == "8 tenures"
    rows = read_csv(path)
    assert len(rows) == 8
    assert tuple(rows[0]) == CSV_FIELDS
    assert {r["doc"] for r in rows} == {DOC}
    assert {r["person"] for r in rows} == {"Tang Xing", "Jiang Fan", "Wang Yu", "Daniel Zhang"}
    (iqiyi,) = [r for r in rows if r["person"] == "Tang Xing" and r["org"] == "iQIYI"]
    assert iqiyi["role"] == "Chief Technology Officer"
    assert iqiyi["role_text"] == "CTO"
    assert iqiyi["start"] == "2012-03"
    assert iqiyi["start_bounds"] == "2012-03-01/2012-03-31"
    assert iqiyi["status"] == "ended"
    assert iqiyi["evidence_count"] == "1"
    assert iqiyi["evidence"].startswith("In March 2012, he became the CTO of iQIYI")
    (unit,) = [
        r
        for r in rows
        if r["person"] == "Tang Xing" and r["org"] == "Alibaba's overseas e-commerce operations"
    ]
    assert unit["parent_org"] == "Alibaba Group"
    assert (unit["start"], unit["end"]) == ("2021-12", "2022-08")
    assert unit["start_bounds"] == "2021-10-01/2022-01-31"
    assert unit["end_bounds"] == "2022-08-01/2022-08-31"
    # the first sentence read twice (the title set off, then "has left the firm"), the
    # sentence of "as the CTO", "the departure of Tang Xing"
    assert int(unit["evidence_count"]) == 4
    assert unit["evidence"].startswith("Tang Xing, the CTO of Alibaba")  # the first mention
    (member,) = [r for r in rows if r["person"] == "Tang Xing" and r["org"] == "Alibaba Group"]
    assert (member["role"], member["role_text"]) == ("", "")  # employment only


# -- GraphML


def graphml_schema():
    from lxml import etree

    if not SCHEMA.is_file():
        pytest.skip("../shared/schemas/graphml is not here")
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def check_graphml(path: Path) -> None:
    """Valid against the GraphML 1.0 schema, every key typed, the same counts back in
    networkx and igraph."""
    import igraph
    from lxml import etree

    doc = etree.parse(str(path))
    schema = graphml_schema()
    assert schema.validate(doc), schema.error_log
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = doc.findall("g:key", ns)
    assert keys
    for key in keys:
        assert key.get("attr.type") in {"string", "double", "int", "long", "boolean"}, key.attrib
    nodes = len(doc.findall("g:graph/g:node", ns))
    edges = len(doc.findall("g:graph/g:edge", ns))
    back = nx.read_graphml(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (nodes, edges)
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (nodes, edges)


def test_graphml_of_the_seed(seed_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    import igraph

    path = tmp_path / "kg.graphml"
    summary = write_graphml(seed_graph, path)
    check_graphml(path)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == seed_graph.number_of_nodes()
    assert back.number_of_edges() == seed_graph.number_of_edges()
    assert summary == f"{back.number_of_nodes()} nodes, {back.number_of_edges()} edges"
    for _, attrs in back.nodes(data=True):
        assert attrs["label"] and attrs["type"], attrs
    for _, _, attrs in back.edges(data=True):
        for name in ("relation", "role", "start", "end", "t1", "t2", "t3", "t4"):
            assert isinstance(attrs[name], str), (name, attrs)
    (tang,) = [a for _, a in back.nodes(data=True) if a["label"] == "Tang Xing"]
    assert tang["type"] == "person"
    assert tang["iri"] == TANG
    assert "Tang Xiang" in tang["aliases"].split(" | ")
    tenures = [a for _, _, a in back.edges(data=True) if a["relation"] == "tenure"]
    assert len(tenures) == 8
    (iqiyi,) = [a for a in tenures if a["role"] == "Chief Technology Officer" and "2012" in a["t1"]]
    assert iqiyi["start"] == "2012-03" and iqiyi["end"] == ""
    assert iqiyi["confidence"] == pytest.approx(0.85)
    assert iqiyi["evidence"].startswith("In March 2012, he became the CTO of iQIYI")
    held = [
        a
        for _, _, a in back.edges(data=True)
        if a["relation"] == "held_role" and a["membership"] == iqiyi["membership"]
    ]
    assert [(a["role"], a["start"], a["t1"]) for a in held] == [
        ("Chief Technology Officer", "2012-03", iqiyi["t1"])
    ]
    ig = igraph.Graph.Read_GraphML(str(path))
    people = {v["label"] for v in ig.vs if v["type"] == "person"}
    assert people == {"Tang Xing", "Jiang Fan", "Wang Yu", "Daniel Zhang"}


def test_graphml_flattens_what_graphml_cannot_hold(tmp_path: Path) -> None:
    """None, lists, dicts, mixed types and IRIs that are not XML names, by hand."""
    g = nx.MultiDiGraph()
    person = "https://w3id.org/kg-exec/id/person/ann-lee-1234abcd"
    org = "https://w3id.org/kg-exec/id/org/acme-5678ef90"
    odd = "urn:x:Ünïcode name/with spaces?&<>"
    g.add_node(person, type="person", label="Ann Lee", aliases=["Ann", "A. Lee"], rank=1)
    g.add_node(org, type="organization", label="Acme & Sons", descriptors=[], rank=2.5)
    g.add_node(odd, rank="first", flag=True)  # no label, no type; rank of three types
    for role, start in (("Chief Executive Officer", "2019"), (None, None)):
        g.add_edge(
            person,
            org,
            key=f"https://w3id.org/kg-exec/id/membership/{role}",
            relation="tenure",
            role=role,
            start=start,
            end=None,
            confidence=0.9 if role else 1,
            docs=["a.txt", "b.txt"],
            evidence=[
                {
                    "doc": "a.txt",
                    "sentence": "Ann Lee, Acme's CEO, said.",
                    "start": 0,
                    "rule": "r1",
                },
                {"doc": "b.txt", "sentence": "Acme named Ann Lee.", "start": 5, "rule": "r2"},
            ],
            extra={"k": [1, 2]},
        )
    g.add_edge(odd, org, relation="unit_of")
    path = tmp_path / "hand.graphml"
    write_graphml(g, path)
    check_graphml(path)
    back = nx.read_graphml(path)
    ids = node_ids(g.nodes)
    assert ids[person] == "person:ann-lee-1234abcd"
    assert ids[org] == "org:acme-5678ef90"
    assert back.nodes[ids[odd]]["iri"] == odd
    assert back.nodes[ids[odd]]["label"] and back.nodes[ids[odd]]["type"] == "unknown"
    assert back.nodes[ids[person]]["aliases"] == "Ann | A. Lee"
    assert {back.nodes[n]["rank"] for n in back} == {"1", "2.5", "first"}  # mixed: text
    edges = [a for _, _, a in back.edges(data=True)]
    assert {e["role"] for e in edges} == {"Chief Executive Officer", ""}
    assert all(e["end"] == "" for e in edges)
    ceo = next(e for e in edges if e["role"])
    assert ceo["evidence"] == "Ann Lee, Acme's CEO, said. | Acme named Ann Lee."
    assert ceo["rules"] == "r1 | r2" and ceo["evidence_count"] == 2
    assert ceo["docs"] == "a.txt | b.txt"
    assert json.loads(ceo["extra"]) == {"k": [1, 2]}
    assert {type(e.get("confidence")) for e in edges} == {float, type(None)}
    flat = flatten(g)
    assert all(
        v is not None and not isinstance(v, (list, dict))
        for _, _, a in flat.edges(data=True)
        for v in a.values()
    )


# -- HTML


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium package)")
    return exe


def render(page: Path, tmp_path: Path, fragment: str = "") -> str:
    """The page's DOM after headless Chromium ran it for 5 s of virtual time. On a loaded
    machine Chromium may dump the DOM before the page's script has run (seen once in CI:
    data-state still "pending"); then it is run again, up to three times."""
    for attempt in range(3):
        dom = _render_once(page, tmp_path / f"run-{attempt}", fragment)
        if 'data-state="pending"' not in dom:
            break
    return dom


def _render_once(page: Path, tmp_path: Path, fragment: str) -> str:
    tmp_path.mkdir(parents=True, exist_ok=True)
    profile = tmp_path / f"profile-{len(fragment)}"
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--window-size=1280,900",
            "--virtual-time-budget=5000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def output(dom: str, ident: str) -> tuple[dict[str, str], str]:
    match = re.search(rf'<(\w+) id="{ident}"([^>]*)>([^<]*)<', dom)
    assert match, f"#{ident} not in the page"
    attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(2)))
    return attrs, match.group(3)


def test_html_view_draws_every_node_in_chromium(
    seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = tmp_path / "kg.html"
    page.write_text(html_document(seed_graph), encoding="utf-8")
    dom = render(page, tmp_path)
    attrs, drawn = output(dom, "kg-drawn")
    assert attrs["data-state"] == "drawn", (attrs, drawn)
    n = seed_graph.number_of_nodes()
    assert int(attrs["data-placed"]) == n
    assert int(drawn) == n  # every node's centre is painted on the canvas
    assert output(dom, "kg-nodes")[1] == str(n)
    legend = re.findall(r'<li data-type="(\w+)">', dom)
    assert legend == ["person", "organization", "unit", "role", "industry"]
    swatches = set(re.findall(r'class="swatch" style="background: ([^;"]+)', dom))
    assert len(swatches) == 5  # one colour per type


def test_html_search_finds_a_node_by_name_or_alias(
    seed_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    page = tmp_path / "kg.html"
    page.write_text(html_document(seed_graph), encoding="utf-8")
    for query, found, node in (
        ("Tang Xing", "yes", TANG),
        ("tang xiang", "yes", TANG),  # an alias
        ("iqiyi", "yes", None),
        ("Nobody Here", "no", ""),
    ):
        dom = render(page, tmp_path, "q=" + urllib.parse.quote(query))
        attrs, text = output(dom, "kg-found")
        assert attrs.get("data-found") == found, (query, attrs, text)
        if node is not None:
            assert attrs["data-node"] == node
        if query == "iqiyi":
            assert text == "iQIYI (organization)"


def test_html_is_self_contained(seed_graph: nx.MultiDiGraph) -> None:
    page = html_document(seed_graph)
    assert "default-src 'none'" in page  # the page may fetch nothing
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.IGNORECASE)
    assert library().strip() in page
    assert "sourceMappingURL" not in page


def test_html_data_cannot_break_out_of_its_script() -> None:
    g = nx.MultiDiGraph()
    g.add_node("urn:x", type="person", label='</script><script>alert("x")</script>&amp;')
    page = html_document(g)
    assert "alert" in page and '<script>alert("x")' not in page
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    assert json.loads(data.group(1))["nodes"][0]["label"].startswith("</script>")


def test_bundled_library_is_the_pinned_release() -> None:
    folder = Path(__file__).resolve().parent.parent / "kg" / "data" / "js"
    digest = hashlib.sha256((folder / LIBRARY).read_bytes()).hexdigest()
    assert digest == LIBRARY_SHA256
    assert "@version 10.1.5" in library()[:400]
    assert (folder / "vis-network-LICENSE-MIT").is_file()
    assert (folder / "vis-network-LICENSE-APACHE-2.0").is_file()


# -- command line


def test_cli_export(tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(SEED), "--store", store]).exit_code == 0
    for fmt in ("graphml", "turtle", "jsonld", "nquads", "csv", "html"):
        out = tmp_path / f"kg.{fmt}"
        result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--store", store])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
        assert result.output.startswith(f"{out}: ")
    assert len(read_csv(tmp_path / "kg.csv")) == 8
    check_graphml(tmp_path / "kg.graphml")
    parsed = Dataset()
    parsed.parse(tmp_path / "kg.nquads", format="nquads")
    assert any(True for _ in parsed.quads((URIRef(TANG), None, None, None)))

    missing = runner.invoke(
        app, ["export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--store", "nowhere"]
    )
    assert missing.exit_code == 1
    assert missing.output.strip().startswith("kg: ") and len(missing.output.splitlines()) == 1
    unwritable = tmp_path / "no" / "such" / "dir.csv"
    bad = runner.invoke(app, ["export", "--format", "csv", "-o", str(unwritable), "--store", store])
    assert bad.exit_code == 1 and "cannot write" in bad.output
    assert not list(tmp_path.glob(".*.part"))
    usage = runner.invoke(app, ["export", "--format", "pdf", "-o", "x", "--store", store])
    assert usage.exit_code == 2
