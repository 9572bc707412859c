"""Stable IRIs: a readable slug plus a short hash of the normalized key (DESIGN.md).

The same key gives the same IRI on every run and machine; nothing here depends on order,
time or randomness.
"""

from __future__ import annotations

import hashlib

from rdflib import Namespace, URIRef

from kg.names import slug

ID = Namespace("https://w3id.org/kg-exec/id/")
CONSOLIDATED = URIRef(ID["graph/consolidated"])
ROLE_SCHEME_GRAPH = URIRef(ID["graph/roles"])
INDUSTRY_SCHEME_GRAPH = URIRef(ID["graph/industries"])


def digest(*parts: str, size: int = 8) -> str:
    """A short hex digest of the parts (joined with a separator no name contains)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def mint(kind: str, label: str, *key: str) -> URIRef:
    """``https://w3id.org/kg-exec/id/KIND/slug-hash``."""
    return URIRef(ID[f"{kind}/{slug(label)}-{digest(kind, *key)}"])


def document_graph(doc_key: str) -> URIRef:
    """The named graph of one source document, keyed by its normalized path."""
    return mint("graph", doc_key.rsplit("/", 1)[-1], doc_key)


def document(doc_key: str) -> URIRef:
    return mint("doc", doc_key.rsplit("/", 1)[-1], doc_key)
