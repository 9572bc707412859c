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
``board_seat``, ``office_taken`` ("taking over the chairmanship in 1986"), ``took_helm``,
``noun_start`` ("his appointment as chief executive").

The words that decide (start and end verbs, copulas, speculation cues) live in
``kg/data/lexicon.json``. The gap between two mentions is classified by the words it holds,
rather than enumerated as fixed token patterns: news writes the same link in many orders.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from kg.lexicon import canonical_role, is_government, is_party, plural_surfaces, words
from kg.nlp import is_title_line

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Event = Literal["start", "end", "hold"]


@dataclass
class Candidate:
    """One stated link between a person mention and a role and/or an organization."""

    person_start: int  # character offset of the person mention (or pronoun)
    person_text: str
    pronoun: bool
    role: Span | None
    org_text: str | None
    org_parent: str | None
    org_offset: int | None
    org_antecedent: bool
    event: Event
    rule: str
    sentence: Span
    future: bool = False
    habitual: bool = False  # "used to be"
    former: bool = False
    dates: list[Span] = field(default_factory=list)
    role_label: str | None = None
    described: bool = False  # "chief executive of the Frankfurt-based exchange": not the topic
    role_text: str | None = None


@cache
def _phrases(key: str) -> re.Pattern[str]:
    items = sorted(words()[key], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(i) for i in items) + r")\b")


def _has(key: str, text: str) -> bool:
    return bool(_phrases(key).search(text))


def _gap_text(doc: Doc, start: int, end: int) -> str:
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


def _hedge_text(tokens: Span) -> str:
    """The tokens in lower case for a look for speculation cues, the name May written
    ``<month>`` ("will resign on May 1", "May's chairman": a month or a company, not a hedge)."""
    return " ".join(
        "<month>" if t.ent_type_ in ("DATE", "ORG") and t.lower_ == "may" else t.lower_
        for t in tokens
    )


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
        if head.dep_ not in ("amod", "advmod") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _responsibility(doc: Doc, role: Span) -> int:
    """ "an executive responsible for marketing at Alibaba": the end of the description, or 0."""
    i = role.end
    if doc[i : i + 2].text.lower() != "responsible for":
        return 0
    j = i + 2
    while j < role.sent.end and j - i < 7 and not doc[j].is_punct:
        if (
            doc[j].lower_ in ("at", "of", "in")
            and j + 1 < len(doc)
            and doc[j + 1].ent_type_ == "ORG"
        ):
            return j
        j += 1
    return 0


def _political(doc: Doc, role: Span, start: int) -> bool:
    """ "Ukraine's new president", "President Clinton": an office of state, not a tenure."""
    i = start - 1 if start > 0 and doc[start - 1].text in ("'s", "'") else start
    if i > 0 and doc[i - 1].ent_type_ in ("GPE", "NORP"):
        # "Ukraine's president", "French president"; but a company's "UK chief executive",
        # and "Ross Walker, UK economist at Royal Bank of Scotland", "the German co-head of
        # EADS": a place or a people before a title held at a company named after it
        label = _label_of(role)
        place = _ent_ending_at(doc, i)
        owned = place is not None and _place_owner(doc, place) is not None
        after = _org_after(doc, role) if i == start else None
        at_company = after is not None and not is_government(after[0].text)
        if not at_company and (label in words()["state_offices"] or not owned):
            return True
    parties = set(words()["political_parties"])
    if i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ + "s" in parties:
        return True  # "Conservative family spokeswoman Theresa May": the party's
    first = doc[role.start]
    nxt = doc[role.end] if role.end < len(doc) else None
    prev = doc[role.start - 1] if role.start > 0 else None
    return (
        role.text.lower() == "president"
        and first.text[0].isupper()
        and not first.is_sent_start
        and nxt is not None
        and nxt.ent_type_ == "PERSON"
        and start == role.start
        and (prev is None or prev.ent_type_ != "ORG")  # "Mining Industry Council President X"
    )


def _label_of(role: Span) -> str | None:
    from kg.lexicon import canonical_role

    found = canonical_role(role.text)
    return found.label if found is not None else None


def _place_owner(doc: Doc, place: Span) -> str | None:
    """ "its UK chief executive", "Vodafone's UK chief executive": the owner of a place-named
    unit ("its" or an organization before the place), or None."""
    if place.start == 0:
        return None
    prev = doc[place.start - 1]
    if prev.lower_ in ("its", "their"):
        return "antecedent"
    if prev.text in ("'s", "'") and place.start > 1 and doc[place.start - 2].ent_type_ == "ORG":
        return "possessive"
    if prev.ent_type_ == "ORG":
        return "premod"
    return None


def _org_after(doc: Doc, role: Span) -> tuple[Span, str | None] | None:
    """ "CTO of iQIYI", "analyst at Deutsche Bank", "head of EA in Europe"."""
    if (introduced := _introduced_as(doc, role)) is not None:
        return introduced, introduced._.kg_parent
    i = _responsibility(doc, role) or _function_end(doc, role) or role.end
    sent_end = role.sent.end
    if doc[i : i + 2].text.lower() in (", of", ", at"):
        i += 1  # "Anshuman Magazine, managing director, of CB Richard Ellis"
    elif i == role.end and doc[i : i + 1].text == ",":
        # "senior vice-president, health, at Anglo-American": a function set off by commas
        k = i + 1
        while k < min(sent_end, i + 4) and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        if k > i + 1 and doc[k : k + 2].text.lower() in (", at", ", of", ", with", ", for"):
            i = k + 1
    if i < sent_end and doc[i].lower_ == "for" and _owned_title(doc, role):
        return None  # "BankAmerica's Vice President for Financial Communications": a function
    if i < sent_end and doc[i].lower_ in ("of", "at", "with", "for", "in") and i + 1 < sent_end:
        j = i + 1
        while j + 1 < sent_end and (doc[j].is_space or doc[j].text in ("The", "(")):
            # "chairman of <Baker Hughes Inc>": wire copy's brackets are blanked out;
            # "of The Hallwood Group Inc", "vice president of (Banca Nazionale del Lavoro)"
            j += 1
        # "of the UK's Confederation of British Industry": a place that owns the name
        k = j + 1 if doc[j].lower_ == "the" and doc[j].ent_iob_ != "B" else j
        if doc[k].ent_type_ in ("GPE", "NORP") and doc[k].ent_iob_ == "B":
            place = _ent_at(doc, k)
            if place is not None and doc[place.end : place.end + 1].text in ("'s", "'"):
                j = place.end + 1
            elif place is not None and place[-1].text in ("'s", "'"):
                j = place.end  # "of the Dominican Republic's National Sugar Institute"
        # "of Aberdeen-based consultancy Blackwatch", "at the California-based Institute for
        # the Future": a place the company is based in
        if doc[j].lower_ == "the" and _past_based(doc, j + 1) > j + 1:
            j += 1
        j = _past_based(doc, j)
        first = j
        # "for video game giant Electronic Arts": up to four lower-case descriptor words
        while (
            j < sent_end
            and j - first <= 4
            and (
                doc[j].is_lower
                or doc[j].text == "-"
                or doc[j].ent_type_ == "NORP"
                or (doc[j].like_num and doc[j - 1].lower_ in ("its", "their", "a"))
            )
        ):
            if doc[j].lower_ in ("its", "their") and _past_based(doc, j + 1) > j + 1:
                j = _past_based(doc, j + 1)  # "of its St. Louis-based Famous-Barr division"
                continue
            owned = next(
                (k for k in range(j, min(j + 4, sent_end)) if doc[k].lower_ == "owned"), None
            )
            if doc[j].like_num and owned is not None:
                j = owned + 1  # "of its 32 pct owned Bobbie Brooks Inc"
                continue
            # "editor of Indian film journal Trade Guide"
            if doc[j].ent_type_ == "NORP" and _ent_at(doc, j + 1) is not None:
                break
            # "of oil and gas consultancy Blackwatch": two lower-case nouns joined in the
            # description
            joined = (
                doc[j].lower_ in ("and", "or")
                and j > i + 1
                and doc[j - 1].is_lower
                and j + 2 < sent_end
                and doc[j + 1].is_lower
                and doc[j + 2].is_lower
            )
            # "director at analyst firm Gartner": a title word there describes the company
            described = doc[j].ent_type_ == "ROLE" and doc[j].is_lower
            if not joined and (
                (doc[j].ent_type_ and doc[j].ent_type_ not in ("NORP", "ROLE"))
                or (doc[j].ent_type_ == "ROLE" and not described)
                or doc[j].lower_ in ("and", "or", "who", "which", "that")
                or doc[j].lower_ == "of"  # "resigned as president in favor of Myers"
            ):
                break
            j += 1
        if j > i + 1 and doc[j : j + 1].text == ",":
            # "a board member of Germany's central bank, the Bundesbank"
            k = j + 2 if doc[j + 1 : j + 2].text.lower() == "the" else j + 1
            named = _ent_at(doc, k)
            if named is not None and named.label_ == "ORG":
                return named, named._.kg_parent
        ent = _ent_at(doc, j)
        if (
            ent is not None
            and ent.label_ == "PERSON"
            and doc[i].lower_ in ("of", "for")
            and j > i + 1
            and all(
                t.pos_ in ("NOUN", "ADJ") and t.lower_ not in words()["org_type_nouns"]
                for t in doc[i + 1 : j]
            )
        ):
            return None  # "head of research Peter Kim": the function, then the holder
        if (
            ent is not None
            and ent.label_ == "PERSON"
            and doc[i].lower_ == "with"
            and doc[role.start - 1].lower_ == "as"
        ):
            return None  # "replaced X as president with Stephen Fischer": the successor
        if ent is not None and ent.label_ in ("ORG", "PERSON"):
            # a "person" in an organization's slot ("CTO of Quarry Mining") is a company
            return _kind_then_name(doc, ent) or (ent, ent._.kg_parent)
        if ent is None and j < sent_end:
            run = _propn_run(doc, j, sent_end, 1)
            people = _ent_ending_at(doc, j) if j > first else None
            if run is not None and people is not None and people.label_ == "NORP":
                # "of Swiss Re's natural disasters department": a people's name that starts
                # the company's
                run = doc[people.start : run.end]
            if run is not None:
                return _kind_then_name(doc, run) or (run, None)
    return None


def _owned_title(doc: Doc, role: Span) -> bool:
    """Whether a named organization's possessive stands before the title, past lower-case
    modifiers ("BankAmerica's Vice President", "Texaco's new chief")."""
    k = role.start - 1
    while k > role.sent.start and doc[k].is_lower and doc[k].pos_ in ("ADJ", "ADV", "VERB"):
        k -= 1
    return k > role.sent.start and doc[k].text in ("'s", "'") and doc[k - 1].ent_type_ == "ORG"


def _past_based(doc: Doc, j: int) -> int:
    """The token after "Aberdeen-based" or "St. Louis-based" starting at ``j``, else ``j``."""
    if j >= len(doc) or not doc[j].text[:1].isupper():
        return j
    place = _ent_at(doc, j) if doc[j].ent_type_ in ("GPE", "LOC") else None
    end = place.end if place is not None and place.start == j else j + 1
    if doc[end : end + 2].text.lower() in ("- based", "-based"):
        return end + 2
    return j


def _kind_then_name(doc: Doc, first: Span) -> tuple[Span, str | None] | None:
    """ "of P2P network Red Swoosh": a word, the kind of company, then the company's name;
    "of BankAmerica's Seafirst Corp": the owner, then the company it owns (the parent kept)."""
    k = first.end
    if k + 1 < first.sent.end and doc[k].lower_ in words()["org_type_nouns"]:
        named = _ent_at(doc, k + 1)
        if named is not None and named.label_ == "ORG":
            return named, named._.kg_parent
    if k + 1 < first.sent.end and doc[k].text in ("'s", "'") and first.label_ == "ORG":
        owned = _ent_at(doc, k + 1)
        if owned is not None and owned.label_ == "ORG":
            return owned, owned._.kg_parent or first.text
    # "head of Yukos main shareholders' group Menatep": the first name owns the description
    # of the one named after it
    j = k + 1 if k < first.sent.end and doc[k].text in ("'s", "'") else k
    m = j
    while m < min(first.sent.end - 1, j + 4) and (doc[m].is_lower or doc[m].text == "'"):
        if doc[m].lower_ in words()["org_type_nouns"] and m > j:
            named = _ent_at(doc, m + 1)
            if named is not None and named.label_ == "ORG":
                return named, named._.kg_parent
            run = _propn_run(doc, m + 1, first.sent.end, 1) if named is None else None
            return (run, None) if run is not None else None
        m += 1
    return None


