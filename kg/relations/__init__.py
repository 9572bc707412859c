"""Candidate tenures in one parsed document: who holds which role where, by which rule.

Role-centred attachment over the sentence: every ROLE entity looks for its organization
(``role_of_org`` "CTO of iQIYI", ``org_premod`` "Fiat chief executive", ``org_possessive``
"Vivendi's boss", ``antecedent`` "its chairman") and its person (``premod`` "chief executive
Franklin Raines", ``appositive`` "Jiang Fan, President of ...", ``verb`` "he became the CTO",
"was named", "stepped down as"). Verbs without a title give tenures too: "joined Alibaba",
"founded Microsoft", "who heads IPCL", and departures: "has left the firm", "the departure of".

Where no organization is named beside the title, it comes from the gap ("serves Mountain Bell
as", ``org_in_gap``), a description ("of the Frankfurt-based exchange", ``described``), or the
company the sentence reports for ("Olin Corp said ...", ``reporting_org``). Other rule families:
``succession`` / ``replaced_by`` ("X will succeed Y as chief executive", read from the parse),
``cataphora`` (a lead's title held by the next sentence's new subject), ``verb_founded_by``,
``verb_founded_relative`` ("Acme, which he founded in 1990"),
``board_seat``, ``office_taken`` ("taking over the chairmanship in 1986"), ``took_helm``,
``noun_start`` ("his appointment as chief executive"), ``left_when`` ("will become chairman on
June 1, when X retires": X held it), ``they_are`` ("elected three directors. They are A, B
and C").

The words that decide (start and end verbs, copulas, speculation cues) live in
``kg/data/lexicon.json``. The gap between two mentions is classified by the words it holds,
rather than enumerated as fixed token patterns: news writes the same link in many orders.

Modules, each depending only on those listed before it: ``candidate`` (the record), ``spans``
(token and span readings shared by all rules), ``orgs`` (where a title's organization is
named), ``gaps`` (which person a title belongs to, from the words between), ``speakers``
(titles set off after a quoted speaker), ``succession``, ``titles`` (role-centred rules),
``boards`` and ``verbs`` (verb-centred rules). This module runs the families in order.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon import words
from kg.relations.candidate import Candidate, person_fields
from kg.relations.gaps import person_spans
from kg.relations.orgs import lead_subject, names_company
from kg.relations.spans import conjuncts_after
from kg.relations.speakers import previous_speaker, quote_opener, set_off_title, speaker_title
from kg.relations.titles import role_candidates, they_are
from kg.relations.verbs import verb_candidates

__all__ = [
    "Candidate",
    "extract_candidates",
    "lead_subject",
    "names_company",
    "previous_speaker",
    "quote_opener",
    "set_off_title",
    "speaker_title",
]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def extract_candidates(doc: Doc) -> list[Candidate]:
    """Every candidate link in ``doc``, sentence by sentence."""
    out: list[Candidate] = []
    for sent in doc.sents:
        found = role_candidates(doc, sent, out) + verb_candidates(doc, sent) + they_are(doc, sent)
        out.extend(found + _as_were(doc, sent, found))
    return out


def _as_were(doc: Doc, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """ "Cumming and Steinberg were also elected to the board, as were James Kimball and Michael
    Lynch"; "X is resigning as a director, as is Ted Ross": what is said of the names before
    "as were" is said of the names after it."""
    people = person_spans(sent)
    auxiliaries = set(words()["elided_auxiliaries"])
    for i in range(sent.start, sent.end - 2):
        if doc[i].lower_ != "as" or doc[i + 1].lower_ not in auxiliaries:
            continue
        listed = [p for p in people if not p[2] and p[0] == i + 2]
        if not listed or (i > sent.start and doc[i - 1].text != ","):
            continue
        listed += conjuncts_after(doc, listed[0][1], people)
        # the moves of the names before it, once each (a seat or a title and its company)
        said: dict[tuple[str | None, str | None, str | None], Candidate] = {}
        for c in found:
            if c.person_start < doc[i].idx and not c.pronoun and c.event in ("start", "end"):
                title = c.role.text.lower() if c.role is not None else c.role_label
                said.setdefault((title, c.org_text, c.event), c)
        return [
            replace(c, **person_fields(doc, q[0], q[1], False))
            for q in listed
            for c in said.values()
        ]
    return []
