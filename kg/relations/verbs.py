"""Verb-centred candidates: "joined Alibaba", "founded Microsoft", "has left the firm"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kg.lexicon import is_government, is_party, words
from kg.places import is_place
from kg.relations.boards import board_list, board_moves, board_seats_parsed
from kg.relations.candidate import Candidate, Event, org_fields, person_fields, sentence_dates
from kg.relations.gaps import before_titles, classify_gap, person_spans
from kg.relations.orgs import affiliated_org, modified_org, passive_subject_org, previous_org
from kg.relations.spans import (
    conditional,
    conjuncts_after,
    coordinated_end,
    display_name,
    ent_at,
    gap_text,
    has_phrase,
    hedge_text,
    premodifies_noun,
    tail_tokens,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _dismissed_by_org(doc: Doc, start: int, end: int) -> bool:
    """ "Boeing sacked Mr Sears and Ms Druyun in November 2003": the person (or one of the
    people joined by "and") is the object of a verb of dismissal whose subject is an
    organization."""
    tok = doc[end - 1]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in words()["dismissal_verbs"]:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False  # "Boeing should have fired Mr Sears", "did not sack him"
    return any(c.dep_ == "nsubj" and c.ent_type_ == "ORG" for c in verb.children)


# "Kado, whose appointment takes effect from today, joined Nixdorf": a clause set off between a
# name and its verb
_WHOSE = r", whose [^,]{1,60} , "


def verb_candidates(doc: Doc, sent: Span) -> list[Candidate]:
    """Links made by a verb with no title: joined, left, founded, heads; departures."""
    lex = words()
    out: list[Candidate] = []
    people = person_spans(sent)
    heading = lex["heading_verbs"]
    # "heads", "has run", "runs": the verbs of leading (not "owns": an owner is not said so)
    leading = "|".join(
        re.escape(v) for v in sorted(heading, key=len, reverse=True) if heading[v] != "Owner"
    )
    # "in charge of", "at the helm of", "took the top job at": phrases of leading
    phrasal: dict[str, str] = lex["leading_phrases"]
    phrases = "|".join(re.escape(v) for v in sorted(phrasal, key=len, reverse=True))
    for p_start, p_end, pronoun in people:
        begin = coordinated_end(doc, p_end, people)
        # "X, chairman of Phibro Energy, a subsidiary of Salomon, has left the company"
        begin = _appositive_end(doc, begin, sent.end) or begin
        tail = tail_tokens(doc, begin, sent.end)
        text = " ".join(t.lower_ for t in tail)
        m = re.match(
            # "Kado, whose appointment takes effect from today, joined Nixdorf in 1984"
            r"^(?:, \d{2} (?:, (?!who))?)?(?:" + _WHOSE + ")?"
            r"(?:, who |, (?=in charge of|at the helm of))?"
            r"(?:has |had |have |will |only |recently |subsequently |then |also |later "
            r"|previously |formerly |once |currently |now |still )*"
            r"(joined|left|quit|resigned from|stepped down from|departed|founded|"
            rf"co ?- ?founded|set up|established|{leading}|(?:(?:is|was|been) )?(?:{phrases})|"
            # "He was previously with Northrop Corp": a past employer, no title given
            r"(?:was|had been) (?:previously |formerly |earlier |once )?with)"
            r" (?:the |a )?",
            text,
        )
        if m is None:
            # "its chairman, Charles Speir, resigned": a name set off after its title
            set_off = "|, " if p_start > 0 and doc[p_start - 1].text == "," else ""
            m_end = re.match(
                rf"^(?:, \d{{2}} )?(?:, who |, (?=has |had |have |will ){set_off})?"
                # "Donald Carty and four senior vice-presidents resigned last week"
                r"(?:and (?:\d+|two|three|four|five|six|seven|several|other|some) "
                r"(?:[a-z-]+ ){0,4}?"
                r"(?:presidents|directors|executives|officers|officials|managers) )?"
                r"(?:has |had |have |only |also |subsequently |then |will |is to |plans to "
                r"|(?:is|are) (?:due|set) to )*"
                r"(left|quit|resigned|stepped down|departed|retired|retires|retire|resigns|leaves|"
                r"died|dies|"
                r"leave|(?:is|are) (?:leaving|retiring|quitting|stepping down)|"
                r"steps down|step down|(?:was|were|has been|had been|have been) "
                r"(?:sacked|fired|ousted|dismissed|relieved of|removed|terminated))\b",
                text,
            )
            if (
                m_end
                and text[m_end.end() :].startswith(" as ")
                # "has been removed as an officer and terminated as an employee": every title
                and not re.match(r" as an (?:officer|employee|executive)\b", text[m_end.end() :])
            ):
                m_end = None  # "will step down as chief executive officer": that title only
            if m_end and m_end.group(1).startswith(("is ", "are ")):
                # "is leaving Unilever to become chairman of Reuters": one company left, read
                # elsewhere; "is leaving the company", "is retiring in June": every title
                k = len(m_end.group(0).split())
                nxt = tail[k] if k < len(tail) else None
                if nxt is not None and (nxt.ent_type_ in ("ORG", "PERSON") or nxt.lower_ == "to"):
                    m_end = None
            leaving = None if m_end or pronoun else _subject_of_leaving(doc, p_end)
            if (m_end or _dismissed_by_org(doc, p_start, p_end) or leaving) and not has_phrase(
                "speculation_cues", hedge_text(sent)
            ):
                bare = _bare(doc, sent, p_start, p_end, pronoun, "end", "verb_end_bare")
                if leaving is not None:
                    # "Greenspan - who became chairman in June 2004 - will step down in
                    # January": the date of leaving is after the verb
                    dates = [d for d in bare.dates if d.start > leaving.i]
                    bare = replace(
                        bare,
                        dates=dates,
                        future=any(c.lower_ == "will" for c in leaving.children),
                    )
                # "will retire on December 31", "is due to retire in June", "is leaving in May":
                # the date to come
                future = m_end is not None and bool(
                    re.search(r"\b(?:will|is to|plans to|due to|set to)\b", text[: m_end.start(1)])
                    or m_end.group(1).startswith(("is ", "are "))
                )
                out.append(replace(bare, future=future))
            continue
        verb = m.group(1).replace(" - ", "-")  # "co - founded": the tokens of "co-founded"
        phrase = next((p for p in phrasal if verb.endswith(p)), None)
        if phrase is not None:
            verb = phrase
        k = len(m.group(0).split())
        obj = tail[k] if k < len(tail) else None
        # "who runs advertising giant WPP": lower-case words saying what kind of company
        kind = k
        while (
            kind < len(tail)
            and kind - k < 5
            # "who founded low-cost airline Skyvale"
            and (tail[kind].is_lower or (tail[kind].text == "-" and kind > k))
            and not tail[kind].ent_type_
        ):
            kind += 1
        # "founded another company called Information Appliance": the kind, then the name
        kind_noun = (
            kind - 2 if kind - 2 >= k and tail[kind - 1].lower_ in ("called", "named") else kind - 1
        )
        if (
            kind > k
            and kind < len(tail)
            and tail[kind_noun].lower_ in words()["org_type_nouns"]
            and tail[kind].ent_type_ == "ORG"
            and tail[kind].ent_iob_ == "B"
        ):
            obj = tail[kind]
        org: Span | None = None
        antecedent = False
        board = False
        if (
            obj is not None
            and obj.lower_ == "board"
            and verb in heading
            and doc[obj.i + 1 : obj.i + 2].text == "of"
            and obj.i + 2 < sent.end
        ):
            obj = doc[obj.i + 2]  # "who chairs the board of Barclays": the board's chairman
            board = True
        if obj is not None and obj.ent_type_ in ("ORG", "PERSON") and obj.ent_iob_ == "B":
            org = ent_at(doc, obj.i)
            if org is not None and premodifies_noun(doc, org):
                org = None  # "who heads the Shell pension fund": not Shell itself
        elif obj is not None and (
            obj.lower_ in ("company", "firm", "group", "bank", "business", "job")
            # "who co-founded the airline in 1996": the kind of company the story is about
            or (
                doc[obj.i - 1].lower_ == "the"
                and obj.lower_ in words()["org_type_nouns"]
                and obj.lower_ not in words()["overseer_nouns"]
            )
        ):
            # "X, chairman of Phibro Energy, a subsidiary of Salomon, has left the company":
            # the company of the title set off after the name
            org = _titled_org_between(doc, p_end, obj.i) or previous_org(doc, obj.i, company=True)
            antecedent = True
        # "will head the company's European operations", "runs its retail arm": a unit of
        # the company referred to
        last = m.group(1).split()[-1]
        verb_tok = next((t for t in tail[:k] if t.lower_ == last), None)
        unit_obj = (
            next((c for c in verb_tok.children if c.dep_ == "dobj"), None)
            if verb_tok is not None and verb in heading
            else None
        )
        unit = _unit_of_reference(doc, verb_tok, unit_obj) if verb_tok and unit_obj else None
        if unit is not None:
            org = None
        if (
            org is None
            and unit is None
            and verb not in ("left", "quit", "departed", "resigned from")
        ):
            continue
        # "resigned from the board": the titles on the board end, not every one he holds
        from_board = org is None and obj is not None and obj.lower_ == "board" and not board
        if org is None and obj is not None and obj.pos_ == "PROPN" and obj.text[:1].isupper():
            continue  # "left Barclays" with the name untagged: not every title ends
        if verb in ("left", "quit", "departed", "resigned from", "stepped down from"):
            event: Event = "end"
            role_label = "Board Director" if from_board else None
            rule = "verb_leave"
        elif verb == "joined":
            event, role_label, rule = "start", None, "verb_join"
        elif verb.endswith(" with"):
            event, role_label, rule = "hold", None, "verb_was_with"
        elif verb in ("founded", "co-founded", "set up", "established"):
            event, role_label, rule = "start", "Founder", "verb_found"
        else:
            event, role_label, rule = "hold", heading.get(verb, "Head"), "verb_head"
            if re.search(r"\bwill\b", m.group(0)):
                event = "start"  # "will head the company's European operations"
            if phrase is not None:
                role_label = phrasal[phrase]
                event = "start" if phrase.startswith("took") else "hold"
            if board and role_label in ("Head", "Chairman"):
                role_label = "Chairman"
        # in a relative clause, the words up to the verb's object: "Wren, who co-founded the
        # airline in 1996, said he wanted to spend more time with his family" hedges nothing
        # of the founding
        upto = doc[sent.start : obj.i + 1] if obj is not None and ", who " in m.group(0) else sent
        if event != "hold" and has_phrase("speculation_cues", hedge_text(upto)):
            continue
        dates = sentence_dates(sent)
        if (whose := re.match(r"(?:, \d{2} )?" + _WHOSE, text)) is not None:
            # "whose appointment takes effect from today": a date of the clause, not the verb's
            verb_at = tail[len(whose.group(0).split())].i
            dates = [d for d in dates if not p_end <= d.start < verb_at]
        fields = unit or {
            "org_text": org.text if org is not None else None,
            "org_parent": org._.kg_parent if org is not None else None,
            "org_offset": org.start_char if org is not None else None,
            "org_antecedent": antecedent,
        }
        out.append(
            Candidate(
                **person_fields(doc, p_start, p_end, pronoun),
                role=None,
                former=rule == "verb_was_with",
                **fields,
                future=bool(re.search(r"\bwill\b", m.group(0))),
                event=event,
                rule=rule,
                sentence=sent,
                dates=dates,
                role_label=role_label,
            )
        )
    out.extend(_founded_by(doc, sent))
    out.extend(_founded_relative(doc, sent))
    out.extend(_headed_by(doc, sent))
    out.extend(_infinitive_moves(doc, sent))
    out.extend(board_moves(doc, sent, people))
    out.extend(board_seats_parsed(doc, sent, people))
    out.extend(board_list(doc, sent, people))
    out.extend(_office_taken(doc, sent, people))
    out.extend(_affiliations(doc, sent, people))
    # "Mr Demel, a car industry veteran, took the helm in November 2003": the start of the
    # title the document gives him
    for p_start, p_end, pronoun in people:
        rest = " ".join(t.lower_ for t in tail_tokens(doc, p_end, sent.end))
        helm = "|".join(re.escape(v) for v in lex["helm_phrases"])
        if re.match(rf"^(?:, [^,]{{3,60}} , )?(?:has |had |then |later )*(?:{helm})\b", rest):
            out.append(_bare(doc, sent, p_start, p_end, pronoun, "start", "took_helm"))
    # "the departure of Tang Xing", "Mr Howard's resignation"
    for p_start, p_end, pronoun in people:
        # "the retirement of [Utah International chairman and chief executive] Bud Wilson"
        titled = before_titles(doc, p_start) + 1
        q = (
            titled
            if doc[titled:p_start].ents and doc[titled].ent_type_ in ("ROLE", "ORG")
            else p_start
        )
        if q > sent.start and q < p_start and doc[q - 1].lower_ in words()["org_type_nouns"]:
            q -= 1  # "the death of company founder Heinz Nixdorf"
        before = " ".join(t.lower_ for t in doc[max(sent.start, q - 3) : q])
        after = " ".join(t.lower_ for t in doc[p_end : min(sent.end, p_end + 2)])
        nouns = "|".join(lex["end_nouns"])
        name = doc[p_end - 1]
        # "the death last month of Robert F. Gaines": a date between the noun and "of"
        of_noun = (
            name.dep_ == "pobj"
            and name.head.lower_ == "of"
            and name.head.head.lemma_.lower() in lex["end_nouns"]
        )
        if (
            re.search(rf"\b(?:{nouns}) of$", before)
            or re.match(rf"^'s? (?:{nouns})\b", after)
            or of_noun
        ):
            out.append(_bare(doc, sent, p_start, p_end, pronoun, "end", "noun_end"))
    return out


def _subject_of_leaving(doc: Doc, p_end: int) -> Token | None:
    """ "Martin Ardbo, managing director of AB Bofors, which is at the centre of an inquiry,
    has resigned": the name is the subject of a verb of leaving with no title after it, read
    from the parse when a clause stands between them."""
    name = doc[p_end - 1]
    if name.dep_ != "nsubj":
        return None
    verb = name.head
    # "leave" takes what is left, read by the patterns of leaving; "step" only with "down"
    # "its chairman, Raymond Delahunt, died yesterday": a death ends every post
    lemmas = (set(words()["leaving_lemmas"]) - {"leave", "step"}) | {"die"}
    if verb.lemma_ not in lemmas and not (
        verb.lemma_ == "step" and any(c.lower_ == "down" for c in verb.children)
    ):
        return None
    # "resigned as chairman", "will resign on May 1 as president": that title only, read by
    # the rules of titles; "resigned from the board", "from running its unit": that one only
    after = {t.lower_ for t in doc[verb.i + 1 : min(verb.i + 7, verb.sent.end)]}
    if after & {"as", "from"} or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def _bare(
    doc: Doc, sent: Span, p_start: int, p_end: int, pronoun: bool, event: Event, rule: str
) -> Candidate:
    return Candidate(
        **person_fields(doc, p_start, p_end, pronoun),
        role=None,
        org_text=None,
        org_parent=None,
        org_offset=None,
        org_antecedent=False,
        event=event,
        rule=rule,
        sentence=sent,
        dates=sentence_dates(sent),
        # "X will retire April 21": a date ahead of the report
        future=bool(re.search(r"\b(?:will|shall|is to|are to)\b", doc[p_end : p_end + 5].text)),
    )


def _founding_verb(tok: Token) -> bool:
    """ "founded", "co-founded", "established", "set up" (not "set" alone)."""
    if tok.lower_ not in words()["founding_verbs"]:
        return False
    return tok.lower_ != "set" or any(c.lower_ == "up" for c in tok.children)


def _founded_by(doc: Doc, sent: Span) -> list[Candidate]:
    """ "AT&T, which was founded in 1875 by Alexander Graham Bell", "It was founded by their
    father, Dhiru Bhai Ambani": the founder of the subject organization."""
    out: list[Candidate] = []
    for tok in sent:
        if not _founding_verb(tok) or tok.pos_ != "VERB":
            continue
        # "was co-founded": the model's tokens "co", "-", "founded", the first the verb
        split = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co"
        verb = doc[tok.i - 2] if split else tok
        if verb.dep_ == "acl":
            org = modified_org(doc, verb.head)  # "Solidere, the company founded by X"
        elif any(c.dep_ == "auxpass" for c in verb.children):
            org = passive_subject_org(doc, sent, verb, any_name=True)
        else:
            continue
        if org is None:
            continue
        by = next((t for t in doc[tok.i + 1 : min(sent.end, tok.i + 7)] if t.lower_ == "by"), None)
        if by is None:
            continue
        # "founded by London-based ex-travel agent Naresh Goyal": a description may come first
        person = next(
            (e for e in sent.ents if e.label_ == "PERSON" and by.i < e.start <= by.i + 10),
            None,
        )
        if person is None:
            continue
        gap = gap_text(doc, by.i + 1, person.start)
        # "set up by Stanford University students David Filo and Jerry Yang", "founded by
        # Microsoft co-founder Paul Allen": a description of the founders may name where they
        # come from
        described = re.fullmatch(r"(?:the )?<org>(?: 's)?(?: [a-z-]+)+", gap)
        # "co-founded in 1999 by two Cambridge University graduates, Priya Nair and Owen
        # Lusk": a description, then the names set off after it
        set_off = re.fullmatch(r"(?:(?:[a-z-]+|<org>) )+,", gap)
        if not set_off and (("<org>" in gap and not described) or re.search(r"[,;]|\band\b", gap)):
            continue
        if person.start > by.i + 1 and doc[person.start - 1].pos_ == "ADP":
            continue  # "founded by its late namesake in Kent": a place the model took for a name
        # "founded by Larry Page and Sergey Brin": each of the names listed
        spans = [(e.start, e.end, False) for e in sent.ents if e.label_ == "PERSON"]
        founders = [(person.start, person.end, False), *conjuncts_after(doc, person.end, spans)]
        dates = sentence_dates(sent)
        out += [_founder(doc, f, org, "verb_founded_by", sent, dates) for f in founders]
    return out


