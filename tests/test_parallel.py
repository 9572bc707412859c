"""Extraction on two processes and on a Dask LocalCluster gives the store a local run gives."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from conftest import SEED

from kg.ingest import ingest
from kg.model import Document
from kg.parallel import extract_dask, extract_processes
from kg.reading import read_document
from kg.settings import spacy_model
from kg.store import open_store

TEXTS = [
    "Retail results\n\nSarah Jones, chief executive of Marks & Spencer, said sales rose.",
    "Bank news\n\nJohn Smith, chief executive of Acme Bank, said profits rose.",
    "Tesco sales\n\nJohn Smith, the finance director of Tesco, said sales rose.",
    "Time Warner\n\nTime Warner boss Dick Parsons told investors the unit was not for sale.",
    "Appointment\n\nSarah Jones stepped down as chief executive of Marks & Spencer in 2019.",
]


def documents() -> list[Document]:
    docs = [read_document(SEED, doc_id="seeds/" + SEED.name)]
    docs += [
        Document(id=f"news/{i}.txt", text=t, date=dt.date(2020, 5, 1)) for i, t in enumerate(TEXTS)
    ]
    return docs


def quads(tmp_path, name: str, extract=None) -> set[tuple[str, ...]]:
    store = open_store(str(tmp_path / name))
    kwargs = {"extract": extract} if extract else {}
    ingest(documents(), store, model=spacy_model(), batch_size=2, **kwargs)
    rows = store.rows("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.close()
    return {(str(r["g"]), str(r["s"]), str(r["p"]), r["o"].n3()) for r in rows}


@pytest.mark.slow
def test_processes_and_dask_match_the_local_run(tmp_path) -> None:
    local = quads(tmp_path, "local")
    assert len(local) > 2000
    two = quads(tmp_path, "two", functools.partial(extract_processes, processes=2, batch_size=2))
    assert two == local
    dask = quads(tmp_path, "dask", functools.partial(extract_dask, address="local", batch_size=2))
    assert dask == local
