"""The spaCy pipeline: the statistical model plus kg's registered rule components.

Components, in order (each a ``@Language.factory``):

- ``kg_breaks`` (before the parser): a line break ends a sentence, so a headline or a
  caption is never parsed as part of the next sentence.
- ``kg_roles`` (an EntityRuler before the NER): job titles from ``ontology/roles.ttl`` become
  ROLE entities, so "CTO" is a role and never an organization.
- ``kg_org_repair`` (after the NER): fixes what a small model gets wrong about organizations.
- ``kg_units``: organizational units ("Alibaba's overseas e-commerce operations", "Google
  Shanghai R&D Center") as ORG entities whose parent is kept in ``span._.kg_parent``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kg.errors import ModelError
from kg.lexicon import (
    canonical_role,
    is_team,
    plural_surfaces,
    role_by_surface,
    roles,
    sport_story,
    words,
)
from kg.people import given_name_sex
from kg.textnorm import is_title_line

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_CAMEL = re.compile(r"^[a-z]{1,3}[A-Z][A-Za-z0-9]+$")
# "McEwen", "MacDonald", "DeGroot", "O'Malley": a surname with a capital inside
_SURNAME_PREFIXED = re.compile(r"^(?:Mc|Mac|De|Di|La|Le|O')[A-Z][a-z]+$")
_REPAIRABLE = {"GPE", "NORP", "PERSON", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"}
# labels the model gives a person's name it does not know ("Garu Griffin resigned as treasurer")
_MISREAD_NAMES = ("WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW")
# labels the model gives a company's name it does not know ("Norvex Systems"); not a
# product's or a work's ("Windows Media")
_BUSINESS_REPAIRABLE = {"PERSON", "GPE", "NORP", "LOC", "FAC"}
_PREMOD_REPAIRABLE = {"PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"}


def org_key(text: str) -> str:
    """A name folded for comparison: lower case, no leading "the", no possessive, no suffixes."""
    text = text.lower().replace("\n", " ").strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"\s*'s?$", "", text)
    tokens = text.split()
    suffixes = set(words()["org_suffixes"])
    while len(tokens) > 1 and tokens[-1].strip(",.") in suffixes:
        tokens.pop()
    return " ".join(tokens).rstrip(",")  # "TRW, inc": the comma before a suffix


def _register() -> None:
    from spacy.language import Language
    from spacy.tokens import Span

    if not Span.has_extension("kg_parent"):
        Span.set_extension("kg_parent", default=None)
    if "kg_breaks" in Language.factories:
        return

    @Language.component("kg_breaks")
    def kg_breaks(doc: Doc) -> Doc:
        text = doc.text  # built anew on each access: once per document, not per token
        for prev, token in pairwise(doc):
            # a blank line ends a paragraph; a single line break ends a title line only
            # (wire copy is hard-wrapped mid-sentence)
            gap = prev.text + prev.whitespace_ if prev.is_space else prev.whitespace_
            if (
                gap.count("\n") >= 2
                or ("\n" in gap and is_title_line(_line_before(text, token)))
                or _paragraph_after_suffix(doc, prev, token)
            ):
                token.is_sent_start = True
            elif not gap.strip(" ") and (prev.is_alpha or prev.is_digit) and not token.is_space:
                token.is_sent_start = False  # no sentence starts right after a word
            elif (_NAME_INITIALS.match(token.text) and _short_form_before(doc, token)) or (
                _initials_before_name(doc, token)
            ):
                # "Chas. P. Young", "taking over the title of president from O.C. Davis"; the
                # next token too: the parser can overrule a preset False that stands alone
                # (spaCy issue 7716)
                token.is_sent_start = False
                if token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                    doc[token.i + 1].is_sent_start = False
        return doc

    @Language.factory("kg_org_repair")
    def make_org_repair(nlp: Language, name: str) -> Any:
        return repair_orgs

    @Language.factory("kg_units")
    def make_units(nlp: Language, name: str) -> Any:
        return mark_units


_NAME_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _short_form_before(doc: Doc, token: Token) -> bool:
    """Whether a shortened word ("Chas.", "Wm.", tokenized as "Chas" and ".") stands just
    before ``token``."""
    if token.i < 2:
        return False
    dot, word = doc[token.i - 1], doc[token.i - 2]
    return (
        (dot.text == "." and not word.whitespace_ and re.match(r"^[A-Z][a-z]{1,3}$", word.text))
        or re.match(r"^[A-Z][a-z]{1,3}\.$", dot.text)
    ) is not None and not (dot.text == "." and word.text in ("Inc", "Co", "Corp", "Ltd"))


def _paragraph_after_suffix(doc: Doc, space: Token, token: Token) -> bool:
    """ "which has been named Icotron Co.     Louis Garbrecht Jr, ...": a company suffix's
    period, then the run of spaces of a wire story's indented paragraph (its line break made a
    space) and a capitalized word, ends the sentence the parser would run on."""
    if not space.is_space or len(space.text) < 3 or "\n" in space.text or space.i == 0:
        return False
    suffix = doc[space.i - 1]
    return (
        suffix.text.endswith(".")
        and suffix.lower_.rstrip(".") in words()["company_suffixes"]
        and token.is_title
    )


def _initials_before_name(doc: Doc, token: Token) -> bool:
    """A person's initials end no sentence: "O.C. Davis" after a lower-case word, a comma or
    another name ("from O.C. Davis", "of B.C. McCabe Sr"). Initials that are places ("the U.S.
    The company said") and those that open a sentence are left to the parser."""
    if token.i < 2 or not token.is_title or not token.is_alpha:
        return False
    initials = doc[token.i - 1]
    before = doc[token.i - 2]
    return (
        bool(_NAME_INITIALS.match(initials.text))
        and initials.text not in words()["place_initials"]
        and not initials.whitespace_.count("\n") > 1
        and (before.is_lower or before.text == "," or before.ent_type_ == "PERSON")
    )


def _line_before(text: str, token: Token) -> str:
    """The text of the line that ends just before ``token`` (``text``: its document's)."""
    end = token.idx
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[text.rfind("\n", 0, end) + 1 : end]


def _strip_det(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    end = span.end
    while end > start + 1 and (
        span.doc[end - 1].text in ("'s", "'", ",", "-") or span.doc[end - 1].is_space
    ):
        end -= 1
    return span.doc[start:end]


def repair_orgs(doc: Doc) -> Doc:
    """Relabel organizations the model called places, peoples or people; drop headline persons."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    lex = words()
    noun_only = set(lex["noun_only_labels"])
    offices = {w for w in lex["political_titles"] if " " not in w and w[:1].isupper()}
    legal = set(lex["company_suffixes"])
    split = _reporting_lead_named(doc, _split_group_roles(doc), legal)
    org_keys = {org_key(e.text) for e in split if e.label_ == "ORG"}
    # "Disney director John Ames ... Roy Disney": a name before a title another person holds
    # is the organization's, even when someone named here has it for a surname
    premodifiers = _premodifier_orgs(split, _PREMOD_REPAIRABLE | {"ORG"})
    org_keys |= premodifiers
    # "Corvane Brands Ltd ... Corvane said": the first word of a company's legal name alone,
    # when no person named here has it for a surname
    surnames = {e[-1].lower_ for e in split if e.label_ == "PERSON" and len(e) > 1}
    org_keys |= _legal_first_words(split, surnames, legal)
    # "Rocky Mount Undergarment Co Inc ... Rocky Mount's former president": the first words
    # of a company's legal name, beside a title, are the company however the model read them
    legal_starts = {
        org_key(" ".join(t.text for t in e[:n] if not t.is_space))
        for e in split
        if e.label_ == "ORG" and e[-1].lower_.rstrip(".") in legal and e[0].is_title
        for n in range(2, len(e) - 1)
    }
    # "chief economist at Gerrard", "chief executive of Panlogic": not a place, whatever the
    # model made of it
    org_keys |= _title_objects(doc, split, set(lex["person_titles"]))
    # "Air Deccan's managing director Gorur Gopinath", "Laura Ashley is parting company with
    # its chief executive": what a person cannot be
    org_keys |= _possessive_orgs(split)
    # "Manchester City boss Kevin Keegan", "Scotland manager Walter Smith": in a story about
    # sport, a team named for its town or its country, before a title
    sporty = sport_story(doc.text)
    org_keys |= {
        org_key(e.text)
        for e in split
        if sporty
        and e.label_ == "GPE"
        and is_team(e.text)
        and e.end < len(doc)
        and doc[e.end].ent_type_ == "ROLE"
    }
    # "Leeds United" read as a person or a building: in a story about sport, a name ending in
    # a word no surname is ("United", "Rovers", "FC") is a team's
    org_keys |= {
        org_key(e.text)
        for e in split
        if sporty
        and e.label_ in _REPAIRABLE
        and len(e) > 1
        and e[-1].lower_ in lex["team_words_no_surname"]
    }
    org_keys |= _its_antecedents(doc, split)
    # "Norvex Systems", "Osprey Media" read as a person's name: a name ending in a word for a
    # line of business is a company's, here and wherever it comes again
    business = set(lex["business_name_heads"])
    for e in split:
        name = e[:-1] if e[-1].text in ("'s", "'") else e  # "Fenwick Retail's founder"
        if (
            e.label_ in _BUSINESS_REPAIRABLE
            and len(name) > 1
            and name[-1].is_title
            and name[-1].lower_ in business
        ):
            org_keys.add(org_key(_strip_det(name).text))
    org_type_nouns = set(lex["org_type_nouns"])
    body_text = " ".join(s.text for s in doc.sents if not is_title_line(s.text))
    # a name described as an organization once ("engineering group Jarvis", "Vidora, a
    # British video streaming platform") is one everywhere in the document
    firms = set(lex["firm_plurals"])
    for ent in split:
        if ent.label_ in _REPAIRABLE and (
            (ent.start > 0 and doc[ent.start - 1].lower_ in org_type_nouns)
            # "managing director of oil industry analysts Douglas-Westwood", "consultants
            # Booz Allen": the firm, in the plural of what its people do
            or (
                ent.start > 1
                and doc[ent.start - 1].lower_ in firms
                and doc[ent.start - 1].is_lower
                and doc[ent.start - 2].pos_ not in ("VERB", "AUX")  # "told analysts X is"
            )
            # "another company called Information Appliance"
            or (
                ent.start > 1
                and doc[ent.start - 1].lower_ in ("called", "named")
                and doc[ent.start - 2].lower_ in org_type_nouns
            )
            or _described_as_org(doc, ent.end, org_type_nouns)
        ):
            org_keys.add(org_key(_strip_det(ent).text))
    # "Caldon Westmere", the company two merge into, read as a person: every word of it a
    # company named here
    org_keys |= {
        org_key(e.text)
        for e in split
        if e.label_ in _REPAIRABLE
        and len(e) > 1
        and all(org_key(t.text) in org_keys for t in e if t.is_alpha)
    }
    # "Vollmar America" read as a person in a story about Vollmar: a company's name and a
    # word for a region it works in name its unit
    unit_words = set(lex["unit_name_words"])
    org_keys |= {
        org_key(e.text)
        for e in split
        if e.label_ in _REPAIRABLE
        and len(e) > 1
        and e[-1].lower_ in unit_words
        and org_key(e[:-1].text) in org_keys
    }
    split = _chief_titles_joined(doc, split, noun_only | set(lex["rank_labels"]))
    split = [_name_word_cut(doc, _capitalized_title_continued(doc, e)) for e in split]
    split = _month_named_orgs(doc, split)
    split = _month_named_people(doc, split)
    # "General Motors (GM) ... GM added": a title's acronym that spells an organization's
    # initials
    initials = {"".join(w[0] for w in k.split()) for k in org_keys if len(k.split()) >= 2}
    ents: list[Span] = []
    for ent in split:
        label = ent.label_
        if label == "ROLE" and _acronym_org(doc, ent, org_keys | initials):
            label = "ORG"  # "GM's vice president": General Motors, not a general manager
        if label == "ROLE" and _modifier_not_title(doc, ent, noun_only):
            continue  # "the chief reason", "head office"
        if (
            label == "ROLE"
            and len(ent) == 1
            and ent[0].tag_ == "VB"
            and ent.start > 0
            and doc[ent.start - 1].lower_ == "to"
        ):
            continue  # "brought Didier Drogba on to partner Gudjohnsen": a verb
        around = doc[max(ent.start - 2, 0) : ent.end + 2].text.lower()
        if label == "ROLE" and any(idiom in around for idiom in lex["title_idioms"]):
            continue  # "brought in over the head of Mr Brown": an idiom, no title
        if label == "ROLE" and doc[max(ent.start - 2, 0) : ent.start].text.lower() == "board of":
            continue  # "the board of directors": the board, not a title
        if (
            label == "ROLE"
            and ent.text.lower() in lex["body_modifier_titles"]
            and doc[ent.end : ent.end + 1].text in lex["body_nouns"]
        ):
            continue  # "an executive committee member": the body's name, not a title
        ent = _strip_det(ent) if label in ("ORG", "PERSON") else ent
        if len(ent) > 1 and ent[0].is_sent_start and ent[0].lower_ in lex["sentence_openers"]:
            ent = ent[1:]  # "Neither Computerland, which is 96 pct owned by its founder"
        if (
            label in ("ORG", *_REPAIRABLE)
            and len(ent) > 1
            and ent[0].is_title
            and ent[1].is_title
            and (
                ent[0].lower_ in lex["leaving_modifiers"]
                # "Former Barlow Bank boss Tom Hill", where "Former Yugoslavia" stays a name
                or (
                    ent[0].lower_ in lex["former_modifiers"]
                    and ent.end < len(doc)
                    and doc[ent.end].ent_type_ == "ROLE"
                )
            )
        ):
            ent = ent[1:]  # "Retiring Acme chairman Tom Bell": the title's modifier
        if label in _REPAIRABLE and org_key(ent.text) in org_keys:
            label = "ORG"
        if (
            label in _REPAIRABLE
            and len([t for t in ent if not t.is_space and t.text not in ("'s", "'")]) > 1
            and org_key(" ".join(t.text for t in ent if not t.is_space)) in legal_starts
            and (_beside_title(doc, ent) or _reports(ent))
        ):
            label = "ORG"
            if ent[-1].text in ("'s", "'"):
                ent = ent[:-1]  # "Rocky Mount's": the name, then its possessive
        if (
            label in (*_REPAIRABLE, "EVENT")
            and len(ent) > 1
            and ent[-1].lower_.rstrip(".") in legal
        ):
            # "Airgas Inc said": a company's legal name is no person's; "festival organisers
            # Big Day Out Ltd": nor an event's
            label = "ORG"
        if label == "ORG" and ent.label_ != "ORG" and ent[-1].text in ("'s", "'"):
            ent = ent[:-1]  # "Air Deccan's" read as a person's name, possessive and all
        if (label == "ORG" or label in _MISREAD_NAMES) and _generational_name(ent, label):
            label = "PERSON"  # "Winthrop Sargent IV", "Jack Manning Jr.", "J. Brion Foulke III"
        if label == "PERSON" and len(ent) > 1 and _gerund_opener(ent[0]):
            ent = ent[1:]  # "Replacing Greeniaus as president ... is Peter Rogers"
        titled = [t.i for t in ent[:-1] if t.text in offices]
        if label == "PERSON" and titled:
            ent = doc[titled[-1] + 1 : ent.end]  # "Lib Dem MP Lembit Opik": the name after
        if (
            label in ("ORG", "PERSON")
            and len(ent) > 1
            and ent[0].is_sent_start
            and ent[0].lemma_.lower() in lex["speech_verbs"]
        ):
            ent = ent[1:]  # "Said Wales assistant coach Scott Johnson": the verb before it

        if label == "PERSON" and is_title_line(ent.sent.text) and ent.text not in body_text:
            continue  # "Alibaba Kicks Off Annual Maker Festival": a headline, not a person
        if label == "PERSON" and len(ent) == 1 and ent[0].lower_ in lex["org_type_nouns"]:
            continue  # "Retailer appoints boss": a word for a kind of company, capitalized
        if (
            label == "ORG"
            and ent.text.isupper()
            and is_title_line(ent.sent.text)
            and ent.text.lower() not in body_text.lower()
        ):
            continue  # "AMES NAMES NEW CHIEF FINANCIAL OFFICER": a headline's verb
        if label == "ORG" and all(t.is_lower for t in ent):
            continue  # "53 cts a gallon": a name is written with a capital
        ents.append(Span(doc, ent.start, ent.end, label=label))
    ents = _plural_title_in_name(doc, ents)
    # "Winthrop Sargent has been named president": a person by the title first, so that
    # "Sargent" alone later is his
    ents = [_person_in_role(doc, e, _org_tokens(ents)) for e in ents]
    ents = _tag_repeats(doc, ents, lex["person_titles"], premodifiers)
    ents = [_person_in_role(doc, e, _org_tokens(ents)) for e in ents]
    ents = _short_names(doc, ents, surnames - premodifiers, legal)
    ents = _people_named_again(doc, ents)
    ents = _possessive_names(doc, ents)
    ents = [_hyphen_joined(doc, e) if e.label_ == "ORG" else e for e in ents]
    ents = [_surname_hyphen_joined(doc, e) if e.label_ == "PERSON" else e for e in ents]
    ents = [_person_name_continued(doc, e) if e.label_ == "PERSON" else e for e in ents]
    ents = [_places_joined(doc, e) if e.label_ == "ORG" else e for e in ents]
    ents = _place_prefixed(doc, ents)
    ents = _cut_names_joined(doc, ents)
    ents = _dangling_and_joined(doc, ents)
    ents = _dangling_of_continued(doc, ents)
    ents = _institution_continued(doc, ents)
    ents = _front_restored(doc, ents)
    ents = [_name_continued(doc, e, ents) if e.label_ == "ORG" else e for e in ents]
    ents += _acronym_premodifiers(doc, ents)
    ents = _legal_name_joined(doc, ents, legal)
    ents = _legal_stems_tagged(doc, ents, legal)
    ents = _particle_joined(doc, ents, legal)
    ents = _partner_list_joined(doc, ents, legal)
    ents = _listed_name_joined(doc, ents, legal)
    ents = _partners_joined(doc, ents)
    ents = _last_partner_joined(doc, ents)
    ents = _and_suffix_joined(doc, ents, legal)
    ents = _and_partners_named(doc, ents)
    ents = _owned_unit_named(doc, ents)
    ents = _names_cut_again(doc, ents)
    ents = _legal_stems_tagged(doc, ents, legal)  # the stems of the names joined above
    ents = [_complement_listed(doc, e) if e.label_ == "ORG" else e for e in ents]
    ents = _institutions_of_places(doc, ents)
    ents = _front_of_place_named(doc, ents, legal)
    ents = _reporting_lead_named(doc, ents, legal)
    ents += _bare_suffix_named(doc, ents, legal)
    ents += _untagged_people(doc, ents)
    ents += _initialed_firms(doc, ents)
    ents += _described_untagged(doc, ents)
    ents += _chained_titles(doc, ents)
    ents = [_open_bracket_cut(doc, e) if e.label_ == "ORG" else e for e in ents]
    taken = {t.i for e in ents for t in e}
    for token in doc:
        if (
            token.i not in taken
            and _CAMEL.match(token.text)
            and token.pos_ in ("PROPN", "NOUN", "X")
        ):
            ents.append(Span(doc, token.i, token.i + 1, label="ORG"))  # iQIYI, eBay
    doc.ents = filter_spans(ents)
    return doc


def _chained_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "vice president, general counsel and secretary", "secretary and treasurer": a word
    that is a company's title only beside another of its titles, in lower case, joined to
    one by "and" or a comma (lexicon ``chained_titles``)."""
    from spacy.tokens import Span

    chained = words()["chained_titles"]
    taken = {t.i for e in ents for t in e}
    roles_at = {t.i: e for e in ents if e.label_ == "ROLE" for t in e}

    def corporate(i: int) -> bool:
        role = roles_at.get(i)
        if role is None or not role.text.islower():
            return False  # "Vice President Cheney and Secretary Rice": offices of state
        return canonical_role(role.text) is not None

    out: list[Span] = []
    for tok in doc:
        if tok.i in taken or tok.lower_ not in chained or not tok.is_lower:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "-", "for", "general"):
            continue  # "secretary of state", "secretary-general", "secretary for trade"
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in ("and", ","):
            k -= 1
        before = k < tok.i - 1 and corporate(k)
        after = tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "and" and corporate(tok.i + 2)
        if before or after:
            out.append(Span(doc, tok.i, tok.i + 1, label="ROLE"))
    return out


def _owned_unit_named(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "its Leeds and Northrup unit", "their Smith & Wesson division", "its Prairie Feeds
    subsidiary": the capitalized words between "its" and a word for a unit are one name, "and"
    and all, whatever the model read ("Feeds" as a people)."""
    from spacy.tokens import Span

    from kg.places import is_place

    units = set(words()["unit_nouns"])
    out = list(ents)
    for tok in doc[:-2]:
        if tok.lower_ not in ("its", "their"):
            continue
        end = tok.i + 1
        while (
            end < tok.sent.end
            and end - tok.i <= 6
            and (doc[end].is_title or (doc[end].lower_ in ("and", "&") and doc[end - 1].is_title))
        ):
            end += 1
        if (
            end - tok.i < 2
            or end >= len(doc)
            or doc[end].lower_ not in units
            or not doc[end].is_lower
        ):
            continue
        words_of = [t for t in doc[tok.i + 1 : end] if t.is_title]
        if all(t.ent_type_ in ("GPE", "LOC", "NORP") or is_place(t.text) for t in words_of):
            continue  # "its Texas and Ohio operations": places, not a name
        name = Span(doc, tok.i + 1, end, label="ORG")
        out = [e for e in out if e.end <= name.start or e.start >= name.end] + [name]
    return sorted(out, key=lambda e: e.start)


def _names_cut_again(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "its Prairie Feeds subsidiary ... Ashby had been Prairie Feeds' vice president": an
    organization's name of two capitalized words or more, written again where the model
    tagged only a part of it (or a part as a person, "Feeds"), is the organization again. Not
    where the model read the whole of it as a person ("Laura Ashley" the founder)."""
    from spacy.tokens import Span

    names = {
        tuple(t.text for t in e)
        for e in ents
        if e.label_ == "ORG" and len(e) >= 2 and all(t.is_title and t.is_alpha for t in e)
    }
    if not names:
        return ents
    by_token = {t.i: e for e in ents for t in e}
    added: list[Span] = []
    for name in names:
        n = len(name)
        for i in range(len(doc) - n + 1):
            if tuple(t.text for t in doc[i : i + n]) != name:
                continue
            inner = {(e.start, e.end, e.label_) for k in range(i, i + n) if (e := by_token.get(k))}
            if any(a < i or b > i + n or label == "ROLE" for a, b, label in inner):
                continue  # a longer name, or a title
            if any((a, b) == (i, i + n) for a, b, _ in inner):
                continue  # the whole of it, as the model read it
            if not inner:
                continue  # untagged: the rules of the sentence read it
            added.append(Span(doc, i, i + n, label="ORG"))
    if not added:
        return ents
    spans = {(a.start, a.end) for a in added}
    kept = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in spans)]
    return sorted(kept + added, key=lambda e: e.start)


