"""Documents in, tenures out: the NLP stage run over documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.model import Document, Tenure
from kg.nlp import load_pipeline
from kg.settings import spacy_model
from kg.tenures import build_tenures
from kg.textnorm import normalize


def extract_documents(
    documents: Iterable[Document], *, model: str | None = None, batch_size: int = 16
) -> Iterator[tuple[Document, list[Tenure]]]:
    """Each document with its tenures, streamed: documents are parsed in batches by spaCy."""
    nlp = load_pipeline(model or spacy_model())
    pairs = ((normalize(d.text), d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, build_tenures(doc, document.id, document.date, document.text)


def extract_text(text: str, *, doc_id: str = "text", model: str | None = None) -> list[Tenure]:
    """The tenures of one text (for tests, notebooks and the API)."""
    from kg.reading import infer_date

    document = Document(id=doc_id, text=text, date=infer_date(text))
    return next(extract_documents([document], model=model))[1]
