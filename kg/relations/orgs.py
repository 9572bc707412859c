"""Where a title's organization is named: after it, before it, in the gap, or earlier on."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.lexicon import is_government, is_team, sport_story, words
from kg.nlp import institution_tail, is_title_line
from kg.places import is_place, is_region
from kg.relations.spans import display_name, ent_at, ent_ending_at, gap_text, label_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def responsibility(doc: Doc, role: Span) -> int:
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


def political(doc: Doc, role: Span, start: int) -> bool:
    """ "Ukraine's new president", "President Clinton": an office of state, not a tenure."""
    i = start - 1 if start > 0 and doc[start - 1].text in ("'s", "'") else start
    if i > 0 and doc[i - 1].ent_type_ in ("GPE", "NORP"):
        # "Ukraine's president", "French president"; but a company's "UK chief executive",
        # and "Ross Walker, UK economist at Royal Bank of Scotland", "the German co-head of
        # EADS": a place or a people before a title held at a company named after it
        label = label_of(role)
        place = ent_ending_at(doc, i)
        owner = place_owner(doc, place) if place is not None else None
        after = org_after(doc, role) if i == start else None
        at_company = after is not None and not is_government(after[0].text)
        # "E&Y's UK head of tax": an office of the organization named before the place
        owned_by = (
            ent_ending_at(doc, place.start - (1 if owner == "possessive" else 0))
            if place is not None and owner in ("possessive", "premod")
            else None
        )
        named_owner = owned_by is not None and not is_government(owned_by.text)
        if (
            not at_company
            and not named_owner
            and (label in words()["state_offices"] or owner is None)
        ):
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
        and not _company_sentence(doc, role)
    )


def _company_sentence(doc: Doc, role: Span) -> bool:
    """ "Medical Graphics Corp said ... with President Kye Anderson assuming his duties": a
    sentence naming a company by its legal name (or "the company"), with the title before a
    full name, is about a company's president, not a head of state."""
    name = doc[role.end : role.end + 1]
    while name.end < len(doc) and doc[name.end].ent_type_ == "PERSON":
        name = doc[name.start : name.end + 1]
    if len(name) < 2:
        return False  # "President Reagan": a head of state goes by his surname
    # "It said President Michael R. Hall will assume the duties": the company reports
    reported = re.match(r"\s*it (?:said|added|announced)\b", role.sent.text, re.IGNORECASE)
    return bool(reported) or names_company(role.sent)


def names_company(sent: Span) -> bool:
    """Whether a sentence names a company by its legal name or says "the company"."""
    legal = set(words()["company_suffixes"])
    if re.search(r"\bthe company\b", sent.text, re.IGNORECASE):
        return True
    return any(
        e.label_ == "ORG" and e[-1].lower_.rstrip(".") in legal and not is_government(e.text)
        for e in sent.ents
    )


def place_owner(doc: Doc, place: Span) -> str | None:
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


def org_after(doc: Doc, role: Span) -> tuple[Span, str | None] | None:
    """ "CTO of iQIYI", "analyst at Deutsche Bank", "head of EA in Europe"."""
    if (introduced := _introduced_as(doc, role)) is not None:
        return introduced, introduced._.kg_parent
    i = responsibility(doc, role) or function_end(doc, role) or role.end
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
            place = ent_at(doc, k)
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
            if doc[j].ent_type_ == "NORP" and ent_at(doc, j + 1) is not None:
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
        while j + 1 < sent_end and j > first and doc[j].is_space and not doc[j].ent_type_:
            j += 1  # "of Belgian starch producer <Amylum NV>": a blanked bracket
        if j > i + 1 and doc[j : j + 1].text == ",":
            # "a board member of Germany's central bank, the Bundesbank"
            k = j + 2 if doc[j + 1 : j + 2].text.lower() == "the" else j + 1
            named = ent_at(doc, k)
            if named is not None and named.label_ == "ORG":
                return named, named._.kg_parent
        ent = ent_at(doc, j)
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
            if doc[i].lower_ in ("of", "for") and _capitalized_function(doc, role, j):
                return None  # "Vice President of Finance Joel Graff": the function, the holder
            run = _propn_run(doc, j, sent_end, 1)
            people = ent_ending_at(doc, j) if j > first else None
            if run is not None and people is not None and people.label_ == "NORP":
                # "of Swiss Re's natural disasters department": a people's name that starts
                # the company's
                run = doc[people.start : run.end]
            if run is not None:
                return _kind_then_name(doc, run) or (run, None)
    return None