def _described_untagged(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Yorkshire company Shepherds Purse Cheeses", "the retailer Whittard": proper nouns the
    model left untagged, right after a word for a kind of company, are the company's name."""
    from spacy.tokens import Span

    kinds = set(words()["org_type_nouns"])
    taken = {t.i for e in ents for t in e}
    out = []
    for tok in doc[:-1]:
        if tok.i in taken or not tok.is_lower or tok.lower_ not in kinds:
            continue
        end = tok.i + 1
        while (
            end < tok.sent.end
            and end - tok.i <= 4
            and end not in taken
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
        ):
            end += 1
        if end > tok.i + 1 and (end >= len(doc) or end not in taken):
            out.append(Span(doc, tok.i + 1, end, label="ORG"))
            taken.update(range(tok.i + 1, end))
    return out


def _initialed_firms(doc: Doc, ents: list[Span]) -> list[Span]:
    """A firm known by two initials joined by "and", untagged by the model, before a title it
    owns: "Michael Rourke, A and P vice president", "B and C managing director Peter Goldie"
    ("S and P 500", an index, has no title after it)."""
    from spacy.tokens import Span

    taken = {t.i for e in ents for t in e}
    starts = {e.start for e in ents if e.label_ == "ROLE"}
    out: list[Span] = []
    for tok in doc[: max(len(doc) - 3, 0)]:
        first, conj, last = doc[tok.i : tok.i + 3]
        if not all(len(t) == 1 and t.is_upper and t.is_alpha for t in (first, last)):
            continue
        if conj.lower_ != "and" or first.text == "I" or {t.i for t in (first, conj, last)} & taken:
            continue
        after = tok.i + 4 if doc[tok.i + 3].text in ("'s", "'") else tok.i + 3
        if after in starts:
            out.append(Span(doc, tok.i, tok.i + 3, label="ORG"))
    return out


def _untagged_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the model tagged as nothing, told by a title: two or three capitalized
    proper nouns right after a title ("Bank of Japan Governor Satoshi Sumita"), or opening a
    clause and set off before one ("Hugo Lueders, European director for public policy").
    No word of it may be a company's, a place's or a title's."""
    from spacy.tokens import Span

    from kg.places import is_place

    lex = words()
    company = set(lex["unit_name_words"]) | set(lex["org_suffixes"]) | set(lex["org_type_nouns"])
    taken = {t.i for e in ents for t in e}
    offices = {w.lower() for w in lex["political_titles"]}
    roles = {e.start: e for e in ents if e.label_ == "ROLE"}
    # a whole title, not a modifier the model took for one ("Chief Constable Alastair")
    role_ends = {
        e.end
        for e in ents
        if e.label_ == "ROLE" and canonical_role(e.text) is not None and e[-1].lower_ != "chief"
    }

    def word(tok: Token) -> bool:
        return (
            tok.i not in taken
            and tok.pos_ == "PROPN"
            and (tok.is_title or bool(_NAME_INITIALS.match(tok.text)))
            and not tok.is_stop
            and tok.lower_ not in company
            and tok.lower_ not in offices
            and canonical_role(tok.lower_.rstrip("s")) is None  # "Chief Police Officers"
            and not is_place(tok.text)
        )

    out: list[Span] = []
    i = 0
    while i < len(doc):
        if not word(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 4 and word(doc[j]):
            j += 1
        after = doc[j : j + 4]
        set_off = (
            len(after) > 1
            and after[0].text == ","
            and (i == doc[i].sent.start or doc[i - 1].is_punct)
            and any(
                t.i in roles and all(u.is_lower or u.ent_type_ == "NORP" for u in doc[j + 1 : t.i])
                for t in after[1:]
            )
        )
        if 2 <= j - i <= 3 and (i in role_ends or set_off) and not is_place(doc[i:j].text):
            out.append(Span(doc, i, j, label="PERSON"))
        i = j
    return out


def _bare_suffix_named(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "for Pillsbury Co": a company suffix the model left untagged, after a name it read as
    a place or a person or did not tag, ends a company's name with it. Returned for
    ``filter_spans`` to prefer over the shorter name."""
    from spacy.tokens import Span

    by_end = {e.end: e for e in ents}
    taken = {t.i for e in ents for t in e}
    out = []
    for tok in doc:
        if (
            tok.i in taken
            or tok.i == tok.sent.start
            or tok.lower_.rstrip(".") not in legal
            or not tok.text[:1].isupper()
        ):
            continue
        before = by_end.get(tok.i)
        if before is not None and before.label_ in ("GPE", "NORP", "PERSON", "LOC"):
            start = before.start
        else:
            start = tok.i
            while (
                start - 1 >= tok.sent.start
                and tok.i - start < 3
                and start - 1 not in taken
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
        if start < tok.i:
            out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


def _open_bracket_cut(doc: Doc, ent: Span) -> Span:
    """ "Beard Oil Co (BEC), which", "Federation of Economic Organisations (Keidanren)": a
    name the model ran into a bracket it did not close ends before the bracket (a ticker
    or a short name follows)."""
    from spacy.tokens import Span

    k = next((t.i for t in ent[1:] if t.text == "("), None)
    if k is None or any(t.text == ")" for t in doc[k : ent.end]):
        return ent
    return Span(doc, ent.start, k, label=ent.label_)


def _gerund_opener(tok: Token) -> bool:
    """A sentence's first word that is the "-ing" form of a verb of succession, naming or
    leaving ("Replacing", "Succeeding", "Joining"): no part of the name after it."""
    if not (tok.is_sent_start and tok.lower_.endswith("ing")):
        return False
    stem = tok.lower_[:-3]
    return any(v in (stem, stem + "e", stem[:-1]) for v in _move_verbs())


@cache
def _move_verbs() -> frozenset[str]:
    """The lemmas of the verbs of succession, naming, joining and leaving."""
    lex = words()
    return frozenset(
        {*lex["succession_verbs"], *lex["naming_verbs"], *lex["leaving_lemmas"], "join"}
    )


def _month_named_orgs(doc: Doc, ents: list[Span]) -> list[Span]:
    """A month's name the model read as a date, owning something with a possessive, is the
    short name of an organization the document names in full with it: "May's chairman and
    chief executive Gene Kahn" beside "May Department Stores". Without such an organization
    "January's sales" stays a date."""
    from spacy.tokens import Span

    from kg.timex import MONTHS

    firsts = {e[0].lower_ for e in ents if e.label_ == "ORG" and len(e) > 1}
    out = []
    for ent in ents:
        if (
            ent.label_ == "DATE"
            and len(ent) == 1
            and ent[0].is_title
            and ent[0].lower_ in MONTHS
            and ent[0].lower_ in firsts
            and ent.end < len(doc)
            and doc[ent.end].text in ("'s", "'")
        ):
            ent = Span(doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out


def _month_named_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "August Busch III, chairman of Anheuser-Busch": a month's name the model read as a
    date, right before a name it read as a person's, is the first name, unless a word of time
    comes before it ("in August Smith said")."""
    from spacy.tokens import Span

    from kg.timex import MONTHS

    time_words = set(words()["time_prepositions"])

    def join(prev: Span, ent: Span) -> list[Span] | None:
        if (
            prev.label_ == "DATE"
            and ent.label_ == "PERSON"
            and len(prev) == 1
            and prev[0].is_title
            and prev[0].lower_ in MONTHS
            and prev[-1].whitespace_
            and not (prev.start > 0 and doc[prev.start - 1].lower_ in time_words)
        ):
            return [Span(doc, prev.start, ent.end, label="PERSON")]
        return None

    return _join_adjacent(ents, join)


# what may follow the organization a title is held at: the sentence goes on ("Fred Hasson,
# head of Tiga, which represents..."); a noun after it would make the name a modifier
# ("head of UK equities"), a possessive or a hyphen a place's ("Costa Rica's league")
_AFTER_TITLE_OBJECT = {",", ".", ";", ":", ")", '"', "and", "who", "which", "was", "is", "has"}


def _title_objects(doc: Doc, ents: list[Span], person_titles: set[str]) -> set[str]:
    """Keys of the names the model took for a place, a people, a person or a product that
    stand alone after a title and "of", "at" or "for" ("Simon Rubinsohn, chief economist at
    Gerrard", "chief executive of Panlogic", "security manager for Capgemini"):
    organizations, unless they name a known place ("governor of Texas", kg/places.py) or a
    person called "Mr X" in the document."""
    from kg.places import is_place

    titled = {
        doc[e.start - 1].lower_ + " " + e.text
        for e in ents
        if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].lower_ in person_titles
    }
    keys = set()
    for ent in ents:
        if ent.label_ not in _REPAIRABLE:
            continue
        j = ent.start - 1
        if j > 0 and doc[j].lower_ == "the":
            j -= 1
        if not (j > 0 and doc[j].lower_ in ("of", "at", "for") and _title_before(doc, j)):
            continue
        if doc[j].lower_ == "for" and _title_owned(doc, j - 1):
            continue  # "World Bank country director for the West Bank": the title's scope
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and not after.is_space and after.lower_ not in _AFTER_TITLE_OBJECT:
            continue
        name = _strip_det(ent).text
        if is_place(name) or any(t.endswith(" " + name) for t in titled):
            continue
        keys.add(org_key(name))
    return keys


def _possessive_orgs(ents: list[Span]) -> set[str]:
    """Keys of names the model took for a person's, a place's or a product's that own a title
    held by a named person ("Air Deccan's managing director Gorur Gopinath", "Halvex's head
    of research Peter Quan"), unless the name is a known place's ("Ukraine's president"), or
    a person's name whose last word is a surname in the document: another person's, or the
    name's own when it stands alone ("Carlos Ghosn's chief of staff ... Ghosn said")."""
    from spacy.tokens import Span

    from kg.places import is_place

    people = {e.text for e in ents if e.label_ == "PERSON"}
    keys = set()
    for k, (a, b) in enumerate(itertools.pairwise(ents)):
        doc = a.doc
        name = a[:-1] if a[-1].text in ("'s", "'") else a  # the model's span may hold the "'s"
        nxt = k + 2
        if (
            b.label_ in ("GPE", "NORP")
            and k + 2 < len(ents)
            and ents[k + 2].label_ == "ROLE"
            and ents[k + 2].start == b.end
            and doc[b.start - 1].text in ("'s", "'")
        ):
            # "Robert Quinn, Game's UK sales director": the title's scope between them
            b, nxt = Span(doc, b.start, ents[k + 2].end, label="ROLE"), k + 3
        after = ents[nxt] if nxt < len(ents) else None
        before = ents[k - 1] if k > 0 else None
        # the holder named after the title, or set off before the name: "Andrew Pendleton,
        # Christian Aid's head of Trade Policy"
        held = (
            after is not None
            and after.label_ == "PERSON"
            and (after.start == b.end or _function_words(doc, b.end, after.start))
        ) or (
            before is not None
            and before.label_ == "PERSON"
            and before.end + 1 == a.start
            and doc[before.end].text == ","
        )
        if (
            a.label_ not in _REPAIRABLE
            or not len(name)
            or b.label_ != "ROLE"
            or doc[b.start - 1].text not in ("'s", "'")
            or b.start - 1 not in (name.end, a.end)
            or not held
        ):
            continue
        if a.label_ == "PERSON":
            owner = (
                len(name) > 1
                and not any(p.split()[-1] == name[-1].text for p in people - {a.text, name.text})
                and not _alone(doc, name)  # "Ghosn said"
            )
        else:
            owner = not is_place(name.text)
        if owner:
            keys.add(org_key(a.text))
    return keys


def _function_words(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are "of" and one to three lower-case nouns or
    adjectives: a title's function ("head of research")."""
    return (
        2 <= end - start <= 4
        and doc[start].lower_ == "of"
        and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in doc[start + 1 : end])
    )


def _alone(doc: Doc, name: Span) -> bool:
    """Whether the last word of ``name`` stands after it in ``doc`` without the word before
    it, as a surname does ("Carlos Ghosn ... Ghosn said")."""
    last, before = name[-1].text, name[-2].text
    return any(
        t.text == last
        and t.i > name.start  # a headline's "India's Deccan gets more planes" comes first
        and doc[t.i - 1].text != before
        for t in doc
    )


def _its_antecedents(doc: Doc, ents: list[Span]) -> set[str]:
    """Keys of names the model took for a person's, a product's or a building's that are the
    subject of a clause where "its" owns a title another named person holds ("Laura Ashley
    is parting company with its chief executive Ainum Mohd-Saaid"): "its" is never a
    person's. Only then: "its" may name another organization than the subject ("Trump has
    bought a large amount of its stock"; "Klaus Lampe will take over as its director")."""
    by_token = {t.i: e for e in ents if e.label_ in ("PERSON", "PRODUCT", "FAC") for t in e}
    keys = set()
    roles = {e.start: e for e in ents if e.label_ == "ROLE"}
    for tok in doc:
        role = roles.get(tok.i + 1) if tok.lower_ == "its" else None
        if role is None:
            continue
        if not any(e.label_ == "PERSON" and e.start in (role.end, role.end + 1) for e in ents):
            continue
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        subject = next(
            (by_token[c.i] for c in head.children if c.dep_ == "nsubj" and c.i in by_token),
            None,
        )
        if subject is None or subject.end > tok.i:
            continue
        # nothing else "its" could be: no name, title or possessive in between ("Kline will
        # resign as president of Liberty Financial and its unit")
        if not any(t.ent_type_ or t.text == "'s" for t in doc[subject.end : tok.i]):
            keys.add(org_key(subject.text))
    return keys


def _title_owned(doc: Doc, i: int) -> bool:
    """Whether the title ending at token ``i`` has an organization or a possessive before it
    ("World Bank country director", "Acme's director")."""
    k = i
    while k > 0 and (doc[k].ent_type_ == "ROLE" or doc[k].is_lower):
        k -= 1
    return doc[k].ent_type_ == "ORG" or doc[k].text in ("'s", "'")


def _title_before(doc: Doc, j: int) -> bool:
    """Whether a title ends just before token ``j`` ("chairman of"), or, before "at", a title
    and its function ("head of equity research at")."""
    k = j - 1
    if doc[j].lower_ == "at":
        while k > 0 and j - k <= 5 and doc[k].ent_type_ != "ROLE" and doc[k].is_lower:
            k -= 1
    return doc[k].ent_type_ == "ROLE"


def _titled_name_before(doc: Doc, j: int) -> bool:
    """Whether a person's name, with a title before it, ends just before token ``j``
    ("analyst Dennis Telzrow of")."""
    k = j - 1
    if doc[k].ent_type_ != "PERSON":
        return False
    while k > 0 and doc[k - 1].ent_type_ == "PERSON" and doc[k].ent_iob_ != "B":
        k -= 1
    return k > 0 and doc[k - 1].ent_type_ == "ROLE"


def _reports(ent: Span) -> bool:
    """Whether a name is the subject of a reporting verb ("Twin City also said", the model
    calling the short name of "Twin City Barge Inc" a place)."""
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in words()["reporting_verbs"]


def _beside_title(doc: Doc, ent: Span) -> bool:
    """Whether a title follows the name ("Acme Mills' former president") or the name follows a
    title and "of" or "at" ("chairman of Acme Mills")."""
    i = ent.end
    if i < len(doc) and doc[i].text in ("'s", "'"):
        i += 1
    while (
        i < len(doc)
        and i - ent.end < 4
        and doc[i].ent_type_ != "ROLE"
        and (doc[i].is_lower or doc[i].is_space)
    ):
        i += 1  # "former", "new"
    if i < len(doc) and doc[i].ent_type_ == "ROLE":
        return True
    j = ent.start - 1
    while j > 0 and doc[j].is_space:
        j -= 1
    return j > 0 and doc[j].lower_ in ("of", "at") and doc[j - 1].ent_type_ == "ROLE"


def _acronym_premodifiers(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "ECB President Jean-Claude Trichet": an untagged acronym before a title and a name is
    the organization the title belongs to."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    starts = {e.start: e for e in ents}
    out = []
    for tok in doc[:-2]:
        role = starts.get(tok.i + 1)
        if (
            tok.i in taken
            or not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6)
            or role is None
            or role.label_ != "ROLE"
            or role.end not in starts
            or starts[role.end].label_ != "PERSON"
        ):
            continue
        place = doc[tok.i - 1] if tok.i > 0 else None
        national = place is not None and place.ent_type_ == "GPE" and place.ent_iob_ == "B"
        # "Egypt FA spokesman Methat Shalaby": the national body
        before = starts.get(tok.i - 1)
        start = tok.i - 1 if national and before is not None and before.end == tok.i else tok.i
        out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


@cache
def _title_modifiers() -> frozenset[str]:
    """Words that modify a title, not a name: "former", "retiring"."""
    lex = words()
    return frozenset(lex["former_modifiers"]) | frozenset(lex["leaving_modifiers"])


def _proper_nouns_before(
    doc: Doc, i: int, limit: int, taken: set[int], stop: Collection[str] = ()
) -> int:
    """The start of the run of at most ``limit`` capitalized proper nouns right before token
    ``i`` that no entity holds (a word of ``stop`` ends it, and so does a title's modifier:
    "Former Barlow Bank boss"); ``i`` when there is none."""
    modifiers = _title_modifiers()
    start = i
    while (
        start > 0
        and i - start < limit
        and start - 1 not in taken
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].lower_ not in stop
        and doc[start - 1].lower_ not in modifiers
    ):
        start -= 1
    return start


def _legal_name_joined(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Regency Cruises Inc" tagged as "Regency" and "Cruises Inc": two names side by side,
    the second ending in a company suffix, are one; so are "Merrill Lynch" and "Co Inc"."""
    from spacy.tokens import Span

    out: list[Span] = []
    tails = legal | {"company", "sons", "co.", "brothers"}
    lex = words()
    heads = (
        set(lex["org_name_heads"])
        | set(lex["institution_nouns"])
        | set(lex["institution_name_heads"])
        | set(lex["org_type_nouns"])
        | set(lex["unit_nouns"])
    )
    institutions = set(lex["institution_nouns"]) | set(lex["institution_name_heads"])
    taken = {i for e in ents for i in range(e.start, e.end)}
    # one-word names the model read as people: a partner's surname ("Frost" of "Frost and
    # Sullivan Inc")
    surnames = {e.start for e in ents if e.label_ == "PERSON" and len(e) == 1}
    # or a word read as a place, when the partners' names come again together ("Gulf and
    # Western Inc ... Gulf and Western chairman Martin Davis")
    places = {e.start for e in ents if e.label_ in ("LOC", "GPE", "NORP") and len(e) == 1}
    for ent in sorted(ents, key=lambda e: (e.start, -e.end)):
        if ent.label_ == "ORG" and (
            ent[-1].lower_.rstrip(".") in legal or ent[-1].lower_ in institutions
        ):
            # "Regency" left out of "Regency Cruises Inc"; "Entertainment" left out of
            # "Entertainment and Leisure Software Publishers Association"
            start = _proper_nouns_before(doc, ent.start, 3, taken)
            partner = start - 2
            if (
                start == ent.start
                and partner >= ent.sent.start
                and doc[start - 1].lower_ in ("and", "&")
                and doc[partner].is_title
                and doc[partner].pos_ == "PROPN"
                and (
                    partner not in taken
                    or partner in surnames
                    or (partner in places and doc.text.count(doc[partner : ent.start].text) > 1)
                )
                and (partner == ent.sent.start or not doc[partner - 1].is_title)
            ):
                start = partner  # "Frost and Sullivan Inc": a firm named for its partners
            ent = Span(doc, start, ent.end, label="ORG") if start != ent.start else ent
        prev = out[-1] if out else None
        # two organizations joined by "and"
        joined = (
            prev is not None
            and prev.label_ == "ORG"
            and ent.label_ == "ORG"
            and ent.start == prev.end + 1
            and doc[prev.end].lower_ in ("and", "&")
        )
        if joined and all(t.lower_.rstrip(".") in tails or t.lower_ in tails for t in ent):
            assert prev is not None
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")  # "Merrill Lynch and Co Inc"
            continue
        if (
            joined
            and prev is not None
            # "Mobil Exploration and Producing U.S. Inc", "Entertainment and Leisure Software
            # Publishers Association"
            and (ent[-1].lower_.rstrip(".") in legal or ent[-1].lower_ in institutions)
            and prev[-1].lower_.rstrip(".") not in legal
            and prev[-1].lower_ not in heads  # "Halvard Bank and Pell Trust Co": two names
            and not prev.text.isupper()  # "ASA and National Soybean Processors Association"
            # neither part named without the other ("Rohm and Haas Co ... Rohm and Haas Seed")
            and doc.text.count(prev.text)
            == doc.text.count(doc[ent.start : ent.end - 1].text)
            == doc.text.count(doc[prev.start : ent.end - 1].text)
        ):
            # "Mobil Exploration and Producing U.S. Inc" read as two: the first, never named
            # on its own, is the front of one name ending in a company suffix
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        if (
            prev is not None
            and prev.label_ in ("ORG", *_REPAIRABLE)
            and ent.label_ == "ORG"
            and prev.end == ent.start
            and ent[-1].lower_.rstrip(".") in legal
            and prev[-1].text[:1].isupper()
            and not doc[prev.end - 1].text.endswith(("'s", "'"))
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _particle_joined(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Banque Generale du Luxembourg SA" read as "Banque Generale" and "Luxembourg SA": two
    names joined by a particle ("du", "de", "van"), the second ending in a company suffix,
    are one European company's name."""
    from spacy.tokens import Span

    particles = set(words()["name_particles"])
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: e.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "ORG"
            and ent.label_ == "ORG"
            and ent.start == prev.end + 1
            and doc[prev.end].lower_ in particles
            and ent[-1].lower_.rstrip(".") in legal
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _partner_list_joined(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Morgan, Olmstead, Kennedy and Gardner Capital Corp" read as "Morgan", "Olmstead",
    "Kennedy" and "Gardner Capital Corp" (or "Kennedy and Gardner Capital Corp"): a company
    named for its partners, a list of one-word names ending in "and" a name with a company
    suffix, when the document writes the partners together again ("Ford, Chrysler and General
    Motors Corp", once, stays three)."""
    from spacy.tokens import Span

    def partner(word: Token) -> bool:
        return word.is_title and word.is_alpha and word.pos_ == "PROPN"

    joined: list[Span] = []
    for ent in ents:
        if ent.label_ != "ORG" or ent[-1].lower_.rstrip(".") not in legal:
            continue
        if len(ent) >= 4 and ent[1].lower_ in ("and", "&"):
            first, conj = ent.start, ent.start + 1  # "Kennedy and Gardner Capital Corp"
        elif (
            ent.start - 2 >= ent.sent.start
            and doc[ent.start - 1].lower_ in ("and", "&")
            and partner(doc[ent.start - 2])
        ):
            first, conj = ent.start - 2, ent.start - 1  # "Kennedy" "and" "Gardner Capital Corp"
        else:
            continue
        start = first
        while start - 2 >= ent.sent.start and doc[start - 1].text == ",":
            word = doc[start - 2]
            if not partner(word):
                break
            if word.i > ent.sent.start and doc[word.i - 1].is_title and doc[word.i - 1].is_alpha:
                break  # a name of two words: not one partner's
            start -= 2
        partners = doc[start : conj + 2].text  # "Morgan, Olmstead, Kennedy and Gardner"
        # "Prescott, Ball and Turben Inc": one-word partners and a suffix only, no list of
        # companies ("Ford, Chrysler and General Motors Corp")
        named_for_partners = first == ent.start and len(ent) == 4 and partner(ent[2])
        if start < first and (doc.text.count(partners) > 1 or named_for_partners):
            joined.append(Span(doc, start, ent.end, label="ORG"))
    return _with_joined(ents, joined)


def _and_suffix_joined(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Wertheim and Co", "Touche Ross and Co", "Goldman, Sachs and Co", "Sumitomo Trust and
    Banking Co Ltd" read as a place, a person or a company, "and", then "Co" or "Banking Co
    Ltd": a name can start with neither a company suffix nor "Banking", so the words before
    "and" are the firm's too (a person's or place's name right before it, or up to three
    capitalized words, with the partners a comma lists: "Smith Barney, Harris Upham and Co")."""
    from spacy.tokens import Span

    heads = legal | set(words()["and_name_heads"])
    by_end = {e.end: e for e in ents}
    joined: list[Span] = []
    for ent in ents:
        conj = ent.start - 1
        if (
            ent.label_ != "ORG"
            or ent[0].lower_.rstrip(".") not in heads
            or conj - 1 < ent.sent.start
            or doc[conj].lower_ not in ("and", "&")
        ):
            continue
        start = _name_before(doc, conj, by_end)
        while (
            start is not None
            and start - 2 >= ent.sent.start
            and doc[start - 1].text == ","
            and doc[start - 2].is_title
            and doc[start - 2].ent_type_ in ("", "PERSON", "ORG")  # not "In New York, ..."
        ):
            partner = _name_before(doc, start - 1, by_end)
            if partner is None:
                break
            start = partner
        if start is not None:
            joined.append(Span(doc, start, ent.end, label="ORG"))
    return _with_joined(ents, joined)


def _and_partners_named(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Hambrecht and Quist Group", "Clayton and Dubilier Inc", "The Hong Kong and Shanghai
    Banking Corp", read as a person, a company or a place, "and", then a company: one name,
    when the first is one word (a place after a capitalized "The") standing at no list, the
    second ends in a company suffix, and the two are written together again here ("Edelman
    and Dominion Textiles Inc" once, after "Asher Edelman", stays two). The shorter mentions
    of a name so joined ("Hambrecht and Quist") are joined as well."""
    from spacy.tokens import Span

    suffixes = set(words()["org_suffixes"]) - {"the", "&"}
    by_end = {e.end: e for e in ents}
    text = doc.text.lower()
    joined: list[Span] = []
    for ent in ents:
        conj = ent.start - 1
        first = by_end.get(conj)
        if (
            ent.label_ != "ORG"
            or len(ent) > 3
            or ent[-1].lower_ not in suffixes
            or not ent[0].is_title
            or conj < 1
            or doc[conj].lower_ not in ("and", "&")
            or first is None
            or first.label_ not in ("ORG", "PERSON", "GPE", "NORP")
        ):
            continue
        before = doc[first.start - 1] if first.start > first.sent.start else None
        listed = before is not None and (before.text == "," or before.is_title)
        placed = first.label_ == "GPE" and before is not None and before.text == "The"
        pair = f"{first.text} and {ent[0].text}".lower()
        if placed or (len(first) == 1 and not listed and text.count(pair) > 1):
            joined.append(Span(doc, first.start, ent.end, label="ORG"))
    # the names joined here and those the model read whole ("Frost and Sullivan Inc")
    names = {span.text.lower() for span in joined} | {
        e.text.lower()
        for e in ents
        if e.label_ == "ORG" and " and " in e.text and e[-1].lower_ in suffixes
    }
    for ent in ents:
        first = by_end.get(ent.start - 1)
        if first is None or ent.label_ != "ORG" or doc[ent.start - 1].lower_ not in ("and", "&"):
            continue
        short = doc[first.start : ent.end].text.lower()
        if short not in names and any(name.startswith(short + " ") for name in names):
            joined.append(Span(doc, first.start, ent.end, label="ORG"))  # "Hambrecht and Quist"
    return _with_joined(ents, joined)


def _with_joined(ents: list[Span], joined: list[Span]) -> list[Span]:
    """``ents`` with the names ``joined`` in place of the entities they cover."""
    if not joined:
        return ents
    inside = {t.i for span in joined for t in span}
    kept = [e for e in ents if not any(t.i in inside for t in e)]
    return sorted(kept + joined, key=lambda e: e.start)


def _name_before(doc: Doc, end: int, by_end: dict[int, Span]) -> int | None:
    """Where the name ending at ``end`` starts: the entity ending there, or a run of up to
    three capitalized proper nouns the model left untagged, or None."""
    ent = by_end.get(end)
    if ent is not None and ent.label_ in ("ORG", "PERSON", "GPE", "NORP", "LOC"):
        return int(ent.start)
    start = end
    while (
        start - 1 >= doc[end - 1].sent.start
        and end - start < 3
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    return start if start < end else None


def _institutions_of_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Bank of New England said": an institution's capitalized noun the model left untagged,
    with "of" and a place or proper nouns after it, is an organization's name."""
    from spacy.tokens import Span

    nouns = set(words()["institution_nouns"])
    by_token = {t.i: e for e in ents for t in e}
    added = []
    for tok in doc[:-2]:
        if (
            tok.i in by_token
            or not tok.is_title
            or tok.lower_ not in nouns
            or doc[tok.i + 1].lower_ != "of"
            or is_title_line(tok.sent.text)
        ):
            continue
        end = tok.i + 2
        while (
            end < tok.sent.end
            and end - tok.i < 6
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
            and (end not in by_token or by_token[end].label_ in ("GPE", "LOC"))
        ):
            end += 1
        inner = [by_token[i] for i in range(tok.i + 2, end) if i in by_token]
        if end == tok.i + 2 or any(e.end > end for e in inner):
            continue  # nothing named after "of", or a place that goes on past the name
        added.append(Span(doc, tok.i, end, label="ORG"))
        by_token.update({i: added[-1] for i in range(tok.i, end)})
        ents = [e for e in ents if e not in inner]
    return sorted(ents + added, key=lambda e: e.start) if added else ents


def _front_of_place_named(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Affiliated Bankshares of Colorado Inc" read as "Colorado Inc": a company named for a
    place, with "of" and untagged capitalized words before it, takes them back."""
    from spacy.tokens import Span

    from kg.places import is_place

    taken = {t.i for e in ents for t in e}
    out: list[Span] = []
    for ent in ents:
        start = ent.start
        if (
            ent.label_ == "ORG"
            and len(ent) >= 2
            and ent[-1].lower_.rstrip(".") in legal
            and is_place(ent[:-1].text)
            and start >= 2
            and doc[start - 1].lower_ == "of"
        ):
            k = start - 1
            while (
                k > ent.sent.start
                and start - k <= 3
                and doc[k - 1].is_title
                and doc[k - 1].is_alpha
                and k - 1 not in taken
            ):
                k -= 1
            if k < start - 1:
                ent = Span(doc, k, ent.end, label="ORG")
        out.append(ent)
    return out


def _reporting_lead_named(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Applied DNA Systems Inc said", "Commonwealth Savings and Loan Association said": a
    company name with a legal suffix or an institution's noun, subject of a reporting verb,
    whose sentence opens with capitalized words no organization holds, is named from the
    sentence's first word (the model tagged "Systems Inc" and "Loan Association" only, or
    read "Goodwin Tire" as a person)."""
    from spacy.tokens import Span

    lex = words()
    reporting = set(lex["reporting_verbs"])
    heads = (
        legal
        | set(lex["institution_nouns"])
        | set(lex["institution_name_heads"])
        | set(lex["business_name_heads"])  # "Bayshore Bancorp said", the model tagging "Bancorp"
    )
    openers = set(lex["sentence_openers"])
    holder = {t.i: e for e in ents for t in e}
    dropped: set[tuple[int, int]] = set()
    out: list[Span] = []
    for ent in ents:
        first = ent.sent.start
        while first < ent.start and doc[first].is_space:
            first += 1
        front = doc[first : ent.start]
        inside = {(e.start, e.end) for t in front if (e := holder.get(t.i)) is not None}
        if (
            ent.label_ == "ORG"
            and 1 <= len(front) <= 4
            and ent.end < len(doc)
            and doc[ent.end].lemma_ in reporting
            and ent[-1].lower_.rstrip(".") in heads
            and not front[0].is_stop
            and front[0].lower_ not in openers
            and front[0].lower_ not in ("and", "&")
            and all(
                ((t.is_title or t.is_upper) and t.is_alpha) or t.lower_ in ("and", "&")
                for t in front
            )
            # a person or a place the model read in the front, wholly inside it
            and all(
                holder[s].label_ in _REPAIRABLE and s >= first and e <= ent.start for s, e in inside
            )
        ):
            dropped |= inside
            ent = Span(doc, first, ent.end, label="ORG")
        out.append(ent)
    return [e for e in out if (e.start, e.end) not in dropped]


def _people_named_again(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "elected Ugo de Fusco to ... de Fusco's last post": a name read as an organization
    whose words after the first are a person's named elsewhere here (two words or more, or
    one after "Mr" or "Ms") is that person's, when no word of it is a company's."""
    from spacy.tokens import Span

    lex = words()
    company = set(lex["unit_name_words"]) | set(lex["org_suffixes"]) | set(lex["org_type_nouns"])
    titles = set(lex["person_titles"])
    people = {
        e.text
        for e in ents
        if e.label_ == "PERSON"
        and (len(e) > 1 or (e.start > 0 and doc[e.start - 1].lower_.rstrip(".") in titles))
    }
    surnames = {
        e[i:].text for e in ents if e.label_ == "PERSON" and len(e) > 1 for i in range(1, len(e))
    }
    out = []
    for ent in ents:
        if (
            ent.label_ == "ORG"
            and 2 <= len(ent) <= 4
            and ent[0].is_title
            and all(t.is_alpha and t.lower_ not in company for t in ent)
            and ent[1:].text in people
        ):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif (
            ent.label_ == "ORG"
            and doc[ent.end : ent.end + 2].text.lower() == ", who"
            and ent.text in surnames
        ):
            # "Vazquez-Rana, who is both chairman and chief executive officer of UPI": a
            # surname of a person named here, then "who", is the person
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif ent.label_ == "ORG" and ent.text in surnames and _subject_as_title(ent):
            # "Shaw will continue as Star's chairman" after "Herbert Shaw" (and "Shaw Venture
            # Partners"): a surname of a person named here that a title is given as
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART", "EVENT") and ent.text in surnames:
            # "Wyman resigned on September 10" after "Thomas Wyman": no building's name
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _subject_as_title(ent: Span) -> bool:
    """Whether ``ent`` is the subject of a verb that gives it a title with "as" ("X will
    continue as chairman", "X will serve as Acme's president")."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        prep.lower_ == "as"
        and any(o.dep_ == "pobj" and o.ent_type_ == "ROLE" for o in prep.children)
        for prep in root.head.children
    )


def _possessive_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Foster's Group ... said Trevor O'Hoy, Foster's chief executive officer": a company
    named with a possessive ("Foster's", "Sainsbury's") is the company wherever the model read
    the word before the possessive as a person."""
    from spacy.tokens import Span

    owners = {
        e[0].text
        for e in ents
        if e.label_ == "ORG" and len(e) >= 2 and e[1].text in ("'s", "\u2019s") and e[0].is_title
    }
    if not owners:
        return ents
    return [
        Span(doc, e.start, e.end, label="ORG")
        if e.label_ == "PERSON"
        and len(e) == 1
        and e.text in owners
        and doc[e.end : e.end + 1].text in ("'s", "\u2019s")
        else e
        for e in ents
    ]


def _legal_stems_tagged(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Gulf and Western Inc said ... said Gulf and Western chairman Martin Davis": a
    company's legal name of two words or more without its suffix, beside a title elsewhere,
    is the company, however the model read or cut its words (a place, two names, nothing)."""
    from spacy.tokens import Span

    stems: dict[tuple[str, ...], bool] = {}
    for ent in ents:
        n = len(ent)
        while n > 0 and ent[n - 1].lower_.rstrip(".") in legal:
            n -= 1  # "Co Inc"
        # "Baker, Fentress and Co ... a Baker, Fentress director": a firm named for its
        # partners, whose names the model may take for people's
        partners = n > 2 and ent[n - 1].lower_ in ("and", "&") and n < len(ent)
        if partners:
            n -= 1
        if ent.label_ == "ORG" and 2 <= n < len(ent) and ent[0].is_title:
            stems[tuple(t.text for t in ent[:n])] = partners
    by_token = {t.i: e for e in ents for t in e}
    added = []
    for stem, partners in stems.items():
        n = len(stem)
        for i in range(len(doc) - n):
            if tuple(t.text for t in doc[i : i + n]) != stem:
                continue
            inner = {by_token[k] for k in range(i, i + n) if k in by_token}
            if any(
                e.start < i
                or e.end > i + n
                or e.label_ == "ROLE"
                or (e.label_ == "PERSON" and (not partners or len(e) > 1))
                for e in inner
            ):
                continue  # the whole name, or a name that goes on, or a person's
            if any(e.label_ == "ORG" and (e.start, e.end) == (i, i + n) for e in inner):
                continue  # the model's own name for it
            span = Span(doc, i, i + n, label="ORG")
            if _beside_title(doc, span):
                added.append(span)
    if not added:
        return ents
    inside = {i for span in added for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(t.i in inside for t in e)]
    return sorted(kept + added, key=lambda e: e.start)


def _listed_name_joined(doc: Doc, ents: list[Span], legal: set[str]) -> list[Span]:
    """ "Kayne, Anderson and Co Inc", "the New York Coffee, Sugar and Cocoa Exchange": a name
    written as a list, cut by the model at its comma, is one organization when it ends in a
    legal form ("and Co Inc": the parts may be tagged as people) or in an institution's noun
    with an untagged capitalized word in the middle ("Sugar")."""
    from spacy.tokens import Span

    tails = legal | {"company", "sons", "brothers", "partners", "associates"}
    institutions = set(words()["institution_nouns"])
    by_start = {e.start: e for e in ents}
    drop: set[int] = set()
    joined: list[Span] = []
    for last in ents:
        inner = next((t.i for t in last[1:-1] if t.lower_ in ("and", "&")), None)
        if (
            last.label_ == "ORG"
            and inner is not None
            and last.start > 2
            and doc[last.start - 1].text == ","
            and all(t.is_title and t.is_alpha for t in doc[last.start : inner])
        ):
            # "Barlow, Hensley and Co Inc" tagged as "Barlow" and "Hensley and Co Inc";
            # "Boston Wool" and "Cotton and Silk Exchange"
            legal_end = all(t.lower_.rstrip(".") in tails for t in doc[inner + 1 : last.end])
            named_end = last[-1].lower_ in institutions and all(
                t.is_title for t in doc[inner + 1 : last.end]
            )
            first = next((e for e in ents if e.end == last.start - 1), None)
            if (
                first is not None
                and (
                    (legal_end and first.label_ in ("ORG", "PERSON"))
                    or (named_end and first.label_ == "ORG")
                )
                and len(first) <= 3
                and not (first.start > 0 and doc[first.start - 1].text == ",")
            ):
                drop |= {first.start, last.start}
                joined.append(Span(doc, first.start, last.end, label="ORG"))
            continue
        if last.label_ != "ORG" or last.start < 4 or doc[last.start - 1].lower_ not in ("and", "&"):
            continue
        and_i = last.start - 1
        # the middle part: one or two capitalized words, tagged or not, after a comma
        mid_start = next(
            (k for k in (and_i - 1, and_i - 2) if k > 1 and doc[k - 1].text == ","), None
        )
        if mid_start is None or not all(t.is_title and t.is_alpha for t in doc[mid_start:and_i]):
            continue
        middle = [e for e in ents if mid_start <= e.start < and_i]
        first = next((e for e in ents if e.end == mid_start - 1), None)
        if first is None or first.label_ not in ("ORG", "PERSON") or not first[-1].is_title:
            continue
        legal_tail = all(t.lower_.rstrip(".") in tails for t in last)
        institution = last[-1].lower_ in institutions and first.label_ == "ORG" and not middle
        if not (legal_tail and all(e.label_ in ("ORG", "PERSON") for e in middle)) and not (
            institution
        ):
            continue
        if first.label_ == "ORG" and any(e.label_ == "ORG" for e in middle):
            continue  # "IBM, Apple and Co Inc" would be a list of companies
        if first.start > 0 and doc[first.start - 1].text == ",":
            continue  # a longer list
        drop |= {first.start, last.start} | {e.start for e in middle}
        joined.append(Span(doc, first.start, last.end, label="ORG"))
    if not joined:
        return ents
    kept = [e for e in ents if e.start not in drop or by_start.get(e.start) is not e]
    return sorted(kept + joined, key=lambda e: e.start)


def _partners_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "vice president of Woodhouse, Drake and Carey", "an analyst with Purvin and Gertz",
    "chairman of Cabot, Cabot and Forbes": after a title held at it (one title: "of", "at" or
    "with"), a firm named for its partners, one capitalized word each, that the model cut into
    people, places and companies. Not a list of distinct companies the model tagged each as
    one ("chairman of Ford and Chrysler"), nor of places, nor of words it did not tag at all
    ("head of Sales and Marketing")."""
    from spacy.tokens import Span

    from kg.places import is_place

    by_token = {t.i: e for e in ents for t in e}
    joined: list[Span] = []
    for of in doc:
        j = of.i
        if of.lower_ not in ("of", "at", "with") or j < 1:
            continue
        if not (_title_before(doc, j) or _titled_name_before(doc, j)):
            continue
        if doc[j - 1].tag_ == "NNS":
            continue  # "analysts at Ford and Fiat": as many firms as titles
        parts, k, listed = [], j + 1, False
        while k < len(doc) and doc[k].is_title and doc[k].is_alpha:
            parts.append(doc[k])
            k += 1
            if listed or k + 1 >= len(doc) or not doc[k + 1].is_title:
                break
            if doc[k].lower_ in ("and", "&"):
                listed = True
            elif doc[k].text != ",":
                break
            k += 1
        if not listed or len(parts) < 2 or k > parts[-1].sent.end:
            continue
        if k < len(doc) and doc[k].text not in (",", ".", ";", ")", '"') and k != doc[j].sent.end:
            continue
        tagged = [by_token.get(t.i) for t in parts]
        if any(e is not None and len(e) > 1 for e in tagged):
            continue  # a name of its own, or one that goes on past the list
        if sum(e is not None for e in tagged) < 2:
            continue  # "head of Sales and Marketing": words, not names
        names = [t.text for t in parts]
        labels = {e.label_ for e in tagged if e is not None}
        if (
            labels == {"ORG"}
            and all(e is not None for e in tagged)
            and len(set(names)) == len(names)
        ):
            continue  # "chairman of Ford and Chrysler"
        if any(is_place(n) for n in names):
            continue
        joined.append(Span(doc, j + 1, k, label="ORG"))
    return _with_joined(ents, joined)


def _last_partner_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "senior vice president at Donaldson Lufkin and Jenrette", "will join Hambrecht and
    Quist as chairman", "the law firm of Butler and Binion", "law firm Whitcomb and Pell": a
    firm whose last partner's name the model tagged as a place or a person, or not at all.
    Where a firm is held or joined (a title, "firm", "partner" or "join" before it, or a word
    for its kind), an organization of one to three words with
    no company suffix, "and", and one capitalized word that is no place and no one named
    elsewhere, before a comma, a full stop, "as" or the end of the sentence."""
    from spacy.tokens import Span

    from kg.places import is_place

    lex = words()
    held_by = {"firm", "company", "partner", "partners"}
    suffixes = set(lex["company_suffixes"]) | set(lex["org_suffixes"])
    by_start = {e.start: e for e in ents}
    out = list(ents)
    for first in ents:
        j = first.start - 1
        if first.label_ != "ORG" or len(first) > 3 or j < 1 or first.end + 2 >= len(doc):
            continue
        before = doc[j]
        if not (
            (before.lower_ in ("of", "at", "with") and _title_before(doc, j))
            or (before.lower_ in ("of", "at", "in") and doc[j - 1].lower_ in held_by)
            or before.lemma_.lower() == "join"
            # "the Boston law firm Whitcomb and Pell": right after a word for its kind
            or _kind_before(doc, first.start)
        ):
            continue
        and_, last, after = doc[first.end], doc[first.end + 1], doc[first.end + 2]
        second = by_start.get(last.i)
        if (
            and_.lower_ not in ("and", "&")
            or not (last.is_title and last.is_alpha)
            or (second is not None and (second.label_ == "ORG" or len(second) > 1))
            or not (after.text in (",", ".", ";", ")") or after.lower_ == "as" or after.is_sent_end)
            or any(t.lower_ in suffixes for t in first)
            or is_place(last.text)
            # named alone elsewhere: a person's or a place's name of its own
            or any(
                t.text == last.text
                and (
                    t.i < 2
                    or doc[t.i - 1].lower_ not in ("and", "&")
                    or doc[t.i - 2].text != first[-1].text
                )
                for t in doc
            )
        ):
            continue
        joined = Span(doc, first.start, last.i + 1, label="ORG")
        out = [e for e in out if e is not first and e is not second] + [joined]
    return sorted(out, key=lambda e: e.start)


def _complement_listed(doc: Doc, ent: Span) -> Span:
    """ "the Centre for the Study of Children, Youth and Media": an institution's name whose
    complement is a list, cut by the model at the list's first comma (the rest capitalized
    words, one each, untagged but the last, the last after "and")."""
    from spacy.tokens import Span

    if len(ent) < 3 or not any(t.lower_ in ("of", "for") for t in ent[1:-1]):
        return ent
    k, listed = ent.end, False
    while not listed and k + 1 < len(doc) and doc[k].text in (",", "and", "&"):
        listed = doc[k].text != ","
        word = doc[k + 1]
        last_name = listed and word.ent_type_ == "ORG" and word.ent_iob_ == "B"
        if not (word.is_title and word.is_alpha and (not word.ent_type_ or last_name)):
            return ent
        k += 2
    if not listed or (k < len(doc) and (doc[k].is_title or doc[k].ent_iob_ == "I")):
        return ent
    return Span(doc, ent.start, k, label="ORG")


def _join_adjacent(ents: list[Span], join: Callable[[Span, Span], list[Span] | None]) -> list[Span]:
    """The entities in order, each pair written side by side that ``join`` rewrites replaced
    by the spans it gives (None: left as they are)."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: e.start):
        merged = join(out[-1], ent) if out and out[-1].end == ent.start else None
        if merged is None:
            out.append(ent)
        else:
            out[-1:] = merged
    return out


def _place_prefixed(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "UK Coal", "US Steel", "Swiss Re": a company's name that starts with a place or a
    people's name, which the model cut into it and an organization written right after it.
    Not when the document names the organization without it ("in Las Vegas Microsoft boss
    Bill Gates ... Microsoft")."""
    from spacy.tokens import Span

    alone = Counter(
        e.text
        for e in ents
        if e.label_ == "ORG" and doc[e.start - 1].ent_type_ not in ("GPE", "NORP")
    )

    def join(prev: Span, ent: Span) -> list[Span] | None:
        if (
            ent.label_ == "ORG"
            and prev.label_ in ("GPE", "NORP")
            and len(prev) <= 2
            and prev[-1].whitespace_
            and ent[0].is_title
            and not alone[ent.text]
            and not (prev.start > 0 and doc[prev.start - 1].text in ("'s", "'"))
        ):
            return [Span(doc, prev.start, ent.end, label="ORG")]
        return None

    return _join_adjacent(ents, join)


def _cut_names_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "chairman of Hoechst Celanese" read as "Hoechst" and "Celanese": two organizations side
    by side are one when together they are the name of another organization named in the
    document ("Hoechst Celanese Corp")."""
    from spacy.tokens import Span

    keys = {org_key(e.text) for e in ents if e.label_ == "ORG" and len(e) > 1}

    def join(prev: Span, ent: Span) -> list[Span] | None:
        if (
            ent.label_ == "ORG"
            and prev.label_ == "ORG"
            and prev[-1].whitespace_
            and org_key(prev.text + " " + ent.text) in keys
        ):
            return [Span(doc, prev.start, ent.end, label="ORG")]
        return None

    return _join_adjacent(ents, join)


def _dangling_and_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "president of Toshiba Elevator and Building Systems" read as "Toshiba Elevator and" and
    "Building Systems": a name the model ended on "and" or "&" goes on with the organization
    written right after it."""
    from spacy.tokens import Span

    def join(prev: Span, ent: Span) -> list[Span] | None:
        if (
            prev.label_ == "ORG"
            and ent.label_ == "ORG"
            and len(prev) > 1
            and prev[-1].lower_ in ("and", "&")
        ):
            return [Span(doc, prev.start, ent.end, label="ORG")]
        return None

    return _join_adjacent(ents, join)


def _dangling_of_continued(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Association of Chief Police Officers president Chris Fox" read as "Association of",
    a title and two untagged words: a name the model ended on "of" goes on over the
    capitalized words after it, whatever it made of them (a title, a place, nothing)."""
    from spacy.tokens import Span

    holder = {t.i: e for e in ents for t in e}
    swallowed: set[tuple[int, int]] = set()
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ == "of":
            k = ent.end
            while (
                k < ent.sent.end
                and doc[k].is_alpha
                and (doc[k].is_title or doc[k].is_upper)
                and (
                    (other := holder.get(k)) is None
                    or (other.label_ != "PERSON" and other.end <= ent.sent.end)
                )
            ):
                other = holder.get(k)
                if other is not None:
                    swallowed.add((other.start, other.end))
                    k = max(k + 1, other.end)
                else:
                    k += 1
            if k > ent.end:
                ent = Span(doc, ent.start, k, label="ORG")
        out.append(ent)
    return [e for e in out if (e.start, e.end) not in swallowed]


def institution_tail(
    doc: Doc, end: int, taken: dict[int, Span] | None = None, start: int | None = None
) -> int:
    """The end of a name whose last word (before ``end``) is an institution's noun, or that
    starts at ``start`` with one and "of", over "for" or "of" and the capitalized words after
    it, "and" between them ("Commission for Racial Equality", "Association of Directors of
    Social Services"); ``end`` when none follow or a person or a title is among them."""
    lex = words()
    heads = set(lex["institution_nouns"]) | set(lex["institution_name_heads"])
    last = doc[end - 1]
    sent_end = last.sent.end
    named_of = (
        start is not None
        and end - start >= 3
        and doc[start].lower_ in heads
        and doc[start + 1].lower_ == "of"
        and end < len(doc)
        and doc[end].lower_ == "of"
    )
    if not (
        (last.lower_ in heads or named_of)
        and last.is_title
        and end + 1 < sent_end
        and doc[end].lower_ in ("for", "of")
        and doc[end + 1].is_title
    ):
        return end
    j = end + 1
    while j < sent_end and j - end <= 5:
        tok = doc[j]
        other = (taken or {}).get(j)
        if other is not None and other.label_ in ("PERSON", "ROLE"):
            break
        named = tok.is_title and tok.is_alpha and not tok.is_stop
        joined = tok.lower_ == "and" and j + 1 < sent_end and doc[j + 1].is_title
        if not (named or joined):
            break
        j += 1
    while j > end + 1 and doc[j - 1].lower_ == "and":
        j -= 1
    return j if j > end + 1 else end


def _institution_continued(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Centre for Vision" read as "Centre": a name the model ended on an institution's noun
    goes on over "for" or "of" and the capitalized words after it (``institution_tail``)."""
    from spacy.tokens import Span

    taken = {t.i: e for e in ents for t in e}
    out: list[Span] = []
    swallowed: set[tuple[int, int]] = set()
    for ent in ents:
        j = institution_tail(doc, ent.end, taken, ent.start) if ent.label_ == "ORG" else ent.end
        if j > ent.end:
            for i in range(ent.end, j):
                if (other := taken.get(i)) is not None:
                    swallowed.add((other.start, other.end))
            ent = Span(doc, ent.start, j, label="ORG")
        out.append(ent)
    return [e for e in out if (e.start, e.end) not in swallowed]


def _front_restored(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Menatep Group's managing director" read as "Group": an organization the model cut
    from the front takes back the proper nouns before it, untagged, when with them it is the
    name of an organization named elsewhere in the document ("Menatep Group says")."""
    from spacy.tokens import Span

    keys = {org_key(e.text) for e in ents if e.label_ == "ORG" and len(e) > 1}
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        if ent.label_ == "ORG":
            first = max(_proper_nouns_before(doc, ent.start, 2, taken), ent.sent.start)
            start = next(
                (
                    i
                    for i in range(ent.start - 1, first - 1, -1)
                    if org_key(doc[i : ent.end].text) in keys
                ),
                None,
            )
            if start is not None:
                ent = Span(doc, start, ent.end, label="ORG")
        out.append(ent)
    return out


def _places_joined(doc: Doc, ent: Span) -> Span:
    """ "Police Federation of England and Wales", "Royal Bank of Scotland": a name the model
    cut before "of PLACE" or before "and PLACE" takes the place back."""
    from spacy.tokens import Span

    end = ent.end
    if (
        end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and ent[-1].lower_ in words()["institution_nouns"]
        and ent[-1].is_title
    ):
        # "Royal Bank of Scotland" tagged as "Royal Bank" and "Scotland"
        place = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "GPE"), None)
        if place is not None and len(place) <= 3 and place[0].is_title:
            return Span(doc, ent.start, place.end, label="ORG")
    if len(ent) < 3 or ent[-2].lower_ != "of" or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return ent
    place = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "GPE"), None)
    if place is None or len(place) > 2:
        return ent
    return Span(doc, ent.start, place.end, label="ORG")


@cache
def _name_heads() -> frozenset[str]:
    """Nouns that end an institution's name continued by "for" or "of"."""
    return frozenset(words()["institution_nouns"]) | frozenset(words()["institution_name_heads"])


def _name_continued(doc: Doc, ent: Span, ents: list[Span]) -> Span:
    """An institution's name the model cut in two: "the UN Office" + "for the Coordination of
    Humanitarian Affairs" (the first part ends with an institution's noun, the second is an
    organization after "for" or "of"), or "the Entertainment and" + "Leisure Software
    Publishers Association" (capitalized words between "the" and "and")."""
    from spacy.tokens import Span

    start, end = ent.start, ent.end
    j = end + 1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end
    if end < len(doc) and doc[end].lower_ in ("for", "of") and ent[-1].lower_ in _name_heads():
        nxt = next((e for e in ents if e.start == j + 1 and e.label_ == "ORG"), None)
        if nxt is not None and ent[-1].is_title and nxt[0].is_title:
            end = nxt.end
    i = start - 1
    # "president of Barnard's Retail Consulting Group": the company of a person's name
    owner = None
    if i > 0 and doc[i].text == "'s":
        owner = next((e for e in ents if e.end in (i, start) and e.label_ == "PERSON"), None)
    if (
        owner is not None
        and owner.start > 1
        and doc[owner.start - 1].lower_ in ("of", "at")
        and _title_before(doc, owner.start - 1)
    ):
        start = owner.start
    if i > 1 and doc[i].lower_ == "and" and doc[i - 1].is_title and doc[i - 1].ent_type_ == "":
        k = i - 1
        while k > 0 and doc[k - 1].is_title and doc[k - 1].ent_type_ == "":
            k -= 1
        if doc[k - 1].lower_ == "the" and i - k <= 3:
            start = k
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="ORG")


def _surname_hyphen_joined(doc: Doc, ent: Span) -> Span:
    """ "Chatrachai Bunya-ananta" read as "Chatrachai Bunya": a person's name the model cut at a
    hyphen written without spaces takes the rest of the surname back, unless that is a word
    that makes an adjective of the name ("Smith-led", "Ebbers-era")."""
    from spacy.tokens import Span

    end = ent.end
    if (
        end + 1 < len(doc)
        and len(ent) > 1
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and not doc[end + 1].ent_type_
        and doc[end + 1].lower_ not in words()["name_hyphen_words"]
        and not doc[end + 1].lower_.endswith("ed")
    ):
        return Span(doc, ent.start, end + 2, label="PERSON")
    return ent


def _person_name_continued(doc: Doc, ent: Span) -> Span:
    """ "Dieter zur Loye" read as "Dieter", "J. Patrick Michaels, Jr." read as "J. Patrick
    Michaels" and a place: a person's name goes on over a lower-case particle and a
    capitalized word the model left untagged, and over a generational suffix set off by a
    comma."""
    from spacy.tokens import Span

    lex = words()
    end = ent.end
    k = end
    while (
        k < len(doc) and k - end < 2 and doc[k].lower_ in lex["name_particles"] and doc[k].is_lower
    ):
        k += 1
    if (
        k > end
        and k < len(doc)
        and doc[k].is_title
        and doc[k].pos_ == "PROPN"
        and not doc[k].ent_type_
    ):
        return Span(doc, ent.start, k + 1, label="PERSON")
    nxt = doc[end] if end < len(doc) else None
    if (
        nxt is not None
        and len(ent) <= 2
        and ent[-1].dep_ == "compound"
        and ent[-1].head.i == end
        and nxt.is_title
        and nxt.is_alpha
        and nxt.pos_ == "PROPN"
        and not nxt.ent_type_
        and not (end + 1 < len(doc) and doc[end + 1].is_title)
        and nxt.lower_ not in lex["org_suffixes"]
    ):
        # "said Robert Ivy is resigning" read as "Robert": the parse makes the first name a
        # part of the next one, a capitalized word the model left untagged
        return Span(doc, ent.start, end + 1, label="PERSON")
    if (
        end + 1 < len(doc)
        and len(ent) > 1
        and doc[end].text == ","
        and doc[end + 1].lower_.rstrip(".") in lex["generational_suffixes"]
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].ent_type_ in ("", "GPE", "ORG", "NORP")
        and (end + 2 >= len(doc) or doc[end + 2].is_punct)
    ):
        return Span(doc, ent.start, end + 2, label="PERSON")
    return ent


def _hyphen_joined(doc: Doc, ent: Span) -> Span:
    """ "E-Systems Inc", "Hewlett-Packard", "M/A-Com", "Chas. P. Young": a name the model cut at
    a hyphen or a slash written without spaces or after a shortened word takes its other part
    back."""
    from spacy.tokens import Span

    start, end = ent.start, ent.end
    if _NAME_INITIALS.match(ent[0].text) and _short_form_before(doc, ent[0]):
        start -= 2  # "Chas. P. Young": a shortened first word the model left out
    while (
        start >= 2
        and doc[start - 1].text in ("-", "/")
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].text[:1].isupper()
        # "M/A-Com Inc" read as "A-Com Inc": over a slash, only a word tagged as nothing
        and (doc[start - 1].text == "-" or not doc[start - 2].ent_type_)
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    ):
        end += 2
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="ORG")


def _legal_first_words(ents: list[Span], surnames: set[str], legal: set[str]) -> set[str]:
    """The first words of the legal names ("corvane" of "Corvane Brands Ltd") that no person
    named here has for a surname."""
    return {
        e[0].lower_
        for e in ents
        if e.label_ == "ORG"
        and len(e) > 1
        and e[0].is_title
        and e[0].lower_ not in surnames
        and e[-1].lower_.rstrip(".") in legal
    }


def _short_names(doc: Doc, ents: list[Span], surnames: set[str], legal: set[str]) -> list[Span]:
    """One word alone, once the legal names are all found: the first word of a company's
    ("Perry Drug Stores Inc ... left Perry as president", "Harwood Stores ... Harwood") is
    the company; a person's surname
    the model called an organization ("Donald Fox ... Fox has been a director") is the
    person."""
    from spacy.tokens import Span

    # and of a name ending in a word for a line of business ("Harwood Stores ... will join
    # Harwood from Brightmart")
    firsts = _legal_first_words(ents, surnames, legal | set(words()["business_name_heads"]))
    in_orgs = {t.lower_ for e in ents if e.label_ == "ORG" and len(e) > 1 for t in e}
    # "fashion retailer Pomeroy ... its founder, Edward Pomeroy": a name given a kind of
    # company stays the company's, though its founder bears it
    in_orgs |= {t.lower_ for t in doc if t.is_title and _kind_before(doc, t.i)}
    out = []
    for e in ents:
        if len(e) == 1 and e[0].lower_ in firsts and e.label_ in _REPAIRABLE:
            e = Span(doc, e.start, e.end, label="ORG")
        elif (
            len(e) == 1
            and e.label_ == "ORG"
            and e[0].lower_ in surnames - in_orgs
            and doc[e.end : e.end + 1].text not in ("'s", "'")  # "United's chief executive"
        ):
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


_APPOINTED = {"elected", "named", "appointed", "promoted", "succeeded", "resigned", "retired"}


def _org_tokens(ents: list[Span]) -> frozenset[int]:
    """The tokens of the organizations among ``ents`` (as repaired so far: "Newcastle boss",
    a place to the model, is a team's name in a story about sport)."""
    return frozenset(i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end))


