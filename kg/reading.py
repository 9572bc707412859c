"""Reading documents: files and folders in, :class:`Document` records out."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Document

SUFFIXES = (".txt", ".md", ".html", ".htm")

_FULL_DATE = re.compile(
    r"\b(?:(?P<m1>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?P<d1>\d{1,2}),?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>January|February|March|April|May|June|July|August|September|"
    r"October|November|December),?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))\b"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}


def iter_paths(paths: list[str]) -> Iterator[Path]:
    """Files named, and the readable files under folders named (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        elif path.exists():
            yield path
        else:
            raise InputError(f"{raw}: no such file or folder")


def strip_markup(text: str, suffix: str) -> str:
    """Plain text from HTML or Markdown. HTML loses scripts, styles and tags; entities decode."""
    if suffix in (".html", ".htm"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|title)>", "\n\n", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
        text = re.sub(r"[ \t]+", " ", text)
        text = re.sub(r"\n\s*\n\s*", "\n\n", text)
        return text.strip()
    if suffix == ".md":
        text = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", text)
        text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
        return text
    return text


def infer_date(text: str) -> dt.date | None:
    """The latest full date (day, month and year) written in the text, if any."""
    best: dt.date | None = None
    for m in _FULL_DATE.finditer(text):
        try:
            if m.group("iso"):
                d = dt.date.fromisoformat(m.group("iso"))
            elif m.group("y1"):
                d = dt.date(int(m.group("y1")), _MONTHS[m.group("m1")], int(m.group("d1")))
            else:
                d = dt.date(int(m.group("y2")), _MONTHS[m.group("m2")], int(m.group("d2")))
        except ValueError:
            continue
        if best is None or d > best:
            best = d
    return best


@cache
def _checks() -> dict[str, Any]:
    from kg.lexicon import resource_text

    data: dict[str, Any] = json.loads(resource_text("data", "reading.json"))
    return data


def binary_kind(raw: bytes) -> str | None:
    """What a binary file is ("a PDF document"), or None for text. NUL bytes or many control
    characters in the first 4 KB also mean binary."""
    head = raw[:4096]
    for magic, kind in _checks()["signatures"]:
        if head.startswith(magic.encode("latin-1")):
            return str(kind)
    if b"\x00" in head:
        return "a binary file"
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and control / len(head) > 0.05:
        return "a binary file"
    return None


def english_share(text: str) -> float | None:
    """The share of English function words among the words of the text's first 20,000
    characters; None when there are too few words to tell, or when the text has few function
    words of other languages either (a table of figures: "Sales 2.25 billion francs vs 2.49
    billion" is English with no function word)."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < _checks()["min_words_for_language"]:
        return None
    english = sum(1 for w in words if w in set(_checks()["english_words"])) / len(words)
    other = sum(1 for w in words if w in set(_checks()["other_words"])) / len(words)
    if english < _checks()["min_english_share"] and other < _checks()["min_other_share"]:
        return None
    return english


def read_sidecar(path: Path) -> dict[str, str]:
    """The ``NAME.meta.json`` beside ``NAME.txt``, or ``{}``. Bad JSON or dates are errors."""
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{meta}: sidecar is not readable JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{meta}: sidecar must hold a JSON object")
    if "date" in data and data["date"] is not None:
        try:
            dt.date.fromisoformat(str(data["date"]))
        except ValueError as exc:
            raise InputError(f"{meta}: impossible date {data['date']!r}") from exc
    return {k: str(v) for k, v in data.items() if v is not None}


def read_document(path: Path, doc_id: str | None = None, date: dt.date | None = None) -> Document:
    """Read one file into a :class:`Document`; raise :class:`InputError` naming the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    kind = binary_kind(raw)
    if kind:
        raise InputError(f"{path}: {kind}, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {exc.start}); re-save it as UTF-8"
        ) from exc
    text = strip_markup(text, path.suffix.lower())
    if not text.strip():
        raise InputError(f"{path}: empty document")
    share = english_share(text)
    if share is not None and share < _checks()["min_english_share"]:
        raise InputError(
            f"{path}: does not look like English ({share:.0%} English function words); "
            "skipped: the extraction rules and model are for English"
        )
    meta = read_sidecar(path)
    source: str = "none"
    if date is not None:
        source = "option"
    elif meta.get("date"):
        date, source = dt.date.fromisoformat(meta["date"]), "sidecar"
    else:
        date = infer_date(text)
        source = "text" if date else "none"
    return Document(
        id=doc_id or str(path),
        text=text,
        date=date,
        date_source=source,  # type: ignore[arg-type]
        title=meta.get("title"),
        source=meta.get("source"),
    )
