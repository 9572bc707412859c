"""`kg ask`: plain-English questions answered from a fixed family of templates.

No language model: each template is a regular expression (``kg/data/questions.json``) whose
named parts are matched to the graph: roles through the role scheme's labels and synonyms
(``ontology/roles.ttl``), industries through the industry scheme's labels and cue words,
people and organizations through their names and aliases. The answer is computed on the graph
projection (kg/paths.py), which is built from the store with SPARQL; every answer row carries
its evidence (document and sentence).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import networkx as nx
from rdflib import URIRef

from kg import paths
from kg.errors import QueryError
from kg.lexicon import canonical_role, resource_text
from kg.names import fold
from kg.sparql import internal
from kg.store import Store


@dataclass
class Answer:
    """What a question got: a short summary, rows, evidence and the SPARQL that ran."""

    question: str
    template: str
    summary: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    sparql: list[str] = field(default_factory=list)


@cache
def templates() -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads(resource_text("data", "questions.json"))["templates"]
    return data


def understood() -> str:
    """The question shapes `kg ask` understands, one a line."""
    return "\n".join(f"  {t['example']}" for t in templates())


def _evidence(t: paths.Tenure) -> list[dict[str, str]]:
    return [{"doc": e["doc"], "sentence": e["sentence"]} for e in t.evidence]


def _row(t: paths.Tenure, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "person": t.person_name,
        "role": t.title,
        "organization": t.org_name,
        "company": t.company_name,
        "start": t.start,
        "end": t.end,
        "status": t.status,
    }
    row.update(extra)
    row["evidence"] = _evidence(t)
    return row


# ---------------------------------------------------------------- matching names


def find_role(text: str) -> str:
    words = fold(text).strip()
    role = canonical_role(words) or canonical_role(re.sub(r"s\b", "", words))
    if role is None:
        raise QueryError(f"no role called {text!r} in the role scheme (ontology/roles.ttl)")
    return role.iri


@cache
def _industry_words() -> tuple[dict[str, str], dict[str, Counter[str]]]:
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from kg.industries import cues

    graph = Graph()
    graph.parse(data=resource_text("ontology", "industries.ttl"), format="turtle")
    labels: dict[str, str] = {}
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for node, label in graph.subject_objects(prop):
            labels[fold(str(label))] = str(node)
    by_word: dict[str, Counter[str]] = {}
    for cue, iri in cues():
        for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", cue):
            by_word.setdefault(word, Counter())[iri] += 1
    return labels, by_word


def find_industry(text: str) -> str:
    """An industry concept for "video", "e-commerce", "online retail", "banks"...: a label or
    synonym of the scheme, else a cue, else the industry whose cue words use the word most."""
    from kg.industries import classify

    labels, by_word = _industry_words()
    words = fold(text).strip()
    words = re.sub(r"\b(firms?|companies|company|groups?|businesses|sector|industry)\b", "", words)
    words = words.strip()
    if words in labels:
        return labels[words]
    found = classify([words])
    if found:
        return found[0]
    counts = by_word.get(words) or by_word.get(words.rstrip("s"))
    if counts:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    raise QueryError(
        f"no industry called {text!r} in the industry scheme (ontology/industries.ttl)"
    )


def _one(found: list[str], what: str, name: str) -> str:
    if not found:
        raise QueryError(f"no {what} called {name!r} in the graph")
    return found[0]


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",|\band\b|\bor\b|/", text) if p.strip()]


# ---------------------------------------------------------------- answering


def _template(question: str) -> tuple[str, dict[str, str]]:
    """The first template the question fits, and its named parts."""
    text = " ".join(question.strip().rstrip("?.!").split())
    for template in templates():
        match = re.fullmatch(template["pattern"], text, flags=re.IGNORECASE)
        if match:
            return template["name"], match.groupdict()
    raise QueryError(
        "kg ask does not understand this question. It understands questions like:\n" + understood()
    )


def ask(g: nx.MultiDiGraph, question: str) -> Answer:
    """Answer a question from the templates; QueryError when none fits or a name is unknown."""
    name, parts = _template(question)
    return _HANDLERS[name](g, question, name, parts)


def ask_store(store: Store, question: str) -> Answer:
    """Answer a question on the store without projecting all of it: the people and
    organizations it names are looked up in the store (kg/lookup.py), and only the
    memberships the question is about are projected (kg.projection.project_memberships),
    which the summary (kg/summary.py) names:

    - a role in industries: that role's memberships at those industries' organizations;
    - the holders of a role at a company: that role's memberships there and at its units;
    - a person's companies, or where they worked before one: the person's memberships;
    - a person's colleagues: every membership at the person's companies and their units;
    - the connection between two people: a search in the store (kg/pathsearch.py).

    The answer is the one the whole projection gives (kg/paths.py runs on the part
    projected). On a store without this version's summary, the whole store is projected
    (kg/projection.py). The answer lists the SPARQL queries that ran."""
    from kg import lookup, pathsearch
    from kg.projection import (
        MEMBERSHIP_QUERIES,
        project,
        project_memberships,
        project_neighbourhood,
        queries,
    )
    from kg.summary import has_summary

    name, parts = _template(question)
    if not has_summary(store):
        answer = _HANDLERS[name](project(store), question, name, parts)
        answer.sparql = queries()
        return answer
    projected = [internal(q) for q in MEMBERSHIP_QUERIES]
    if name == "connection":
        a = _one(lookup.find_person(store, parts["a"]), "person", parts["a"])
        b = _one(lookup.find_person(store, parts["b"]), "person", parts["b"])
        hops = pathsearch.connection_in_store(store, a, b)
        answer = _connection_answer(question, name, parts, hops)
        answer.sparql = pathsearch.queries()
        return answer
    if name == "role_in_industries":
        role = find_role(parts["role"])
        industries = [find_industry(p) for p in _split(parts["industries"])]
        rows = store.rows(
            internal("role_industry_memberships"),
            {"role": URIRef(role), "industry": [URIRef(i) for i in industries]},
        )
        g = project_memberships(store, {str(r["m"]) for r in rows})
        answer = _role_in_industries(g, question, name, parts)
        answer.sparql = [internal("role_industry_memberships"), *projected]
        return answer
    if name == "holders":
        role = find_role(parts["role"])
        found = lookup.find_org(store, parts["org"])
        org = lookup.company_of(store, _one(found, "organization", parts["org"]))
        g = project_memberships(store, lookup.holder_memberships(store, role, org))
        answer = _holders_of(g, question, name, parts, role, org)
    else:  # a person's companies, where they worked before one, their colleagues
        person = _one(lookup.find_person(store, parts["person"]), "person", parts["person"])
        if name == "colleagues":
            g = project_neighbourhood(store, [person])
            answer = _colleagues_of(g, question, name, person)
        else:
            g = project_memberships(store, lookup.person_memberships(store, [person]))
            if name == "companies":
                answer = _companies_of(g, question, name, person)
            else:
                found = lookup.find_org(store, parts["org"])
                org = lookup.company_of(store, _one(found, "organization", parts["org"]))
                answer = _before_of(g, question, name, parts, person, org)
    answer.sparql = [*lookup.queries(), *projected]
    return answer


def _role_in_industries(g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str]) -> Answer:
    role = find_role(parts["role"])
    industries = [find_industry(p) for p in _split(parts["industries"])]
    found = paths.role_in_industries(g, role, industries)
    people = sorted({t.person_name for t in found})
    rows = [
        _row(t, industries=", ".join(sorted(_short(i) for i in paths.industries_of(g, t.org))))
        for t in found
    ]
    summary = f"{', '.join(people) or 'No one'}"
    return Answer(q, name, summary, rows)


def _short(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _holders(g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str]) -> Answer:
    role = find_role(parts["role"])
    org = paths.company_of(g, _one(paths.find_org(g, parts["org"]), "organization", parts["org"]))
    return _holders_of(g, q, name, parts, role, org)


def _holders_of(
    g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str], role: str, org: str
) -> Answer:
    from kg.timex import first_day, last_day

    when = parts.get("when")
    if when:
        found = paths.holders_during(
            g, role, org, first_day(when).isoformat(), last_day(when).isoformat()
        )
        rows = [_row(t, certainty=c) for t, c in found]
    else:
        rows = [_row(t) for t in paths.holders(g, role, org)]
    summary = ", ".join(
        f"{r['person']}" + (f" ({r['certainty']})" if "certainty" in r else "") for r in rows
    )
    return Answer(q, name, summary or "No one", rows)


def _before(g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str]) -> Answer:
    person = _one(paths.find_person(g, parts["person"]), "person", parts["person"])
    org = paths.company_of(g, _one(paths.find_org(g, parts["org"]), "organization", parts["org"]))
    return _before_of(g, q, name, parts, person, org)


def _before_of(
    g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str], person: str, org: str
) -> Answer:
    career = paths.career(g, person)
    there = [t for t in career if t.company == org]
    if not there:
        return Answer(q, name, f"{parts['person']} has no tenure at {parts['org']}", [])
    began = min(t.sort_key()[0] for t in there)
    rows = [_row(t) for t in career if t.company != org and t.sort_key()[0] < began]
    return Answer(q, name, ", ".join(sorted({r["company"] for r in rows})) or "Nowhere known", rows)


def _colleagues(g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str]) -> Answer:
    person = _one(paths.find_person(g, parts["person"]), "person", parts["person"])
    return _colleagues_of(g, q, name, person)


def _colleagues_of(g: nx.MultiDiGraph, q: str, name: str, person: str) -> Answer:
    rows = []
    for c in paths.colleagues(g, person):
        row = _row(c.theirs, overlap=c.overlap)
        row["evidence"] = _evidence(c.mine) + _evidence(c.theirs)
        rows.append(row)
    return Answer(q, name, ", ".join(r["person"] for r in rows) or "No one", rows)


def _connection(g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str]) -> Answer:
    a = _one(paths.find_person(g, parts["a"]), "person", parts["a"])
    b = _one(paths.find_person(g, parts["b"]), "person", parts["b"])
    return _connection_answer(q, name, parts, paths.connection(g, a, b))


def _connection_answer(
    q: str, name: str, parts: dict[str, str], hops: list[paths.Hop] | None
) -> Answer:
    if hops is None:
        return Answer(q, name, f"No connection found between {parts['a']} and {parts['b']}", [])
    rows = [
        {
            "hop": i + 1,
            "from": h.a.person_name,
            "to": h.b.person_name,
            "through": h.a.company_name,
            "overlap": h.overlap,
            "explanation": h.explain(),
            "evidence": _evidence(h.a) + _evidence(h.b),
        }
        for i, h in enumerate(hops)
    ]
    through = " → ".join(
        [hops[0].a.person_name] + [f"{h.a.company_name} → {h.b.person_name}" for h in hops]
    )
    return Answer(q, name, through, rows)


def _companies(g: nx.MultiDiGraph, q: str, name: str, parts: dict[str, str]) -> Answer:
    person = _one(paths.find_person(g, parts["person"]), "person", parts["person"])
    return _companies_of(g, q, name, person)


def _companies_of(g: nx.MultiDiGraph, q: str, name: str, person: str) -> Answer:
    rows = [_row(t) for t in paths.career(g, person)]
    companies = list(dict.fromkeys(r["company"] for r in rows))
    return Answer(q, name, ", ".join(companies) or "None known", rows)


_HANDLERS = {
    "role_in_industries": _role_in_industries,
    "holders": _holders,
    "before": _before,
    "colleagues": _colleagues,
    "connection": _connection,
    "companies": _companies,
}
