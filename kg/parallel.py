"""Extraction on several processes, or on a Dask cluster: the same tenures as one process.

Documents go out in batches; each worker loads the spaCy pipeline once and returns the
tenures of its batch. At most a few batches are in flight at a time and results come back in
input order, so memory stays bounded and the store sees the same order as a local run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from typing import Any

from kg.errors import KGError
from kg.model import Document, Tenure

Result = tuple[Document, list[Tenure]]


def extract_batch(documents: list[Document], model: str) -> list[list[Tenure]]:
    """The tenures of each document of a batch (run in a worker process)."""
    from kg.extract import extract_documents

    return [tenures for _, tenures in extract_documents(documents, model=model)]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, size)):
        yield batch


def _in_order(
    submit: Any, documents: Iterable[Document], batch_size: int, window: int
) -> Iterator[Result]:
    """Submit batches with ``submit(batch)`` (→ a future), at most ``window`` in flight, and
    yield each document with its tenures in input order."""
    flight: deque[tuple[list[Document], Any]] = deque()
    for batch in _batches(documents, batch_size):
        flight.append((batch, submit(batch)))
        if len(flight) >= window:
            done_batch, future = flight.popleft()
            yield from zip(done_batch, future.result(), strict=True)
    while flight:
        done_batch, future = flight.popleft()
        yield from zip(done_batch, future.result(), strict=True)


def extract_processes(
    documents: Iterable[Document], *, model: str, processes: int, batch_size: int = 16
) -> Iterator[Result]:
    """Extraction over ``processes`` worker processes (spawned: each loads the model)."""
    with ProcessPoolExecutor(max_workers=processes, mp_context=get_context("spawn")) as pool:

        def submit(batch: list[Document]) -> Future[list[list[Tenure]]]:
            return pool.submit(extract_batch, batch, model)

        yield from _in_order(submit, documents, batch_size, window=2 * processes)


def extract_dask(
    documents: Iterable[Document], *, model: str, address: str, batch_size: int = 16
) -> Iterator[Result]:
    """Extraction mapped over a Dask cluster: ``address`` is a scheduler ("tcp://host:8786"),
    or "local" for a LocalCluster on this machine. Workers need kg and the model installed."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KGError(
            "--dask needs dask.distributed: pip install 'kg[dask]' (or distributed)"
        ) from None
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True)
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout=30)
        except OSError as exc:
            raise KGError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(batch: list[Document]) -> Any:
            return client.submit(extract_batch, batch, model, pure=False)

        yield from _in_order(submit, documents, batch_size, window=2 * workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
