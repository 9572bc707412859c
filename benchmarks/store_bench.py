"""Store and query benchmark (issue 6): synthetic graphs of 10k, 100k and 1M tenures in the
embedded Oxigraph store against rdflib's in-memory store, side by side in one run.

For each size: load time (quads/s); the latency (median and p95 of 20 runs after a warm-up)
of each canned query with realistic bindings and of the path queries (projection build,
whole or the neighbourhood needed, then ``kg.paths.connection``; and the search in the store
of kg/pathsearch.py, which `kg ask` runs); incremental ingest of 10 documents with
``kg.ingest.write_document``; and how the costs grow (the log-log slope between sizes).
Queries go through kg's Store API, as users run them.

    .venv/bin/python benchmarks/store_bench.py --sizes 10k,100k,1M

Figures to ``benchmarks/results/store.json`` and a table to ``benchmarks/results/store.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import platform
import random
import shutil
import signal
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402
from rdflib import Literal, URIRef  # noqa: E402
from rdflib.namespace import XSD  # noqa: E402

from kg.store import MemoryStore, Store, open_store  # noqa: E402

QUERIES = ROOT / "ontology" / "queries"
ROLE = "https://w3id.org/kg-exec/role/"


SKIP: list[str] = []  # queries not run (--skip): Oxigraph cannot be stopped inside a query


class Timeout(BaseException):  # not an Exception: kg.store wraps those in QueryError
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop a measurement that runs past ``seconds`` (rdflib's engine is pure Python, and
    oxrdflib hands rows over in Python, so the alarm gets through)."""

    def handler(signum: int, frame: Any) -> None:
        raise Timeout

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def measure(
    fn: Callable[[], Any], *, runs: int, budget: float, warmup: bool = True
) -> dict[str, Any]:
    """Median and p95 of ``runs`` timed calls after a warm-up; fewer runs when one call takes
    long (so the whole stays near ``budget`` seconds), none past ``budget`` for one call."""
    out: dict[str, Any] = {}
    times: list[float] = []
    try:
        with time_limit(budget):
            t = time.perf_counter()
            result = fn()
            first = time.perf_counter() - t
    except Timeout:
        return {"skipped": f"one run took over {budget:.0f} s"}
    out["first_s"] = round(first, 4)
    out["result_size"] = _size(result)
    n = runs if first * runs <= budget else max(3, min(runs, int(budget / max(first, 1e-9))))
    if not warmup:
        times.append(first)
    for _ in range(n - len(times)):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    times.sort()
    out["runs"] = len(times)
    out["median_ms"] = round(statistics.median(times) * 1000, 2)
    out["p95_ms"] = round(times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)] * 1000, 2)
    return out


def _size(result: Any) -> Any:
    if isinstance(result, list):
        return len(result)
    if hasattr(result, "number_of_edges"):
        return {"nodes": result.number_of_nodes(), "edges": result.number_of_edges()}
    if isinstance(result, tuple):
        return [_size(r) for r in result]
    return None


# ---------------------------------------------------------------- data


def dataset(
    size: str, seed: int, data: Path, trust: bool = False
) -> tuple[synth.World, Path, dict[str, Any]]:
    """The world for the size and seed, and its N-Quads (reused when already written for
    the same world, or whatever they hold with ``trust``: the role scheme's surface forms,
    drawn when documents are written, may have changed since, not the people, companies
    and tenures, which the bindings come from)."""
    n = synth.SIZES[size]
    t = time.perf_counter()
    world = synth.generate(n, seed)
    generate_s = time.perf_counter() - t
    nq = data / f"synth-{size}-seed{seed}.nq"
    meta = nq.with_suffix(".nq.json")
    info: dict[str, Any] = {"generate_world_s": round(generate_s, 1)}
    known = json.loads(meta.read_text()) if nq.is_file() and meta.is_file() else {}
    if known.get("digest") == synth.digest(world) or (known and trust):
        info["quads"] = known["quads"]
        info["nquads_reused"] = True
        if known.get("digest") != synth.digest(world):
            info["nquads_digest"] = known["digest"]
            info["world_digest"] = synth.digest(world)
    else:
        t = time.perf_counter()
        quads = synth.write_nquads(world, nq)
        synth.sidecar(nq, world, quads)
        info["quads"] = quads
        info["write_nquads_s"] = round(time.perf_counter() - t, 1)
    info["nquads_bytes"] = nq.stat().st_size
    info.update(synth.summary(world))
    return world, nq, info