def _person_in_role(doc: Doc, ent: Span, orgs: frozenset[int] = frozenset()) -> Span:
    """A person's name tagged as an organization ("L.K. Evans has been elected president",
    "Michel Moreau, a director of Elf"), told by what is said of it: a title in apposition,
    an appointment verb, or a title just before it. A name with a company suffix or an
    organization noun stays as it is ("J.P. Morgan Chase", "Baring Securities"); so does
    one followed by a title and a person ("Morgan Stanley chairman Philip Purcell")."""
    from spacy.tokens import Span

    hyphened = any(t.text == "-" and not t.whitespace_ for t in ent[1:-1])
    if ent.label_ not in ("ORG", *_MISREAD_NAMES) or not 2 <= len(ent) <= (5 if hyphened else 3):
        return ent
    lex = words()
    stop = (
        set(lex["company_suffixes"]) | set(lex["org_type_nouns"]) | set(lex["business_name_heads"])
    )
    particles = set(lex["name_particles"])
    if any(
        t.lower_.rstrip(".") in stop
        or not (
            t.is_title
            or _NAME_INITIALS.match(t.text)
            or _SURNAME_PREFIXED.match(t.text)
            or (0 < t.i - ent.start < len(ent) - 1 and (t.lower_ in particles or t.text == "-"))
        )
        for t in ent
    ):
        return ent  # "Rodrigo de Rato", "Magnus McEwen-King" are written as people's names
    if not any(t.is_alpha and len(t) > 1 for t in ent[:-1]) and not _NAME_INITIALS.match(
        ent[0].text
    ):
        return ent
    if (
        ent.start > 1
        and doc[ent.start - 1].lower_ in ("of", "at")
        and _title_before(doc, ent.start - 1)
    ):
        return ent  # "formerly president of American Hoechst, vice chairman": the title's object
    after = [t for t in doc[ent.end : ent.end + 6] if not t.is_space]
    words_after = [t.lower_ for t in after]
    role_after = (
        len(after) > 2
        and words_after[0] == ","
        and (
            after[1].ent_type_ == "ROLE"
            # "J. Nelson Fairbanks, currently senior vice president"
            or (
                words_after[1] in ("a", "an", "the", "currently", "formerly", "now", "previously")
                and after[2].ent_type_ == "ROLE"
            )
            # "Rodrigo de Rato, the IMF's managing director", "W.P. Stiritz, Ralston's chairman"
            or (
                words_after[1] == "the"
                and (after[2].ent_type_ == "ORG" or words_after[2] == "company")
                and "'s" in words_after[3:5]
                and any(t.ent_type_ == "ROLE" for t in after[4:6])
            )
            # "Edward E. Lucente, an IBM vice president", "Romilly Humphries, S.A.Y. president"
            or (
                (words_after[1] in ("a", "an") or after[1].ent_type_ == "ORG")
                and _org_then_title(after[1 + (words_after[1] in ("a", "an")) :])
            )
            or (
                # a company may be "Eastern's new owner" ("Texas Air"): a person's initials
                _NAME_INITIALS.match(ent[0].text) is not None
                and after[1].ent_type_ in ("ORG", "PERSON")
                and after[1].is_title
                and "'s" in words_after[2:4]
                and any(t.ent_type_ == "ROLE" for t in after[3:5])
            )
        )
    )
    # "named Fred Buckner as president ... and Arden Engebretsen as vice chairman" (not
    # "serves Mountain Bell as executive vice president")
    # "announced the appointment of Lionel Scott as president"
    appointment_of = (
        ent.start > 1
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in lex["start_nouns"]
    )
    as_role = (
        len(after) > 2
        and ent.start > 0
        and (
            doc[ent.start - 1].lower_ in ("and", ",")
            or doc[ent.start - 1].lower_ in _APPOINTED
            or appointment_of
        )
        and words_after[0] == "as"
        and (
            after[1].ent_type_ == "ROLE"
            or (words_after[1] in ("a", "an", "the") and after[2].ent_type_ == "ROLE")
        )
    )
    verb_after = bool(set(words_after[:4]) & _APPOINTED) and after[0].pos_ in ("AUX", "VERB")
    before = doc[ent.start - 1] if ent.start > 0 else None
    # "owner France Telecom": a title before the name is enough only for a name written as
    # a person's elsewhere in the document, or with initials
    span = range(ent.start, ent.end)
    surname = ent[-1].text
    role_before = (
        before is not None
        and before.ent_type_ == "ROLE"
        and before.is_lower
        and bool(
            _NAME_INITIALS.match(ent[0].text)
            or any(t.text == surname and t.ent_type_ == "PERSON" for t in doc if t.i not in span)
            or _titled_by_org(doc, before.i, orgs)
        )
    )
    # "said Calyx's chief executive, Nadia Petrova": a given name set off after a title
    set_off = (
        before is not None
        and before.text == ","
        and doc[ent.start - 2].ent_type_ == "ROLE"
        and doc[ent.start - 2].is_lower
        and given_name_sex(ent[0].text) is not None
    )
    if ent.label_ != "ORG":
        # "Garu Griffin resigned as treasurer" (a work of art to the model): only a title
        # given by the verb after it, not a prize ("was named best picture")
        verb_after = verb_after and any(t.ent_type_ == "ROLE" for t in after[:6])
        if not (role_after or as_role or verb_after):
            return ent
    if role_after or as_role or verb_after or role_before or set_off or _succeeded(doc, ent):
        return Span(doc, ent.start, ent.end, label="PERSON")
    return ent


