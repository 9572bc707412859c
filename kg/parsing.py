"""Parsing texts with the whole pipeline only where a tenure can be stated.

Each text is cut into runs of paragraphs (:func:`kg.triage.parse_plan`). Runs that need it go
through the whole pipeline; the others through the entity recognizer and kg's own components
only, with sentences cut by punctuation. The parts are joined back into one ``Doc`` whose text
is the input's, character for character. On BBC news this skips the tagger, parser and
lemmatizer for about a quarter of the words: `kg ingest` then costs about what the bare
pipeline does (``benchmarks/ingest_bench.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, TypeVar, cast

import numpy

from kg.settings import full_parse
from kg.triage import parse_plan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.types import Ints2d

# components that annotate words and syntax, which entities do not need; a shared encoder
# (tok2vec, transformer) is skipped too unless the entity recognizer listens to it
_SYNTAX = {"tagger", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"}
_ENCODERS = {"tok2vec", "transformer"}

T = TypeVar("T")


def _stages(nlp: Language) -> tuple[list[str], list[str], list[str]]:
    """The components a paragraph that needs it goes through, those a paragraph without a cue
    goes through, and those run on the joined document (kg's repairs after the entity
    recognizer, which compare the mentions of the whole document)."""
    names = nlp.pipe_names
    cut = names.index("ner") + 1 if "ner" in names else len(names)
    full, entities = names[:cut], ["sentencizer"]
    for name, proc in nlp.pipeline[:cut]:
        if name in _SYNTAX:
            continue
        if name in _ENCODERS and "ner" not in getattr(proc, "listening_components", ()):
            continue
        entities.append(name)
    return full, entities, names[cut:]


@cache
def _sentencizer() -> Callable[[Doc], Doc]:
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def _run(
    nlp: Language, names: list[str], texts: Iterable[str | Doc], batch_size: int
) -> Iterator[Doc]:
    """``texts`` through the components ``names``, in batches, as ``nlp.pipe`` runs them."""
    docs: Iterable[Doc] = (nlp.make_doc(t) if isinstance(t, str) else t for t in texts)
    for name in names:
        proc = _sentencizer() if name == "sentencizer" else nlp.get_pipe(name)
        pipe = getattr(proc, "pipe", None)
        docs = pipe(docs, batch_size=batch_size) if pipe else map(proc, docs)
    return iter(docs)


def _flat_parse(doc: Doc) -> Doc:
    """Give an unparsed part a flat tree per sentence (every word hangs from the sentence's
    first, labelled "dep"), so it joins parsed parts without losing its sentence breaks: a
    joined ``Doc`` takes its sentences from the trees, and no rule reads a subject or an
    object in it."""
    from spacy.attrs import DEP, HEAD

    dep, root = doc.vocab.strings.add("dep"), doc.vocab.strings.add("ROOT")
    array = numpy.zeros((len(doc), 2), dtype="int64")
    for sent in doc.sents:
        for token in sent:
            head = sent.start - token.i  # relative, as spaCy stores it
            array[token.i] = (head, root if head == 0 else dep)
    doc.from_array([HEAD, DEP], cast("Ints2d", array.astype("uint64")))
    return doc


def parse_texts(
    nlp: Language, texts: list[str], *, batch_size: int = 16, everywhere: bool = False
) -> list[Doc]:
    """One ``Doc`` per text, parsed in full where :func:`parse_plan` says so (``everywhere``:
    in full throughout, as ``nlp.pipe`` would)."""
    from spacy.tokens import Doc

    plans = [[(0, len(t), True)] if everywhere else parse_plan(t) for t in texts]
    full_names, entity_names, joined_names = _stages(nlp)
    cut = [(text[s:e], f) for text, plan in zip(texts, plans, strict=True) for s, e, f in plan]
    full = [part for part, f in cut if f]
    light = [part for part, f in cut if not f]
    full_docs = _run(nlp, full_names, full, batch_size)
    light_docs = _run(nlp, entity_names, light, batch_size)

    def joined() -> Iterator[Doc]:
        for plan in plans:
            parts = [next(full_docs) if f else next(light_docs) for _, _, f in plan]
            if len(parts) == 1:
                yield parts[0]
                continue
            parts = [p if f else _flat_parse(p) for p, (_, _, f) in zip(parts, plan, strict=True)]
            # the parts' tensors differ in width (the encoder ran on some only); no rule reads
            # them. spaCy's stub lacks ``exclude``, which Doc.from_docs has had since 3.0
            yield Doc.from_docs(
                parts,
                ensure_whitespace=False,
                exclude=["tensor"],  # type: ignore[call-arg]
            )

    return list(_run(nlp, joined_names, joined(), batch_size))


def pipe(
    nlp: Language,
    pairs: Iterable[tuple[str, T]],
    *,
    batch_size: int = 16,
    everywhere: bool | None = None,
) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe(pairs, as_tuples=True)``, streamed in batches, with each text parsed in full
    only where it may state a tenure; ``everywhere`` (default: ``KG_FULL_PARSE``) parses every
    paragraph in full."""
    if everywhere is None:
        everywhere = full_parse()
    stream = iter(pairs)
    while batch := list(islice(stream, batch_size)):
        texts = [text for text, _ in batch]
        docs = parse_texts(nlp, texts, batch_size=batch_size, everywhere=everywhere)
        yield from zip(docs, (context for _, context in batch), strict=True)
