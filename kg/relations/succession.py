"""Successions: "X will succeed Y as chief executive", "replacing Y", "Y's successor"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kg.lexicon import canonical_role, words
from kg.nlp import org_key
from kg.people import given_name_sex
from kg.relations.boards import seat
from kg.relations.candidate import Candidate, Event, org_fields, person_fields, sentence_dates
from kg.relations.orgs import coordinated_org_after, lead_subject, org_after, reporting_org
from kg.relations.spans import (
    conj_root,
    ent_at,
    ent_ending_at,
    gap_text,
    label_of,
    phrase_pattern,
    token_at,
)
from kg.relations.speakers import title_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def object_verb_event(role: Span) -> Event | None:
    """ "start" or "end" when the title is the object of a verb of appointing or of removal
    ("sacked its chief executive, X", "appointed a new chairman, X"), else None."""
    tok = conj_root(role)  # "replace director and acting chairman X": each title listed
    if tok.dep_ != "dobj":
        return None
    verb = tok.head.lower_
    if (
        phrase_pattern("end_verbs").fullmatch(verb)
        or tok.head.lemma_ in words()["succession_verbs"]
    ):
        return "end"  # "replacing previous chairman X": the one replaced leaves
    if phrase_pattern("start_verbs").fullmatch(verb):
        return "start"
    return None


def replaced_titles(found: list[Candidate]) -> list[Candidate]:
    """ "elected X chairman, president and CEO to replace director and acting chairman Y": the
    one replaced leaves the titles the successor takes and keeps the others, when some of
    them are the successor's."""

    def label(c: Candidate) -> str | None:
        role = canonical_role(c.role.text) if c.role is not None else None
        return role.label if role is not None else None

    taken = {label(c) for c in found if c.event == "start"} - {None}
    replaced = [
        i
        for i, c in enumerate(found)
        if c.event == "end"
        and c.role is not None
        and object_verb_event(c.role) == "end"
        and conj_root(c.role).head.lemma_ in words()["succession_verbs"]
    ]
    out = list(found)
    for person in {found[i].person_start for i in replaced}:
        # the titles given the person here, however the parse listed them
        mine = [
            i
            for i, c in enumerate(found)
            if c.person_start == person and c.role is not None and c.event in ("end", "hold")
        ]
        if any(label(found[i]) in taken for i in mine):
            for i in mine:
                event: Event = "end" if label(found[i]) in taken else "hold"
                out[i] = replace(found[i], event=event)
    return out