def _org_then_title(tokens: list[Token]) -> bool:
    """Whether ``tokens`` open with a one-word company name and a title ("IBM vice
    president", "S.A.Y. president")."""
    return (
        len(tokens) > 1
        and tokens[0].ent_type_ == "ORG"
        and tokens[0].ent_iob_ == "B"
        and tokens[1].ent_type_ == "ROLE"
        and tokens[1].ent_iob_ == "B"
    )


def _succeeded(doc: Doc, ent: Span) -> bool:
    """ "He replaces James Skinner", "succeeding Douglas McLendon": a name a person succeeds
    (the verb's subject is a person or "he"/"she", or the verb has none of its own)."""
    if ent.start == 0:
        return False
    verb = doc[ent.start - 1]
    if verb.lemma_.lower() not in words()["succession_verbs"] or ent.root.head != verb:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return verb.tag_ in ("VBG", "VB")  # "succeeding X", "to replace X"
    return subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"


def _titled_by_org(doc: Doc, last: int, orgs: frozenset[int] = frozenset()) -> bool:
    """Whether the title ending at token ``last`` has an organization's name right before it
    ("Standard Chartered chief executive", "TRW chairman"; ``orgs``, tokens of names repaired
    to organizations): the name after such a title is the person's who holds it."""
    i = last
    while i > 0 and doc[i - 1].ent_type_ == "ROLE" and doc[i - 1].is_lower:
        i -= 1
    return (
        i > 0
        and (doc[i - 1].ent_type_ == "ORG" or i - 1 in orgs)
        and doc[i - 1].text not in ("'s", "'")
    )


