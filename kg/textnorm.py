"""Text normalization that keeps every character offset into the original text.

Each replacement maps one character to one character, so an offset into the normalized text
is the same offset into the original: evidence always points into the file as written.
"""

from __future__ import annotations

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
}
_TABLE = str.maketrans(_CHAR_MAP)


def normalize(text: str) -> str:
    """Return ``text`` with quotes, dashes and spaces made plain, the same length as ``text``."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Split on blank lines; a title line (the first line, followed by a blank) is its own.

    Returns (offset, paragraph) pairs; offsets index into ``text``.
    """
    out: list[tuple[int, str]] = []
    pos = 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            out.append((pos + block.index(stripped[0]), stripped))
        pos += len(block) + 2
    return out