def replacements(doc: Doc, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """ "X has replaced Y as chief executive", "X will succeed Y as president": Y leaves."""
    out: list[Candidate] = []
    for cand in found:
        before = doc.text[max(cand.sentence.start_char, cand.person_start - 24) : cand.person_start]
        if (
            cand.role is not None
            and cand.event == "hold"
            and not cand.pronoun
            and re.search(r"\b(?:replac\w*|succeed\w*) $", before.lower())
            and re.fullmatch(
                r"\s*as\b[^,;.]*",
                doc.text[cand.person_start + len(cand.person_text) : cand.role.start_char],
            )
        ):
            # "will succeed Rooney as chairman and chief executive of Young": read as "Rooney
            # as", each title is his, and he leaves it
            future = cand.future or bool(re.search(r"\b(?:will|to) \w+ $", before.lower()))
            out.append(replace(cand, event="end", rule="replaced_by", future=future))
            continue
        if cand.role is None or cand.event != "start":
            continue
        for ent in sent.ents:
            if ent.label_ != "PERSON" or not (
                cand.person_start < ent.start_char < cand.role.start_char
            ):
                continue
            gap_before = doc.text[cand.person_start : ent.start_char].lower()
            gap_after = gap_text(doc, ent.end, cand.role.start)
            if re.search(r"\b(replac\w*|succeed\w*|oust\w*)\s*$", gap_before) and gap_after == "as":
                out.append(_leaving(doc, ent, cand, "replaced_by", sent, cand.dates, cand.future))
    return out


def handed_over(doc: Doc, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """ "Kessler will relinquish the post of chief executive to president Donna Reyes on July
    1", "will hand over the post of chief executive to Alan Myers": the titles the verb's object
    names leave their holder and pass to the one after "to" (not yet "the chairmanship", which
    is no title to the model)."""
    out = list(found)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words()["handing_over_lemmas"]:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        # "to" hangs on the verb or, as often in the parse, on its object ("the post ... to")
        to = next(
            (
                c
                for c in [*verb.children, *obj.children]
                if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > obj.i
            ),
            None,
        )
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        taker = _person_at(doc, pobj)
        if taker is None:
            continue
        given = {t.i for t in obj.subtree if t.i < taker.start}
        for i, cand in enumerate(found):
            if cand.role is None or cand.role.root.i not in given or cand.event == "start":
                continue
            out[i] = replace(cand, event="end")
            out.append(
                Candidate(
                    **person_fields(doc, taker.start, taker.end, taker.label_ != "PERSON"),
                    **title_of(cand),
                    event="start",
                    rule="handed_over",
                    sentence=sent,
                    future=cand.future or any(c.lower_ in ("will", "shall") for c in verb.children),
                    dates=sentence_dates(sent),
                )
            )
    return out


def succession(
    doc: Doc, sent: Span, found: list[Candidate], earlier: list[Candidate]
) -> list[Candidate]:
    """ "X, 54, president, will succeed Y as chief executive on April 30", "the board elected X
    as chief executive to succeed Y": X takes the title, Y leaves it (read from the parse, so
    an appositive between X and the verb does not matter)."""
    out: list[Candidate] = []
    for verb in sent:
        taking_over = _taking_over_from(verb)
        if verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in words()["succession_verbs"] and taking_over is None
        ):
            continue
        upper = verb.head if verb.dep_ in ("xcomp", "advcl", "relcl") else None
        own = _as_role(doc, verb)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if (
            own is not None
            and obj is not None
            and any(e.label_ == "PERSON" and obj.i < e.start < own.start for e in sent.ents)
        ):
            own = None  # "succeeding B, and C as president": the title is C's
        role = own or (_as_role(doc, upper) if upper is not None else None)
        just_before = ent_ending_at(doc, verb.i - 1) if doc[verb.i - 1].text == "," else None
        given_to: Span | None = None
        if (
            verb.tag_ == "VBG"
            and taking_over is None
            and own is None
            and just_before is not None
            and just_before.label_ == "ROLE"
            and (
                (
                    role is not None
                    and just_before != role
                    and not _title_chain(doc, role, just_before)  # "chairman and CEO, succeeding"
                )
                or verb.dep_ == "conj"
            )
        ):
            # "elected A as chairman, succeeding B, and C as president, succeeding D": the
            # title just before the verb, and the name given it
            role = just_before
            taker = next((c for c in found if c.role == role and not c.pronoun), None)
            if taker is not None:
                p = token_at(doc, taker.person_start)
                given_to = next((e for e in sent.ents if e.start == p), None)
        if role is None and taking_over is not None:
            role = _title_taken(doc, verb)  # "taking over the title of president from X"
        if role is None and upper is not None and upper.lemma_.lower() in words()["naming_verbs"]:
            # "Evans has been elected president, succeeding Baker": the title named
            role = next(
                (_ent_of(doc, c) for c in upper.children if c.dep_ in ("oprd", "attr")),
                None,
            )
        holder: Span | None = None
        if role is None and upper is not None and upper.ent_type_ == "ROLE":
            # "elected X as chief executive officer to succeed Y": the title the verb follows
            role = next((e for e in sent.ents if e.start <= upper.i < e.end), None)
            held = [c for c in found if c.role is not None and role is not None and c.role == role]
            if held and not held[0].pronoun:
                p = token_at(doc, held[0].person_start)
                holder = next((e for e in sent.ents if e.start == p), None)
        if role is None:
            out.extend(_succession_of_named(doc, sent, verb, earlier, found))
            continue
        pred = _person_at(
            doc, taking_over or next((c for c in verb.children if c.dep_ == "dobj"), None)
        )
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and upper is not None:
            subj = next((c for c in upper.children if c.dep_ == "dobj"), None) or next(
                (c for c in upper.children if c.dep_ in ("nsubjpass", "nsubj")), None
            )
        if subj is None and verb.dep_ == "csubj":
            # "Replacing Greeniaus as president of International Nabisco Brands is Peter
            # Rogers": the name the clause is said to be
            subj = next((c for c in verb.head.children if c.dep_ == "attr"), None)
        succ = given_to or _person_at(doc, subj) or holder
        if succ is None and verb.lemma_.lower() == "replace":
            # "it replaced O'Shaugnessy as president with Stephen Fischer": the one put in
            succ = _person_at(doc, _with_object(verb) or _with_object(role.root))
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if (
            subj is not None
            and agent is not None
            and pred is None
            and (subj.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children))
        ):
            # "Newitt is succeeded as president by William Anderson", "X will retire as
            # chairman, to be replaced by Y": the subject leaves
            by = next((c for c in agent.children if c.dep_ == "pobj"), None)
            pred, succ = succ, _person_at(doc, by)
        after = org_after(doc, role) or coordinated_org_after(doc, role)
        owned: tuple[str | None, str | None] = (None, None)
        if after is None and succ is not None:
            # "X has been named president of its Mainline Travel Inc subsidiary, replacing Y as
            # chief executive": the organization the successor's titles here are at
            given = next(
                (
                    c
                    for c in found
                    if c.person_start == succ.start_char
                    and c.event == "start"
                    and c.rule.endswith(("+role_of_org", "+owned_unit"))
                    and c.org_offset is not None
                ),
                None,
            )
            if given is not None and given.rule.endswith("+owned_unit"):
                owned = (given.org_text, given.org_parent)  # "president of its hosiery division"
            elif given is not None and given.org_offset is not None:
                unit = ent_at(doc, token_at(doc, given.org_offset))
                if unit is not None and unit.label_ == "ORG":
                    after = (unit, given.org_parent)
        org: Span | str | None = after[0] if after else owned[0] or reporting_org(sent)
        org_rule = (
            "role_of_org"
            if after
            else "owned_unit"
            if owned[0]
            else "reporting_org"
            if org is not None
            else "no_org"
        )
        held_by_pred = None if org is not None else _held_by(pred, role, earlier + found)
        if held_by_pred is not None:
            # "Gumbiner succeeds Bill Saxon as chairman": where Saxon was chairman
            org, org_rule = held_by_pred, "predecessor_org"
        future = any(c.lower_ in ("will", "shall") for c in verb.children) or (
            upper is not None
            and verb.dep_ in ("xcomp", "advcl")
            # "to succeed Y" is ahead; "replacing Y" has the tense of the verb it hangs on
            and (verb.tag_ != "VBG" or any(c.lower_ in ("will", "shall") for c in upper.children))
        )
        taken = {(c.person_start, c.role.start if c.role is not None else -1) for c in found}
        titles = [role] + [
            e
            for e in sent.ents
            if e.label_ == "ROLE"
            and e.start > role.start
            and _title_chain(doc, role, e)
            and not (e.end < len(doc) and doc[e.end].ent_type_ == "PERSON")  # "and senior VP X"
        ]
        if pred is not None and _own_title_said(doc, pred):
            pred = None  # "succeeding Robert Wiggins, who resigned as chairman": his own titles
        for (person, event, rule), title in (
            (x, t)
            for x in ((succ, "start", "succession"), (pred, "end", "replaced_by"))
            for t in titles
        ):
            role = title
            if person is None or (person.start_char, role.start) in taken:
                continue
            if event == "end" and _kept(sent, role):
                continue  # "succeeding John Wojcik, who remains as executive vice president"
            out.append(
                Candidate(
                    **person_fields(doc, person.start, person.end, person.label_ != "PERSON"),
                    role=role,
                    org_text=org if isinstance(org, str) or org is None else org.text,
                    org_parent=after[1] if after else owned[1],
                    org_offset=None if isinstance(org, str) or org is None else org.start_char,
                    org_antecedent=False,
                    event=event,  # type: ignore[arg-type]
                    rule=f"{rule}+{org_rule}",
                    sentence=sent,
                    future=future,
                    dates=sentence_dates(sent),
                )
            )
    return out


