"""kg serve: a real ``kg serve`` process over a store built from the seed, queried over HTTP.

SPARQLWrapper for the protocol, plain sockets for what must never happen (a connection from
SERVICE or LOAD), 50 concurrent clients, an ingest while it serves, and headless Chromium for
the query page (driven through the DevTools protocol on a pipe: no driver, no network).
"""

from __future__ import annotations

import base64
import contextlib
import csv
import io
import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SEED

KG = str(Path(sys.executable).parent / "kg")
FLAGSHIP = (ROOT / "ontology" / "queries" / "cto_video_ecommerce.rq").read_text()
# how long the 50 clients keep querying (the issue asks for 30 s; shorten it locally with the env)
LOAD_SECONDS = float(os.environ.get("KG_TEST_SERVE_SECONDS", "30"))
CLIENTS = 50
TIME_LIMIT = 2  # seconds, for the servers these tests start
MAX_ROWS = 1000  # the seed store has about 1,900 triples
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOT = os.environ.get("KG_SERVE_SCREENSHOT")  # e.g. docs/serve.png to refresh the README's
ALL_TRIPLES = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"
CROSS_JOIN = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } "
    "GRAPH ?c { ?s3 ?p3 ?o3 } }"
)


# -- a kg serve process ----------------------------------------------------------------------


class Served:
    """``kg serve`` on a free port; ``stop()`` sends SIGTERM, as a service manager would."""

    def __init__(self, store: Path, *args: str, log: Path) -> None:
        self.log = log
        self.proc = subprocess.Popen(
            [KG, "serve", "--store", str(store), "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=log.open("wb"),  # a pipe nobody reads would fill up and block the server
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: lines.put(self.proc.stdout.readline()), daemon=True).start()
        try:
            self.line = lines.get(timeout=60)
        except queue.Empty:
            self.proc.kill()
            pytest.fail(f"kg serve said nothing: {log.read_text()}")
        if not self.line:
            self.proc.wait()
            pytest.fail(f"kg serve did not start: {log.read_text()}")
        self.url = self.line.split("listening on ")[1].split("/ ")[0]

    def engines(self) -> list[int]:
        """The pids of the oxigraph processes this server started."""
        return children(self.proc.pid)

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return code


def children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry))
    return out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def build_store(path: Path) -> Path:
    subprocess.run(
        [KG, "ingest", str(SEED.parent), "--store", str(path)], check=True, capture_output=True
    )
    return path


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "kg-data")


@pytest.fixture(scope="module")
def served(seed_store, tmp_path_factory) -> Iterator[Served]:
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    server = Served(seed_store, "--timeout", str(TIME_LIMIT), "--max-rows", str(MAX_ROWS), log=log)
    engines = server.engines()
    yield server
    assert server.stop() == 0, log.read_text()
    for pid in engines:  # the engine went with it
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()


def request(
    url: str,
    query: str | None = None,
    *,
    accept: str | None = None,
    data: bytes | None = None,
    content_type: str | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> tuple[int, str, str]:
    """(status, content type, body) of one HTTP request; errors are answers too."""
    if query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, data=data, headers=headers or {})
    if accept:
        req.add_header("Accept", accept)
    if content_type:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode()


def wrapper():
    """The SPARQLWrapper module (a dev dependency)."""
    return pytest.importorskip("SPARQLWrapper")


def sparql(served: Served, query: str, fmt: str, method: str = "GET") -> object:
    client = wrapper().SPARQLWrapper(served.url + "/query")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    client.setTimeout(60)
    return client.query().convert()


# -- the protocol ----------------------------------------------------------------------------


def test_says_where_it_listens_on_loopback(served) -> None:
    assert served.line.count("\n") == 1
    assert served.url.startswith("http://127.0.0.1:")
    assert f"{served.url}/query" in served.line


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_flagship_json_and_csv_with_sparqlwrapper(served, method) -> None:
    result = sparql(served, FLAGSHIP, "json", method)
    assert isinstance(result, dict)
    rows = result["results"]["bindings"]
    assert {r["name"]["value"] for r in rows} == {"Tang Xing"}
    assert {r["orgName"]["value"] for r in rows} == {
        "Alibaba's overseas e-commerce operations",
        "iQIYI",
    }
    text = sparql(served, FLAGSHIP, "csv", method)
    assert isinstance(text, bytes)
    table = list(csv.DictReader(io.StringIO(text.decode("utf-8"))))
    assert len(table) == len(rows)
    assert {r["name"] for r in table} == {"Tang Xing"}


