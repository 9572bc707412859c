"""Industries from descriptors: "a Chinese video streaming platform" → ind:video-streaming.

The cue words are ``kg:cue`` values of the SKOS scheme ``ontology/industries.ttl`` (one source
of truth). A cue matches as a whole-word sequence; where cues overlap ("online retail" inside a
text that also matches "retail"), the longest wins.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.lexicon import KG_NS, resource_text
from kg.names import fold

INDUSTRY_NS = "https://w3id.org/kg-exec/industry/"


@cache
def cues() -> tuple[tuple[str, str], ...]:
    """(cue, concept IRI) pairs, longest cue first."""
    from rdflib import Graph, URIRef

    graph = Graph()
    graph.parse(data=resource_text("ontology", "industries.ttl"), format="turtle")
    pairs = {
        (fold(str(cue)), str(concept))
        for concept, cue in graph.subject_objects(URIRef(KG_NS + "cue"))
    }
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


@cache
def _pattern(cue: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(cue) + r"(?![a-z0-9])")


def classify(texts: list[str]) -> list[str]:
    """Concept IRIs for the descriptor texts; each text span is claimed by its longest cue."""
    found: list[str] = []
    for text in texts:
        found += [concept for concept in _classify_text(text) if concept not in found]
    return found


@lru_cache(maxsize=1 << 14)  # every cue is tried on a text; descriptors repeat across documents
def _classify_text(text: str) -> tuple[str, ...]:
    """The concepts of one text, in the order their cues claim it."""
    found: list[str] = []
    folded = fold(text)
    taken = [False] * len(folded)
    for cue, concept in cues():
        for match in _pattern(cue).finditer(folded):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            if concept not in found:
                found.append(concept)
    return tuple(found)