def conjoined_subject(
    doc: Doc, role: Span, people: list[tuple[int, int, bool]]
) -> tuple[tuple[int, int, bool], str, Event, bool, bool] | None:
    """ "Fox left Perry in January and was recently appointed president of Beauty Brands",
    "Smith resigned from IBM and became chief executive of Apple": the title given by a verb
    joined to another, whose subject is the person."""
    tok = role.root
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("as", "to"):
        verb = verb.head
    elif tok.dep_ not in ("attr", "oprd", "dobj"):
        return None
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    ending = lemma in words()["leaving_lemmas"]  # "... and resigned as chairman"
    # "who had been serving as president and remains chairman": a title kept
    staying = lemma in words()["staying_lemmas"]
    if lemma not in set(words()["naming_verbs"]) | {"become"} and not (ending or staying):
        return None
    head = verb.head
    # "decided not to stand for reappointment but will continue as a director": the subject
    # of the verb the first one completes
    while head.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in head.children):
        head = head.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and head.dep_ == "relcl":
        subj = head.head  # "Marvin Hart, who ... and remains chairman"
    if subj is None:
        return None
    person = next((p for p in people if p[0] <= subj.i < p[1] and not p[2]), None)
    if person is None:
        return None
    future = any(c.lower_ in ("will", "shall") for c in (*verb.children, *verb.head.children))
    if ending:
        return person, "verb_end", "end", future, False
    if staying:
        return person, "copula", "hold", False, False
    return person, "verb_start", "start", future, False


