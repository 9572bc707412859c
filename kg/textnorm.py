"""Text normalization that keeps every character offset into the original text.

Each replacement maps one character to one character, so an offset into the normalized text
is the same offset into the original: evidence always points into the file as written.
"""

from __future__ import annotations

import re
from functools import cache

# One character in, one character out.
_CHAR_MAP = {
    "\u2018": "'",  # left single quote, often used as an apostrophe ("Alibaba‘s")
    "\u2019": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\ufeff": " ",
    "\r": "\n",
    # wire copy marks company names and tickers: "a director of the <Elf Aquitaine Group>",
    # "ARVIN INDS <ARV>"; markup is gone by now (kg.reading strips HTML first)
    "<": " ",
    ">": " ",
}
_TABLE = str.maketrans(_CHAR_MAP)


def normalize(text: str) -> str:
    """Return ``text`` with quotes, dashes and spaces made plain, the same length as ``text``.

    A single line break inside a paragraph of hard-wrapped copy (wire stories wrap at 65
    characters, mid-name and mid-title: "John W. Johnstone\nJr", "chief\nexecutive officer")
    becomes a space, unless the line before it is a title line (a headline ends there). In a
    text whose first line is set off by a blank line, a headline is never followed by a single
    line break: there a capitalized line ("North Carolina Savings and Loan\nAssociation
    elected ...") is wrapped copy, unless the next line is a title or a list item too."""
    out = _TICKER.sub(lambda m: " " * len(m.group(0)), text).translate(_TABLE)
    out = _TRANSPOSED.sub(lambda m: _untransposed(m.group(0)), out)
    spaced = _HEADLINE_SPACED.match(out) is not None
    out = _WRAP.sub(
        lambda m: m.group(0) if _title_break(out, m.start(), m.end(), spaced=spaced) else " ", out
    )
    assert len(out) == len(text)
    return out


# "Exxon Corp <XON>", "ARVIN INDS <ARV>", "Rhone-Poulenc <RHON.PA>": a wire story's stock
# ticker (with its exchange), blanked out
_TICKER = re.compile(r"<[A-Z][A-Z.]{0,5}(?:\.[A-Z]{1,2})?>")
_WRAP = re.compile(r"(?<=[^\n])\n(?=[^\n])")
# a first line set off by a blank line: the document's headline
_HEADLINE_SPACED = re.compile(r"\s*[^\n]+\n[ \t]*\n")
_LIST_ITEM = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s")


@cache
def _transpositions() -> dict[str, str]:
    """Two letters swapped in a title word ("exeuctive", "preisdent", "cheif"), wire copy's
    commonest typo, to the word: no such swap of these words is a word of its own."""
    from kg.lexicon import words

    out: dict[str, str] = {}
    for word in words()["transposition_fixed"]:
        for i in range(len(word) - 1):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if swapped != word:
                out[swapped] = word
    return out


_TRANSPOSED = re.compile(r"[A-Za-z]{4,}")


def _untransposed(token: str) -> str:
    """``token`` with its swapped letters put back, in its own case, the same length."""
    fixed = _transpositions().get(token.lower())
    if fixed is None:
        return token
    if token.isupper():
        return fixed.upper()
    return fixed.capitalize() if token[0].isupper() else fixed


def _title_break(text: str, i: int, j: int, *, spaced: bool) -> bool:
    """Whether the single line break at ``i`` (the next line starting at ``j``) ends a title
    line rather than wrapping a sentence."""
    if not _title_before(text, i):
        return False
    if not spaced:
        return True
    end = text.find("\n", j)
    nxt = text[j : end if end >= 0 else len(text)]
    return is_title_line(nxt) or _LIST_ITEM.match(nxt) is not None


def _title_before(text: str, i: int) -> bool:
    """Whether the line ending at ``i`` is a headline: a line in which every word of four letters
    or more is capitalized ("Olin Corp said John W. Johnstone" is wrapped copy)."""
    start = text.rfind("\n", 0, i) + 1
    line = text[start:i]
    if not line.strip():
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'&-]*", line) if len(w) > 3]
    return is_title_line(line) and all(w[0].isupper() for w in words)


def is_title_line(text: str) -> bool:
    """A headline or caption: no closing punctuation and most words capitalized."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".?!,;:\"'" or "\n" in stripped:
        return False
    alpha = [w for w in re.findall(r"[A-Za-z][\w'&-]*", stripped) if len(w) > 3]
    return len(alpha) >= 2 and sum(w[0].isupper() for w in alpha) / len(alpha) >= 0.7


_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, cut after blank lines: the spans cover ``text`` end to
    end, each paragraph with the blank lines that follow it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BLANK_LINE.finditer(text):
        if m.end() < len(text):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    return spans
