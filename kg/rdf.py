"""Tenures of one document → the triples of its named graph (ontology/kg.ttl's model).

Knows no spaCy and no store: it takes the document, its tenures, the run that made them and
the IRIs entity resolution chose for its people, and returns an rdflib Graph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, SKOS, TIME, XSD

from kg import ids
from kg.industries import classify
from kg.lexicon import KG_NS, canonical_role, role_by_label
from kg.model import Document, Tenure
from kg.names import org_key, person_key
from kg.timex import first_day, last_day

KG = Namespace(KG_NS)


@dataclass(frozen=True)
class RunInfo:
    """What made the triples: recorded as a ``kg:ExtractionRun`` in every document graph."""

    tool_version: str
    model: str

    @property
    def iri(self) -> URIRef:
        return ids.mint("run", f"kg-{self.tool_version}", self.tool_version, self.model)


def doc_key(doc_id: str) -> str:
    """A document's identity: its path as given, normalized ("./a//b.txt" → "a/b.txt")."""
    return posixpath.normpath(doc_id.replace("\\", "/"))


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def company(tenure: Tenure) -> str:
    """The company a tenure is at: the parent of a unit, else the organization."""
    return tenure.parent_org or tenure.org


def org_iri(name: str, parent: str | None = None) -> URIRef:
    """An organization's IRI from its normalized name (a unit's also from its parent's)."""
    if parent:
        return ids.mint("org", org_key(name), "unit", org_key(parent), org_key(name))
    return ids.mint("org", org_key(name), org_key(name))


def person_iri(name: str, context: str | None = None) -> URIRef:
    """A person's IRI from the normalized name; ``context`` (a company key) sets apart
    a second person of the same name."""
    key = person_key(name)
    given, _, surname = key.partition("|")
    return ids.mint("person", f"{given} {surname}", key, *([context] if context else []))


def role_iri(tenure: Tenure) -> URIRef | None:
    role = role_by_label(tenure.role) if tenure.role else None
    if role is None and tenure.role_text:
        role = canonical_role(tenure.role_text)
    return URIRef(role.iri) if role else None


def membership_iri(person: URIRef, role: URIRef | None, org: URIRef) -> URIRef:
    """One person, one role (or none), one organization: the same node in every document."""
    label = " ".join(
        str(node).rsplit("/", 1)[-1].rsplit("-", 1)[0] for node in (person, role or "member", org)
    )
    return ids.mint("membership", label, str(person), str(role or ""), str(org))


def _instant(value: str) -> Literal:
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=kind)


def _day(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


@dataclass(frozen=True)
class Bounds:
    """T1..T4 as days (None: open)."""

    t1: dt.date | None = None
    t2: dt.date | None = None
    t3: dt.date | None = None
    t4: dt.date | None = None


def tenure_bounds(tenure: Tenure) -> Bounds:
    """The TAC-KBP bounds of a tenure, as days; an inconsistent pair is dropped, not stored."""

    def pair(
        b: tuple[str | None, str | None] | None, point: str | None
    ) -> tuple[dt.date | None, dt.date | None]:
        lo, hi = b if b else (point, point)
        out = (first_day(lo) if lo else None, last_day(hi) if hi else None)
        if out[0] and out[1] and out[0] > out[1]:
            return None, None
        return out

    t1, t2 = pair(tenure.start_bounds, tenure.start)
    t3, t4 = pair(tenure.end_bounds, tenure.end)
    if t1 and t4 and t1 > t4:
        t1 = t4 = None
    return Bounds(t1, t2, t3, t4)


def add_bounds(graph: Graph, interval: URIRef, bounds: Bounds) -> None:
    for prop, value in (
        (KG.beginningEarliest, bounds.t1),
        (KG.beginningLatest, bounds.t2),
        (KG.endEarliest, bounds.t3),
        (KG.endLatest, bounds.t4),
    ):
        if value is not None:
            graph.add((interval, prop, _day(value)))


def _title(document: Document) -> str | None:
    if document.title:
        return document.title
    for line in document.text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def new_graph() -> Graph:
    # rdflib's default binds some thirty prefixes to every new graph (a fifth of the cost of
    # a document's graph); ours and the core ones are all a document graph uses
    graph = Graph(bind_namespaces="core")
    for prefix, ns in (("kg", KG), ("org", ORG), ("time", TIME), ("prov", PROV), ("foaf", FOAF)):
        graph.bind(prefix, ns)
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)
    return graph


