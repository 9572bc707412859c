"""Where the graph lives: an embedded Oxigraph store on disk (default), an in-memory rdflib
dataset, or any SPARQL 1.1 Query/Update server.

All three are rdflib stores driven with SPARQL text only (``query`` and ``update``), so the
code above this module is the same for each: a document is replaced with a single update
request, which Oxigraph applies atomically.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier

from kg.errors import QueryError, StoreError, one_line
from kg.sparql import Bindings, bind, check_query, render

PREFIXES = """PREFIX kg: <https://w3id.org/kg-exec/ontology#>
PREFIX role: <https://w3id.org/kg-exec/role/>
PREFIX ind: <https://w3id.org/kg-exec/industry/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def _no_remote_graphs() -> None:
    """rdflib's own SPARQL engine (the in-memory store) loads the graphs a query names in FROM
    from the web or the disk; kg's stores hold their graphs already: never fetch."""
    import rdflib.plugins.sparql

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


_no_remote_graphs()


class Store:
    """A SPARQL dataset kg reads and writes. Use :func:`open_store` to get one."""

    def __init__(self, dataset: Dataset, description: str, remote: Any = None) -> None:
        self.dataset = dataset
        self.description = description
        self._remote = remote
        self._lock: IO[str] | None = None

    # -- reading
    def query(
        self, sparql: str, bindings: Bindings | None = None, *, trusted: bool = False
    ) -> Result:
        """Run a read-only query; values in ``bindings`` are bound as RDF terms, never pasted.

        Queries that do not come from kg itself are checked first (no update, no SERVICE).
        """
        text = self._prepare(sparql, bindings, trusted)
        try:
            if self._remote is not None:
                result: Result = self._remote.query(text, queryGraph="__UNION__")
            else:
                result = self.dataset.query(text)
            return result
        except QueryError:
            raise
        except Exception as exc:
            raise QueryError(f"the query failed on {self.description}: {one_line(exc)}") from None

    @staticmethod
    def _prepare(sparql: str, bindings: Bindings | None, trusted: bool) -> str:
        """The query text to run: values bound, kg's prefixes declared, and checked (no
        update, no SERVICE) unless it comes from kg itself."""
        text = with_prefixes(bind(sparql, bindings or {}))
        if not trusted:
            check_query(text)
        return text

    def rows(
        self, sparql: str, bindings: Bindings | None = None, *, trusted: bool = True
    ) -> list[dict[str, Any]]:
        """A SELECT query's rows as dicts of rdflib terms (unbound variables left out)."""
        result = self.query(sparql, bindings, trusted=trusted)
        out = []
        for row in result:
            assert not isinstance(row, bool)
            out.append({str(k): v for k, v in row.asdict().items()})  # type: ignore[union-attr]
        return out

    def named_graph(self, name: URIRef) -> Graph:
        """The triples of one named graph, as an rdflib Graph (xsd:string literals made plain,
        as rdflib writes them)."""
        result = self.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": name}, trusted=True
        )
        graph = Graph()
        for s, p, o in result.graph or []:
            if isinstance(o, Literal) and o.datatype == XSD.string:
                o = Literal(str(o))
            graph.add((s, p, o))
        return graph

    def graph_names(self) -> list[URIRef]:
        """The names of the store's named graphs."""
        rows = self.rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(URIRef(str(r["g"])) for r in rows)

    # -- writing
    def update(self, sparql: str) -> None:
        """Apply one SPARQL Update request (atomic on Oxigraph: all of it or none)."""
        if getattr(self, "read_only", False):
            raise StoreError(f"{self.description} is open read-only")
        try:
            if self._remote is not None:
                from rdflib.plugins.stores.sparqlconnector import SPARQLConnector

                # the connector's own update: rdflib's SPARQLUpdateStore.update would rewrite
                # the request for a context, and ours names its graphs itself
                SPARQLConnector.update(self._remote, sparql)
            else:
                self.dataset.update(sparql)
        except Exception as exc:
            raise StoreError(f"writing to {self.description} failed: {one_line(exc)}") from None

    def apply(self, operations: list[Operation]) -> None:
        """Several operations as one update request (one transaction on Oxigraph)."""
        texts = [op.sparql() for op in operations]
        texts = [t for t in texts if t]
        if texts:
            self.update(" ;\n".join(texts))

    def compact(self) -> None:
        """Reorganize the store's files after a bulk rewrite, for reading: nothing to do on
        rdflib's memory store or a server (which manages its own)."""

    def close(self) -> None:
        try:
            self.dataset.close()
        finally:
            if self._lock is not None:
                self._lock.close()
                self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store's writer lock (one ``kg ingest`` at a time on an embedded store)."""
        yield


