"""From candidate links to tenure records: people and organizations resolved, dates attached.

One record per (person, role, organization) per document. Dates come from the time expression
nearest the link in its sentence: a start from a starting verb, an end from an ending one.
A departure with no organization ends the person's open tenures; a role held before the next
dated start ("used to be", or superseded by a later move) is ended before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.lexicon import (
    canonical_role,
    film_maker,
    is_government,
    is_legislature,
    is_party,
    is_public_body,
    is_team,
    legal_name,
    role_by_label,
    role_by_surface,
    screen_story,
    sport_story,
    words,
)
from kg.model import Evidence, Tenure
from kg.nlp import is_title_line, org_key, unit_described_before
from kg.people import PeopleIndex, Person
from kg.relations import (
    Candidate,
    extract_candidates,
    lead_subject,
    names_company,
    previous_speaker,
    quote_opener,
    set_off_title,
    speaker_title,
)
from kg.relations.effective import Effective, effective_dates
from kg.relations.spans import token_at
from kg.timex import Prefer, TimeValue, resolve, resolve_range

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_RULE_CONFIDENCE = {
    "premod": 0.9,
    "appositive": 0.9,
    "role_of_org_appos": 0.85,
    "copula": 0.85,
    "verb_start": 0.85,
    "verb_end": 0.85,
    "appositive_as": 0.85,
    "replaced_by": 0.8,
    "verb_join": 0.8,
    "verb_found": 0.8,
    "verb_founded_by": 0.8,
    "verb_founded_relative": 0.75,
    "affiliation": 0.6,
    "noun_start": 0.8,
    "cataphora": 0.6,
    "verb_head": 0.7,
    "kept_role": 0.8,
}


class OrgIndex:
    """Organization names of one document grouped: "Alibaba" = "Alibaba Group"; "(IPCL)"."""

    def __init__(self, doc: Doc) -> None:
        self.canon: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        names: dict[str, Counter[str]] = {}
        first_seen: dict[str, int] = {}
        told: dict[str, int] = {}  # first mention after the headline
        units: dict[str, str] = {}  # a unit introduced as one: its parent's key
        unit_nouns = set(words()["unit_nouns"])
        # names a company goes by: a legal suffix, a word for its kind at the end ("Great
        # Country Bank") or before it ("fashion chain Pellow")
        self.companies: set[str] = set()
        heads = set(words()["org_type_nouns"]) | set(words()["business_name_heads"])
        ends = heads | set(words()["company_suffixes"])
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            key = org_key(ent.text)
            before = doc[ent.start - 1] if ent.start > 0 else None
            if ent[-1].lower_.rstrip(".") in ends or (
                before is not None and before.is_lower and before.lower_ in heads
            ):
                self.companies.add(key)
            first_seen.setdefault(key, ent.start)
            if not is_title_line(ent.sent.text):
                told.setdefault(key, ent.start)
            names.setdefault(key, Counter())[_display(ent.text)] += 1
            self.counts[key] += 1
            if ent._.kg_parent and unit_described_before(doc, ent, unit_nouns):
                units[key] = org_key(ent._.kg_parent)
            owner = ent.text.split("'s ")[0] if "'s " in ent.text else None
            if owner and owner[:1].isupper():
                # "Kaiser Steel Corp's plant": its owner is named too
                names.setdefault(org_key(owner), Counter())[_display(owner)] += 1
            # "India Petrochemicals Limited (IPCL)": the acronym names the same organization
            nxt = doc[ent.end : ent.end + 3]
            if len(nxt) == 3 and nxt[0].text == "(" and nxt[2].text == ")" and nxt[1].is_upper:
                self.canon[nxt[1].text.lower()] = key
        for key in list(names):
            initials = "".join(w[0] for w in key.split() if w[:1].isalpha())
            if len(initials) >= 2 and initials in names and initials != key:
                self.canon.setdefault(initials, key)
            # "Systems Assurance Corp ... SAC": initials with the legal suffix's
            for form in names[key]:
                full = "".join(w[0] for w in form.lower().split() if w[:1].isalpha())
                if len(full) >= 3 and full in names and full != key:
                    self.canon.setdefault(full, key)
        # "Man Utd" = "Manchester United", "Nat'l Savings Bank" = "National Savings Bank"
        for short in names:
            for long in names:
                if short != long and short not in self.canon and _abbreviates(short, long):
                    self.canon[short] = long
        # "the Fed" = "the Federal Reserve": short names news writers use (kg/data/lexicon.json)
        for short, long in words()["org_short_names"].items():
            if short in names and long in names and short not in self.canon:
                self.canon[short] = long
        # "Nabisco said" = "Nabisco Brands Ltd", "Data Access" = "Data Access Systems Inc": the
        # first words of the one company name that starts with them and is written with its
        # legal suffix
        suffixes = set(words()["company_suffixes"])
        kinds = set(words()["org_type_nouns"]) - {"club", "exchange", "service", "brand"}
        kinds |= set(words()["business_name_heads"])  # "United" = "United Breweries"
        for short in names:
            if short in self.canon:
                continue
            if any(n.split()[-1].lower().rstrip(".") in suffixes for n in names[short]):
                continue  # "Texaco Inc" named too: "Texaco" is it, not "Texaco Capital Inc"
            # not a unit named for its owner ("Kaiser Steel Corp's plant" beside "Kaiser Steel")
            # nor its unit ("the company's US division, Delmont Flow Systems": not "Delmont";
            # but "its unit, Liberty Savings Bank" is "Liberty Savings")
            longer = [
                k
                for k in names
                if k != short
                and k.startswith(short + " ")
                and "'s " not in k
                and (units.get(k) != short or k[len(short) + 1 :] in kinds)
            ]
            # "Thornbury" = "Thornbury Bank": a name that ends in a word for its kind or its
            # line of business counts as one written in full
            legal = [
                k
                for k in longer
                if any(n.split()[-1].lower().rstrip(".") in suffixes for n in names[k])
                or k.split()[-1] in kinds
            ]
            if (
                len(longer) == 1
                and legal
                and (" " not in short or told.get(legal[0], len(doc)) < told.get(short, len(doc)))
            ):
                # several words: the legal name written first in the story (not "Diamond
                # Shamrock's president" before "Diamond Shamrock Refining and Marketing Co")
                self.canon[short] = legal[0]
            elif " " not in short and legal and min(longer, key=lambda k: first_seen[k]) in legal:
                # "Continental Illinois Corp ... Continental Illinois National Bank and Trust Co
                # of Chicago ... Continental chairman": the company named first, by its legal name
                self.canon[short] = min(longer, key=lambda k: first_seen[k])
        self.descriptors: dict[str, list[str]] = {}
        for ent in doc.ents:
            if ent.label_ == "ORG" and (text := _descriptor(doc, ent)):
                self.descriptors.setdefault(self.key(ent.text), []).append(text)
        # the longest form, then the most frequent; a headline's capitals only when no other
        self.display = {
            k: max(c.items(), key=lambda kv: (not kv[0].isupper(), len(kv[0].split()), kv[1]))[0]
            for k, c in names.items()
        }

    def key(self, text: str) -> str:
        k = org_key(text)
        return self.canon.get(k, k)

    def name(self, text: str) -> str:
        k = self.key(text)
        return self.display.get(k, _display(text))

    def topic(self) -> str | None:
        """The organization the article is about: the most mentioned one, if named twice, or
        the only one it names when a company's name ("GREAT COUNTRY BANK", "Toby Grant, who
        founded fashion chain Pellow in 1989, is to hand over the running of the business"),
        not a newsroom's or a sponsor's ("BBC Sport", "Uncle Toby")."""
        merged: Counter[str] = Counter()
        for k, n in self.counts.items():
            if not is_government(k):
                merged[self.canon.get(k, k)] += n
        if not merged:
            return None
        key, n = merged.most_common(1)[0]
        lone = len(merged) == 1 and any(self.canon.get(k, k) == key for k in self.companies)
        return self.display.get(key) if n >= 2 or lone else None


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` writes ``long`` word for word with some words cut short ("man utd" for
    "manchester united"): the same number of words, each a prefix or a listed abbreviation of
    the other's, and at least one of them shortened."""
    table: dict[str, str] = words()["name_abbreviations"]
    a, b = short.split(), long.split()
    if len(a) != len(b) or len(a) < 2:
        return False
    shortened = False
    for x, y in zip(a, b, strict=True):
        x = x.rstrip(".")
        if x == y:
            continue
        if table.get(x) == y or (len(x) >= 3 and y.startswith(x)):
            shortened = True
            continue
        return False
    return shortened


