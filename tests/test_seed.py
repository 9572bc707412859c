"""End to end on the seed article: all eight tenures, with their dates, through the CLI too."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED, find


def test_seed_tenures(extract) -> None:
    ts = extract(SEED.read_text(encoding="utf-8"), doc_id=SEED.name)
    got = {(t.person, t.role, t.org) for t in ts}
    assert got == {
        ("Tang Xing", "Chief Technology Officer", "Alibaba's overseas e-commerce operations"),
        ("Tang Xing", "General Manager", "AliExpress Basic Platform Center"),
        ("Tang Xing", "Technical Director", "Google Shanghai R&D Center"),
        ("Tang Xing", "Chief Technology Officer", "iQIYI"),
        ("Tang Xing", None, "Alibaba Group"),
        ("Jiang Fan", "President", "Alibaba's overseas e-commerce operations"),
        ("Wang Yu", "Executive", "Alibaba Group"),
        ("Daniel Zhang", "Chief Executive Officer", "Alibaba Group"),
    }
    (cto,) = find(ts, "Tang Xing", "Alibaba's overseas e-commerce operations")
    assert cto.parent_org == "Alibaba Group"
    assert cto.start_bounds == ("2021-10", "2022-01")
    assert cto.end is not None and "2022-07" <= cto.end <= "2022-09"
    assert cto.status == "ended"
    (iqiyi,) = find(ts, "Tang Xing", "iQIYI")
    assert iqiyi.start == "2012-03"
    assert iqiyi.org_descriptors == ["a Chinese video streaming platform"]
    (google,) = find(ts, "Tang Xing", "Google Shanghai R&D Center")
    assert google.parent_org == "Google" and google.end_bounds == (None, "2012-03")
    (joined,) = find(ts, "Tang Xing", "Alibaba Group")
    assert joined.start == "2019-08" and joined.end is not None
    assert "Tang Xiang" in joined.aliases  # the misspelt repeat
    (jiang,) = find(ts, "Jiang Fan")
    assert jiang.end is None and jiang.status == "current"
    for t in ts:
        assert t.evidence, t
        for ev in t.evidence:
            assert SEED.read_text(encoding="utf-8")[ev.start : ev.end].strip() == ev.sentence
    assert "Alibaba\u2018s" in cto.evidence[0].sentence  # quoted as written


def test_cli_extract_jsonl_scores_perfectly(tmp_path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kg", "extract", str(SEED.parent), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 8
    fields = {"doc", "person", "role", "role_text", "org", "parent_org", "start", "end"}
    assert fields | {"start_bounds", "end_bounds", "status", "confidence", "evidence"} <= set(
        rows[0]
    )
    from conftest import SHARED

    score = SHARED / "eval" / "score.py"
    if score.exists():
        system = tmp_path / "seeds.jsonl"
        system.write_text(out)
        gold = SHARED / "eval" / "gold" / "seeds.jsonl"
        res = subprocess.run(
            [sys.executable, str(score), str(gold), str(system), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(res.stdout)
        assert figures["f1"] == 1.0 and figures["timespan_acc"] == 1.0
