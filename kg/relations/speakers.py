"""Titles set off after a speaker's name, and the organization a quotation speaks for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.lexicon import canonical_role, words
from kg.relations.candidate import Candidate
from kg.relations.spans import label_of

if TYPE_CHECKING:
    from spacy.tokens import Span


def set_off_title(cand: Candidate) -> bool:
    """ "Edward Sondey, vice president of supply, said": a title set off after the name that
    names no organization of its own (no capitalized word up to the next comma)."""
    if cand.pronoun or cand.role is None or cand.described:
        return False
    if cand.rule.split("+")[0] not in ("appositive", "coordinated_role"):
        return False
    doc = cand.role.doc
    i = cand.role.end
    verbs = words()["speech_verbs"]
    while i < cand.sentence.end and doc[i].text not in (",", ";") and i - cand.role.end < 8:
        tok = doc[i]
        if tok.text[:1].isupper() or tok.ent_type_ not in ("", "ROLE"):
            return False
        if tok.lemma_.lower() in verbs and doc[i - 1].ent_type_ == "ROLE":
            return True  # "Burnell Roberts, chairman and chief executive officer said"
        i += 1
    if i < cand.sentence.end and doc[i].text == ",":
        return True
    # "according to Paul Collier, executive vice president of marketing.", "John Durkin, who
    # remains president and chief executive officer.": the title ends the sentence
    end = cand.sentence.end
    while end > i - 1 and doc[end - 1].is_space:
        end -= 1
    return i >= end and doc[end - 1].text == "." and doc[end - 2].is_alpha


def speaker_title(cand: Candidate) -> bool:
    """ "said executive vice president Douglas Yearley", "vice president Yoshihiro Wada told a
    press conference": a title before the name of the one who speaks; capitalized as wire copy
    writes it ("Chairman Kenneth Douglas told analysts") unless it may be a state's office
    ("President Reagan said")."""
    if cand.pronoun or cand.role is None or cand.described or cand.rule != "premod+no_org":
        return False
    doc, role = cand.role.doc, cand.role
    if not role[0].is_lower and label_of(role) in words()["state_offices"]:
        return False
    p_start = next((t.i for t in cand.sentence if t.idx == cand.person_start), None)
    if p_start is None:
        return False
    p_end = p_start + len(cand.person_text.split())
    before = doc[role.start - 1].lower_ if role.start > cand.sentence.start else ""
    after = doc[p_end].lower_ if p_end < cand.sentence.end else ""
    verbs = set(words()["speech_verbs"])
    speaks = bool(after) and doc[p_end].lemma_.lower() in verbs
    return before in ("said", "says") or (speaks and before in ("", ",", '"', "and"))


def quote_opener(cand: Candidate) -> Span | None:
    """The organization a quotation's speaker speaks for, when the title names none: the
    subject of the sentence that opens the quotation ("Internet service provider Plus.net also
    backed the proposals. "BT has been challenged to play fair ...," chief executive Lee
    Strafford said"). For a speaker's title that is not a staff one (:func:`speaker_title`)."""
    if cand.role is None or not speaker_title(cand):
        return None
    role = canonical_role(cand.role.text)
    if role is None or role.staff:
        return None  # a spokeswoman may speak for the body the opener only mentions
    doc = cand.role.doc
    text = doc.text
    close = text.rfind('"', cand.sentence.start_char, cand.role.start_char)
    opening = text.rfind('"', 0, close) if close > 0 else -1
    if opening < 0 or text.count('"', opening, close + 1) != 2:
        return None
    quoted = doc.char_span(opening, opening + 1, alignment_mode="expand")
    if quoted is None or quoted.sent.start == 0:
        return None
    before = doc[quoted.sent.start - 1].sent
    if quoted.sent.start_char < opening - 1:
        before = quoted.sent  # "Plus.net backed the proposals saying "we will ...""
    # the subject of the sentence's main verb: an organization, or a name the model left
    # untagged ("Plus.net"), never a person or a place
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.ent_type_ == "ORG":
        return next((e for e in before.ents if e.start <= subject.i < e.end), None)
    if subject.pos_ == "PROPN" and not subject.ent_type_ and subject.text[:1].isupper():
        return doc[subject.i : subject.i + 1]
    return None


def previous_speaker(cand: Candidate) -> Span | None:
    """ "The Countryside Alliance said the meets would show ... Chief executive Simon Hart
    said: ...": a senior title that opens a sentence of speech, with no organization, is the
    one that spoke in the sentence just before."""
    if cand.role is None or cand.role.start != cand.sentence.start:
        return None
    role = canonical_role(cand.role.text)
    if role is None or role.staff or role.rank > 2 or cand.sentence.start == 0:
        return None
    doc = cand.role.doc
    speech = set(words()["speech_verbs"])
    if not any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in cand.sentence):
        return None
    before = doc[cand.sentence.start - 1].sent
    for tok in before:
        if tok.lemma_.lower() in speech and tok.pos_ == "VERB":
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.ent_type_ == "ORG":
                return next((e for e in before.ents if e.start <= subject.i < e.end), None)
    return None


def title_of(cand: Candidate) -> dict[str, Any]:
    """A candidate's title and organization, for another person who holds or takes them."""
    return {
        "role": cand.role,
        "org_text": cand.org_text,
        "org_parent": cand.org_parent,
        "org_offset": cand.org_offset,
        "org_antecedent": cand.org_antecedent,
    }