def _descriptor(doc: Doc, ent: Span) -> str | None:
    """ "iQIYI, a Chinese video streaming platform", "(Taobao is a leading Chinese online
    shopping platform)": the phrase that says what kind of organization it is."""

    nouns = set(words()["org_type_nouns"])
    i = ent.end
    sent_end = ent.sent.end
    if (
        doc[i : i + 1].text == "," and i + 1 < sent_end and doc[i + 1].lower_ in ("a", "an", "the")
    ) or (
        doc[i : i + 1].text.lower() in ("is", "was")
        and i + 1 < sent_end
        and doc[i + 1].lower_ in ("a", "an")
    ):
        start = i + 1
    else:
        return None
    for j in range(start + 1, min(sent_end, start + 9)):
        tok = doc[j]
        if tok.is_punct and tok.text != "-":
            return None
        if tok.lower_ in nouns or tok.lemma_.lower() in nouns:
            return doc[start : j + 1].text
    return None


def _display(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text, flags=re.I)
    return re.sub(r"'s?$", "", text).strip()


@dataclass
class _Draft:
    person: Person
    role: str | None
    role_text: str | None
    org: str
    parent: str | None
    cands: list[Candidate] = field(default_factory=list)
    start: TimeValue | None = None
    end: TimeValue | None = None
    status: str = "unknown"
    ended: bool = False
    end_hi: str | None = None
    text_pos: int = 0


_VERBS = ("VERB", "AUX")


def _clause_of(tok: Token) -> Token:
    """The head of the clause a token is in: a relative clause, an adverbial or complement
    clause, or the sentence's root."""
    while tok.dep_ not in ("relcl", "acl", "advcl", "ccomp", "ROOT") and tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.pos_ in _VERBS and tok.head.pos_ in _VERBS:
            # "... and was appointed president": a verb joined to another; "joined Cranston in
            # 1934, was chairman from 1965 to 1978 and remained a director until 1983"
            return tok
        tok = tok.head
    return tok


def _nearest_date(cand: Candidate, anchor: int) -> Span | None:
    """The date nearest the title, from the title's own clause when it has one ("X, who
    announced he would retire on June 1, was elected chairman": not June 1)."""
    if not cand.dates:
        return None
    # "has left the firm, China Entrepreneur reported on September 2": the report's date
    # nor a debt's maturity ("debentures due 1996")
    dates = [d for d in cand.dates if not _reporting_date(d) and not _maturity(d)]
    if cand.role is not None:
        head = _clause_of(cand.role.root)
        clause = head.i
        dates = [
            d
            for d in dates
            if not _in_relative_clause(d.root, clause)
            or (_about_person(d.root, cand) and not _DURATION.match(d.text.lower()))
        ]
        if head.dep_ == "conj":
            # "left Perry in January and was recently appointed president": the joined verb's
            # own dates, and one before the subject both verbs share ("In early January Paulson
            # sold his stake and resigned as chairman")
            subject = next(
                (c.i for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), -1
            )
            dates = [
                d
                for d in dates
                if head.left_edge.i <= d.root.i <= head.right_edge.i or d.end <= subject
            ]
        # "Peterson, president since 1982, was elected chief executive officer", "Gorter, a
        # partner of Goldman, has been a director since 1978": a date inside or outside a
        # description set off after the name goes with the titles on its side only
        side = _person_appositive(cand, cand.role.root)
        dates = [d for d in dates if _person_appositive(cand, d.root) == side]
    else:
        # "Wexley, its chairman since 1978, will retire June 30": a departure without a title
        # of its own takes no date from the description after the name
        dates = [d for d in dates if _person_appositive(cand, d.root) is None] or dates
    return min(dates, key=lambda d: abs(d.start_char - anchor)) if dates else None


# "more than 38 years", "the past five years": how long, not when
_DURATION = re.compile(
    r"^(?:more than |about |nearly |almost |over |some |the past |the last )?"
    r"[\w-]+ (?:years?|months?|weeks?|days?)$"
)


def _person_appositive(cand: Candidate, tok: Token) -> int | None:
    """The token heading the description set off after the mention's name ("Peterson,
    president since 1982,") that ``tok`` lies in, or None when it lies in none."""
    end = cand.person_start + len(cand.person_text)
    while tok.head.i != tok.i:
        if tok.dep_ == "appos" and cand.person_start <= tok.head.idx < end:
            return int(tok.i)
        tok = tok.head
    return None


def _about_person(tok: Token, cand: Candidate) -> bool:
    """Whether ``tok`` sits in a relative clause about the mention's person ("succeeding
    Giacco, who is retiring effective April 1": his date)."""
    if cand.event != "end":
        return False  # "Blanz, who will retire June 1, was elected chairman": not the start
    end = cand.person_start + len(cand.person_text)
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return cand.person_start <= tok.head.idx < end
        tok = tok.head
    return False


def _undated(cand: Candidate) -> bool:
    """No date of the mention's own: none in its sentence but the report's own date or one in
    a clause about something else ("to replace Graham, who was granted a leave in June")."""
    anchor = cand.role.start_char if cand.role is not None else cand.person_start
    date = _nearest_date(cand, anchor)
    # "succeeding Hunt, who served in that position since 1972": no date of the leaving
    return date is None or (cand.event == "end" and _since(date, cand))


def _maturity(date: Span) -> bool:
    """Whether a date is when something falls due ("debentures due 1996", "notes due in
    1992"): a loan's, not a tenure's."""
    doc = date.doc
    k = date.start - 1
    if k >= 0 and doc[k].lower_ == "in":
        k -= 1
    return date[0].lower_ == "due" or (k >= 0 and doc[k].lower_ == "due")


