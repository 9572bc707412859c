"""Exports: the whole store as Turtle, N-Quads or JSON-LD, its tenures as CSV, and the graph
projection as GraphML or a self-contained HTML view (``kg export``).

The RDF formats and the CSV read the store with SPARQL only; GraphML and HTML draw the
networkx projection (:func:`kg.projection.project`). Every file is written next to its final
place and moved there when complete, so a failed export leaves no half-written file. Nothing
here fetches anything: the JSON-LD context is inline, the HTML view carries its script.

Examples
--------
>>> from kg.store import open_store
>>> store = open_store(memory=True)              # empty: the files are empty but valid
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "kg.nq"
>>> export(store, "nquads", out)
'0 quads in 0 named graphs'
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KGError

if TYPE_CHECKING:
    from kg.store import Store

__all__ = [
    "CSV_FIELDS",
    "FORMATS",
    "ExportError",
    "dataset",
    "export",
    "jsonld_context",
    "tenure_rows",
    "write_csv",
    "write_rdf",
    "write_text",
]

FORMATS = ("graphml", "turtle", "jsonld", "nquads", "csv", "html")
RDF_FORMATS = {"turtle": "turtle", "nquads": "nquads", "jsonld": "json-ld"}

CSV_FIELDS = (
    "doc",
    "person",
    "role",
    "role_text",
    "org",
    "parent_org",
    "start",
    "end",
    "start_bounds",
    "end_bounds",
    "status",
    "confidence",
    "evidence_count",
    "evidence",
    "membership",
    "graph",
)

_EXTRA_PREFIXES = {
    "kgid": "https://w3id.org/kg-exec/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


class ExportError(KGError):
    """An export that cannot be made or written (names the file or format and the problem)."""


def export(store: Store, fmt: str, path: Path) -> str:
    """Write the store (or its projection) in format ``fmt`` to ``path``; a one-line summary.

    ``fmt`` is one of :data:`FORMATS`; ``turtle`` is the union of all named graphs (Turtle
    has no graph names), ``nquads`` and ``jsonld`` keep every named graph.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    if fmt in RDF_FORMATS:
        return write_rdf(store, fmt, path)
    if fmt == "csv":
        return write_csv(store, path)
    from kg.projection import project

    graph = project(store)
    if fmt == "graphml":
        from kg.export_graphml import write_graphml

        return write_graphml(graph, path)
    from kg.export_html import write_html

    return write_html(graph, path)


# -- RDF


def jsonld_context() -> dict[str, str]:
    """The inline JSON-LD ``@context``: kg's prefixes, nothing to fetch."""
    from kg.store import PREFIXES

    context = {}
    for line in PREFIXES.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].upper() == "PREFIX":
            context[parts[1].rstrip(":")] = parts[2].strip("<>")
    context.update(_EXTRA_PREFIXES)
    return context


def dataset(store: Store) -> Dataset:
    """Every named graph of the store, read with one SPARQL query, as an rdflib Dataset
    (``xsd:string`` literals made plain, as rdflib writes them)."""
    dest = Dataset()
    for prefix, namespace in jsonld_context().items():
        dest.bind(prefix, namespace, override=True)
    rows = store.rows("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs: dict[str, Graph] = {}
    for row in rows:
        name = str(row["g"])
        if name not in graphs:
            graphs[name] = dest.graph(URIRef(name))
        o = row["o"]
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        graphs[name].add((row["s"], row["p"], o))
    return dest


def write_rdf(store: Store, fmt: str, path: Path) -> str:
    """Turtle (the union of the named graphs), N-Quads or JSON-LD (named graphs kept)."""
    data = dataset(store)
    names = [g for g in data.graphs() if g.identifier != data.default_graph.identifier]
    quads = sum(len(g) for g in names)
    if fmt == "turtle":
        union = Graph()
        for prefix, namespace in jsonld_context().items():
            union.bind(prefix, namespace, override=True)
        for g in names:
            for triple in g:
                union.add(triple)
        _write(path, lambda f: f.write(union.serialize(format="turtle")))
        return f"{len(union)} triples (the union of {len(names)} named graphs)"
    if fmt == "nquads":
        _write(path, lambda f: f.write(data.serialize(format="nquads")))
        return f"{quads} quads in {len(names)} named graphs"
    text = data.serialize(format="json-ld", context=jsonld_context(), indent=1)
    _write(path, lambda f: f.write(text))
    return f"{quads} quads in {len(names)} named graphs"


# -- CSV


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value)


def _bounds(low: str, high: str) -> str:
    """An ISO 8601 interval of the two bounds ("2021-10-01/2022-01-31"); an open side is
    "..", and no bounds at all an empty field."""
    if not low and not high:
        return ""
    return f"{low or '..'}/{high or '..'}"


def tenure_rows(store: Store) -> list[dict[str, str]]:
    """One row per tenure (membership and document graph) with :data:`CSV_FIELDS`, from the
    query ``kg/data/sparql/tenures_csv.rq``."""
    from kg.sparql import internal

    out = []
    for row in store.rows(internal("tenures_csv")):
        out.append(
            {
                "doc": _text(row, "doc"),
                "person": _text(row, "person"),
                "role": _text(row, "role"),
                "role_text": _text(row, "roleText"),
                "org": _text(row, "org"),
                "parent_org": _text(row, "parentOrg"),
                "start": _text(row, "start"),
                "end": _text(row, "end"),
                "start_bounds": _bounds(_text(row, "t1"), _text(row, "t2")),
                "end_bounds": _bounds(_text(row, "t3"), _text(row, "t4")),
                "status": _text(row, "status"),
                "confidence": _text(row, "confidence"),
                "evidence_count": _text(row, "evidenceCount") or "0",
                "evidence": _text(row, "sentence"),
                "membership": _text(row, "membership"),
                "graph": _text(row, "g"),
            }
        )
    return out


def write_csv(store: Store, path: Path) -> str:
    """The tenures as CSV (RFC 4180, UTF-8, a header row): :data:`CSV_FIELDS`."""
    rows = tenure_rows(store)

    def write(f: IO[str]) -> None:
        writer = csv.DictWriter(f, fieldnames=CSV_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)

    _write(path, write)
    return f"{len(rows)} tenures"


# -- files


def _write(path: Path, body: Callable[[IO[str]], object]) -> None:
    """Write through a temporary file beside ``path``, then move it into place."""
    part = path.with_name(f".{path.name}.part")
    try:
        with open(part, "w", encoding="utf-8", newline="") as f:
            body(f)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write the export ({exc.strerror or exc})") from None


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, through a temporary file."""
    _write(path, lambda f: f.write(text))
