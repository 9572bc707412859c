"""The notebook helpers (kg/frames.py) and notebooks/explore.ipynb run top to bottom on the seed."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest
from conftest import ROOT
from rdflib import Graph, Literal, URIRef

from kg import paths
from kg.ask import Answer
from kg.errors import QueryError
from kg.frames import career_frame, timeline_chart, to_frame

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ID = "https://w3id.org/kg-exec/id/"
EX = "http://example.org/"


# ---------------------------------------------------------------- to_frame


def _graph() -> Graph:
    from rdflib.namespace import XSD  # not at module level: pytest's collector pokes at it

    g = Graph()
    ann, acme = URIRef(EX + "ann"), URIRef(EX + "acme")
    g.add((ann, URIRef(EX + "name"), Literal("Ann")))
    g.add((ann, URIRef(EX + "worksFor"), acme))
    g.add((ann, URIRef(EX + "age"), Literal(51)))
    g.add((ann, URIRef(EX + "since"), Literal("2012", datatype=XSD.gYear)))
    g.add((ann, URIRef(EX + "born"), Literal("1971-02-03", datatype=XSD.date)))
    g.add((ann, URIRef(EX + "share"), Literal("0.25", datatype=XSD.decimal)))
    return g


def test_select_result_keeps_the_variables_order_and_converts_terms() -> None:
    result = _graph().query(
        f"""SELECT ?org ?name ?age ?since ?born ?share ?missing WHERE {{
        ?p <{EX}name> ?name ; <{EX}worksFor> ?org ; <{EX}age> ?age ; <{EX}since> ?since ;
           <{EX}born> ?born ; <{EX}share> ?share . OPTIONAL {{ ?p <{EX}nothing> ?missing }} }}"""
    )
    frame = to_frame(result)
    assert frame.columns.tolist() == ["org", "name", "age", "since", "born", "share", "missing"]
    row = frame.iloc[0]
    assert row["org"] == EX + "acme" and row["name"] == "Ann"
    assert row["age"] == 51 and row["share"] == 0.25
    assert row["since"] == "2012"  # a year stays a year, not 1 January
    assert row["born"] == dt.date(1971, 2, 3)
    assert pd.isna(row["missing"])


def test_ask_and_construct_results() -> None:
    assert to_frame(_graph().query(f"ASK {{ ?s <{EX}age> 51 }}"))["ask"].tolist() == [True]
    triples = to_frame(
        _graph().query(f"CONSTRUCT {{ ?s <{EX}n> ?o }} WHERE {{ ?s <{EX}name> ?o }}")
    )
    assert triples.columns.tolist() == ["subject", "predicate", "object"]
    assert triples.values.tolist() == [[EX + "ann", EX + "n", "Ann"]]


def test_rows_as_dicts_union_their_keys_in_order() -> None:
    frame = to_frame([{"a": Literal(1), "b": URIRef(EX + "x")}, {"c": "plain", "a": 2}])
    assert frame.columns.tolist() == ["a", "b", "c"]
    assert frame["a"].tolist() == [1, 2]
    assert frame.loc[0, "b"] == EX + "x" and frame.loc[1, "c"] == "plain"
    empty = to_frame([])
    assert empty.empty and empty.columns.tolist() == []


def test_unknown_rows_are_refused_with_a_message() -> None:
    with pytest.raises(TypeError, match="cannot make a row of a int"):
        to_frame([1, 2])


# ---------------------------------------------------------------- tenures, careers, the chart


def _projection() -> nx.MultiDiGraph:
    """Ann: CTO at a unit of Acme from around the end of 2021 to August 2022, and an earlier
    director post whose start is unknown; Bob: CEO of Acme, current."""
    g = nx.MultiDiGraph()
    ann, bob = ID + "person/ann-1", ID + "person/bob-2"
    acme, unit, old = ID + "org/acme-3", ID + "org/acme-lab-4", ID + "org/old-5"
    g.add_node(ann, type="person", label="Ann Lee", aliases=["Ann"])
    g.add_node(bob, type="person", label="Bob Ray", aliases=[])
    g.add_node(acme, type="organization", label="Acme")
    g.add_node(unit, type="unit", label="Acme Lab")
    g.add_node(old, type="organization", label="Old Co")
    g.add_edge(unit, acme, relation="unit_of")
    ev = [{"doc": "a.txt", "sentence": "Ann Lee, CTO of Acme Lab, left.", "start": 0, "end": 9}]
    g.add_edge(
        ann, unit, key=ID + "m/1", relation="tenure", membership=ID + "m/1",
        role="Chief Technology Officer", role_text="CTO", start="2021-12", end="2022-08",
        t1="2021-10-01", t2="2022-01-31", t3="2022-08-01", t4="2022-08-31", status="ended",
        doc_date="2022-09-02", evidence=ev,
    )  # fmt: skip
    g.add_edge(
        ann, old, key=ID + "m/2", relation="tenure", membership=ID + "m/2", role="Director",
        role_text="director", start=None, end="2012", status="ended", doc_date="2022-09-02",
        evidence=[],
    )  # fmt: skip
    g.add_edge(
        bob, acme, key=ID + "m/3", relation="tenure", membership=ID + "m/3",
        role="Chief Executive Officer", role_text="CEO", start="2015", end=None,
        status="current", doc_date="2022-09-02", evidence=[],
    )  # fmt: skip
    return g


def test_tenures_colleagues_hops_and_answers_as_frames() -> None:
    g = _projection()
    ann = paths.find_person(g, "Ann Lee")[0]
    frame = to_frame(paths.career(g, ann))
    assert frame["organization"].tolist() == ["Old Co", "Acme Lab"]
    cto = frame.iloc[1]
    assert (cto["role"], cto["company"], cto["start"], cto["end"]) == (
        "Chief Technology Officer",
        "Acme",
        "2021-12",
        "2022-08",
    )
    assert [cto[c] for c in ("earliest_start", "latest_start", "earliest_end", "latest_end")] == [
        "2021-10-01",
        "2022-01-31",
        "2022-08-01",
        "2022-08-31",
    ]
    assert pd.isna(frame.iloc[0]["earliest_start"])  # open, not "0000-01-01"
    assert cto["evidence"][0]["doc"] == "a.txt"

    mates = to_frame(paths.colleagues(g, ann))
    assert mates["name"].tolist() == ["Bob Ray"]
    assert (
        mates.loc[0, "mine"] == "Ann Lee: Chief Technology Officer @ Acme Lab (2021-12 .. 2022-08)"
    )
    hops = to_frame(paths.connection(g, ann, paths.find_person(g, "Bob Ray")[0]) or [])
    assert hops.columns.tolist() == ["a", "b", "overlap"] and len(hops) == 1

    answer = Answer("q?", "t", "Ann Lee", rows=[{"person": "Ann Lee", "evidence": []}])
    assert to_frame(answer)["person"].tolist() == ["Ann Lee"]


def test_career_frame_by_name_and_its_timeline_chart() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    g = _projection()
    frame = career_frame(g, "Ann")
    assert frame["role"].tolist() == ["Director", "Chief Technology Officer"]
    assert str(frame["latest_end"].dtype).startswith("datetime64")
    assert frame["earliest_start"].isna().tolist() == [True, False]
    fig = timeline_chart(frame)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[1] == "Chief Technology Officer @ Acme Lab\n2021-12 .. 2022-08"
    assert labels[0] == "Director @ Old Co\n? .. 2012"
    assert ax.get_title() == "Career of Ann Lee"
    # CTO: start range, end range (light) and the solid bar; director: two light/hatched parts
    assert len(ax.patches) == 5
    plt.close(fig)

    with pytest.raises(QueryError, match="no person called 'Nobody'"):
        career_frame(g, "Nobody")
    assert career_frame(g, ID + "person/bob-2")["status"].tolist() == ["current"]


# ---------------------------------------------------------------- the notebooks


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_committed_clean(path: Path) -> None:
    """No outputs, no execution counts, no folder of this machine."""
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    code = [c for c in data["cells"] if c["cell_type"] == "code"]
    assert code and all(not c["outputs"] and c["execution_count"] is None for c in code)
    mine = [str(ROOT), str(ROOT.parent), str(Path.home())]
    assert not [m for m in mine if len(m) > 1 and m in text]


def _outputs(nb: Any, tag: str) -> list[dict[str, Any]]:
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"one cell tagged {tag!r}"
    return list(cells[0].outputs)


def _text(outputs: list[dict[str, Any]]) -> str:
    parts = []
    for out in outputs:
        parts.append(out.get("text", ""))
        parts.append(out.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def test_explore_notebook_runs_on_the_seed(monkeypatch, tmp_path) -> None:
    """Top to bottom, from notebooks/, on the seed only. The kernel is this interpreter:
    jupyter_client runs a kernelspec's "python" as sys.executable (the venv's)."""
    import nbclient  # the dev extra: CI must run the notebook, not skip it
    import nbformat

    monkeypatch.setenv("KG_NOTEBOOK_EXTRA", "")
    monkeypatch.delenv("KG_NOTEBOOK_SAVE_TIMELINE", raising=False)
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    began = time.monotonic()
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    )
    client.execute()
    seconds = time.monotonic() - began
    nbformat.write(nb, tmp_path / "explore.out.ipynb")  # to look at when something fails

    sparql = _text(_outputs(nb, "sparql"))  # the flagship query's tenure, then its sentences
    assert "Alibaba's overseas e-commerce operations" in sparql and "iQIYI" in sparql
    assert "Chief Technology Officer" in sparql and "seeds/" in sparql
    flagship = _text(_outputs(nb, "flagship"))
    assert "answer: Tang Xing" in flagship
    assert "In March 2012, he became the CTO of iQIYI" in flagship
    timeline = _outputs(nb, "timeline")
    assert any("image/png" in out.get("data", {}) for out in timeline)
    assert any("image/png" in out.get("data", {}) for out in _outputs(nb, "neighbourhood"))
    assert "nodes" in _text(_outputs(nb, "graphml"))
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors
    assert seconds < 120, f"the notebook took {seconds:.0f} s on the seed"