def _capitalized_function(doc: Doc, role: Span, j: int) -> bool:
    """Whether one or two untagged capitalized words at ``j`` name the function of a title
    capitalized as they are, right before a person's name ("Vice President of Finance Joel
    Graff")."""
    if not role[0].is_title:
        return False
    for k in range(j + 1, min(j + 3, role.sent.end)):
        if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
            return all(t.is_title and t.is_alpha and not t.ent_type_ for t in doc[j:k])
    return False


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
    place = ent_at(doc, j) if doc[j].ent_type_ in ("GPE", "LOC") else None
    end = place.end if place is not None and place.start == j else j + 1
    if doc[end : end + 2].text.lower() in ("- based", "-based"):
        return end + 2
    return j


def _kind_then_name(doc: Doc, first: Span) -> tuple[Span, str | None] | None:
    """ "of P2P network Red Swoosh": a word, the kind of company, then the company's name;
    "of BankAmerica's Seafirst Corp": the owner, then the company it owns (the parent kept)."""
    k = first.end
    if k + 1 < first.sent.end and doc[k].lower_ in words()["org_type_nouns"]:
        named = ent_at(doc, k + 1)
        if named is not None and named.label_ == "ORG":
            return named, named._.kg_parent
        if named is None and (run := _propn_run(doc, k + 1, first.sent.end, 1)) is not None:
            return run, None  # "head of MMS firm Adamind", the name untagged
    if k + 1 < first.sent.end and doc[k].text in ("'s", "'") and first.label_ == "ORG":
        owned = ent_at(doc, k + 1)
        if owned is not None and owned.label_ == "ORG":
            return owned, owned._.kg_parent or first.text
    # "head of Yukos main shareholders' group Menatep": the first name owns the description
    # of the one named after it
    j = k + 1 if k < first.sent.end and doc[k].text in ("'s", "'") else k
    m = j
    while m < min(first.sent.end - 1, j + 4) and (doc[m].is_lower or doc[m].text == "'"):
        if doc[m].lower_ in words()["org_type_nouns"] and m > j:
            named = ent_at(doc, m + 1)
            if named is not None and named.label_ == "ORG":
                return named, named._.kg_parent
            run = _propn_run(doc, m + 1, first.sent.end, 1) if named is None else None
            return (run, None) if run is not None else None
        m += 1
    return None


def function_end(doc: Doc, role: Span) -> int:
    """ "head of equities trading at TOV", "senior vice president of digital development and
    distribution at EMI": the end of the function named after a title, or 0. After "head" the
    function may end at "of" or "for" too; after other titles only at "at" with an
    organization named within the next few words ("chairman of the board of Exxon" stays as
    it is)."""
    i = role.end
    sent_end = role.sent.end
    if i + 1 < sent_end and doc[i].lower_ == "for":
        return _capitalized_function_end(doc, role)
    if i + 1 >= sent_end:
        return 0
    # "vice president-equity trading at Donaldson Lufkin": a function hyphened to the title
    hyphened = doc[i].text == "-" and not doc[i - 1].whitespace_
    if doc[i].lower_ != "of" and not hyphened:
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
        # "head of third party services at Vodafone" passes, and so does a function the
        # model left untagged in capitals ("Professor of Economics at Rome University")
        if not (tok.is_lower or tok.is_title or tok.text in ("&", "-")) or tok.ent_type_ not in (
            "",
            "ORDINAL",
            "CARDINAL",
        ):
            return 0
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
    if step > 0:
        hi = institution_tail(doc, hi)  # "the Commission for Racial Equality", untagged
    if step < 0:
        lo = _institution_of_before(doc, lo, end)
    if step < 0 and lo > 0 and doc[lo - 1].ent_type_ in ("GPE", "ORG"):
        place = ent_ending_at(doc, lo)
        if (
            place is not None
            and len(place) == 1
            and place[0].is_upper
            and doc[place.start - 1 : place.start].text not in ("'s", "'")
        ):
            lo = place.start  # "Chris Stening, UK Online general manager"
    if step > 0 and hi < end and doc[hi].ent_iob_ == "B" and doc[hi].ent_type_ in ("ORG", "PERSON"):
        ent = ent_at(doc, hi)  # "CB Richard Ellis": a capital run that runs into a name
        if ent is not None:
            hi = ent.end
    return Span(doc, lo, hi, label="ORG")


def _institution_of_before(doc: Doc, lo: int, end: int) -> int:
    """ "Association of Chief Police Officers president": the institution's noun and "of"
    before a run of proper nouns (over a capitalized title word right after "of", which the
    model took for one) are the front of the name; ``lo`` when there are none."""
    heads = set(words()["institution_nouns"]) | set(words()["institution_name_heads"])
    k = lo
    if k - 1 > end and doc[k - 1].ent_type_ == "ROLE" and doc[k - 1].is_title:
        k -= 1  # "of Chief Police Officers"
    if (
        k - 2 >= end
        and doc[k - 1].lower_ == "of"
        and doc[k - 2].is_title
        and doc[k - 2].lower_ in heads
        and not doc[k - 2].ent_type_
    ):
        k -= 2
        while (
            k - 1 >= end
            and doc[k - 1].is_title
            and not doc[k - 1].is_stop
            and not doc[k - 1].ent_type_
            and lo - k < 6
        ):
            k -= 1  # "National Association of"
        return k
    return lo


