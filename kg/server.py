"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the embedded store, with a query page.

The engine is the Oxigraph server itself: a child ``oxigraph serve-read-only`` process on a
private loopback port evaluates the queries, negotiates the result format (SPARQL JSON, XML,
CSV, TSV; Turtle, N-Triples, RDF/XML for CONSTRUCT and DESCRIBE) and serves its YASGUI query
page at ``/``. In front of it, a small stdlib HTTP server of ours takes every request first and
refuses what must not reach the engine: SPARQL Update (unless started with ``--allow-update``
and a token), ``SERVICE`` and ``LOAD`` (the engine would fetch the URL), and anything that does
not parse. It also holds the answers to the size limits (rows and bytes) before the client sees
them, and turns the engine's time limit into a clear error.

Facts checked on this machine (oxigraph 0.5.13, 2026-11-25), which this design rests on:

- ``oxigraph serve-read-only`` evaluates ``SERVICE`` (it opened a connection to the URL), so
  every query is checked here first (:func:`kg.sparql.check_query`).
- ``--timeout-s N`` (whole seconds only) cancels the evaluation: the engine's CPU use drops to
  zero and other queries are answered meanwhile. But the answer has already begun with
  ``200 OK``: the body ends with "The SPARQL operation has been cancelled". Answers are therefore
  read whole (up to the byte limit) and checked before they are passed on; a cancelled one
  becomes a 503 with a message.
- The engine stops evaluating a streaming query when its client disconnects, so dropping an
  answer past the byte limit stops the work too.
- pyoxigraph releases the GIL while evaluating but has no timeout or cancellation: a runaway
  query in-process would run to its end. Hence a separate engine process.
- A read-only open (``Store.read_only``, ``serve-read-only``) works while ``kg ingest`` holds the
  store read-write (Oxigraph documents this as undefined behaviour; RocksDB's read-only mode takes
  no lock, and a child kept answering through a 510-document ingest with memtable flushes). It
  sees the store as it was when opened, whole transactions only (each document is one).
  So the front watches the store's files and, when they change, starts a fresh engine and
  switches to it; the old one finishes its queries and is stopped.
- Opening the store read-write a second time fails (RocksDB ``LOCK``): the write mode
  (``oxigraph serve``) cannot run beside a ``kg ingest``.
- The engine's query page (YASGUI) is served from the engine itself (no CDN); YASGUI's prefix
  autocompletion asks prefix.cc from the browser, and works without it.

The engine listens on 127.0.0.1 only; anyone who can reach the machine's loopback could also
query it directly, without our checks. The front is what ``--host`` exposes.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import functools
import hmac
import http.client
import io
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

from kg import __version__
from kg.errors import KGError, QueryError, StoreError

QUERY_PATHS = ("/query", "/sparql")
PAGE_PATHS = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
PASSED_PARAMS = ("default-graph-uri", "named-graph-uri", "union-default-graph")
MAX_REQUEST_BYTES = 1024 * 1024
CACHED_QUERY_CHARS = 16 * 1024  # longer queries are checked every time, not remembered
CANCELLED = b"The SPARQL operation has been cancelled"
GRACE = 10.0  # seconds the front waits past the time limit before it gives up on the engine


@dataclass(frozen=True)
class ServeConfig:
    """What ``kg serve`` serves and how."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 100_000
    max_bytes: int = 64 * 1024 * 1024
    allow_update: bool = False
    token: str | None = None
    refresh: float = 2.0  # seconds between looks at the store's files


class Refused(KGError):
    """A request the endpoint answers with an HTTP error, before or after the engine."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


# -- the engine: oxigraph server processes --------------------------------------------------


def oxigraph_executable() -> str:
    """The ``oxigraph`` command (PyPI package ``oxigraph``), on PATH or beside this Python."""
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    raise KGError("kg serve needs the Oxigraph server: pip install oxigraph")


