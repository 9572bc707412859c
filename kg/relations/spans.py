"""Small readings of tokens and spans that the rule families share: gaps, hedges, lists."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import canonical_role, words
from kg.relations.candidate import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@cache
def phrase_pattern(key: str) -> re.Pattern[str]:
    items = sorted(words()[key], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(i) for i in items) + r")\b")


def has_phrase(key: str, text: str) -> bool:
    return bool(phrase_pattern(key).search(text))


def gap_text(doc: Doc, start: int, end: int) -> str:
    """The tokens between two mentions, lower case, ORG entities as ``<org>``."""
    out: list[str] = []
    i = start
    while i < end:
        tok = doc[i]
        if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
            out.append("<org>")
            while i + 1 < end and doc[i + 1].ent_iob_ == "I":
                i += 1
        elif tok.ent_type_ in ("PERSON",) and tok.ent_iob_ == "B":
            out.append("<person>")
            while i + 1 < end and doc[i + 1].ent_iob_ == "I":
                i += 1
        elif tok.ent_type_ == "DATE" and tok.lower_ == "may":
            out.append("<month>")  # "will resign on May 1 as": the month, not a hedge
        elif not tok.is_space:
            out.append(tok.lower_)
        i += 1
    return " ".join(out)


def hedge_text(tokens: Span) -> str:
    """The tokens in lower case for a look for speculation cues, the name May written
    ``<month>`` ("will resign on May 1", "May's chairman": a month or a company, not a hedge)."""
    return " ".join(
        "<month>" if t.ent_type_ in ("DATE", "ORG") and t.lower_ == "may" else t.lower_
        for t in tokens
    )


def label_of(role: Span) -> str | None:

    found = canonical_role(role.text)
    return found.label if found is not None else None


def ent_at(doc: Doc, i: int) -> Span | None:
    if i >= len(doc) or doc[i].ent_iob_ != "B":
        return None
    for ent in doc.ents:
        if ent.start == i:
            return ent
    return None


def ent_ending_at(doc: Doc, end: int) -> Span | None:
    for ent in doc.ents:
        if ent.end == end:
            return ent
    return None


def conj_root(role: Span) -> Token:
    """The first of the titles listed with ``role`` ("director" of "director and chairman")."""
    tok = role.root
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.ent_type_ == "ROLE":
        tok = tok.head
    return tok


def token_at(doc: Doc, offset: int) -> int:
    tok = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return tok.start if tok is not None else 0


def end_token(doc: Doc, offset: int) -> int:
    for ent in doc.ents:
        if ent.start_char == offset:
            return ent.end
    return token_at(doc, offset) + 1


def display_name(text: str) -> str:
    return re.sub(r"^the\s+|'s?$", "", re.sub(r"\s+", " ", text).strip(), flags=re.I)


def conditional(sent: Span) -> bool:
    """Whether the sentence states a condition ("if", "unless", "whether")."""
    return bool(re.search(r"\b(?:if|unless|whether)\b", sent.text.lower()))


def in_phrase(doc: Doc, p: tuple[int, int, bool]) -> bool:
    """Whether a name is the object of a preposition after the verb ("gave evidence at the
    trial of his ex-boss Bernie Ebbers"), however it is premodified."""
    tok = doc[p[1] - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.head.pos_ != "AUX" and tok.i > tok.sent.root.i


def premodifies_noun(doc: Doc, ent: Span) -> bool:
    """Whether a name only modifies the common noun after it ("the Shell pension fund")."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return (
        nxt is not None
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
        and ent.root.dep_ in ("compound", "nmod", "amod")
    )


def conjuncts_before(
    doc: Doc, p_start: int, people: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The people listed before the one starting at ``p_start``: "A, B and C" (only commas
    and "and" between them, an appositive such as ", both attorneys," after the last)."""
    out = []
    start = p_start
    for q in sorted(people, reverse=True):
        if q[1] > start:
            continue
        if gap_text(doc, q[1], start) not in (",", "and", ", and"):
            break
        out.append(q)
        start = q[0]
    return out


def listed_after(
    doc: Doc,
    sent: Span,
    role: Span,
    after: tuple[Span, str | None] | None,
    people: list[tuple[int, int, bool]],
) -> tuple[tuple[int, int, bool], str, Event, bool, bool] | None:
    """ "Resigning as directors of the company were A, B and C", "named three new vice
    presidents: A, B and C": a plural title, then "were" or a colon and the list of names (the
    first of them; the others follow it). A start or end verb before the title says which."""
    end = after[0].end if after is not None else role.end
    first = next((p for p in sorted(people) if p[0] >= end and not p[2]), None)
    if first is None:
        return None
    gap = gap_text(doc, end, first[0])
    # "as directors, officers and employees of the company were": other plural nouns and the
    # organization may follow the title
    listed = r"(?:(?:,|, and|and) [a-z]+ )*(?:(?:of|at) (?:the |its )?(?:<org>|[a-z]+) )?"
    m = re.fullmatch(listed + r"(were|are|will be|:|include|includes|included|including)", gap)
    if m is None:
        return None
    before = " ".join(t.lower_ for t in doc[sent.start : role.start])
    if has_phrase("speculation_cues", hedge_text(doc[sent.start : role.start])):
        return None
    event: Event = (
        "end"
        if has_phrase("end_verbs", before)
        else "start"
        if has_phrase("start_verbs", before)
        else "hold"
    )
    return first, "listed", event, m.group(1) == "will be", False


def conjuncts_after(
    doc: Doc, p_end: int, people: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The people listed after the one ending at ``p_end``: "A, B and C"."""
    out = []
    end = p_end
    for q in sorted(people):
        if q[0] < end:
            continue
        # "A, who served from 1937, and B": a relative clause may follow each name
        gap = re.sub(r"^, who [^,]{1,80} (?=,)", "", gap_text(doc, end, q[0]))
        if q[2] or gap not in (",", "and", ", and"):
            break
        out.append(q)
        end = q[1]
    return out


def coordinated_end(doc: Doc, p_end: int, people: list[tuple[int, int, bool]]) -> int:
    """ "its chairman Bill Saxon and chief executive officer Steven Saxon have resigned": where
    the last person coordinated with the one ending at ``p_end`` ends (what follows them is
    said of all)."""
    end = confirmed = p_end
    joiners = {"and", ",", "its", "the", "his", "her", "their"}
    for q_start, q_end, _ in sorted(people):
        if q_start < end:
            continue
        gap = doc[end:q_start]
        if (
            len(gap) > 0
            and gap[0].lower_ == "and"
            and all(t.lower_ in joiners or t.ent_type_ == "ROLE" for t in gap)
        ):
            end = confirmed = q_end
        elif _set_off_then_and(gap, joiners):
            # "Chief executive Franklin Raines, a former official, and chief financial officer
            # Tim Howard have left": a description set off after the first name
            end = confirmed = q_end
        elif gap.text == "," or (len(gap) == 2 and gap[0].text == "," and gap[1].lower_ == "and"):
            # "A, B and C resigned": a list that ends with "and"
            end = q_end
            if gap[-1].lower_ == "and":
                confirmed = end
        elif (
            len(gap) > 1
            and gap[0].text == ","
            and len(gap) <= 16
            and not any(t.text == "," for t in gap[1:])
            and not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in gap)
        ):
            continue  # "a former official in the Clinton administration": a name described
        else:
            break
    return confirmed


def _set_off_then_and(gap: Span, joiners: set[str]) -> bool:
    """Whether ``gap`` is ", <a description with no verb>, and <titles>" between two names."""
    if len(gap) < 5 or gap[0].text != "," or len(gap) > 20:
        return False
    for j in range(2, len(gap) - 1):
        if gap[j].text == "," and gap[j + 1].lower_ == "and":
            described = gap[1:j]
            rest = gap[j + 2 :]
            return (
                described[0].lower_ in ("a", "an", "the")
                and not any(
                    t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in described
                )
                and all(t.lower_ in joiners or t.ent_type_ == "ROLE" for t in rest)
            )
    return False


def tail_tokens(doc: Doc, start: int, end: int, limit: int = 12) -> list[Token]:
    """The first ``limit`` tokens from ``start``, spaces left out."""
    return [t for t in doc[start:end] if not t.is_space][:limit]
