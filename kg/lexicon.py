"""The rule layer's data: the role scheme (``ontology/roles.ttl``) and word lists (``data/``).

Loaded once per process and cached; nothing is read at import time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

ROLE_NS = "https://w3id.org/kg-exec/role/"
KG_NS = "https://w3id.org/kg-exec/ontology#"


@dataclass(frozen=True)
class Role:
    """One role of the scheme: its IRI, canonical label and surface forms."""

    iri: str
    label: str
    labels: tuple[str, ...]
    rank: int = 3
    staff: bool = False
    broader: tuple[str, ...] = field(default_factory=tuple)


def resource_text(*parts: str) -> str:
    """The text of a data file shipped in the package (``kg/data/...``, ``kg/ontology/...``)."""
    node = resources.files("kg")
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")


@cache
def words() -> dict[str, Any]:
    """The word lists of ``kg/data/lexicon.json``."""
    data: dict[str, Any] = json.loads(resource_text("data", "lexicon.json"))
    return data


@cache
def roles() -> tuple[Role, ...]:
    """Every ``org:Role`` of ``ontology/roles.ttl`` with its labels, lower-cased."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import ORG, RDF, SKOS

    kg = Namespace(KG_NS)
    graph = Graph()
    graph.parse(data=resource_text("ontology", "roles.ttl"), format="turtle")
    out = []
    for iri in sorted({s for s in graph.subjects(RDF.type, ORG.Role) if isinstance(s, URIRef)}):
        pref = graph.value(iri, SKOS.prefLabel)
        if pref is None:
            continue
        labels = {str(pref).lower()} | {str(a).lower() for a in graph.objects(iri, SKOS.altLabel)}
        rank = graph.value(iri, kg.rank)
        staff = graph.value(iri, kg.staffRole)
        out.append(
            Role(
                iri=str(iri),
                label=str(pref),
                labels=tuple(sorted(labels)),
                rank=int(rank.toPython()) if isinstance(rank, Literal) else 3,
                staff=bool(staff.toPython()) if isinstance(staff, Literal) else False,
                broader=tuple(
                    str(b)
                    for b in graph.objects(URIRef(iri), SKOS.broader)
                    if isinstance(b, URIRef)
                ),
            )
        )
    return tuple(out)


@cache
def role_by_surface() -> dict[str, Role]:
    """Surface form (lower case) → role, plurals included ("directors", "vice presidents");
    not the titles that are one only beside another ("secretary": see :func:`canonical_role`),
    so that no longer title ends in one ("Foreign Secretary")."""
    chained = set(words()["chained_titles"])
    table = {plural(label): role for role in roles() for label in _pluralizable(role)}
    table.update({label: role for role in roles() for label in role.labels})
    return {k: v for k, v in table.items() if k not in chained}


@cache
def plural_surfaces() -> frozenset[str]:
    """The plural surface forms of the titles: "were named directors" names several."""
    singular = {label for role in roles() for label in role.labels}
    return frozenset(plural(label) for role in roles() for label in _pluralizable(role)) - singular


def _pluralizable(role: Role) -> list[str]:
    """Labels that name several holders in the plural ("were named directors"): those whose
    last word is one of the lexicon's plural title heads (not "executives", "analysts": words
    for a kind of people, but "chief executives": the lexicon's modified heads), except the
    ones matched only as nouns or never as names."""
    skip = set(words()["noun_only_labels"]) | set(words()["title_not_name_labels"])
    heads = set(words()["plural_title_heads"])
    # "chief executives", not "executives" or "senior executives"
    modified: dict[str, str] = words()["plural_modified_heads"]
    return [
        label
        for label in role.labels
        if label not in skip
        and " of " not in label
        and (
            label.split()[-1] in heads or modified.get(label.split()[-1], "") in label.split()[:-1]
        )
    ]


def plural(label: str) -> str:
    """ "director" → "directors", "chairman" → "chairmen", "secretary" → "secretaries"."""
    head, _, tail = label.rpartition(" ")
    word = tail
    if word.endswith("man"):
        word = word[:-3] + "men"
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    elif word.endswith(("s", "x", "ch", "sh")):
        word += "es"
    else:
        word += "s"
    return f"{head} {word}" if head else word


def canonical_role(text: str) -> Role | None:
    """The role a title names ("CTO" → Chief Technology Officer), ignoring case and modifiers."""
    table = role_by_surface()
    chained = words()["chained_titles"].get(text.lower().strip())
    if chained is not None:
        return role_by_label(chained)  # the whole title only: not "Foreign Secretary"
    tokens = text.lower().replace("-", " - ").split()
    below = set(words()["subordinate_modifiers"])
    for i in range(len(tokens)):
        candidate = " ".join(tokens[i:]).replace(" - ", "-")
        if candidate in table:
            if table[candidate].rank <= 2 and below & set(tokens[:i]):
                return None  # "deputy finance director", "assistant to the chairman": not it
            return table[candidate]
    # "Head of equities trading", "vice president for sales": a title and what it covers
    for i in range(len(tokens) - 1, 0, -1):
        candidate = " ".join(tokens[:i]).replace(" - ", "-")
        if candidate in table and tokens[i] in ("of", "for"):
            return table[candidate]
    return None