def _new_post(doc: Doc, role: Span | None) -> bool:
    """ "to the new position of chief executive officer", "the newly created post of": a title
    no one held before."""
    if role is None:
        return False
    before = doc[max(role.sent.start, role.start - 5) : role.start].text.lower()
    return bool(re.search(r"\bnew(?:ly[- ]created)? (?:post|position|office|title) of$", before))


def _own_title_said(doc: Doc, person: Span) -> bool:
    """Whether a relative clause after ``person`` says which title they leave ("Wiggins, who
    resigned as chairman", "Shad, who left after six years as chairman"); one they keep
    ("who will continue as chairman") says nothing of the title taken over."""
    i = person.end + (1 if doc[person.end : person.end + 1].text == "," else 0)
    if i >= person.sent.end or doc[i].lower_ != "who":
        return False
    leaving = False
    for tok in doc[i + 1 : person.sent.end]:
        if tok.text in (",", ";") or tok.lower_ in ("and", "but"):
            return False
        leaving = leaving or tok.lemma_.lower() in words()["leaving_lemmas"]
        if tok.lower_ == "as" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "ROLE":
            return leaving
    return False


def _title_held_before(doc: Doc, person: Span) -> Span | None:
    """ "Pagen, Pauley's chairman, who had also been serving as president": the title a "who
    had been" clause after the name (and its appositive) says the person held."""
    i = person.end + (doc[person.end : person.end + 1].text == ",")
    if i < person.sent.end and doc[i].lower_ != "who":
        while i < person.sent.end and doc[i].text != "," and i - person.end < 8:
            i += 1  # the appositive
        i += 1
    if i >= person.sent.end or doc[i].lower_ != "who":
        return None
    window = doc[i + 1 : min(person.sent.end, i + 8)]
    if not re.search(r"\bhad (?:\w+ )?been\b", window.text.lower()):
        return None
    after_as = (doc[t.i + 1] for t in window if t.lower_ == "as" and t.i + 1 < len(doc))
    return next((_ent_of(doc, t) for t in after_as if t.ent_type_ == "ROLE"), None)


def _taking_over_from(verb: Token) -> Token | None:
    """ "take over from X", "take over for X", "taking over the title of president from X":
    the predecessor's token, or None."""
    if verb.lemma_.lower() != "take" or not any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children
    ):
        return None
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "for"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ == "PERSON":
                    return obj
    return None


