"""When a change already reported takes effect, said in a sentence of its own.

"Riverin's appointment is effective March 26", "His resignation ... is effective on March
20", "The appointment takes effect on 1 March", "Kerslake, who takes up his new job on June 1",
"She will start on 1 March": the date belongs to the start (or the end) of the tenures the
document has just given that person, not to a tenure of this sentence. Read from the parse:
the verb, its subject and the date it governs; the words live in ``kg/data/lexicon.json``
(``effective_nouns``, ``taking_up_lemmas``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.lexicon import words
from kg.relations.candidate import Event, sentence_dates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Effective:
    """A date on which the change a sentence speaks of takes effect."""

    sentence: Span
    date: Span
    event: Event  # "start": an appointment; "end": a resignation, a retirement
    person: Token | None  # the name or pronoun whose change it is; None: the last one reported
    future: bool


def effective_dates(doc: Doc) -> list[Effective]:
    """Every sentence of ``doc`` that dates a change reported before it."""
    out: list[Effective] = []
    for sent in doc.sents:
        dates = sentence_dates(sent)
        if not dates:
            continue
        for verb in sent:
            found = _effect_of(verb) or _taking_up(verb)
            if found is None:
                continue
            event, person = found
            date = _governed(verb, dates)
            if date is not None:
                future = any(c.lower_ in ("will", "shall", "to") for c in verb.children) or (
                    verb.tag_ in ("VBZ", "VBP")
                )
                out.append(Effective(sent, date, event, person, future))
                break
    return out


def _effect_of(verb: Token) -> tuple[Event, Token | None] | None:
    """ "Riverin's appointment is effective March 26", "the appointment takes effect on 1
    March", "his retirement becomes effective": the change named by the subject."""
    effect = (verb.lemma_ == "take" and any(c.lower_ == "effect" for c in verb.children)) or (
        verb.lemma_ in ("be", "become") and any(c.lower_ == "effective" for c in verb.children)
    )
    if not effect:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    nouns: dict[str, list[str]] = words()["effective_nouns"]
    event: Event
    if subj.lemma_.lower() in nouns["start"]:
        event = "start"
    elif subj.lemma_.lower() in nouns["end"]:
        event = "end"
    else:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ != "PERSON" and owner.lower_ not in ("his", "her"):
        return None  # "the company's move is effective": not a person's change
    return event, owner


def _taking_up(verb: Token) -> tuple[Event, Token | None] | None:
    """ "Kerslake, who takes up his new job on June 1", "She will start on 1 March", "he
    assumes his new duties in May": a person who now takes up a post. A verb in the past
    ("he started at the firm in 1985") tells of an earlier career, so only a present or a
    future one counts, or "took up" with a post of his or her own ("took up his post")."""
    lemma = verb.lemma_.lower()
    taking: dict[str, list[str]] = words()["taking_up_lemmas"]
    if lemma not in taking:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "take up his post", "assume her duties", "will join the company next month"; "She will
    # start on 1 March", not "start a business"
    if (obj.lemma_.lower() if obj is not None else "") not in taking[lemma]:
        return None
    if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    own = obj is not None and any(c.lower_ in ("his", "her") for c in obj.children)
    ahead = verb.tag_ in ("VBZ", "VBP") or any(
        c.lower_ in ("will", "shall", "to") for c in verb.children
    )
    if not (ahead or own):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
        subj = verb.head  # "Kerslake, who takes up his new job on June 1"
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
        return None
    return "start", subj


def _governed(verb: Token, dates: list[Span]) -> Span | None:
    """The first date of ``dates`` inside the verb's own words (not its subject's)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    skip = {t.i for t in subj.subtree} if subj is not None else set()
    own = {t.i for t in verb.subtree} - skip
    if verb.dep_ == "relcl":
        own -= {verb.head.i}
    return next((d for d in dates if d.root.i in own or d.start in own), None)
