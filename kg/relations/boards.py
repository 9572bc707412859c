"""Board seats: "elected to the board", "Joining the board were A, B and C"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon import words
from kg.relations.candidate import Candidate, Event, org_fields, person_fields, sentence_dates
from kg.relations.gaps import before_titles
from kg.relations.orgs import lead_subject, previous_org, reporting_org, second_org_after
from kg.relations.spans import coordinated_end, ent_at, gap_text, tail_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def board_moves(doc: Doc, sent: Span, people: list[tuple[int, int, bool]]) -> list[Candidate]:
    """ "X has been elected to AMR's board", "X has resigned from its board of directors",
    "X joined the board of Y": a seat on a board, its start or end."""
    lex = words()
    out: list[Candidate] = []
    for p_start, p_end, pronoun in people:
        # "A and B were elected to the board": each of the names listed before the verb
        listed_end = coordinated_end(doc, p_end, people)
        # "the HSBC board": a name before "board" is its owner (read as <name>)
        tail = " ".join(
            "<name>" if t.ent_type_ == "ORG" else t.lower_
            for t in tail_tokens(doc, listed_end, sent.end, 24)
        )
        m = re.match(
            # "X, 54,", "X, who was senior vice president, has also been named to the board"
            r"^(?:, (?:who|\d{2}) ,? ?|, who [^,]{1,80}? , )?"
            # "has retired as chairman and chief executive officer and resigned from the board"
            r"(?:(?:has |have |had )?[a-z]+ed as (?:[a-z-]+ ){1,6}?and )?"
            r"(?:(?:has|have|had|was|were|is|been|will|be|also|continues? to|would) )*"
            r"("
            + "|".join(lex["board_start_verbs"] + lex["board_end_verbs"] + lex["board_hold_verbs"])
            # "will succeed Holmes on the board": the seat of the one succeeded
            + r"|(?:succeed|replace)(?:s|ed|d)?(?: [a-z.-]+){1,3}(?= on ))"
            r" (?:to |from |on )?(?:the |its |their |(?:\S+ ){1,4}'s? )?(?:<name> ){0,3}boards?\b",
            tail,
        )
        scan = listed_end
        if m is None and (m := _named_to_board(doc, p_start, tail)) is not None:
            # the board's owner after "to", not in an appositive before it
            scan = next((t.i for t in doc[listed_end : sent.end] if t.lower_ == "to"), listed_end)
        if m is None or (
            m.group(1) in lex["board_hold_verbs"] and tail[m.end() :].startswith(" as ")
        ):
            continue  # "will remain on the board as chairman emeritus": the title says it
        org: Span | None = None
        reach = len(m.group(0).split()) + 4  # the board's owner: "AMR's board", "board of Y"
        for tok in [t for t in doc[scan : sent.end] if not t.is_space][:reach]:
            if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
                org = ent_at(doc, tok.i)
                break
        if org is None and re.search(r"\b(?:its|their)\b", m.group(0)):
            org = previous_org(doc, p_start)
        if org is None and re.search(r"\bthe board$", m.group(0)):
            # "succeeding X, who remains on the board": the board of the company reporting
            org = reporting_org(sent, (p_start, p_end)) or lead_subject(doc)
        if org is None:
            continue
        event: Event = (
            "end"
            if m.group(1) in lex["board_end_verbs"]
            else "hold"
            if m.group(1) in lex["board_hold_verbs"]
            else "start"
        )
        out.append(seat(doc, sent, (p_start, p_end, pronoun), org, event, "board_seat"))
        if m.group(0).endswith("boards"):
            # "on the boards of Acme Corp and Acme Bank": a seat on each
            also = second_org_after(doc, (org, None))
            if also is not None:
                out.append(replace(out[-1], **org_fields(also)))
    return out


def board_seats_parsed(
    doc: Doc, sent: Span, people: list[tuple[int, int, bool]]
) -> list[Candidate]:
    """ "Fusco was president of Iomega until January, and will remain on the company's board",
    "He has been a member of Phone-A-Gram's board since 1986": a seat read from the parse, for
    the subject of a verb of the board (or of the verb it is joined to) or of "member of";
    the board's owner is the name or pronoun that owns it, else the company reporting."""
    lex = words()
    moves = {
        v: event
        for event, key in (("start", "board_start_verbs"), ("end", "board_end_verbs"))
        for v in lex[key]
    } | {v: "hold" for v in lex["board_hold_verbs"]}
    out: list[Candidate] = []
    for board in sent:
        if board.lemma_.lower() != "board" or board.dep_ != "pobj":
            continue
        prep = board.head
        head = prep.head
        event: Event | None = None
        if prep.lower_ in ("on", "to", "from") and head.pos_ in ("VERB", "AUX"):
            event = moves.get(head.lower_)  # type: ignore[assignment]
        elif prep.lower_ == "of" and head.lower_ == "member" and head.dep_ in ("attr", "appos"):
            event, head = "hold", head.head  # "has been a member of X's board"
        if event is None:
            continue
        verb = head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if event == "hold" and any(c.lower_ == "as" for c in verb.children):
            continue  # "will remain on the board as chairman emeritus": the title says it
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head  # "Robert Cohen, who will remain a member of the company's board"
        if obj is not None:
            # "shareholders elected A, president of X, and B, a lawyer, to its board": the
            # ones elected; "Acme has appointed a new director to the board": no one named
            subj = obj if event == "start" else None
        if subj is None:
            continue
        owner = next((c for c in board.children if c.dep_ == "poss"), None)
        for person in _subjects(subj, people):
            org: Span | None = None
            if owner is not None and owner.ent_type_ == "ORG":
                org = ent_at(doc, owner.i)
            elif owner is not None and owner.lower_ in ("its", "their"):
                org = previous_org(doc, min(person[0], verb.i))
            if org is None and (
                owner is None or owner.lower_ not in ("his", "her", "its", "their")
            ):
                org = reporting_org(sent, person[:2]) or lead_subject(doc)
            if org is not None:
                out.append(seat(doc, sent, person, org, event, "board_seat"))
    return out


