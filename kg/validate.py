"""SHACL validation (pyshacl) of document graphs against ``ontology/shapes.ttl``.

Each named graph is validated on its own, together with the role and industry schemes it
points into, as the shapes expect every graph to be self-contained.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph


@cache
def shapes() -> Graph:
    from kg.lexicon import resource_text

    graph = Graph()
    graph.parse(data=resource_text("ontology", "shapes.ttl"), format="turtle")
    return graph


@cache
def schemes() -> Graph:
    """The role and industry schemes, which the shapes' class constraints look into."""
    from kg.lexicon import resource_text

    graph = Graph()
    for name in ("roles.ttl", "industries.ttl"):
        graph.parse(data=resource_text("ontology", name), format="turtle")
    return graph


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    text: str


def validate(graph: Graph) -> Report:
    """Validate one graph (with the schemes merged in); 0 violations means it conforms."""
    import pyshacl
    from rdflib.namespace import SH

    data = Graph()
    for triple in graph:
        data.add(triple)
    for triple in schemes():
        data.add(triple)
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes(), inference="none")
    assert isinstance(results, Graph)
    violations = len(set(results.subjects(SH.resultSeverity, SH.Violation)))
    return Report(bool(conforms), violations, str(text))
