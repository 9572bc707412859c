"""Synthetic but realistic executive graphs for the store-and-query benchmark (issue 6).

A world of companies and careers, then news-like documents about it, written as N-Quads in
exactly the shape ``kg.rdf.document_graph`` gives (one named graph per document, memberships,
intervals with bounds, evidence, people with ``kg:nameKey``, organizations with their
classification, units) plus the consolidated graph ``kg ingest`` keeps for memberships that
several documents describe.

- Companies: power-law sizes (weight ``1 / (rank + 5)``: a few giants, many small ones),
  industries from ``ontology/industries.ttl`` (video streaming and e-commerce among them, so
  the flagship query has answers), told by a descriptor ("a video streaming platform");
  the larger ones have units ("Zorvex Europe").
- Roles from ``ontology/roles.ttl``: per company a succession of chief executives (and, for
  the larger ones, of other chief officers, chairs and presidents), one holder at a time;
  many directors, vice presidents, managers and heads.
- Careers of 1 to 8 tenures: people move between companies; some sit on boards meanwhile.
- Dates 1980-2024, written at the precision a news text gives (year, month, day, fuzzy
  bounds, or unknown); current tenures have an open end.
- Documents of 1 to 20 tenures, with evidence sentences and offsets into the document's
  text; about 15% of tenures are told by a second, later document (its end, say), which
  gives the consolidated graph its intervals.

Deterministic for a seed. The templated writer is checked against ``kg.rdf.document_graph``
on a sample (``--check``, and ``tests/test_synth.py``): the same triples, term for term.

    .venv/bin/python benchmarks/synth.py --size 10k --out /tmp/kg-synth-10k.nq --check 200
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import heapq
import itertools
import multiprocessing
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rdflib import Graph, URIRef  # noqa: E402

from kg import __version__, ids  # noqa: E402
from kg.consolidate import Source, consolidate, consolidated_interval  # noqa: E402
from kg.industries import classify  # noqa: E402
from kg.lexicon import role_by_label  # noqa: E402
from kg.model import Document, Evidence, Tenure  # noqa: E402
from kg.names import org_key, person_key  # noqa: E402
from kg.rdf import Bounds, RunInfo, content_hash, doc_key, tenure_bounds  # noqa: E402

RUN = RunInfo(__version__, "synthetic 1.0")
FIRST_YEAR, LAST_YEAR = 1980, 2024
LAST_DAY = dt.date(LAST_YEAR, 12, 31).toordinal()
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000}

# ---------------------------------------------------------------- vocabularies

KG = "https://w3id.org/kg-exec/ontology#"
ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Industries with a share of companies and the descriptors that name them.
INDUSTRIES: list[tuple[str, float, list[str]]] = [
    ("video-streaming", 0.03, ["a video streaming platform", "an online video company"]),
    ("e-commerce", 0.04, ["an e-commerce group", "an online retailer"]),
    ("software", 0.08, ["a software company", "a software maker"]),
    ("search", 0.01, ["a search engine"]),
    ("social-networking", 0.02, ["a social network"]),
    ("media", 0.05, ["a media group"]),
    ("music", 0.02, ["a record label"]),
    ("games", 0.02, ["a video games publisher"]),
    ("telecoms", 0.04, ["a telecoms operator"]),
    ("banking", 0.08, ["a bank", "an investment bank"]),
    ("insurance", 0.04, ["an insurer"]),
    ("energy", 0.03, ["an energy company"]),
    ("oil-and-gas", 0.03, ["an oil company"]),
    ("utilities", 0.02, ["a utility"]),
    ("automotive", 0.04, ["a carmaker"]),
    ("airlines", 0.02, ["an airline"]),
    ("aerospace-defence", 0.02, ["an aerospace group"]),
    ("retail", 0.06, ["a retailer", "a supermarket chain"]),
    ("food-and-drink", 0.04, ["a food group"]),
    ("brewing", 0.01, ["a brewer"]),
    ("healthcare", 0.03, ["a hospital group"]),
    ("pharmaceuticals", 0.04, ["a drugmaker"]),
    ("chemicals", 0.03, ["a chemicals group"]),
    ("mining", 0.03, ["a mining company"]),
    ("construction", 0.03, ["a construction group"]),
    ("real-estate", 0.03, ["a property developer"]),
    ("logistics", 0.03, ["a logistics group"]),
    ("fashion", 0.02, ["a fashion house"]),
    ("consumer-goods", 0.02, ["a consumer goods maker"]),
    ("hospitality-travel", 0.02, ["a hotel group"]),
    ("professional-services", 0.03, ["a consultancy"]),
    ("technology", 0.05, ["a technology company"]),
]

# Roles held one at a time per company (successions), by the company size rank they need
# (share of companies from the top that have the role: 1.0 = every company).
SUCCESSIONS: list[tuple[str, float]] = [
    ("Chief Executive Officer", 1.0),
    ("Chairman", 0.6),
    ("Chief Financial Officer", 0.5),
    ("Chief Technology Officer", 0.35),
    ("Chief Operating Officer", 0.25),
    ("President", 0.2),
    ("Chief Marketing Officer", 0.15),
    ("Chief Information Officer", 0.1),
    ("Chief Product Officer", 0.08),
]
# Roles many hold at once, with their frequencies (None: employment only, no role).
OPEN_ROLES: list[tuple[str | None, float]] = [
    ("Board Director", 0.22),
    ("Director", 0.16),
    ("Vice President", 0.15),
    ("Manager", 0.12),
    ("Head", 0.08),
    ("General Manager", 0.05),
    ("Managing Director", 0.04),
    ("Executive", 0.03),
    ("Vice Chairman", 0.02),
    ("Partner", 0.02),
    ("Company Secretary", 0.02),
    ("Analyst", 0.03),
    ("Economist", 0.01),
    ("Spokesman", 0.02),
    ("Founder", 0.01),
    (None, 0.02),
]
UNITS = ["Europe", "Asia Pacific", "North America", "Cloud", "Research", "Labs", "Payments",
         "Ventures", "Digital", "International", "China", "Studios"]  # fmt: skip
SUFFIXES = ["", "", "", "Group", "Inc", "plc", "Holdings", "Corp", "AG", "SA", "Ltd"]
SYLLABLES = ["al", "ba", "cor", "da", "el", "fi", "gor", "hal", "in", "jo", "ka", "lu", "mar",
             "no", "or", "pen", "qua", "ri", "sol", "ta", "ul", "ver", "wes", "xa", "yu", "zen",
             "bri", "cla", "dro", "fla", "gri", "kro", "pla", "stra", "tre", "vo", "nex", "lyn",
             "tor", "vex", "mi", "ra", "tek", "sy", "qi", "on", "ax", "ion"]  # fmt: skip
GIVEN = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
         "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty",
         "Mark", "Sandra", "Steven", "Ashley", "Paul", "Emily", "Andrew", "Donna", "Kenneth",
         "Michelle", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Edward",
         "Deborah", "Peter", "Stephanie", "Wei", "Jing", "Li", "Min", "Hui", "Yan", "Xin", "Tao",
         "Hiroshi", "Yuki", "Kenji", "Aiko", "Rajesh", "Priya", "Amit", "Sunita", "Ahmed",
         "Fatima", "Omar", "Leila", "Hans", "Greta", "Klaus", "Ingrid", "Pierre", "Claire",
         "Jean", "Sophie", "Luca", "Giulia", "Marco", "Chiara", "Carlos", "Maria", "Jose",
         "Ana", "Olga", "Ivan", "Sergei", "Natalia", "Lars", "Astrid", "Sven", "Freya",
         "Kwame", "Amara", "Chinedu", "Ngozi", "Tang", "Jiang", "Daniel", "Helen", "Simon",
         "Rachel", "Oliver", "Chloe", "Henry", "Alice", "Samuel", "Grace", "Benjamin", "Ruth"]  # fmt: skip
SURNAMES = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
            "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
            "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
            "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
            "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
            "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
            "Carter", "Roberts", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
            "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Tanaka",
            "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
            "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Khan", "Ali", "Hussain",
            "Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Dubois", "Moreau", "Laurent", "Lefebvre", "Rossi", "Russo", "Ferrari", "Esposito",
            "Bianchi", "Romano", "Silva", "Santos", "Oliveira", "Souza", "Ivanov", "Petrov",
            "Smirnov", "Larsen", "Hansen", "Johansson", "Andersson", "Nielsen", "Okafor",
            "Mensah", "Adeyemi", "Okonkwo", "Murphy", "Kelly", "Sullivan", "Walsh", "O'Brien",
            "Byrne", "Ryan", "Evans", "Hughes", "Edwards", "Price", "Morgan", "Cooper",
            "Fletcher", "Harrison", "Bennett", "Gray", "Ward", "Fox", "Hart", "Cole", "Reid"]  # fmt: skip
MIDDLE = "ABCDEFGHJKLMNPRSTW"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


# ---------------------------------------------------------------- the world


@dataclass
class Company:
    name: str
    iri: str
    founded: int  # ordinal day
    descriptor: str | None
    units: list[tuple[str, str]]  # (unit name, unit IRI)


@dataclass
class Person:
    name: str
    iri: str
    key: str
    alias: str | None


@dataclass
class Slot:
    """One true tenure: (person, role, organization) with its true days (end None: current)."""

    company: int
    unit: int | None  # index into the company's units
    role: str | None
    start: int  # ordinal day
    end: int | None
    person: int = -1


@dataclass
class Mention:
    """A tenure as one document tells it (the fields of kg.model.Tenure)."""

    slot: int
    role_text: str | None
    descriptors: tuple[str, ...]
    start: str | None
    end: str | None
    start_bounds: tuple[str, str] | None
    end_bounds: tuple[str, str] | None
    status: str
    confidence: float
    evidence: list[tuple[str, str]]  # (sentence, rule)
    aliases: tuple[str, ...] = ()


@dataclass
class Doc:
    number: int
    date: int  # ordinal day
    mentions: list[Mention] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"synth/{self.number // 1000:04d}/{self.number:07d}.txt"


@dataclass
class World:
    seed: int
    companies: list[Company]
    people: list[Person]
    slots: list[Slot]
    docs: list[Doc]

    def tenure_count(self) -> int:
        return len(self.slots)


def _iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


@cache
def _org_key(name: str) -> str:
    return org_key(name)


@cache
def _person_key(given: str, surname: str) -> str:
    return person_key(f"{given} {surname}")


def _mint(kind: str, label: str, *key: str) -> str:
    return str(ids.mint(kind, label, *key))


def _company_names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    keys: set[str] = set()
    while len(names) < n:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
        name = (stem.capitalize() + " " + rng.choice(SUFFIXES)).strip()
        key = _org_key(name)
        if key in keys or classify([name]):
            continue
        keys.add(key)
        names.append(name)
    return names


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng: random.Random, cum: list[float]) -> int:
    return bisect.bisect_left(cum, rng.random() * cum[-1])


def _career_length(rng: random.Random) -> int:
    return 1 + _pick(rng, _cumulative([0.2, 0.22, 0.18, 0.13, 0.1, 0.08, 0.05, 0.04]))


def generate(n_tenures: int, seed: int = 6) -> World:
    """A world with about ``n_tenures`` tenures (true memberships), and its documents."""
    rng = random.Random(seed)
    n_companies = max(12, n_tenures // 40)
    weights = [1.0 / (rank + 5) for rank in range(n_companies)]
    companies = _make_companies(rng, n_companies)
    slots = _succession_slots(rng, companies, n_companies)
    _open_slots(rng, companies, weights, slots, max(0, n_tenures - len(slots)))
    slots.sort(key=lambda s: (s.start, s.company))
    people = _assign_people(rng, companies, slots)
    docs = _documents(rng, companies, people, slots)
    return World(seed, companies, people, slots, docs)


def _make_companies(rng: random.Random, n: int) -> list[Company]:
    names = _company_names(rng, n)
    shares = _cumulative([share for _, share, _ in INDUSTRIES])
    out = []
    for rank, name in enumerate(names):
        industry = INDUSTRIES[_pick(rng, shares)]
        descriptor = rng.choice(industry[2]) if rng.random() < 0.9 else None
        if descriptor and rng.random() < 0.05:  # a few in two industries
            other = INDUSTRIES[_pick(rng, shares)]
            if other is not industry:
                descriptor = f"{descriptor} and {other[2][0].split(' ', 1)[1]} business"
        n_units = 0 if rank > n * 0.05 else rng.randint(1, 5 if rank < n * 0.005 else 2)
        key = _org_key(name)
        units = []
        for unit in rng.sample(UNITS, n_units):
            unit_name = f"{name.split()[0]} {unit}"
            units.append((unit_name, str(ids.mint("org", _org_key(unit_name), "unit", key,
                                                  _org_key(unit_name)))))  # fmt: skip
        founded_year = (
            rng.randint(FIRST_YEAR - 30, 2018) if rank < n * 0.1 else rng.randint(FIRST_YEAR, 2020)
        )
        founded = dt.date(founded_year, rng.randint(1, 12), rng.randint(1, 28)).toordinal()
        out.append(Company(name, str(ids.mint("org", key, key)), founded, descriptor, units))
    return out


def _succession_slots(rng: random.Random, companies: list[Company], n: int) -> list[Slot]:
    slots = []
    first = dt.date(FIRST_YEAR, 1, 1).toordinal()
    for rank, company in enumerate(companies):
        for role, share in SUCCESSIONS:
            if rank > n * share and not (role == "Chief Technology Officer" and rng.random() < 0.1):
                continue
            day = max(first, company.founded) + rng.randint(0, 700)
            while day < LAST_DAY:
                term = int(rng.uniform(1.5, 11) * 365)
                end: int | None = day + term
                assert end is not None
                if end > LAST_DAY:
                    end = None
                slots.append(Slot(rank, None, role, day, end))
                if end is None:
                    break
                day = end + rng.randint(0, 120)
    return slots


def _open_slots(
    rng: random.Random,
    companies: list[Company],
    weights: list[float],
    slots: list[Slot],
    count: int,
) -> None:
    cum = _cumulative(weights)
    roles = _cumulative([share for _, share in OPEN_ROLES])
    first = dt.date(FIRST_YEAR, 1, 1).toordinal()
    for _ in range(count):
        rank = _pick(rng, cum)
        company = companies[rank]
        role = OPEN_ROLES[_pick(rng, roles)][0]
        lo = max(first, company.founded)
        start = rng.randint(lo, max(lo, LAST_DAY - 30))
        end: int | None = start + int(rng.expovariate(1 / (3.2 * 365))) + 60
        assert end is not None
        if end > LAST_DAY:
            end = None
        unit = None
        if company.units and rng.random() < 0.4:
            unit = rng.randrange(len(company.units))
        slots.append(Slot(rank, unit, role, start, end))


def _assign_people(rng: random.Random, companies: list[Company], slots: list[Slot]) -> list[Person]:
    """Careers: each slot goes to someone free by its start (a career of 1-8 tenures moving
    between companies), to someone busy elsewhere for some board seats, else to a new person."""
    people: list[Person] = []
    target: list[int] = []
    held: list[int] = []
    free_at: list[tuple[int, int]] = []  # heap of (free from day, person)
    ready: list[int] = []
    taken: set[tuple[int, str | None, str]] = set()
    iris: set[str] = set()
    keys_seen: set[str] = set()

    def new_person(slot: Slot) -> int:
        while True:
            given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
            middle = f" {rng.choice(MIDDLE)}." if rng.random() < 0.5 else ""
            name = f"{given}{middle} {surname}"
            key = _person_key(given, surname)
            org = companies[slot.company]
            if key in keys_seen:  # a second person of the same name: the company sets apart
                context = _org_key(org.name)
                iri = _mint("person", key.replace("|", " "), key, context)
            else:
                iri = _mint("person", key.replace("|", " "), key)
            if iri in iris:
                continue
            iris.add(iri)
            keys_seen.add(key)
            alias = f"{given[0]}. {surname}" if rng.random() < 0.08 else None
            people.append(Person(name, iri, key, alias))
            target.append(_career_length(rng))
            held.append(0)
            return len(people) - 1

    for index, slot in enumerate(slots):
        while free_at and free_at[0][0] <= slot.start:
            candidate = heapq.heappop(free_at)[1]
            if held[candidate] < target[candidate]:
                ready.append(candidate)
        org_iri = companies[slot.company].iri
        person = -1
        busy_board = slot.role in ("Board Director", "Chairman", "Vice Chairman")
        if busy_board and people and rng.random() < 0.3:
            candidate = rng.randrange(len(people))
            if held[candidate] < target[candidate]:
                person = candidate
        elif ready and rng.random() < (0.98 if slot.role in dict(SUCCESSIONS) else 0.93):
            for _ in range(4):
                i = rng.randrange(len(ready))
                candidate = ready[i]
                ready[i] = ready[-1]
                ready.pop()
                if (candidate, slot.role, org_iri) not in taken:
                    person = candidate
                    break
                if not ready:
                    break
        if person < 0 or (person, slot.role, org_iri) in taken or held[person] >= target[person]:
            person = new_person(slot)
        slot.person = person
        taken.add((person, slot.role, org_iri))
        held[person] += 1
        if held[person] < target[person] and slot.end is not None and not busy_board:
            heapq.heappush(free_at, (slot.end + rng.randint(0, 200), person))
        if index % 50_000 == 0 and len(ready) > 20_000:  # the long-gone leave the workforce
            ready = ready[-10_000:]
    return people


# ---------------------------------------------------------------- documents


def _written(rng: random.Random, day: int) -> tuple[str | None, tuple[str, str] | None, str]:
    """A true day as a text gives it: (value, bounds, words)."""
    d = dt.date.fromordinal(day)
    r = rng.random()
    if r < 0.38:
        return f"{d.year:04d}", None, f"in {d.year}"
    if r < 0.75:
        return f"{d.year:04d}-{d.month:02d}", None, f"in {MONTHS[d.month - 1]} {d.year}"
    if r < 0.9:
        return d.isoformat(), None, f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if r < 0.97:
        lo = dt.date.fromordinal(day - 45)
        hi = dt.date.fromordinal(day + 45)
        words = f"around {MONTHS[d.month - 1]} {d.year}"
        return None, (f"{lo.year:04d}-{lo.month:02d}", f"{hi.year:04d}-{hi.month:02d}"), words
    return None, None, "recently"


def _role_text(rng: random.Random, role: str | None) -> str | None:
    if role is None:
        return None
    found = role_by_label(role)
    assert found is not None, role
    forms = [f for f in found.labels if len(f) > 2 or f.isalpha()]
    return rng.choice([found.label, found.label.lower(), *forms])


def _mention(
    rng: random.Random,
    companies: list[Company],
    people: list[Person],
    slots: list[Slot],
    index: int,
    day: int,
) -> Mention:
    slot = slots[index]
    company = companies[slot.company]
    person = people[slot.person]
    org = company.units[slot.unit][0] if slot.unit is not None else company.name
    role_text = _role_text(rng, slot.role)
    descriptors: tuple[str, ...] = ()
    if slot.unit is None and company.descriptor and rng.random() < 0.55:
        descriptors = (company.descriptor,)
    where = f"{org}, {descriptors[0]}," if descriptors else org
    as_role = role_text or "a staff member"
    start, start_bounds, start_words = _written(rng, slot.start)
    end = None
    end_bounds = None
    evidence = []
    if slot.start > day:
        status = "announced"
        evidence.append(
            (
                f"{person.name} will join {where} as {as_role} {start_words}.",
                "announced_appointment",
            )
        )
    elif slot.end is not None and slot.end <= day:
        status = "ended"
        end, end_bounds, end_words = _written(rng, slot.end)
        evidence.append(
            (f"{person.name} stepped down as {as_role} of {where} {end_words}.", "departure")
        )
        if rng.random() < 0.5:
            evidence.append((f"{person.name} had joined {org} {start_words}.", "joined"))
    else:
        status = "current"
        rule = "appointment" if slot.role else "employment"
        evidence.append((f"{person.name} was named {as_role} of {where} {start_words}.", rule))
        if rng.random() < 0.2:
            evidence.append(
                (f"{person.name} has been {as_role} at {org} ({start_words}).", "apposition_role")
            )
    aliases = (person.name, person.alias) if person.alias and rng.random() < 0.5 else ()
    confidence = round(rng.uniform(0.55, 0.99), 3)
    return Mention(index, role_text, descriptors, start, end, start_bounds, end_bounds, status,
                   confidence, evidence, aliases)  # fmt: skip


def _documents(
    rng: random.Random, companies: list[Company], people: list[Person], slots: list[Slot]
) -> list[Doc]:
    """Each tenure told once when it began (or just before: announced), 15% told again after
    it ended or later on; grouped by company and time into documents of 1-20 tenures."""
    told: list[tuple[int, int, int]] = []  # (company, day, slot)
    for index, slot in enumerate(slots):
        if rng.random() < 0.03:
            day = slot.start - rng.randint(7, 90)
        else:
            span = (slot.end or LAST_DAY) - slot.start
            day = slot.start + rng.randint(0, max(0, min(span - 1, 700)))
        told.append((slot.company, day, index))
        if rng.random() < 0.15:
            later = slot.end + rng.randint(0, 60) if slot.end else rng.randint(day, LAST_DAY)
            told.append((slot.company, min(later, LAST_DAY), index))
    told.sort()
    sizes = _cumulative([0.12, 0.12, 0.11, 0.1, 0.09, 0.08, 0.07, 0.06, 0.05, 0.04,
                         0.03, 0.03, 0.02, 0.02, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01])  # fmt: skip
    docs: list[Doc] = []
    i = 0
    while i < len(told):
        size = 1 + _pick(rng, sizes)
        group = told[i : i + size]
        i += size
        chosen: list[tuple[int, int, int]] = []
        in_doc: set[int] = set()
        names: dict[str, int] = {}
        for item in group:
            slot = slots[item[2]]
            name = people[slot.person].name
            if item[2] in in_doc or names.get(name, slot.person) != slot.person:
                continue  # one telling of a tenure per document
            in_doc.add(item[2])
            names[name] = slot.person
            chosen.append(item)
        date = max(day for _, day, _ in chosen)
        date = min(max(date, min(slots[s].start for _, _, s in chosen) - 1), LAST_DAY)
        doc = Doc(len(docs), date)
        for _, _, index in chosen:
            doc.mentions.append(_mention(rng, companies, people, slots, index, date))
        docs.append(doc)
    return docs


# ---------------------------------------------------------------- N-Quads, as kg.rdf writes


def _lit(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def _typed(value: str, kind: str) -> str:
    return f'"{value}"^^<{XSD}{kind}>'


def _bounds(mention: Mention) -> Bounds:
    return tenure_bounds(mention)  # type: ignore[arg-type]  # the fields it reads


def doc_text(world: World, doc: Doc) -> tuple[str, list[list[tuple[int, int]]]]:
    """The document's text (a title line, then the evidence sentences) and the offsets of
    each mention's evidence sentences."""
    first = world.slots[doc.mentions[0].slot]
    title = f"Leadership changes at {world.companies[first.company].name}"
    parts = [title]
    offsets: list[list[tuple[int, int]]] = []
    pos = len(title) + 2
    for mention in doc.mentions:
        mine = []
        for sentence, _ in mention.evidence:
            parts.append(sentence)
            mine.append((pos, pos + len(sentence)))
            pos += len(sentence) + 2
        offsets.append(mine)
    return "\n\n".join(parts), offsets


