"""Shared fixtures: the pipeline (loaded once), the seed, and the shared corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_917ba37945cbeb8f.txt"


@pytest.fixture(scope="session")
def extract():
    """``extract(text, date=None)`` → tenures, with the default model."""
    import datetime as dt

    from kg.extract import extract_documents
    from kg.model import Document

    def run(text: str, date: str | None = None, doc_id: str = "t.txt"):
        from kg.reading import infer_date

        d = dt.date.fromisoformat(date) if date else infer_date(text)
        return next(extract_documents([Document(id=doc_id, text=text, date=d)]))[1]

    return run


def find(tenures, person: str, org: str | None = None, role: str | None = "*"):
    """The tenures of ``person`` (at ``org``, with ``role``; "*" is any role)."""
    out = [
        t
        for t in tenures
        if t.person == person and (org is None or t.org == org) and (role == "*" or t.role == role)
    ]
    return out


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.skip("../shared/corpus is not here")
    return path