def org_before(doc: Doc, start: int) -> tuple[Span, str] | None:
    """ "Fiat chief executive", "Vivendi's boss", "its chairman": the org left of a role."""
    if doc[start].lower_ == "company" and doc[start].is_lower and start > doc[start].sent.start:
        # "an open letter from company president Lee Scott": the company the story is about
        prior = lead_subject(doc) or previous_org(doc, start, company=True)
        if prior is not None:
            return prior, "antecedent"
    if doc[start].text == "-" and start > 0 and not doc[start - 1].whitespace_:
        return None  # "Oscar-winning director", "Harvard-educated chief executive": no owner
    # the title's start, or the word before it
    club = next((t for t in (doc[start], doc[max(start - 1, 0)]) if t.lower_ == "club"), None)
    if club is not None and (club.is_lower or club.is_sent_start):
        # "Manchester United ... and club manager Sir Alex Ferguson", "Club director Terry
        # Brady": the club named last in the sentence, else the one the story names most (the
        # one named last of those); not a country's side, nor any other organization
        sides = words()["team_words_no_surname"]
        teams = [
            e
            for e in doc.ents
            if e.end < start
            and not is_region(e.text)
            and (
                (e.label_ == "ORG" and is_team(e.text))
                or (len(e) > 1 and e[-1].lower_ in sides)  # "Manchester United" as a place
            )
        ]
        here = [e for e in teams if e.start >= doc[start].sent.start]
        if here:
            return here[-1], "antecedent"
        if not teams:
            return None
        times = Counter(e.text for e in teams)
        return max(reversed(teams), key=lambda e: times[e.text]), "antecedent"
    i = start
    while i > 0 and doc[i - 1].is_space and doc[i - 1].sent.start == doc[start].sent.start:
        i -= 1  # "Chrysler Corp <C> treasurer": a blanked ticker between name and title
    if i > 2 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].is_upper:
        # "United Coconut Planters Bank (UCPB) president Ramon Sy": the name before its acronym
        j = i - 3
        while j > 0 and doc[j - 1].is_space:
            j -= 1
        named = ent_ending_at(doc, j)
        if named is not None and named.label_ == "ORG":
            return named, "org_premod"
    possessive = i > 0 and doc[i - 1].text in ("'s", "'")
    if possessive:
        i -= 1
    ent = ent_ending_at(doc, i)
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
        # "Retailer's founder steps aside": a word for a kind of company opening a sentence
        kind_word = word.is_sent_start and word.lower_ in words()["org_type_nouns"]
        initial = initial or kind_word
        if initial and word.lower_ in words()["org_type_nouns"]:
            # "Charity boss Ann Greer" in a story about a carmaker: a charity named as one, or
            # none; a word for any company ("Retailer's founder") stands for the last one
            prior = org_of_kind(doc, word.i, word.lower_) or (
                previous_org(doc, word.i, company=True)
                if word.lower_ not in words()["non_company_kinds"]
                else None
            )
            if prior is not None:
                return prior, "antecedent"
        if run is not None and not common and not initial:
            return run, "propn_premod"
        if run is None and _team_opening(doc, i - 1, start):
            return doc[i - 1 : i], "propn_premod"
    # "Parmalat is now being run by a state appointed administrator"
    window = doc[max(role_sent_start(doc, start), start - 8) : start]
    m = re.search(
        r"<org> (?:is |was |has been |had been )?(?:now |currently )?(?:being )?"
        r"(?:run|led|headed|managed|chaired|controlled) by (?:a |an |the |its )?$",
        gap_text(doc, window.start, start) + " ",
    )
    if m:
        for ent in doc.ents:
            if ent.label_ == "ORG" and window.start <= ent.start < start:
                return ent, "run_by"
    return None


def _team_opening(doc: Doc, i: int, start: int) -> bool:
    """ "Arsenal boss Arsene Wenger said": in a story about sport, a capitalized word opening
    the sentence before a team's title and its holder's name is the team's, however the tagger
    read it (an adjective here); not a pronoun, a conjunction nor a title's modifier
    ("Caretaker boss", "Their coach"), nor a nickname in the plural ("Gunners boss": the club
    named elsewhere is the better name)."""
    word = doc[i]
    role = ent_at(doc, start)
    if not (word.is_sent_start and word.is_title and word.is_alpha) or word.is_stop:
        return False
    if len(word) < 3 or word.lower_.endswith("s"):
        return False
    if role is None or role.label_ != "ROLE" or role[-1].lower_ not in words()["team_titles"]:
        return False
    if role.end >= len(doc) or doc[role.end].ent_type_ != "PERSON":
        return False
    lists = ("role_modifiers", "ended_modifiers", "leaving_modifiers", "team_title_modifiers")
    return not any(word.lower_ in words()[w] for w in lists) and sport_story(doc.text)