class EmbeddedStore(Store):
    """Oxigraph on disk, through rdflib (oxrdflib).

    Opened for writing (``create=True``: made when missing) or read-only (``create=False``):
    a read-only store is a snapshot as of opening, and works while a `kg ingest` holds the
    store for writing (RocksDB allows one writer process; readers open it read-only).
    """

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        self.read_only = not create
        if not create and not (path / "CURRENT").is_file():
            raise StoreError(f"{path}: no store here (run `kg ingest` first, or pass --store)")
        try:
            import pyoxigraph
            from oxrdflib.store import OxigraphStore

            if create:
                path.mkdir(parents=True, exist_ok=True)
                inner = pyoxigraph.Store(str(path))
            else:
                inner = pyoxigraph.Store.read_only(str(path))
            dataset = Dataset(store=OxigraphStore(store=inner))
            self._inner: Any = inner
            self._prefixes = {prefix: str(ns) for prefix, ns in dataset.namespaces()}
        except (OSError, ValueError) as exc:
            if "LOCK" in str(exc):  # RocksDB: one writing process at a time
                raise StoreError(
                    f"{path}: another kg ingest ({_holder(path)}) is writing to this store; "
                    "wait for it to finish"
                ) from None
            raise StoreError(f"{path}: cannot open the store ({one_line(exc)})") from None
        except RuntimeError as exc:
            if "Column family not found" in str(exc):  # RocksDB: a writer still creating it
                raise StoreError(
                    f"{path}: a kg ingest is still creating this store; try again in a moment"
                ) from None
            raise
        super().__init__(dataset, f"the store at {path}")

    def compact(self) -> None:
        """RocksDB's compaction of the whole store (pyoxigraph's ``optimize``, "useful after a
        batch upload"). After a bulk rewrite (a summary rebuilt) the new index entries sit in
        files of their own beside the old ones, and every lookup reads both: at 1M tenures the
        flagship query took 260 ms before, 160 ms after (benchmarks/results/store.md)."""
        if self._inner is None or self.read_only:
            raise StoreError(f"{self.description} is not open for writing")
        try:
            self._inner.optimize()
        except OSError as exc:
            raise StoreError(f"compacting {self.description} failed: {one_line(exc)}") from None

    def close(self) -> None:
        self._inner = None  # the last reference: RocksDB's lock goes with the store object
        super().close()

    def rows(
        self, sparql: str, bindings: Bindings | None = None, *, trusted: bool = True
    ) -> list[dict[str, Any]]:
        """As :meth:`Store.rows`, straight from Oxigraph, each distinct term converted to rdflib
        once. Through rdflib (oxrdflib's Result), every value of every row is converted anew
        and wrapped in a ResultRow: for the flagship's 4,306 rows at 1M tenures, a quarter of
        the time (558 -> 461 ms). Same query options as oxrdflib's: rdflib's prefixes, the
        default graph as the default graph (not the union)."""
        import pyoxigraph

        if self._inner is None:
            raise StoreError(f"{self.description} is closed")
        text = self._prepare(sparql, bindings, trusted)
        try:
            result = self._inner.query(text, prefixes=self._prefixes)
        except Exception as exc:
            raise QueryError(f"the query failed on {self.description}: {one_line(exc)}") from None
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise QueryError(f"{self.description}: rows of a query that is not a SELECT")
        names = [variable.value for variable in result.variables]
        terms: dict[Any, Any] = {}
        out = []
        for solution in result:
            row = {}
            for name, value in zip(names, solution, strict=True):
                if value is None:
                    continue
                term = terms.get(value)
                if term is None:
                    term = terms[value] = _from_oxigraph(value)
                row[name] = term
            out.append(row)
        return out

    @contextmanager
    def writing(self) -> Iterator[None]:
        lock_path = self.path / "kg-writer.lock"
        handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (held for the block)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreError(
                f"{self.path}: another kg ingest ({holder}) is writing to this store; "
                "wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.close()


def _from_oxigraph(value: Any) -> Identifier:
    """An Oxigraph term as rdflib's, as oxrdflib converts it (a typed literal keeps its
    datatype, xsd:string included)."""
    import pyoxigraph

    if isinstance(value, pyoxigraph.NamedNode):
        return URIRef(value.value)
    if isinstance(value, pyoxigraph.BlankNode):
        return BNode(value.value)
    if value.language:
        return Literal(value.value, lang=value.language)
    return Literal(value.value, datatype=URIRef(value.datatype.value))


def open_store(
    path: str | None = None,
    *,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    memory: bool = False,
    create: bool = True,
) -> Store:
    """The store to use: in memory, a remote SPARQL endpoint, or the embedded one at ``path``
    (default ``KG_STORE``, else ``./kg-data``); ``create=False`` opens an embedded store
    read-only, and fails when there is none."""
    if memory:
        return MemoryStore()
    if endpoint:
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        remote = SPARQLUpdateStore(
            query_endpoint=endpoint,
            update_endpoint=update_endpoint or endpoint,
            returnFormat="json",
            method="POST_FORM",
        )
        return Store(Dataset(store=remote), f"the SPARQL endpoint {endpoint}", remote=remote)
    from kg.settings import store_path

    return EmbeddedStore(Path(path or store_path()), create=create)


@dataclass(frozen=True)
class Drop:
    """Drop a named graph (nothing happens when it does not exist)."""

    name: URIRef

    def sparql(self) -> str:
        return f"DROP SILENT GRAPH {render(self.name)}"


@dataclass(frozen=True)
class Insert:
    """Add a graph's triples to a named graph."""

    name: URIRef
    graph: Graph

    def sparql(self) -> str:
        if len(self.graph) == 0:
            return ""
        return f"INSERT DATA {{ GRAPH {render(self.name)} {{\n{_ntriples(self.graph)}\n}} }}"


@dataclass(frozen=True)
class Update:
    """Any other SPARQL Update operation, written by kg (never from user text)."""

    text: str

    def sparql(self) -> str:
        return self.text


Operation = Drop | Insert | Update


class MemoryStore(Store):
    """rdflib's in-memory dataset, for tests and notebooks. Writes go through rdflib's API:
    its SPARQL parser is far too slow for large INSERT DATA requests."""

    def __init__(self) -> None:
        super().__init__(Dataset(), "the in-memory store")

    def apply(self, operations: list[Operation]) -> None:
        for op in operations:
            if isinstance(op, Drop):
                self.dataset.remove_graph(op.name)
            elif isinstance(op, Insert):
                target = self.dataset.graph(op.name)
                for triple in op.graph:
                    target.add(triple)
            elif op.text:
                self.update(op.text)


def _holder(path: Path) -> str:
    """Who holds the store for writing, as its writer lock file says."""
    try:
        return (path / "kg-writer.lock").read_text(encoding="utf-8").strip() or "another process"
    except OSError:
        return "another process"


def with_prefixes(query: str) -> str:
    """The query with kg's usual prefixes declared, except those it declares itself."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w-]*):", query)}
    lines = [
        line
        for line in PREFIXES.splitlines()
        if line.split()[1].rstrip(":").lower() not in declared
    ]
    return "\n".join([*lines, query])


def _ntriples(graph: Graph) -> str:
    """N-Triples text, valid inside INSERT DATA: rdflib escapes every literal and IRI."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return data.decode("utf-8")
