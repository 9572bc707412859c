"""Role-centred candidates: every title mention looks for its organization and its person."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon import canonical_role, plural_surfaces, words
from kg.nlp import is_title_line, org_key
from kg.relations.candidate import Candidate, Event, org_fields, person_fields, sentence_dates
from kg.relations.gaps import (
    after_person,
    new_title_after,
    parse_holder,
    person_for_role,
    person_spans,
)
from kg.relations.orgs import (
    affiliated_org,
    antecedent_word,
    company_spoke,
    coordinated_org_after,
    described_org,
    function_end,
    lead_subject,
    named_kind,
    org_after,
    org_before,
    org_in_gap,
    org_in_place,
    owned_unit,
    place_owner,
    political,
    previous_org,
    previous_reporter,
    reporting_org,
    responsibility,
    second_org_after,
    spoken_for,
    state_subject,
    subtree_org,
    unnamed_institution,
    where_org,
    whose_org,
)
from kg.relations.spans import (
    conjuncts_after,
    conjuncts_before,
    display_name,
    end_token,
    ent_ending_at,
    gap_text,
    in_phrase,
    label_of,
    listed_after,
    phrase_pattern,
    token_at,
)
from kg.relations.succession import (
    conjoined_subject,
    handed_over,
    left_when,
    object_verb_event,
    replaced_titles,
    replacements,
    succession,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _expand_role(doc: Doc, role: Span) -> tuple[int, bool, bool]:
    """Start of the role's modifiers ("former UK chief executive") and whether ended/announced."""
    lex = words()
    modifiers = set(lex["role_modifiers"]) | set(lex["ended_modifiers"])
    start = role.start
    while start > 0 and doc[start - 1].ent_type_ not in ("ORG", "PERSON", "GPE"):
        prev = doc[start - 1]
        joined = doc[max(0, start - 3) : start].text.replace(" ", "").lower()
        if start >= 3 and doc[start - 2].text == "-" and joined in modifiers:
            start -= 3  # "one-time", "long-time": a modifier cut in three tokens
            continue
        if start >= 2 and prev.text == "-" and doc[start - 2].lower_ + "-" in modifiers:
            start -= 2  # "co-head": the prefix and its hyphen, tokens of their own
            continue
        if start >= 2 and prev.tag_ == "VBN" and doc[start - 2].lower_ in ("newly", "recently"):
            start -= 2  # "Heinz's newly elected chairman" (not "was named chairman": a verb)
            continue
        compound = prev.is_lower and prev.pos_ == "NOUN" and prev.dep_ in ("compound", "nmod")
        # "political director": an adjective of the title itself; "its highly successful
        # boss", "its widely respected chief executive", "long-serving finance director": the
        # words that modify the title, up the parse
        adjective = (prev.is_lower or prev.text == "-") and _modifies(prev, role)
        if prev.lower_ not in modifiers and not compound and not adjective:
            break
        start -= 1
    ex = start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "ex"
    if ex and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2  # "founder and ex-chief executive": "ex" and "-" are tokens of their own
    mods = {doc[i].lower_ for i in range(start, role.start)}
    former = bool(mods & set(lex["ended_modifiers"])) or ex
    announced = bool(mods & set(lex["announced_modifiers"]))
    return start, former, announced


def _modifies(tok: Token, role: Span) -> bool:
    """Whether ``tok`` is an adjective, a participle, an adverb or a hyphen that modifies the
    title ``role`` (directly, or through the adjective it modifies)."""
    if not (
        (tok.dep_ == "amod" and tok.pos_ in ("ADJ", "VERB"))
        # "highly" of "highly successful"; not "formerly senior vice president"
        or (tok.dep_ in ("advmod", "npadvmod") and tok.pos_ == "ADV" and tok.head.dep_ == "amod")
        or (tok.dep_ == "punct" and tok.text == "-")
    ):
        return False
    head = tok.head
    for _ in range(3):
        if role.start <= head.i < role.end:
            return True
        # "mock elections project manager": through a noun that modifies the title too (not
        # an institution's: "central bank president")
        through = head.dep_ == "compound" and head.lower_ not in words()["org_type_nouns"]
        if (head.dep_ not in ("amod", "advmod") and not through) or head.head.i == head.i:
            return False
        head = head.head
    return False