def unnamed_institution(doc: Doc, role: Span) -> Span | None:
    """ "Brazil's central bank president", "Central bank governor Chang Chi-Cheng" (one title
    to the model): an institution a country has one of, called by what it is (the lexicon's
    list), before the title or opening it, with the country before it when the text gives
    one."""
    from spacy.tokens import Span

    for phrase in words()["unnamed_institutions"]:
        parts = phrase.split()
        opening = len(role) > len(parts) and [t.lower_ for t in role[: len(parts)]] == parts
        end = role.start + len(parts) if opening else role.start
        lo = end - len(parts)
        if lo < 0 or [t.lower_ for t in doc[lo:end]] != parts or doc[end - 1].ent_type_ == "ORG":
            continue
        if lo >= 2 and doc[lo - 1].text in ("'s", "'") and doc[lo - 2].ent_type_ == "GPE":
            place = ent_ending_at(doc, lo - 1)  # "Brazil's central bank"
            lo = place.start if place is not None else lo
        elif lo >= 1 and doc[lo - 1].ent_type_ in ("GPE", "NORP"):
            place = ent_ending_at(doc, lo)  # "the Taiwan central bank"
            lo = place.start if place is not None else lo
        return Span(doc, lo, end, label="ORG")
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


def antecedent_word(doc: Doc, start: int) -> int:
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
    # "The division's president" after "its US division, Delmont Flow Systems": a unit named
    unit = noun.lower_ in words()["unit_nouns"] and org_of_kind(doc, start - 2, noun.lower_)
    if (
        noun.lower_ not in _kind_nouns() - {"board", "office"} and not unit
    ) or noun.ent_type_ not in ("", "NORP"):
        return 0
    if noun.lower_ in words()["overseer_nouns"] and _overseer_before(doc, start - 2) is None:
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


def state_subject(doc: Doc, before: int) -> bool:
    """Whether the subject of the sentence, before token ``before``, is a country or a people
    and no organization: "its" then stands for the state."""
    sent = doc[min(before, len(doc) - 1)].sent
    ents = [e for e in sent.ents if e.end <= before and _in_subject(e)]
    return any(e.label_ in ("GPE", "NORP") for e in ents) and not any(
        e.label_ == "ORG" for e in ents
    )


def previous_org(doc: Doc, before: int, *, company: bool = False) -> Span | None:
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
        and not (company and _surname(e))
        and not e.text[:1].islower()  # "post-Enron rules": no name
        and not _brand(e)
        # "near Roanoke, Va.": a state the model took for one (not "Southampton", a club)
        and e.text not in words()["state_abbreviations"]
    ]
    for ent in reversed(candidates):
        if ent.start >= sent.start and _in_subject(ent):
            return ent
    return candidates[-1] if candidates else None


