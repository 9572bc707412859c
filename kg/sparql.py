"""SPARQL text: loading query files, binding values safely, refusing what must not run.

Values are never pasted into a query as text: each is rendered as an RDF term (rdflib's
``n3()``, which escapes quotes, backslashes and newlines) inside a ``VALUES`` block, so a
hostile name stays a string literal. ``check_query`` refuses updates, ``SERVICE`` (the
engine would fetch a URL) and anything that does not parse as a query.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError, one_line
from kg.lexicon import resource_text

Value = Identifier | str
Bindings = Mapping[str, Value | Sequence[Value]]

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@cache
def internal(name: str) -> str:
    """One of kg's own queries, ``kg/data/sparql/NAME.rq``."""
    return resource_text("data", "sparql", f"{name}.rq")


def read_query(query_or_file: str) -> str:
    """The query text: a file's contents when the argument names a ``.rq`` file, else itself."""
    if query_or_file.lower().endswith((".rq", ".sparql")):
        path = Path(query_or_file)
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{query_or_file}: cannot read the query file ({exc})") from None
    return query_or_file


def term(value: Value) -> Identifier:
    """A value as an RDF term: strings become plain literals; IRIs and literals stay."""
    if isinstance(value, Identifier):
        return value
    return Literal(value)


def render(value: Identifier) -> str:
    if isinstance(value, URIRef):
        text = str(value)
        if re.search(r'[\s<>"{}|\\^`]', text):
            raise QueryError(f"not a valid IRI to bind: {text!r}")
    return value.n3()


def values_block(bindings: Bindings) -> str:
    """``VALUES (?a ?b) { (t1 t2) ... }``: one row per combination of the given values."""
    names: list[str] = []
    columns: list[list[str]] = []
    for name, raw in bindings.items():
        name = name.lstrip("?$")
        if not _VAR.match(name):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
        items = [raw] if isinstance(raw, (str, Identifier)) else list(raw)
        names.append(name)
        columns.append([render(term(v)) for v in items])
    rows: list[list[str]] = [[]]
    for column in columns:
        rows = [[*row, cell] for row in rows for cell in column]
    head = " ".join(f"?{n}" for n in names)
    body = " ".join("(" + " ".join(row) + ")" for row in rows)
    return f"VALUES ({head}) {{ {body} }}"


def bind(query: str, bindings: Bindings) -> str:
    """The query with a VALUES block for the bindings, at the start of its outer WHERE group
    (so filters and optionals see the values); after the query when it has no WHERE keyword."""
    if not bindings:
        return query
    block = values_block(bindings)
    end = _where_end(query)
    if end is None:
        return f"{query}\n{block}\n"
    return f"{query[:end]}\n  {block}\n{query[end:]}"


@lru_cache(maxsize=512)  # the same few queries are bound thousands of times in an ingest
def _where_end(query: str) -> int | None:
    """Where the outer WHERE group of the query opens (after its brace), comments skipped."""
    code = "\n".join(_strip_comment(line) for line in query.splitlines())
    match = _WHERE.search(code)
    return None if match is None else match.end()


def _strip_comment(line: str) -> str:
    """The line with a ``#`` comment blanked out (same length, so offsets still hold)."""
    in_iri = False
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            if ch == quote and line[i - 1] != "\\":
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "<":
            in_iri = True
        elif ch == ">":
            in_iri = False
        elif ch == "#" and not in_iri:
            return line[:i] + " " * (len(line) - i)
    return line


def declared_bindings(query: str) -> list[str]:
    """The variables a canned query's ``# bind: ?a ?b`` header says it takes."""
    for line in query.splitlines():
        match = re.match(r"#\s*bind:\s*(.*)", line.strip())
        if match:
            return re.findall(r"\?([A-Za-z_][A-Za-z0-9_]*)", match.group(1))
    return []


# rdflib's SPARQL parser (pyparsing) is not thread-safe: parsed from 50 threads at once it
# fails at random ("Param.postParse2() missing 1 required positional argument"). One at a time.
_PARSER = threading.Lock()


def check_query(query: str) -> None:
    """Refuse what a read-only query must not do: updates, SERVICE, unparseable text.

    Oxigraph's parser reads the query (an empty in-memory store is asked it and no answer is
    read: a query is parsed and planned when asked, an update is a syntax error there), and
    SERVICE is looked for as a keyword in the text with its comments, strings and IRIs blanked
    out. rdflib's parser did both before, at 0.3-0.5 s for each canned query of
    ``ontology/queries`` (``benchmarks/results/store.md``): more than the query's own time,
    paid on every `kg sparql` and every request to `kg serve`."""
    import pyoxigraph

    if _SERVICE.search(_keywords(query)):
        raise QueryError("SERVICE is not allowed: kg does not fetch remote data")
    try:
        pyoxigraph.Store().query(query)
    except SyntaxError as exc:
        if _looks_like_update(query):
            raise QueryError(
                "SPARQL Update is not allowed here: this is a read-only query"
            ) from None
        raise QueryError(f"not a valid SPARQL query: {one_line(exc)}") from None


# SPARQL resolves \uXXXX and \UXXXXXXXX escapes before it parses anything, keywords included.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# strings (long ones first), IRIs (no spaces, quotes or braces inside) and comments
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*'
)
# the keyword: not a variable (?service), a prefixed name (x:service) or a prefix (service:)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)


def _keywords(query: str) -> str:
    """The query with escapes resolved and its strings, IRIs and comments blanked out."""
    text = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    return _NOT_CODE.sub(" ", text)


def check_update(update: str) -> None:
    """Refuse an update that would make the engine fetch a URL (``LOAD``, ``SERVICE``) or that
    does not parse."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        with _PARSER:
            parsed = parseUpdate(update)
    except ParseException as exc:
        raise QueryError(f"not a valid SPARQL update: {exc.msg} (line {exc.lineno})") from None
    except Exception as exc:
        raise QueryError(f"not a valid SPARQL update: {exc}") from None
    if mentions(parsed, "Load"):
        raise QueryError("LOAD is not allowed: kg does not fetch remote data")
    if mentions(parsed, "ServiceGraphPattern"):
        raise QueryError("SERVICE is not allowed: kg does not fetch remote data")


def _looks_like_update(query: str) -> bool:
    code = " ".join(_strip_comment(line) for line in query.splitlines())
    return bool(
        re.search(
            r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", code, re.IGNORECASE
        )
    )


def mentions(node: object, name: str) -> bool:
    """Whether a parse tree from rdflib's SPARQL parser holds a node of the given name."""
    from pyparsing import ParseResults

    stack = [node]
    while stack:
        item = stack.pop()
        if getattr(item, "name", None) == name:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
    return False