def _title_taken(doc: Doc, verb: Token) -> Span | None:
    """ "taking over the title of president": the title named as the verb's object."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.ent_type_ == "ROLE":
            return _ent_of(doc, obj)
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                title = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if title is not None and title.ent_type_ == "ROLE":
                    return _ent_of(doc, title)
    return None


def _held_by(person: Span | None, role: Span, cands: list[Candidate]) -> str | None:
    """The organization where ``person`` (or a mention of the same surname) held ``role``'s
    title, as stated earlier in the document, when it is one organization."""
    if person is None:
        return None
    label = label_of(role)
    surname = person.text.split()[-1]
    orgs = {
        c.org_text
        for c in cands
        if c.org_text
        and c.role is not None
        and label_of(c.role) == label
        and c.person_text.split()[-1:] == [surname]
    }
    return orgs.pop() if len(orgs) == 1 else None


def _kept(sent: Span, role: Span) -> bool:
    """ "succeeds X, who ... continues as chief executive officer", "succeeding John Wojcik,
    who remains as executive vice president": a title the one replaced keeps."""
    return bool(
        re.search(
            r"\b(?:continues?|remains?|retains?|stays?)\b[^.;]*\b" + re.escape(role.text.lower()),
            sent.text.lower(),
        )
    )


def _title_chain(doc: Doc, first: Span, other: Span) -> bool:
    """ "president and chief executive officer": titles joined by "and" or commas only."""
    gap = gap_text(doc, first.end, other.start)
    return bool(re.fullmatch(r"(?:(?:,|and|, and) [a-z -]*?)?(?:,|and|, and)", gap))


