"""The ``kg`` command line: thin wrappers over the package's functions."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kg.errors import InputError, KGError
from kg.model import Document, Tenure

if TYPE_CHECKING:
    from kg.store import Store

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


def _warn_if_outdated(source: Store) -> None:
    """A warning on stderr when the store lacks this kg's summary, which the canned queries
    and `kg ask` start from: their answers would be empty or short, with nothing to say why."""
    from kg.summary import outdated

    if outdated(source):
        _err(
            f"warning: {source.description} has no summary of this kg version (written by an "
            "older kg, or bulk-loaded), so answers may be missing: run `kg summarize` or `kg "
            "ingest` on it"
        )


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
    sections: Annotated[
        bool,
        typer.Option(
            "--by-section",
            help="Also score each kind of article apart (its folder and file-name prefix).",
        ),
    ] = False,
    model: ModelOpt = None,
) -> None:
    """Score extraction against gold: P/R/F1, timespan, and the errors grouped by cause."""
    from kg.evaluation import evaluate_gold, format_report

    failed = False
    for path in gold:
        try:
            report = evaluate_gold(path, corpus or [], model=model, sections=sections)
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


StoreOpt = Annotated[
    str | None,
    typer.Option("--store", envvar="KG_STORE", help="Embedded store folder [default: ./kg-data]."),
]
EndpointOpt = Annotated[
    str | None,
    typer.Option(
        "--endpoint", envvar="KG_ENDPOINT", help="SPARQL 1.1 query endpoint of a remote store."
    ),
]
UpdateEndpointOpt = Annotated[
    str | None,
    typer.Option(
        "--update-endpoint",
        envvar="KG_UPDATE_ENDPOINT",
        help="SPARQL 1.1 update endpoint, where the server has a separate one.",
    ),
]


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _open_store(
    store: str | None, endpoint: str | None, update_endpoint: str | None, *, create: bool
) -> Store:
    from kg.store import open_store

    return open_store(store, endpoint=endpoint, update_endpoint=update_endpoint, create=create)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (*.txt, *.md, *.html).")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
    model: ModelOpt = None,
    date: DateOpt = None,
    processes: Annotated[
        int, typer.Option("--processes", min=1, help="Extraction processes on this machine.")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per batch and per store write.")
    ] = 16,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help='Run extraction on a Dask cluster: a scheduler address, or "local".',
        ),
    ] = None,
) -> None:
    """Add documents to the store (a changed document replaces its old version)."""
    import functools

    from rich.progress import Progress

    from kg.extract import extract_documents
    from kg.ingest import ingest as run_ingest
    from kg.parallel import extract_dask, extract_processes
    from kg.reading import iter_paths
    from kg.settings import spacy_model

    extract: Any = functools.partial(extract_documents, batch_size=batch_size)
    if dask:
        extract = functools.partial(extract_dask, address=dask, batch_size=batch_size)
    elif processes > 1:
        extract = functools.partial(extract_processes, processes=processes, batch_size=batch_size)

    failures: list[str] = []
    total = 0
    for raw in paths:
        with contextlib.suppress(InputError):  # reported when read
            total += sum(1 for _ in iter_paths([raw]))
    try:
        with _open_store(store, endpoint, update_endpoint, create=True) as target:
            with target.writing(), Progress(transient=True) as progress:
                task = progress.add_task("ingesting", total=total)
                report = run_ingest(
                    read_inputs(paths, _parse_date(date), failures),
                    target,
                    model=model or spacy_model(),
                    on_document=lambda _doc, _outcome: progress.advance(task),
                    extract=extract,
                    batch_size=batch_size,
                )
            description = target.description
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    typer.echo(
        f"{report.added + report.replaced + report.unchanged} documents into {description}: "
        f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged; "
        f"{report.tenures} tenures extracted" + (f"; {len(failures)} failed" if failures else "")
    )
    if failures:
        raise typer.Exit(1)


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL query, or a .rq file holding one.")],
    fmt: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = (
        QueryFormat.table
    ),
    bind: Annotated[
        list[str] | None,
        typer.Option(
            "--bind",
            help="NAME=VALUE, bound as an RDF term: <IRI>, role:x or ind:x, a YYYY-MM-DD date, "
            "else a string. Repeat for several.",
        ),
    ] = None,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Run a read-only SPARQL query on the store."""
    from kg.results import parse_binding, write_result
    from kg.sparql import read_query

    try:
        bindings = dict(parse_binding(b) for b in bind or [])
        text = read_query(query)
        with _open_store(store, endpoint, None, create=False) as source:
            _warn_if_outdated(source)
            result = source.query(text, bindings)
            write_result(result, fmt.value, sys.stdout)
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None