def _plural_title_in_name(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Janco Partners analyst Martin Pyykkonen": a title's plural, capitalized right after an
    organization's name, is the end of that name ("Apax Partners"), not a title."""
    from spacy.tokens import Span

    plurals = plural_surfaces()

    def join(prev: Span, ent: Span) -> list[Span] | None:
        if not (
            ent.label_ == "ROLE"
            and prev.label_ == "ORG"
            and ent[0].is_title
            and ent[0].lower_ in plurals
        ):
            return None
        name = Span(doc, prev.start, ent.start + 1, label="ORG")
        return [name] + ([Span(doc, ent.start + 1, ent.end, label="ROLE")] if len(ent) > 1 else [])

    out: list[Span] = []
    for ent in _join_adjacent(ents, join):
        # "Carver Partners said it hired": the model tagged no name before the plural, but
        # proper nouns it left untagged stand there
        start = ent.start
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_ not in _title_modifiers()
        ):
            start -= 1
        if (
            start < ent.start
            and len(ent) == 1
            and ent.label_ == "ROLE"
            and ent[0].is_title
            and ent[0].lower_ in plurals
        ):
            ent = Span(doc, start, ent.end, label="ORG")
        out.append(ent)
    return out


def _capitalized_title_continued(doc: Doc, ent: Span) -> Span:
    """ "Chief Corporate Staff Officer", where the model tagged "Chief": a title in capitals
    runs on over one to three capitalized words it left untagged, up to a title's head noun."""
    from spacy.tokens import Span

    if ent.label_ != "ROLE" or not ent[-1].is_title:
        return ent
    heads = set(words()["title_head_nouns"])
    if ent[-1].lower_ in heads:
        return ent
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].is_title and doc[end].is_alpha:
        if doc[end].ent_type_:
            return ent
        end += 1
        if doc[end - 1].lower_ in heads:
            return Span(doc, ent.start, end, label="ROLE")
    return ent