class Writer:
    """Quads of one document graph, as ``kg.rdf.document_graph`` makes them."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.run = str(RUN.iri)

    def org_nodes(self, mention: Mention) -> tuple[str, str, str | None, str | None]:
        slot = self.world.slots[mention.slot]
        company = self.world.companies[slot.company]
        if slot.unit is None:
            return company.iri, company.name, None, None
        name, iri = company.units[slot.unit]
        return iri, name, company.iri, company.name

    def document(self, doc: Doc) -> list[str]:
        world = self.world
        key = doc_key(doc.id)
        graph = f"<{ids.document_graph(key)}>"
        node = f"<{ids.document(key)}>"
        text, offsets = doc_text(world, doc)
        out: dict[str, None] = {}

        def add(s: str, p: str, o: str) -> None:
            out[f"{s} <{p}> {o} {graph} .\n"] = None

        add(node, RDF_TYPE, f"<{KG}Document>")
        add(node, KG + "path", _lit(key))
        add(node, KG + "contentHash", _lit(content_hash(text)))
        add(node, DCT + "date", _typed(_iso(doc.date), "date"))
        add(node, DCT + "title", _lit(text.split("\n", 1)[0].strip()[:300]))
        run = f"<{self.run}>"
        add(run, RDF_TYPE, f"<{KG}ExtractionRun>")
        add(run, KG + "toolVersion", _lit(RUN.tool_version))
        add(run, KG + "model", _lit(RUN.model))

        people: set[str] = set()
        orgs: dict[str, str] = {}
        order = sorted(range(len(doc.mentions)), key=lambda i: -doc.mentions[i].confidence)
        for i in order:
            mention = doc.mentions[i]
            slot = world.slots[mention.slot]
            person = world.people[slot.person]
            p = f"<{person.iri}>"
            if person.iri not in people:
                people.add(person.iri)
                add(p, RDF_TYPE, f"<{FOAF}Person>")
                add(p, FOAF + "name", _lit(person.name))
                add(p, KG + "nameKey", _lit(person.key))
                for alias in mention.aliases:
                    if alias != person.name:
                        add(p, SKOS + "altLabel", _lit(alias))
                add(p, PROV + "wasDerivedFrom", node)
            org, org_name, parent, parent_name = self.org_nodes(mention)
            o = f"<{org}>"
            self._describe(add, orgs, org, org_name, [org_name, *mention.descriptors], node)
            for descriptor in mention.descriptors:
                add(o, KG + "descriptor", _lit(descriptor))
            if parent is not None and parent_name is not None:
                self._describe(add, orgs, parent, parent_name, [parent_name], node)
                add(o, RDF_TYPE, f"<{ORG}OrganizationalUnit>")
                add(o, ORG + "unitOf", f"<{parent}>")
            role = role_by_label(slot.role) if slot.role else None
            membership = membership_iri(person.iri, role.iri if role else None, org)
            m = f"<{membership}>"
            add(m, RDF_TYPE, f"<{ORG}Membership>")
            add(m, ORG + "member", p)
            add(m, ORG + "organization", o)
            if role is not None:
                add(m, ORG + "role", f"<{role.iri}>")
            if mention.role_text:
                add(m, KG + "roleText", _lit(mention.role_text))
            add(m, KG + "status", _lit(mention.status))
            add(m, KG + "confidence", _typed(str(Decimal(str(mention.confidence))), "decimal"))
            add(m, PROV + "wasDerivedFrom", node)
            add(m, PROV + "wasGeneratedBy", run)
            interval = str(ids.mint("interval", membership.rsplit("/", 1)[-1], membership, key))
            iv = f"<{interval}>"
            add(m, ORG + "memberDuring", iv)
            add(iv, RDF_TYPE, f"<{TIME}Interval>")
            for prop, value, suffix in (
                ("hasBeginning", mention.start, "-beginning"),
                ("hasEnd", mention.end, "-end"),
            ):
                if value:
                    instant = f"<{interval}{suffix}>"
                    add(iv, TIME + prop, instant)
                    add(instant, RDF_TYPE, f"<{TIME}Instant>")
                    kind = {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")
                    prop_value = {4: "inXSDgYear", 7: "inXSDgYearMonth"}.get(
                        len(value), "inXSDDate"
                    )
                    add(instant, TIME + prop_value, _typed(value, kind))
            bounds = _bounds(mention)
            for name, day in (
                ("beginningEarliest", bounds.t1),
                ("beginningLatest", bounds.t2),
                ("endEarliest", bounds.t3),
                ("endLatest", bounds.t4),
            ):
                if day is not None:
                    add(iv, KG + name, _typed(day.isoformat(), "date"))
            for (sentence, rule), (start, end) in zip(mention.evidence, offsets[i], strict=True):
                ev = (
                    f"<{ids.mint('evidence', f'{start}-{end}', membership, key, str(start), rule)}>"
                )
                add(m, KG + "evidence", ev)
                add(ev, RDF_TYPE, f"<{KG}Evidence>")
                add(ev, KG + "sentence", _lit(sentence))
                add(ev, KG + "startOffset", _typed(str(start), "integer"))
                add(ev, KG + "endOffset", _typed(str(end), "integer"))
                add(ev, KG + "rule", _lit(rule))
                add(ev, PROV + "wasDerivedFrom", node)
        return list(out)

    def _describe(
        self, add, orgs: dict[str, str], iri: str, name: str, texts: list[str], node: str
    ) -> None:  # type: ignore[no-untyped-def]
        o = f"<{iri}>"
        if iri in orgs:
            if name != orgs[iri]:
                add(o, SKOS + "altLabel", _lit(name))
        else:
            orgs[iri] = name
            add(o, RDF_TYPE, f"<{ORG}Organization>")
            add(o, SKOS + "prefLabel", _lit(name))
            add(o, PROV + "wasDerivedFrom", node)
        for concept in _classify(tuple(texts)):
            add(o, ORG + "classification", f"<{concept}>")


@cache
def _classify(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(classify(list(texts)))


def membership_iri(person: str, role: str | None, org: str) -> str:
    label = " ".join(
        node.rsplit("/", 1)[-1].rsplit("-", 1)[0] for node in (person, role or "member", org)
    )
    return str(ids.mint("membership", label, person, role or "", org))


def consolidated(world: World) -> list[str]:
    """The consolidated graph: for each membership two documents or more describe, the
    intersection of their bounds (kg.consolidate), as ``kg ingest`` leaves it."""
    sources: dict[int, list[Source]] = {}
    for doc in world.docs:
        path = doc_key(doc.id)
        for mention in doc.mentions:
            sources.setdefault(mention.slot, []).append(Source(path, _bounds(mention)))
    graph = f"<{ids.CONSOLIDATED}>"
    out = []
    for index, found in sources.items():
        if len(found) < 2:
            continue
        slot = world.slots[index]
        company = world.companies[slot.company]
        org = company.iri if slot.unit is None else company.units[slot.unit][1]
        role = role_by_label(slot.role) if slot.role else None
        membership = membership_iri(world.people[slot.person].iri, role.iri if role else None, org)
        result = consolidate(found)
        interval = f"<{consolidated_interval(URIRef(membership))}>"
        out.append(f"<{membership}> <{ORG}memberDuring> {interval} {graph} .\n")
        out.append(f"{interval} <{RDF_TYPE}> <{TIME}Interval> {graph} .\n")
        out.append(f"{interval} <{KG}sourceCount> {_typed(str(len(found)), 'integer')} {graph} .\n")
        for name, day in (
            ("beginningEarliest", result.bounds.t1),
            ("beginningLatest", result.bounds.t2),
            ("endEarliest", result.bounds.t3),
            ("endLatest", result.bounds.t4),
        ):
            if day is not None:
                out.append(f"{interval} <{KG}{name}> {_typed(day.isoformat(), 'date')} {graph} .\n")
        for note in result.conflicts:
            out.append(f"<{membership}> <{KG}conflict> {_lit(note)} {graph} .\n")
    return out


# ---------------------------------------------------------------- as kg's models


def models(world: World, doc: Doc) -> tuple[Document, list[Tenure], dict[str, URIRef]]:
    """The document, its tenures and its people's IRIs, as extraction and resolution give
    them: ``kg.rdf.document_graph(*models(...)[:2], RUN, people)`` is the document's graph."""
    text, offsets = doc_text(world, doc)
    tenures = []
    people: dict[str, URIRef] = {}
    for mention, spans in zip(doc.mentions, offsets, strict=True):
        slot = world.slots[mention.slot]
        person = world.people[slot.person]
        company = world.companies[slot.company]
        org = company.units[slot.unit][0] if slot.unit is not None else company.name
        people[person.name] = URIRef(person.iri)
        tenures.append(
            Tenure(
                doc=doc.id,
                person=person.name,
                aliases=list(mention.aliases),
                role=slot.role,
                role_text=mention.role_text,
                org=org,
                parent_org=company.name if slot.unit is not None else None,
                org_descriptors=list(mention.descriptors),
                start=mention.start,
                end=mention.end,
                start_bounds=mention.start_bounds,
                end_bounds=mention.end_bounds,
                status=mention.status,  # type: ignore[arg-type]
                confidence=mention.confidence,
                evidence=[
                    Evidence(sentence=s, start=a, end=b, rule=r)
                    for (s, r), (a, b) in zip(mention.evidence, spans, strict=True)
                ],
            )
        )
    document = Document(id=doc.id, text=text, date=dt.date.fromordinal(doc.date))
    return document, tenures, people


