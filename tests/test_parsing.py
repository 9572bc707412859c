"""The full parse only where a tenure can be stated: which paragraphs, and that the joined
document and the tenures are those of a full parse."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from conftest import SEED

from kg.extract import extract_documents
from kg.model import Document
from kg.nlp import load_pipeline
from kg.parsing import parse_texts, pipe
from kg.settings import spacy_model
from kg.textnorm import normalize, paragraph_spans
from kg.triage import has_cue, parse_plan

STORY = (
    "Tesco opens new depot\n\n"
    "Tesco has opened a depot in Leeds, the supermarket group said on Monday.\n\n"
    "Rain delayed the work for weeks. Shares in Tesco rose 3% in London.\n\n"
    "The group's chief executive, Terry Leahy, joined the firm in 1979.\n\n"
    "He said the depot would employ 300 people by June.\n\n"
    "Analysts at Merrill Lynch expect sales to grow. The depot cost Tesco £40m."
)


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("An ex-chief financial officer at Boeing was jailed.", True),
        ("Boeing sacked Mr Sears in November.", True),
        ("Ms Lee, who set up the firm in 1998, spoke.", True),
        ("Mr Kerr will step down in May.", True),
        ("The market is run by two firms.", True),
        ("He set a record in Paris.", False),
        ("Shares fell 3% on Monday as oil rose.", False),
        ("The firm posted a profit of $40m.", False),
    ],
)
def test_cues(text: str, cued: bool) -> None:
    assert has_cue(text) is cued


def test_plan_parses_cued_paragraphs_the_next_one_and_the_opening() -> None:
    plan = parse_plan(STORY)
    assert plan[0][0] == 0 and plan[-1][1] == len(STORY)
    assert all(a[1] == b[0] for a, b in pairwise(plan))
    flags = [(STORY[s:e].strip().split("\n")[0][:20], full) for s, e, full in plan]
    assert flags == [
        ("Tesco opens new depo", True),  # headline and lead
        ("Rain delayed the wor", False),
        ("The group's chief ex", True),  # a title, and the paragraph after it
        ("Analysts at Merrill ", False),
    ]
    assert [STORY[s:e] for s, e in paragraph_spans(STORY)][2].endswith("London.\n\n")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(spacy_model())


def test_joined_doc_is_the_full_parse_where_parsed(nlp) -> None:
    text = normalize(STORY)
    full = parse_texts(nlp, [text], everywhere=True)[0]
    part = parse_texts(nlp, [text])[0]
    assert part.text == text
    assert [t.text for t in part] == [t.text for t in full]
    cued = STORY.index("The group's")
    for a, b in zip(full, part, strict=True):
        in_light = STORY.index("Rain") <= a.idx < cued or a.idx >= STORY.index("Analysts")
        if not in_light:
            assert (a.dep_, a.head.i, a.pos_) == (b.dep_, b.head.i, b.pos_), a.text
        else:
            assert b.dep_ in ("dep", "ROOT") and b.pos_ == ""
    # the entity recognizer ran on the paragraphs the parser skipped, and kg's repairs saw
    # the whole document
    light_ents = {(e.text, e.label_) for e in part.ents if e.start_char >= STORY.index("Analysts")}
    assert ("Merrill Lynch", "ORG") in light_ents
    assert ("Tesco", "ORG") in light_ents
    assert {(e.start, e.label_) for e in full.ents} == {(e.start, e.label_) for e in part.ents}
    light_sents = [s for s in part.sents if s.start_char >= STORY.index("Analysts")]
    assert [s.text for s in light_sents] == [
        "Analysts at Merrill Lynch expect sales to grow.",
        "The depot cost Tesco £40m.",
    ]


def test_full_parse_setting(nlp, monkeypatch) -> None:
    """KG_FULL_PARSE=1 tags and parses every word, as ``nlp.pipe`` alone would."""
    monkeypatch.setenv("KG_FULL_PARSE", "1")
    (doc, _), *_ = pipe(nlp, [(normalize(STORY), None)])
    assert all(t.pos_ for t in doc)
    monkeypatch.setenv("KG_FULL_PARSE", "0")
    (doc, _), *_ = pipe(nlp, [(normalize(STORY), None)])
    assert [t.text for t in doc if not t.pos_][:3] == ["Rain", "delayed", "the"]


def _tuples(documents: list[Document]) -> set[tuple[str, str, str | None, str]]:
    return {
        (d.id, t.person, t.role, t.org)
        for d, tenures in extract_documents(documents)
        for t in tenures
    }


def test_seed_gives_the_same_tenures_either_way(monkeypatch) -> None:
    seed = Document(id="seed", text=SEED.read_text(encoding="utf-8"), date=dt.date(2022, 9, 2))
    partial = _tuples([seed])
    monkeypatch.setenv("KG_FULL_PARSE", "1")
    assert partial == _tuples([seed])
    assert ("seed", "Tang Xing", "Chief Technology Officer", "iQIYI") in partial


@pytest.mark.slow
def test_corpus_tenures_as_with_the_full_parse(corpus, monkeypatch) -> None:
    """On BBC business articles, skipping the parser where no tenure can be stated keeps
    the tenures of the full parse (a few organization names may differ)."""
    files = sorted((corpus / "bbc-business").glob("*.txt"))[::8]
    documents = [Document(id=f.name, text=f.read_text(encoding="utf-8")) for f in files]
    partial = _tuples(documents)
    monkeypatch.setenv("KG_FULL_PARSE", "1")
    full = _tuples(documents)
    assert len(full) > 30
    assert len(partial & full) / len(partial | full) >= 0.97