def test_kg_prefixes_need_no_declaring(served) -> None:
    query = "SELECT ?name WHERE { GRAPH ?g { ?p a foaf:Person ; foaf:name ?name } }"
    status, _, body = request(served.url + "/query", query, accept="text/csv")
    assert status == 200, body
    assert "Tang Xing" in body


NAMES = "SELECT ?n WHERE { GRAPH ?g { ?p foaf:name ?n } } ORDER BY ?n LIMIT 30"
NAMED = "CONSTRUCT { ?p foaf:name ?n } WHERE { GRAPH ?g { ?p foaf:name ?n } }"
ASK_TANG = 'ASK { GRAPH ?g { ?p foaf:name "Tang Xing" } }'
JSON_RESULTS = "application/sparql-results+json"


@pytest.mark.parametrize(
    ("query", "media", "marker"),
    [
        (NAMES, JSON_RESULTS, '"value":"TangXing"'),
        (NAMES, "application/sparql-results+xml", "<literal>TangXing</literal>"),
        (NAMES, "text/csv", "n\r\n"),
        (NAMES, "text/tab-separated-values", '"TangXing"'),
        (ASK_TANG, JSON_RESULTS, '"boolean":true'),
        (NAMED, "text/turtle", '"TangXing"'),
        (NAMED, "application/n-triples", '<http://xmlns.com/foaf/0.1/name>"TangXing".'),
        (NAMED, "application/rdf+xml", "TangXing</"),
    ],
)
def test_content_negotiation(served, query, media, marker) -> None:
    status, content_type, body = request(served.url + "/query", query, accept=media)
    assert status == 200, body
    assert content_type.split(";")[0] == media
    assert marker in body.replace(" ", "")


def test_post_forms_and_direct_bodies(served) -> None:
    query = 'ASK { GRAPH ?g { ?p foaf:name "Tang Xing" } }'
    form = urllib.parse.urlencode({"query": query}).encode()
    for data, content_type in [
        (form, "application/x-www-form-urlencoded"),
        (query.encode(), "application/sparql-query"),
    ]:
        for path in ("/query", "/sparql"):
            status, _, body = request(
                served.url + path, data=data, content_type=content_type, accept="application/json"
            )
            assert status == 200, body
            assert json.loads(body)["boolean"] is True


def test_bad_requests_get_clear_answers(served) -> None:
    status, _, body = request(served.url + "/query", "SELECT ?x WHERE { ?x")
    assert status == 400 and "not a valid SPARQL query" in body
    status, _, body = request(served.url + "/query")
    assert status == 400 and "query" in body
    status, _, body = request(served.url + "/store")  # the engine's Graph Store: not exposed
    assert status == 404


def test_query_page_is_served(served) -> None:
    status, content_type, body = request(served.url + "/")
    assert status == 200 and content_type.startswith("text/html")
    assert "yasgui" in body.lower()


# -- what is refused -------------------------------------------------------------------------

UPDATES = [
    'INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> "hostile" } }',
    "DROP ALL",
    "CLEAR DEFAULT",
    'PREFIX ex: <urn:x:> DELETE WHERE { GRAPH ?g { ?s ?p ?o } } ; INSERT DATA { ex:s ex:p "o" }',
]


@pytest.mark.parametrize("update", UPDATES)
def test_update_is_refused_and_changes_nothing(served, update) -> None:
    before = request(
        served.url + "/query",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        accept="text/csv",
    )
    # at /update, as SPARQLWrapper sends it
    sparqlwrapper = wrapper()
    client = sparqlwrapper.SPARQLWrapper(
        served.url + "/query", updateEndpoint=served.url + "/update"
    )
    client.setMethod(sparqlwrapper.POST)
    client.setQuery(update)
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    assert "read-only" in refused.value.read().decode()
    # and at /query, as a form field or a body
    form = urllib.parse.urlencode({"update": update}).encode()
    status, _, body = request(
        served.url + "/query", data=form, content_type="application/x-www-form-urlencoded"
    )
    assert status == 403 and "read-only" in body
    for content_type in ("application/sparql-query", "application/sparql-update"):
        status, _, body = request(
            served.url + "/query", data=update.encode(), content_type=content_type
        )
        assert status == 403 and "read-only" in body, body
    status, _, body = request(served.url + "/query", update)
    assert status == 403, body
    after = request(
        served.url + "/query",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        accept="text/csv",
    )
    assert after == before
    assert before[0] == 200


