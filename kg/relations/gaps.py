"""Who holds a title: the person mention before or after it, judged by the words between."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import canonical_role, words
from kg.relations.candidate import Event
from kg.relations.spans import conditional, ent_at, gap_text, has_phrase, hedge_text, phrase_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token


def _name_like(ent: Span) -> bool:
    """An ORG entity that reads as a person's name, in a sentence where it stands before a title
    ("Omar Haddad, the head of ..."): two or three capitalized words, none a company word."""
    # "Jean-Marie Messier": a hyphen may join two capitalized words of the name
    parts = [t for t in ent if not (t.text == "-" and not t.whitespace_ and t.i > ent.start)]
    if ent.label_ != "ORG" or not 2 <= len(parts) <= 4 or ent.end >= ent.sent.end:
        return False
    if len(parts) - sum(t.nbor(-1).text == "-" for t in parts if t.i > ent.start) > 3:
        return False
    lex = words()
    company = set(lex["unit_name_words"]) | set(lex["org_suffixes"]) | set(lex["org_type_nouns"])
    if any(not t.is_title or t.lower_ in company or not t.is_alpha for t in parts):
        return False
    if sum(e.text == ent.text for e in ent.doc.ents) > 1:
        return False  # named as an organization again elsewhere
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in company:
        return False  # "media giant Vivendi Universal"
    words_ = {t.lower_ for t in ent}
    if any(
        e.label_ == "ORG" and e.start != ent.start and {t.lower_ for t in e} & words_
        for e in ent.doc.ents
    ):
        return False  # "Vivendi" named alone elsewhere
    nxt = ent.doc[ent.end]
    return nxt.text == "," or nxt.pos_ in ("VERB", "AUX")


def person_spans(sent: Span) -> list[tuple[int, int, bool]]:
    """(start, end, is_pronoun) of every person reference in the sentence (computed once per
    sentence: every title in it asks)."""
    cache = sent.doc.user_data.setdefault("kg_person_spans", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_person_spans(sent)
    return list(cache[key])


def _find_person_spans(sent: Span) -> list[tuple[int, int, bool]]:
    lex = words()
    out = [(e.start, e.end, False) for e in sent.ents if e.label_ == "PERSON" or _name_like(e)]
    pronouns = {"he", "she"}
    anaphors = [a.split() for a in lex["person_anaphors"]]
    starts = set(lex["start_nouns"])
    for tok in sent:
        if tok.lower_ in pronouns and tok.dep_ in ("nsubj", "nsubjpass"):
            out.append((tok.i, tok.i + 1, True))
        if _named_object(tok):
            out.append((tok.i, tok.i + 1, True))  # "and named him chief financial officer"
        if (
            tok.lower_ in ("his", "her")
            and tok.i + 2 < sent.end
            and tok.nbor().lower_ in starts
            and tok.nbor(2).lower_ == "as"
        ):
            out.append((tok.i, tok.i + 1, True))  # "since his appointment as chief executive"
        for words_ in anaphors:
            n = len(words_)
            if tok.lower_ != words_[0] or tok.i + n > sent.end:
                continue
            if [t.lower_ for t in sent.doc[tok.i : tok.i + n]] == words_:
                nxt = sent.doc[tok.i + n] if tok.i + n < len(sent.doc) else None
                if nxt is None or nxt.ent_type_ != "PERSON":
                    out.append((tok.i, tok.i + n, True))
    return sorted(out)


def _named_object(tok: Token) -> bool:
    """ "elected Paul Johnson a vice president and named him chief financial officer": "him"
    or "her" right after a verb of naming, before the title (or "as") it is given."""
    doc = tok.doc
    if tok.lower_ not in ("him", "her") or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    verb, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in words()["naming_verbs"]
        and (nxt.ent_type_ == "ROLE" or nxt.lower_ == "as")
    )


_MAX_GAP = 10
# "to the new position of", "to the added posts of": the office a person is named to
_POST_OF = re.compile(
    r"\bto (?:the|its|their|a) (?:[a-z-]+ ){0,3}(?:posts?|positions?|offices?|jobs?|roles?|titles?)"
    r" of\b"
)
# "will assume the added duties of", "resumes the additional responsibilities of", "has been
# given the additional title of": a title taken on beside those held
_DUTIES_OF = re.compile(
    r"\b(assume|assumes|assumed|assuming|resume|resumes|resumed|take on|takes on|took on|"
    r"taking on|given) (?:the|its|their|an?) (?:[a-z-]+ ){0,2}(?:duties|responsibilities|"
    r"title|role|posts?|positions?) of (?:the )?$"
)
_MAX_APPOSITIVE_GAP = 20
# "John Cooper, a barrister and chairman of the League": a calling, then the title; "Ronald
# Geer, a consultant with Shell Oil Co, a subsidiary of Royal Dutch/Shell, and president of
# the Marine Technology Society": the calling's firm, described
_CALLING_AND = re.compile(
    r"^, (?:an? )[a-z]+ (?:(?:with|at|for) <org> (?:, (?:a|an|the) [a-z -]+? (?:of <org> )?)?, )?"
    r"and (?:the )?$"
)


# what may stand between a copula and the title it gives ("was most recently a", "is now
# the company's", "had been executive"): adverbs, determiners, an organization's name
_AFTER_COPULA = re.compile(
    r"(?:(?:also|now|currently|presently|still|previously|formerly|once|both|then|later|"
    r"already|most|more|recently|just|again|briefly|the|a|an|its|their|his|her|our|this|that|"
    r"[a-z]+ly|<org>|'s|'|of|at|in|\d{4}|[a-z-]+ 's?|"  # "will be the unit's"
    # "has been given the additional title of chairman"
    r"given (?:the |an? )?(?:additional |added |new )?(?:title|post|position|role|job)s? of|"
    # "will retain his present titles of president and chief executive officer"
    r"(?:his |her |its |their )?(?:present |current )?(?:title|post|position|role|job)s? of"
    r") ?)*"
)


def classify_gap(gap: str) -> tuple[str, Event, bool, bool] | None:
    """Rule name, event, future and habitual flags for the words between person and role."""
    g = gap + " " if gap else ""
    g = re.sub(r"^, \d{2} , ", "", g)  # "John Smith, 54, president of", "Hale, 63, will"
    g = _POST_OF.sub("to the post of", g)  # "has been named to the added posts of"
    g = _DUTIES_OF.sub("assume the role of ", g)
    det = r"(?:(?:the|a|an|its|their) )?(?:<org> (?:'s )?)?"
    # "have resigned as officers and directors": a word no title is, before the title
    # (but "named X as president and chief executive": the second title is listed with the
    # first, read by the rules of listed titles)
    listed = re.search(r"\bas (?:an? )?([a-z]+) and (?:an? )?$", g)
    if listed is not None and canonical_role(listed.group(1)) is None:
        g = g[: listed.start()] + "as "
    g = _CALLING_AND.sub(", ", g)
    if re.search(r"\b(not|never|n't|no longer)\b", g):
        return None
    if re.fullmatch(r"(?:, |- )?(?:(?:him|her)self )?" + det, g):
        return "appositive", "hold", False, False  # "Mr Bez - himself a former executive at"
    # "Richard Pearson, coordinator of the merger, will become chairman"
    m = re.fullmatch(
        r", ([^,]{3,80}?(?: , [^,]{3,60}?)?) , ((?:(?:formerly|previously|also|now) )?"
        r"(?:will|has|had|have|is|are|was|were|would|"
        # "David Waters, executive vice president of General Mills, served as interim head"
        + "|".join(re.escape(v) for v in words()["copulas"] if v not in ("as", "to be", "been"))
        + "|"
        + "|".join(re.escape(v) for v in words()["start_verbs"] + words()["end_verbs"])
        + r") .*)",
        g,
    )
    # "David Halbert, president and chief executive of Halbert, an Abilene investment firm,
    # was named": an appositive that is a title may hold "and" and a comma of its own
    titled = m is not None and _starts_with_title(m.group(1))
    # "X, who left Barclays last year, is now chief executive of": a relative clause about
    # the person, then the main verb
    relative = m is not None and m.group(1).startswith("who ") and " , " not in m.group(1)
    # "Hughes, who previously was both president and chairman, will continue as": a
    # relative clause that lists the titles held
    held = m is not None and re.match(
        r"who (?:previously |formerly |also |now )?(?:was|is|had been|has been) (?:both )?(.+)$",
        m.group(1),
    )
    if m and (
        titled
        or (
            held
            and _starts_with_title(held.group(1))
            and not has_phrase("start_verbs", m.group(2))
            and not has_phrase("end_verbs", m.group(2))
        )
        or (
            " , " not in m.group(1)
            and not re.search(r"\b(?:said|says|told|who|which|and|but)\b", m.group(1))
        )
        or (relative and not re.search(r"\b(?:said|says|told|and|but)\b", m.group(1)))
    ):
        g = m.group(2)
    if re.fullmatch(r", (?:who (?:is|was) |now |currently |presently |also )" + det, g):
        return "appositive", "hold", False, False
    # "Paperin, who also held the treasurer's post", "who previously held the post of
    # president": a title held before; "who has held" it still
    held_title = re.fullmatch(
        r", who (?:previously |formerly |also |once )?(held|had held|has held|holds|also holds) "
        r"(?:the |its |his |her )?(?:(?:post|position|title|office|job)s? of )?(?:the )?",
        g,
    )
    if held_title is not None:
        return "copula", "hold", False, held_title.group(1) in ("held", "had held")
    # "Pope, formerly the executive vice president"; wire copy may drop the comma: "Neil
    # Springer currently president and chief operating officer of Navistar was named"
    if re.fullmatch(
        r" (?:, )?(?:formerly|previously|once|(?:most |until )?recently) " + det, " " + g
    ):
        return "appositive", "hold", False, True
    if re.fullmatch(r" (?:currently|now|presently) " + det, " " + g):
        return "appositive", "hold", False, False
    if re.fullmatch(r", as " + det, g):
        return "appositive_as", "hold", False, False
    if re.fullmatch(r"(?:'s? )?(?:" + "|".join(words()["start_nouns"]) + r") as " + det, g):
        return "noun_start", "start", False, False  # "Mike Smith's appointment as chief"
    # "Frank Gofrank, who is retiring as chairman but remains a director": in a relative
    # clause, what comes after "but" is held still
    if re.fullmatch(
        r", who [^,.;:\"]{3,80}? (?:but|and) (?:still |also )?(?:remains?|will remain|stays? on as|"
        r"will stay on as|continues? as|will continue as|retains?|will retain|keeps?) " + det,
        g,
    ):
        return "copula", "hold", False, False
    if re.search(r"[.;:?!\"]|\b(said|says|told|added|and|but|while|after|before|when)\b", g):
        return None
    if re.match(r", (?:has |had |was |will )?", g) and (
        phrase_pattern("start_verbs").match(g[2:]) or phrase_pattern("end_verbs").match(g[2:])
    ):
        # "said Joseph B. Ely II, became chairman": wire copy's stray comma before the verb
        # (or a participle set off after the name, "X, named chairman in 1990,")
        g = g[2:]
    if g.startswith(",") and not re.match(r", (?:who|which|now|currently|then|once|also) ", g):
        return None
    if has_phrase("speculation_cues", g):
        return None
    appointing = r"(?:appoint|name|hire|elect|promote|recruit)(?:s|ed)? (?:a|an|the|its|their) "
    if re.search(appointing, g) and not re.search(r"\b(?:been|was|were|is|be|are) \w*\s?\w+ed ", g):
        return None  # "AstraZeneca has now appointed a new executive director": the appointer
    if re.search(r"\bfrom (?:the (?:post|position) of )?$", g) and has_phrase("start_verbs", g):
        # "was promoted to president from executive vice president": the title moved up from
        return "copula", "hold", False, True
    future = bool(re.search(r"\b(will|to become|is to|are to|shall)\b", g))
    if re.search(r"\b(?:be|been|is|was|are|were|being) (?:succeeded|replaced) as $", g):
        return "verb_end", "end", future, False  # "X will be succeeded as president by Y"
    # "left Barclays in 2003 to join HSBC as": the verb nearest the title says which
    ends = [m.start() for m in phrase_pattern("end_verbs").finditer(g)]
    starts = [m.start() for m in phrase_pattern("start_verbs").finditer(g)]
    # "joined Cranston as a research chemist in 1934, was chairman": the verb after the comma
    # is the title's
    then = [
        m.start()
        for m in re.finditer(r", (?:and )?(?:was|is|were|had been|has been|remained|remains) ", g)
    ]
    if then and max(then) > max(starts + ends, default=len(g)):
        return classify_gap(g[max(then) + 2 :].strip())
    if ends and not (starts and max(starts) > max(ends)):
        return "verb_end", "end", future, False
    if starts:
        return "verb_start", "start", future, False
    if re.search(r"\bas $", g) or has_phrase("copulas", g):
        last = max((m.end() for m in phrase_pattern("copulas").finditer(g)), default=len(g))
        if "," in g[last:] and not re.search(r"\bas $", g):
            return None  # "would retain a 51 pct interest, a Turner spokesman": another's
        if not re.search(r"\bas $", g) and not re.fullmatch(_AFTER_COPULA, g[last:].strip()):
            return None  # "was full of praise for her director": the title is another's
        # "Turner had been president of Titan", "was previously chief executive of": held before
        before = re.search(
            r"\b(?:used to be|had been|(?:was|were) (?:previously|formerly|once)|"
            r"(?:previously|formerly|once) (?:was|were))\b",
            g,
        )
        return "copula", "hold", future, before is not None
    return None


def _starts_with_title(text: str) -> bool:
    """Whether ``text`` opens with a title ("president and chief executive of ...")."""
    from kg.lexicon import role_by_surface

    tokens = text.lower().split()
    lead = _title_openers()
    while len(tokens) > 1 and tokens[0] in lead:
        tokens = tokens[1:]
    table = role_by_surface()
    return any(
        " ".join(tokens[:n]) in table for n in range(1, min(5, len(tokens)) + 1)
    ) and not re.search(r"\b(?:said|says|told|who|which)\b", text)


@cache
def _title_openers() -> frozenset[str]:
    """Words a set-off title may open with and stay a title: "former president and chief
    operating officer of Nabisco Brands", "now vice president", "the new chairman"."""
    lead = {"a", "an", "the", "its", "his", "her", "currently", "now", "also"}
    return frozenset(lead | set(words()["ended_modifiers"]) | {"new", "acting", "interim"})


