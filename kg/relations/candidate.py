"""The candidate record every rule builds, and the fields it takes from a mention."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from kg.lexicon import words
from kg.timex import day_word_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

Event = Literal["start", "end", "hold"]


@dataclass
class Candidate:
    """One stated link between a person mention and a role and/or an organization."""

    person_start: int  # character offset of the person mention (or pronoun)
    person_text: str
    pronoun: bool
    role: Span | None
    org_text: str | None
    org_parent: str | None
    org_offset: int | None
    org_antecedent: bool
    event: Event
    rule: str
    sentence: Span
    future: bool = False
    habitual: bool = False  # "used to be"
    former: bool = False
    dates: list[Span] = field(default_factory=list)
    role_label: str | None = None
    described: bool = False  # "chief executive of the Frankfurt-based exchange": not the topic
    role_text: str | None = None


def person_fields(doc: Doc, start: int, end: int, pronoun: bool) -> dict[str, Any]:
    """A candidate's person fields for the mention at tokens ``start``..``end``."""
    return {
        "person_start": doc[start].idx,
        "person_text": doc[start:end].text,
        "pronoun": pronoun,
    }


def org_fields(org: Span) -> dict[str, Any]:
    """A candidate's organization fields for an organization named in the sentence."""
    return {
        "org_text": org.text,
        "org_parent": org._.kg_parent,
        "org_offset": org.start_char,
        "org_antecedent": False,
    }


def sentence_dates(sent: Span) -> list[Span]:
    """The sentence's time expressions, with "effective immediately" (the document's date)."""
    from spacy.tokens import Span

    doc = sent.doc
    out = [
        # "will leave September One": the day the model left out of the date
        Span(doc, e.start, e.end + 1, label="DATE")
        if e.end < sent.end and day_word_after(e[-1].text, doc[e.end].text)
        else e
        for e in sent.ents
        if e.label_ == "DATE" and not _age(e) and not _frequency(e)
    ]
    # "September One" read as an event or a name
    out += [
        Span(doc, e.start, e.end, label="DATE")
        for e in sent.ents
        if e.label_ != "DATE" and len(e) == 2 and day_word_after(e[0].text, e[1].text)
    ]
    for tok in sent[1:]:
        if tok.lower_ == "immediately" and sent.doc[tok.i - 1].lower_ == "effective":
            out.append(Span(sent.doc, tok.i - 1, tok.i + 1, label="DATE"))
    return out


def _frequency(ent: Span) -> bool:
    """A word of how often read as a date: "at the annual meeting in May"."""
    return all(t.lower_ in words()["frequency_words"] for t in ent)


def _age(ent: Span) -> bool:
    """A person's age set off after the name and read as a date: "Jane Doe, 52, said"."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent[0].is_digit
        and len(ent.text) <= 2
        and ent.start >= 2
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].ent_type_ == "PERSON"
    )