@pytest.fixture()
def listener() -> Iterator[tuple[int, list[object]]]:
    """A socket on a free loopback port that records every connection made to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    seen: list[object] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                conn, peer = sock.accept()
            except TimeoutError:
                continue
            seen.append(peer)
            conn.close()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    yield sock.getsockname()[1], seen
    stop.set()
    thread.join()
    sock.close()


def test_service_and_load_are_refused_before_the_engine(served, listener) -> None:
    port, seen = listener
    target = f"http://127.0.0.1:{port}/sparql"
    fetching = [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ GRAPH ?g {{ ?s ?p ?o }} OPTIONAL {{ SERVICE <{target}> {{ ?s ?q ?r }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",  # a codepoint escape
        f"PREFIX x: <{target}> SELECT * WHERE {{ SERVICE#\n x: {{ ?s ?p ?o }} }}",
        f"LOAD <{target}>",
        f"LOAD SILENT <{target}> INTO GRAPH <urn:x:g>",
    ]
    for query in fetching:
        status, _, body = request(served.url + "/query", query)
        assert status in (400, 403), (query, body)
        assert "SERVICE" in body or "LOAD" in body or "read-only" in body, body
        form = urllib.parse.urlencode({"query": query}).encode()
        status, _, body = request(
            served.url + "/sparql", data=form, content_type="application/x-www-form-urlencoded"
        )
        assert status in (400, 403), (query, body)
    status, _, body = request(served.url + "/query", fetching[0])
    assert status == 400 and "SERVICE is not allowed" in body
    status, _, body = request(served.url + "/query", fetching[-2])
    assert status == 400 and "LOAD is not allowed" in body
    # FROM, FROM NAMED and DESCRIBE name graphs or nodes of the store: nothing is fetched either
    status, _, _ = request(served.url + "/query", f"DESCRIBE <{target}>")
    assert status == 200
    status, _, _ = request(
        served.url + "/query",
        f"SELECT * FROM <{target}> FROM NAMED <{target}> WHERE {{ ?s ?p ?o }}",
    )
    assert status == 200
    time.sleep(0.5)
    assert seen == []


# -- time and size limits --------------------------------------------------------------------


def test_slow_query_is_stopped_while_others_are_answered(served) -> None:
    results: list[tuple[int, str, float]] = []

    def slow() -> None:
        start = time.monotonic()
        status, _, body = request(
            served.url + "/query", CROSS_JOIN, accept="application/sparql-results+json"
        )
        results.append((status, body, time.monotonic() - start))

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    quick = []
    while thread.is_alive():
        start = time.monotonic()
        status, _, body = request(served.url + "/query", FLAGSHIP, accept="text/csv")
        quick.append(time.monotonic() - start)
        assert status == 200 and "Tang Xing" in body
        time.sleep(0.1)
    thread.join()
    status, body, took = results[0]
    assert status == 503, body
    assert "time limit" in body
    assert TIME_LIMIT <= took < TIME_LIMIT + 5
    assert len(quick) >= 5 and max(quick) < 1.5
    # the engine stopped working on it: no CPU spent now
    engine = served.engines()[0]
    before = cpu_seconds(engine)
    time.sleep(1)
    assert cpu_seconds(engine) - before < 0.3


@pytest.mark.parametrize(
    "media",
    [JSON_RESULTS, "application/sparql-results+xml", "text/csv", "text/tab-separated-values"],
)
def test_result_size_limit(served, media) -> None:
    status, _, body = request(served.url + "/query", ALL_TRIPLES, accept=media)
    assert status == 400, body[:200]
    assert f"limit of {MAX_ROWS}" in body
    limited = f"{ALL_TRIPLES} LIMIT {MAX_ROWS}"
    status, _, body = request(served.url + "/query", limited, accept=media)
    assert status == 200, body[:200]


def test_result_size_limit_on_graphs(served) -> None:
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    status, _, body = request(served.url + "/query", construct, accept="text/turtle")
    assert status == 400 and f"limit of {MAX_ROWS}" in body
    status, _, body = request(served.url + "/query", construct + " LIMIT 10", accept="text/csv")
    assert status == 406 and "accept" in body.lower()  # no CSV for a graph: the engine says so


def test_an_engine_that_dies_is_replaced_and_one_left_alone_dies_with_kg(
    seed_store, tmp_path
) -> None:
    server = Served(seed_store, log=tmp_path / "serve.log")
    try:
        (engine,) = server.engines()
        os.kill(engine, signal.SIGKILL)
        deadline = time.monotonic() + 20
        status = 0
        while time.monotonic() < deadline:
            status, _, body = request(server.url + "/query", ASK_TANG, accept=JSON_RESULTS)
            assert status in (200, 502), body
            if status == 200:
                break
            time.sleep(0.2)
        assert status == 200
        (fresh,) = server.engines()
        assert fresh != engine
    finally:
        # kill -9 kg serve itself: its engine must not outlive it
        server.proc.kill()
        server.proc.wait()
        assert server.proc.stdout is not None
        server.proc.stdout.close()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{fresh}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{fresh}").exists() or " Z " in Path(f"/proc/{fresh}/stat").read_text()


# -- load ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_fifty_concurrent_clients(served) -> None:
    queries = [
        (FLAGSHIP, JSON_RESULTS, "Tang Xing"),
        (FLAGSHIP, "text/csv", "Tang Xing"),
        (ASK_TANG, JSON_RESULTS, "true"),
        (NAMES, "text/tab-separated-values", "Tang Xing"),
    ]
    deadline = time.monotonic() + LOAD_SECONDS
    answered = [0] * CLIENTS
    errors: list[str] = []
    slowest = [0.0]

    def client(i: int) -> None:
        n = i
        while time.monotonic() < deadline:
            query, accept, marker = queries[n % len(queries)]
            n += 1
            start = time.monotonic()
            try:
                status, _, body = request(served.url + "/query", query, accept=accept, timeout=30)
            except OSError as exc:
                errors.append(f"client {i}: {exc!r}")
                continue
            slowest[0] = max(slowest[0], time.monotonic() - start)
            if status != 200 or marker not in body:
                errors.append(f"client {i}: {status} {body[:200]}")
            else:
                answered[i] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert min(answered) > 0
    print(f"{sum(answered)} answers in {LOAD_SECONDS:g} s, slowest {slowest[0]:.2f} s")


# -- reading while kg ingest writes ----------------------------------------------------------

ARTICLE = """{name} named chief executive of {org}

