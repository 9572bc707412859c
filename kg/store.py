"""Where the graph lives: an embedded Oxigraph store on disk (default), an in-memory rdflib
dataset, or any SPARQL 1.1 Query/Update server.

All three are rdflib stores driven with SPARQL text only (``query`` and ``update``), so the
code above this module is the same for each: a document is replaced with a single update
request, which Oxigraph applies atomically.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.sparql import Bindings, bind, check_query, render

PREFIXES = """PREFIX kg: <https://w3id.org/kg-exec/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


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
        text = bind(sparql, bindings or {})
        if not trusted:
            check_query(text)
        try:
            if self._remote is not None:
                result: Result = self._remote.query(text, queryGraph="__UNION__")
            else:
                result = self.dataset.query(text)
            return result
        except QueryError:
            raise
        except Exception as exc:
            raise QueryError(f"the query failed on {self.description}: {_one_line(exc)}") from None

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

    # -- writing
    def update(self, sparql: str) -> None:
        """Apply one SPARQL Update request (atomic on Oxigraph: all of it or none)."""
        try:
            if self._remote is not None:
                from rdflib.plugins.stores.sparqlconnector import SPARQLConnector

                # the connector's own update: rdflib's SPARQLUpdateStore.update would rewrite
                # the request for a context, and ours names its graphs itself
                SPARQLConnector.update(self._remote, sparql)
            else:
                self.dataset.update(sparql)
        except Exception as exc:
            raise StoreError(f"writing to {self.description} failed: {_one_line(exc)}") from None

    def apply(self, operations: list[str]) -> None:
        """Several update operations as one request (one transaction on Oxigraph)."""
        operations = [op for op in operations if op]
        if operations:
            self.update(" ;\n".join(operations))

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
    """Oxigraph on disk, through rdflib (oxrdflib)."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        if not create and not path.is_dir():
            raise StoreError(f"{path}: no store here (run `kg ingest` first, or pass --store)")
        try:
            import pyoxigraph
            from oxrdflib.store import OxigraphStore

            path.mkdir(parents=True, exist_ok=True)
            dataset = Dataset(store=OxigraphStore(store=pyoxigraph.Store(str(path))))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: cannot open the store ({_one_line(exc)})") from None
        super().__init__(dataset, f"the store at {path}")

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


def open_store(
    path: str | None = None,
    *,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    memory: bool = False,
    create: bool = True,
) -> Store:
    """The store to use: in memory, a remote SPARQL endpoint, or the embedded one at ``path``
    (default ``KG_STORE``, else ``./kg-data``)."""
    if memory:
        return Store(Dataset(), "the in-memory store")
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


def drop_graph(name: URIRef) -> str:
    return f"DROP SILENT GRAPH {render(name)}"


def insert_data(name: URIRef, graph: Graph) -> str:
    """``INSERT DATA`` of a graph's triples into the named graph (empty text for no triples)."""
    if len(graph) == 0:
        return ""
    return f"INSERT DATA {{ GRAPH {render(name)} {{\n{_ntriples(graph)}\n}} }}"


def _ntriples(graph: Graph) -> str:
    """N-Triples text, valid inside INSERT DATA: rdflib escapes every literal and IRI."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return data.decode("utf-8")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] if text else type(exc).__name__
