"""Documents in, tenures out: the NLP stage run over documents.

Long documents are cut at paragraph breaks into chunks of at most ``CHUNK_CHARS`` characters
(never one spaCy Doc over the model's ``max_length``), parsed one by one, and their tenures
merged with offsets into the whole text, so memory stays bounded whatever the file's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.model import Document, Tenure
from kg.nlp import load_pipeline
from kg.parsing import pipe
from kg.settings import spacy_model
from kg.tenures import build_tenures
from kg.textnorm import normalize

CHUNK_CHARS = 100_000


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans of ``text`` of at most ``limit`` characters, cut at blank lines where
    possible, else at line breaks, else at spaces, else anywhere."""
    spans = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            if cut > limit // 2:
                break
        end = start + (cut + 1 if cut > 0 else limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def extract_documents(
    documents: Iterable[Document], *, model: str | None = None, batch_size: int = 16
) -> Iterator[tuple[Document, list[Tenure]]]:
    """Each document with its tenures, streamed: documents are parsed in batches by spaCy,
    each paragraph in full only when it may state a tenure (:mod:`kg.parsing`)."""
    nlp = load_pipeline(model or spacy_model())
    limit = min(CHUNK_CHARS, nlp.max_length)

    def parts() -> Iterator[tuple[str, tuple[Document, int, int, int]]]:
        for document in documents:
            spans = chunks(document.text, limit)
            for i, (start, end) in enumerate(spans):
                yield normalize(document.text[start:end]), (document, start, i, len(spans))

    pending: list[Tenure] = []
    for doc, (document, offset, index, count) in pipe(nlp, parts(), batch_size=batch_size):
        text = document.text[offset : offset + len(doc.text)]
        found = build_tenures(doc, document.id, document.date, text)
        if count == 1:
            yield document, found
            continue
        pending.extend(_shift(t, offset) for t in found)
        if index == count - 1:
            yield document, _merge(pending)
            pending = []


def _shift(tenure: Tenure, offset: int) -> Tenure:
    evidence = [
        e.model_copy(update={"start": e.start + offset, "end": e.end + offset})
        for e in tenure.evidence
    ]
    return tenure.model_copy(update={"evidence": evidence})


def _merge(tenures: list[Tenure]) -> list[Tenure]:
    """One record per (person, role, organization) across chunks, with all the evidence."""
    merged: dict[tuple[str, str | None, str], Tenure] = {}
    for t in tenures:
        key = (t.person, t.role, t.org)
        if key not in merged:
            merged[key] = t
            continue
        first = merged[key]
        update: dict[str, object] = {"evidence": first.evidence + t.evidence}
        for name in ("start", "end", "start_bounds", "end_bounds", "parent_org"):
            if getattr(first, name) is None and getattr(t, name) is not None:
                update[name] = getattr(t, name)
        update["aliases"] = sorted(set(first.aliases) | set(t.aliases))
        merged[key] = first.model_copy(update=update)
    return list(merged.values())


def extract_text(text: str, *, doc_id: str = "text", model: str | None = None) -> list[Tenure]:
    """The tenures of one text (for tests, notebooks and the API)."""
    from kg.reading import infer_date

    document = Document(id=doc_id, text=text, date=infer_date(text))
    return next(extract_documents([document], model=model))[1]
