"""Query results out: tables, CSV, SPARQL JSON, plain Python rows; and `--bind` values in."""

from __future__ import annotations

import datetime as dt
import re
from typing import IO, Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.sparql import internal
from kg.store import Store

PREFIXES = {
    "role": "https://w3id.org/kg-exec/role/",
    "ind": "https://w3id.org/kg-exec/industry/",
    "kg": "https://w3id.org/kg-exec/ontology#",
    "id": "https://w3id.org/kg-exec/id/",
}


def parse_binding(text: str) -> tuple[str, Identifier]:
    """``NAME=VALUE`` → (name, term): ``<IRI>``, ``role:x``/``ind:x``, a date, else a string."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"--bind wants NAME=VALUE, got {text!r}")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and re.fullmatch(r"[A-Za-z0-9_.-]+", local):
        return name, URIRef(PREFIXES[prefix] + local)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"--bind {name}: not a date: {value!r}") from None
        return name, Literal(value, datatype=XSD.date)
    return name, Literal(value)


def show(value: Any) -> str:
    """A term as people read it: IRIs of kg's namespaces compacted, literals as their text."""
    if value is None:
        return ""
    if isinstance(value, URIRef):
        text = str(value)
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns) :]}"
        return text
    return str(value)


def write_result(result: Result, fmt: str, out: IO[str]) -> None:
    """Write a query result as a table, CSV or SPARQL JSON; a graph result as Turtle."""
    if result.type == "ASK":
        out.write(("true" if result.askAnswer else "false") + "\n")
        return
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        out.write(result.graph.serialize(format="turtle"))
        return
    if fmt in ("csv", "json"):
        data = result.serialize(format=fmt, encoding="utf-8")
        assert isinstance(data, bytes)
        out.write(data.decode("utf-8"))
        if fmt == "json":
            out.write("\n")
        return
    from rich.console import Console
    from rich.table import Table

    variables = [str(v) for v in result.vars or []]
    table = Table(show_lines=False)
    for name in variables:
        table.add_column(name, overflow="fold")
    count = 0
    for row in result:
        assert not isinstance(row, bool)
        values = row.asdict()  # type: ignore[union-attr]
        table.add_row(*(show(values.get(v)) for v in variables))
        count += 1
    console = Console(file=out, width=max(100, min(200, 24 * len(variables))))
    console.print(table)
    console.print(f"{count} row{'s' if count != 1 else ''}")


def store_stats(store: Store) -> dict[str, int]:
    """Counts of documents, people, organizations, tenures, evidence, graphs and triples."""
    rows = store.rows(internal("stats"))
    row = rows[0] if rows else {}
    names = ("documents", "people", "organizations", "tenures", "evidence", "graphs", "triples")
    return {name: int(row[name].toPython()) if name in row else 0 for name in names}