def after_person(
    doc: Doc, sent: Span, role: Span, after: tuple[Span, str | None] | None, people: list
) -> int:
    """Where a "title Name" group ends, for coordination with the next title."""
    end = after[0].end if after else role.end
    for p in people:
        if p[0] >= end and gap_text(doc, end, p[0]) in ("", ","):
            return int(p[1])
    return end


def person_for_role(
    doc: Doc,
    sent: Span,
    people: list[tuple[int, int, bool]],
    role: Span,
    start: int,
    after: tuple[Span, str | None] | None,
) -> tuple[tuple[int, int, bool], str, Event, bool, bool] | None:
    # premodifier: "chief executive Franklin Raines", "James Hardie chairwoman, Meredith Hellicar"
    for p in people:
        if p[2]:
            continue
        gap = gap_text(doc, role.end, p[0])
        if "," in gap and _second_title_of_name(doc, role):
            # "named Paul Iverson senior vice president-finance and chief financial officer,
            # Ruth Stavros vice president": the title closes the one before it, not a premodifier
            continue
        if "," in gap and _set_off_after_name(doc, role, people):
            # "said James Lydon, executive vice president and chief operating officer, Joseph
            # Tyrrell, executive vice president ...": a list of names each with its titles
            continue
        if p[0] >= role.end and (
            _bare_gap(gap)
            or _title_pair(doc, role.end, p[0])
            or re.fullmatch(r"- [a-z]+(?: and [a-z]+)?", gap)  # "vice president-sales Barry Kay"
        ):
            return p, "premod", "hold", False, False
        if p[0] >= role.end and _function_then_comma(doc, role.end, p[0]):
            # "Ford's head of European operations, David Thursfield": the title's function
            # set off before the name
            return p, "premod", "hold", False, False
    # "the chairman of X, Emilio Botin" / "head of the firm, John Smith"
    if after is not None:
        org_end = after[0].end
        if org_end < len(doc) and doc[org_end].lower_ in words()["org_type_nouns"]:
            org_end += 1  # "The head of the state-owned Naftohaz company, Yury Boyko"
        if (
            doc[org_end : org_end + 3].text.startswith("(")
            and doc[org_end + 2 : org_end + 3].text == ")"
        ):
            org_end += 3  # "the new chair of the Internet Engineering Task Force (IETF), Brian"
        for p in people:
            gap = gap_text(doc, org_end, p[0])
            if not p[2] and p[0] >= org_end and gap.startswith(",") and _bare_gap(gap):
                return p, "role_of_org_appos", "hold", False, False  # ", Sir Martin Sorrell"
            named = org_end
            while named < p[0] and doc[named].is_space:
                named += 1  # "of <Amylum NV> Pierre Callebaut": a blanked ticker's brackets
            if (
                not p[2]
                and p[0] == named
                and p[1] <= sent.end
                and not doc[org_end - 1].text.endswith(".")  # "of Jaymar-Ruby Inc. Burton Ruby"
                and p[1] - p[0] >= 2
                and doc[p[0]].ent_type_ == "PERSON"
            ):
                # "chairman of Belgian starch producer Amylum NV Pierre Callebaut told": wire
                # copy sets no comma between the company and the full name
                return p, "role_of_org_appos", "hold", False, False
    # "The chief executive of Tesco is Terry Leahy", "whose chairman will be X": the title is
    # the subject, the name the complement
    subject = role.root.head if role.root.dep_ == "conj" else role.root
    if subject.dep_ in ("nsubj", "nsubjpass"):
        end = after[0].end if after is not None else role.end
        # "The new company's chairman and chief executive officer is Ralph Bailey": past the
        # titles listed with it
        while end + 1 < sent.end and doc[end].lower_ in (",", "and"):
            nxt = ent_at(doc, end + 1)
            if nxt is None or nxt.label_ != "ROLE":
                break
            end = nxt.end
        for p in people:
            if p[2] or p[0] < end or (p[1] < len(doc) and doc[p[1]].text in ("'s", "'")):
                continue
            m = re.fullmatch(
                r"(?:is|was|will be|has been|had been|would be|becomes|became) (?:now )?",
                gap_text(doc, end, p[0]) + " ",
            )
            if m:
                return p, "copula_inverted", "hold", m.group(0).startswith("will"), False
            break
    # "X left the agency after a record six years as chairman", "his decade as chief
    # executive": a time spent in the title, by the person before it
    spent = start >= 2 and doc[start - 2].lower_ in words()["tenure_nouns"]
    if spent and doc[start - 1].lower_ == "as":
        holders = [p for p in people if p[1] <= start - 2 and p[0] >= sent.start]
        if holders:
            return holders[-1], "tenure_as", "hold", False, True
    # person to the left: appositive, copula, verbs
    if role.end + 1 < sent.end and all(
        t.is_title and t.pos_ == "PROPN" and not t.ent_type_ for t in doc[role.end : role.end + 2]
    ):
        return None  # "..., Bank of Japan Governor Satoshi Sumita": a name the model missed
    left = [p for p in people if p[1] <= start and start - p[1] <= _MAX_APPOSITIVE_GAP]
    # the name nearest the title (not one before it: "named A as chairman and B as president")
    nearest = next((p for p in reversed(left) if doc[p[1] - 1].ent_type_ != "ORG"), None)
    if (
        nearest is not None
        and nearest[0] > 1
        and doc[nearest[0] - 1].lower_ == "of"
        and doc[nearest[0] - 2].lower_ in words()["start_nouns"]
        and re.fullmatch(r"as(?: its| their| the| an?)?", gap_text(doc, nearest[1], start))
    ):
        return nearest, "noun_start", "start", False, False  # "the appointment of X as"
    # "has recruited Yahoo's head of search, Anil Rao, as its chief technology officer", "hired
    # Fiona Blake, the former head of finance at Marden Life, as its finance director": the
    # one the verb of hiring has for its object, whatever stands between
    hired = nearest if nearest is not None and _hired_as(doc, nearest, role) else None
    if hired is not None:
        verb = role.root.head.head
        return hired, "verb_start", "start", any(c.lower_ == "will" for c in verb.children), False
    for p in reversed(left):
        gap = gap_text(doc, p[1], start)
        if (
            start - p[1] > _MAX_GAP
            and not re.match(
                r", [^,]+ , (?:(?:formerly|previously|also|now|still) )?"
                # "Lutterbach, who previously held the president's title, continues as"
                r"(?:will|has|had|have|is|are|was|were|would|continues|remains) ",
                # "Fairweather, 64, who has been chief executive since 1979, will": the age
                # set off first
                re.sub(r"^, \d{2} (?=, )", "", gap) + " ",
            )
            # "elected X, a co-founder ..., as", "named Lang, the company's treasurer, to the
            # additional post of"
            and not re.fullmatch(r", [^,]{1,100} , (?:as|" + _POST_OF.pattern + ")", gap)
            # "King, formerly a partner at Arthur Andersen, joined the company as"
            and not _moved_after_appositive(gap)
            and not _CALLING_AND.match(gap + " ")
            # "named Dennis Terwillger, formerly vice president of Armstrong's Tire Division,"
            and not re.fullmatch(r", (?:formerly|previously|most recently) [^,]{1,100} ,", gap)
            # "Macedo, who was acting on an interim basis and remains a director"
            and not re.fullmatch(r", who [^,]{3,80} (?:but|and) (?:still |also )?remains? an?", gap)
            and not (
                re.match(
                    r", ([^,]+ , [^,]+) , (?:will|has|had|have|is|are|was|were|would) ", gap + " "
                )
                and _starts_with_title(gap[2:])
            )
        ):
            continue  # a long gap only across an appositive: "X, coordinator of ..., will"
        if "<person>" in gap and not re.search(r"(?:replac\w*|succeed\w*) <person> as$", gap):
            continue
        if p[0] > sent.start and doc[p[0] - 1].lower_ == "whom" and "," in gap:
            continue  # "McCabe, whom Hoch also succeeds there, has been named": McCabe is
        if (
            gap == "as"
            and re.search(
                r"\b(?:replac\w*|succeed\w*|oust\w*|over (?:from|for))$",
                doc[max(sent.start, p[0] - 2) : p[0]].text.lower(),
            )
            and not _dismissed_by_body(doc, p[0])
        ):
            continue  # "X has replaced Y as chief executive", "X takes over from Y as": X's
        # "named president and chief operating officer Edward Mahoney to the added post of":
        # the verb before the titles the name already has
        verb_end = max(before_titles(doc, p[0]) + 1, sent.start)
        before = " ".join(t.lower_ for t in doc[max(sent.start, verb_end - 3) : verb_end])
        # "appointed X, a director since 1985, as chairman", "named X, 55, to the post of":
        # an appositive between the name and "as"
        bare = re.sub(r"^, [^,]{1,100} , (?=as$|to )", "", gap)
        post = _POST_OF.sub("to the post of", bare)
        # "promoted John Kerslake to chief executive officer": the title the name is raised to
        raised = bare == "to" and p[0] > sent.start and has_phrase("raising_verbs", before)
        hedged = has_phrase("speculation_cues", hedge_text(doc[max(sent.start, p[0] - 3) : p[0]]))
        if (
            re.fullmatch(r"as(?: [^,;]{1,60} (?:and|,|, and))?", bare)  # "as chairman and"
            and verb_end > sent.start
            and _dismissed_by_body(doc, verb_end)
            and not hedged
        ):
            # "its board has removed Ronald G. Williams as chairman": the title he loses
            return p, "verb_end", "end", bool(re.search(r"\bwill\b", before)), False
        if (
            (
                # "it named David Sun as its chief financial officer"
                (re.fullmatch(r"as(?: its| their| the| an?)?", bare) or post == "to the post of")
                and has_phrase("start_verbs", before)
            )
            or raised
        ) and not hedged:
            # "its board elected Frank Wezniak to the new position of chief executive officer"
            # "it named David Black as chief executive officer"
            return p, "verb_start", "start", bool(re.search(r"\bwill\b", before)), False
        if (
            # "named C. Joseph LaBonte, 47, president"; "named Dennis Terwillger, formerly vice
            # president of Armstrong's Tire Division, president"
            # "elected Paul Johnson a vice president"
            re.sub(
                r"^, (?:\d{2}|(?:formerly|previously|most recently) [^,]{1,100}) ,$|^an?$", "", gap
            )
            == ""
            and p[0] > sent.start
            and doc[p[0] - 1].lemma_.lower() in words()["naming_verbs"]
            and doc[p[0] - 1].pos_ == "VERB"
            and not has_phrase(
                "speculation_cues", hedge_text(doc[max(sent.start, p[0] - 3) : p[0]])
            )
        ):
            # "its board elected Nathan Collins chairman of the board": the title the object
            # is given
            return p, "verb_start", "start", bool(re.search(r"\bwill\b", before)), False
        if (
            gap.startswith(", ")
            and p[0] > sent.start
            and doc[_listed_from(doc, p, people) - 1].text == ","
            and (
                re.match(
                    r", (?:is|was|were|are|has|have|had|will|remains|became|becomes) ", gap + " "
                )
                or _appositive_subject(doc, p)
            )
        ):
            # "His brother, Herbert Greenberg, was a vice president": the comma closes the
            # name set off after a noun, the verb is the name's
            gap = gap[2:]
        kind = classify_gap(gap)
        if kind is not None and "would" in gap.split() and conditional(sent):
            continue  # "If Smith won, he would become chairman": no more than a hypothesis
        if kind is not None:
            rule, event, future, habitual = kind
            return p, rule, event, future, habitual
    return None