def _function_end(doc: Doc, role: Span) -> int:
    """ "head of equities trading at TOV", "senior vice president of digital development and
    distribution at EMI": the end of the function named after a title, or 0. After "head" the
    function may end at "of" or "for" too; after other titles only at "at" with an
    organization named within the next few words ("chairman of the board of Exxon" stays as
    it is)."""
    i = role.end
    sent_end = role.sent.end
    if i + 1 < sent_end and doc[i].lower_ == "for":
        return _capitalized_function_end(doc, role)
    if i + 1 >= sent_end or doc[i].lower_ != "of":
        return 0
    head = role.text.lower() == "head"
    ends = ("at", "of", "for") if head else ("at",)
    j = i + 1
    while j < sent_end and j - i <= (6 if head else 8):
        tok = doc[j]
        if tok.lower_ in ends and j > i + 1:
            ahead = doc[j + 1 : min(j + 6, sent_end)]
            named = any(t.ent_type_ == "ORG" for t in ahead if not t.is_punct)
            return j if head or named else 0
        places = ("GPE", "NORP") if head else ()
        if tok.ent_type_ in places and tok.text[:1].isupper():
            j += 1  # "head of UK equities for Standard Life Investments"
            continue
        if not (tok.is_lower or tok.text in ("&", "-")) or tok.ent_type_ not in (
            "",
            "ORDINAL",
            "CARDINAL",
        ):
            return 0  # "head of third party services at Vodafone" passes
        j += 1
    return 0


def _capitalized_function_end(doc: Doc, role: Span) -> int:
    """ "Vice President for International Services at Chase Econometrics": a function after
    "for", in capitals or not, that ends at "at" and a named organization (the index of "at"),
    or 0."""
    i, sent_end = role.end, role.sent.end
    for j in range(i + 2, min(i + 7, sent_end - 1)):
        tok = doc[j]
        if tok.is_punct or tok.lower_ in ("said", "says"):
            return 0
        if tok.lower_ == "at" and doc[j + 1].ent_type_ == "ORG" and doc[j + 1].ent_iob_ == "B":
            return j
    return 0


def _capitalized_elsewhere(doc: Doc, tok: Token) -> bool:
    """A word the tagger did not take for a name ("Arsenal/ADJ vice-chairman") that the
    document writes capitalized inside a sentence elsewhere: a name."""
    if tok.lower_ in words()["role_modifiers"] or tok.lower_ in words()["ended_modifiers"]:
        return False
    return any(
        t.text == tok.text and not t.is_sent_start and t.i != tok.i and doc[t.i - 1].text != '"'
        for t in doc
    )


def _propn_run(doc: Doc, start: int, end: int, step: int) -> Span | None:
    """An untagged run of proper nouns from ``start`` towards ``end`` (an organization the model
    missed: "Arsenal vice-chairman", "at brokers TOV")."""
    idx: list[int] = []
    i = start
    while (i < end if step > 0 else i >= end) and len(idx) < 4:
        tok = doc[i]
        if tok.ent_type_ or not tok.text[:1].isupper():
            break
        if tok.pos_ != "PROPN" and not _capitalized_elsewhere(doc, tok):
            break
        idx.append(i)
        i += step
    if not idx:
        return None
    from spacy.tokens import Span

    lo, hi = min(idx), max(idx) + 1
    if step > 0 and hi < end and doc[hi].ent_iob_ == "B" and doc[hi].ent_type_ in ("ORG", "PERSON"):
        ent = _ent_at(doc, hi)  # "CB Richard Ellis": a capital run that runs into a name
        if ent is not None:
            hi = ent.end
    return Span(doc, lo, hi, label="ORG")


def _ent_at(doc: Doc, i: int) -> Span | None:
    if i >= len(doc) or doc[i].ent_iob_ != "B":
        return None
    for ent in doc.ents:
        if ent.start == i:
            return ent
    return None


def _ent_ending_at(doc: Doc, end: int) -> Span | None:
    for ent in doc.ents:
        if ent.end == end:
            return ent
    return None


def _org_before(doc: Doc, start: int) -> tuple[Span, str] | None:
    """ "Fiat chief executive", "Vivendi's boss", "its chairman": the org left of a role."""
    if doc[start].lower_ == "company" and doc[start].is_lower and start > doc[start].sent.start:
        # "an open letter from company president Lee Scott": the company the story is about
        prior = lead_subject(doc) or _previous_org(doc, start, company=True)
        if prior is not None:
            return prior, "antecedent"
    if doc[start].text == "-" and start > 0 and not doc[start - 1].whitespace_:
        return None  # "Oscar-winning director", "Harvard-educated chief executive": no owner
    i = start
    while i > 0 and doc[i - 1].is_space and doc[i - 1].sent.start == doc[start].sent.start:
        i -= 1  # "Chrysler Corp <C> treasurer": a blanked ticker between name and title
    if i > 2 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].is_upper:
        # "United Coconut Planters Bank (UCPB) president Ramon Sy": the name before its acronym
        j = i - 3
        while j > 0 and doc[j - 1].is_space:
            j -= 1
        named = _ent_ending_at(doc, j)
        if named is not None and named.label_ == "ORG":
            return named, "org_premod"
    possessive = i > 0 and doc[i - 1].text in ("'s", "'")
    if possessive:
        i -= 1
    ent = _ent_ending_at(doc, i)
    if ent is not None and ent.text.lower() in words()["function_acronyms"] and not possessive:
        return None  # "PR executive Sarah Macaulay", "IT director": a function, no company
    if ent is not None and ent.label_ == "ORG":
        return ent, "org_possessive" if possessive else "org_premod"
    if ent is not None and _company_read_as_person(doc, ent):
        return ent, "org_possessive" if possessive else "org_premod"
    if ent is None and i > 0:
        run = _propn_run(doc, i - 1, doc[i - 1].sent.start, -1)
        # "Road safety head Andrew Howard": a common noun capitalized as the first word, the
        # modifier of another ("Arsenal vice-chairman" stays a name)
        common = (
            run is not None
            and len(run) == 1
            and run[0].is_sent_start
            and run[0].pos_ != "PROPN"
            and doc[run.end].is_lower
            and doc[run.end].ent_type_ != "ROLE"
        )
        # "Company chairman Jean Roux said", "Drug analyst Ann Uhl said": a sentence's first
        # word that the document also writes in lower case is a common noun, not a name
        word = doc[i - 1]
        initial = (
            word.is_sent_start
            and word.is_title
            and (i < 2 or doc[i - 2].is_space or doc[i - 2].sent.start != word.sent.start)
            and any(t.text == word.lower_ for t in doc)
        )
        if initial and word.lower_ in words()["org_type_nouns"]:
            prior = _previous_org(doc, word.i, company=True)
            if prior is not None:
                return prior, "antecedent"
        if run is not None and not common and not initial:
            return run, "propn_premod"
    # "Parmalat is now being run by a state appointed administrator"
    window = doc[max(role_sent_start(doc, start), start - 8) : start]
    m = re.search(
        r"<org> (?:is |was |has been |had been )?(?:now |currently )?(?:being )?"
        r"(?:run|led|headed|managed|chaired|controlled) by (?:a |an |the |its )?$",
        _gap_text(doc, window.start, start) + " ",
    )
    if m:
        for ent in doc.ents:
            if ent.label_ == "ORG" and window.start <= ent.start < start:
                return ent, "run_by"
    return None


def _company_read_as_person(doc: Doc, ent: Span) -> bool:
    """A one-word "person" right before a title ("Yukos founder Mikhail Khodorkovsky") that is
    no one's name in the document: no other person is called so, nor is it given a courtesy
    title ("Mr Yukos")."""
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].is_title:
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in words()["person_titles"]:
        return False
    word = ent.text
    titles = set(words()["person_titles"])
    for other in doc.ents:
        if other.label_ == "PERSON" and other.start != ent.start and word in other.text.split():
            return False
        titled = other.start > 0 and doc[other.start - 1].lower_.rstrip(".") in titles
        if other.text == word and titled:
            return False
    return True


def role_sent_start(doc: Doc, i: int) -> int:
    return doc[i].sent.start if i < len(doc) else 0


def _antecedent_word(doc: Doc, start: int) -> int:
    """ "its chairman", "the company's chief", "the German carmaker's boss": a role whose
    organization was named before; the number of tokens that refer to it (0: none)."""
    if start > 0 and doc[start - 1].lower_ in ("its", "their", "whose"):
        return 1
    before = doc[max(0, start - 3) : start].text.lower()
    for a in words()["org_antecedents"]:
        if (" " in a or "'" in a) and before.endswith(a):
            return len(a.replace("'s", " 's").split())
    # "the insurer's", "the Canadian firm's", "the state-owned lender's": a noun naming a
    # kind of organization, with a few modifiers, in the possessive
    if start < 3 or doc[start - 1].text not in ("'s", "'"):
        return 0
    noun = doc[start - 2]
    if noun.lower_ not in _kind_nouns() - {"board", "office"} or noun.ent_type_ not in ("", "NORP"):
        return 0
    if noun.lower_ in words()["overseer_nouns"]:
        return 0  # "the watchdog's chief accountant": of a body that oversees, not of the company
    i = start - 3
    while i >= max(0, start - 7) and doc[i].lower_ != "the":
        hyphen = doc[i].text == "-" and not doc[i].whitespace_
        if (doc[i].pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") and not hyphen) or doc[
            i
        ].ent_type_ == "ORG":
            return 0
        if doc[i].text[:1].isupper() and doc[i].ent_type_ not in ("NORP", "GPE"):
            return 0  # "the Acme Bank's": a name, not a reference
        i -= 1
    return start - i if i >= 0 and doc[i].lower_ == "the" else 0


def _state_subject(doc: Doc, before: int) -> bool:
    """Whether the subject of the sentence, before token ``before``, is a country or a people
    and no organization: "its" then stands for the state."""
    sent = doc[min(before, len(doc) - 1)].sent
    ents = [e for e in sent.ents if e.end <= before and _in_subject(e)]
    return any(e.label_ in ("GPE", "NORP") for e in ents) and not any(
        e.label_ == "ORG" for e in ents
    )


def _previous_org(doc: Doc, before: int, *, company: bool = False) -> Span | None:
    """The organization an "its", "the firm" or "the company" before token ``before`` refers
    to: the subject of its own sentence when that is an organization ("Deutsche Boerse bosses
    have held talks with the LSE, its chief has said"), else the nearest one before it. A
    ``company`` reference skips government bodies."""
    sent = doc[min(before, len(doc) - 1)].sent
    candidates = [
        e
        for e in doc.ents
        if e.end <= before
        and e.label_ == "ORG"
        and not (company and is_government(e.text))
        and not (company and _named_as_unit(e))  # "its Liberty Savings Bank unit"
        and not e.text[:1].islower()  # "post-Enron rules": no name
    ]
    for ent in reversed(candidates):
        if ent.start >= sent.start and _in_subject(ent):
            return ent
    return candidates[-1] if candidates else None


def _kind_nouns() -> set[str]:
    """Nouns that name a kind of organization: a company's ("insurer") or an institution's
    ("federation")."""
    return set(words()["org_type_nouns"]) | set(words()["institution_nouns"])


def _named_as_unit(ent: Span) -> bool:
    """Whether a name is given as a unit of another ("its Liberty Savings Bank unit")."""
    doc = ent.doc
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ in ("its", "their")
        and ent.end < len(doc)
        and doc[ent.end].lower_ in words()["unit_nouns"]
    )