def _leads_with(doc: Doc, org: Span) -> bool:
    """Whether the story's lead is about ``org`` (by the words of its name)."""
    lead = lead_subject(doc)
    return lead is not None and org_key(lead.text) == org_key(org.text)


def role_candidates(doc: Doc, sent: Span, earlier: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    roles = [e for e in sent.ents if e.label_ == "ROLE"]
    people = person_spans(sent) if roles else []
    prev_org: tuple[str, str | None, int] | None = None
    prev_role_end = -1
    former_end = -1  # where the last title said to be a former one ends
    for role in roles:
        start, former, announced = _expand_role(doc, role)
        if not former and former_end >= 0 and gap_text(doc, former_end, start) in ("and", ", and"):
            former = True  # "former chairman and chief executive officer Thomas Wyman": both
        former_end = role.end if former else -1
        if political(doc, role, start):
            continue
        ended = set(words()["ended_modifiers"])
        org_text: str | None = None
        parent: str | None = None
        org_offset: int | None = None
        antecedent = False
        org_rule = "no_org"
        # "its UK chief executive": the unit of the organization in that place
        place = ent_ending_at(doc, start) if start > 0 else None
        direct = org_after(doc, role)
        after = direct or coordinated_org_after(doc, role)
        if (
            place is not None
            and place.label_ in ("GPE", "NORP")
            and place_owner(doc, place) is None
            and after is not None
        ):
            # "UK economist at Royal Bank of Scotland", "chief US economist for Wells Fargo":
            # the title's scope, with the title's words before it
            start = place.start
            title_words = {"chief", *words()["role_modifiers"]}
            while start > 0 and doc[start - 1].lower_ in title_words:
                start -= 1
            place = None
        if place is not None and (place.label_ != "GPE" or place_owner(doc, place) is None):
            place = None
        if place is not None:
            start = place.start
        unnamed = unnamed_institution(doc, role)
        before = (unnamed, "org_premod") if unnamed is not None else org_before(doc, start)
        if direct is None and before is not None and before[1] in ("org_premod", "org_possessive"):
            # "a Coca-Cola Enterprises vice president and president of its Mid-Atlantic
            # affiliate": a title with its own organization before it keeps it
            after = None
        elif (
            direct is not None
            and before is not None
            and before[1] == "org_possessive"
            and not direct[0][0].ent_type_
        ):
            # "Christian Aid's head of Trade Policy": a capitalized function the model did not
            # tag after a title an organization owns
            after = None
        if after is not None:
            ent, parent = after
            org_text, org_offset, org_rule = org_in_place(doc, ent), ent.start_char, "role_of_org"
            if org_text != ent.text:
                parent = parent or ent.text
        elif before is not None and before[1] == "antecedent":
            # "Company chairman X": the company named before
            ent, org_rule = before
            org_text, parent, org_offset = ent.text, ent._.kg_parent, ent.start_char
            antecedent, start = True, start - 1
        elif before is not None:
            ent, org_rule = before
            org_text, parent, org_offset = ent.text, ent._.kg_parent, ent.start_char
            if re.match(r"(?i)ex-\S", org_text):
                org_text, former = org_text[3:], True  # "ex-Yukos chief executive"
            start = ent.start
            if start > 0 and doc[start - 1].lower_ in ended:
                former, start = True, start - 1  # "former Fiat chief executive Giuseppe Morchio"
        elif referring := antecedent_word(doc, start):
            if referring == 1 and state_subject(doc, start):
                continue  # "Kazakhstan has been dominated by its president": an office of state
            if label_of(role) == "Coach":
                continue  # "their coach John Kirwan": a team, which the model seldom names
            prior = whose_org(doc, start) or named_kind(doc, start) or previous_org(doc, start)
            words_ = doc[start - referring : start].text.lower().replace(" '", "'")
            if prior is not None and prior.start < sent.start and words_ == "the company's":
                # "McDonnell Douglas said it signed a pact with China Great Wall Industries Co.
                # The company said ... said Daniel Green, the company's vice president": the
                # story calls the company that spoke "the company" (not "S&P said ..." in a
                # story about Yukos, nor "Fitch said Yarrow Oil faces a bill")
                reporter = previous_reporter(doc, sent.start)
                if reporter is not None and company_spoke(doc, sent.start):
                    prior = reporter
            if prior is not None:
                org_text, parent, org_offset = prior.text, prior._.kg_parent, prior.start_char
                antecedent, org_rule = True, "antecedent"
                start -= referring
        elif (owned := owned_unit(doc, role)) is not None:
            unit, owner = owned
            org_text, parent, org_offset = unit, owner.text, owner.start_char
            antecedent, org_rule = True, "owned_unit"
        elif (
            prev_org is not None
            and re.fullmatch(
                r"(?:<person> )?(?:,|and|, and) ", gap_text(doc, prev_role_end, start) + " "
            )
            # "named X, formerly vice president of Armstrong's Tire Division, president": a
            # former title's organization is not the new one's
            and not (
                out
                and (out[-1].former or out[-1].habitual)
                and gap_text(doc, prev_role_end, start) == ","
            )
            # "president of its subsidiary, X Bank, and vice chairman of the holding company":
            # a title at the parent, said as such
            and not re.match(
                r"of the (?:holding|parent) company\b", doc[role.end : role.end + 4].text.lower()
            )
        ):
            org_text, parent, org_offset = (
                prev_org  # "its chief executive X and chief operating officer Y"
            )
            org_rule = "coordinated"
        described = False
        if org_text is None and (desc := described_org(doc, role)) is not None:
            described = True
            if isinstance(desc, tuple):
                ent = desc[0]
                org_text, parent, org_offset = ent.text, ent._.kg_parent, ent.start_char
                antecedent, org_rule = True, "described"
        if org_text is None and not described and (dep := subtree_org(doc, role)) is not None:
            org_text, parent, org_offset = dep.text, dep._.kg_parent, dep.start_char
            org_rule = "role_subtree"
        if org_text is not None and place is not None and org_rule != "role_of_org":
            org_text, parent = f"{display_name(org_text)} {place.text}", org_text
        if org_text is not None:
            prev_org = (org_text, parent, org_offset or 0)
        person = person_for_role(doc, sent, people, role, start, after)
        if person is not None and antecedent and org_offset == doc[person[0][0]].idx:
            # "Jane Doe, the company's finance director": the company is one named before her
            prior = previous_org(doc, person[0][0])
            org_text, parent, org_offset = (
                (prior.text, prior._.kg_parent, prior.start_char) if prior else (None, None, None)
            )
        prev_role_end = after[0].end if after else role.end
        if person is not None:
            prev_role_end = after_person(doc, sent, role, after, people)
        if (
            person is None
            and out
            and out[-1].role is not None
            # "Conrac's president, vice president and treasurer were given ...": titles listed
            # before a verb of their own are not the one name found for the first after it
            and not out[-1].rule.startswith("cataphora")
        ):
            # "X, the CTO of A and the general manager of B": the second title is X's too
            last = out[-1]
            assert last.role is not None
            # the end of the title's organization when written after it (not one named
            # before, as "the new affiliate" names "Mobil Exploration" from the lead)
            last_end = last.role.end if last.org_offset is None else end_token(doc, last.org_offset)
            last_end = last_end if last_end > last.role.end else last.role.end
            carry = (
                r"(?:and|but) (?:as )?(?:(?:will |also )?(?:continues?|remains?|stays?)"
                r"(?: on (?:the|its) board)? as )?"
                # "will cede his post as chief executive but will remain president"
                r"(?:(?:will |also )?remains? )?"
                r"(?:the |a |an |its )?"
            )
            # "chairman, president and chief executive officer of X": a list of titles;
            # "vice president, finance, and chief financial officer"
            # "vice president-finance and chief financial officer"
            function = r"(?:(?:, |- )[a-z]+(?: [a-z]+)? )?"
            listed = function + r"(?:and|,|, and|,? as well as) (?:as )?(?:the |a |an |its )?"
            # "president of the telegraph company", "group executive of the company, and"
            desc_re = r"(?:of|at) (?:the |its )?[a-z -]+ (?:, )?"
            # "vice chairman of Marathon Manufacturing Co, a subsidiary of USX Corp, and
            # chairman of the National Ocean Industries Association": the first organization
            # described between the titles
            org_appos = (
                r", (?:a|an|the) [a-z -]{2,40}?(?: of (?:the )?<org>)? , and (?:the |a |an )?"
            )
            in_list = bool(re.fullmatch(listed, gap_text(doc, last.role.end, start) + " "))
            if (
                re.fullmatch(org_appos, gap_text(doc, last_end, start) + " ")
                or re.fullmatch(listed, gap_text(doc, last_end, start) + " ")
                or in_list
                or re.fullmatch(carry, gap_text(doc, last_end, start) + " ")
                or re.fullmatch(carry, gap_text(doc, last.role.end, start) + " ")
                or re.fullmatch(desc_re + carry, gap_text(doc, last.role.end, start) + " ")
            ):
                p_start = token_at(doc, last.person_start)
                # "retire as chairman but remain on the board as chairman emeritus": the
                # title kept is held, whatever happened to the one before
                kept = re.search(
                    r"\b(?:continues?|remains?|stays?)\b", gap_text(doc, last_end, start)
                )
                person = (
                    (p_start, p_start + len(last.person_text.split()), last.pronoun),
                    "kept_role" if kept and last.event == "end" else "coordinated_role",
                    "hold" if kept else last.event,
                    last.future,
                    last.habitual and not kept,  # "had been acting president and continues as"
                )
                if in_list and start == role.start and last.former:
                    former = True  # "former president and chief operating officer": both
        if person is None and (joined := conjoined_subject(doc, role, people)) is not None:
            person = joined
        if person is None and (shared := _conjoined_title(doc, role, out)) is not None:
            person = shared
        if person is None and (cataphor := _cataphor(doc, sent, role, people)) is not None:
            person = cataphor, "cataphora", "hold", False, False
        if (
            person is None
            and role.text.lower() not in plural_surfaces()
            and (held := parse_holder(doc, role, people)) is not None
        ):
            person = held[0], held[1], held[2], False, False
        if person is None and role.text.lower() in plural_surfaces():
            person = listed_after(doc, sent, role, after, people)
            named = next(
                (
                    e
                    for e in sent.ents
                    if e.label_ == "ORG" and person and role.end <= e.start < person[0][0]
                ),
                None,
            )
            if org_text is None and named is not None:
                org_text, parent, org_offset = named.text, named._.kg_parent, named.start_char
                org_rule = "role_of_org"
        if person is None:
            continue
        (p_start, p_end, pronoun), rule, event, future, habitual = person
        if event == "hold" and rule in ("premod", "role_of_org_appos"):
            # "Tesco sacked its chief executive, Terry Leahy": the verb whose object is the
            # title says what happened to the person named with it
            acted = object_verb_event(role)
            if acted == "start" and new_title_after(doc, p_end):
                acted = None  # "named president Edward Mahoney to the added post of CEO"
            if acted is not None:
                event = acted
            elif re.search(
                r"\b(?:succeed\w*|replac\w*) as$", doc[max(sent.start, start - 3) : start].text
            ):
                event = "end"  # "succeeding as chief financial officer Ralph Shulansky"
        if org_text is None and rule == "premod":
            # "said analyst Alex Potter at Lehman Brothers": the person's affiliation
            found_at = affiliated_org(doc, sent, p_end)
            if found_at is not None:
                org_text, parent, org_offset = (
                    found_at.text,
                    found_at._.kg_parent,
                    found_at.start_char,
                )
                org_rule = "affiliation"
        if (
            rule == "premod"
            and role.text.lower() in plural_surfaces()
            and gap_text(doc, role.end, p_start) == ","
        ):
            # "Two other outside former directors, Bert Roberts and Francesco Galesi, remain":
            # the names listed for a plural title set off before them
            rule = "listed"
        if org_text is None and p_end <= start:
            # "X joined IBM as president", "X serves Mountain Bell as", "join the company as"
            found = org_in_gap(doc, p_end, start)
            if found is not None:
                org_text, parent, org_offset = found.text, found._.kg_parent, found.start_char
                org_rule = "org_in_gap"
        if org_text is None and (where := where_org(doc, sent, p_start)) is not None:
            # "joined Pan Am from American Airlines, where he was senior vice president"
            org_text, parent, org_offset = where.text, where._.kg_parent, where.start_char
            org_rule = "where_org"
        if (
            org_text is None
            and not described
            and (reporter := reporting_org(sent, (p_start, p_end))) is not None
        ):
            # "Kansas Power and Light Co said it named David Black as chief executive officer"
            org_text, parent, org_offset = reporter.text, reporter._.kg_parent, reporter.start_char
            org_rule = "reporting_org"
        if (
            org_text is None
            and not described
            and rule == "premod"
            and not getattr(canonical_role(role.text), "staff", True)  # not an analyst's view
            # "said committee chairman Kostas Panagopoulos": the title of a body before it
            and not (
                role.start > 0
                and doc[role.start - 1].is_lower
                and doc[role.start - 1].pos_ == "NOUN"
            )
            and (spoken := spoken_for(sent, (p_start, p_end))) is not None
            # "Acme Corp expects higher sales, President Ronald Reagan said": maybe a head of
            # state; the president of the company the story leads with ("Wang Laboratories Inc
            # expects revenues ..., President Frederick Wang said")
            and (role.text not in words()["political_titles"] or _leads_with(doc, spoken))
        ):
            # "Qantas Airways Ltd has placed a firm order ..., chairman Jim Leslie said"
            org_text, parent, org_offset = spoken.text, spoken._.kg_parent, spoken.start_char
            org_rule = "spoken_for"
        if org_text is not None:
            prev_org = (org_text, parent, org_offset or 0)
        elect = False
        if role.end + 1 < len(doc) and (doc[role.end].text, doc[role.end + 1].lower_) == (
            "-",
            "elect",
        ):
            # "chairman-elect Denys Henderson": a title to come, on no date the sentence gives
            announced, event, elect = True, "start" if event == "hold" else event, True
        resp_end = responsibility(doc, role) or function_end(doc, role)
        out.append(
            Candidate(
                **person_fields(doc, p_start, p_end, pronoun),
                role=role,
                org_text=org_text,
                org_parent=parent,
                org_offset=org_offset,
                org_antecedent=antecedent,
                event=event,
                rule=f"{rule}+{org_rule}",
                sentence=sent,
                future=future or announced,
                habitual=habitual,
                former=former,
                dates=[] if elect else sentence_dates(sent),
                role_text=doc[start if org_rule == "no_org" else role.start : resp_end].text
                if resp_end
                else None,
                described=described,
            )
        )
        also = second_org_after(doc, after) if org_rule == "role_of_org" else None
        if also is not None:
            # "then chairman of UCPB and San Miguel": the title at each of them; "of Acme
            # Corp and its Acme Bank unit": the unit's parent is the first
            fields = org_fields(also)
            if fields["org_parent"] is None and doc[also.start - 1].lower_ in ("its", "their"):
                fields["org_parent"] = out[-1].org_text
            out.append(replace(out[-1], **fields))
        if role.text.lower() in plural_surfaces():
            # "Martin Ackerman and Joel Yonover were named directors": each of them;
            # "vice presidents Alan Ross and Mary Kent": each of the names the title precedes
            names = (
                conjuncts_after(doc, p_end, people)
                if rule in ("premod", "listed")
                else conjuncts_before(doc, p_start, people)
            )
            for q_start, q_end, q_pronoun in names:
                out.append(replace(out[-1], **person_fields(doc, q_start, q_end, q_pronoun)))
    if any(t.lower_ == "respectively" for t in sent):
        out = _respectively(doc, out, people)
    out = replaced_titles(out)
    out = _gapped(doc, out)
    out = _named_in_list(doc, sent, out)
    out = handed_over(doc, sent, out)
    out.extend(replacements(doc, sent, out))
    out.extend(succession(doc, sent, out, earlier))
    out.extend(left_when(doc, sent, out))
    return out


def _conjoined_title(
    doc: Doc, role: Span, found: list[Candidate]
) -> tuple[tuple[int, int, bool], str, Event, bool, bool] | None:
    """ "Peter Culver, senior vice president of its Morgan Guaranty Trust Co subsidiary and
    general manager of the Euro-Clear Operations Centre": a title after "and" that the parse
    joins to the words of an earlier title of the sentence (the parser often hangs it from
    the earlier title's organization) is held by that title's holder, who did the same with
    it. No verb, no name and no other title may stand on the way up."""
    if role.root.dep_ != "conj" or role.start < 2 or role.text.lower() in plural_surfaces():
        return None
    before = role.start - 1
    if before > 0 and doc[before].lower_ in ("the", "a", "an", "its", "their"):
        before -= 1
    if doc[before].lower_ != "and":
        return None
    tok = role.root.head
    for _ in range(6):
        held = next(
            (c for c in found if c.role is not None and c.role.start <= tok.i < c.role.end),
            None,
        )
        if held is not None:
            start = token_at(doc, held.person_start)
            mention = (start, start + len(held.person_text.split()), held.pronoun)
            return mention, "coordinated_parse", held.event, held.future, held.habitual
        if (
            tok.pos_ in ("VERB", "AUX")
            or tok.ent_type_ in ("PERSON", "ROLE")
            or tok.dep_ not in ("conj", "pobj", "prep", "compound", "poss", "appos")
            or tok.head.i == tok.i
        ):
            return None
        tok = tok.head
    return None


def _respectively(
    doc: Doc, found: list[Candidate], people: list[tuple[int, int, bool]]
) -> list[Candidate]:
    """ "Andrew Loomis and Michael McGovern were elected chairman and co-chairman,
    respectively": the n-th person listed holds the n-th title listed. Not plural titles
    ("A and B, the presidents and chief executive officers of the trust and corporation,
    respectively": each holds both, at one organization each)."""
    joints = (",", "and", ", and")
    titled: dict[int, Candidate] = {}
    for cand in found:
        if cand.role is not None and not cand.pronoun:
            titled.setdefault(cand.role.start, cand)
    roles = [titled[k] for k in sorted(titled)]
    if (
        roles
        and roles[0].rule.startswith(("premod", "listed"))
        and roles[0].role is not None
        and roles[0].role.text.lower() in plural_surfaces()
    ):
        # "Two new board members, A and B, were named X and Y, respectively": the plural
        # title before the names is theirs together
        roles = roles[1:]
    if len(roles) < 2 or any(c.role.text.lower() in plural_surfaces() for c in roles):  # type: ignore[union-attr]
        return found
    for a, b in itertools.pairwise(roles):
        assert a.role is not None and b.role is not None
        if gap_text(doc, a.role.end, b.role.start) not in joints:
            return found  # titles in a list of their own
    first = roles[0].role.start  # type: ignore[union-attr]
    listed: list[tuple[int, int, bool]] = []
    for p in sorted((p for p in people if p[1] <= first and not p[2]), reverse=True):
        if listed and gap_text(doc, p[1], listed[0][0]) not in joints:
            break
        listed.insert(0, p)
    if len(listed) != len(roles):
        return found
    paired_at = {c.role.start for c in roles if c.role is not None}
    kept = [c for c in found if c.role is None or c.role.start not in paired_at]
    paired = [
        replace(cand, **person_fields(doc, start, end, pronoun))
        for cand, (start, end, pronoun) in zip(roles, listed, strict=True)
    ]
    return kept + paired


def _gapped(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "named John Smith as chairman and Mary Jones as president", "Cronin will take over as
    chairman and Murphy as acting president": the verb given the first name serves the name
    after "and" whose title follows it bare or after "as"."""
    out = list(found)
    modifiers = set(words()["role_modifiers"])
    for i, c in enumerate(found):
        if c.role is None or c.pronoun or c.event == "end":
            continue
        p = token_at(doc, c.person_start)
        gap = doc.text[c.person_start + len(c.person_text) : c.role.start_char].strip().lower()
        bare = " ".join(w for w in gap.split() if w not in modifiers)  # "as acting president"
        if p == 0 or doc[p - 1].lower_ != "and" or bare not in ("", "as", "as its"):
            continue
        given = [
            d
            for d in found[:i]
            if d.event == "start"
            and d.role is not None
            and d.person_start < c.person_start
            and d.person_text != c.person_text
            and d.sentence.start == c.sentence.start
        ]
        if given:
            rule = "verb_start+" + c.rule.split("+", 1)[-1]
            out[i] = replace(c, event="start", future=given[-1].future, rule=rule)
            for j in range(i + 1, len(found)):  # "... as acting president and chief executive"
                if found[j].person_start == c.person_start and found[j].rule.startswith(
                    "coordinated_role"
                ):
                    out[j] = replace(found[j], event="start", future=given[-1].future)
    return out


# "They are A, senior vice president; B, treasurer": the sentence that lists the ones the
# sentence before it says were named
_LIST_OPENER = re.compile(
    r"(?:they|these|the (?:new |other |remaining )?(?:[a-z]+ )?(?:officers|directors|executives|"
    r"appointees|members))(?: named)? (?:are|were|include|included) ",
)


def _named_in_list(doc: Doc, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """ "Maplewood Bancorp said it named three new officers. They are John Ruiz, senior vice
    president; Amy Chen, treasurer": each title set off after a name in the list is taken (or
    left, or held) as the sentence before says, at the company that said it."""
    if sent.start == 0 or not _LIST_OPENER.match(sent.text.lower()):
        return found
    before = doc[sent.start - 1].sent
    text = before.text.lower()
    event: Event = (
        "end"
        if phrase_pattern("end_verbs").search(text)
        else "start"
        if phrase_pattern("start_verbs").search(text)
        else "hold"
    )
    org = reporting_org(before) or lead_subject(doc)
    out = list(found)
    for i, c in enumerate(found):
        if c.rule.endswith("+no_org") and c.rule.startswith(("appositive", "coordinated_role")):
            fields = org_fields(org) if org is not None else {}
            rule = "listed+" + ("reporting_org" if org is not None else "no_org")
            out[i] = replace(c, **fields, event=event, rule=rule)
    return out


_CATAPHORA_SENTENCES = 3


def _is_lead(sent: Span) -> bool:
    """Whether ``sent`` is the story's first sentence after its headline (a line with no
    closing punctuation: "Steel firm 'to cut' 45,000 jobs")."""
    for other in sent.doc.sents:
        text = other.text.strip()
        if text and not is_title_line(text) and text[-1] in ".!?\"'":
            return other.start == sent.start
    return False


def _cataphor(
    doc: Doc, sent: Span, role: Span, people: list[tuple[int, int, bool]]
) -> tuple[int, int, bool] | None:
    """ "The founder and former boss of Parmalat has apologised ... / Calisto Tanzi said ...":
    a title that is the subject of a sentence naming nobody, held by the person the next
    sentence introduces as its subject (a full name not written before); for the story's lead,
    the person the story names next as a subject within three sentences ("Mittal Steel could
    cut 45,000 jobs, its chief executive has said. / The Netherlands-based company ... /
    However, Lakshmi Mittal has told investors ...")."""
    if any(not p[2] and not in_phrase(doc, p) for p in people) or is_title_line(sent.text):
        return None  # a name in a prepositional phrase ("at the trial of X") holds no title
    head = role.root
    determiners = {t.lower_ for t in head.children if t.dep_ == "det"}
    if role.start > 0 and doc[role.start - 1].lower_ in ("a", "an", "one", "another"):
        return None  # "a spokesman stressed ...": nobody in particular
    title = canonical_role(role.text)
    if (determiners & {"a", "an", "another"} and title is not None and title.staff) or (
        role.text.lower() in plural_surfaces()
    ):
        return None  # "an Ajax spokesman told BBC Sport", "directors of the exchange will meet"
    if head.dep_ == "conj":
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or sent.end >= len(doc):
        return None
    names: list[Span] = []
    nxt, seen = doc[sent.end].sent, 0
    window = _CATAPHORA_SENTENCES if _is_lead(sent) else 1
    while seen < window:
        if nxt.text.strip():
            seen += 1
            names = [e for e in nxt.ents if e.label_ == "PERSON"]
            if names or any(e.label_ == "ROLE" for e in nxt.ents):
                break  # a title between: the name may be its holder's
        if nxt.end >= len(doc):
            break
        nxt = doc[nxt.end].sent
    if not names:
        return None
    first = names[0]
    if len(first) < 2 or first.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    last = first[-1].lower_
    if any(e.label_ == "PERSON" and e.end <= sent.end and e[-1].lower_ == last for e in doc.ents):
        return None
    return first.start, first.end, False


def they_are(doc: Doc, sent: Span) -> list[Candidate]:
    """ "The company also elected three directors. They are Paul Hermann, John Clive Bayley and
    Costas Galetakis": the names listed after "They are" hold the plural title of the sentence
    before, taken or held as that sentence says."""
    tokens = [t for t in sent if not t.is_space]
    if (
        len(tokens) < 3
        or sent.start == 0
        or tokens[0].lower_ != "they"
        or tokens[1].lower_ not in ("are", "were", "include", "included")
    ):
        return []
    people = person_spans(sent)
    first = next((p for p in people if not p[2] and p[0] == tokens[2].i), None)
    if first is None:
        return []
    before = doc[sent.start - 1].sent
    plural = [e for e in before.ents if e.label_ == "ROLE" and e.text.lower() in plural_surfaces()]
    if len(plural) != 1:
        return []
    role = plural[0]
    verb = role.root.head
    taken = role.root.dep_ in ("dobj", "nsubjpass", "oprd") and (
        verb.lemma_.lower() in words()["naming_verbs"] or verb.lower_ in words()["start_verbs"]
    )
    org = org_after(doc, role)
    ent = org[0] if org is not None else reporting_org(before)
    fields = org_fields(ent) if ent is not None else {}
    if not fields:
        return []
    event: Event = "start" if taken else "hold"
    return [
        Candidate(
            **person_fields(doc, p[0], p[1], False),
            role=role,
            **fields,
            event=event,
            rule="they_are",
            sentence=before,
            future=any(c.lower_ == "will" for c in verb.children),
            dates=sentence_dates(before),
        )
        for p in [first, *conjuncts_after(doc, first[1], people)]
    ]