def _brand(ent: Span) -> bool:
    """ "maker of the well-known Kingfisher lager brand", "under the Sentinel brand": a name
    given as a product's, which no "its" or "the firm" refers to."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end : min(ent.end + 2, len(doc))]]
    return any(w in ("brand", "brands") for w in after)


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


def _overseer_before(doc: Doc, before: int) -> Span | None:
    """ "The watchdog's chief accountant": the last public body named before (the SEC, not
    the company it investigates), or None."""
    from kg.lexicon import is_public_body

    named = [
        e for e in doc.ents if e.label_ == "ORG" and e.end <= before and is_public_body(e.text)
    ]
    return named[-1] if named else None


def whose_org(doc: Doc, start: int) -> Span | None:
    """ "its US division, Vollmar America, whose president, Gregory Sallis, left": the
    organization the relative clause of "whose" hangs on (or names in apposition)."""
    if start < 1 or doc[start - 1].lower_ != "whose":
        return None
    if start > 2 and doc[start - 2].text == ",":
        # the name right before ", whose", however the parse hangs the clause
        before = _ent_containing(doc, start - 3)
        if before is not None and before.label_ == "ORG" and before.end == start - 2:
            return before
    tok = doc[start - 1]
    for _ in range(4):
        if tok.dep_ == "relcl" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "relcl":
        return None
    head = tok.head
    for t in (head, *[c for c in head.children if c.dep_ == "appos"]):
        ent = _ent_containing(doc, t.i)
        if ent is not None and ent.label_ == "ORG":
            return ent
    return None


def named_kind(doc: Doc, start: int) -> Span | None:
    """ "the federation's executive vice president": the last organization named before whose
    name ends in that noun ("National Wildlife Federation") or that the noun introduced
    ("insurance group Vollmar"), over a nearer one of another kind."""
    if start < 2 or doc[start - 1].text not in ("'s", "'"):
        return None
    noun = doc[start - 2].lower_
    if noun in words()["overseer_nouns"]:
        return _overseer_before(doc, start - 2)
    return org_of_kind(doc, start - 2, noun)


def org_of_kind(doc: Doc, before: int, noun: str) -> Span | None:
    """The last organization named before token ``before`` whose name ends in ``noun``
    ("Amalgamated Freight Handlers Union" for "the union") or that the noun introduced
    ("German insurance group Vollmar" for "the group")."""
    named = [
        e
        for e in doc.ents
        if e.label_ == "ORG"
        and e.end <= before
        and (
            (len(e) >= 2 and e[-1].lower_ in (noun, noun + "s"))
            or (e.start > 0 and doc[e.start - 1].lower_ == noun and noun != "company")
            # "its US division, Delmont Flow Systems"
            or (e.start > 1 and doc[e.start - 1].text == "," and doc[e.start - 2].lower_ == noun)
        )
    ]
    return named[-1] if named else None


def _in_subject(ent: Span) -> bool:
    """Whether an entity is (part of) the subject of a clause ("Deutsche Boerse bosses")."""
    kind = ent.doc[ent.start - 1] if ent.start > 0 else None
    if kind is not None and kind.lower_ in _kind_nouns() and kind.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Internet search company Findly has recruited": the name the parse cut off
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
                if ent.root.head.lemma_ in ("learn", "understand"):
                    continue  # "..., BBC Sport has learnt": the newsroom, not the story's firm
                return ent
        return None
    return None


def where_org(doc: Doc, sent: Span, p_start: int) -> Span | None:
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
    named = ent_ending_at(doc, k)
    if named is None or named.label_ != "ORG" or is_government(named.text):
        return None
    return named


def second_org_after(doc: Doc, after: tuple[Span, str | None] | None) -> Span | None:
    """ "chairman of UCPB and San Miguel": a second organization named after "and", that ends
    the phrase (a comma, a full stop or the sentence's end after it)."""
    if after is None:
        return None
    first = after[0]
    i = first.end
    if first.label_ != "ORG" or doc[i : i + 1].text != "and":
        return None
    owned = doc[i + 1].lower_ in ("its", "their") if i + 1 < len(doc) else False
    second = ent_at(doc, i + 2 if owned else i + 1)
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


# Arcs an organization may hang from a title by in the parse: prepositions and their objects,
# a coordinated noun, a noun's modifiers ("vice president and research fellow in charge of
# mobile TV at LG Electronics")
_SUBTREE_ARCS = frozenset({"prep", "pobj", "conj", "cc", "compound", "amod", "nmod", "appos"})
_NOT_ORGS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "EVENT", "ROLE"})


def subtree_org(doc: Doc, role: Span) -> Span | None:
    """The organization the parse attaches to a title through "of", "at", "for" or "with",
    past words the surface patterns do not cross: "president of domestic distribution at 20th
    Century Fox", "president of the 20,000 member Letter Carriers Union". A last resort when
    no pattern named one; the path up from the name to the title may pass no verb, no
    person's name and no other title. An untagged proper noun counts when it is the object
    of the preposition ("at 20th Century Fox")."""
    from spacy.tokens import Span

    sent_end = role.sent.end
    for tok in doc[role.end : min(sent_end, role.end + 15)]:
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "at", "for", "with"):
            continue
        if tok.ent_type_ == "ORG":
            name = ent_at(doc, tok.i) or _ent_containing(doc, tok.i)
        elif not tok.ent_type_ and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            name = doc[tok.i : tok.i + 1]
        else:
            continue
        if name is None:
            continue
        lo = name.start
        while (
            lo - 1 > tok.head.i
            and doc[lo - 1].head.i in range(lo, name.end)
            and doc[lo - 1].dep_ in ("compound", "amod", "nummod")
            and (doc[lo - 1].text[:1].isupper() or doc[lo - 1].like_num)
            and doc[lo - 1].ent_type_ not in _NOT_ORGS
        ):
            lo -= 1  # "at 20th Century Fox", "of US firm Open Source Development Labs"
        if lo < name.start or not name.label_:
            name = Span(doc, lo, name.end, label="ORG")
        cur = tok
        for _ in range(12):
            if role.start <= cur.i < role.end:
                return name
            if (
                cur.dep_ not in _SUBTREE_ARCS
                or cur.pos_ in ("VERB", "AUX")
                or (cur.ent_type_ in ("PERSON", "ROLE") and cur.i != tok.i)
                or cur.i < role.start
            ):
                break
            cur = cur.head
    return None


def _ent_containing(doc: Doc, i: int) -> Span | None:
    return next((e for e in doc.ents if e.start <= i < e.end), None)


