"""Bad input, huge files and crashes: a run goes on, says what failed, and loses nothing."""

from __future__ import annotations

import itertools
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED
from typer.testing import CliRunner

from kg.cli import app, read_inputs
from kg.extract import CHUNK_CHARS, chunks, extract_documents

runner = CliRunner()
GERMAN = (
    "Der Vorstandschef von Siemens, Peter Löscher, hat am Montag angekündigt, dass der Konzern "
    "im kommenden Jahr mehrere tausend Stellen streichen will. Die Gewerkschaft kritisierte die "
    "Pläne scharf und kündigte Widerstand an. In einer Mitteilung hieß es, man werde alle Mittel "
    "nutzen, um die Arbeitsplätze zu erhalten. Der Aufsichtsrat soll im Dezember über die Pläne "
    "entscheiden, die auch Werke in Bayern betreffen. Analysten begrüßten den Schritt."
)


def test_bad_inputs_are_named_and_the_run_goes_on(tmp_path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    shutil.copy(SEED, docs / "good.txt")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "blank.md").write_text("\n   \n")
    (docs / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (docs / "noise.txt").write_bytes(random.Random(7).randbytes(5000))
    (docs / "latin1.txt").write_bytes(
        "Société Générale chief executive Daniel Bouton".encode("cp1252")
    )
    (docs / "german.txt").write_text(GERMAN)
    (docs / "dated.txt").write_text("Results\n\nSales rose.\n")
    (docs / "dated.meta.json").write_text("{not json")
    (docs / "feb.txt").write_text("Results\n\nSales rose again.\n")
    (docs / "feb.meta.json").write_text('{"date": "2021-02-30"}')
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    store = str(tmp_path / "kg")
    result = runner.invoke(
        app, ["ingest", str(docs), str(pdf), str(tmp_path / "missing.txt"), "--store", store]
    )
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("kg: ")]
    expected = {
        "empty.txt": "empty document",
        "blank.md": "empty document",
        "scan.txt": "a PNG image, not text",
        "noise.txt": "binary file, not text",
        "latin1.txt": "not valid UTF-8",
        "german.txt": "does not look like English",
        "dated.meta.json": "sidecar is not readable JSON",
        "feb.meta.json": "impossible date",
        "report.pdf": "a PDF document, not text",
        "missing.txt": "no such file or folder",
    }
    for name, message in expected.items():
        (line,) = [e for e in errors if name in e]
        assert message in line, line
    assert len(errors) == len(expected)
    assert "1 added" in result.output and "10 failed" in result.output
    stats = runner.invoke(app, ["stats", "--store", store]).output
    assert "documents  1" in stats and "tenures  8" in stats


def test_html_with_scripts_and_entities(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Boss quits</title><script>var x = '<p>Evil Corp CEO</p>';</script>"
        "<style>p { color: red }</style></head><body><p>Marks &amp; Spencer chief executive "
        "Stuart Rose said sales rose&nbsp;3%.</p><p>&lt;script&gt; is text here.</p></body></html>"
    )
    (doc,) = read_inputs([str(page)], None, [])
    assert "Evil Corp" not in doc.text and "color" not in doc.text
    assert "Marks & Spencer chief executive Stuart Rose" in doc.text
    ((_, tenures),) = extract_documents([doc])
    assert [(t.person, t.org) for t in tenures] == [("Stuart Rose", "Marks & Spencer")]


def test_a_file_that_vanishes_mid_run(tmp_path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(
            f"News {name}\n\nJohn Smith, chief executive of Acme, spoke.\n"
        )
    failures: list[str] = []
    read = read_inputs([str(tmp_path)], None, failures)
    first = next(read)
    (tmp_path / "b.txt").unlink()
    rest = list(read)
    assert first.id.endswith("a.txt") and [d.id[-5:] for d in rest] == ["c.txt"]
    assert failures == [str(tmp_path / "b.txt")]


def test_a_20_mb_file_is_cut_into_bounded_chunks(tmp_path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    filler = ("x" * 999 + "\n") * 20_000  # 20 MB of lines without a sentence in them
    text = "Appendix\n\n" + filler + "\n\n" + seed
    spans = chunks(text)
    assert max(end - start for start, end in spans) <= CHUNK_CHARS
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    code = (
        "import resource, sys; from kg.cli import app; sys.argv = ['kg', 'extract', sys.argv[1]];\n"
        "try: app()\nexcept SystemExit: pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-2000:]
    import json

    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert {(r["person"], r["org"]) for r in rows} >= {("Tang Xing", "iQIYI")}
    for row in rows:
        for ev in row["evidence"]:  # offsets point into the whole file's text
            assert ev["start"] > len(filler) and text[ev["start"] : ev["end"]] == ev["sentence"]
    peak_mb = int(done.stderr.strip().splitlines()[-1]) / 1024
    assert peak_mb < 2000, peak_mb


def _ingest_cmd(store: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "ingest", str(folder), "--store", str(store)]


def _graph_sizes(store: Path) -> dict[str, int]:
    from kg.store import open_store

    with open_store(str(store), create=False) as source:
        rows = source.rows("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(r["g"]): int(r["n"].toPython()) for r in rows}


def _readable_sizes(store: Path) -> dict[str, int]:
    """The graph sizes, or none while the ingest is still creating the store."""
    from kg.errors import StoreError

    try:
        return _graph_sizes(store)
    except StoreError as exc:
        assert "still creating this store" in str(exc)
        return {}


@pytest.mark.slow
def test_kill_9_during_ingest_loses_nothing(tmp_path, corpus) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((corpus / "bbc-business").glob("*.txt"))[:200]:
        shutil.copy(path, folder / path.name)
    # the uninterrupted ingest runs beside the interrupted ones (two cores), and is compared
    # with them once both are done
    clean = tmp_path / "clean"
    reference = subprocess.Popen(
        _ingest_cmd(clean, folder), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    store = tmp_path / "crashed"
    rng = random.Random(11)
    partials = []
    for _ in range(3):
        proc = subprocess.Popen(
            _ingest_cmd(store, folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(4.0, 14.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partials.append(_graph_sizes(store))  # the store opens after each kill
    _, err = reference.communicate(timeout=900)
    assert reference.returncode == 0, err
    expected = _graph_sizes(clean)
    assert len(expected) >= 200
    for partial in partials:  # whole documents only
        for graph, size in partial.items():
            if "/graph/consolidated" not in graph:
                assert size == expected[graph], graph
    subprocess.run(_ingest_cmd(store, folder), check=True, capture_output=True, timeout=900)
    assert _graph_sizes(store) == expected


@pytest.mark.slow
def test_reads_work_and_a_second_ingest_stops_during_an_ingest(tmp_path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for i in range(60):  # distinct texts, so each is parsed and written
        (folder / f"{i:03d}.txt").write_text(seed.replace("Tang Xing", f"Tang Xing{i}"))
    store = tmp_path / "kg"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        _ingest_cmd(store, folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    try:
        deadline = time.monotonic() + 300
        while not (store / "CURRENT").exists() or not _readable_sizes(store):
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.5)
        assert proc.poll() is None, "the ingest ended before the checks"
        for args in (
            ["stats"],
            ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"],
        ):
            done = subprocess.run(
                [sys.executable, "-m", "kg", *args, "--store", str(store)],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
        second = subprocess.run(
            _ingest_cmd(store, folder), capture_output=True, text=True, timeout=120
        )
        assert second.returncode == 1 and "another kg ingest" in second.stderr
        assert proc.poll() is None, "checks should run while the first ingest writes"
    finally:
        out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()[-2000:]
    assert b"60 added" in out