def check(world: World, docs: list[Doc]) -> None:
    """The templated quads of each document equal kg.rdf.document_graph's triples."""
    from kg.rdf import document_graph

    writer = Writer(world)
    for doc in docs:
        document, tenures, people = models(world, doc)
        expected = document_graph(document, tenures, RUN, people)
        mine = Graph()
        mine.parse(data="".join(line.rsplit(" ", 2)[0] + " .\n" for line in writer.document(doc)),
                   format="nt")  # fmt: skip
        if set(mine) != set(expected):
            extra = set(mine) - set(expected)
            missing = set(expected) - set(mine)
            raise AssertionError(
                f"{doc.id}: extra {sorted(extra)[:3]}, missing {sorted(missing)[:3]}"
            )


# ---------------------------------------------------------------- output

_WORLD: World | None = None


def _chunk(bounds: tuple[int, int]) -> bytes:
    assert _WORLD is not None
    writer = Writer(_WORLD)
    lines = []
    for doc in _WORLD.docs[bounds[0] : bounds[1]]:
        lines.extend(writer.document(doc))
    return "".join(lines).encode("utf-8")


def write_nquads(world: World, out: Path, *, processes: int = 2) -> int:
    """Every document graph and the consolidated graph to ``out``; the number of quads."""
    global _WORLD
    _WORLD = world
    step = 2000
    chunks = [(i, min(i + step, len(world.docs))) for i in range(0, len(world.docs), step)]
    count = 0
    with out.open("wb") as handle:
        if processes > 1 and len(chunks) > 1:
            with multiprocessing.get_context("fork").Pool(processes) as pool:
                for data in pool.imap(_chunk, chunks):
                    handle.write(data)
                    count += data.count(b"\n")
        else:
            for bounds in chunks:
                data = _chunk(bounds)
                handle.write(data)
                count += data.count(b"\n")
        extra = "".join(consolidated(world)).encode("utf-8")
        handle.write(extra)
        count += extra.count(b"\n")
    return count