def _named_kind(doc: Doc, start: int) -> Span | None:
    """ "the federation's executive vice president": the last organization named before whose
    name ends in that noun ("National Wildlife Federation"), over a nearer one of another kind."""
    if start < 2 or doc[start - 1].text not in ("'s", "'"):
        return None
    noun = doc[start - 2].lower_
    named = [
        e
        for e in doc.ents
        if e.label_ == "ORG"
        and len(e) >= 2
        and e.end <= start - 2
        and e[-1].lower_ in (noun, noun + "s")
    ]
    return named[-1] if named else None


def _in_subject(ent: Span) -> bool:
    """Whether an entity is (part of) the subject of a clause ("Deutsche Boerse bosses")."""
    tok = ent.root
    while tok.dep_ not in ("nsubj", "nsubjpass", "ROOT") and tok.head is not tok:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
            tok = tok.head.head  # "the board of Reliance Energy reaffirmed ..."
            continue
        if tok.dep_ in (
            "relcl",
            "ccomp",
            "advcl",
            "xcomp",
            "pcomp",
            "prep",
            "dobj",
            "pobj",
            "appos",
        ):
            return False
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def lead_subject(doc: Doc) -> Span | None:
    """The organization the first sentence of the story is about ("Brooklyn Union Gas, a New
    York gas utility, said ...", "Thai Airways International plans to ..."): an organization
    in the subject of the lead, or None."""
    for sent in doc.sents:
        if not sent.text.strip() or is_title_line(sent.text):
            continue
        for ent in sent.ents:
            if ent.label_ == "ORG" and _in_subject(ent) and not is_government(ent.text):
                return ent
        return None
    return None


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
    if not role[0].is_lower and _label_of(role) in words()["state_offices"]:
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


def _title_of(cand: Candidate) -> dict[str, Any]:
    """A candidate's title and organization, for another person who holds or takes them."""
    return {
        "role": cand.role,
        "org_text": cand.org_text,
        "org_parent": cand.org_parent,
        "org_offset": cand.org_offset,
        "org_antecedent": cand.org_antecedent,
    }


def _person_fields(doc: Doc, start: int, end: int, pronoun: bool) -> dict[str, Any]:
    """A candidate's person fields for the mention at tokens ``start``..``end``."""
    return {
        "person_start": doc[start].idx,
        "person_text": doc[start:end].text,
        "pronoun": pronoun,
    }


def _org_fields(org: Span) -> dict[str, Any]:
    """A candidate's organization fields for an organization named in the sentence."""
    return {
        "org_text": org.text,
        "org_parent": org._.kg_parent,
        "org_offset": org.start_char,
        "org_antecedent": False,
    }


def _person_spans(sent: Span) -> list[tuple[int, int, bool]]:
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
    for tok in sent:
        if tok.lower_ in pronouns and tok.dep_ in ("nsubj", "nsubjpass"):
            out.append((tok.i, tok.i + 1, True))
        for words_ in anaphors:
            n = len(words_)
            if tok.lower_ != words_[0] or tok.i + n > sent.end:
                continue
            if [t.lower_ for t in sent.doc[tok.i : tok.i + n]] == words_:
                nxt = sent.doc[tok.i + n] if tok.i + n < len(sent.doc) else None
                if nxt is None or nxt.ent_type_ != "PERSON":
                    out.append((tok.i, tok.i + n, True))
    return sorted(out)


_MAX_GAP = 10
# "to the new position of", "to the added posts of": the office a person is named to
_POST_OF = re.compile(
    r"\bto (?:the|its|their|a) (?:[a-z-]+ ){0,3}(?:posts?|positions?|offices?|jobs?|roles?|titles?)"
    r" of\b"
)
# "will assume the added duties of", "resumes the additional responsibilities of": a title
# taken on beside those held
_DUTIES_OF = re.compile(
    r"\b(assume|assumes|assumed|assuming|resume|resumes|resumed|take on|takes on|took on|"
    r"taking on) (?:the|its|their) (?:[a-z-]+ ){0,2}(?:duties|responsibilities|title|role|"
    r"posts?|positions?) of (?:the )?$"
)
_MAX_APPOSITIVE_GAP = 20


# what may stand between a copula and the title it gives ("was most recently a", "is now
# the company's", "had been executive"): adverbs, determiners, an organization's name
_AFTER_COPULA = re.compile(
    r"(?:(?:also|now|currently|presently|still|previously|formerly|once|both|then|later|"
    r"already|most|recently|just|again|briefly|the|a|an|its|their|his|her|our|this|that|"
    r"[a-z]+ly|<org>|'s|'|of|at|in|\d{4}|[a-z-]+ 's?|"  # "will be the unit's"
    # "has been given the additional title of chairman"
    r"given (?:the |an? )?(?:additional |added |new )?(?:title|post|position|role|job)s? of|"
    # "will retain his present titles of president and chief executive officer"
    r"(?:his |her |its |their )?(?:present |current )?(?:title|post|position|role|job)s? of"
    r") ?)*"
)


def _classify_gap(gap: str) -> tuple[str, Event, bool, bool] | None:
    """Rule name, event, future and habitual flags for the words between person and role."""
    g = gap + " " if gap else ""
    g = re.sub(r"^, \d{2} , ", "", g)  # "John Smith, 54, president of", "Hale, 63, will"
    g = _POST_OF.sub("to the post of", g)  # "has been named to the added posts of"
    g = _DUTIES_OF.sub("assume the role of ", g)
    det = r"(?:(?:the|a|an|its|their) )?(?:<org> (?:'s )?)?"
    # "have resigned as officers and directors": a word no title is, before the title
    g = re.sub(r"\bas (?:an? )?[a-z]+ and (?:an? )?$", "as ", g)
    # "John Cooper, a barrister and chairman of the League": a calling, then the title
    g = re.sub(r"^, (?:an? )[a-z]+ and (?:the )?$", ", ", g)
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
            and not _has("start_verbs", m.group(2))
            and not _has("end_verbs", m.group(2))
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
    if re.fullmatch(r", (?:formerly|previously|once) " + det, g):
        return "appositive", "hold", False, True  # "Pope, formerly the executive vice president"
    if re.fullmatch(r", as " + det, g):
        return "appositive_as", "hold", False, False
    if re.fullmatch(r"'s? (?:" + "|".join(words()["start_nouns"]) + r") as " + det, g):
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
    if g.startswith(",") and not re.match(r", (?:who|which|now|currently|then|once|also) ", g):
        return None
    if _has("speculation_cues", g):
        return None
    appointing = r"(?:appoint|name|hire|elect|promote|recruit)(?:s|ed)? (?:a|an|the|its|their) "
    if re.search(appointing, g) and not re.search(r"\b(?:been|was|were|is|be|are) \w*\s?\w+ed ", g):
        return None  # "AstraZeneca has now appointed a new executive director": the appointer
    future = bool(re.search(r"\b(will|to become|is to|are to|shall)\b", g))
    # "left Barclays in 2003 to join HSBC as": the verb nearest the title says which
    ends = [m.start() for m in _phrases("end_verbs").finditer(g)]
    starts = [m.start() for m in _phrases("start_verbs").finditer(g)]
    if ends and not (starts and max(starts) > max(ends)):
        return "verb_end", "end", future, False
    if starts:
        return "verb_start", "start", future, False
    if re.search(r"\bas $", g) or _has("copulas", g):
        last = max((m.end() for m in _phrases("copulas").finditer(g)), default=len(g))
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


def _dates(sent: Span) -> list[Span]:
    """The sentence's time expressions, with "effective immediately" (the document's date)."""
    from spacy.tokens import Span

    out = [e for e in sent.ents if e.label_ == "DATE" and not _age(e)]
    for tok in sent[1:]:
        if tok.lower_ == "immediately" and sent.doc[tok.i - 1].lower_ == "effective":
            out.append(Span(sent.doc, tok.i - 1, tok.i + 1, label="DATE"))
    return out