def store_fingerprint(path: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the store's data files: they change when a writer commits."""
    out = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(path):
            name = entry.name
            if name in ("LOCK", "kg-writer.lock") or name.startswith("LOG"):
                continue
            with contextlib.suppress(FileNotFoundError):
                st = entry.stat()
                out.append((name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> Callable[[], None] | None:
    """For the child, between fork and exec: be sent SIGTERM when kg serve dies, even by
    ``kill -9`` (Linux). The C function is looked up here, in the parent."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None).prctl
    except (OSError, AttributeError):
        return None
    return functools.partial(prctl, _PR_SET_PDEATHSIG, int(signal.SIGTERM))


class Engine:
    """One oxigraph server process on a private loopback port."""

    def __init__(self, config: ServeConfig) -> None:
        self.fingerprint = store_fingerprint(config.store)
        self.active = 0  # requests using it now
        self.retired = False
        self._stopped = False
        last = ""
        for _ in range(5):  # another process may take the port between our look and its bind
            self.port = _free_port()
            mode = "serve" if config.allow_update else "serve-read-only"
            args = [oxigraph_executable(), mode, "--location", str(config.store)]
            args += ["--bind", f"127.0.0.1:{self.port}"]
            args += ["--timeout-s", str(max(1, math.ceil(config.timeout)))]
            self._log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop)
            self.proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                start_new_session=True,  # Ctrl-C reaches kg, which stops the engine after
                preexec_fn=_die_with_parent(),
            )
            if self._wait_ready():
                return
            last = self._error()
            self.stop()
            if "Address already in use" not in last:
                break
        raise StoreError(f"{config.store}: the Oxigraph server did not start: {last}")

    def _wait_ready(self, within: float = 15.0) -> bool:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/query?query=ASK%7B%7D")
                ok = conn.getresponse().status == 200
                conn.close()
                if ok:
                    return True
            except OSError:
                pass
            time.sleep(0.05)
        return False

    def _error(self) -> str:
        self._log.seek(0)
        lines = [
            line.strip()
            for line in self._log.read().decode("utf-8", "replace").splitlines()
            if line.strip()
        ]
        first = next((line for line in lines if line.startswith("Error")), "")
        return first or (lines[0] if lines else f"exit status {self.proc.poll()}")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


class Engines:
    """The engine in use, replaced by a fresh one when the store's files change (read-only
    mode), or when it died; a replaced engine is stopped once its last request is done."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._current = Engine(config)
        self._closing = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="kg-serve-watch", daemon=True)
        self._watcher.start()

    def acquire(self) -> Engine:
        with self._lock:
            engine = self._current
            engine.active += 1
            return engine

    def release(self, engine: Engine) -> None:
        with self._lock:
            engine.active -= 1
            done = engine.retired and engine.active == 0
        if done:
            engine.stop()

    def _watch(self) -> None:
        while not self._closing.wait(self.config.refresh):
            current = self._current
            dead = not current.alive()
            if dead or (
                not self.config.allow_update
                and store_fingerprint(self.config.store) != current.fingerprint
            ):
                try:
                    fresh = Engine(self.config)
                except KGError as exc:  # a writer mid-flush: keep the old one, try again later
                    print(f"kg serve: could not reopen the store: {exc}", file=sys.stderr)
                    continue
                self._swap(fresh)

    def _swap(self, fresh: Engine) -> None:
        with self._lock:
            if self._closing.is_set():
                old = fresh
            else:
                old, self._current = self._current, fresh
            old.retired = True
            done = old.active == 0
        if done:
            old.stop()

    def close(self) -> None:
        self._closing.set()
        self._watcher.join(timeout=30)
        with self._lock:
            engine = self._current
        engine.stop()


# -- checking requests -----------------------------------------------------------------------


@functools.lru_cache(maxsize=2048)
def _verdict(query: str) -> tuple[int, str] | None:
    """``None`` when the query may run, else (HTTP status, reason). Cached: an update is
    parsed by rdflib's parser (kg.sparql, one at a time), which is slow."""
    from kg.sparql import check_query, check_update

    try:
        check_query(query)
    except QueryError as exc:
        message = str(exc)
        if not message.startswith("SPARQL Update"):
            return 400, message
        try:
            check_update(query)
        except QueryError as refused:  # LOAD, SERVICE, or neither a query nor an update
            if str(refused).startswith("not a valid"):
                return 400, "not a valid SPARQL query (nor a valid update)"
            return 400, str(refused)
        return 403, "SPARQL Update is not allowed: this endpoint is read-only"
    return None


def count_rows(content_type: str, body: bytes) -> int:
    """Solutions (or triples) in an answer; raises ValueError when it does not parse whole."""
    import pyoxigraph as ox

    media = content_type.split(";")[0].strip().lower()
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
        return max(0, len(rows) - 1)
    results_format = ox.QueryResultsFormat.from_media_type(media)
    if results_format is not None:
        try:
            parsed = ox.parse_query_results(body, format=results_format)
        except SyntaxError as exc:
            raise ValueError(str(exc)) from None
        if isinstance(parsed, ox.QueryBoolean):
            return 1
        return sum(1 for _ in parsed)
    rdf_format = ox.RdfFormat.from_media_type(media)
    if rdf_format is not None:
        try:
            return sum(1 for _ in ox.parse(body, format=rdf_format))
        except SyntaxError as exc:
            raise ValueError(str(exc)) from None
    raise ValueError(f"unknown answer type {content_type!r}")


# -- the front -------------------------------------------------------------------------------


class Front(ThreadingHTTPServer):
    """The HTTP server clients talk to; one thread per connection."""

    daemon_threads = True
    request_queue_size = 256  # 50 clients connecting at once must not overflow the backlog

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        if ":" in config.host:
            self.address_family = socket.AF_INET6
        self.engines = Engines(config)
        try:
            super().__init__((config.host, config.port), Handler)
        except OSError as exc:
            self.engines.close()
            raise KGError(f"cannot listen on {config.host}:{config.port}: {exc.strerror}") from None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.engines.close()


class Handler(BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.1"
    server_version = f"kg-serve/{__version__}"
    timeout = 60  # seconds a client may take to send its request

    # -- routing
    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_HEAD(self) -> None:
        self._reply(405, "use GET or POST", {"Allow": "GET, POST"}, head=True)

    def _handle(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        try:
            if url.path in QUERY_PATHS:
                self._query(method, url.query)
            elif url.path == "/update":
                self._update(method)
            elif url.path in PAGE_PATHS and method == "GET":
                self._page(url.path)
            else:
                raise Refused(404, f"nothing at {url.path}: SPARQL queries go to /query")
        except Refused as exc:
            self._reply(exc.status, str(exc), exc.headers)
        except (ConnectionError, TimeoutError) as exc:  # the engine's socket, or the client's
            with contextlib.suppress(OSError):
                self._reply(502, f"the query engine did not answer ({exc})")
        except Exception as exc:  # one line for the client, not a dropped connection
            with contextlib.suppress(OSError):
                self._reply(500, f"kg serve failed on this request: {type(exc).__name__}: {exc}")

    # -- reading requests
    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise Refused(411, "send the request with a Content-Length")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise Refused(400, "bad Content-Length") from None
        if length > MAX_REQUEST_BYTES:
            raise Refused(413, f"request larger than {MAX_REQUEST_BYTES} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def _params(self, method: str, query_string: str) -> tuple[dict[str, list[str]], str | None]:
        """The request's parameters, and the query or update text sent as a body."""
        params = urllib.parse.parse_qs(query_string, keep_blank_values=True)
        if method != "POST":
            return params, None
        body = self._body()
        media = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        text = _decode(body)
        if media == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            return params, None
        if media in ("application/sparql-query", "application/sparql-update"):
            return params, text
        raise Refused(
            415,
            "send the query as ?query=, as a form (application/x-www-form-urlencoded) "
            "or as application/sparql-query",
        )

    # -- queries
    def _query(self, method: str, query_string: str) -> None:
        params, text = self._params(method, query_string)
        if text is None and "update" in params:
            raise Refused(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if text is None:
            queries = params.get("query", [])
            if len(queries) != 1:
                raise Refused(400, "send one SPARQL query as the query parameter")
            text = queries[0]
        if self.headers.get("Content-Type", "").startswith("application/sparql-update"):
            raise Refused(403, "SPARQL Update is not allowed: this endpoint is read-only")
        from kg.store import with_prefixes

        query = with_prefixes(text)
        verdict = (
            _verdict(query) if len(query) <= CACHED_QUERY_CHARS else _verdict.__wrapped__(query)
        )
        if verdict is not None:
            raise Refused(*verdict)
        passed = [(k, v) for k in PASSED_PARAMS for v in params.get(k, [])]
        path = "/query" + ("?" + urllib.parse.urlencode(passed) if passed else "")
        headers = {"Content-Type": "application/sparql-query; charset=utf-8"}
        accept = self.headers.get("Accept")
        if accept:
            headers["Accept"] = accept
        status, reply_headers, body = self._engine("POST", path, query.encode("utf-8"), headers)
        if status == 200:
            body = self._checked(reply_headers.get("content-type", ""), body)
        self._send(status, reply_headers, body)

    def _checked(self, content_type: str, body: bytes) -> bytes:
        config = self.server.config
        if body.endswith(CANCELLED):
            raise Refused(
                503,
                f"the query ran past the time limit ({config.timeout:g} s) and was stopped "
                "(KG_QUERY_TIMEOUT, kg serve --timeout)",
            )
        try:
            rows = count_rows(content_type, body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise Refused(502, f"the query engine sent an incomplete answer ({exc})") from None
        if rows > config.max_rows:
            raise Refused(
                400,
                f"the answer has {rows} rows, more than the limit of {config.max_rows} "
                "(KG_MAX_RESULT_ROWS, kg serve --max-rows): add a LIMIT, or page with OFFSET",
            )
        return body

    # -- updates
    def _update(self, method: str) -> None:
        config = self.server.config
        if not config.allow_update:
            raise Refused(
                403,
                "SPARQL Update is not allowed: this endpoint is read-only "
                "(kg serve --allow-update --token T turns writing on)",
            )
        if method != "POST":
            raise Refused(405, "updates are sent with POST", {"Allow": "POST"})
        given = self.headers.get("Authorization", "")
        expected = f"Bearer {config.token}"
        if not config.token or not hmac.compare_digest(given.encode(), expected.encode()):
            raise Refused(
                401, "updates need the server's token", {"WWW-Authenticate": 'Bearer realm="kg"'}
            )
        params, text = self._params(method, "")
        if text is None:
            updates = params.get("update", [])
            if len(updates) != 1:
                raise Refused(400, "send one SPARQL update as the update parameter")
            text = updates[0]
        from kg.sparql import check_update
        from kg.store import with_prefixes

        update = with_prefixes(text)
        try:
            check_update(update)
        except QueryError as exc:
            raise Refused(400, str(exc)) from None
        headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
        status, reply_headers, body = self._engine("POST", "/update", update.encode(), headers)
        self._send(status, reply_headers, body)

    # -- the query page
    def _page(self, path: str) -> None:
        status, headers, body = self._engine("GET", path, None, {})
        self._send(status, headers, body)

    # -- talking to the engine
    def _engine(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        config = self.server.config
        engines = self.server.engines
        engine = engines.acquire()
        try:
            conn = http.client.HTTPConnection(
                "127.0.0.1", engine.port, timeout=config.timeout + GRACE
            )
            try:
                conn.request(method, path, body=body, headers=headers)
                reply = conn.getresponse()
                data = reply.read(config.max_bytes + 1)
                if len(data) > config.max_bytes:
                    raise Refused(
                        400,
                        f"the answer is larger than the limit of {config.max_bytes} bytes "
                        "(KG_MAX_RESULT_BYTES): add a LIMIT, or page with OFFSET",
                    )
                kept = {
                    k.lower(): v
                    for k, v in reply.getheaders()
                    if k.lower() in ("content-type", "content-disposition")
                }
                return reply.status, kept, data
            except TimeoutError:
                raise Refused(
                    503,
                    f"the query ran past the time limit ({config.timeout:g} s) and was stopped",
                ) from None
            except http.client.IncompleteRead:
                raise Refused(502, "the query engine sent an incomplete answer") from None
            finally:
                conn.close()  # closing mid-answer also stops the engine's work on it
        finally:
            engines.release(engine)

    # -- answering
    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def _reply(
        self, status: int, message: str, headers: dict[str, str] | None = None, head: bool = False
    ) -> None:
        self.log_message("%d %s: %s", status, self.path[:200], message)
        self.close_connection = True  # a refused request's body may be unread
        headers = {"Connection": "close", **(headers or {})}
        body = b"" if head else (message + "\n").encode("utf-8")
        self._send(status, {"Content-Type": "text/plain; charset=utf-8", **headers}, body)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Successful requests are not logged; refusals are, by ``_reply``."""

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the request is not UTF-8") from None


# -- running it ------------------------------------------------------------------------------


def start(config: ServeConfig) -> Front:
    """The endpoint, listening and answering from a background thread (stop: ``shutdown()``
    then ``server_close()``). Call it from a thread that outlives the server: on Linux the
    engine is told to stop when the thread that started it ends."""
    if not (config.store / "CURRENT").is_file():  # RocksDB's: an Oxigraph store is here
        raise StoreError(f"{config.store}: no store here (run `kg ingest` first, or pass --store)")
    _verdict("ASK {}")  # rdflib builds its SPARQL grammar on first use: not on a client's time
    front = Front(config)
    threading.Thread(target=front.serve_forever, name="kg-serve", daemon=True).start()
    return front


def serve(config: ServeConfig, announce: Callable[[str], None] = print) -> None:
    """Serve until Ctrl-C or SIGTERM, then stop the engine and return."""
    front = start(config)
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    mode = "read-write with a token" if config.allow_update else "read-only"
    announce(
        f"kg serve: listening on {front.url}/ (query page; SPARQL at {front.url}/query), "
        f"{mode}, store {config.store}, time limit {config.timeout:g} s, "
        f"at most {config.max_rows} rows; Ctrl-C stops it"
    )
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        front.shutdown()
        front.server_close()
