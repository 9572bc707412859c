"""The errors kg raises on purpose: each says what went wrong and what to do."""

from __future__ import annotations


class KGError(Exception):
    """Base class: a problem kg can name in one line."""


class InputError(KGError):
    """A document or sidecar that cannot be read (names the file and the problem)."""


class ModelError(KGError):
    """The spaCy model cannot be loaded."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query or a query argument that is not valid."""


def one_line(exc: BaseException) -> str:
    """An exception's message on one line, cut at 300 characters (its type when it has none)."""
    text = " ".join(str(exc).split())
    return text[:300] if text else type(exc).__name__