def _succession_of_named(
    doc: Doc, sent: Span, verb: Token, earlier: list[Candidate], found: list[Candidate]
) -> list[Candidate]:
    """ "It named David Black as chief executive officer. It said he will succeed William
    Wall" (or "take over from"): with no title after it, the verb hands over the title its
    subject was just given;
    "elected X director and president, succeeding Y": the last title given before it."""
    # "She takes over from Peter Quinn": the one taken over from
    pred = _person_at(
        doc, _taking_over_from(verb) or next((c for c in verb.children if c.dep_ == "dobj"), None)
    )
    subj = _person_at(doc, next((c for c in verb.children if c.dep_ == "nsubj"), None))
    event: Event = "end"
    # "named X president, replacing Y", "... to replace Y"
    infinitive = verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    if (
        subj is None
        and pred is not None
        and verb.dep_ in ("advcl", "xcomp")
        and (verb.tag_ == "VBG" or infinitive)
    ):
        given = [
            c
            for c in found
            if c.role is not None and c.event == "start" and c.role.end <= verb.i and not c.pronoun
        ]
        if given:
            # "named X chairman and chief executive officer, replacing Y": the titles given
            # together are Y's; not a seat on the board given with them ("elected X director
            # and president, succeeding Y")
            group = [
                c
                for c in given
                if c.person_start == given[-1].person_start and not _new_post(doc, c.role)
            ]
            handed = [
                c
                for c in group
                if c.role is not None
                and c.role.root.lower_ != "director"
                and not _kept(sent, c.role)
            ]
            return [
                _leaving(doc, pred, c, "replaced_by", sent, sentence_dates(sent))
                for c in (handed or given[-1:])
            ]
    if subj is None and pred is None and verb.dep_ in ("advcl", "xcomp") and infinitive:
        taken = _succeeding_one_who_left(doc, sent, verb, earlier + found)
        if taken:
            return taken
    # "he is being replaced by his son, Stewart Bainum Jr.": the successor takes his titles
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if (
        passive is None
        and agent is not None
        and (
            verb.dep_ in ("conj", "xcomp")
            or (verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children))
        )
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        # "X will retire as chairman on June 30 and will be succeeded by Y", "Ms X is to be
        # replaced by Y", "X will retire as chairman, to be replaced by Y": the subject of the
        # verb this one hangs on
        passive = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if passive is not None and agent is not None:
        # "chief executive John Smith will be replaced by Jane Doe": a title given before the
        # verb in this sentence counts too
        earlier = earlier + [c for c in found if c.role is not None and c.role.end <= verb.i]
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        pred, subj, event = _person_at(doc, by), _person_at(doc, passive), "start"
        owner = reporting_org(sent) or lead_subject(doc) if _left_board(verb) else None
        if pred is not None and owner is not None:
            # "X has resigned from its board and has been replaced by Y": the seat, not X's
            # titles
            return [seat(doc, sent, (pred.start, pred.end, False), owner, "start", "board_seat")]
    if pred is None or subj is None:
        return []
    if any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "board" for o in c.children)
        for c in verb.children
    ):
        # "On the board he replaces Maria A. Lipson": her seat, not the titles given before;
        # on the board of the company the successor's last title here is at
        if event != "end":
            return []
        prior = sent.start - 1
        titled = [
            e
            for e in earlier
            if e.org_text is not None and prior >= 0 and e.sentence.start >= doc[prior].sent.start
        ]
        owner = reporting_org(sent) or lead_subject(doc)
        org: dict[str, Any]
        if titled:
            org = {
                k: getattr(titled[-1], k)
                for k in ("org_text", "org_parent", "org_offset", "org_antecedent")
            }
        elif owner is not None:
            org = org_fields(owner)
        else:
            return []
        # "Colloredo-Mansfield will succeed Holmes on the board": the seat changes hands
        seats: list[tuple[Span, Event]] = [(pred, "end")]
        if subj.label_ == "PERSON":
            seats.append((subj, "start"))
        return [
            Candidate(
                **person_fields(doc, person.start, person.end, False),
                role=None,
                **org,
                event=seat_event,
                rule="board_seat",
                sentence=sent,
                future=seat_event == "start" and any(c.lower_ == "will" for c in verb.children),
                dates=sentence_dates(sent),
                role_label="Board Director",
            )
            for person, seat_event in seats
        ]
    floor = sent.start  # the titles given in this sentence or the two before it
    for _ in range(2):
        floor = doc[floor - 1].sent.start if floor > 0 else 0
    titles = [
        c
        for c in earlier
        if c.role is not None
        and c.sentence.start >= floor
        and (c.event != "end" or event == "start")
        and (subj.label_ != "PERSON" or subj.text.split()[-1] in c.person_text)
    ]
    if event == "start" and any(c.event != "start" for c in titles):
        # "its president, John Geiger, has been named chairman. Geiger will be succeeded by
        # John Desmond": the successor takes the post left, not the one just given
        titles = [c for c in titles if c.event != "start"]
    if (
        not titles
        and event == "start"
        and (subj.label_ == "PERSON" or subj.text.lower() in ("he", "she"))
    ):
        # "The chief executive of Pomeroy has resigned. Claire Moffat ... (three sentences
        # on) She will be succeeded by Tim Gable": the titles the one succeeded was last given
        sex = {"he": "m", "she": "f"}.get(subj.text.lower())
        given = [
            c
            for c in earlier
            if c.role is not None
            and not c.pronoun
            and (subj.label_ != "PERSON" or subj.text.split()[-1] in c.person_text)
            # "she" is not "Peter Quinn"
            and (sex is None or given_name_sex(c.person_text.split()[0]) in (None, sex))
        ]
        if given:
            titles = [c for c in given if c.person_start == given[-1].person_start]
    if titles and subj.label_ != "PERSON":
        # "appointed Mark Newgard president ... Newgard had been president of Edgington Oil
        # Co. He succeeds William Pagen": the last person named, by any of their names
        last = titles[-1].person_text.split()[-1:]
        titles = [c for c in titles if c.person_text.split()[-1:] == last]
    if not titles and event == "end" and subj.label_ == "PERSON":
        # "J. David Barnes has retired as chairman and chief executive officer ... Nathan
        # Pearson will succeed Barnes": the successor takes the titles the predecessor left
        # "Birckhead, president and chief executive officer of the company, will retire on
        # December 31": titles held in a sentence whose verb ends them all
        leaving = {
            (c.person_start, c.sentence.start)
            for c in earlier
            if c.role is None and c.event == "end"
        }
        left = [
            c
            for c in earlier
            if c.role is not None
            and c.sentence.start >= floor
            and not c.pronoun
            and pred.text.split()[-1] in c.person_text.split()
            and (
                c.event == "end"
                or (c.event == "hold" and (c.person_start, c.sentence.start) in leaving)
            )
        ]
        owner = reporting_org(sent) or lead_subject(doc) if _at_parent(verb) else None
        if owner is not None:
            # "Carpenter will succeed Birckhead at the holding company": not in its unit
            key = org_key(owner.text)
            left = [c for c in left if c.org_text and org_key(c.org_text) == key] or left
        return _titles_taken(doc, sent, subj, left, verb)
    if event == "end" and titles:
        # the successor's first title is the one handed over, with the titles given with it
        # ("elected Charles Scott as chairman and chief executive officer. He replaces Ronald
        # Grant": both); a title given here before one already held ("director Arnold
        # Johnson has been named president and chief executive officer. He succeeds Hoch")
        given = [c for c in titles if c.event == "start"]
        # not one taken long ago ("Rowe, who joined the company in 1984 as vice president,
        # has been named president. He replaces Karl Beck")
        given = [c for c in given if c.role is not None and not _in_relcl(c.role.root)] or given
        first = (given or titles)[0]
        titles = [first] + [
            c
            for c in titles[1:]
            if c.person_text == first.person_text
            and c.sentence.start == first.sentence.start
            and c.event != "end"
            and first.role is not None
            and c.role is not None
            and _title_chain(doc, first.role, c.role)
            and not _kept(sent, c.role)
        ]
        # "He succeeds William Pagen, Pauley's chairman, who had also been serving as
        # president": the title the clause names, of those given
        held = _title_held_before(doc, pred)
        if held is not None:
            titles = [c for c in titles if c.role and label_of(c.role) == label_of(held)] or titles
    return [
        Candidate(
            **person_fields(doc, pred.start, pred.end, False),
            **title_of(cand),
            event=event,
            rule="replaced_by" if event == "end" else "succession",
            sentence=sent,
            future=any(c.lower_ in ("will", "shall") for c in verb.children),
            dates=sentence_dates(sent),
        )
        for cand in titles
    ]