def document_graph(
    document: Document,
    tenures: list[Tenure],
    run: RunInfo,
    people: Mapping[str, URIRef] | None = None,
) -> Graph:
    """The named graph's content for one document: provenance, people, organizations and tenures.

    ``people`` maps each tenure's person name to the IRI entity resolution chose; a name not
    in it gets the plain IRI of its normalized name.
    """
    graph = new_graph()
    key = doc_key(document.id)
    doc_node = ids.document(key)
    graph.add((doc_node, RDF.type, KG.Document))
    graph.add((doc_node, KG.path, Literal(key)))
    graph.add((doc_node, KG.contentHash, Literal(content_hash(document.text))))
    if document.date:
        graph.add((doc_node, DCTERMS.date, _day(document.date)))
    title = _title(document)
    if title:
        graph.add((doc_node, DCTERMS.title, Literal(title)))
    run_node = run.iri
    graph.add((run_node, RDF.type, KG.ExtractionRun))
    graph.add((run_node, KG.toolVersion, Literal(run.tool_version)))
    graph.add((run_node, KG.model, Literal(run.model)))

    labels: dict[URIRef, str] = {}
    seen: dict[URIRef, Tenure] = {}
    for tenure in sorted(tenures, key=lambda t: -t.confidence):
        person = (people or {}).get(tenure.person) or person_iri(tenure.person)
        _add_person(graph, person, tenure, doc_node)
        org = _add_org(graph, tenure, doc_node, labels)
        role = role_iri(tenure)
        membership = membership_iri(person, role, org)
        if membership in seen:  # two spellings of one organization: one membership, all evidence
            _add_evidence(graph, membership, tenure, doc_node, key)
            continue
        seen[membership] = tenure
        graph.add((membership, RDF.type, ORG.Membership))
        graph.add((membership, ORG.member, person))
        graph.add((membership, ORG.organization, org))
        if role is not None:
            graph.add((membership, ORG.role, role))
        if tenure.role_text:
            graph.add((membership, KG.roleText, Literal(tenure.role_text)))
        graph.add((membership, KG.status, Literal(tenure.status)))
        confidence = Decimal(str(round(tenure.confidence, 3)))
        graph.add((membership, KG.confidence, Literal(confidence, datatype=XSD.decimal)))
        graph.add((membership, PROV.wasDerivedFrom, doc_node))
        graph.add((membership, PROV.wasGeneratedBy, run_node))
        interval = interval_iri(membership, key)
        graph.add((membership, ORG.memberDuring, interval))
        graph.add((interval, RDF.type, TIME.Interval))
        for prop, value, suffix in (
            (TIME.hasBeginning, tenure.start, "-beginning"),
            (TIME.hasEnd, tenure.end, "-end"),
        ):
            if value:
                instant = URIRef(str(interval) + suffix)
                graph.add((interval, prop, instant))
                graph.add((instant, RDF.type, TIME.Instant))
                kind = {4: TIME.inXSDgYear, 7: TIME.inXSDgYearMonth}.get(len(value), TIME.inXSDDate)
                graph.add((instant, kind, _instant(value)))
        add_bounds(graph, interval, tenure_bounds(tenure))
        _add_evidence(graph, membership, tenure, doc_node, key)
    return graph


def interval_iri(membership: URIRef, key: str) -> URIRef:
    """One interval per membership and document: each source's time claims stay its own."""
    return ids.mint("interval", str(membership).rsplit("/", 1)[-1], str(membership), key)


def _add_person(graph: Graph, person: URIRef, tenure: Tenure, doc_node: URIRef) -> None:
    if (person, RDF.type, FOAF.Person) in graph:
        return
    graph.add((person, RDF.type, FOAF.Person))
    graph.add((person, FOAF.name, Literal(tenure.person)))
    graph.add((person, KG.nameKey, Literal(person_key(tenure.person))))
    for alias in tenure.aliases:
        if alias != tenure.person:
            graph.add((person, SKOS.altLabel, Literal(alias)))
    graph.add((person, PROV.wasDerivedFrom, doc_node))


def _describe_org(
    graph: Graph,
    node: URIRef,
    name: str,
    texts: list[str],
    doc_node: URIRef,
    labels: dict[URIRef, str],
) -> None:
    if node in labels:
        if name != labels[node]:
            graph.add((node, SKOS.altLabel, Literal(name)))
    else:
        labels[node] = name
        graph.add((node, RDF.type, ORG.Organization))
        graph.add((node, SKOS.prefLabel, Literal(name)))
        graph.add((node, PROV.wasDerivedFrom, doc_node))
    for concept in classify(texts):
        graph.add((node, ORG.classification, URIRef(concept)))


def _add_org(graph: Graph, tenure: Tenure, doc_node: URIRef, labels: dict[URIRef, str]) -> URIRef:
    node = org_iri(tenure.org, tenure.parent_org)
    texts = [tenure.org, *tenure.org_descriptors]
    _describe_org(graph, node, tenure.org, texts, doc_node, labels)
    for descriptor in tenure.org_descriptors:
        graph.add((node, KG.descriptor, Literal(descriptor)))
    if tenure.parent_org:
        parent = org_iri(tenure.parent_org)
        _describe_org(graph, parent, tenure.parent_org, [tenure.parent_org], doc_node, labels)
        graph.add((node, RDF.type, ORG.OrganizationalUnit))
        graph.add((node, ORG.unitOf, parent))
    return node


def _add_evidence(
    graph: Graph, membership: URIRef, tenure: Tenure, doc_node: URIRef, key: str
) -> None:
    for ev in tenure.evidence:
        node = ids.mint(
            "evidence", f"{ev.start}-{ev.end}", str(membership), key, str(ev.start), ev.rule
        )
        graph.add((membership, KG.evidence, node))
        graph.add((node, RDF.type, KG.Evidence))
        graph.add((node, KG.sentence, Literal(ev.sentence)))
        graph.add((node, KG.startOffset, Literal(ev.start)))
        graph.add((node, KG.endOffset, Literal(ev.end)))
        graph.add((node, KG.rule, Literal(ev.rule)))
        graph.add((node, PROV.wasDerivedFrom, doc_node))