def _name_word_cut(doc: Doc, ent: Span) -> Span:
    """ "Reserve Bank Governor Spencer Russell": a title's first word naming a kind of
    organization ("Bank" of "bank governor") in capitals right after a proper noun ends the
    organization's name; the title is the rest, when the rest is a title of its own."""
    from spacy.tokens import Span

    if (
        ent.label_ != "ROLE"
        or len(ent) < 2
        or not ent[0].is_title
        or ent[0].lower_ not in words()["org_type_nouns"]
        or ent.start == 0
        or ent.start == ent.sent.start
    ):
        return ent
    before = doc[ent.start - 1]
    if not (before.is_title and before.pos_ == "PROPN" and before.ent_type_ in ("", "ORG")):
        return ent
    if ent[1:].text.lower() not in role_by_surface():
        return ent
    return Span(doc, ent.start + 1, ent.end, label="ROLE")


def _chief_titles_joined(doc: Doc, ents: list[Span], ranks: set[str]) -> list[Span]:
    """ "chief analyst at Brunswick UBS", "chief manager of Union Bank of India", "executive
    editor of Variety", "executive vice chairman of the Exchange": "chief" (or "head", "boss",
    "executive") before another title is its rank, one title with it, not a title of its
    own."""
    from spacy.tokens import Span

    out: list[Span] = []
    skip = -1
    for i, a in enumerate(ents):
        b = ents[i + 1] if i + 1 < len(ents) else None
        if a.start == skip:
            continue
        if (
            b is not None
            and a.label_ == "ROLE"
            and b.label_ == "ROLE"
            and b.start == a.end
            and a.text.lower() in ranks
            and b[0].is_lower == a[0].is_lower
        ):
            out.append(Span(doc, a.start, b.end, label="ROLE"))
            skip = b.start
            continue
        out.append(a)
    return out