def _age(ent: Span) -> bool:
    """A person's age set off after the name and read as a date: "Jane Doe, 52, said"."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent[0].is_digit
        and len(ent.text) <= 2
        and ent.start >= 2
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].ent_type_ == "PERSON"
    )


def extract_candidates(doc: Doc) -> list[Candidate]:
    """Every candidate link in ``doc``, sentence by sentence."""
    out: list[Candidate] = []
    for sent in doc.sents:
        found = _role_candidates(doc, sent, out) + _verb_candidates(doc, sent)
        out.extend(found + _as_were(doc, sent, found))
    return out


def _as_were(doc: Doc, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """ "Cumming and Steinberg were also elected to the board, as were James Kimball and Michael
    Lynch"; "X is resigning as a director, as is Ted Ross": what is said of the names before
    "as were" is said of the names after it."""
    people = _person_spans(sent)
    auxiliaries = set(words()["elided_auxiliaries"])
    for i in range(sent.start, sent.end - 2):
        if doc[i].lower_ != "as" or doc[i + 1].lower_ not in auxiliaries:
            continue
        listed = [p for p in people if not p[2] and p[0] == i + 2]
        if not listed or (i > sent.start and doc[i - 1].text != ","):
            continue
        listed += _conjuncts_after(doc, listed[0][1], people)
        # the moves of the names before it, once each (a seat or a title and its company)
        said: dict[tuple[str | None, str | None, str | None], Candidate] = {}
        for c in found:
            if c.person_start < doc[i].idx and not c.pronoun and c.event in ("start", "end"):
                title = c.role.text.lower() if c.role is not None else c.role_label
                said.setdefault((title, c.org_text, c.event), c)
        return [
            replace(c, **_person_fields(doc, q[0], q[1], False))
            for q in listed
            for c in said.values()
        ]
    return []


def _role_candidates(doc: Doc, sent: Span, earlier: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    roles = [e for e in sent.ents if e.label_ == "ROLE"]
    people = _person_spans(sent) if roles else []
    prev_org: tuple[str, str | None, int] | None = None
    prev_role_end = -1
    for role in roles:
        start, former, announced = _expand_role(doc, role)
        if _political(doc, role, start):
            continue
        ended = set(words()["ended_modifiers"])
        org_text: str | None = None
        parent: str | None = None
        org_offset: int | None = None
        antecedent = False
        org_rule = "no_org"
        # "its UK chief executive": the unit of the organization in that place
        place = _ent_ending_at(doc, start) if start > 0 else None
        direct = _org_after(doc, role)
        after = direct or _coordinated_org_after(doc, role)
        if (
            place is not None
            and place.label_ in ("GPE", "NORP")
            and _place_owner(doc, place) is None
            and after is not None
        ):
            # "UK economist at Royal Bank of Scotland", "chief US economist for Wells Fargo":
            # the title's scope, with the title's words before it
            start = place.start
            title_words = {"chief", *words()["role_modifiers"]}
            while start > 0 and doc[start - 1].lower_ in title_words:
                start -= 1
            place = None
        if place is not None and (place.label_ != "GPE" or _place_owner(doc, place) is None):
            place = None
        if place is not None:
            start = place.start
        before = _org_before(doc, start)
        if direct is None and before is not None and before[1] in ("org_premod", "org_possessive"):
            # "a Coca-Cola Enterprises vice president and president of its Mid-Atlantic
            # affiliate": a title with its own organization before it keeps it
            after = None
        if after is not None:
            ent, parent = after
            org_text, org_offset, org_rule = _org_in_place(doc, ent), ent.start_char, "role_of_org"
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
        elif referring := _antecedent_word(doc, start):
            if referring == 1 and _state_subject(doc, start):
                continue  # "Kazakhstan has been dominated by its president": an office of state
            if _label_of(role) == "Coach":
                continue  # "their coach John Kirwan": a team, which the model seldom names
            prior = _named_kind(doc, start) or _previous_org(doc, start)
            if prior is not None:
                org_text, parent, org_offset = prior.text, prior._.kg_parent, prior.start_char
                antecedent, org_rule = True, "antecedent"
                start -= referring
        elif (owned := _owned_unit(doc, role)) is not None:
            unit, owner = owned
            org_text, parent, org_offset = unit, owner.text, owner.start_char
            antecedent, org_rule = True, "owned_unit"
        elif (
            prev_org is not None
            and re.fullmatch(
                r"(?:<person> )?(?:,|and|, and) ", _gap_text(doc, prev_role_end, start) + " "
            )
            # "named X, formerly vice president of Armstrong's Tire Division, president": a
            # former title's organization is not the new one's
            and not (
                out
                and (out[-1].former or out[-1].habitual)
                and _gap_text(doc, prev_role_end, start) == ","
            )
        ):
            org_text, parent, org_offset = (
                prev_org  # "its chief executive X and chief operating officer Y"
            )
            org_rule = "coordinated"
        described = False
        if org_text is None and (desc := _described_org(doc, role)) is not None:
            described = True
            if isinstance(desc, tuple):
                ent = desc[0]
                org_text, parent, org_offset = ent.text, ent._.kg_parent, ent.start_char
                antecedent, org_rule = True, "described"
        if org_text is not None and place is not None and org_rule != "role_of_org":
            org_text, parent = f"{_display_name(org_text)} {place.text}", org_text
        if org_text is not None:
            prev_org = (org_text, parent, org_offset or 0)
        person = _person_for_role(doc, sent, people, role, start, after)
        if person is not None and antecedent and org_offset == doc[person[0][0]].idx:
            # "Jane Doe, the company's finance director": the company is one named before her
            prior = _previous_org(doc, person[0][0])
            org_text, parent, org_offset = (
                (prior.text, prior._.kg_parent, prior.start_char) if prior else (None, None, None)
            )
        prev_role_end = after[0].end if after else role.end
        if person is not None:
            prev_role_end = _after_person(doc, sent, role, after, people)
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
            last_end = (
                last.role.end if last.org_offset is None else _end_token(doc, last.org_offset)
            )
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
            function = r"(?:, [a-z]+(?: [a-z]+)? )?"
            listed = function + r"(?:and|,|, and) (?:as )?(?:the |a |an |its )?"
            desc_re = r"(?:of|at) (?:the |its )?[a-z -]+ "  # "president of the telegraph company"
            # "vice chairman of Marathon Manufacturing Co, a subsidiary of USX Corp, and
            # chairman of the National Ocean Industries Association": the first organization
            # described between the titles
            org_appos = (
                r", (?:a|an|the) [a-z -]{2,40}?(?: of (?:the )?<org>)? , and (?:the |a |an )?"
            )
            in_list = bool(re.fullmatch(listed, _gap_text(doc, last.role.end, start) + " "))
            if (
                re.fullmatch(org_appos, _gap_text(doc, last_end, start) + " ")
                or re.fullmatch(listed, _gap_text(doc, last_end, start) + " ")
                or in_list
                or re.fullmatch(carry, _gap_text(doc, last_end, start) + " ")
                or re.fullmatch(carry, _gap_text(doc, last.role.end, start) + " ")
                or re.fullmatch(desc_re + carry, _gap_text(doc, last.role.end, start) + " ")
            ):
                p_start = _token_at(doc, last.person_start)
                # "retire as chairman but remain on the board as chairman emeritus": the
                # title kept is held, whatever happened to the one before
                kept = re.search(
                    r"\b(?:continues?|remains?|stays?)\b", _gap_text(doc, last_end, start)
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
        if person is None and (joined := _conjoined_subject(doc, role, people)) is not None:
            person = joined
        if person is None and (cataphor := _cataphor(doc, sent, role, people)) is not None:
            person = cataphor, "cataphora", "hold", False, False
        if person is None and role.text.lower() in plural_surfaces():
            person = _listed_after(doc, sent, role, after, people)
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
            acted = _object_verb_event(role)
            if acted == "start" and _new_title_after(doc, p_end):
                acted = None  # "named president Edward Mahoney to the added post of CEO"
            if acted is not None:
                event = acted
            elif re.search(
                r"\b(?:succeed\w*|replac\w*) as$", doc[max(sent.start, start - 3) : start].text
            ):
                event = "end"  # "succeeding as chief financial officer Ralph Shulansky"
        if org_text is None and rule == "premod":
            # "said analyst Alex Potter at Lehman Brothers": the person's affiliation
            found_at = _affiliated_org(doc, sent, p_end)
            if found_at is not None:
                org_text, parent, org_offset = (
                    found_at.text,
                    found_at._.kg_parent,
                    found_at.start_char,
                )
                org_rule = "affiliation"
        if org_text is None and p_end <= start:
            # "X joined IBM as president", "X serves Mountain Bell as", "join the company as"
            found = _org_in_gap(doc, p_end, start)
            if found is not None:
                org_text, parent, org_offset = found.text, found._.kg_parent, found.start_char
                org_rule = "org_in_gap"
        if org_text is None and (where := _where_org(doc, sent, p_start)) is not None:
            # "joined Pan Am from American Airlines, where he was senior vice president"
            org_text, parent, org_offset = where.text, where._.kg_parent, where.start_char
            org_rule = "where_org"
        if (
            org_text is None
            and not described
            and (reporter := _reporting_org(sent, (p_start, p_end))) is not None
        ):
            # "Kansas Power and Light Co said it named David Black as chief executive officer"
            org_text, parent, org_offset = reporter.text, reporter._.kg_parent, reporter.start_char
            org_rule = "reporting_org"
        if org_text is not None:
            prev_org = (org_text, parent, org_offset or 0)
        elect = False
        if role.end + 1 < len(doc) and (doc[role.end].text, doc[role.end + 1].lower_) == (
            "-",
            "elect",
        ):
            # "chairman-elect Denys Henderson": a title to come, on no date the sentence gives
            announced, event, elect = True, "start" if event == "hold" else event, True
        resp_end = _responsibility(doc, role) or _function_end(doc, role)
        out.append(
            Candidate(
                **_person_fields(doc, p_start, p_end, pronoun),
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
                dates=[] if elect else _dates(sent),
                role_text=doc[start if org_rule == "no_org" else role.start : resp_end].text
                if resp_end
                else None,
                described=described,
            )
        )
        also = _second_org_after(doc, after) if org_rule == "role_of_org" else None
        if also is not None:
            # "then chairman of UCPB and San Miguel": the title at each of them; "of Acme
            # Corp and its Acme Bank unit": the unit's parent is the first
            fields = _org_fields(also)
            if fields["org_parent"] is None and doc[also.start - 1].lower_ in ("its", "their"):
                fields["org_parent"] = out[-1].org_text
            out.append(replace(out[-1], **fields))
        if role.text.lower() in plural_surfaces():
            # "Martin Ackerman and Joel Yonover were named directors": each of them;
            # "vice presidents Alan Ross and Mary Kent": each of the names the title precedes
            names = (
                _conjuncts_after(doc, p_end, people)
                if rule in ("premod", "listed")
                else _conjuncts_before(doc, p_start, people)
            )
            for q_start, q_end, q_pronoun in names:
                out.append(replace(out[-1], **_person_fields(doc, q_start, q_end, q_pronoun)))
    if any(t.lower_ == "respectively" for t in sent):
        out = _respectively(doc, out, people)
    out = _replaced_titles(out)
    out = _gapped(doc, out)
    out.extend(_replacements(doc, sent, out))
    out.extend(_succession(doc, sent, out, earlier))
    return out


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
        and roles[0].rule.startswith("premod")
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
        if _gap_text(doc, a.role.end, b.role.start) not in joints:
            return found  # titles in a list of their own
    first = roles[0].role.start  # type: ignore[union-attr]
    listed: list[tuple[int, int, bool]] = []
    for p in sorted((p for p in people if p[1] <= first and not p[2]), reverse=True):
        if listed and _gap_text(doc, p[1], listed[0][0]) not in joints:
            break
        listed.insert(0, p)
    if len(listed) != len(roles):
        return found
    paired_at = {c.role.start for c in roles if c.role is not None}
    kept = [c for c in found if c.role is None or c.role.start not in paired_at]
    paired = [
        replace(cand, **_person_fields(doc, start, end, pronoun))
        for cand, (start, end, pronoun) in zip(roles, listed, strict=True)
    ]
    return kept + paired


def _where_org(doc: Doc, sent: Span, p_start: int) -> Span | None:
    """The organization a "where" clause opening with the person refers to: "American
    Airlines, where he was senior vice president", "at Citicorp, where Smith had been"; "the
    Middle Way Group, of which Mr Opik is a co-chairman"."""
    if p_start > sent.start and doc[p_start - 1].lower_.rstrip(".") in words()["person_titles"]:
        p_start -= 1  # "where Mr Smith"
    if p_start - 3 < sent.start:
        return None
    if doc[p_start - 2 : p_start].text.lower() == "of which":
        p_start -= 1
    elif doc[p_start - 1].lower_ != "where":
        return None
    k = p_start - 2 if doc[p_start - 2].text == "," else p_start - 1
    named = _ent_ending_at(doc, k)
    if named is None or named.label_ != "ORG" or is_government(named.text):
        return None
    return named


def _object_verb_event(role: Span) -> Event | None:
    """ "start" or "end" when the title is the object of a verb of appointing or of removal
    ("sacked its chief executive, X", "appointed a new chairman, X"), else None."""
    tok = _conj_root(role)  # "replace director and acting chairman X": each title listed
    if tok.dep_ != "dobj":
        return None
    verb = tok.head.lower_
    if _phrases("end_verbs").fullmatch(verb) or tok.head.lemma_ in words()["succession_verbs"]:
        return "end"  # "replacing previous chairman X": the one replaced leaves
    if _phrases("start_verbs").fullmatch(verb):
        return "start"
    return None


def _replaced_titles(found: list[Candidate]) -> list[Candidate]:
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
        and _object_verb_event(c.role) == "end"
        and _conj_root(c.role).head.lemma_ in words()["succession_verbs"]
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