def coordinated_org_after(doc: Doc, role: Span) -> tuple[Span, str | None] | None:
    """ "vice president and chief operating officer of Toyota's US sales arm": the first of
    two coordinated titles shares the organization of the second."""
    i = role.end
    if doc[i : i + 1].text.lower() not in ("and", ","):
        return None
    j = i + 2 if doc[i + 1 : i + 2].text.lower() in ("the", "a") else i + 1
    while j < role.sent.end and doc[j].lower_ in words()["ended_modifiers"]:
        j += 1
    nxt = ent_at(doc, j)
    if nxt is None or nxt.label_ != "ROLE":
        return None
    # "chairman, president and chief executive officer of First Union National Bank"
    return org_after(doc, nxt) or coordinated_org_after(doc, nxt)


def org_in_place(doc: Doc, ent: Span) -> str:
    """ "head of EA in Europe": an organization followed by "in PLACE" names its unit there,
    and so does "chief executive of AOL UK". Not after "at" or "with", nor for a legal name:
    "analyst at Finans Investment in Istanbul", "Paine Webber Inc in Chicago" say where the
    speaker sits."""
    i = ent.end
    if i >= ent.sent.end:
        return ent.text
    place = ent_at(doc, i)
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
        place = ent_at(doc, k)
        # a country's or a region's unit; a city says where the body sits ("president of the
        # National Association of Securities Dealers in Washington")
        if place is not None and (is_region(place.text) or not is_place(place.text)):
            return doc[ent.start : place.end].text
    return ent.text


def org_in_gap(doc: Doc, start: int, end: int) -> Span | None:
    """The organization between a person and a title joined by a verb and "as": "joined IBM
    as", "serves Mountain Bell as", "will join the company as"."""
    gap = re.sub(r"^, who ", "", gap_text(doc, start, end))  # "X, who joined IBM as"
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
        return previous_org(doc, start, company=True)
    return None


def reporting_org(sent: Span, person: tuple[int, int] | None = None) -> Span | None:
    """The organization that says what the sentence reports: "Olin Corp said ...", "US West
    Inc said it named ..." (wire copy's way of naming the company a title belongs to), or
    that names someone to a title: "Olin Corp named Lee Evans chief executive officer"."""
    verbs = set(words()["reporting_verbs"]) | set(words()["naming_verbs"])
    if (unit := _naming_unit(sent, person)) is not None:
        return unit
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
                prior = previous_reporter(sent.doc, sent.start) or previous_org(
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
    return _source_of(sent, person)


def _naming_unit(sent: Span, person: tuple[int, int] | None) -> Span | None:
    """ "Acme Corp said its Beta Systems unit named John Smith president": the named unit that
    names the person, not the company that reports it."""
    if person is None:
        return None
    doc = sent.doc
    name = doc[person[1] - 1]
    while name.dep_ in ("compound", "flat") and name.head is not name:
        name = name.head
    verb = name.head
    # the object named, or the title it is named to ("named [John Smith] president")
    if name.dep_ not in ("dobj", "oprd") or verb.lemma_.lower() not in words()["naming_verbs"]:
        return None
    units = set(words()["unit_nouns"])
    # "its Beta Systems unit named": the parse may hang the verb on the unit
    noun: Token | None = (
        verb.head
        if verb.dep_ == "acl" and verb.head.lower_ in units
        else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    )
    if noun is None or noun.lower_ not in units:
        return None
    return next(
        (
            e
            for e in sent.ents
            if e.label_ == "ORG" and e.end == noun.i and e._.kg_parent is not None
        ),
        None,
    )


def spoken_for(sent: Span, person: tuple[int, int]) -> Span | None:
    """ "Hutchison Whampoa Ltd expects satisfactory profits in 1987, chairman Li Ka-shing said":
    the organization that is the subject of what the person is reported as saying (read from
    the parse), for a title that names no organization of its own."""
    doc = sent.doc
    name = doc[person[1] - 1]
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in words()["reporting_verbs"]:
        return None
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < name.i), None)
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None) if said else None
    # a name, not a capitalized common noun the model took for one ("Deliberations will start")
    if subject is None or subject.ent_type_ != "ORG" or subject.pos_ != "PROPN":
        return None
    ent = next((e for e in sent.ents if e.start <= subject.i < e.end), None)
    return None if ent is None or is_government(ent.text) else ent


def _source_of(sent: Span, person: tuple[int, int] | None) -> Span | None:
    """ "Amoco Corp hopes to sell it by June, according to Paul Collier, executive vice
    president of marketing": the organization that is the subject of the verb the person is
    cited for."""
    if person is None:
        return None
    doc = sent.doc
    name = doc[person[1] - 1]
    to = name.head
    if name.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return None
    verb = to.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "ORG":
        return None
    ent = next((e for e in sent.ents if e.start <= subject.i < e.end), None)
    return None if ent is None or is_government(ent.text) else ent