@app.command()
def stats(store: StoreOpt = None, endpoint: EndpointOpt = None) -> None:
    """Counts of documents, people, organizations, tenures, evidence, graphs and triples."""
    from kg.results import store_stats

    try:
        with _open_store(store, endpoint, None, create=False) as source:
            counts = store_stats(source)
            description = source.description
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    typer.echo(description)
    for name, value in counts.items():
        typer.echo(f"{name:>14}  {value}")


@app.command()
def summarize(
    store: StoreOpt = None, endpoint: EndpointOpt = None, update_endpoint: UpdateEndpointOpt = None
) -> None:
    """Rebuild the summary the queries start from (posts, organizations' labels, industries
    and parents, people's names, in the consolidated graph), for a store filled by other means
    than `kg ingest` (a bulk load) or by an older kg, then compact an embedded store's files.
    `kg ingest` keeps it up to date by itself."""
    import time

    from kg.summary import rebuild

    try:
        if not endpoint:
            _open_store(store, None, None, create=False).close()  # fails when there is none
        target = _open_store(store, endpoint, update_endpoint, create=True)
        with target, target.writing():
            start = time.perf_counter()
            rebuild(target)
            typer.echo(f"summary rebuilt in {time.perf_counter() - start:.1f} s")
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None


class AskFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help='A question, e.g. "who worked with Jiang Fan?"')],
    fmt: Annotated[AskFormat, typer.Option("--format", help="Output format.")] = (AskFormat.table),
    show_sparql: Annotated[
        bool, typer.Option("--show-sparql", help="Print the SPARQL queries that ran.")
    ] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Answer a question in plain English, with the evidence for each answer."""
    from kg.ask import ask_store

    as_json = fmt is AskFormat.json
    try:
        with _open_store(store, endpoint, None, create=False) as source:
            _warn_if_outdated(source)
            answer = ask_store(source, question)
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    if show_sparql:
        for text in answer.sparql:
            typer.echo(text.rstrip() + "\n")
    if as_json:
        if not show_sparql:
            answer.sparql = []
        typer.echo(json.dumps(answer.__dict__, ensure_ascii=False, indent=1))
        return
    typer.echo(answer.summary)
    for row in answer.rows:
        fields = {k: v for k, v in row.items() if k != "evidence" and v not in (None, "")}
        typer.echo("  - " + "; ".join(f"{k}: {v}" for k, v in fields.items()))
        for ev in row["evidence"]:
            typer.echo(f"      [{ev['doc']}] {ev['sentence']}")


class ExportFormat(StrEnum):
    graphml = "graphml"
    turtle = "turtle"
    jsonld = "jsonld"
    nquads = "nquads"
    csv = "csv"
    html = "html"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Export format.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Write the graph as GraphML, Turtle, JSON-LD, N-Quads, a CSV of tenures, or an HTML view."""
    from kg.export import export as run_export

    try:
        with _open_store(store, endpoint, None, create=False) as source:
            summary = run_export(source, fmt.value, output)
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    typer.echo(f"{output}: {summary}")


@app.command()
def serve(
    port: Annotated[
        int, typer.Option("--port", envvar="KG_PORT", help="Port to listen on (0: any free one).")
    ] = 7878,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    store: StoreOpt = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout", help="Seconds a query may run (default: KG_QUERY_TIMEOUT, else 30)."
        ),
    ] = None,
    max_rows: Annotated[
        int | None,
        typer.Option(
            "--max-rows",
            help="Most rows an answer may hold (default: KG_MAX_RESULT_ROWS, else 100000).",
        ),
    ] = None,
    allow_update: Annotated[
        bool,
        typer.Option("--allow-update", help="Accept SPARQL Update at /update (needs --token)."),
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="KG_SERVE_TOKEN",
            help="Bearer token /update requires.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (/query) with a query page (/)."""
    from kg import settings
    from kg.server import ServeConfig
    from kg.server import serve as run_server

    if allow_update and not token:
        raise typer.BadParameter(
            "--allow-update needs --token (or KG_SERVE_TOKEN)", param_hint="--token"
        )
    if timeout is not None and timeout <= 0:
        raise typer.BadParameter("must be more than 0", param_hint="--timeout")
    if max_rows is not None and max_rows <= 0:
        raise typer.BadParameter("must be more than 0", param_hint="--max-rows")
    if host not in ("127.0.0.1", "localhost", "::1"):
        _err(f"warning: listening on {host}, so other machines can query the store")
    try:
        config = ServeConfig(
            store=Path(store or settings.store_path()),
            host=host,
            port=port,
            timeout=timeout or settings.query_timeout(),
            max_rows=max_rows or settings.max_result_rows(),
            max_bytes=settings.max_result_bytes(),
            allow_update=allow_update,
            token=token if allow_update else None,
        )
        run_server(config, announce=lambda line: typer.echo(line))
    except KGError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None


def main() -> None:
    app()