def _gapped(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "named John Smith as chairman and Mary Jones as president", "Cronin will take over as
    chairman and Murphy as acting president": the verb given the first name serves the name
    after "and" whose title follows it bare or after "as"."""
    out = list(found)
    modifiers = set(words()["role_modifiers"])
    for i, c in enumerate(found):
        if c.role is None or c.pronoun or c.event == "end":
            continue
        p = _token_at(doc, c.person_start)
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


def _conj_root(role: Span) -> Token:
    """The first of the titles listed with ``role`` ("director" of "director and chairman")."""
    tok = role.root
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.ent_type_ == "ROLE":
        tok = tok.head
    return tok


def _second_org_after(doc: Doc, after: tuple[Span, str | None] | None) -> Span | None:
    """ "chairman of UCPB and San Miguel": a second organization named after "and", that ends
    the phrase (a comma, a full stop or the sentence's end after it)."""
    if after is None:
        return None
    first = after[0]
    i = first.end
    if first.label_ != "ORG" or doc[i : i + 1].text != "and":
        return None
    owned = doc[i + 1].lower_ in ("its", "their") if i + 1 < len(doc) else False
    second = _ent_at(doc, i + 2 if owned else i + 1)
    if second is None or second.label_ != "ORG":
        return None
    j = second.end
    if owned and j < len(doc) and doc[j].lower_ in words()["unit_nouns"]:
        return second  # "president of Acme Corp and its Acme Savings Bank unit to pursue"
    if j < len(doc) and doc[j].lower_ in ("units", "subsidiaries", "divisions", "affiliates"):
        return second  # "of its Manhattan Life Insurance Co and Manhattan National Life units"
    while j < len(doc) and doc[j].is_space:
        j += 1
    end = second.sent.end
    return second if j >= end or doc[j].text in (",", ".", ";") else None


def _after_person(
    doc: Doc, sent: Span, role: Span, after: tuple[Span, str | None] | None, people: list
) -> int:
    """Where a "title Name" group ends, for coordination with the next title."""
    end = after[0].end if after else role.end
    for p in people:
        if p[0] >= end and _gap_text(doc, end, p[0]) in ("", ","):
            return int(p[1])
    return end


def _token_at(doc: Doc, offset: int) -> int:
    tok = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return tok.start if tok is not None else 0


def _end_token(doc: Doc, offset: int) -> int:
    for ent in doc.ents:
        if ent.start_char == offset:
            return ent.end
    return _token_at(doc, offset) + 1


def _display_name(text: str) -> str:
    return re.sub(r"^the\s+|'s?$", "", re.sub(r"\s+", " ", text).strip(), flags=re.I)


def _coordinated_org_after(doc: Doc, role: Span) -> tuple[Span, str | None] | None:
    """ "vice president and chief operating officer of Toyota's US sales arm": the first of
    two coordinated titles shares the organization of the second."""
    i = role.end
    if doc[i : i + 1].text.lower() not in ("and", ","):
        return None
    j = i + 2 if doc[i + 1 : i + 2].text.lower() in ("the", "a") else i + 1
    while j < role.sent.end and doc[j].lower_ in words()["ended_modifiers"]:
        j += 1
    nxt = _ent_at(doc, j)
    if nxt is None or nxt.label_ != "ROLE":
        return None
    # "chairman, president and chief executive officer of First Union National Bank"
    return _org_after(doc, nxt) or _coordinated_org_after(doc, nxt)


def _org_in_place(doc: Doc, ent: Span) -> str:
    """ "head of EA in Europe": an organization followed by "in PLACE" names its unit there,
    and so does "chief executive of AOL UK". Not after "at" or "with", nor for a legal name:
    "analyst at Finans Investment in Istanbul", "Paine Webber Inc in Chicago" say where the
    speaker sits."""
    i = ent.end
    if i >= ent.sent.end:
        return ent.text
    place = _ent_at(doc, i)
    if (
        place is not None
        and place.label_ == "GPE"
        and len(place) <= 2
        and doc[i - 1].whitespace_
        and (place.end >= ent.sent.end or doc[place.end].pos_ not in ("PROPN", "NOUN"))
    ):
        return doc[ent.start : place.end].text  # "AOL UK", "Vodafone Japan"
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "the" and ent.start > 1:
        before = doc[ent.start - 2].lower_
    if before in ("at", "with") or ent[-1].lower_.rstrip(".") in words()["company_suffixes"]:
        return ent.text
    k = i + 2 if doc[i + 1 : i + 2].text.lower() == "the" else i + 1  # "T-Mobile in the UK"
    if k < ent.sent.end and doc[i].lower_ == "in" and doc[k].ent_type_ in ("GPE", "LOC"):
        place = _ent_at(doc, k)
        if place is not None:
            return doc[ent.start : place.end].text
    return ent.text


def _person_for_role(
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
        gap = _gap_text(doc, role.end, p[0])
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
            gap = _gap_text(doc, org_end, p[0])
            if not p[2] and p[0] >= org_end and gap.startswith(",") and _bare_gap(gap):
                return p, "role_of_org_appos", "hold", False, False  # ", Sir Martin Sorrell"
    # "The chief executive of Tesco is Terry Leahy", "whose chairman will be X": the title is
    # the subject, the name the complement
    subject = role.root.head if role.root.dep_ == "conj" else role.root
    if subject.dep_ in ("nsubj", "nsubjpass"):
        end = after[0].end if after is not None else role.end
        # "The new company's chairman and chief executive officer is Ralph Bailey": past the
        # titles listed with it
        while end + 1 < sent.end and doc[end].lower_ in (",", "and"):
            nxt = _ent_at(doc, end + 1)
            if nxt is None or nxt.label_ != "ROLE":
                break
            end = nxt.end
        for p in people:
            if p[2] or p[0] < end or (p[1] < len(doc) and doc[p[1]].text in ("'s", "'")):
                continue
            m = re.fullmatch(
                r"(?:is|was|will be|has been|had been|would be|becomes|became) (?:now )?",
                _gap_text(doc, end, p[0]) + " ",
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
    left = [p for p in people if p[1] <= start and start - p[1] <= _MAX_APPOSITIVE_GAP]
    for p in reversed(left):
        gap = _gap_text(doc, p[1], start)
        if (
            start - p[1] > _MAX_GAP
            and not re.match(
                r", [^,]+ , (?:(?:formerly|previously|also|now) )?"
                r"(?:will|has|had|have|is|are|was|were|would) ",
                gap + " ",
            )
            and not re.fullmatch(r", [^,]{1,100} , as", gap)  # "elected X, a co-founder ..., as"
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
        if gap == "as" and re.search(
            r"\b(?:replac\w*|succeed\w*|oust\w*|over (?:from|for))$",
            doc[max(sent.start, p[0] - 2) : p[0]].text.lower(),
        ):
            continue  # "X has replaced Y as chief executive", "X takes over from Y as": X's
        # "named president and chief operating officer Edward Mahoney to the added post of":
        # the verb before the titles the name already has
        verb_end = max(_before_titles(doc, p[0]) + 1, sent.start)
        before = " ".join(t.lower_ for t in doc[max(sent.start, verb_end - 3) : verb_end])
        # "appointed X, a director since 1985, as chairman", "named X, 55, to the post of":
        # an appositive between the name and "as"
        bare = re.sub(r"^, [^,]{1,100} , (?=as$|to )", "", gap)
        post = _POST_OF.sub("to the post of", bare)
        # "promoted John Kerslake to chief executive officer": the title the name is raised to
        raised = bare == "to" and p[0] > sent.start and _has("raising_verbs", before)
        if (
            ((bare == "as" or post == "to the post of") and _has("start_verbs", before)) or raised
        ) and not _has("speculation_cues", _hedge_text(doc[max(sent.start, p[0] - 3) : p[0]])):
            # "its board elected Frank Wezniak to the new position of chief executive officer"
            # "it named David Black as chief executive officer"
            return p, "verb_start", "start", bool(re.search(r"\bwill\b", before)), False
        if (
            # "named C. Joseph LaBonte, 47, president"; "named Dennis Terwillger, formerly vice
            # president of Armstrong's Tire Division, president"
            re.sub(r"^, (?:\d{2}|(?:formerly|previously|most recently) [^,]{1,100}) ,$", "", gap)
            == ""
            and p[0] > sent.start
            and doc[p[0] - 1].lemma_.lower() in words()["naming_verbs"]
            and doc[p[0] - 1].pos_ == "VERB"
            and not _has("speculation_cues", _hedge_text(doc[max(sent.start, p[0] - 3) : p[0]]))
        ):
            # "its board elected Nathan Collins chairman of the board": the title the object
            # is given
            return p, "verb_start", "start", bool(re.search(r"\bwill\b", before)), False
        if (
            gap.startswith(", ")
            and p[0] > sent.start
            and doc[_listed_from(doc, p, people) - 1].text == ","
            and re.match(
                r", (?:is|was|were|are|has|have|had|will|remains|became|becomes) ", gap + " "
            )
        ):
            # "His brother, Herbert Greenberg, was a vice president": the comma closes the
            # name set off after a noun, the verb is the name's
            gap = gap[2:]
        kind = _classify_gap(gap)
        if kind is not None and "would" in gap.split() and _conditional(sent):
            continue  # "If Smith won, he would become chairman": no more than a hypothesis
        if kind is not None:
            rule, event, future, habitual = kind
            return p, rule, event, future, habitual
    return None


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
    if not comma and not all(
        t.pos_ in ("NOUN", "ADJ") and t.lower_ not in words()["org_type_nouns"]
        for t in doc[start + 1 : end]
    ):
        return False  # "of its Chas. P. Young subsidiary", "of oil consultancy Douglas-Westwood"
    return all(
        (t.is_lower and t.is_alpha and not t.ent_type_ and t.lower_ not in ("the", "a", "an"))
        or t.ent_type_ in ("NORP", "GPE")
        or t.text in ("&", "-")
        for t in doc[start + 1 : end - 1 if comma else end]
    )


def _conditional(sent: Span) -> bool:
    """Whether the sentence states a condition ("if", "unless", "whether")."""
    return bool(re.search(r"\b(?:if|unless|whether)\b", sent.text.lower()))


def _org_in_gap(doc: Doc, start: int, end: int) -> Span | None:
    """The organization between a person and a title joined by a verb and "as": "joined IBM
    as", "serves Mountain Bell as", "will join the company as"."""
    gap = re.sub(r"^, who ", "", _gap_text(doc, start, end))  # "X, who joined IBM as"
    # "X, Vodafone's former chief executive, has joined GlaxoSmithKline as": past an appositive
    set_off = re.match(r"^, [^,]{2,60} , (?=(?:has |have |had |will |is to )?\w+ <org> as$)", gap)
    if set_off:
        gap = gap[set_off.end() :]
        start = next((t.i for t in doc[start:end] if t.text == "," and t.i > start), start) + 1
    if not re.search(r"\bas$", gap) or re.search(r"[,;]|\b(?:said|and|but|who)\b", gap):
        return None
    for ent in doc.ents:
        if ent.label_ == "ORG" and start <= ent.start and ent.end <= end:
            return ent
    # "will join Barclays as": a name the model missed right after the verb
    verb = next((t for t in doc[start:end] if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    if verb is not None and verb.i + 1 < end - 1:
        run = _propn_run(doc, verb.i + 1, end - 1, 1)
        if run is not None and run.end == end - 1:
            return run
    m = re.search(r"\bthe (" + "|".join(words()["org_type_nouns"]) + r") as$", gap)
    if m:
        return _previous_org(doc, start, company=True)
    return None


def _reporting_org(sent: Span, person: tuple[int, int] | None = None) -> Span | None:
    """The organization that says what the sentence reports: "Olin Corp said ...", "US West
    Inc said it named ..." (wire copy's way of naming the company a title belongs to), or
    that names someone to a title: "Olin Corp named Lee Evans chief executive officer"."""
    verbs = set(words()["reporting_verbs"]) | set(words()["naming_verbs"])
    for tok in sent:
        if tok.lemma_.lower() not in verbs or tok.pos_ != "VERB":
            continue
        for child in tok.children:
            if child.dep_ == "nsubj" and (
                child.lower_ == "it"
                or (
                    child.lower_ in words()["org_type_nouns"]
                    and child.ent_type_ != "ORG"  # "The New York ... Exchange elected": a name
                    and any(c.lower_ == "the" for c in child.children)
                )
            ):
                # "The company said", "It said": the company that spoke before, else the
                # one named last
                prior = _previous_reporter(sent.doc, sent.start) or _previous_org(
                    sent.doc, child.i, company=True
                )
                overlaps = (
                    prior is not None
                    and person is not None
                    and prior.start < person[1]
                    and person[0] < prior.end
                )
                return None if overlaps else prior
            if child.dep_ == "nsubj" and child.ent_type_ == "ROLE" and tok.lemma_ == "say":
                # "a Turner Broadcasting spokesman said": the speaker's company
                child = next(
                    (c for c in child.children if c.dep_ == "compound" and c.ent_type_ == "ORG"),
                    child,
                )
            if child.dep_ in ("nsubj", "compound") and child.ent_type_ == "ORG":
                for ent in sent.ents:
                    if ent.start <= child.i < ent.end and not is_government(ent.text):
                        if person is not None and ent.start < person[1] and person[0] < ent.end:
                            return None  # the "organization" is the person ("Hans Reckers")
                        return ent
    return None


def _previous_reporter(doc: Doc, before: int) -> Span | None:
    """The organization that last said something in the sentences before token ``before``
    ("Service Resources Corp said ... The company said": Service Resources, not a company
    named in between)."""
    verbs = set(words()["reporting_verbs"])
    for sent in reversed([s for s in doc.sents if s.end <= before]):
        for tok in sent:
            if tok.lemma_.lower() not in verbs or tok.pos_ != "VERB":
                continue
            for child in tok.children:
                if child.dep_ == "nsubj" and child.ent_type_ == "ORG":
                    ent = next((e for e in sent.ents if e.start <= child.i < e.end), None)
                    if ent is not None and not is_government(ent.text):
                        return ent
    return None


def _described_org(doc: Doc, role: Span) -> tuple[Span] | bool | None:
    """ "chief executive of the firm" / "of the Frankfurt-based exchange": a title tied to an
    organization described, not named. The description names the organization last mentioned
    in this sentence or the one before (two before, when the one before names none) when its
    head is a word for an organization (a one-tuple of it); otherwise it still says the title
    is not the article's (True). None when no description follows the title."""
    i = role.end
    if i + 1 >= role.sent.end or doc[i].lower_ not in ("of", "at") or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    while (
        j < role.sent.end
        and doc[j].lower_ not in ("and", "or", "who", "which", "that")
        and doc[j].pos_ not in ("ADP", "SCONJ", "AUX")  # "of the company since 1983"
        and (
            doc[j].ent_type_ in ("GPE", "NORP", "LOC")
            or ((doc[j].is_lower or doc[j].text == "-") and not doc[j].ent_type_)
        )
    ):
        j += 1
    # "of the hotel, casino and resorts company": a list of lower-case words before the head
    k = j
    while k + 1 < role.sent.end and (doc[k].text == "," or doc[k].lower_ == "and"):
        k += 1
        if not (doc[k].is_lower and doc[k].is_alpha and not doc[k].ent_type_):
            break
        while k < role.sent.end and doc[k].is_lower and doc[k].is_alpha and not doc[k].ent_type_:
            k += 1
        if doc[k - 1].lower_ in words()["org_type_nouns"]:
            j = k
            break
    head = doc[j - 1]
    if j == i + 2 or (j < role.sent.end and doc[j].pos_ in ("PROPN",)):
        return None
    if head.lemma_.lower() in words()["org_type_nouns"] or head.lower_ in words()["org_type_nouns"]:
        sent_start = role.sent.start
        floor = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        if floor > 0 and not any(e.label_ == "ORG" for e in doc[floor:sent_start].ents):
            # "former Enron chief executives ... Both men are facing charges ... while he was
            # chief financial officer at the group": a sentence naming none between
            floor = doc[floor - 1].sent.start
        prior = _previous_org(doc, role.start)
        if prior is not None and prior.start >= floor:
            return (prior,)
        if j == i + 3:
            return None  # "vice president of the company since 1986, Acme said": the reporter's
    return True


def _owned_unit(doc: Doc, role: Span) -> tuple[str, Span] | None:
    """ "chief executive officer of its North American operations", "president of the
    company's energy and properties groups": a unit of the organization last named, written
    without a name of its own; the unit (as "<owner>'s <words>") and its owner."""
    i = role.end
    end = role.sent.end
    if i + 2 < end and doc[i].lower_ in ("and", ","):
        # "president and chief executive officer of the company's energy and properties
        # groups": the first of coordinated titles shares the unit of the last
        nxt = _ent_at(doc, i + 1)
        return _owned_unit(doc, nxt) if nxt is not None and nxt.label_ == "ROLE" else None
    if i + 2 >= end or doc[i].lower_ not in ("of", "at", "for"):
        return None
    j = i + 1
    if doc[j].lower_ in ("its", "their"):
        j += 1
    elif doc[j].lower_ == "the" and doc[j + 1].lower_ in words()["org_type_nouns"]:
        if doc[j + 2 : j + 3].text not in ("'s", "'"):
            return None
        j += 3
    else:
        return None
    nouns = set(words()["unit_nouns"]) | {"group", "groups"}
    first = j
    while j < end and j - first < 7:
        tok = doc[j]
        if tok.lower_ in nouns and not (j + 1 < end and doc[j + 1].lower_ in nouns):
            break
        allowed = (
            (tok.is_alpha and tok.is_lower and tok.ent_type_ != "ORG")
            or tok.ent_type_ in ("NORP", "GPE", "LOC")
            or tok.text in ("-", "/", "and", ",")
            or (tok.pos_ == "PROPN" and tok.ent_type_ != "ORG")
        )
        if not allowed or tok.lower_ in ("the", "a", "an", "who", "which"):
            return None
        j += 1
    if j >= end or j == first or doc[j].lower_ not in nouns:
        return None
    # "its": the organization last named; "the insurer's": the one the story is about
    described = doc[i + 1].lower_ == "the"
    owner = (lead_subject(doc) if described else None) or _previous_org(
        doc, role.start, company=True
    )
    if owner is None:
        return None
    return f"{_display_name(owner.text)}'s {doc[first : j + 1].text}", owner


def _introduced_as(doc: Doc, role: Span) -> Span | None:
    """ "vice chairman of the holding company" after "forming a new holding company, Boston Five
    Bancorp" (or "Boston Five Bancorp, the new holding company"): the organization the
    document introduced with the same words, a modifier and the noun at least."""
    i = role.end
    if i + 3 >= role.sent.end or doc[i].lower_ not in ("of", "at") or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    while j < min(role.sent.end, i + 6) and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    said = [t.lower_ for t in doc[i + 2 : j] if t.lower_ not in ("new", "combined")]
    # "president of the new affiliate" after "into a single affiliate, Mobil Exploration":
    # the noun alone, for an organization the document calls new
    new = len(said) == 1 and doc[i + 2].lower_ in ("new", "combined")
    kinds = _kind_nouns() | set(words()["unit_nouns"])
    if (len(said) < 2 and not new) or not said or said[-1] not in kinds:
        return None
    tail = said[-2:]
    found = None
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end > role.start:
            continue
        ahead = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
        behind = [t.lower_ for t in doc[ent.end : min(len(doc), ent.end + 5)]]
        if (ahead[-1:] == [","] and ahead[-1 - len(tail) : -1] == tail) or (
            behind[:1] == [","] and tail in (behind[2:4], behind[3:5])
        ):
            found = ent
    return found


def _bare_gap(gap: str) -> bool:
    """Nothing but a comma or a person's title ("chief executive Lord Browne") between two
    mentions."""
    titles = set(words()["person_titles"])
    return all(w == "," or w in titles for w in gap.split())


def _title_pair(doc: Doc, i: int, j: int) -> bool:
    """ "GM chairman and chief executive Rick Wagoner": between the first title and the name,
    "and" and a second title only."""
    if doc[i : i + 1].text.lower() != "and":
        return False
    k = i + 1
    modifiers = set(words()["role_modifiers"]) | set(words()["ended_modifiers"])
    while k < j and (doc[k].lower_ in modifiers or (doc[k].text == "-" and k > i + 1)):
        k += 1  # "founder and ex-chief executive", "chairman and former chief executive"
    nxt = _ent_at(doc, k)
    return nxt is not None and nxt.label_ == "ROLE" and doc[nxt.end : j].text.strip() in ("", ",")


def _in_phrase(doc: Doc, p: tuple[int, int, bool]) -> bool:
    """Whether a name is the object of a preposition after the verb ("gave evidence at the
    trial of his ex-boss Bernie Ebbers"), however it is premodified."""
    tok = doc[p[1] - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.head.pos_ != "AUX" and tok.i > tok.sent.root.i


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
    if any(not p[2] and not _in_phrase(doc, p) for p in people) or is_title_line(sent.text):
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


def _replacements(doc: Doc, sent: Span, found: list[Candidate]) -> list[Candidate]:
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
            gap_after = _gap_text(doc, ent.end, cand.role.start)
            if re.search(r"\b(replac\w*|succeed\w*|oust\w*)\s*$", gap_before) and gap_after == "as":
                out.append(
                    Candidate(
                        **_person_fields(doc, ent.start, ent.end, False),
                        **_title_of(cand),
                        event="end",
                        rule="replaced_by",
                        sentence=sent,
                        future=cand.future,
                        dates=cand.dates,
                    )
                )
    return out


def _succession(
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
        just_before = _ent_ending_at(doc, verb.i - 1) if doc[verb.i - 1].text == "," else None
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
                p = _token_at(doc, taker.person_start)
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
                p = _token_at(doc, held[0].person_start)
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
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if subj is not None and subj.dep_ == "nsubjpass" and agent is not None and pred is None:
            # "Newitt is succeeded as president by William Anderson": the subject leaves
            by = next((c for c in agent.children if c.dep_ == "pobj"), None)
            pred, succ = succ, _person_at(doc, by)
        after = _org_after(doc, role) or _coordinated_org_after(doc, role)
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
                unit = _ent_at(doc, _token_at(doc, given.org_offset))
                if unit is not None and unit.label_ == "ORG":
                    after = (unit, given.org_parent)
        org: Span | str | None = after[0] if after else owned[0] or _reporting_org(sent)
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
            out.append(
                Candidate(
                    **_person_fields(doc, person.start, person.end, person.label_ != "PERSON"),
                    role=role,
                    org_text=org if isinstance(org, str) or org is None else org.text,
                    org_parent=after[1] if after else owned[1],
                    org_offset=None if isinstance(org, str) or org is None else org.start_char,
                    org_antecedent=False,
                    event=event,  # type: ignore[arg-type]
                    rule=f"{rule}+{org_rule}",
                    sentence=sent,
                    future=future,
                    dates=_dates(sent),
                )
            )
    return out


def _conjoined_subject(
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
    if lemma not in set(words()["naming_verbs"]) | {"become"} and not ending:
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    person = next((p for p in people if p[0] <= subj.i < p[1] and not p[2]), None)
    if person is None:
        return None
    future = any(c.lower_ in ("will", "shall") for c in (*verb.children, *verb.head.children))
    if ending:
        return person, "verb_end", "end", future, False
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
    label = _label_of(role)
    surname = person.text.split()[-1]
    orgs = {
        c.org_text
        for c in cands
        if c.org_text
        and c.role is not None
        and _label_of(c.role) == label
        and c.person_text.split()[-1:] == [surname]
    }
    return orgs.pop() if len(orgs) == 1 else None


def _title_chain(doc: Doc, first: Span, other: Span) -> bool:
    """ "president and chief executive officer": titles joined by "and" or commas only."""
    gap = _gap_text(doc, first.end, other.start)
    return bool(re.fullmatch(r"(?:(?:,|and|, and) [a-z -]*?)?(?:,|and|, and)", gap))


def _succession_of_named(
    doc: Doc, sent: Span, verb: Token, earlier: list[Candidate], found: list[Candidate]
) -> list[Candidate]:
    """ "It named David Black as chief executive officer. It said he will succeed William
    Wall": with no title after it, "succeed" hands over the title its subject was just given;
    "elected X director and president, succeeding Y": the last title given before it."""
    pred = _person_at(doc, next((c for c in verb.children if c.dep_ == "dobj"), None))
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
            handed = [c for c in group if c.role is not None and c.role.root.lower_ != "director"]
            return [
                Candidate(
                    **_person_fields(doc, pred.start, pred.end, False),
                    **_title_of(c),
                    event="end",
                    rule="replaced_by",
                    sentence=sent,
                    dates=_dates(sent),
                )
                for c in (handed or given[-1:])
            ]
    # "he is being replaced by his son, Stewart Bainum Jr.": the successor takes his titles
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if (
        passive is None
        and agent is not None
        and verb.dep_ in ("conj", "xcomp")
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        # "X will retire as chairman on June 30 and will be succeeded by Y", "Ms X is to be
        # replaced by Y": the subject of the verb this one hangs on
        passive = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if passive is not None and agent is not None:
        # "chief executive John Smith will be replaced by Jane Doe": a title given before the
        # verb in this sentence counts too
        earlier = earlier + [c for c in found if c.role is not None and c.role.end <= verb.i]
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        pred, subj, event = _person_at(doc, by), _person_at(doc, passive), "start"
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
        owner = _reporting_org(sent) or lead_subject(doc)
        org: dict[str, Any]
        if titled:
            org = {
                k: getattr(titled[-1], k)
                for k in ("org_text", "org_parent", "org_offset", "org_antecedent")
            }
        elif owner is not None:
            org = _org_fields(owner)
        else:
            return []
        # "Colloredo-Mansfield will succeed Holmes on the board": the seat changes hands
        seats: list[tuple[Span, Event]] = [(pred, "end")]
        if subj.label_ == "PERSON":
            seats.append((subj, "start"))
        return [
            Candidate(
                **_person_fields(doc, person.start, person.end, False),
                role=None,
                **org,
                event=seat_event,
                rule="board_seat",
                sentence=sent,
                future=seat_event == "start" and any(c.lower_ == "will" for c in verb.children),
                dates=_dates(sent),
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
    if titles and subj.label_ != "PERSON":
        last = titles[-1].person_text
        titles = [c for c in titles if c.person_text == last]
    if not titles and event == "end" and subj.label_ == "PERSON":
        # "J. David Barnes has retired as chairman and chief executive officer ... Nathan
        # Pearson will succeed Barnes": the successor takes the titles the predecessor left
        left = [
            c
            for c in earlier
            if c.role is not None
            and c.sentence.start >= floor
            and not c.pronoun
            and pred.text.split()[-1] in c.person_text.split()
            and c.event == "end"
        ]
        return [
            Candidate(
                **_person_fields(doc, subj.start, subj.end, False),
                **_title_of(cand),
                event="start",
                rule="succession",
                sentence=sent,
                future=any(c.lower_ in ("will", "shall") for c in verb.children),
                dates=_dates(sent),
            )
            for cand in left
        ]
    if event == "end" and titles:
        # the successor's first title is the one handed over, with the titles given with it
        # ("elected Charles Scott as chairman and chief executive officer. He replaces Ronald
        # Grant": both); a title given here before one already held ("director Arnold
        # Johnson has been named president and chief executive officer. He succeeds Hoch")
        given = [c for c in titles if c.event == "start"]
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
            # "succeeds X, who ... continues as chief executive officer": that one he keeps
            and not re.search(
                r"\b(?:continues?|remains?|retains?|stays?)\b[^.;]*\b"
                + re.escape(c.role.text.lower()),
                sent.text.lower(),
            )
        ]
    return [
        Candidate(
            **_person_fields(doc, pred.start, pred.end, False),
            **_title_of(cand),
            event=event,
            rule="replaced_by" if event == "end" else "succession",
            sentence=sent,
            future=any(c.lower_ in ("will", "shall") for c in verb.children),
            dates=_dates(sent),
        )
        for cand in titles
    ]


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
    return None


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


def _verb_candidates(doc: Doc, sent: Span) -> list[Candidate]:
    """Links made by a verb with no title: joined, left, founded, heads; departures."""
    lex = words()
    out: list[Candidate] = []
    people = _person_spans(sent)
    heading = lex["heading_verbs"]
    # "heads", "has run", "runs": the verbs of leading (not "owns": an owner is not said so)
    leading = "|".join(
        re.escape(v) for v in sorted(heading, key=len, reverse=True) if heading[v] != "Owner"
    )
    # "in charge of", "at the helm of", "took the top job at": phrases of leading
    phrasal: dict[str, str] = lex["leading_phrases"]
    phrases = "|".join(re.escape(v) for v in sorted(phrasal, key=len, reverse=True))
    for p_start, p_end, pronoun in people:
        begin = _coordinated_end(doc, p_end, people)
        # "X, chairman of Phibro Energy, a subsidiary of Salomon, has left the company"
        begin = _appositive_end(doc, begin, sent.end) or begin
        tail = _tail_tokens(doc, begin, sent.end)
        text = " ".join(t.lower_ for t in tail)
        m = re.match(
            # "Kado, whose appointment takes effect from today, joined Nixdorf in 1984"
            r"^(?:, \d{2} (?:, (?!who))?)?(?:" + _WHOSE + ")?"
            r"(?:, who |, (?=in charge of|at the helm of))?"
            r"(?:has |had |have |only |recently |subsequently |then |also |later |previously "
            r"|formerly |once |currently |now |still )*"
            r"(joined|left|quit|resigned from|stepped down from|departed|founded|co-founded|"
            rf"set up|established|{leading}|(?:(?:is|was|been) )?(?:{phrases}))"
            r" (?:the |a )?",
            text,
        )
        if m is None:
            # "its chairman, Charles Speir, resigned": a name set off after its title
            set_off = "|, " if p_start > 0 and doc[p_start - 1].text == "," else ""
            m_end = re.match(
                rf"^(?:, \d{{2}} )?(?:, who |, (?=has |had |have |will ){set_off})?"
                r"(?:has |had |have |only |also |subsequently |then |will |is to |plans to )*"
                r"(left|quit|resigned|stepped down|departed|retired|retires|retire|resigns|leaves|"
                r"steps down|step down|(?:was|were|has been|had been|have been) "
                r"(?:sacked|fired|ousted|dismissed|relieved of))\b",
                text,
            )
            if m_end and text[m_end.end() :].startswith(" as "):
                m_end = None  # "will step down as chief executive officer": that title only
            if (m_end or _dismissed_by_org(doc, p_start, p_end)) and not _has(
                "speculation_cues", _hedge_text(sent)
            ):
                bare = _bare(doc, sent, p_start, p_end, pronoun, "end", "verb_end_bare")
                # "will retire on December 31": the date to come
                future = m_end is not None and bool(
                    re.search(r"\b(?:will|is to|plans to)\b", text[: m_end.start(1)])
                )
                out.append(replace(bare, future=future))
            continue
        verb = m.group(1)
        phrase = next((p for p in phrasal if verb.endswith(p)), None)
        if phrase is not None:
            verb = phrase
        k = len(m.group(0).split())
        obj = tail[k] if k < len(tail) else None
        # "who runs advertising giant WPP": lower-case words saying what kind of company
        kind = k
        while (
            kind < len(tail) and kind - k < 4 and tail[kind].is_lower and not tail[kind].ent_type_
        ):
            kind += 1
        if (
            kind > k
            and kind < len(tail)
            and tail[kind - 1].lower_ in words()["org_type_nouns"]
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
            org = _ent_at(doc, obj.i)
            if org is not None and _premodifies_noun(doc, org):
                org = None  # "who heads the Shell pension fund": not Shell itself
        elif obj is not None and obj.lower_ in (
            "company",
            "firm",
            "group",
            "bank",
            "business",
            "job",
        ):
            # "X, chairman of Phibro Energy, a subsidiary of Salomon, has left the company":
            # the company of the title set off after the name
            org = _titled_org_between(doc, p_end, obj.i) or _previous_org(doc, obj.i, company=True)
            antecedent = True
        if org is None and verb not in ("left", "quit", "departed", "resigned from"):
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
        elif verb in ("founded", "co-founded", "set up", "established"):
            event, role_label, rule = "hold", "Founder", "verb_found"
        else:
            event, role_label, rule = "hold", heading.get(verb, "Head"), "verb_head"
            if phrase is not None:
                role_label = phrasal[phrase]
                event = "start" if phrase.startswith("took") else "hold"
            if board and role_label in ("Head", "Chairman"):
                role_label = "Chairman"
        if event != "hold" and _has("speculation_cues", _hedge_text(sent)):
            continue
        dates = _dates(sent)
        if (whose := re.match(r"(?:, \d{2} )?" + _WHOSE, text)) is not None:
            # "whose appointment takes effect from today": a date of the clause, not the verb's
            verb_at = tail[len(whose.group(0).split())].i
            dates = [d for d in dates if not p_end <= d.start < verb_at]
        out.append(
            Candidate(
                **_person_fields(doc, p_start, p_end, pronoun),
                role=None,
                org_text=org.text if org is not None else None,
                org_parent=org._.kg_parent if org is not None else None,
                org_offset=org.start_char if org is not None else None,
                org_antecedent=antecedent,
                event=event,
                rule=rule,
                sentence=sent,
                dates=dates,
                role_label=role_label,
            )
        )
    out.extend(_founded_by(doc, sent))
    out.extend(_headed_by(doc, sent))
    out.extend(_infinitive_moves(doc, sent))
    out.extend(_board_moves(doc, sent, people))
    out.extend(_board_list(doc, sent, people))
    out.extend(_office_taken(doc, sent, people))
    out.extend(_affiliations(doc, sent, people))
    # "Mr Demel, a car industry veteran, took the helm in November 2003": the start of the
    # title the document gives him
    for p_start, p_end, pronoun in people:
        rest = " ".join(t.lower_ for t in _tail_tokens(doc, p_end, sent.end))
        helm = "|".join(re.escape(v) for v in lex["helm_phrases"])
        if re.match(rf"^(?:, [^,]{{3,60}} , )?(?:has |had |then |later )*(?:{helm})\b", rest):
            out.append(_bare(doc, sent, p_start, p_end, pronoun, "start", "took_helm"))
    # "the departure of Tang Xing", "Mr Howard's resignation"
    for p_start, p_end, pronoun in people:
        # "the retirement of [Utah International chairman and chief executive] Bud Wilson"
        titled = _before_titles(doc, p_start) + 1
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
        if re.search(rf"\b(?:{nouns}) of$", before) or re.match(rf"^'s? (?:{nouns})\b", after):
            out.append(_bare(doc, sent, p_start, p_end, pronoun, "end", "noun_end"))
    return out


def _premodifies_noun(doc: Doc, ent: Span) -> bool:
    """Whether a name only modifies the common noun after it ("the Shell pension fund")."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return (
        nxt is not None
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
        and ent.root.dep_ in ("compound", "nmod", "amod")
    )


def _conjuncts_before(
    doc: Doc, p_start: int, people: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The people listed before the one starting at ``p_start``: "A, B and C" (only commas
    and "and" between them, an appositive such as ", both attorneys," after the last)."""
    out = []
    start = p_start
    for q in sorted(people, reverse=True):
        if q[1] > start:
            continue
        if _gap_text(doc, q[1], start) not in (",", "and", ", and"):
            break
        out.append(q)
        start = q[0]
    return out


def _listed_after(
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
    gap = _gap_text(doc, end, first[0])
    # "as directors, officers and employees of the company were": other plural nouns and the
    # organization may follow the title
    listed = r"(?:(?:,|, and|and) [a-z]+ )*(?:(?:of|at) (?:the |its )?(?:<org>|[a-z]+) )?"
    m = re.fullmatch(listed + r"(were|are|will be|:|include|includes|included|including)", gap)
    if m is None:
        return None
    before = " ".join(t.lower_ for t in doc[sent.start : role.start])
    if _has("speculation_cues", _hedge_text(doc[sent.start : role.start])):
        return None
    event: Event = (
        "end" if _has("end_verbs", before) else "start" if _has("start_verbs", before) else "hold"
    )
    return first, "listed", event, m.group(1) == "will be", False


def _conjuncts_after(
    doc: Doc, p_end: int, people: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The people listed after the one ending at ``p_end``: "A, B and C"."""
    out = []
    end = p_end
    for q in sorted(people):
        if q[0] < end:
            continue
        # "A, who served from 1937, and B": a relative clause may follow each name
        gap = re.sub(r"^, who [^,]{1,80} (?=,)", "", _gap_text(doc, end, q[0]))
        if q[2] or gap not in (",", "and", ", and"):
            break
        out.append(q)
        end = q[1]
    return out


def _coordinated_end(doc: Doc, p_end: int, people: list[tuple[int, int, bool]]) -> int:
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
        elif gap.text == "," or (len(gap) == 2 and gap[0].text == "," and gap[1].lower_ == "and"):
            # "A, B and C resigned": a list that ends with "and"
            end = q_end
            if gap[-1].lower_ == "and":
                confirmed = end
        else:
            break
    return confirmed


def _tail_tokens(doc: Doc, start: int, end: int, limit: int = 12) -> list[Token]:
    """The first ``limit`` tokens from ``start``, spaces left out."""
    return [t for t in doc[start:end] if not t.is_space][:limit]


def _bare(
    doc: Doc, sent: Span, p_start: int, p_end: int, pronoun: bool, event: Event, rule: str
) -> Candidate:
    return Candidate(
        **_person_fields(doc, p_start, p_end, pronoun),
        role=None,
        org_text=None,
        org_parent=None,
        org_offset=None,
        org_antecedent=False,
        event=event,
        rule=rule,
        sentence=sent,
        dates=_dates(sent),
        # "X will retire April 21": a date ahead of the report
        future=bool(re.search(r"\b(?:will|shall|is to|are to)\b", doc[p_end : p_end + 5].text)),
    )


def _founded_by(doc: Doc, sent: Span) -> list[Candidate]:
    """ "AT&T, which was founded in 1875 by Alexander Graham Bell", "It was founded by their
    father, Dhiru Bhai Ambani": the founder of the subject organization."""
    out: list[Candidate] = []
    for tok in sent:
        if tok.lower_ not in words()["founding_verbs"] or tok.pos_ != "VERB":
            continue
        if tok.lower_ == "set" and not any(c.lower_ == "up" for c in tok.children):
            continue
        if tok.dep_ == "acl":
            org = _modified_org(doc, tok.head)  # "Solidere, the company founded by X"
        elif any(c.dep_ == "auxpass" for c in tok.children):
            org = _passive_subject_org(doc, sent, tok)
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
        gap = _gap_text(doc, by.i + 1, person.start)
        if "<org>" in gap or re.search(r"[,;]|\band\b", gap):
            continue
        if person.start > by.i + 1 and doc[person.start - 1].pos_ == "ADP":
            continue  # "founded by its late namesake in Kent": a place the model took for a name
        # "founded by Larry Page and Sergey Brin": each of the names listed
        spans = [(e.start, e.end, False) for e in sent.ents if e.label_ == "PERSON"]
        founders = [(person.start, person.end, False), *_conjuncts_after(doc, person.end, spans)]
        for f_start, f_end, _ in founders:
            out.append(
                Candidate(
                    **_person_fields(doc, f_start, f_end, False),
                    role=None,
                    **_org_fields(org),
                    event="start",
                    rule="verb_founded_by",
                    sentence=sent,
                    dates=_dates(sent),
                    role_label="Founder",
                )
            )
    return out


def _headed_by(doc: Doc, sent: Span) -> list[Candidate]:
    """ "Trenton Bank, headed by Oscar Little", "Dalby Foods, which is run by Megan Price", "the
    firm is now chaired by X": a passive verb of leading whose agent is a person and whose
    subject, or the noun it modifies, is an organization (read from the parse)."""
    verbs: dict[str, str] = words()["headed_by_verbs"]
    out: list[Candidate] = []
    if _has("speculation_cues", _hedge_text(sent)):
        return out
    for tok in sent:
        label = verbs.get(tok.lower_)
        if label is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        if tok.dep_ == "acl":
            org = _modified_org(doc, tok.head)
        elif any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children
        ):
            # not "It was led by X": a delegation or a campaign as often as a company
            org = _passive_subject_org(doc, sent, tok)
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
                    **_person_fields(doc, person.start, person.end, False),
                    role=None,
                    **_org_fields(org),
                    event="hold",
                    rule="verb_headed_by",
                    sentence=sent,
                    dates=_dates(sent),
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
    if _has("speculation_cues", _hedge_text(sent)) or _conditional(sent):
        return out
    for tok in sent:
        if tok.lower_ not in moves or tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "advcl"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        org = _ent_at(doc, obj.left_edge.i)
        if org is None or org.label_ != "ORG" or not org.start <= obj.i < org.end:
            continue
        governor = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        if governor is not None and governor.ent_type_ != "ORG":
            continue  # "urged savers to join HSBC": the object joins, not the subject
        head = tok.head
        while head.dep_ in ("xcomp", "advcl", "conj") and head.head.i != head.i:
            head = head.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        person = next(
            (e for e in sent.ents if subj is not None and e.start <= subj.i < e.end), None
        )
        if person is None or person.label_ != "PERSON":
            continue
        label = moves[tok.lower_]
        out.append(
            Candidate(
                **_person_fields(doc, person.start, person.end, False),
                role=None,
                **_org_fields(org),
                event="start" if not label or label == "Founder" else "hold",
                rule="verb_join" if not label else "verb_head",
                sentence=sent,
                dates=_dates(sent),
                role_label=label or None,
            )
        )
    return out


def _modified_org(doc: Doc, noun: Token) -> Span | None:
    """The organization a noun names or stands in apposition to ("Solidere, the company")."""
    for tok in (noun, noun.head if noun.dep_ == "appos" else None):
        if tok is not None and tok.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC"):
            for ent in doc.ents:
                if ent.start <= tok.i < ent.end:
                    return ent
    left = noun.left_edge.i
    if left > 1 and doc[left - 1].text == ",":
        before = _ent_ending_at(doc, left - 1)
        if before is not None and before.label_ == "ORG":
            return before
    return None


def _passive_subject_org(doc: Doc, sent: Span, verb: Token) -> Span | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        # "owned by Reliance Industries which is run by X": the name right before the pronoun,
        # wherever the parser hung the clause
        k = subj.i - 1 if doc[subj.i - 1].text != "," else subj.i - 2
        named = _ent_ending_at(doc, k + 1) if k >= sent.start else None
        if named is not None and named.label_ == "ORG":
            return named
        subj = verb.head
    if subj.lower_ == "it":
        return _previous_org(doc, subj.i)
    if (
        not subj.ent_type_
        and subj.lower_ in words()["org_type_nouns"]
        and any(c.lower_ == "the" for c in subj.children)
    ):
        return _previous_org(doc, subj.i, company=True)  # "The firm is now led by X"
    if subj.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC"):
        for ent in doc.ents:
            if ent.start <= subj.i < ent.end:
                return ent
    return None


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
        if left and _classify_gap(_gap_text(doc, left[-1][1], tok.i - 2)) is not None:
            holder = left[-1]
        elif subj and doc[sent.start].lower_ in ("since", "after", "on", "before", "when"):
            holder = next((p for p in subj if p[0] > tok.i), None)
        if holder is None:
            continue
        org = None
        if doc[tok.i + 1 : tok.i + 2].text.lower() == "of":
            org = _ent_at(doc, tok.i + 2)
        out.append(
            Candidate(
                **_person_fields(doc, holder[0], holder[1], holder[2]),
                role=None,
                org_text=org.text if org is not None and org.label_ == "ORG" else None,
                org_parent=org._.kg_parent if org is not None else None,
                org_offset=org.start_char if org is not None else None,
                org_antecedent=False,
                event="start",
                rule="office_taken",
                sentence=sent,
                dates=_dates(sent),
                role_label=label,
            )
        )
    return out


def _board_moves(doc: Doc, sent: Span, people: list[tuple[int, int, bool]]) -> list[Candidate]:
    """ "X has been elected to AMR's board", "X has resigned from its board of directors",
    "X joined the board of Y": a seat on a board, its start or end."""
    lex = words()
    out: list[Candidate] = []
    for p_start, p_end, pronoun in people:
        # "A and B were elected to the board": each of the names listed before the verb
        listed_end = _coordinated_end(doc, p_end, people)
        # "the HSBC board": a name before "board" is its owner (read as <name>)
        tail = " ".join(
            "<name>" if t.ent_type_ == "ORG" else t.lower_
            for t in _tail_tokens(doc, listed_end, sent.end, 24)
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
                org = _ent_at(doc, tok.i)
                break
        if org is None and re.search(r"\b(?:its|their)\b", m.group(0)):
            org = _previous_org(doc, p_start)
        if org is None and re.search(r"\bthe board$", m.group(0)):
            # "succeeding X, who remains on the board": the board of the company reporting
            org = _reporting_org(sent, (p_start, p_end)) or lead_subject(doc)
        if org is None:
            continue
        event: Event = (
            "end"
            if m.group(1) in lex["board_end_verbs"]
            else "hold"
            if m.group(1) in lex["board_hold_verbs"]
            else "start"
        )
        out.append(_seat(doc, sent, (p_start, p_end, pronoun), org, event, "board_seat"))
        if m.group(0).endswith("boards"):
            # "on the boards of Acme Corp and Acme Bank": a seat on each
            also = _second_org_after(doc, (org, None))
            if also is not None:
                out.append(replace(out[-1], **_org_fields(also)))
    return out


_BOARD_LIST = re.compile(
    r"(?:(?P<start>joining|elected to|named to|appointed to|added to|new to)|"
    r"(?P<end>leaving|resigning from|retiring from|departing)) (?:the|its) (?:<org> )?"
    r"board(?: of directors)?(?: of <org>)? (?:were|are|was|is)|"
    r"(?:the )?(?P<others>(?:other|remaining|current|new) )*(?:members of (?:the|its) (?:<org> )?"
    r"board(?: of directors)?(?: of <org>)?|board members) (?:are|were|include|includes)"
)


def _board_list(doc: Doc, sent: Span, people: list[tuple[int, int, bool]]) -> list[Candidate]:
    """ "Joining the board were A, B and C", "Other members of the board are chairman X,
    president Y, and Z": a seat on the board for each name listed, titled or not."""
    named = sorted(p for p in people if not p[2] and p[0] >= sent.start)
    if not named:
        return []
    first = _before_titles(doc, named[0][0]) + 1
    m = _BOARD_LIST.fullmatch(_gap_text(doc, sent.start, max(first, sent.start)))
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
            _reporting_org(sent)
            or lead_subject(doc)
            or _previous_org(doc, sent.start, company=True)
        )
    if org is None:
        return []
    event: Event = "start" if m.group("start") else "end" if m.group("end") else "hold"
    return [_seat(doc, sent, q, org, event, "board_list") for q in listed]


def _seat(
    doc: Doc, sent: Span, person: tuple[int, int, bool], org: Span, event: Event, rule: str
) -> Candidate:
    """A seat on ``org``'s board for ``person``, taken, left or held in ``sent``."""
    return Candidate(
        **_person_fields(doc, *person),
        role=None,
        **_org_fields(org),
        event=event,
        rule=rule,
        sentence=sent,
        dates=_dates(sent),
        role_label="Board Director",
    )


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


def _new_title_after(doc: Doc, p_end: int) -> bool:
    """Whether a title the person is given follows the name ("X to the added post of chief
    executive officer", "X as chairman"): the titles before the name are already held."""
    tokens = [t for t in doc[p_end : p_end + 10] if not t.is_space]
    text = " ".join(t.lower_ for t in tokens)
    m = re.match(r"(?:, )?(?:as|" + _POST_OF.pattern + r") (?:the |its |a |an )?", text)
    n = len(m.group(0).split()) if m is not None else len(tokens)
    return n < len(tokens) and tokens[n].ent_type_ == "ROLE"


def _before_titles(doc: Doc, i: int) -> int:
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


def _named_to_board(doc: Doc, p_start: int, tail: str) -> re.Match[str] | None:
    """ "Acme said it named Pennzoil Co chairman J. Hugh Liedtke to its board": the verb of
    the seat before the name (and the titles, organizations and names listed with it), the
    board after it (``tail``, as :func:`_board_moves` writes it). Matched as "named to its
    board", the verb in group 1."""
    k = _before_titles(doc, p_start)
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


def _affiliated_org(doc: Doc, sent: Span, p_end: int) -> Span | None:
    """The organization right after a name: "X of the Lisbon Council", "X, from brokers ING",
    "X at Merrill Lynch"."""
    if p_end >= sent.end:
        return None
    i = p_end + 1 if doc[p_end].text == "," else p_end
    if i + 1 >= sent.end or doc[i].lower_ not in ("of", "from", "at"):
        return None
    j = i + 1
    while j < sent.end and j - i <= 4 and (doc[j].is_lower or doc[j].text == "-"):
        if doc[j].lower_ in ("and", "or", "who", "which", "that"):
            return None
        j += 1  # "of the Lisbon Council", "from investment bank Barclays"
    org = _ent_at(doc, j)
    if org is None or org.label_ != "ORG":
        return None
    after = doc[org.end] if org.end < len(doc) else None
    if after is not None and after.text in ("'s", "'"):
        return None  # "X of Acme's board": a title follows, the role rules read it
    return org


def _affiliations(doc: Doc, sent: Span, people: list[tuple[int, int, bool]]) -> list[Candidate]:
    """ "said Paul Hofheinz of the Lisbon Council", "Emmanuel Ferry, from Exane BNP Paribas":
    a person named with the organization they speak for, with no title (a tenure whose role
    is not stated)."""
    out: list[Candidate] = []
    for p_start, p_end, pronoun in people:
        if pronoun:
            continue
        org = _affiliated_org(doc, sent, p_end)
        if org is None:
            continue
        out.append(
            Candidate(
                **_person_fields(doc, p_start, p_end, False),
                role=None,
                **_org_fields(org),
                event="hold",
                rule="affiliation",
                sentence=sent,
                dates=_dates(sent),
            )
        )
    return out