def summary(world: World) -> dict[str, object]:
    careers: dict[int, int] = {}
    for slot in world.slots:
        careers[slot.person] = careers.get(slot.person, 0) + 1
    per_company: dict[int, int] = {}
    for slot in world.slots:
        per_company[slot.company] = per_company.get(slot.company, 0) + 1
    sizes = sorted(per_company.values(), reverse=True)
    return {
        "tenures": len(world.slots),
        "tenure_mentions": sum(len(d.mentions) for d in world.docs),
        "documents": len(world.docs),
        "people": len(world.people),
        "companies": len(world.companies),
        "units": sum(len(c.units) for c in world.companies),
        "largest_companies": sizes[:5],
        "median_company_tenures": sizes[len(sizes) // 2],
        "mean_career": round(len(world.slots) / max(1, len(world.people)), 2),
        "max_career": max(careers.values()),
    }


def digest(world: World) -> str:
    """A short fingerprint of the world, to see that a seed gives the same one."""
    h = hashlib.sha1()
    h.update(f"{len(world.slots)},{len(world.docs)},{len(world.people)};".encode())
    for slot in world.slots[::97]:
        h.update(f"{slot.person},{slot.company},{slot.role},{slot.start},{slot.end};".encode())
    return h.hexdigest()[:12]


def sidecar(out: Path, world: World, quads: int) -> None:
    """``OUT.json`` beside the N-Quads: what made them (to reuse them for the same world)."""
    import json

    info = {"digest": digest(world), "quads": quads, "seed": world.seed, **summary(world)}
    out.with_suffix(out.suffix + ".json").write_text(json.dumps(info, indent=1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", default="10k", help="1k, 10k, 100k, 1M or a number")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--check", type=int, default=0, help="documents to check against kg.rdf")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    n = SIZES.get(args.size) or int(args.size)
    t0 = time.perf_counter()
    world = generate(n, args.seed)
    t1 = time.perf_counter()
    print(f"world: {summary(world)} in {t1 - t0:.1f} s", flush=True)
    if args.check:
        check(world, world.docs[: args.check])
        print(f"checked {args.check} documents against kg.rdf.document_graph", flush=True)
    quads = write_nquads(world, args.out, processes=args.processes)
    sidecar(args.out, world, quads)
    print(f"{quads} quads to {args.out} in {time.perf_counter() - t1:.1f} s", flush=True)


def iter_docs(world: World) -> Iterator[Doc]:
    yield from world.docs


if __name__ == "__main__":
    main()
