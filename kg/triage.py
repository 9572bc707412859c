"""Which paragraphs of a text need the full parse.

A tenure is stated in a sentence that names a title or a move: "chief executive", "appointed",
"founded", "heads", "was sacked". A paragraph with none of these cannot state one; it still
gives the document its context (the people, organizations and dates it names), and for that
the entity recognizer is enough. So only the paragraphs that hold a cue, the paragraph after
each, and the story's headline and lead get the tagger, the parser and the lemmatizer; the
cues come from the role scheme and the lexicon's word lists.
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import plural_surfaces, roles, words
from kg.textnorm import paragraph_spans


def _inflections(lemma: str) -> set[str]:
    """ "sack" -> sack, sacks, sacked, sacking; "replace" -> replaces, replaced, replacing."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", stem + "ed", stem + "ing"}


@cache
def cue_pattern() -> re.Pattern[str]:
    """One pattern for every cue, matched against lower-cased text at word boundaries."""
    lexicon = words()
    cues: set[str] = {label for role in roles() for label in role.labels}
    cues |= plural_surfaces()
    for name in lexicon["parse_cue_lists"]:
        cues.update(str(entry).lower() for entry in lexicon[name])  # a dict gives its keys
    for name in lexicon["parse_cue_lemmas"]:
        for lemma in lexicon[name]:
            cues |= _inflections(lemma)
    for name in lexicon["parse_cue_agents"]:
        cues.update(f"{verb} by" for verb in lexicon[name])  # "a company run by"
    for name in lexicon["parse_cue_infinitives"]:
        cues.update(f"to {verb}" for verb in lexicon[name])
    cues.update(lexicon["parse_cue_words"])
    cues -= set(lexicon["parse_cue_excluded"])  # "set" founds a company only with "up"
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def has_cue(text: str) -> bool:
    """Whether ``text`` names a title or a move, so may state a tenure."""
    return cue_pattern().search(text.lower()) is not None


def parse_plan(text: str) -> list[tuple[int, int, bool]]:
    """The text cut into runs of paragraphs, each with whether it needs the full parse: the
    runs alternate, so a text that needs it everywhere (or nowhere) is one run.

    A paragraph needs it when it holds a cue, or follows one that does (a title can name its
    holder in the next paragraph: "The founder and former boss of Parmalat has apologised
    ... / Calisto Tanzi said"); so do the headline and the lead, whose subject is the
    company "the firm" means."""
    plan: list[tuple[int, int, bool]] = []
    cued_before = False
    opening = 2
    for start, end in paragraph_spans(text):
        paragraph = text[start:end]
        cued = has_cue(paragraph)
        full = cued or cued_before or opening > 0
        if paragraph.strip():
            opening -= 1
            cued_before = cued
        if plan and plan[-1][2] == full:
            plan[-1] = (plan[-1][0], end, full)
        else:
            plan.append((start, end, full))
    return plan