def previous_reporter(doc: Doc, before: int) -> Span | None:
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
                    if ent is not None and not is_government(ent.text) and not _surname(ent):
                        return ent
    return None


def company_spoke(doc: Doc, before: int) -> bool:
    """Whether a sentence before token ``before`` has "the company" say something ("The
    company said the pact will ..."): the story's way of naming the company that reports."""
    verbs = set(words()["reporting_verbs"])
    return any(
        tok.lower_ == "company"
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in verbs
        and any(c.lower_ == "the" for c in tok.children)
        for tok in doc[:before]
    )


def _surname(ent: Span) -> bool:
    """Whether ``ent`` is one word, the surname of a person named in full in the document
    ("Sullivan said" after "President Daniel Sullivan"): no company a "the company" means."""
    return len(ent) == 1 and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents
    )


def described_org(doc: Doc, role: Span) -> tuple[Span] | bool | None:
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
            # "of the 6,000-member union", "of the $2 billion company"
            doc[j].ent_type_ in ("GPE", "NORP", "LOC", "CARDINAL", "MONEY", "QUANTITY")
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
        # "president of the 6,000-member union": the union named, over a nearer company; "vice
        # chairman of the holding company": the company the story's lead is about, the parent
        # of the units it names
        lead = lead_subject(doc)
        if doc[j - 2].lower_ in ("holding", "parent") and head.lower_ == "company" and lead:
            return (lead,)
        kind = org_of_kind(doc, role.start, head.lower_)
        prior = (kind if kind is not None and kind.start >= floor else None) or previous_org(
            doc, role.start
        )
        if prior is not None and prior.start >= floor:
            return (prior,)
        if j < role.sent.end and doc[j].lower_ in ("that", "which"):
            return True  # "president of the group that sued Acme Corp": a group said apart
        if j == i + 3:
            return None  # "vice president of the company since 1986, Acme said": the reporter's
    return True


def owned_unit(doc: Doc, role: Span) -> tuple[str, Span] | None:
    """ "chief executive officer of its North American operations", "president of the
    company's energy and properties groups": a unit of the organization last named, written
    without a name of its own; the unit (as "<owner>'s <words>") and its owner."""
    i = role.end
    end = role.sent.end
    if i + 2 < end and doc[i].lower_ in ("and", ","):
        # "president and chief executive officer of the company's energy and properties
        # groups": the first of coordinated titles shares the unit of the last
        nxt = ent_at(doc, i + 1)
        return owned_unit(doc, nxt) if nxt is not None and nxt.label_ == "ROLE" else None
    if i + 2 >= end or doc[i].lower_ not in ("of", "at", "for"):
        return None
    j = i + 1
    of_named = False  # "of the consumer products division of Acme Corp"
    if doc[j].lower_ in ("its", "their"):
        j += 1
    elif doc[j].lower_ == "the" and doc[j + 1].lower_ in words()["org_type_nouns"]:
        if doc[j + 2 : j + 3].text not in ("'s", "'"):
            return None
        j += 3
    elif doc[j].lower_ == "the":
        j += 1
        of_named = True
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
    if of_named:
        # "president of the consumer products division of Acme Corp": the unit of the
        # organization named right after it
        k = j + 3 if doc[j + 2 : j + 3].text.lower() == "the" else j + 2
        named = ent_at(doc, k) if k < end and doc[j + 1].lower_ in ("of", "at") else None
        if named is None or named.label_ != "ORG" or named.start not in (k, j + 2):
            return None
        if doc[named.end : named.end + 1].text in ("'s", "'"):
            return None  # "of the Boston office of Hambrecht's ... unit": owned further on
        return f"{display_name(named.text)}'s {doc[first : j + 1].text}", named
    # "its": the organization last named; "the insurer's": the one the story is about
    described = doc[i + 1].lower_ == "the"
    owner = (lead_subject(doc) if described else None) or previous_org(
        doc, role.start, company=True
    )
    if owner is None:
        return None
    return f"{display_name(owner.text)}'s {doc[first : j + 1].text}", owner


def _introduced_as(doc: Doc, role: Span) -> Span | None:
    """ "vice chairman of the holding company" after "forming a new holding company, Boston Five
    Bancorp" (or "Boston Five Bancorp, the new holding company"): the organization the
    document introduced with the same words, a modifier and the noun at least."""
    i = role.end
    if i + 3 >= role.sent.end or doc[i].lower_ not in ("of", "at") or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    while j < min(role.sent.end, i + 6) and (
        (doc[j].is_lower and doc[j].is_alpha) or doc[j].ent_type_ in ("NORP", "GPE")
    ):
        j += 1  # "of the Californian unit"
    said = [t.lower_ for t in doc[i + 2 : j] if t.lower_ not in ("new", "combined")]
    # "president of the new affiliate" after "into a single affiliate, Mobil Exploration":
    # the noun alone, for an organization the document calls new
    new = len(said) == 1 and doc[i + 2].lower_ in ("new", "combined")
    units = set(words()["unit_nouns"])
    kinds = _kind_nouns() | units
    if said and said[-1] in units and doc[j : j + 1].text in ("of", "at"):
        return None  # "of the budget and planning division of Pelham Bank": its owner named
    if said and said[-1] in units and (unit := _introduced_unit(doc, role)) is not None:
        return unit
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