@cache
def _roles_by_label() -> dict[str, Role]:
    return {role.label: role for role in roles()}


def role_by_label(label: str) -> Role | None:
    """The role whose canonical label (skos:prefLabel) is ``label``."""
    return _roles_by_label().get(label)


def is_legislature(name: str) -> bool:
    """A parliament or one of its committees: a seat or chair there is a political office
    ("the House Ways and Means Committee": a chamber's name, then a committee's)."""
    parts = name.lower().replace("the ", "", 1).split()
    chamber = bool(parts) and parts[0] in words()["legislative_chambers"]
    committee = bool(parts) and parts[-1] in ("committee", "subcommittee", "panel")
    return _names_one_of(name, "legislatures") or (chamber and committee)


def is_government(name: str) -> bool:
    """A government or political body ("the Treasury", "European Union", "the Pentagon"):
    no company's title defaults to it and no "the company" refers to it. A union of its
    employees is not one ("American Federation of Government Employees")."""
    return (
        _names_one_of(name, "government_bodies")
        and not _names_one_of(name, "staff_bodies")
        # "Ames Department Stores Inc": a company's legal name, whatever words it holds; "May
        # Department Stores": a name ending in a line of business
        and not legal_name(name)
        and name.split()[-1].lower() not in words()["business_name_heads"]
    )


def is_party(name: str) -> bool:
    """A political party ("the Labour Party", "the Tories", "UKIP Scotland"): its leader holds
    no company post. A name holding a party's name is no party ("Federal Labour Agency",
    "Party City Inc")."""
    parts = name.lower().replace("the ", "", 1).split()
    parties = set(words()["political_parties"])
    return (
        bool(parts)
        and not legal_name(name)
        and (
            parts[-1] == "party"
            or " ".join(parts) in parties
            or (len(parts) == 2 and parts[0] in parties)
        )
    )


def is_public_body(name: str) -> bool:
    """A central bank, an international or public agency, a union or a school ("the Fed", "the
    International Monetary Fund", "the Federal Labour Office"): its "chief" or "boss" is its
    head, not a chief executive."""
    return _names_one_of(name, "public_bodies")


def is_team(name: str) -> bool:
    """A sports club or side, told by the word its name ends with ("Manchester United",
    "Glasgow Rangers", "Mansfield Town"); a town's or a country's name alone is one too
    ("Liverpool boss", "South Africa coach")."""
    from kg.places import is_place

    parts = name.lower().split()
    if len(parts) == 1:
        return is_place(name) or parts[0] in words()["team_names_alone"]  # "Rangers boss"
    return parts[-1] in words()["team_name_words"] or is_place(name)


@lru_cache(maxsize=32)  # asked of the same document by the entity repair and by the tenures
def sport_story(text: str) -> bool:
    """An article about sport: three or more of the lexicon's words of the game ("striker",
    "squad", "Six Nations"), each looked for on its own ("World Cup" counts "cup" too). There a
    team's "boss" is its manager, whatever its name."""
    return _story_of(text, "sport_words")


@lru_cache(maxsize=32)
def screen_story(text: str) -> bool:
    """An article about film or television: three or more of the lexicon's ``screen_words``
    ("box office", "starring", "Oscar"). There "Evil Dead director Sam Raimi" made a film."""
    return _story_of(text, "screen_words")


def _story_of(text: str, word_list: str) -> bool:
    lowered = text.lower()
    return sum(1 for pattern in _word_patterns(word_list) if pattern.search(lowered)) >= 3


@cache
def _word_patterns(word_list: str) -> tuple[re.Pattern[str], ...]:
    """The lexicon's ``word_list``, one whole-word pattern each, compiled once."""
    return tuple(re.compile(rf"\b{re.escape(w)}\b") for w in set(words()[word_list]))


def film_maker(role_text: str, org: str, modifier: str = "") -> bool:
    """ "Evil Dead director", "Chris Weitz, director of About a Boy": a bare director's title
    at something no word of which names an institution, a venue or a company (in a story about
    film, a work); "artistic director of the National Theatre", "director of Regular Music"
    and, with its lower-case ``modifier``, "MGM art director" are offices."""
    if role_text.lower() not in words()["film_maker_titles"] or legal_name(org):
        return False
    if modifier and modifier not in words()["screen_words"]:
        return False
    lists = ("institution_nouns", "institution_name_heads", "org_name_heads", "venue_words")
    return not any(_names_one_of(org, w) for w in lists)


def legal_name(name: str) -> bool:
    """A company's legal name: it ends with a company suffix ("Ames Department Stores Inc")."""
    return (name.split() or [""])[-1].lower().rstrip(".") in words()["company_suffixes"]


def _names_one_of(name: str, word_list: str) -> bool:
    """Whether ``name`` holds, as whole words, one of the lexicon's ``word_list``."""
    text = name.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words()[word_list])