def _second_title_of_name(doc: Doc, role: Span) -> bool:
    """Whether "and" (past a function, "-finance and") joins the title to one right after a
    person's name ("Paul Iverson senior vice president-finance and chief financial officer")."""
    k = role.start - 1
    if k < 1 or doc[k].lower_ != "and":
        return False
    k -= 1
    while k > 0 and doc[k].is_lower and doc[k].is_alpha and doc[k].ent_type_ != "ROLE":
        k -= 1  # "-finance", "-international operations"
    if doc[k].text == "-":
        k -= 1
    elif k != role.start - 2:
        return False
    if doc[k].ent_type_ != "ROLE":
        return False
    while k > 0 and doc[k - 1].ent_type_ == "ROLE" and doc[k].ent_iob_ != "B":
        k -= 1
    return k > 0 and doc[k - 1].ent_type_ == "PERSON"


def _hired_as(doc: Doc, p: tuple[int, int, bool], role: Span) -> bool:
    """Whether the title follows "as" after a verb of appointing whose object is the person,
    or a description the person's name is set off after (read from the parse)."""
    prep = role.root.head
    verb = prep.head
    if prep.lower_ != "as" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return False
    if verb.lower_ not in words()["start_verbs"] or verb.lemma_ in words()["succession_verbs"]:
        return False  # "to succeed Robert Blanz as president": the one succeeded
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    name = doc[p[1] - 1]
    return p[0] <= obj.i < p[1] or (name.dep_ == "appos" and name.head.i == obj.i)