def _modifier_not_title(doc: Doc, ent: Span, noun_only: set[str]) -> bool:
    """ "chief", "head" and "boss" alone are titles only where they are not modifying the
    common noun after them ("the chief reason", "head office")."""
    if ent.text.lower() not in noun_only or ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    titles = set(words()["person_titles"])
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if (
        nxt.is_title
        and nxt.ent_type_ != "PERSON"
        and nxt.lower_.rstrip(".") not in titles
        and after is not None
        and (after.ent_type_ == "PERSON" or after.lower_ in ("to", "of", "for"))
    ):
        return True  # "Chief Constable David Warcup", "Chief Secretary to the Treasury"
    if nxt.ent_type_ in ("NORP", "GPE", "LOC") and ent.end + 1 < len(doc):
        following = doc[ent.end + 1 : ent.end + 3]
        if any(t.is_lower and t.pos_ == "NOUN" for t in following):
            return True  # "chief Turkish economist", "chief UK economist"
    return nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ") and not nxt.ent_type_


def _acronym_org(doc: Doc, ent: Span, org_keys: set[str]) -> bool:
    """A title written as an acronym that is an organization here: named as one (or spelt by
    the initials of one) elsewhere in the document, a possessor ("GM's vice president"), or
    the premodifier of another title ("GM Vice President and chief labor negotiator Alfred
    Warren")."""
    if len(ent) != 1 or not ent.text.isupper():
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return (
        org_key(ent.text) in org_keys
        or (nxt is not None and nxt.text in ("'s", "'"))
        or (nxt is not None and nxt.ent_type_ == "ROLE" and nxt.ent_iob_ == "B")
    )


def _premodifier_orgs(ents: list[Span], labels: set[str] = _PREMOD_REPAIRABLE) -> set[str]:
    """Names that stand where an organization stands, before a title held by a named person:
    "Ryanair deputy chief executive Michael Cawley", "Yukos boss Mikhail Khodorkovsky". A person
    or a work does not premodify a title; places and peoples ("UK chief executive", "French
    president") stay as they are."""
    out: set[str] = set()
    for a, b, c in zip(ents, ents[1:], ents[2:], strict=False):
        if a.label_ not in labels or b.label_ != "ROLE" or c.label_ != "PERSON":
            continue
        doc = a.doc
        between = [t.lower_.rstrip(".") for t in doc[b.end : c.start] if t.text != ","]
        if b.start != a.end or any(w not in words()["person_titles"] for w in between):
            continue  # only a comma or "Sir" between the title and the name
        if b.start > 0 and doc[b.start - 1].text in ("'s", "'"):
            continue
        if len(a) > 1 and a[0].lower_ in words()["leaving_modifiers"]:
            a = a[1:]  # "Outgoing Leeds chairman": the title's modifier is no part of the name
        out.add(org_key(a.text))
    # "Hartwell director John Pike": a proper noun no entity holds, before such a title
    for b, c in pairwise(ents):
        if b.label_ != "ROLE" or c.label_ != "PERSON" or b.start == 0 or c.start != b.end:
            continue
        tok = b.doc[b.start - 1]
        if (
            tok.ent_type_ == ""
            and (tok.pos_ == "PROPN" or (tok.pos_ in ("ADJ", "NOUN") and _name_only(tok)))
            and tok.is_title
            and not (b.start > 1 and b.doc[b.start - 2].pos_ == "PROPN")
        ):
            out.add(org_key(tok.text))
    return out


def _kind_before(doc: Doc, i: int) -> bool:
    """Whether a word for a kind of firm, in lower case, stands right before token ``i``
    ("fashion retailer Pomeroy", "law firm Whitcomb and Pell")."""
    return i > 0 and doc[i - 1].is_lower and doc[i - 1].lower_ in words()["org_type_nouns"]


def _name_only(tok: Token) -> bool:
    """Whether a capitalized word the tagger read as a common one ("Westmere chief executive
    Philip Ansty") is a name: the document never writes it in lower case, and it is no word
    that modifies titles ("Former", "Acting")."""
    lex = words()
    modifiers = {
        *lex["role_modifiers"],
        *lex["ended_modifiers"],
        *lex["leaving_modifiers"],
        *lex["former_modifiers"],
    }
    return tok.lower_ not in modifiers and not any(t.text == tok.lower_ for t in tok.doc)


def _described_as_org(doc: Doc, i: int, nouns: set[str]) -> bool:
    """Whether ", a British video streaming platform" (or " - a mining firm") follows token
    ``i``."""
    if doc[i : i + 2].text.lower() not in (", a", ", an", ", the", "- a", "- an", "- the"):
        return False
    for tok in doc[i + 2 : i + 9]:
        if (tok.is_punct and tok.text != "-") or tok.pos_ == "ADP":
            return False  # "Anil - the younger brother of Reliance Group's president"
        if tok.lower_ in nouns:
            return True
    return False


def _generational_name(ent: Span, label: str = "ORG") -> bool:
    """A name of two or three capitalized words ending in a generation ("Winthrop Sargent IV",
    "Sam Myers Jr."): a person's, whatever the model said."""
    words_ = [t for t in ent if t.text != "."]
    generations = set(words()["generational_suffixes"]) - {"junior", "senior"}
    initial = _NAME_INITIALS.match(words_[0].text) is not None
    if label != "ORG" and not initial:
        return False  # "Star Wars III", "World War II": a work's or an event's name
    return (
        3 <= len(words_) <= 4
        and words_[-1].lower_.rstrip(".") in generations
        and (initial or (words_[0].is_title and words_[0].is_alpha))
        and all(t.is_title and t.is_alpha for t in words_[1:-1])
        and words_[-1].text[:1].isupper()
    )


