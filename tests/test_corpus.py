"""The published development gold: extraction holds its figure (skipped without ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SHARED


@pytest.mark.slow
def test_bbc_dev_f1(corpus, tmp_path) -> None:
    gold = SHARED / "eval" / "gold" / "bbc-dev.jsonl"
    if not gold.exists():
        pytest.skip("no published gold")
    docs = sorted(
        {json.loads(line)["doc"] for line in gold.read_text().splitlines() if line.strip()}
    )
    out = subprocess.run(
        [sys.executable, "-m", "kg", "extract", *[str(corpus / d) for d in docs]],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    system = tmp_path / "out.jsonl"
    system.write_text(out)
    res = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(system), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(res.stdout)["f1"] >= 0.85