def _moved_after_appositive(gap: str) -> bool:
    """Whether a gap is a description set off after the name, then a verb of taking or
    leaving a post ("..., formerly a partner at <org> , joined the company as")."""
    m = re.fullmatch(r", [^,]{1,100} , (.+)", gap)
    return (
        m is not None
        and "<person>" not in m.group(1)
        and any(
            p.match(m.group(1))
            for p in (phrase_pattern("start_verbs"), phrase_pattern("end_verbs"))
        )
    )


def _appositive_subject(doc: Doc, p: tuple[int, int, bool]) -> bool:
    """ "Its president, Gabriel Fusco, resigned as": a name in apposition to the subject of
    the verb right after it."""
    root = doc[p[1] - 1]
    subject = root.head
    if root.dep_ != "appos" or not subject.dep_.startswith("nsubj") or p[1] + 1 >= len(doc):
        return False
    verb = doc[p[1] + 1]
    return verb.i == subject.head.i or (verb.head.i == subject.head.i and verb.dep_ == "aux")


def _listed_from(doc: Doc, p: tuple[int, int, bool], people: list[tuple[int, int, bool]]) -> int:
    """Where the names listed with ``p`` before it start ("A, B and C": A's first token)."""
    start = p[0]
    while True:
        before = next((q for q in people if q[1] in (start - 1, start - 2) and q[1] < start), None)
        if before is None or doc[before[1] : start].text.strip(", ").lower() not in ("", "and"):
            return start
        start = before[0]