def _reporting_date(date: Span) -> bool:
    """Whether a date is the one a report or statement was made on ("reported on September 2",
    "said on Tuesday"): the first verb above it is one of reporting or speech."""
    if _effective(date):
        return False  # "said effective June 1, when ...": the change's date, however parsed
    verbs = set(words()["reporting_verbs"]) | set(words()["speech_verbs"])
    head = date.root.head
    if head.pos_ == "ADP":
        head = head.head  # "reported on September 2"; not "Fox, a director since 1971, said"
    return head.pos_ == "VERB" and head.lemma_.lower() in verbs


def _in_relative_clause(tok: Token, clause: int) -> bool:
    """Whether ``tok`` sits in a relative clause (or one modifying a noun) that the clause
    headed by token ``clause`` does not hold."""
    while tok.head.i != tok.i and tok.i != clause:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _resolve_date(span: Span | None, base: dt.date | None, future: bool) -> TimeValue | None:
    if span is None:
        return None
    # "was elected president, effective April 1": the date a change takes effect may come
    # after the report whatever the verb's tense
    future = future or _in_future_tense(span)
    # "becomes head of sales in April": the present tense says neither before nor after
    near = _effective(span) or _in_present_tense(span)
    prefer: Prefer = "future" if future else "nearest" if near else "past"
    return resolve(span.text, base, prefer)


def _date_verb(span: Span) -> Token:
    """The verb a date hangs on (the root when none)."""
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _in_present_tense(span: Span) -> bool:
    """Whether the verb a date hangs on is in the simple present with no auxiliary ("Mr
    Carver becomes head of sales at Nokton in April")."""
    verb = _date_verb(span)
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _in_future_tense(span: Span) -> bool:
    """Whether the verb a date hangs on speaks of what is to come ("who is retiring June 30",
    "who will retire in May")."""
    verb = _date_verb(span)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    # "said Sarah Kent would become its finance director in July": the future of the report
    # (not "would have become")
    reported = "would" in aux and "have" not in aux
    # "is to step down in May", "is due to retire in June"
    planned = "to" in aux and verb.dep_ == "xcomp" and verb.head.lower_ in ("is", "are", "due")
    return (
        reported
        or planned
        or any(a in ("will", "shall") for a in aux)
        or (verb.tag_ == "VBG" and any(a in ("is", "are", "am") for a in aux))
    )


def _effective(span: Span) -> bool:
    """Whether a date is the one a change takes effect ("effective April 1")."""
    return span[0].lower_ == "effective" or (
        span.start > 0 and span.doc[span.start - 1].lower_ == "effective"
    )


def _precision(tv: TimeValue | None) -> int:
    return 0 if tv is None or tv.value is None else len(tv.value)


