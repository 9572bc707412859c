"""Reading files: formats, sidecar dates, inferred dates and bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.errors import InputError
from kg.reading import infer_date, iter_paths, read_document
from kg.textnorm import normalize


def test_sidecar_date_wins(tmp_path) -> None:
    (tmp_path / "52.txt").write_text("Ann Lee joined Orwell Bank in May.")
    (tmp_path / "52.meta.json").write_text(json.dumps({"date": "1987-02-26", "title": "T"}))
    doc = read_document(tmp_path / "52.txt")
    assert doc.date == dt.date(1987, 2, 26) and doc.date_source == "sidecar" and doc.title == "T"


def test_date_inferred_from_latest_full_date(tmp_path) -> None:
    text = "On March 3, 2020 it began. By 5 June 2021 it was over. In 2023, who knows."
    assert infer_date(text) == dt.date(2021, 6, 5)
    (tmp_path / "a.txt").write_text("No date here at all.")
    assert read_document(tmp_path / "a.txt").date is None


def test_html_and_markdown_are_stripped(tmp_path) -> None:
    (tmp_path / "a.html").write_text(
        "<html><script>var x = 1;</script><p>Ann Lee &amp; Co</p></html>"
    )
    text = read_document(tmp_path / "a.html").text
    assert "var x" not in text and "Ann Lee & Co" in text
    (tmp_path / "b.md").write_text("# Title\n\n**Ann Lee** joined [Orwell](http://x).")
    assert read_document(tmp_path / "b.md").text == "Title\n\nAnn Lee joined Orwell."


def test_folders_are_read_recursively(tmp_path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "a.txt").write_text("a")
    (tmp_path / "x" / "b.md").write_text("b")
    (tmp_path / "x" / "c.pdf").write_bytes(b"%PDF")
    assert sorted(p.name for p in iter_paths([str(tmp_path)])) == ["a.txt", "b.md"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02PNG", "binary"), (b"caf\xe9 au lait", "UTF-8")],
)
def test_bad_input_names_file_and_problem(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_document(path)
    assert str(path) in str(info.value)


def test_bad_sidecar(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "a.meta.json").write_text('{"date": "2021-02-30"}')
    with pytest.raises(InputError, match="impossible date"):
        read_document(tmp_path / "a.txt")


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_paths(["/nonexistent/file.txt"]))


def test_normalization_keeps_offsets() -> None:
    raw = "Alibaba\u2018s CTO \u201cleft\u201d \u2014 in 2022"
    norm = normalize(raw)
    assert len(norm) == len(raw) and "Alibaba's" in norm and '"left"' in norm


def test_a_table_of_figures_is_english_and_other_languages_are_not(tmp_path) -> None:
    table = tmp_path / "results.txt"
    table.write_text(
        "BBC AG BROWN BOVERI 1986 YEAR\n\nParent Company net profit 12.8 mln Swiss francs vs 7.5 "
        "mln.\n" + "    Group sales 13.83 billion francs vs 13.88 billion.\n" * 8
    )
    assert read_document(table).text.startswith("BBC AG")
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le conseil d'administration de la société a nommé un nouveau directeur général, qui "
        "prendra ses fonctions le mois prochain. Il succède à son prédécesseur, qui part à la "
        "retraite après dix ans à la tête du groupe. Les analystes estiment que la nomination "
        "est une bonne nouvelle pour les actionnaires et pour les salariés de l'entreprise, "
        "dont les résultats sont en hausse depuis le début de l'année."
    )
    with pytest.raises(InputError, match="does not look like English"):
        read_document(french)


def test_a_capitalized_wrapped_line_after_a_spaced_headline_is_joined() -> None:
    raw = (
        "HARBOR SAVINGS ELECTS OFFICERS\n\nEastern Harbor Savings and Loan\n"
        "Association elected Jane Roe its chairman.\n"
    )
    norm = normalize(raw)
    assert "Savings and Loan Association elected" in norm
    assert norm.startswith("HARBOR SAVINGS ELECTS OFFICERS\n\n")


def test_a_list_of_title_lines_keeps_its_breaks() -> None:
    raw = "AWARDS\n\nThe winners:\n - Best Play - Hamlet at The Globe\n - Best Actor - Ann Lee\n"
    assert "\n - Best Actor" in normalize(raw)