# Arcs that join names listed as one subject: "two Kay Corp officers, A and B, and C"
_LISTING_ARCS = frozenset({"appos", "conj", "compound", "flat"})


def _subjects(subj: Token, people: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The people a subject names: the subject itself, and the names listed with it as its
    appositions or conjuncts ("two Kay Corp officers, Anthonie van Ekris and Thomas
    Hitselberger, and John Belknap, chief financial officer of Seligman and Latz Inc, were
    elected to its board"); not a name inside a phrase of it ("the son of John Smith")."""
    out: list[tuple[int, int, bool]] = []
    for p in people:
        if not subj.left_edge.i <= p[0] <= subj.right_edge.i:
            continue
        tok = subj.doc[p[1] - 1]  # the name's last word, its head in the parse
        while tok.i != subj.i and tok.dep_ in _LISTING_ARCS and tok.head.i != tok.i:
            tok = tok.head
        if tok.i == subj.i or p[0] <= subj.i < p[1]:
            out.append(p)
    return out


_BOARD_LIST = re.compile(
    r"(?:(?P<start>joining|elected to|named to|appointed to|added to|new to)|"
    r"(?P<end>leaving|resigning from|retiring from|departing)) (?:the|its) (?:<org> )?"
    r"board(?: of directors)?(?: of <org>)? (?:were|are|was|is)|"
    r"(?:the )?(?P<others>(?:other|remaining|current|new) )*(?:members of (?:the|its) (?:<org> )?"
    r"board(?: of directors)?(?: of <org>)?|board members) (?:are|were|include|includes)"
)


def board_list(doc: Doc, sent: Span, people: list[tuple[int, int, bool]]) -> list[Candidate]:
    """ "Joining the board were A, B and C", "Other members of the board are chairman X,
    president Y, and Z": a seat on the board for each name listed, titled or not."""
    named = sorted(p for p in people if not p[2] and p[0] >= sent.start)
    if not named:
        return []
    first = before_titles(doc, named[0][0]) + 1
    m = _BOARD_LIST.fullmatch(gap_text(doc, sent.start, max(first, sent.start)))
    if m is None:
        return []
    listed = [named[0]]
    suffixes = set(words()["company_suffixes"])
    for ent in sent.ents:
        if ent.start < named[0][1] or ent.label_ == "ROLE":
            continue
        # the words between two names: commas, "and", and the titles of the next name
        between = [t for t in doc[listed[-1][1] : ent.start] if t.ent_type_ != "ROLE"]
        if " ".join(t.lower_ for t in between if not t.is_space) not in (",", "and", ", and"):
            break
        # in a list of directors, a name the model read as a place is a person's ("Jay
        # Watnick, Ira Goldstein, Thurman Sasser"): two to four capitalized words
        name_like = ent.label_ == "PERSON" or (
            2 <= len(ent) <= 4
            and all(t.text[:1].isupper() and t.is_alpha for t in ent)
            and not any(t.lower_ in suffixes for t in ent)
        )
        if not name_like:
            break
        listed.append((ent.start, ent.end, False))
    org = next((e for e in doc[sent.start : first].ents if e.label_ == "ORG"), None)
    if org is None:
        # "the board": the board of the company reporting, else the story's company
        org = (
            reporting_org(sent) or lead_subject(doc) or previous_org(doc, sent.start, company=True)
        )
    if org is None:
        return []
    event: Event = "start" if m.group("start") else "end" if m.group("end") else "hold"
    return [seat(doc, sent, q, org, event, "board_list") for q in listed]


def seat(
    doc: Doc, sent: Span, person: tuple[int, int, bool], org: Span, event: Event, rule: str
) -> Candidate:
    """A seat on ``org``'s board for ``person``, taken, left or held in ``sent``."""
    return Candidate(
        **person_fields(doc, *person),
        role=None,
        **org_fields(org),
        event=event,
        rule=rule,
        sentence=sent,
        dates=sentence_dates(sent),
        role_label="Board Director",
    )


def _named_to_board(doc: Doc, p_start: int, tail: str) -> re.Match[str] | None:
    """ "Acme said it named Pennzoil Co chairman J. Hugh Liedtke to its board": the verb of
    the seat before the name (and the titles, organizations and names listed with it), the
    board after it (``tail``, as :func:`board_moves` writes it). Matched as "named to its
    board", the verb in group 1."""
    k = before_titles(doc, p_start)
    verb = doc[k].lower_ if k >= 0 and doc[k].pos_ == "VERB" else ""
    if verb not in words()["board_start_verbs"]:
        return None
    # "X, president of Widget Co, to its board": an appositive between
    rest = re.sub(r"^, [^,]{1,80}? , (?=to )", "", tail)
    return re.match(
        rf"^({re.escape(verb)}) to (?:the |its |their |(?:\S+ ){{1,4}}'s? )?(?:<name> ){{0,3}}"
        r"board\b",
        f"{verb} {rest}",
    )