def build_tenures(
    doc: Doc, doc_id: str, base: dt.date | None, original: str | None = None
) -> list[Tenure]:
    """The tenure records of one parsed document; evidence quotes ``original`` when given
    (the text before normalization: offsets are the same)."""
    cands = extract_candidates(doc)
    mentions = {(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"}
    mentions |= {(c.person_start, c.person_text) for c in cands if not c.pronoun}
    people = PeopleIndex(sorted(mentions))
    genders: dict[str, str] = words()["title_genders"]
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start > 0:
            gender = genders.get(doc[ent.start - 1].lower_.rstrip("."))
            if gender is not None:
                people.note_gender(ent.start_char, gender)
    politicians = _office_holders(doc, people)
    orgs = OrgIndex(doc)
    topic = orgs.topic()
    lead = lead_subject(doc)
    sporty = sport_story(doc.text)
    screen = screen_story(doc.text)
    drafts: dict[tuple[int, str | None, str], _Draft] = {}
    bare_ends: list[tuple[Person, TimeValue | None, Candidate]] = []
    org_ends: list[tuple[Person, str, TimeValue | None, Candidate]] = []
    # roles someone holds with an organization named somewhere in the document
    known_orgs: dict[tuple[int, str], tuple[str, str | None]] = {}
    resolved: list[tuple[Candidate, Person]] = []
    offices: list[tuple[Person, str | None, TimeValue | None, Candidate]] = []
    for cand in cands:
        person = (
            people.before(cand.person_start, cand.person_text)
            if cand.pronoun
            else people.at(cand.person_start)
        )
        if person is None:
            continue
        resolved.append((cand, person))
        label = _role_label(cand)
        if label and cand.org_text:
            known_orgs.setdefault((id(person), label), (cand.org_text, cand.org_parent))
    # "Ciba's Vision Group will be headed by James MacDonald, president and chief operating
    # officer": the titles set off after the name are the headed organization's
    headed = {
        (id(person), cand.sentence.start): (cand.org_text, cand.org_parent)
        for cand, person in resolved
        if cand.rule == "verb_headed_by" and cand.org_text is not None
    }
    for cand, person in resolved:
        label = _role_label(cand)
        anchor = cand.role.start_char if cand.role is not None else cand.person_start
        date_span = _nearest_date(cand, anchor)
        if cand.event == "end" and cand.role is None and cand.org_text is None:
            bare_ends.append((person, _resolve_date(date_span, base, cand.future), cand))
            continue
        if cand.rule == "took_helm":
            offices.append((person, None, _resolve_date(date_span, base, False), cand))
            continue
        if (
            cand.event == "end"
            and cand.role is None
            and cand.role_label is None
            and cand.org_text is not None
        ):
            tv = _resolve_date(date_span, base, False)
            org_ends.append((person, orgs.key(cand.org_text), tv, cand))
            continue
        org_text, parent = cand.org_text, cand.org_parent
        if cand.rule == "affiliation" and id(person) in politicians:
            continue  # "President Nestor Kirchner of Argentina"
        if (
            label is not None
            and (org_text is None or cand.rule.endswith("+reporting_org"))
            and _ADDITIONAL.search(cand.sentence.text.lower())
        ):
            # "Dynamics said CTS Chairman George Sommer will assume the additional title of
            # president": a title added to the one the person holds, at the same organization
            own = _own_org(person, known_orgs, orgs, besides=label)
            if own[0] is not None:
                org_text, parent = own
        if org_text is None and label is not None and cand.rule.endswith("+no_org"):
            org_text, parent = headed.get((id(person), cand.sentence.start), (None, None))
        if org_text is None and label is not None:
            org_text, parent = known_orgs.get((id(person), label), (None, None))
            if org_text is None and (opener := quote_opener(cand)) is not None:
                org_text, parent = opener.text, opener._.kg_parent
            if org_text is None and (speaker := previous_speaker(cand)) is not None:
                org_text, parent = speaker.text, speaker._.kg_parent
            if org_text is not None or id(person) in politicians:
                pass
            elif _may_default(cand):
                # the organization the person is tied to elsewhere here, else the article's:
                # for a title set off after a name, the company of the story's lead
                subject = lead.text if lead is not None and _may_take_lead(cand) else topic
                if subject is None and lead is not None:
                    # "Acme Inc said its president ... Other changes include ... chairman
                    # Michael Russell": no organization named twice, the one the lead is about
                    subject = lead.text
                org_text, parent = _default_org(person, known_orgs, subject, orgs)
                if _overseers(cand) and not (
                    org_text and (is_public_body(org_text) or is_government(org_text))
                ):
                    # "the watchdog's chief accountant": not the company the story is about
                    org_text, parent = None, None
                if org_text is None and _may_inherit(cand):
                    # no company for the article: the one the person holds a title at here
                    org_text, parent = _own_org(person, known_orgs, orgs)
            elif _may_inherit(cand):
                # "Evans had been executive vice president": below the top titles, only the
                # one organization the person holds a title at elsewhere in the document
                org_text, parent = _own_org(person, known_orgs, orgs)
            if (
                org_text is None
                and lead is not None
                and id(person) not in politicians
                and _may_take_lead(cand)
            ):
                # "Thai Airways International plans ... Thamnoon Wanglee, vice-president for
                # finance, told ...": a title set off after the name, the lead's company's
                org_text, parent = lead.text, lead._.kg_parent
            elif (
                org_text is None
                and lead is None
                and topic is not None
                and id(person) not in politicians
                and cand.rule in ("copula+no_org", "listed+no_org")
                and _may_take_lead(cand)
            ):
                # no organization in the lead's subject: the one the article is about ("Two
                # other outside former directors, Bert Roberts and Francesco Galesi, remain")
                org_text, parent = topic, None
        if org_text is not None and is_legislature(org_text):
            continue  # "Ms Dunwoody, who chairs the Transport Select Committee": an MP's office
        if org_text is None:
            if cand.role is None and label is not None:
                offices.append((person, label, _resolve_date(date_span, base, False), cand))
            continue
        role_text = _role_text(cand)
        if label is None and role_text is None and cand.role is not None:
            continue
        if (
            label == "Chief Executive Officer"
            and role_text in ("chief", "boss")
            and (is_public_body(orgs.name(org_text)) or is_party(orgs.name(org_text)))
        ):
            # "Fed chief Alan Greenspan", "IMF boss Rodrigo Rato", "Communist Party chief Hu
            # Yaobang"
            label = "Head"
        elif (
            label == "Chief Executive Officer"
            and role_text == "boss"
            and org_text is not None
            and (is_team(orgs.name(org_text)) or (sporty and not legal_name(orgs.name(org_text))))
        ):
            # "Liverpool boss Rafael Benitez", "Manchester United boss Sir Alex Ferguson", and
            # in a story about sport "Larne boss Jimmy McGeough": a team's boss is its manager
            label = "Manager"
        if (
            label == "Director"
            and screen
            and role_text
            and film_maker(role_text, orgs.name(org_text), _lower_modifier(cand))
        ):
            continue  # "Evil Dead director Sam Raimi": in a story about film, a film's maker
        headed_unit = _headed_unit(role_text) if label == "Head" and org_text else None
        if headed_unit is not None and org_text is not None and headed_unit not in org_text:
            # "head of the budget and planning division of Thai Farmers Bank": the unit's head
            org_text, parent = f"{orgs.name(org_text)}'s {headed_unit}", orgs.name(org_text)
        elif label == "Head" and role_text and re.match(r"(?i)head of [a-z]", role_text):
            # "head of equities trading at TOV": a head is known by the function headed
            label = "Head of " + role_text[len("head of ") :]
        key = (id(person), label, orgs.key(org_text))
        draft = drafts.get(key)
        if draft is None:
            draft = drafts[key] = _Draft(
                person=person,
                role=label,
                role_text=role_text,
                org=orgs.name(org_text),
                parent=orgs.name(parent) if parent else None,
                text_pos=cand.sentence.start_char,
            )
        draft.cands.append(cand)
        tv = _resolve_date(date_span, base, cand.future)
        if cand.event == "start":
            if _precision(tv) > _precision(draft.start):
                draft.start = tv
            draft.status = "announced" if cand.future else "current"
        elif cand.event == "end":
            if _since(date_span, cand):
                # "succeeding Albert B. Hunt, who served in that position since 1972": the
                # start of the title left, not its end
                if tv is not None and tv.value and draft.start is None:
                    draft.start = tv
            elif tv is not None and _precision(tv) >= _precision(draft.end):
                draft.end = tv
            draft.ended = True
        else:
            if cand.former:
                draft.ended = True
            if cand.habitual:
                draft.ended = True
                draft.status = "ended"
            # "In May 2016, Sofia Marin became ...": a date that opens the sentence
            fronted = (
                date_span is not None
                and date_span.end_char <= cand.person_start
                and date_span.start - cand.sentence.start <= 1
                # "News today, including OPEC President Rilwanu Lukman's statement": a title
                # only named is not taken on that day
                and cand.rule.split("+")[0] not in ("premod", "appositive")
            )
            # "has been president and chief operating officer since April, 1986"
            fronted = fronted or (_since(date_span, cand) and not cand.former)
            if fronted and tv is not None and tv.value and draft.start is None:
                draft.start = tv
            # "was a vice president until November 1986": the end of the title held
            until = (
                date_span is not None
                and date_span.start_char > cand.person_start
                and (
                    date_span[0].lower_ in ("until", "till")
                    or (
                        date_span.start > 0
                        and date_span.doc[date_span.start - 1].lower_ in ("until", "till")
                    )
                    # "until the annual meeting in May"
                    or _under_preposition(date_span, ("until", "till"))
                )
                # "will stay on as chairman until May": a title kept till then
                and (not cand.future or _kept(cand))
            )
            if until and tv is not None and tv.value and draft.end is None:
                draft.end, draft.ended = tv, True
            # "was chairman from 1965 to 1978": both ends of the title held
            both = resolve_range(date_span.text, base) if date_span is not None else None
            both = both or _from_until(cand, base)
            if both is not None and not cand.future:
                draft.start = draft.start or both[0]
                draft.end, draft.ended = draft.end or both[1], True
            if draft.status == "unknown" and not cand.former and not cand.habitual:
                # "Miki will be vice chairman": to come; "will remain chairman": held
                ahead = cand.future and cand.rule.startswith("copula") and not _kept(cand)
                draft.status = "announced" if ahead else "current"
    # "Since taking over the chairmanship in 1986, he ...": the one tenure of that title
    for person, title, tv, cand in offices:
        same = [
            d for d in drafts.values() if d.person is person and (d.role == title or title is None)
        ]
        if len(same) == 1 and tv is not None and same[0].start is None:
            same[0].start = tv
            same[0].cands.append(cand)
    for effective in effective_dates(doc):
        _take_effect(drafts, effective, people, base)
    for d in drafts.values():
        # "X, who had been acting president, was named president", "who previously was both
        # president and chairman, will continue as chairman": held before, and again now
        starts = [c for c in d.cands if c.event == "start"]
        again = starts or [c for c in d.cands if c.event == "hold" and _kept(c)]
        if (
            d.ended
            and d.end is None
            and again
            and not any(c.event == "end" or c.former for c in d.cands)
        ):
            d.ended = False
            d.status = "announced" if starts and all(c.future for c in starts) else "current"
    _one_seat(drafts)
    _supersede(drafts)
    _apply_departures(drafts, bare_ends, org_ends, orgs)
    _promoted(drafts, base, orgs)
    text = original if original is not None else doc.text
    # a title at the organization says more than a bare affiliation with it
    titled = {(id(d.person), orgs.key(d.org)) for d in drafts.values() if d.role is not None}
    # "Johnes joined the company in November 1984 as executive vice president": the titles
    # the sentence gives say what the join does
    titled_in = {
        (id(d.person), orgs.key(d.org), c.sentence.start)
        for d in drafts.values()
        if d.role is not None
        for c in d.cands
    }
    kept = [
        d
        for d in drafts.values()
        if d.role is not None
        or (id(d.person), orgs.key(d.org)) not in titled
        or any(
            c.rule != "affiliation"
            and not (
                c.rule == "verb_join"
                and (id(d.person), orgs.key(d.org), c.sentence.start) in titled_in
                and _JOINED_AS.search(c.sentence.text) is not None
            )
            for c in d.cands
        )
    ]
    # "X continues to lead Santander" where X is its chairman: a title read from a verb of
    # leading says less than the title the document gives
    named = {
        (id(d.person), orgs.key(d.org))
        for d in kept
        if d.role is not None and any(c.role is not None for c in d.cands)
    }
    kept = [
        d
        for d in kept
        if not (
            all(c.rule.startswith(("verb_head", "verb_headed_by")) for c in d.cands)
            and (id(d.person), orgs.key(d.org)) in named
        )
    ]
    # "Fed chief Alan Greenspan ... Federal Reserve chairman Alan Greenspan": a head of it
    # whose title the document names elsewhere holds that title
    titled_top = _titled_at(kept, orgs, 2)
    # "managing director and chief executive of Metrojaya ... head of a Malaysian retailer":
    # the head of an organization whose top title the person holds holds that title
    titled_first = _titled_at(kept, orgs, 1)
    kept = [
        d
        for d in kept
        if not (
            d.role == "Head"
            and (d.role_text or "").lower() in ("chief", "boss")
            and (id(d.person), orgs.key(d.org)) in titled_top
        )
        and not (
            d.role == "Head"
            and (d.role_text or "").lower() == "head"
            and (id(d.person), orgs.key(d.org)) in titled_first
        )
    ]
    # offices in government bodies are not company tenures ("the Treasury", "the Commons")
    # but a department of a company or an international body is its unit ("the IMF's European
    # Department")
    ordered = sorted((d for d in kept if not _government_office(d)), key=lambda d: d.text_pos)
    # "Jane Doe, the company's finance director" with no company named: not her own (but
    # Laura Ashley may have founded Laura Ashley)
    ordered = [d for d in ordered if d.org != d.person.name or d.role == "Founder"]
    return [_record(d, doc_id, base, orgs, text) for d in ordered]


def _take_effect(
    drafts: dict[tuple[int, str | None, str], _Draft],
    effective: Effective,
    people: PeopleIndex,
    base: dt.date | None,
) -> None:
    """ "Riverin's appointment is effective March 26", "She will start on 1 March": the date
    of the starts (or ends) told of the person before, or of the last ones told, when the
    sentence names no one; a date the telling sentence gave itself stands."""
    tv = _resolve_date(effective.date, base, effective.future)
    if tv is None or tv.value is None:
        return
    told = [
        (d, c)
        for d in drafts.values()
        for c in d.cands
        if c.event == effective.event and c.sentence.start < effective.sentence.start
    ]
    tok = effective.person
    if tok is not None:
        if tok.lower_ in ("he", "she", "his", "her"):
            person = people.before(tok.idx, tok.lower_)
        else:
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            person = people.at(ent.start_char) if ent is not None else None
        told = [(d, c) for d, c in told if d.person is person]
    elif told:
        last = max(c.sentence.start for _, c in told)
        told = [(d, c) for d, c in told if c.sentence.start == last]
    for d in {id(d): d for d, _ in told}.values():
        if any(
            _nearest_date(c, c.person_start) is not None
            for c in d.cands
            if c.event == effective.event
        ):
            continue
        if effective.event == "start" and _precision(tv) > _precision(d.start):
            d.start = tv
        elif effective.event == "end" and _precision(tv) > _precision(d.end):
            d.end, d.ended = tv, True


# "joined the company in November 1984 as executive vice president" (not "who joined the
# company in January, has also been named to the board")
_JOINED_AS = re.compile(r"\bjoined\b[^,;]*\bas\b")


def _government_office(draft: _Draft) -> bool:
    """An office in a government body: the organization is one, and no parent that is not one
    owns it."""
    if not is_government(draft.org):
        return False
    return draft.parent is None or is_government(draft.parent)


def _office_holders(doc: Doc, people: PeopleIndex) -> set[int]:
    """People the document gives an office of state ("President Yushchenko", "the new
    President, Viktor Yushchenko", "Chancellor Gordon Brown"): a title with no organization is
    not a company's for them."""

    offices = "|".join(re.escape(w) for w in words()["political_titles"])
    pattern = re.compile(rf"(?:^|\W)(?:{offices})(?:,| the| new| former|-)*\s*$")
    out: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        before = doc[max(0, ent.start - 4) : ent.start].text
        if (
            ent.start > 0
            and doc[ent.start - 1].ent_type_ == "ROLE"
            and canonical_role(doc[ent.start - 1].text) is not None
            and len(ent) > 1
            and names_company(ent.sent)
        ):
            continue  # "President Howard Dean said the company will": a company's president
        if pattern.search(before) or _state_titled(doc, ent.start):
            person = people.at(ent.start_char)
            if person is not None:
                out.add(id(person))
    return out


def _state_titled(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` follows an office of state a country owns: "Iran's
    president, Mohammad Khatami", "French president Jacques Chirac"."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    role = next((e for e in doc.ents if e.end == k + 1 and e.label_ == "ROLE"), None)
    if role is None:
        return False
    found = canonical_role(role.text)
    if found is None or found.label not in words()["state_offices"] or role.start == 0:
        return False
    prev = doc[role.start - 1]
    if prev.text in ("'s", "'") and role.start > 1:
        prev = doc[role.start - 2]
    return prev.ent_type_ in ("GPE", "NORP")


def _titled_at(drafts: list[_Draft], orgs: OrgIndex, rank: int) -> set[tuple[int, str]]:
    """(person, organization key) of the drafts whose title, other than a bare head, is of
    ``rank`` or higher (1: the top titles)."""
    return {
        (id(d.person), orgs.key(d.org))
        for d in drafts
        if d.role not in (None, "Head")
        and (r := role_by_label(d.role)) is not None
        and r.rank <= rank
    }


def _default_org(
    person: Person,
    known_orgs: dict[tuple[int, str], tuple[str, str | None]],
    topic: str | None,
    orgs: OrgIndex,
) -> tuple[str | None, str | None]:
    """The person's own organization when it is the article's or one of its units, else the
    article's organization."""
    topic_key = orgs.key(topic) if topic else None
    for (pid, _), (org, parent) in known_orgs.items():
        if pid == id(person) and topic_key in (orgs.key(org), orgs.key(parent or "")):
            return org, parent
    return topic, None


def _role_label(cand: Candidate) -> str | None:
    if cand.role_label:
        return cand.role_label
    if cand.role is None:
        return None
    role = role_by_surface().get(cand.role.text.lower()) or canonical_role(cand.role.text)
    if role is not None and role.rank <= 2 and _subordinate(cand.role):
        return None  # "its deputy finance director, Laura Fenwick": not the finance director
    return role.label if role else None


def _subordinate(role: Span) -> bool:
    """Whether the title is written after "deputy", "assistant" or "associate" (which the
    title's span leaves out)."""
    return role.start > 0 and role.doc[role.start - 1].lower_ in words()["subordinate_modifiers"]


def _role_text(cand: Candidate) -> str | None:
    if cand.role_text:
        return re.sub(r"\s+", " ", cand.role_text)
    if cand.role is not None:
        if _subordinate(cand.role):
            return re.sub(r"\s+", " ", cand.role.doc[cand.role.start - 1 : cand.role.end].text)
        return re.sub(r"\s+", " ", cand.role.text)
    return cand.role_label.lower() if cand.role_label else None


def _lower_modifier(cand: Candidate) -> str:
    """The lower-case noun or adjective right before a title ("art" of "MGM art director"),
    or ""."""
    if cand.role is None or cand.role.start == 0:
        return ""
    prev = cand.role.doc[cand.role.start - 1]
    return prev.text if prev.is_lower and prev.is_alpha and prev.pos_ in ("NOUN", "ADJ") else ""


def _may_inherit(cand: Candidate) -> bool:
    """A title with no organization may take the person's other one: not a staff title, not
    one described ("chief executive of the firm") nor one of state."""
    if cand.role is None or cand.described or cand.event == "start":
        return False  # "X, president of Demico, was elected treasurer": of something else
    if _trade_before(cand.role):
        return False  # "Gaines, a retired shipping executive, had served on the board"
    role = canonical_role(cand.role.text)
    return role is not None and not role.staff


_ADDITIONAL = re.compile(
    r"\b(?:additional|added) (?:title|post|position|office|dut(?:y|ies)|responsibilit(?:y|ies))s? "
    r"of\b"
)


def _own_org(
    person: Person,
    known_orgs: dict[tuple[int, str], tuple[str, str | None]],
    orgs: OrgIndex,
    besides: str | None = None,
) -> tuple[str | None, str | None]:
    """The organization the person holds titles at in this document (other than ``besides``),
    when there is one only."""
    found = {
        orgs.key(o): (o, p)
        for (pid, title), (o, p) in known_orgs.items()
        if pid == id(person) and title != besides
    }
    return next(iter(found.values())) if len(found) == 1 else (None, None)


def _overseers(cand: Candidate) -> bool:
    """Whether the title is written as a watchdog's or a regulator's ("the watchdog's chief
    accountant")."""
    if cand.role is None:
        return False
    i, doc = cand.role.start, cand.role.doc
    return (
        i > 1 and doc[i - 1].text in ("'s", "'") and doc[i - 2].lower_ in words()["overseer_nouns"]
    )


def _may_default(cand: Candidate) -> bool:
    """A title with no organization may take the article's: not a staff or political one."""
    if cand.role is None or cand.described:
        return False
    role = canonical_role(cand.role.text)
    if role is None or role.staff or role.rank > 3:
        return False
    if role.rank == 3 and (
        role.label in words()["generic_titles"]
        or not cand.rule.startswith(("premod", "coordinated"))
    ):
        return False  # "director Tom Lee", "a manager": anyone's; "commercial director" is not
    first = cand.role[0]
    doc = first.doc
    if role.rank == 3 and role.label in words()["state_offices"] and first.is_sent_start:
        return False  # "Vice president Jose Rangel has said": a country's, as like as not
    prev = doc[first.i - 1] if first.i > 0 else None
    if _trade_before(cand.role):
        return False  # "shop owner Hayriye Evren": the owner of some shop, not of the topic
    if (
        prev is not None
        and prev.is_sent_start
        and prev.is_title
        and prev.pos_ in ("NOUN", "PROPN")
        and any(t.text == prev.lower_ for t in prev.doc)
    ):
        return False  # "Charity boss Gordon Lishman": a common noun opening the sentence
    modifiers = set(words()["role_modifiers"]) | set(words()["ended_modifiers"])
    if prev is not None and (
        prev.ent_type_ == "NORP"
        or (prev.pos_ == "ADJ" and prev.text[:1].isupper() and prev.lower_ not in modifiers)
    ):
        return False  # "Conservative co-chairman Liam Fox": the party's, not the topic's
    # "President Clinton", "Vice President Jose Rangel": a capitalized title mid-sentence
    # before a name is a political office
    return not (
        first.text[0].isupper()
        and not first.is_sent_start
        and role.label in words()["state_offices"]
    )


def _award(role: Span) -> bool:
    """ "named best new director", "voted best manager": a title after "best" is an award."""
    doc = role.doc
    return any(t.lower_ == "best" for t in doc[max(role.sent.start, role.start - 2) : role.start])


def _headed_unit(role_text: str | None) -> str | None:
    """ "head of the budget and planning division": the unit a head's title names, in lower
    case words ending in a word for a unit."""
    m = re.fullmatch(r"(?i)head of (?:the |its )?([a-z][a-z ,&/-]*)", role_text or "")
    if m is None or len(m.group(1).split()) < 2:
        return None  # "head of the division": which one, the title does not say
    if m.group(1).split()[-1] not in words()["unit_nouns"]:
        return None
    return m.group(1)


def _may_take_lead(cand: Candidate) -> bool:
    """A senior title set off after a name may take the company the story's lead is about."""
    # "X is succeeded as president by Y": a title handed over, no company named
    named = (
        cand.rule
        in (
            "verb_start+no_org",
            # "was named to succeed Lennox as chairman and chief executive officer of": the
            # second title as the first
            "coordinated_role+no_org",
            "succession+no_org",
            "replaced_by+no_org",
            "replaced_by",
            "listed+no_org",
        )
        and not cand.pronoun
        and not cand.described
    )
    if named and cand.role is not None and _award(cand.role):
        named = False  # "was named best director": an award, not a post at the company
    # "Herbert Greenberg was a vice president until November": a title held, no company named
    held = cand.rule == "copula+no_org" and not cand.pronoun and not cand.described
    if not (set_off_title(cand) or speaker_title(cand) or named or held) or cand.role is None:
        return False
    if _trade_before(cand.role):
        return False  # "Gaines, a retired shipping executive": of some shipping company
    role = canonical_role(cand.role.text)
    return role is not None and not role.staff and role.rank <= 3


def _from_until(cand: Candidate, base: dt.date | None) -> tuple[TimeValue, TimeValue] | None:
    """ "served as chief executive officer from 1968 until 1984": two dates the model tagged
    apart, after "from" and "until" (or "to"), just after the title."""
    if cand.role is None:
        return None
    doc = cand.role.doc
    dates = sorted((d for d in cand.dates if d.start >= cand.role.end), key=lambda d: d.start)
    for a, b in pairwise(dates):
        if (
            a.start - cand.role.end <= 2
            and doc[a.start - 1].lower_ == "from"
            and b.start == a.end + 1
            and doc[a.end].lower_ in ("to", "until", "till", "through")
        ):
            first, last = resolve(a.text, base), resolve(b.text, base)
            if first is not None and last is not None and first.value and last.value:
                return (first, last) if first.value <= last.value else None
    return None


def _under_preposition(date: Span, words: tuple[str, ...]) -> bool:
    """Whether the date hangs on one of the prepositions ``words`` through the nouns between
    ("until the annual meeting in May")."""
    tok = date.root
    for _ in range(4):
        if tok.dep_ == "prep" and tok.lower_ in words:
            return True
        if tok.head.i == tok.i or tok.pos_ in _VERBS:
            return False
        tok = tok.head
    return False


def _since(date: Span | None, cand: Candidate) -> bool:
    """Whether a title's date is one it has been held since ("president since April, 1986",
    "had served on the board since the bank holding company was formed in 1972")."""
    return date is not None and (
        date[0].lower_ == "since"  # the model may take "since" in the date
        or (date.start > 0 and date.doc[date.start - 1].lower_ == "since")
        or _since_clause(date, cand)
    )


def _since_clause(date: Span, cand: Candidate) -> bool:
    """ "had served on the board since the bank holding company was formed in 1972": the date
    of a clause opened by "since" that hangs on the verb of the title (not "lost money since
    it started trading in 1998, said chief executive X")."""
    doc = date.doc
    mention = cand.role.root if cand.role is not None else doc[token_at(doc, cand.person_start)]
    verb = _clause_of(mention)
    tok = date.root
    for _ in range(3):
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in tok.children
        ):
            return tok.head.i == verb.i
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _trade_before(role: Span) -> bool:
    """A common noun in lower case before the title names a trade, not the organization:
    "shop owner", "a shipping executive"."""
    prev = role.doc[role.start - 1] if role.start > 0 else None
    return prev is not None and prev.is_lower and prev.pos_ == "NOUN" and prev.dep_ == "compound"


def _apply_departures(
    drafts: dict[tuple[int, str | None, str], _Draft],
    bare_ends: list[tuple[Person, TimeValue | None, Candidate]],
    org_ends: list[tuple[Person, str, TimeValue | None, Candidate]],
    orgs: OrgIndex,
) -> None:
    lasting = set(words()["lasting_roles"])  # a founder stays the founder
    for person, org, tv, cand in org_ends:
        for key, draft in drafts.items():
            if (
                draft.person is person
                and (key[2] == org or orgs.key(draft.parent or "") == org)
                and draft.role not in lasting  # "left Acme, which he founded"
            ):
                _end(draft, tv, cand)
    for person, tv, cand in bare_ends:
        # not the title kept in the same sentence ("will retire ... but remain on the board as
        # chairman emeritus")
        mine = [
            d
            for d in drafts.values()
            if d.person is person
            and d.role not in lasting
            and not any(
                (c.rule.startswith("kept_role") and c.sentence.start == cand.sentence.start)
                or (_kept(c) and c.sentence.start > cand.sentence.start)
                for c in d.cands
            )
            # "resigned from the board": the titles on the board
            and (cand.role_label != "Board Director" or _on_board(d.role))
            # "X is to step down ... She will become director of the National Screen
            # Archive": a post to be taken, told after the departure
            and not any(
                c.event == "start" and c.future and c.sentence.start > cand.sentence.start
                for c in d.cands
            )
        ]
        for draft in mine:
            if not draft.ended or _held_before(draft):
                _end(draft, tv, cand)
        # "X, who stepped down in 2001" ... "X, a former CEO at Y": the one ended tenure the
        # document gives the person takes the departure's date; so do titles ended together
        # ("He replaces X as chairman and chief executive officer, who resigned in December")
        undated = [d for d in mine if d.ended and d.end is None and d.end_hi is None]
        ended_in = {c.sentence.start for d in undated for c in d.cands if c.event == "end"}
        after = all(d.start_char > cand.person_start for d in cand.dates)  # "X, who resigned in"
        # "former chairman and chief executive officer Thomas Wyman ... Wyman resigned on
        # September 10": titles said to be former in one mention, left together
        told_in = {c.sentence.start for d in undated for c in d.cands}
        together = (
            len(undated) == 1
            or (len(ended_in) == 1 and after)
            or (not ended_in and len(told_in) == 1)
        )
        if tv is not None and undated and together and all(d.ended for d in mine):
            for draft in undated:
                _end(draft, tv, cand)


def _promoted(
    drafts: dict[tuple[int, str | None, str], _Draft], base: dt.date | None, orgs: OrgIndex
) -> None:
    """ "The Gap Inc said it named Millard Drexler as its president. Drexler had been executive
    vice president": a title held up to a new one at the same organization ends when the new
    one starts (in the report's month when the start has no date of its own); so does one
    held up to someone else's start in it ("named John Kearney as president ... Patrick
    Hughes, who previously was both president and chairman"). A title left on no date of its
    own ends on the day the successor's starts ("Ames said he will step down as chief
    executive officer. He will be replaced by David Swift, ... effective April 1")."""
    for d in drafts.values():
        if d.end is not None or d.end_hi is not None or any(_kept(c) for c in d.cands):
            continue
        if _held_before(d):
            new = [
                x
                for x in drafts.values()
                if x is not d
                # a seat on the board is taken beside the titles held, not in place of them
                and (
                    (x.person is d.person and x.role not in ("Board Director", "Director"))
                    or x.role == d.role
                )
                and _starts_at(x, d, orgs, done=True)
            ]
            starts = [x.start.value if x.start else _reported_start(x, base) for x in new]
        elif d.ended and d.role is not None:
            new = [
                x
                for x in drafts.values()
                if x.person is not d.person and x.role == d.role and _starts_at(x, d, orgs)
            ]
            # not a successor's start older than the title or than the report's time
            floor = max(
                (d.start.value or "") if d.start else "", f"{base.year - 1}" if base else ""
            )
            starts = [x.start.value for x in new if x.start and (x.start.value or "") >= floor]
        else:
            continue
        value = min((v for v in starts if v), default=None)
        if value is not None:
            d.end = TimeValue(value, value, value)


def _starts_at(x: _Draft, d: _Draft, orgs: OrgIndex, *, done: bool = False) -> bool:
    """Whether ``x`` is a title reported as taken (``done``: not only announced) at the
    organization of ``d``."""
    return (
        x.role is not None
        and orgs.key(x.org) == orgs.key(d.org)
        and any(
            c.event == "start" and not (c.former or c.habitual or (done and c.future))
            for c in x.cands
        )
    )


def _on_board(label: str | None) -> bool:
    """Whether a title is a seat on the board: a director's, a chair's."""
    role = canonical_role(label) if label else None
    if role is None:
        return False
    return role.label == "Director" or any(b.endswith("/board") for b in role.broader)


def _held_before(d: _Draft) -> bool:
    """Ended only by a verb's tense ("Jefferies had been chief executive"), so the departure
    the document reports ("Jefferies has resigned") may be the one that ended it."""
    return (
        d.ended
        and d.end is None
        and not any(c.former or c.event == "end" for c in d.cands)
        and any(c.habitual for c in d.cands)
        and all(_had_been(c) for c in d.cands if c.habitual)
    )


def _had_been(cand: Candidate) -> bool:
    """ "Jefferies had been chief executive", not "he used to be the technical director": a
    title held up to the time the report speaks of."""
    if cand.role is None or not cand.rule.startswith(("copula", "coordinated_role")):
        return False
    gap = cand.sentence.doc.text[cand.person_start : cand.role.start_char].lower()
    if cand.rule.startswith("coordinated_role"):
        # "who had been president and chief executive officer": the second title as the first
        return re.search(r"\bhad been\b", gap) is not None and "used to" not in gap
    return "used to" not in gap


_KEPT = re.compile(
    r"\b(?:remains?|remained|will remain|stays?|stayed|will stay|continues? as|will continue as|"
    r"continues? to serve|will continue to serve|retains?|will retain|keeps?|will keep)\b"
)


def _kept(cand: Candidate) -> bool:
    """Whether the title is said to be kept ("Fulton will remain a director"): no departure
    the document reports takes it."""
    text = cand.sentence.doc.text
    if cand.role is None:
        # "Bradley will remain on the board": a seat kept
        return cand.rule == "board_seat" and bool(
            re.match(
                r"\S+(?: \S+){0,3}? (?:will )?(?:remain|stay)s? on (?:the|its) board\b",
                text[cand.person_start : cand.sentence.end_char].lower(),
            )
        )
    return bool(_KEPT.search(text[cand.person_start : cand.role.start_char].lower()))


def _reported_end(d: _Draft, base: dt.date | None) -> str | None:
    """A departure reported as done with no date of its own ("X resigned as chairman", "X has
    retired", "replacing X") in a dated report: the month of the report."""
    return _reported_month(d, base, "end") if d.ended else None


def _reported_start(d: _Draft, base: dt.date | None) -> str | None:
    """An appointment reported as done with no date of its own ("X has been named president",
    "X was elected chairman") in a dated report: the month of the report."""
    return _reported_month(d, base, "start") if d.start is None else None


def _announced_undated(d: _Draft) -> bool:
    """An appointment announced for later with no date ("X will take over as chairman")."""
    return d.status == "announced" and any(
        c.event == "start" and c.future and _undated(c) for c in d.cands
    )


def _reported_month(d: _Draft, base: dt.date | None, event: str) -> str | None:
    """The report's month when one of the draft's mentions reports ``event`` as done, with no
    date, no hedge of future or habit, and not as a former title."""
    if base is None or d.role in words()["lasting_roles"]:
        return None  # "a company formed by Martin Sosnoff": founded some time, not now
    done = any(
        c.event == event and not c.future and _undated(c) and not c.former and not c.habitual
        for c in d.cands
    )
    return base.strftime("%Y-%m") if done else None


def _end(draft: _Draft, tv: TimeValue | None, cand: Candidate) -> None:
    if tv is not None and _precision(tv) >= _precision(draft.end):
        draft.end = tv
    draft.ended = True
    if cand not in draft.cands:
        draft.cands.append(cand)


def _one_seat(drafts: dict[tuple[int, str | None, str], _Draft]) -> None:
    """ "two directors, A and B, resigned from its board ... A had been a director since
    1979": a director of a company who holds a seat on its board holds one tenure, the seat."""
    for (pid, label, org), d in list(drafts.items()):
        seat = drafts.get((pid, "Board Director", org))
        plain = (d.role_text or "").lower() in ("director", "directors")
        if label != "Director" or seat is None or not plain:
            continue  # not "advisory director" beside a voting one
        if {c.event for c in d.cands} - {c.event for c in seat.cands} - {"hold"}:
            continue  # "resigned as a director and was named an advisory director": two seats
        seat.cands.extend(d.cands)
        seat.start = seat.start if _precision(seat.start) >= _precision(d.start) else d.start
        seat.end = seat.end if _precision(seat.end) >= _precision(d.end) else d.end
        seat.ended = seat.ended or d.ended
        seat.text_pos = min(seat.text_pos, d.text_pos)
        if seat.status == "unknown":
            seat.status = d.status
        del drafts[(pid, label, org)]


def _supersede(drafts: dict[tuple[int, str | None, str], _Draft]) -> None:
    """A role held before a later dated start elsewhere ended by then."""
    by_person: dict[int, list[_Draft]] = {}
    for d in drafts.values():
        by_person.setdefault(id(d.person), []).append(d)
    for items in by_person.values():
        dated = sorted((d for d in items if d.start and d.start.value), key=_start_value)
        for d in items:
            if d.end is not None or (d.ended and d.status != "ended"):
                continue
            later = [
                x
                for x in dated
                if x is not d
                and x.org != d.org
                and x.parent != d.org
                and (
                    (d.start and d.start.value and _start_value(x) > d.start.value)
                    or (d.status == "ended" and d.start is None and x.text_pos > d.text_pos)
                )
            ]
            if later:
                d.end_hi = _start_value(min(later, key=_start_value)) or None
                d.ended = True


def _start_value(d: _Draft) -> str:
    return d.start.value or "" if d.start else ""


def _record(d: _Draft, doc_id: str, base: dt.date | None, orgs: OrgIndex, text: str) -> Tenure:
    status = d.status
    if d.ended:
        status = "ended"
    start_bounds = (d.start.lo, d.start.hi) if d.start else None
    reported_start = _reported_start(d, base)
    if reported_start is not None and base is not None:
        start_bounds = (reported_start + "-01", base.isoformat())
    elif d.start is None and base is not None and _announced_undated(d):
        # "X will take over as chairman": no date, but not before the report (often much later:
        # "will succeed Dixon", who retires in April; so no month is guessed)
        start_bounds = (base.isoformat(), None)
    if d.end is not None:
        end_bounds: tuple[str | None, str | None] | None = (d.end.lo, d.end.hi)
    elif d.ended:
        lo = d.start.lo if d.start else None
        end_bounds = (lo, d.end_hi or (base.isoformat() if base else None))
    else:
        end_bounds = None
    confidence = max(_RULE_CONFIDENCE.get(c.rule.split("+")[0], 0.6) for c in d.cands)
    if any(c.rule.endswith("no_org") for c in d.cands) and len(d.cands) == 1:
        confidence = min(confidence, 0.5)
    evidence = []
    seen = set()
    for c in d.cands:
        key = (c.sentence.start_char, c.rule)
        if key in seen:
            continue
        seen.add(key)
        raw = text[c.sentence.start_char : c.sentence.end_char]
        start = c.sentence.start_char + len(raw) - len(raw.lstrip())
        evidence.append(  # offsets of the sentence without surrounding whitespace
            Evidence(sentence=raw.strip(), start=start, end=start + len(raw.strip()), rule=c.rule)
        )
    return Tenure(
        doc=doc_id,
        person=d.person.name,
        aliases=d.person.aliases,
        role=d.role,
        role_text=d.role_text,
        org=d.org,
        parent_org=d.parent if d.parent and d.parent != d.org else None,
        org_descriptors=sorted(set(orgs.descriptors.get(orgs.key(d.org), []))),
        start=d.start.value if d.start else reported_start,
        end=d.end.value if d.end else _reported_end(d, base),
        start_bounds=start_bounds,
        end_bounds=end_bounds,
        status=status,  # type: ignore[arg-type]
        confidence=round(confidence, 2),
        evidence=evidence,
    )
