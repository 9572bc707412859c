"""The date normalizer: absolute, fuzzy and relative expressions, and no date at all."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.timex import TimeValue, first_day, last_day, resolve

SEPT = dt.date(2022, 9, 2)


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("In March 2012", None, TimeValue("2012-03", "2012-03", "2012-03")),
        ("in 1998", None, TimeValue("1998", "1998", "1998")),
        ("4 August 2022", None, TimeValue("2022-08-04", "2022-08-04", "2022-08-04")),
        ("August 4, 2022", None, TimeValue("2022-08-04", "2022-08-04", "2022-08-04")),
        # fuzzy: bounds wider than the value
        ("around the end of 2021", None, TimeValue("2021-12", "2021-10", "2022-01")),
        ("early 2004", None, TimeValue("2004", "2004-01", "2004-06")),
        ("the 1990s", None, TimeValue(None, "1990", "1999")),
        # relative to the document date
        ("in July", SEPT, TimeValue("2022-07", "2022-07", "2022-07")),
        ("in November", SEPT, TimeValue("2021-11", "2021-11", "2021-11")),
        ("last year", SEPT, TimeValue("2021", "2021", "2021")),
        ("two months ago", SEPT, TimeValue("2022-07", "2022-07", "2022-07")),
        # a day written in words, as news wires do
        ("on June one", SEPT, TimeValue("2022-06-01", "2022-06-01", "2022-06-01")),
        ("August twenty-six, 2021", None, TimeValue("2021-08-26", "2021-08-26", "2021-08-26")),
    ],
)
def test_resolve(text: str, base: dt.date | None, expected: TimeValue) -> None:
    assert resolve(text, base) == expected


def test_future_month_prefers_the_coming_one() -> None:
    assert resolve("in April", SEPT, "future") == TimeValue("2023-04", "2023-04", "2023-04")


@pytest.mark.parametrize("text", ["in July", "last year", "next month", "on Tuesday"])
def test_relative_without_document_date_gives_nothing(text: str) -> None:
    assert resolve(text, None) is None


@pytest.mark.parametrize("text", ["", "the company", "a month later", "recently"])
def test_no_date(text: str) -> None:
    assert resolve(text, SEPT) is None


def test_never_invents_a_day() -> None:
    value = resolve("March 2012", SEPT)
    assert value is not None and value.value == "2012-03"


def test_period_edges() -> None:
    assert first_day("2012-03") == dt.date(2012, 3, 1)
    assert last_day("2012-02") == dt.date(2012, 2, 29)
    assert last_day("2021") == dt.date(2021, 12, 31)


@pytest.mark.parametrize(
    ("text", "base", "value"),
    [
        ("April 1", dt.date(1987, 3, 26), "1987-04-01"),  # a week after the report
        ("January 1", dt.date(1987, 3, 26), "1987-01-01"),  # back-dated
        ("January 5", dt.date(1987, 11, 20), "1988-01-05"),  # over the new year
    ],
)
def test_nearest_month_either_way(text: str, base: dt.date, value: str) -> None:
    got = resolve(text, base, "nearest")
    assert got is not None and got.value == value


@pytest.mark.parametrize(
    ("text", "base", "value"),
    [
        ("April six", dt.date(1987, 3, 10), "1987-04-06"),  # "succeeding Berland on April six"
        ("January 5", dt.date(1987, 12, 20), "1988-01-05"),  # over the new year
        ("March 2", dt.date(1987, 3, 10), "1987-03-02"),  # days before the report
        ("June 1", dt.date(1987, 3, 10), "1986-06-01"),  # too far ahead: the one before
    ],
)
def test_a_day_without_its_year_in_a_past_tense_is_recent_or_coming(
    text: str, base: dt.date, value: str
) -> None:
    got = resolve(text, base, "past")
    assert got is not None and got.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("by the end of the month", "1987-04"),  # "will retire by the end of the month"
        ("early next month", "1987-05"),
        ("the end of last month", "1987-03"),
        ("later this year", "1987"),
        ("late last year", "1986"),
    ],
)
def test_a_part_of_the_reports_month_or_year(text: str, value: str) -> None:
    got = resolve(text, dt.date(1987, 4, 21), "future")
    assert got is not None and got.value == value


def test_a_part_of_a_period_needs_the_reports_date() -> None:
    assert resolve("by the end of the month", None) is None