def _founder(
    doc: Doc,
    person: tuple[int, int, bool],
    org: Span,
    rule: str,
    sent: Span,
    dates: list[Span],
) -> Candidate:
    """A founder's candidate: the title starts with the founding."""
    return Candidate(
        **person_fields(doc, *person),
        role=None,
        **org_fields(org),
        event="start",
        rule=rule,
        sentence=sent,
        dates=dates,
        role_label="Founder",
    )


def _founded_relative(doc: Doc, sent: Span) -> list[Candidate]:
    """ "Roc-A-Fella, which he founded with Damon Dash in 1995", "Acme, the company she set up
    in 1990": a founding verb in a relative clause on an organization, whose subject is a
    person or "he"/"she" (read from the parse); the clause's own date is the start."""
    out: list[Candidate] = []
    for tok in sent:
        if not _founding_verb(tok) or tok.dep_ != "relcl":
            continue
        # the clause's object is the organization itself ("which", "that") or left out
        if any(c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        # a name founded is a company's, however the model tagged it ("a product", "a work")
        org = modified_org(doc, tok.head)
        if subj is None or org is None:
            continue
        # the subject, and a partner named ("which he founded with Damon Dash")
        heads = [subj.i] + [
            obj.i
            for prep in tok.children
            if prep.lower_ == "with"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        people = person_spans(sent)
        founders = [p for p in people if any(p[0] <= i < p[1] for i in heads)]
        pronoun = next((p for p in founders if p[2] and p[0] == subj.i), None)
        if pronoun is not None:
            # "Jay Corran will run Rokafel, which he founded": "he" is the main clause's
            # subject; one the model did not take for a person leaves "he" unknown
            main = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            named = [p for p in people if main is not None and p[0] <= main.i < p[1]]
            founders.remove(pronoun)
            if named:
                founders.insert(0, named[0])
            elif main is None or main.pos_ != "PROPN":
                founders.insert(0, pronoun)
        clause = range(tok.left_edge.i, tok.right_edge.i + 1)
        dates = [d for d in sentence_dates(sent) if d.start in clause]
        out += [_founder(doc, f, org, "verb_founded_relative", sent, dates) for f in founders]
    return out


def _headed_by(doc: Doc, sent: Span) -> list[Candidate]:
    """ "Trenton Bank, headed by Oscar Little", "Dalby Foods, which is run by Megan Price", "the
    firm is now chaired by X": a passive verb of leading whose agent is a person and whose
    subject, or the noun it modifies, is an organization (read from the parse)."""
    verbs: dict[str, str] = words()["headed_by_verbs"]
    out: list[Candidate] = []
    if has_phrase("speculation_cues", hedge_text(sent)):
        return out
    for tok in sent:
        label = verbs.get(tok.lower_)
        if label is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        if tok.dep_ == "acl":
            org = modified_org(doc, tok.head)
        elif any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children
        ):
            # not "It was led by X": a delegation or a campaign as often as a company
            org = passive_subject_org(doc, sent, tok)
        else:
            continue
        if org is None or org.label_ != "ORG" or is_government(org.text) or is_party(org.text):
            continue
        objects = [c for c in agent.children if c.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        for obj in objects:
            person = next((e for e in sent.ents if e.start <= obj.i < e.end), None)
            if person is None or person.label_ != "PERSON":
                continue
            if person.start > 0 and doc[person.start - 1].ent_type_ == "ROLE":
                continue  # "led by chief executive John Varley": the title says what he is
            out.append(
                Candidate(
                    **person_fields(doc, person.start, person.end, False),
                    role=None,
                    **org_fields(org),
                    event="hold",
                    rule="verb_headed_by",
                    sentence=sent,
                    dates=sentence_dates(sent),
                    role_label=label,
                )
            )
    return out


def _infinitive_moves(doc: Doc, sent: Span) -> list[Candidate]:
    """ "X left Barclays to join HSBC", "X went on to run Tesco", "X quit ... to found Y": an
    infinitive of joining or leading whose subject is the person the governing verb has for
    its subject (read from the parse; verbs in the lexicon)."""
    moves: dict[str, str] = words()["infinitive_moves"]
    out: list[Candidate] = []
    if has_phrase("speculation_cues", hedge_text(sent)) or conditional(sent):
        return out
    for tok in sent:
        if tok.lower_ not in moves or tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "advcl"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        governor = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        # "Redline has hired Mark Bell to head its European operations": the one hired
        hired = (
            governor is not None
            and governor.ent_type_ == "PERSON"
            and tok.head.lower_ in words()["start_verbs"]
        )
        org = ent_at(doc, obj.left_edge.i)
        if org is None or org.label_ != "ORG" or not org.start <= obj.i < org.end:
            unit = _unit_of_reference(doc, tok.head, obj) if hired and moves[tok.lower_] else None
            if unit is None:
                continue
            fields = unit
        else:
            fields = org_fields(org)
        if governor is not None and governor.ent_type_ != "ORG" and not hired:
            continue  # "urged savers to join HSBC": the object joins, not the subject
        head = tok.head
        while head.dep_ in ("xcomp", "advcl", "conj") and head.head.i != head.i:
            head = head.head
        subj = (
            governor
            if hired
            else next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        )
        person = next(
            (e for e in sent.ents if subj is not None and e.start <= subj.i < e.end), None
        )
        if person is None or person.label_ != "PERSON":
            continue
        label = moves[tok.lower_]
        out.append(
            Candidate(
                **person_fields(doc, person.start, person.end, False),
                role=None,
                **fields,
                event="start" if not label or label == "Founder" or hired else "hold",
                rule="verb_join" if not label else "verb_head",
                sentence=sent,
                dates=sentence_dates(sent),
                role_label=label or None,
            )
        )
    return out


def _unit_of_reference(doc: Doc, verb: Token, obj: Token) -> dict[str, Any] | None:
    """ "hired X to head its European operations", "will head the company's European
    operations": the unit ("<owner>'s European operations") of the company referred to, as a
    candidate's organization fields."""
    if obj.lower_ not in words()["unit_nouns"]:
        return None
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    referring = poss.lower_ in ("its", "their") or (
        poss.lower_ in ("company", "group", "firm", "corporation")
        and any(c.lower_ == "the" for c in poss.children)
    )
    if not referring:
        return None
    first = poss.right_edge.i + 1
    while first < obj.i and doc[first].text in ("'s", "'"):
        first += 1
    if obj.i - first > 4 or any(t.ent_type_ == "ORG" for t in doc[first : obj.i]):
        return None
    owner = previous_org(doc, verb.i, company=True)
    if owner is None:
        return None
    return {
        "org_text": f"{display_name(owner.text)}'s {doc[first : obj.i + 1].text}",
        "org_parent": owner.text,
        "org_offset": owner.start_char,
        "org_antecedent": True,
    }


def _office_taken(doc: Doc, sent: Span, people: list[tuple[int, int, bool]]) -> list[Candidate]:
    """ "Since taking over the chairmanship in 1986, he has ...", "X assumed the presidency of
    Y": an office named by its noun, taken by the clause's subject."""
    offices: dict[str, str] = words()["office_nouns"]
    out: list[Candidate] = []
    for tok in sent:
        label = offices.get(tok.lower_)
        if label is None:
            continue
        before = " ".join(t.lower_ for t in doc[max(sent.start, tok.i - 4) : tok.i]) + " "
        if not re.search(
            r"\b(?:took|take|takes|taking|taken|assumed|assume|assuming) (?:over )?"
            r"(?:the |its |his |her )?$",
            before,
        ):
            continue
        holder = None
        left = [p for p in people if p[1] <= tok.i - 2]
        subj = [p for p in people if doc[p[0]].dep_ in ("nsubj", "nsubjpass")]
        if left and classify_gap(gap_text(doc, left[-1][1], tok.i - 2)) is not None:
            holder = left[-1]
        elif subj and doc[sent.start].lower_ in ("since", "after", "on", "before", "when"):
            holder = next((p for p in subj if p[0] > tok.i), None)
        if holder is None:
            continue
        org = None
        if doc[tok.i + 1 : tok.i + 2].text.lower() == "of":
            org = ent_at(doc, tok.i + 2)
        out.append(
            Candidate(
                **person_fields(doc, holder[0], holder[1], holder[2]),
                role=None,
                org_text=org.text if org is not None and org.label_ == "ORG" else None,
                org_parent=org._.kg_parent if org is not None else None,
                org_offset=org.start_char if org is not None else None,
                org_antecedent=False,
                event="start",
                rule="office_taken",
                sentence=sent,
                dates=sentence_dates(sent),
                role_label=label,
            )
        )
    return out


def _appositive_end(doc: Doc, start: int, end: int) -> int | None:
    """The token after titles set off after a name, when a verb follows them ("X, chairman of
    Phibro Energy, a subsidiary of Salomon Inc, has left"): no verb of their own between the
    commas."""
    if start >= end or doc[start].text != ",":
        return None
    titled = False
    for i in range(start + 1, min(end - 1, start + 30)):
        tok = doc[i]
        titled = titled or tok.ent_type_ == "ROLE"
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG"):
            return None
        if tok.text == "," and titled and doc[i + 1].pos_ in ("AUX", "VERB", "ADV"):
            return i + 1
    return None


def _titled_org_between(doc: Doc, start: int, end: int) -> Span | None:
    """The first organization between tokens ``start`` and ``end`` that a title is held at
    ("chairman of Phibro Energy")."""
    for ent in doc[start:end].ents:
        if (
            ent.label_ == "ORG"
            and ent.start >= 2
            and doc[ent.start - 1].lower_ in ("of", "at")
            and doc[ent.start - 2].ent_type_ == "ROLE"
        ):
            return ent
    return None


def _affiliations(doc: Doc, sent: Span, people: list[tuple[int, int, bool]]) -> list[Candidate]:
    """ "said Paul Hofheinz of the Lisbon Council", "Emmanuel Ferry, from Exane BNP Paribas":
    a person named with the organization they speak for, with no title (a tenure whose role
    is not stated)."""
    out: list[Candidate] = []
    for p_start, p_end, pronoun in people:
        if pronoun:
            continue
        org = affiliated_org(doc, sent, p_end)
        if org is None or is_place(org.text):
            continue  # "Roy Tansley, from Derby": where he comes from
        before = doc[p_start - 1] if p_start > sent.start else None
        if (
            before is not None
            and before.is_lower
            and before.pos_ == "NOUN"
            and not before.ent_type_
        ):
            continue  # "captain Kort Schubert of the Cardiff Blues": a calling, not a post
        out.append(
            Candidate(
                **person_fields(doc, p_start, p_end, False),
                role=None,
                **org_fields(org),
                event="hold",
                rule="affiliation",
                sentence=sent,
                dates=sentence_dates(sent),
            )
        )
    return out