def _introduced_unit(doc: Doc, role: Span) -> Span | None:
    """ "president of the Californian unit" after "a new subsidiary, called Irving Trust Co
    California": the last organization in the two sentences before the title's that the text
    introduced as a unit ("a new subsidiary, called X", "its unit X", "the X unit"). Not one
    in the title's own sentence: "X, former president of Rohm and Haas Co's Rohm and Haas Seed
    Inc affiliate, has been named president of the new agriculture unit"."""
    units = set(words()["unit_nouns"])
    floor = role.sent.start
    for _ in range(2):
        if floor > 0:
            floor = doc[floor - 1].sent.start
    found = None
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start < floor or ent.end > role.sent.start:
            continue
        window = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 8) : ent.start]]
        behind = doc[ent.end].lower_ if ent.end < len(doc) else ""
        # "a new subsidiary, called X", "the venture, which has been named X", "the X unit"
        called = window[-1:] in (["called"], ["named"]) and bool(units & set(window))
        if window[-1:] in (["of"], ["at"]) and bool(units & set(window[-2:])):
            continue  # "the consumer products division of Varnex Corp": the unit's owner
        if units & set(window[-4:]) or called or behind in units:
            found = ent
    return found


def modified_org(doc: Doc, noun: Token) -> Span | None:
    """The organization a noun names or stands in apposition to ("Solidere, the company")."""
    for tok in (noun, noun.head if noun.dep_ == "appos" else None):
        if tok is not None and tok.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC"):
            for ent in doc.ents:
                if ent.start <= tok.i < ent.end:
                    return ent
    left = noun.left_edge.i
    if left > 1 and doc[left - 1].text == ",":
        before = ent_ending_at(doc, left - 1)
        if before is not None and before.label_ == "ORG":
            return before
    return None


def passive_subject_org(
    doc: Doc, sent: Span, verb: Token, *, any_name: bool = False
) -> Span | None:
    """The organization that is the subject of a passive verb ("owned by", "run by"); with
    ``any_name``, for a verb only an organization takes ("founded by"), a capitalized name
    the model tagged otherwise or not at all ("Jet, which was founded by", "Def Jam was
    founded in 1984 by")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if subj is None and aux is not None:
        # "Quillon was co-founded": the parse of a split verb may call the subject active,
        # and hang it on "was"
        subj = next(
            (c for c in [*verb.children, *aux.children] if c.dep_ in ("nsubj", "nsubjpass")),
            None,
        )
    if subj is None:
        return None
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        # "owned by Reliance Industries which is run by X": the name right before the pronoun,
        # wherever the parser hung the clause
        k = subj.i - 1 if doc[subj.i - 1].text != "," else subj.i - 2
        named = ent_ending_at(doc, k + 1) if k >= sent.start else None
        if named is not None and named.label_ == "ORG":
            return named
        subj = verb.head
    if subj.lower_ == "it":
        return previous_org(doc, subj.i)
    if (
        not subj.ent_type_
        and subj.lower_ in words()["org_type_nouns"]
        and any(c.lower_ == "the" for c in subj.children)
    ):
        # "The firm is now led by X"; "The prestigious festival was founded by X": the one
        # named as a festival
        return org_of_kind(doc, subj.i, subj.lower_) or previous_org(doc, subj.i, company=True)
    if subj.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC"):
        for ent in doc.ents:
            if ent.start <= subj.i < ent.end:
                return ent
    if any_name and subj.pos_ == "PROPN" and subj.is_title:
        from spacy.tokens import Span

        named = next((e for e in doc.ents if e.start <= subj.i < e.end), None)
        if named is not None and named.label_ == "PERSON":
            return Span(doc, named.start, named.end, label="ORG")
        if named is None:
            start = subj.i
            while (
                start > sent.start
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and not doc[start - 1].ent_type_
            ):
                start -= 1
            return Span(doc, start, subj.i + 1, label="ORG")
    return None


def affiliated_org(doc: Doc, sent: Span, p_end: int) -> Span | None:
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
    org = ent_at(doc, j)
    if org is None or org.label_ != "ORG":
        return None
    after = doc[org.end] if org.end < len(doc) else None
    if after is not None and after.text in ("'s", "'"):
        return None  # "X of Acme's board": a title follows, the role rules read it
    return org