def load_oxigraph(nq: Path, path: Path) -> tuple[Store, float]:
    import pyoxigraph

    from kg.ingest import load_schemes

    shutil.rmtree(path, ignore_errors=True)
    t = time.perf_counter()
    inner = pyoxigraph.Store(str(path))
    inner.bulk_load(path=str(nq), format=pyoxigraph.RdfFormat.N_QUADS)
    inner.flush()
    del inner
    gc.collect()
    store = open_store(str(path))
    load_schemes(store)
    return store, time.perf_counter() - t


def summarize(store: Store) -> float | None:
    """Build the summary kg ingest keeps (kg/summary.py) over a bulk-loaded store, unless it
    is there already; the seconds it took."""
    from kg.summary import has_summary, rebuild

    if has_summary(store):
        return None
    t = time.perf_counter()
    rebuild(store)
    return time.perf_counter() - t


def load_memory(nq: Path) -> tuple[Store, float]:
    from kg.ingest import load_schemes

    t = time.perf_counter()
    store = MemoryStore()
    store.dataset.parse(str(nq), format="nquads")
    load_schemes(store)
    summarize(store)
    return store, time.perf_counter() - t


# ---------------------------------------------------------------- what to ask


def bindings(world: synth.World) -> dict[str, Any]:
    """Realistic bindings: a person with a long career (a name no one else has), the largest
    company and a mid-sized one for the holders of the CEO role on a date, and two people
    two steps apart (colleagues of a common colleague) for the path query."""
    names: dict[str, int] = {}
    for person in world.people:
        names[person.name] = names.get(person.name, 0) + 1
    careers: dict[int, list[synth.Slot]] = {}
    for slot in world.slots:
        careers.setdefault(slot.person, []).append(slot)
    ranked = sorted(careers, key=lambda p: (-len(careers[p]), p))
    person = next(p for p in ranked if names[world.people[p].name] == 1)
    sizes: dict[int, int] = {}
    for slot in world.slots:
        sizes[slot.company] = sizes.get(slot.company, 0) + 1
    by_size = sorted(sizes, key=lambda c: (-sizes[c], c))
    largest = by_size[0]
    mid = by_size[min(len(by_size) - 1, len(by_size) // 20)]
    a, b = two_steps(world, person, careers)
    return {
        "person": person,
        "name": world.people[person].name,
        "career_length": len(careers[person]),
        "largest": world.companies[largest].name,
        "largest_tenures": sizes[largest],
        "mid": world.companies[mid].name,
        "mid_tenures": sizes[mid],
        "date": "2015-06-30",
        "a": world.people[a].iri,
        "b": world.people[b].iri,
        "a_name": world.people[a].name,
        "b_name": world.people[b].name,
    }


def two_steps(
    world: synth.World, person: int, careers: dict[int, list[synth.Slot]]
) -> tuple[int, int]:
    """The person and someone two steps away: a colleague's colleague at another company."""
    by_company: dict[int, list[synth.Slot]] = {}
    for slot in world.slots:
        by_company.setdefault(slot.company, []).append(slot)

    def colleagues(p: int) -> Iterator[tuple[int, int]]:
        for mine in careers[p]:
            for theirs in by_company[mine.company]:
                if theirs.person != p and _overlap(mine, theirs):
                    yield theirs.person, mine.company

    near = {c for c, _ in colleagues(person)}
    for c, company in colleagues(person):
        for far, other in colleagues(c):
            if far != person and far not in near and other != company:
                return person, far
    return person, next(iter(near)) if near else person


def _overlap(x: synth.Slot, y: synth.Slot) -> bool:
    return max(x.start, y.start) <= min(x.end or synth.LAST_DAY, y.end or synth.LAST_DAY)


# ---------------------------------------------------------------- the measurements


def query_set(b: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    ceo = URIRef(ROLE + "chief-executive-officer")
    day = Literal(b["date"], datatype=XSD.date)
    return {
        "flagship (cto_video_ecommerce)": ("cto_video_ecommerce.rq", {}),
        "career": ("career.rq", {"name": b["name"]}),
        "holders_at, largest company": ("holders_at.rq", {"role": ceo, "orgName": b["largest"], "date": day}),
        "holders_at, mid-sized company": ("holders_at.rq", {"role": ceo, "orgName": b["mid"], "date": day}),
        "colleagues": ("colleagues.rq", {"name": b["name"]}),
    }  # fmt: skip


def run_queries(store: Store, b: dict[str, Any], runs: int, budget: float) -> dict[str, Any]:
    """Each canned query through ``Store.rows`` as kg's own code runs it (``trusted=True``:
    the query engine's time); the check that untrusted text gets first (rdflib's SPARQL
    parser, refusing updates and SERVICE) is measured apart, in :func:`check_costs`."""
    out = {}
    for label, (file, values) in query_set(b).items():
        if any(word in label for word in SKIP):
            out[label] = {"skipped": "not run at this size (--skip)"}
            continue
        text = (QUERIES / file).read_text()
        out[label] = measure(lambda: store.rows(text, values, trusted=True), runs=runs, budget=budget)
        print(f"    {label}: {out[label]}", flush=True)
    return out


def check_costs(runs: int) -> dict[str, Any]:
    """The time ``kg.sparql.check_query`` takes on each canned query (bound as for the
    benchmark): what ``trusted=False`` (``kg sparql``, ``Store.query``'s default) adds to
    every run, whatever the store's size."""
    from kg.sparql import bind, check_query
    from kg.store import with_prefixes

    values = {"name": "Someone", "largest": "Some Company", "mid": "Other", "date": "2015-06-30"}
    out = {}
    for label, (file, bound) in query_set(values).items():
        text = with_prefixes(bind((QUERIES / file).read_text(), bound))
        out[label] = measure(lambda: check_query(text), runs=runs, budget=60)
    return out


def run_paths(
    store: Store, b: dict[str, Any], runs: int, budget: float, whole: bool
) -> dict[str, Any]:
    from kg.paths import connection
    from kg.projection import project, project_neighbourhood

    out: dict[str, Any] = {}
    a, z = b["a"], b["b"]
    if whole:
        out["projection, whole store"] = measure(
            lambda: project(store), runs=3, budget=budget * 5
        )
        print(f"    projection, whole store: {out['projection, whole store']}", flush=True)
        if "median_ms" in out["projection, whole store"]:
            g = project(store)
            out["connection on the whole projection"] = measure(
                lambda: connection(g, a, z), runs=runs, budget=budget
            )
            hops = connection(g, a, z)
            out["hops_found_whole"] = None if hops is None else len(hops)
            del g

    searched = connection_search(store, b, runs, budget)
    out.update(searched)

    if any("neighbourhood" in word for word in SKIP):
        out["neighbourhood projection + connection"] = {"skipped": "not run at this size (--skip)"}
        return out

    def neighbourhood() -> tuple[Any, Any]:
        for hops in (1, 2, 3):
            g = project_neighbourhood(store, [a, z], hops)
            path = connection(g, a, z)
            if path is not None and len(path) <= 2 * hops:
                return g, path
        return g, path

    out["neighbourhood projection + connection"] = measure(neighbourhood, runs=runs, budget=budget)
    g, path = neighbourhood()
    out["hops_found_neighbourhood"] = None if path is None else len(path)
    out["neighbourhood_size"] = _size(g)
    print(f"    neighbourhood: {out['neighbourhood projection + connection']}, hops "
          f"{out['hops_found_neighbourhood']}, {out['neighbourhood_size']}", flush=True)  # fmt: skip
    return out


def connection_search(store: Store, b: dict[str, Any], runs: int, budget: float) -> dict[str, Any]:
    """The connection between ``a`` and ``b`` found by the search in the store
    (kg/pathsearch.py: the summary's person-company links, then the tenures of the candidate
    chain only), as `kg ask "how is A connected to B"` answers it."""
    from kg.pathsearch import connection_in_store

    label = "connection, store-side search"
    out: dict[str, Any] = {label: measure(lambda: connection_in_store(store, b["a"], b["b"]),
                                          runs=runs, budget=budget)}  # fmt: skip
    if "median_ms" in out[label]:
        stats: dict[str, Any] = {}
        hops = connection_in_store(store, b["a"], b["b"], stats=stats)
        out["hops_found_search"] = None if hops is None else len(hops)
        out["search_stats"] = stats
    print(f"    {label}: {out[label]}, hops {out.get('hops_found_search')}, "
          f"{out.get('search_stats')}", flush=True)  # fmt: skip
    return out


def extra_documents(world: synth.World, count: int, seed: int) -> list[Any]:
    """``count`` new documents about people and companies already in the store: new tenures
    of existing people (a move, a board seat), as kg's extraction would give them."""
    from kg.model import Document, Evidence, Tenure

    rng = random.Random(seed + 1000)
    docs = []
    for i in range(count):
        tenures = []
        text_parts = [f"Board changes, part {i}"]
        pos = len(text_parts[0]) + 2
        for _ in range(rng.randint(3, 8)):
            person = world.people[rng.choice(world.slots).person]
            company = world.companies[rng.randrange(len(world.companies))]
            role = rng.choice(["Board Director", "Chief Executive Officer", "Vice President"])
            sentence = f"{person.name} joined {company.name} as {role.lower()} in March 2025."
            text_parts.append(sentence)
            tenures.append(
                Tenure(doc=f"extra/{i}.txt", person=person.name, role=role,
                       role_text=role.lower(), org=company.name, start="2025-03",
                       status="current", confidence=0.9,
                       evidence=[Evidence(sentence=sentence, start=pos, end=pos + len(sentence),
                                          rule="appointment")])  # fmt: skip
            )
            pos += len(sentence) + 2
        text = "\n\n".join(text_parts)
        docs.append((Document(id=f"extra/{i}.txt", text=text, date=dt.date(2025, 3, 31)), tenures))
    return docs


def incremental(store: Store, world: synth.World, seed: int) -> dict[str, Any]:
    from kg.ingest import write_document

    docs = extra_documents(world, 10, seed)
    times = []
    for document, tenures in docs:
        t = time.perf_counter()
        write_document(store, document, tenures, synth.RUN)
        times.append(time.perf_counter() - t)
    return {
        "documents": len(docs),
        "tenures": sum(len(t) for _, t in docs),
        "total_s": round(sum(times), 3),
        "per_document_ms": round(statistics.median(times) * 1000, 1),
    }


# ---------------------------------------------------------------- one size


def bench_size(size: str, args: argparse.Namespace) -> dict[str, Any]:
    print(f"== {size}", flush=True)
    world, nq, info = dataset(size, args.seed, args.data, args.trust_data)
    print(f"  data: {info}", flush=True)
    b = bindings(world)
    result: dict[str, Any] = {"data": info, "bindings": {k: v for k, v in b.items() if k != "person"}}
    n = synth.SIZES[size]

    where = args.data / f"oxigraph-{size}"
    marker = args.data / f"oxigraph-{size}.json"
    known = json.loads(marker.read_text()) if marker.is_file() else {}
    same = known.get("digest") == synth.digest(world) or (known and args.trust_data)
    if args.reuse_stores and same and where.is_dir():
        ox, load_s = open_store(str(where)), known["load_s"]
        result["oxigraph_store_reused"] = f"loaded at {known['date']} ({known['loadavg']})"
    else:
        marker.unlink(missing_ok=True)
        ox, load_s = load_oxigraph(nq, where)
        marker.write_text(json.dumps({"digest": synth.digest(world), "load_s": load_s,
                                      "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                                      "loadavg": os.getloadavg()}))  # fmt: skip
    if args.load_only:
        ox.close()
        return result
    summary_s = summarize(ox)
    if summary_s is not None:
        marker.write_text(json.dumps({**json.loads(marker.read_text()), "summary_s": summary_s}))
    quads = info["quads"]
    known = json.loads(marker.read_text())
    result["oxigraph"] = {
        "summary_s": round(known["summary_s"], 2) if "summary_s" in known else None,
        "load_s": round(load_s, 2),
        "quads_per_s": round(quads / load_s),
        "store_bytes": sum(f.stat().st_size for f in (args.data / f"oxigraph-{size}").iterdir()),
    }
    print(f"  oxigraph load: {result['oxigraph']}", flush=True)
    result["oxigraph"]["queries"] = run_queries(ox, b, args.runs, args.budget)
    result["oxigraph"]["paths"] = run_paths(ox, b, args.runs, args.budget, whole=n <= args.whole_max)
    result["oxigraph"]["incremental_10_documents"] = incremental(ox, world, args.seed)
    print(f"  oxigraph incremental: {result['oxigraph']['incremental_10_documents']}", flush=True)
    ox.close()

    if n <= args.rdflib_max:
        try:
            with time_limit(args.rdflib_load_budget):
                mem, load_s = load_memory(nq)
        except Timeout:
            result["rdflib_memory"] = {"skipped": f"loading took over {args.rdflib_load_budget} s"}
        else:
            result["rdflib_memory"] = {"load_s": round(load_s, 2), "quads_per_s": round(quads / load_s)}
            print(f"  rdflib load: {result['rdflib_memory']}", flush=True)
            budget = args.rdflib_budget
            result["rdflib_memory"]["queries"] = run_queries(mem, b, args.runs, budget)
            result["rdflib_memory"]["paths"] = run_paths(mem, b, args.runs, budget, whole=True)
            result["rdflib_memory"]["incremental_10_documents"] = incremental(mem, world, args.seed)
            mem.close()
            del mem
            gc.collect()
    else:
        result["rdflib_memory"] = {
            "skipped": f"not run above {args.rdflib_max} tenures (load and queries too slow)"
        }
    return result


# ---------------------------------------------------------------- growth and output


def growth(sizes: dict[str, Any]) -> dict[str, Any]:
    """The log-log slope of each cost between consecutive sizes (1 = linear in the store)."""
    out: dict[str, Any] = {}
    names = list(sizes)
    for a, b in zip(names, names[1:], strict=False):
        ratio = math.log(synth.SIZES[b] / synth.SIZES[a])
        slopes: dict[str, Any] = {}
        for label, va, vb in _pairs(sizes[a], sizes[b]):
            if va and vb and va > 0 and vb > 0:
                slopes[label] = round(math.log(vb / va) / ratio, 2)
        out[f"{a} -> {b}"] = slopes
    return out


def _pairs(x: dict[str, Any], y: dict[str, Any]) -> Iterator[tuple[str, float, float]]:
    for store in ("oxigraph", "rdflib_memory"):
        sx, sy = x.get(store, {}), y.get(store, {})
        if "load_s" in sx and "load_s" in sy:
            yield f"{store} load", sx["load_s"], sy["load_s"]
        for group in ("queries", "paths"):
            for label, vx in sx.get(group, {}).items():
                vy = sy.get(group, {}).get(label)
                if isinstance(vx, dict) and isinstance(vy, dict) and "median_ms" in vx and "median_ms" in vy:
                    yield f"{store} {label}", vx["median_ms"], vy["median_ms"]
        ix, iy = sx.get("incremental_10_documents"), sy.get("incremental_10_documents")
        if ix and iy:
            yield f"{store} incremental 10 documents", ix["total_s"], iy["total_s"]


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) // 1024
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mb": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def versions() -> dict[str, str]:
    from importlib.metadata import version

    import kg

    out = {"kg": kg.__version__}
    for name in ("pyoxigraph", "oxrdflib", "rdflib", "networkx"):
        out[name] = version(name)
    return out


def table(report: dict[str, Any]) -> str:
    sizes = list(report["sizes"])
    head = ["measure"] + [f"{s} {st}" for s in sizes for st in ("Oxigraph", "rdflib")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def cell(size: str, store: str, *path: str) -> str:
        node: Any = report["sizes"][size].get(store, {})
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict) and "median_ms" in node:
            return f"{_ms(node['median_ms'])} (p95 {_ms(node['p95_ms'])}, n={node['runs']})"
        if isinstance(node, dict) and "skipped" in node:
            return "skipped"
        if node in ({}, None):
            skipped = report["sizes"][size].get(store, {}).get("skipped")
            return "not run" if skipped else "–"
        return str(node)

    def row(label: str, *path: str) -> None:
        cells = [cell(s, st, *path) for s in sizes for st in ("oxigraph", "rdflib_memory")]
        lines.append("| " + " | ".join([label, *cells]) + " |")

    data = [report["sizes"][s]["data"] for s in sizes]
    lines.append("| quads | " + " | ".join(f"{d['quads']:,}" for d in data for _ in (0, 1)) + " |")
    loads = []
    for s in sizes:
        for st in ("oxigraph", "rdflib_memory"):
            r = report["sizes"][s].get(st, {})
            loads.append(f"{r['load_s']} s ({r['quads_per_s']:,} quads/s)" if "load_s" in r else "not run")
    lines.append("| load | " + " | ".join(loads) + " |")
    summ = []
    for s in report["sizes"]:
        r = report["sizes"][s].get("oxigraph", {})
        summ += [f"{r['summary_s']} s" if r.get("summary_s") else "–", "–"]
    lines.append("| summary built over the loaded store | " + " | ".join(summ) + " |")
    for label in query_set({"name": "", "largest": "", "mid": "", "date": "2000-01-01"}):
        row(label, "queries", label)
    row("projection, whole store", "paths", "projection, whole store")
    row("connection on the whole projection", "paths", "connection on the whole projection")
    row("neighbourhood projection + connection", "paths", "neighbourhood projection + connection")
    row("connection, store-side search", "paths", "connection, store-side search")
    inc = []
    for s in sizes:
        for st in ("oxigraph", "rdflib_memory"):
            r = report["sizes"][s].get(st, {}).get("incremental_10_documents")
            inc.append(f"{r['total_s']} s ({r['per_document_ms']} ms/doc)" if r else "not run")
    lines.append("| incremental ingest, 10 documents | " + " | ".join(inc) + " |")
    out = "\n".join(lines) + "\n"
    if report.get("growth"):
        out += "\nGrowth (log-log slope of the median between sizes; 0 = flat, 1 = linear):\n\n"
        out += "| measure | " + " | ".join(report["growth"]) + " |\n"
        out += "|---|" + "---|" * len(report["growth"]) + "\n"
        labels: list[str] = []
        for slopes in report["growth"].values():
            labels += [k for k in slopes if k not in labels]
        for label in labels:
            out += f"| {label} | " + " | ".join(str(g.get(label, "–")) for g in report["growth"].values()) + " |\n"
    return out


def _ms(value: float) -> str:
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms"


def merge(parts: list[Path], out: Path) -> None:
    """Reports of several runs (sizes run in parallel) as one, with the growth between them."""
    reports = [json.loads(p.read_text()) for p in parts]
    merged = dict(reports[0])
    merged["command"] = " ; ".join(r["command"] for r in reports)
    merged["runs_merged"] = [{"command": r["command"], "date": r["date"]} for r in reports]
    sizes: dict[str, Any] = {}
    for r in reports:
        sizes.update(r["sizes"])
    merged["sizes"] = dict(sorted(sizes.items(), key=lambda kv: synth.SIZES[kv[0]]))
    merged["growth"] = growth(merged["sizes"])
    out.write_text(json.dumps(merged, indent=1) + "\n")
    out.with_suffix(".md").write_text(table(merged))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="10k,100k,1M")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--budget", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--data", type=Path, default=Path("/tmp/kg-bench"), help="N-Quads and stores")
    parser.add_argument("--rdflib-budget", type=float, default=30.0, help="seconds per rdflib measurement")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="largest size for rdflib")
    parser.add_argument("--rdflib-load-budget", type=float, default=1800.0)
    parser.add_argument("--whole-max", type=int, default=1_000_000, help="largest size to project whole")
    parser.add_argument("--reuse-stores", action="store_true", help="reuse a loaded store of the same data")
    parser.add_argument("--trust-data", action="store_true", help="reuse N-Quads and stores of the seed even when the world's digest changed")
    parser.add_argument("--load-only", action="store_true", help="only load the Oxigraph stores")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "store.json")
    parser.add_argument("--merge", type=Path, nargs="*", help="merge these reports into --out")
    parser.add_argument("--skip", default="", help="comma-separated query labels (words) to skip")
    args = parser.parse_args(argv)
    SKIP.extend(w for w in args.skip.split(",") if w)
    if args.merge:
        merge(args.merge, args.out)
        return
    args.data.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "benchmark": "store and query (issue 6)",
        "command": "benchmarks/store_bench.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(),
        "seed": args.seed,
        "sizes": {},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report["check_query_ms"] = check_costs(args.runs)
    print(f"check_query: {report['check_query_ms']}", flush=True)
    for size in args.sizes.split(","):
        load = os.getloadavg()
        report["sizes"][size] = bench_size(size, args)
        report["sizes"][size]["loadavg_before_after"] = [load, os.getloadavg()]
        if args.load_only:
            continue
        report["growth"] = growth(report["sizes"])
        args.out.write_text(json.dumps(report, indent=1) + "\n")
        args.out.with_suffix(".md").write_text(table(report))
    print(table(report))


if __name__ == "__main__":
    main()