{org}, a Chinese e-commerce company, said on Monday that {name} has been appointed chief
executive officer, effective immediately. {name} joined {org} in 2015 as chief financial officer.
"""


def test_reads_work_during_an_ingest_and_see_its_documents(seed_store, tmp_path) -> None:
    store = tmp_path / "kg-data"
    shutil.copytree(seed_store, store)
    (store / "LOCK").unlink(missing_ok=True)
    docs = tmp_path / "docs"
    docs.mkdir()
    names = [("Wei Zhang", "Jadeleaf"), ("Li Na", "Bluepeak"), ("Chen Hao", "Redriver")]
    for i, (name, org) in enumerate(names):
        (docs / f"{i:03}.txt").write_text(
            ARTICLE.format(name=name, org=org) + "\n\nMonday, 3 May 2021\n"
        )
    server = Served(store, log=tmp_path / "serve.log")
    try:
        count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"
        status, _, body = request(server.url + "/query", count, accept="text/csv")
        assert status == 200
        graphs_before = int(body.split()[-1])
        ingest = subprocess.Popen(
            [KG, "ingest", str(docs), "--store", str(store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        answers = 0
        while ingest.poll() is None:
            status, _, body = request(server.url + "/query", FLAGSHIP, accept="text/csv")
            assert status == 200 and "Tang Xing" in body, body
            answers += 1
            time.sleep(0.05)
        out = ingest.communicate()[0]
        assert ingest.returncode == 0, out
        assert answers > 0
        # the server opens the store afresh when its files change
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            status, _, body = request(server.url + "/query", count, accept="text/csv")
            assert status == 200
            if int(body.split()[-1]) >= graphs_before + len(names):
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"kg serve never saw the new documents: {body}")
        names_query = "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?p a foaf:Person ; foaf:name ?n } }"
        status, _, body = request(server.url + "/query", names_query, accept="text/csv")
        assert "Wei Zhang" in body and "Tang Xing" in body
        time.sleep(1)
        assert len(server.engines()) == 1  # the old engines were stopped
    finally:
        assert server.stop() == 0


# -- write mode ------------------------------------------------------------------------------


def test_write_mode_needs_the_flag_and_the_token(seed_store, tmp_path) -> None:
    missing = subprocess.run(
        [KG, "serve", "--store", str(seed_store), "--allow-update"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2
    assert "--token" in missing.stderr
    store = tmp_path / "kg-data"
    shutil.copytree(seed_store, store)
    (store / "LOCK").unlink(missing_ok=True)
    server = Served(store, "--allow-update", "--token", "s3cret", log=tmp_path / "serve.log")
    try:
        insert = 'INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> "written" } }'
        ask = 'ASK { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> "written" } }'
        form = urllib.parse.urlencode({"update": insert}).encode()
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
            status, _, _ = request(
                server.url + "/update",
                data=form,
                content_type="application/x-www-form-urlencoded",
                headers=headers,
            )
            assert status == 401
        assert '"boolean":false' in request(server.url + "/query", ask, accept="application/json")[
            2
        ].replace(" ", "")
        auth = {"Authorization": "Bearer s3cret"}
        status, _, body = request(
            server.url + "/update",
            data=form,
            content_type="application/x-www-form-urlencoded",
            headers=auth,
        )
        assert status in (200, 204), body
        assert '"boolean":true' in request(server.url + "/query", ask, accept="application/json")[
            2
        ].replace(" ", "")
        # updates at /query stay refused; LOAD and SERVICE stay refused with the token
        status, _, _ = request(
            server.url + "/query",
            data=insert.encode(),
            content_type="application/sparql-update",
            headers=auth,
        )
        assert status == 403
        for update in [
            "LOAD <http://127.0.0.1:9/x>",
            "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        ]:
            status, _, body = request(
                server.url + "/update",
                data=update.encode(),
                content_type="application/sparql-update",
                headers=auth,
            )
            assert status == 400, body
    finally:
        assert server.stop() == 0


# -- the query page in a browser -------------------------------------------------------------


def _high(fd: int) -> int:
    import fcntl

    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


class Chromium:
    """Headless Chromium driven through the DevTools protocol on a pipe (fds 3 and 4)."""

    def __init__(self, profile: Path, width: int = 1280, height: int = 690) -> None:
        assert CHROMIUM
        commands_r, commands_w = os.pipe()
        replies_r, replies_w = os.pipe()
        # above 4, so that moving one onto 3 or 4 cannot overwrite the other
        commands_r, replies_w = (_high(fd) for fd in (commands_r, replies_w))
        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={profile}", "--remote-debugging-pipe",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",  # offline
                f"--window-size={width},{height}", "--hide-scrollbars", "about:blank"]  # fmt: skip

        self._log = (profile.parent / "chromium.log").open("wb")

        def onto_3_and_4() -> None:  # in the child: where --remote-debugging-pipe looks
            os.dup2(commands_r, 3)
            os.dup2(replies_w, 4)

        self.proc = subprocess.Popen(
            args,
            preexec_fn=onto_3_and_4,
            close_fds=False,  # Python's own descriptors are not inheritable anyway (PEP 446)
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        os.close(commands_r)
        os.close(replies_w)
        self._out = commands_w
        self._in = replies_r
        self._buffer = b""
        self._id = 0
        self.events: list[dict] = []

    def send(self, method: str, session: str | None = None, **params: object) -> dict:
        self._id += 1
        message: dict[str, object] = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._in, 1 << 16)
                if not chunk:
                    raise EOFError("chromium went away")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.send("Browser.close")
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._out)
        os.close(self._in)
        self._log.close()


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_query_page_runs_a_query_in_headless_chromium(served, tmp_path) -> None:
    browser = Chromium(tmp_path / "profile")
    try:
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        page = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        browser.send("Page.enable", page)
        browser.send("Network.enable", page)

        def js(expression: str) -> object:
            result = browser.send(
                "Runtime.evaluate",
                page,
                expression=expression,
                returnByValue=True,
                awaitPromise=True,
            )
            return result["result"].get("value")

        browser.send("Page.navigate", page, url=served.url + "/")
        wait_for(
            lambda: js(
                "!!document.querySelector('.CodeMirror') "
                "&& !!document.querySelector('.yasqe_queryButton')"
            )
        )
        # the flagship query without its header comment
        body = FLAGSHIP[FLAGSHIP.index("PREFIX") :]
        js(f"document.querySelector('.CodeMirror').CodeMirror.setValue({json.dumps(body)})")
        js("document.querySelector('.yasqe_queryButton').click()")
        wait_for(lambda: js("document.querySelectorAll('.yasr table tbody tr').length >= 2"))
        text = js("document.querySelector('.yasr').innerText")
        assert isinstance(text, str)
        assert "Tang Xing" in text and "iQIYI" in text
        shot = browser.send("Page.captureScreenshot", page, format="png")["data"]
        png = base64.b64decode(shot)
        assert png.startswith(b"\x89PNG")
        (tmp_path / "serve.png").write_bytes(png)
        if SCREENSHOT:
            Path(SCREENSHOT).write_bytes(png)
        # the page asked nothing of any other host than ours, or was refused (offline)
        asked = {
            urllib.parse.urlsplit(e["params"]["request"]["url"]).netloc
            for e in browser.events
            if e.get("method") == "Network.requestWillBeSent"
        }
        assert urllib.parse.urlsplit(served.url).netloc in asked
    finally:
        browser.close()


def wait_for(condition, within: float = 30) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail("the page did not get there in time")