def _tag_repeats(
    doc: Doc, ents: list[Span], titles: list[str], premodifiers: set[str] | None = None
) -> list[Span]:
    """One name, one type across the document: an organization named once is one everywhere
    ("Las Vegas Microsoft boss"), and a name after "Mr" or "Ms" is a person."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span

    title_set = set(titles)
    out: list[Span] = []
    for ent in ents:
        titled = ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in title_set
        if len(ent) > 1 and doc[ent.start].lower_.rstrip(".") in title_set:
            titled, ent = True, Span(doc, ent.start + 1, ent.end, label=ent.label_)
        if titled and ent.label_ != "PERSON":
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    # "Lord Browne", "Mr Addink": a capitalized title before an untagged proper noun
    taken = {t for e in out for t in range(e.start, e.end)}
    for tok in doc[:-1]:
        if not (tok.is_title and tok.lower_.rstrip(".") in title_set):
            continue
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= 3
            and end not in taken
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
        ):
            end += 1
        if end > tok.i + 1 and tok.i + 1 not in taken:
            out.append(Span(doc, tok.i + 1, end, label="PERSON"))
            taken.update(range(tok.i + 1, end))
    # "Helmut Panke predicted ... Mr Panke said", "Boss Henk Addink ... Mr Addink": a surname
    # given a courtesy title makes the full name it ends a person's, however the model read it
    courtesy = {
        e.text
        for e in out
        if e.label_ == "PERSON"
        and len(e) == 1
        and e.start > 0
        and doc[e.start - 1].is_title
        and doc[e.start - 1].lower_.rstrip(".") in title_set
    }
    if courtesy:
        lex = words()
        company = (
            set(lex["unit_name_words"]) | set(lex["org_suffixes"]) | set(lex["org_type_nouns"])
        )
        for k, ent in enumerate(out):
            if (
                ent.label_ == "ORG"
                and 2 <= len(ent) <= 3
                and ent[-1].text in courtesy
                and all(t.is_title and t.is_alpha and t.lower_ not in company for t in ent)
                and not (ent.end < len(doc) and doc[ent.end].text in ("'s", "'"))
            ):
                out[k] = Span(doc, ent.start, ent.end, label="PERSON")
        for tok in doc:
            if tok.text not in courtesy or tok.i in taken:
                continue
            start = _proper_nouns_before(doc, tok.i, 2, taken, title_set)
            if start < tok.i:  # a first name before it: "Henk Addink"
                out.append(Span(doc, start, tok.i + 1, label="PERSON"))
                taken.update(range(start, tok.i + 1))
    # "Environmental Power Corp said": capitalized words ending in a company suffix or in a
    # word that ends company names ("Thai Airways International plans to ...")
    suffixes = set(words()["company_suffixes"]) | set(words()["org_name_heads"])
    for tok in doc:
        if tok.i in taken or tok.lower_.rstrip(".") not in suffixes or not tok.text[:1].isupper():
            continue
        start = tok.i
        while (
            start > 0
            and start - 1 not in taken
            and tok.i - start < 5
            and (_name_word(doc[start - 1]) or doc[start - 1].text in ("&", "and"))
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        if start > 0 and _name_word(doc[start - 1]) and doc[start - 1].is_sent_start:
            start -= 1  # the sentence's first word
        while start < tok.i and doc[start].text in ("&", "and"):
            start += 1
        end = tok.i + 1
        while (
            end < len(doc)
            and end not in taken
            and doc[end].text[:1].isupper()
            and doc[end].lower_.rstrip(".") in suffixes
        ):
            end += 1  # "Thai Airways International", "Acme Holdings Inc"
        if start < tok.i:
            out.append(Span(doc, start, end, label="ORG"))
            taken.update(range(start, end))
    # "John M. Henske ... Henske, 63, will continue": a surname the model missed on its own
    generations = set(words()["generational_suffixes"])
    named = [  # "Winthrop Sargent IV": the surname before the generation
        e[:-1] if len(e) > 2 and e[-1].lower_.rstrip(".") in generations else e
        for e in out
        if e.label_ == "PERSON"
    ]
    surnames = {e[-1].text for e in named if len(e) > 1 and e[-1].is_title and len(e[-1]) > 2}
    # "Anil Ambani ... Anil, who is the company's chief": a first name no other person shares
    last_names = set(surnames)
    firsts = Counter(e[0].text for e in out if e.label_ == "PERSON" and len(e) > 1)
    surnames |= {name for name, n in firsts.items() if n == 1 and len(name) > 2}
    for tok in doc:
        if (
            tok.text in surnames
            and tok.i not in taken
            and tok.pos_ in ("PROPN", "NOUN", "ADJ")
            and org_key(tok.text) not in (premodifiers or set())
        ):
            out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            taken.add(tok.i)
    org_words = {t.text for e in out if e.label_ == "ORG" and len(e) > 1 for t in e}
    for k, ent in enumerate(out):
        nxt = doc[ent.end] if ent.end < len(doc) else None
        misread = ent.label_ in ("LOC", "GPE", "NORP", "PRODUCT") or (
            ent.label_ == "ORG"
            and ent.text not in org_words
            and ent.text in last_names
            and org_key(ent.text) not in (premodifiers or set())
            and nxt is not None
            and nxt.pos_ in ("AUX", "VERB")
            # not "fashion retailer Pomeroy has resigned" (its founder Edward Pomeroy)
            and not _kind_before(doc, ent.start)
        )  # "Anil" tagged as a place, "Leventhal will remain" as a company
        if len(ent) == 1 and misread and ent.text in surnames:
            out[k] = Span(doc, ent.start, ent.end, label="PERSON")  # "Anil" tagged as a place
    orgs = {e.text for e in out if e.label_ == "ORG" and e.text[:1].isupper()}
    if not orgs:
        return out
    matcher = PhraseMatcher(doc.vocab)
    # one pattern per distinct name, its words only (Span.as_doc copies every annotation:
    # 3 ms an article)
    names = {tuple(t.text for t in e): None for e in out if e.text in orgs}
    matcher.add("ORG", [Doc(doc.vocab, words=list(words_)) for words_ in names])
    taken = {t for e in out for t in range(e.start, e.end)}
    places = {
        t: e for e in out if e.label_ in ("GPE", "LOC", "NORP") for t in range(e.start, e.end)
    }
    for _, start, end in matcher(doc):
        inside = {places[i] for i in range(start, end) if i in places}
        if inside and all(
            start <= e.start and e.end <= end and len(e) < end - start for e in inside
        ):
            # "Shares in UK Coal" where "UK Coal" is a company's name in the document
            out = [e for e in out if e not in inside]
            taken.difference_update(i for e in inside for i in range(e.start, e.end))
        if not any(i in taken for i in range(start, end)):
            out.append(Span(doc, start, end, label="ORG"))
            taken.update(range(start, end))
    return out


def _name_word(tok: Token) -> bool:
    """A word written as a name's: capitalized ("Power") or in camel case ("TeleQuest")."""
    return tok.is_title or (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper)


def _split_group_roles(doc: Doc) -> list[Span]:
    """ "Alibaba Group CEO": the ruler's "group CEO" gives "Group" back to the company name."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in doc.ents:
        first = doc[ent.start]
        # "Jupiter Research analyst": a capitalized first word before a lower-case title
        named = first.is_title and all(t.is_lower for t in ent[1:]) and not first.is_sent_start
        if (
            ent.label_ == "ROLE"
            and len(ent) > 1
            and (first.text == "Group" or named)
            and ent.start > 0
            and canonical_role(ent[1:].text) is not None
        ):
            start = ent.start
            while (
                start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "ROLE"
            ):
                start -= 1
            if start < ent.start:
                out = [e for e in out if e.end <= start]
                out.append(Span(doc, start, ent.start + 1, label="ORG"))
                out.append(Span(doc, ent.start + 1, ent.end, label="ROLE", kb_id=ent.kb_id))
                continue
        out.append(ent)
    return out


def _unit_end(doc: Doc, start: int, unit_nouns: set[str], named: int = 0) -> int | None:
    """Where a unit named after an owner's possessive ends ("Kodak's | business imaging
    systems division", "Commerzbank AG's | foreign exchange trading and treasury
    department"): after the last unit noun of up to seven words that can describe one
    (lower-case nouns, adjectives and "-ing" words, proper nouns and places, "and" between two
    of them), the words of the name the model tagged (up to ``named``) included; None without
    such a noun."""
    end, j = None, start
    while j < len(doc) and j - start < 7:
        tok = doc[j]
        joins = tok.lower_ in ("and", "or", "-") and j + 1 < len(doc) and doc[j + 1].is_lower
        describes = (
            tok.ent_type_ in ("GPE", "NORP", "LOC")
            or (j < named and not tok.is_punct)
            or (
                tok.is_alpha
                and not tok.ent_type_
                and (
                    (tok.is_lower and (tok.pos_ in ("NOUN", "ADJ", "PROPN") or tok.tag_ == "VBG"))
                    or (tok.is_title and tok.pos_ == "PROPN")  # "TI's Voip business"
                )
            )
        )
        if not (describes or (joins and j > start)):
            break
        if tok.lower_ in unit_nouns:
            end = j + 1
        j += 1
    if end is not None and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        return None  # "the BBC's business editor", "BT's business sector": a noun it describes
    return end if end is not None and end >= named else None


def mark_units(doc: Doc) -> Doc:
    """Organizational units as ORG entities with ``span._.kg_parent`` set to the parent's name."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    lex = words()
    unit_nouns = set(lex["unit_nouns"])
    unit_words = set(lex["unit_name_words"])
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    names = {org_key(e.text): e.text for e in orgs}
    # a name only a headline gives on its own is the short name of the company the story then
    # leads with ("Quill results" over "Quill Software's chief technology officer ..."), not
    # its parent; over a story that leads with another company ("NL INDUSTRIES NAMES
    # PRESIDENT" over "NL Industries Inc said ... NL Chemicals Inc") it may be the parent
    body = [e for e in orgs if not _headline(e.sent)]
    lead = org_key(body[0].text) if body else None
    named_alone = {org_key(e.text) for e in body}
    ents = list(doc.ents)
    parents: dict[tuple[int, int], str] = {}
    for ent in orgs:
        # possessive unit: ORG 's (modifier)* UNIT-NOUN
        i = ent.end
        if i < len(doc) and doc[i].text in ("'s", "'"):
            end = _unit_end(doc, i + 1, unit_nouns)
            if end is not None:
                parents[(ent.start, end)] = ent.text
        # "World Bank's Africa department", "Kodak's business imaging systems division" read
        # as one name up to a word after the possessive: the owner before the possessive, the
        # unit up to its noun
        owner = next((t.i for t in ent[1:-1] if t.text in ("'s", "'")), None)
        if owner is not None:
            end = _unit_end(doc, owner + 1, unit_nouns, ent.end)
            if end is not None:
                parents.setdefault((ent.start, end), doc[ent.start : owner].text)
        # "Care International operations in Iraq": a unit named by its place
        if (
            i + 2 < len(doc)
            and doc[i].lower_ in unit_nouns
            and doc[i + 1].lower_ == "in"
            and doc[i + 2].ent_type_ in ("GPE", "LOC")
            and doc[i + 2].ent_iob_ == "B"
        ):
            end = i + 3
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            parents[(ent.start, end)] = ent.text
        # "resigned as president of its Leeds and Northrup unit", "its newly formed Parker
        # Offshore subsidiary", "Randall National Bank, the company's principal banking
        # subsidiary": a unit of the company the sentence's subject names, else of the one
        # named last before it
        if _owned_by_reference(doc, ent, unit_nouns):
            # (not another unit: "its Consumer Banking Division ... its Corporate Banking")
            before = [
                e
                for e in orgs
                if e.end <= ent.start - 1
                and org_key(e.text) != org_key(ent.text)
                and e[-1].lower_ not in unit_nouns
                and not (e.start > 0 and doc[e.start - 1].lower_ in ("its", "their"))
            ]
            subject = [
                e for e in before if e.sent == ent.sent and e.root.dep_ in ("nsubj", "nsubjpass")
            ]
            holders = subject or before
            if holders:
                parents.setdefault((ent.start, ent.end), holders[-1].text)
        # prefix unit: "Google Shanghai R&D Center" where "Google" is named on its own
        tokens = ent.text.split()
        for k in range(len(tokens) - 1, 0, -1):
            head = org_key(" ".join(tokens[:k]))
            rest = [t.lower().strip(",.") for t in tokens[k:]]
            if (
                head in names
                and head != org_key(ent.text)
                and (head in named_alone or org_key(ent.text) != lead)
                and any(t in unit_words for t in rest)
            ):
                parents[(ent.start, ent.end)] = names[head]
                break
    for start, end in parents:
        span = Span(doc, start, end, label="ORG")
        ents = [e for e in ents if not (e.start >= start and e.end <= end)] + [span]
    doc.ents = filter_spans(ents)
    for ent in doc.ents:
        if (ent.start, ent.end) in parents:
            ent._.kg_parent = parents[(ent.start, ent.end)]
    return doc


def _owned_by_reference(doc: Doc, ent: Span, unit_nouns: set[str]) -> bool:
    """Whether a name is said to be a unit of a company referred to, not named: "its
    (newly formed) X unit", "X, the company's (principal banking) subsidiary"."""
    k = ent.start - 1
    while k >= 0 and doc[k].lower_ in ("newly", "formed", "new", "wholly", "-", "owned"):
        k -= 1  # "its newly formed", "its wholly - owned"
    if k >= 0 and doc[k].lower_ in ("its", "their"):
        return ent.end < len(doc) and doc[ent.end].lower_ in unit_nouns
    if unit_described_before(doc, ent, unit_nouns):
        return True
    tail = list(doc[ent.end : ent.end + 8])
    if len(tail) < 4 or tail[0].text != "," or tail[1].lower_ not in ("its", "the"):
        return False
    j = 2
    if tail[1].lower_ == "the":
        if tail[2].lower_ not in words()["org_type_nouns"] or tail[3].text not in ("'s", "'"):
            return False
        j = 4
    while j < len(tail) and tail[j].is_lower and tail[j].lower_ not in unit_nouns:
        j += 1
    return j < len(tail) and tail[j].lower_ in unit_nouns


def unit_described_before(doc: Doc, ent: Span, unit_nouns: set[str]) -> bool:
    """ "the company's US division, Delmont Flow Systems", "its cargo business, Skyvale
    Freight": the name set off after a description of it as a unit."""
    k = ent.start - 2
    if k < 2 or doc[k + 1].text != "," or doc[k].lower_ not in unit_nouns:
        return False
    k -= 1
    while (
        k > 0
        and k > ent.start - 8
        and (doc[k].is_lower or doc[k].ent_type_ in ("GPE", "NORP", "LOC") or doc[k].text == "-")
    ):
        if doc[k].lower_ in ("its", "their", "the", "'s", "'"):
            break
        k -= 1
    if doc[k].lower_ in ("its", "their"):
        return True
    return (
        doc[k].text in ("'s", "'")
        and k >= 2
        and doc[k - 1].lower_ in words()["org_type_nouns"]
        and doc[k - 2].lower_ == "the"
    )


def _headline(sent: Span) -> bool:
    """Whether ``sent`` is a headline: a title line, or the document's first line when it
    ends without a stop ("Brixton hires")."""
    text = sent.text.strip()
    # not doc.text, which spaCy builds anew on each access: the tokens before, stopping at
    # the first word
    first = all(t.is_space for t in sent.doc[: sent.start])
    return is_title_line(text) or (first and bool(text) and text[-1] not in ".?!\"'")


def role_patterns(nlp: Language) -> list[dict[str, Any]]:
    """EntityRuler patterns for every surface form of every role: phrase patterns matched on
    the tokens' lower case (a PhraseMatcher, far cheaper than one token pattern per form),
    except the words that are titles only as nouns ("Gazprom chief X"; not "to head a unit",
    see repair_orgs) and titles that are also names ("dean", not David Dean), which are token
    patterns with a part-of-speech condition (one-word titles only)."""
    patterns: list[dict[str, Any]] = []
    noun_only = set(words()["noun_only_labels"])
    # titles that are also names ("Dean" Smith, Mr Dean): never a proper noun
    not_names = set(words()["title_not_name_labels"])
    chained = set(words()["chained_titles"])  # titles only beside another: _chained_titles
    for role in roles():
        for label in role.labels:
            if label in chained:
                continue
            if label in noun_only or label.lower() in not_names:
                first = nlp.make_doc(label)[0].lower_
                excluded = ["VERB", "AUX"] + (["PROPN"] if label.lower() in not_names else [])
                pattern = [{"LOWER": first, "POS": {"NOT_IN": excluded}}]
                patterns.append({"label": "ROLE", "pattern": pattern, "id": role.iri})
            else:
                patterns.append({"label": "ROLE", "pattern": label, "id": role.iri})
    for surface in plural_surfaces():  # "were named directors"; "chairs" must be a noun
        role = role_by_surface()[surface]
        if " " in surface:
            patterns.append({"label": "ROLE", "pattern": surface, "id": role.iri})
        else:
            pattern = [{"LOWER": surface, "POS": {"NOT_IN": ["VERB", "AUX"]}}]
            patterns.append({"label": "ROLE", "pattern": pattern, "id": role.iri})
    return patterns


@cache
def load_pipeline(model: str) -> Language:
    """The model ``model`` with kg's components added; cached per process."""
    import spacy

    _register()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {model!r}: install it (pip install {model}) "
            "or set KG_SPACY_MODEL / --model"
        ) from exc
    nlp.add_pipe("kg_breaks", before="parser") if "parser" in nlp.pipe_names else nlp.add_pipe(
        "kg_breaks", first=True
    )
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="kg_roles",
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
        before="ner" if "ner" in nlp.pipe_names else None,
    )
    ruler.add_patterns(role_patterns(nlp))  # type: ignore[attr-defined]
    nlp.add_pipe("kg_org_repair")
    nlp.add_pipe("kg_units")
    return nlp