def _function_then_comma(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are "of"/"for", a function in lower case (places
    allowed: "of European operations", "for UK retail") and a comma; or, with no comma, one
    to three words of it ("Merck's head of research Peter Kim")."""
    comma = doc[end - 1].text == ","
    if end - start < (3 if comma else 2) or end - start > (7 if comma else 4):
        return False
    if doc[start].lower_ not in ("of", "for"):
        return False
    if not comma and doc[start - 1].lower_ == "chief":
        return False  # "chief of staff Donald Regan": no chief executive
    # "Vice President of Finance Joel Graff": a function capitalized as the title is
    capitalized = doc[start - 1].is_title
    if not comma and not all(
        (t.pos_ in ("NOUN", "ADJ") or (capitalized and t.is_title and t.pos_ == "PROPN"))
        and t.lower_ not in words()["org_type_nouns"]
        for t in doc[start + 1 : end]
    ):
        return False  # "of its Chas. P. Young subsidiary", "of oil consultancy Douglas-Westwood"
    return all(
        (t.is_lower and t.is_alpha and not t.ent_type_ and t.lower_ not in ("the", "a", "an"))
        or (capitalized and not comma and t.is_title and t.is_alpha and not t.ent_type_)
        or t.ent_type_ in ("NORP", "GPE")
        or t.text in ("&", "-")
        for t in doc[start + 1 : end - 1 if comma else end]
    )


def _dismissed_by_body(doc: Doc, person_start: int) -> bool:
    """ "The board ousted John Ray as president" (not "Smith ousted Jones as leader", where
    Smith takes the title): the object of a verb of dismissal whose subject is no person."""
    if person_start == 0:
        return False
    verb = doc[person_start - 1]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.lemma_.lower() in words()["dismissal_verbs"] and not any(
        s.ent_type_ == "PERSON" for s in subjects
    )


def _bare_gap(gap: str) -> bool:
    """Nothing but a comma or a person's title ("chief executive Lord Browne") between two
    mentions."""
    titles = set(words()["person_titles"])
    return all(w == "," or w in titles for w in gap.split())


def _set_off_after_name(doc: Doc, role: Span, people: list[tuple[int, int, bool]]) -> bool:
    """Whether the titles ``role`` is listed with are set off after a name ("James Lydon,
    executive vice president and chief operating officer"): they are that name's."""
    k = role.start - 1
    skip = {"and", "also", "now", "currently"} | set(words()["role_modifiers"])
    while k > role.sent.start and (
        doc[k].ent_type_ == "ROLE" or doc[k].lower_ in skip or doc[k].is_space
    ):
        k -= 1
    if doc[k].text != ",":
        return False
    return any(p[1] == k and not p[2] for p in people)


def _title_pair(doc: Doc, i: int, j: int) -> bool:
    """ "GM chairman and chief executive Rick Wagoner": between the first title and the name,
    "and" and a second title only; or a second title set beside it ("TWA vice president
    general counsel Mark Buckstein"), or "and" and a function no title of the scheme names
    ("GM Vice President and chief labor negotiator Alfred Warren")."""
    beside = ent_at(doc, i) if i < j else None
    if beside is not None and beside.label_ == "ROLE":
        return doc[beside.end : j].text.strip() in ("", ",")
    if doc[i : i + 1].text.lower() != "and":
        return False
    function = doc[i + 1 : j]
    if (
        0 < len(function) <= 4
        and all(
            t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ") and not t.ent_type_
            for t in function
        )
        and function[-1].pos_ == "NOUN"
    ):
        return True
    k = i + 1
    modifiers = set(words()["role_modifiers"]) | set(words()["ended_modifiers"])
    while k < j and (doc[k].lower_ in modifiers or (doc[k].text == "-" and k > i + 1)):
        k += 1  # "founder and ex-chief executive", "chairman and former chief executive"
    nxt = ent_at(doc, k)
    return nxt is not None and nxt.label_ == "ROLE" and doc[nxt.end : j].text.strip() in ("", ",")


def new_title_after(doc: Doc, p_end: int) -> bool:
    """Whether a title the person is given follows the name ("X to the added post of chief
    executive officer", "X as chairman"): the titles before the name are already held."""
    tokens = [t for t in doc[p_end : p_end + 10] if not t.is_space]
    text = " ".join(t.lower_ for t in tokens)
    m = re.match(r"(?:, )?(?:as|" + _POST_OF.pattern + r") (?:the |its |a |an )?", text)
    n = len(m.group(0).split()) if m is not None else len(tokens)
    return n < len(tokens) and tokens[n].ent_type_ == "ROLE"


def before_titles(doc: Doc, i: int) -> int:
    """The token before the titles, organizations and names listed before token ``i``
    ("named [president and chief operating officer] Edward Mahoney"); -1 at the start."""
    k = i - 1
    while k >= 0 and (
        doc[k].ent_type_ in ("ROLE", "ORG", "PERSON")
        or doc[k].is_space
        or doc[k].lower_ in (",", "and")
    ):
        k -= 1
    return k


def parse_holder(
    doc: Doc, role: Span, people: list[tuple[int, int, bool]]
) -> tuple[tuple[int, int, bool], str, Event] | None:
    """The person the parse makes a title's holder when no pattern of the words between found
    one: a name in apposition to the title ("the company's administrator, turnaround expert
    Enrico Bondi"), a title coordinated with a noun in apposition to the name ("Bradt, a local
    trader and member of the board"), a name described as appointed to it ("Enrico Bondi,
    the turnaround specialist appointed by the Italian government as Parmalat's chief
    executive"), or the subject of a verb whose object is the title named as a post ("got the
    added post of president"). Returns the mention, the rule and what happened."""

    def named(tok_i: int) -> tuple[int, int, bool] | None:
        found = next((p for p in people if p[0] <= tok_i < p[1] and not p[2]), None)
        if found is None:
            return None
        lo, hi = min(found[0], role.start), max(found[1], role.end)
        # "Adm John Poindexter, (former White House Chief of Staff) Donald Regan": not across
        # a bracket
        return None if any(t.text in "()[]" for t in doc[lo:hi]) else found

    root = next((t for t in role if not role.start <= t.head.i < role.end or t.head == t), None)
    if root is None:
        return None
    for child in root.children:
        if child.dep_ == "appos" and child.i >= role.end and (p := named(child.i)) is not None:
            return p, "parse_appos", "hold"
    tok = root
    for _ in range(2):
        if tok.dep_ != "conj" or tok.head.pos_ != "NOUN" or tok.head.ent_type_ == "ROLE":
            break
        tok = tok.head
    if tok.dep_ == "appos" and tok.i > tok.head.i and (p := named(tok.head.i)) is not None:
        return p, "parse_appos", "hold"
    if (post := _post_holder(tok, named)) is not None:
        return post
    verb = tok.head.head
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in words()["naming_verbs"]
    ):
        holder = verb.head
        if holder.dep_ == "appos" and named(holder.i) is None:
            holder = holder.head
        if (p := named(holder.i)) is not None and p[1] <= role.start:
            return p, "parse_named_as", "start"
    return None


def _post_holder(
    tok: Token, named: Callable[[int], tuple[int, int, bool] | None]
) -> tuple[tuple[int, int, bool], str, Event] | None:
    """ "Donald Fisher also held the position of president", "Jeffrey Lane got the added post
    of president", "named Tom Lee to the post of president": a title named as a post, held by
    the subject of the verb whose object the post is (by its object, for a verb of naming).
    What happened comes from the verb: taken, left or held."""
    lex = words()
    post = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or post.lemma_ not in lex["post_nouns"]:
        return None
    if post.dep_ == "pobj" and post.head.lower_ in ("to", "into"):
        verb = post.head.head  # "named Tom Lee to the post of president"
    elif post.dep_ in ("dobj", "nsubjpass"):
        verb = post.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    naming = lemma in lex["naming_verbs"] or verb.lower_ in lex["raising_verbs"]
    particle = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lemma in lex["post_end_lemmas"] or (lemma == "give" and particle):
        event: Event = "end"
    elif naming or lemma in lex["post_start_lemmas"]:
        event = "start"
    else:
        event = "hold"
    deps = ("dobj", "nsubjpass") if naming else ("nsubj", "nsubjpass")
    head = verb
    for _ in range(2):
        holder = next((c for c in head.children if c.dep_ in deps and c.i != post.i), None)
        if holder is not None and holder.lower_ == "who" and head.dep_ == "relcl":
            holder = head.head  # "replacing X, who returns to his former position of"
        if holder is not None:
            # "elevating its chief operating officer, Jeffery Lane, to the added position of
            # president": the name set off after the holder's title
            p = named(holder.i) or next(
                (q for c in holder.children if c.dep_ == "appos" and (q := named(c.i))), None
            )
            return (p, "parse_post", event) if p is not None else None
        if head.dep_ not in ("xcomp", "conj"):
            break
        head = head.head
    return None