def _succeeding_one_who_left(
    doc: Doc, sent: Span, verb: Token, cands: list[Candidate]
) -> list[Candidate]:
    """ "Hart resigned as president and chief operating officer and executive vice president
    Sam Ross was elected to succeed him": the one named takes the titles the last person
    before him, in the sentence or the one before it, left ("has named Sam Ross to succeed
    him")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    upper = verb.head
    args = {c.dep_: c for c in upper.children}
    taker = _person_at(doc, args.get("dobj") or args.get("nsubjpass") or args.get("nsubj"))
    if obj is None or obj.lower_ not in ("him", "her") or taker is None or taker.label_ != "PERSON":
        return []
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    left = [
        c
        for c in cands
        if c.role is not None
        and c.event == "end"
        and not c.pronoun
        and c.person_start < taker.start_char
        and c.sentence.start >= floor
    ]
    last = left[-1].person_start if left else None
    return _titles_taken(doc, sent, taker, [c for c in left if c.person_start == last], upper)


def _titles_taken(
    doc: Doc, sent: Span, person: Span, left: list[Candidate], verb: Token
) -> list[Candidate]:
    """The titles ``left`` by a predecessor, taken by ``person`` (in the future when ``verb``
    has "will")."""
    return [
        Candidate(
            **person_fields(doc, person.start, person.end, False),
            **title_of(c),
            event="start",
            rule="succession",
            sentence=sent,
            future=any(a.lower_ in ("will", "shall") for a in verb.children),
            dates=sentence_dates(sent),
        )
        for c in left
    ]


def _in_relcl(tok: Token) -> bool:
    """Whether ``tok`` sits in a relative clause."""
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _left_board(verb: Token) -> bool:
    """Whether ``verb`` is joined to a verb of leaving the board ("resigned from its board and
    has been replaced by")."""
    return verb.dep_ == "conj" and any(
        p.lower_ in ("from", "on", "off") and any(o.lemma_.lower() == "board" for o in p.children)
        for p in verb.head.children
    )


def _at_parent(verb: Token) -> bool:
    """Whether the verb says where by "at the holding company" or "at the parent"."""
    return any(
        prep.lower_ == "at"
        and any(
            o.dep_ == "pobj"
            and o.lower_ in ("company", "parent", "corporation")
            and not o.ent_type_
            for o in prep.children
        )
        for prep in verb.children
    )


def _ent_of(doc: Doc, tok: Token) -> Span | None:
    """The title entity ``tok`` belongs to."""
    if tok.ent_type_ != "ROLE":
        return None
    return next((e for e in doc.ents if e.start <= tok.i < e.end), None)


def _as_role(doc: Doc, verb: Token) -> Span | None:
    """The title in "as chief executive officer" attached to ``verb``, or in "at the head of
    Renault" (a head's place, said of the one who holds it)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("as", "at"):
            for obj in prep.children:
                at_head = prep.lower_ == "as" or (
                    obj.lower_ == "head" and any(c.lower_ == "the" for c in obj.children)
                )
                if obj.dep_ == "pobj" and obj.ent_type_ == "ROLE" and at_head:
                    for ent in doc.ents:
                        if ent.start <= obj.i < ent.end:
                            return ent
    return None


def _person_at(doc: Doc, tok: Token | None) -> Span | None:
    """The person a token names: a PERSON entity holding it, its appositive ("its president,
    Dr James Renier"), or "he"/"she"."""
    if tok is None:
        return None
    if tok.lower_ in ("he", "she"):
        return doc[tok.i : tok.i + 1]
    for cand in [tok, *[c for c in tok.children if c.dep_ == "appos"]]:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.start <= cand.i < ent.end:
                return ent
    if tok.ent_type_ == "ROLE":
        # "succeeded ... by executive vice president and chief operating officer Bert
        # Zaccaria": the name the titles lead up to
        k = tok.i + 1
        while k < len(doc) and (doc[k].ent_type_ == "ROLE" or doc[k].lower_ in ("and", ",")):
            k += 1
        if k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
            return next((e for e in doc.ents if e.start == k), None)
    return None


def left_when(doc: Doc, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """ "Ron Doggett will assume the added post of chairman effective June One, when H.
    Hawkins Bradley retires": the one whose leaving the title waits for held it."""
    out: list[Candidate] = []
    for verb in sent:
        if (
            verb.dep_ not in ("advcl", "relcl")  # "effective June One, when X retires"
            or verb.lemma_.lower() not in words()["leaving_lemmas"]
            or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "upon")
                for c in verb.children
            )
            # "when he retires as chairman": a title of its own is read by the rules of titles
            or any(c.dep_ == "prep" for c in verb.children)
        ):
            continue
        leaver = _person_at(doc, next((c for c in verb.children if c.dep_ == "nsubj"), None))
        if leaver is None:
            continue
        taken = [
            c
            for c in found
            if c.event == "start"
            and c.role is not None
            and not c.pronoun
            and c.role.end <= verb.i
            and leaver.text.split()[-1] not in c.person_text.split()
        ]
        if not taken:
            continue
        last = taken[-1]
        out.append(
            _leaving(doc, leaver, last, "left_when", sent, sentence_dates(sent), last.future)
        )
    return out


def _leaving(
    doc: Doc,
    person: Span,
    title: Candidate,
    rule: str,
    sent: Span,
    dates: list[Span],
    future: bool = False,
) -> Candidate:
    """``person`` leaving the title and organization of ``title``."""
    return Candidate(
        **person_fields(doc, person.start, person.end, False),
        **title_of(title),
        event="end",
        rule=rule,
        sentence=sent,
        future=future,
        dates=dates,
    )


def _with_object(tok: Token) -> Token | None:
    """The object of a "with" that hangs on ``tok``."""
    with_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
