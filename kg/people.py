"""Who is who in one document: person mentions grouped into people, with their aliases.

Full names are grouped exactly or by a close spelling ("Tang Xiang" for "Tang Xing", through
rapidfuzz); a surname or first name alone ("Tang", "Mr Demel", "Anil") joins the person whose
name holds it, the nearest one before it when several do.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from kg.lexicon import resource_text, words


@cache
def _given_names() -> dict[str, str]:
    """Given name → "m" or "f", for the names borne almost only by one sex."""
    data = json.loads(resource_text("data", "given_names.json"))
    return {n: g for g in ("m", "f") for n in data[g]}


def given_name_sex(word: str) -> str | None:
    """ "m" or "f" for a given name borne almost only by men or by women ("Peter", "Nadia"),
    else None."""
    return _given_names().get(word.lower())


@dataclass
class Person:
    """One person of a document: a canonical name and every form it was written in."""

    names: Counter[str] = field(default_factory=Counter)
    first_seen: int = 0
    gender: str | None = None  # "m" or "f" where a title or pronoun says so

    @property
    def name(self) -> str:
        full = [(n, c) for n, c in self.names.items() if len(n.split()) > 1]
        pool = full or list(self.names.items())
        best = max(pool, key=lambda nc: nc[1])[0]  # the most used; the first written on a tie
        # "Baez Silva" written more often than "Carlos Baez Silva": the whole name
        longer = [n for n, _ in full if len(n) > len(best) and _tail_of(best, n)]
        return max(longer, key=len) if longer else best

    @property
    def aliases(self) -> list[str]:
        return sorted(n for n in self.names if n != self.name)

    def tokens(self) -> set[str]:
        return {t.lower() for n in self.names for t in n.split()}


def clean_name(text: str) -> str:
    """A person's name without titles, possessives or stray punctuation ("Mr Botin's" → "Botin")."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"'s?$", "", text).strip(" ,.;:")
    titles = set(words()["person_titles"])
    tokens = text.split()
    while len(tokens) > 1 and tokens[0].lower() in titles:
        tokens.pop(0)
    return " ".join(tokens)


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    ta, tb = a.lower().split(), b.lower().split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    generations = set(words()["generational_suffixes"])
    if {t.strip(".,") for t in ta} & generations != {t.strip(".,") for t in tb} & generations:
        return False  # "Stewart Bainum Sr." and his son "Stewart Bainum Jr."
    same_part = ta[0] == tb[0] or ta[-1] == tb[-1]
    return same_part and fuzz.ratio(a.lower(), b.lower()) >= 85


def _tail_of(a: str, b: str) -> bool:
    """Whether one name of two words or more ends the other ("de Fusco" of "Ugo de Fusco",
    "Hugh Liedtke" of "J. Hugh Liedtke")."""
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return len(short) >= 2 and long_[-len(short) :] == short


def _name_gender(person: Person) -> str | None:
    """The sex a person's given names say, when they all say the same one."""
    given = {given_name_sex(n.split()[0]) for n in person.names if len(n.split()) > 1}
    return given.pop() if len(given) == 1 else None


class PeopleIndex:
    """Resolves each person mention (by its character offset) to a :class:`Person`."""

    def __init__(self, mentions: list[tuple[int, str]]) -> None:
        self.people: list[Person] = []
        self.by_offset: dict[int, Person] = {}
        singles: list[tuple[int, str]] = []
        for offset, raw in sorted(mentions):
            name = clean_name(raw)
            if not name:
                continue
            if len(name.split()) == 1:
                singles.append((offset, name))
                continue
            person = next(
                (
                    p
                    for p in self.people
                    if name in p.names
                    or any(_similar(name, n) or _tail_of(name, n) for n in p.names)
                ),
                None,
            )
            if person is None:
                person = Person(first_seen=offset)
                self.people.append(person)
            person.names[name] += 1
            self.by_offset[offset] = person
        for offset, name in singles:
            key = name.lower()
            holders = [p for p in self.people if key in p.tokens()]
            if holders:
                before = [p for p in holders if p.first_seen <= offset]
                person = max(before or holders, key=lambda p: p.first_seen)
            else:
                person = next((p for p in self.people if name in p.names), None)
                if person is None:
                    person = Person(first_seen=offset)
                    self.people.append(person)
            person.names[name] += 1
            self.by_offset[offset] = person

    def at(self, offset: int) -> Person | None:
        """The person whose mention starts at character ``offset``."""
        return self.by_offset.get(offset)

    def before(self, offset: int, pronoun: str = "") -> Person | None:
        """The person mentioned last before ``offset`` (for "he", "she", "the executive"), of the
        pronoun's gender where the document gives the person one ("Ms Gil" is not "he"), by a
        title or else by a given name borne by one sex only ("Peter Quinn" is not "she")."""
        want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(pronoun.lower())
        for o in sorted((o for o in self.by_offset if o < offset), reverse=True):
            person = self.by_offset[o]
            if want is None or (person.gender or _name_gender(person)) in (None, want):
                return person
        return None

    def note_gender(self, offset: int, gender: str) -> None:
        """Record the gender a title gives the person mentioned at ``offset``."""
        person = self.at(offset)
        if person is not None and person.gender is None:
            person.gender = gender
