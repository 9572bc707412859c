"""Normalized keys for names, so the same person or organization matches across documents.

People: nameparser splits the name; the key is the first given name (nicknames mapped to the
formal name: "Dick" → "richard") and the surname, accents folded ("Richard D. Parsons" and
"Dick Parsons" share the key ``richard|parsons``). Organizations: cleanco drops legal suffixes,
then our own list drops generic ones ("Group", "Holdings") and expands abbreviations ("Utd").
The word lists are in ``kg/data/names.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from kg.lexicon import resource_text


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_text("data", "names.json"))
    return data


def fold(text: str) -> str:
    """Lower case, accents removed, typographic quotes and dashes made plain."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\u2018\u2019\u201b\u2032`´]", "'", text)
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return text.lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:['.][a-z0-9]+)*|&|\+", fold(text))


@lru_cache(maxsize=1 << 16)  # nameparser takes half a millisecond a name; names repeat
def person_key(name: str) -> str:
    """``given|surname`` of a person's name: titles and middle names dropped, nicknames mapped."""
    from nameparser import HumanName

    parsed = HumanName(name)
    surname = " ".join(_words(parsed.last)) or " ".join(_words(name))
    given_words = _words(parsed.first)
    given = given_words[0].replace(".", "") if given_words else ""
    given = _data()["nicknames"].get(given, given)
    return f"{given}|{surname}"


def given_compatible(a: str, b: str) -> bool:
    """Whether two given names (from :func:`person_key`) may be the same: equal, or an initial."""
    if not a or not b or a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """A normalized organization name: "Marks & Spencer plc" → ``marks and spencer``."""
    from cleanco import basename

    words = _words(basename(name.strip()) or name)
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    abbreviations: dict[str, str] = _data()["org_abbreviations"]
    words = [abbreviations.get(w, w).replace(".", "") for w in words]
    generic = set(_data()["org_generic_suffixes"])
    while len(words) > 1 and words[-1] in generic:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words) or fold(name).strip()


def slug(text: str, limit: int = 48) -> str:
    """A readable IRI segment: "Alibaba's e-commerce" → ``alibaba-s-e-commerce``."""
    out = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return out[:limit].rstrip("-") or "x"
