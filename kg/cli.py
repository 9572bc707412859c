"""The ``kg`` command line: thin wrappers over the package's functions."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import InputError, KGError
from kg.model import Document, Tenure

app = typer.Typer(
    help="A knowledge graph of corporate executives, built from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ModelOpt = Annotated[
    str | None,
    typer.Option("--model", envvar="KG_SPACY_MODEL", help="spaCy model package to load."),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Document date (YYYY-MM-DD) for relative times, for every input."),
]


@app.callback()
def _root() -> None:
    """A knowledge graph of corporate executives, built from news text."""


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _err(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"not a date (YYYY-MM-DD): {value!r}", param_hint="--date"
        ) from None


def read_inputs(paths: list[str], date: dt.date | None, failures: list[str]) -> Iterator[Document]:
    """Documents from files and folders; each bad input is reported and counted, not fatal."""
    from kg.reading import iter_paths, read_document

    for raw in paths:
        try:
            files = list(iter_paths([raw]))
        except InputError as exc:
            _err(str(exc))
            failures.append(raw)
            continue
        for path in files:
            try:
                yield read_document(path, date=date)
            except InputError as exc:
                _err(str(exc))
                failures.append(str(path))


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (*.txt, *.md, *.html).")],
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", help="Output format.")
    ] = ExtractFormat.jsonl,
    model: ModelOpt = None,
    date: DateOpt = None,
) -> None:
    """Print the tenures found in documents; no store is touched."""
    from kg.extract import extract_documents

    failures: list[str] = []
    rows = []
    try:
        for _, tenures in extract_documents(
            read_inputs(paths, _parse_date(date), failures), model=model
        ):
            for tenure in tenures:
                if fmt is ExtractFormat.jsonl:
                    sys.stdout.write(
                        json.dumps(tenure.model_dump(mode="json"), ensure_ascii=False) + "\n"
                    )
                else:
                    rows.append(tenure)
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    if fmt is ExtractFormat.table:
        _print_table(rows)
    if failures:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files.")],
    corpus: Annotated[
        list[Path] | None,
        typer.Option("--corpus", help="Folder the gold's document paths are under (repeatable)."),
    ] = None,
    brief: Annotated[bool, typer.Option("--brief", help="Causes with counts, no items.")] = False,
    model: ModelOpt = None,
) -> None:
    """Score extraction against gold: P/R/F1, timespan, and the errors grouped by cause."""
    from kg.evaluation import evaluate_gold, format_report

    failed = False
    for path in gold:
        try:
            report = evaluate_gold(path, corpus or [], model=model)
        except KGError as exc:
            _err(str(exc))
            raise typer.Exit(1) from None
        typer.echo(format_report(report, details=not brief))
        failed = failed or bool(report.unread)
    if failed:
        raise typer.Exit(1)


def _print_table(rows: list[Tenure]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} tenures")
    for column in ("person", "role", "organization", "start", "end", "status", "document"):
        table.add_column(column)
    for t in rows:
        org = t.org + (f" ({t.parent_org})" if t.parent_org else "")
        role = t.role or "-"
        if t.role_text and t.role and t.role_text.lower() != t.role.lower():
            role += f" [{t.role_text}]"
        table.add_row(t.person, role, org, t.start or "", t.end or "", t.status, Path(t.doc).name)
    Console().print(table)


def main() -> None:
    app()
