"""Time expressions to ISO 8601 partial dates and TAC-KBP style bounds.

``resolve("In March 2012", None)`` gives ``TimeValue("2012-03", "2012-03", "2012-03")``;
``resolve("around the end of 2021", None)`` gives value ``2021-12`` and bounds
``2021-10``..``2022-01``. Relative expressions ("in July", "last year", "two months ago")
resolve against the document date and give nothing when there is none. A day or month the text
does not give is never invented.

dateparser handles the relative forms; the fuzzy modifiers (around, early, mid, late, end of,
decades) and month-without-year need a small grammar of our own, since dateparser returns
nothing or today's date for them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

# "nearest": the month's nearest year either way ("effective April 1" in a March report)
Prefer = Literal["past", "future", "nearest"]

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_MONTH_RE = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_YEAR_RE = r"(?P<year>(?:1[89]|20)\d\d)"
_FILLER = re.compile(
    r"^(?:in|on|at|by|from|since|until|till|of|during|as of|effective|starting|the|"
    r"around|about|approximately|circa|some time in|sometime in)\s+",
    re.I,
)
_FUZZY = [
    # (pattern, lo month, hi month (may be 13 = January of next year), value month or None)
    (re.compile(r"^(?:around |about )?(?:the )?(?:very )?end of " + _YEAR_RE + "$"), 10, 13, 12),
    (
        re.compile(r"^(?:the )?(?:late|latter part of|second half of) " + _YEAR_RE + "$"),
        7,
        12,
        None,
    ),
    (
        re.compile(r"^(?:the )?(?:early|beginning of|start of|first half of) " + _YEAR_RE + "$"),
        1,
        6,
        None,
    ),
    (re.compile(r"^(?:the )?(?:mid|middle of)[- ]" + _YEAR_RE + "$"), 4, 9, None),
    (re.compile(r"^(?:the )?first quarter of " + _YEAR_RE + "$"), 1, 3, None),
    (re.compile(r"^(?:the )?second quarter of " + _YEAR_RE + "$"), 4, 6, None),
    (re.compile(r"^(?:the )?third quarter of " + _YEAR_RE + "$"), 7, 9, None),
    (re.compile(r"^(?:the )?fourth quarter of " + _YEAR_RE + "$"), 10, 12, None),
]
_DECADE = re.compile(r"^(?:the )?(?:early |mid |late |mid-)?(?P<decade>(?:1[89]|20)\d)0'?s$")
_YEAR_ONLY = re.compile(r"^" + _YEAR_RE + "$")
_MONTH_YEAR = re.compile(r"^" + _MONTH_RE + r",? " + _YEAR_RE + "$")
_DAY_MONTH_YEAR = re.compile(
    r"^(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)? "
    + _MONTH_RE
    + r",? "
    + _YEAR_RE
    + r"|"
    + _MONTH_RE.replace("month", "month2")
    + r" (?P<d2>\d{1,2})(?:st|nd|rd|th)?,? "
    + _YEAR_RE.replace("year", "year2")
    + r")$"
)
_MONTH_ONLY = re.compile(r"^(?:early |mid-|mid |late |the end of |end of )?" + _MONTH_RE + "$")
_MONTH_DAY = re.compile(
    r"^(?:"
    + _MONTH_RE
    + r" (?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)? "
    + _MONTH_RE.replace("month", "month2")
    + r")$"
)
_FISCAL = re.compile(r"fiscal|financial year|quarter|half|season|term")


@dataclass(frozen=True)
class TimeValue:
    """A resolved time: ``value`` at the precision the text gives, and its bounds ``lo``..``hi``."""

    value: str | None
    lo: str | None
    hi: str | None


def _ym(year: int, month: int) -> str:
    if month > 12:
        year, month = year + 1, month - 12
    return f"{year:04d}-{month:02d}"


_DAY_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_DAY_WORD = re.compile(
    _MONTH_RE.replace("(?P<month>", "(")
    + r" (twenty-|thirty-)?("
    + "|".join(_DAY_WORDS)
    + r"|thirty)\b"
)


def day_word_after(month: str, word: str) -> bool:
    """Whether ``word`` is a day written in words after the month ``month`` ("September One",
    "may six"), which the model leaves out of the date."""
    return bool(re.fullmatch(_MONTH_RE, month.lower())) and word.lower() in (*_DAY_WORDS, "thirty")


def _day_digits(m: re.Match[str]) -> str:
    """ "may one" -> "may 1", "march twenty-six" -> "march 26": a day written in words."""
    tens = {"twenty-": 20, "thirty-": 30}.get(m.group(2) or "", 0)
    unit = 30 if m.group(3) == "thirty" else _DAY_WORDS.index(m.group(3)) + 1
    month = m.group(0).split(" ")[0]
    return f"{month} {tens + unit}"


def _clean(text: str) -> str:
    text = text.strip().lower().replace("\n", " ")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"[.,;:]+$", "", text)
    text = _DAY_WORD.sub(_day_digits, text)
    previous = None
    while previous != text:
        previous = text
        text = _FILLER.sub("", text)
    return text


_DAYS_AHEAD = 62  # how far after the report a day with no year may lie and still be read as coming


def _year_for_month(month: int, base: dt.date, prefer: Prefer) -> int:
    if prefer == "nearest":
        return min(
            (base.year - 1, base.year, base.year + 1),
            key=lambda y: abs((y - base.year) * 12 + month - base.month),
        )
    if prefer == "future":
        return base.year if month >= base.month else base.year + 1
    return base.year if month <= base.month else base.year - 1


# "1965 to 1978", "between 1965 and 1978", "from March 1965 to June 1978"
_RANGE = re.compile(r"^(?:between (?P<a>.+?) and|(?P<a2>.+?) (?:to|until|till|through)) (?P<b>.+)$")


def resolve_range(text: str, base: dt.date | None) -> tuple[TimeValue, TimeValue] | None:
    """A span of time written as its two ends ("from 1965 to 1978"), each resolved; None when
    the text is not two dates. "1965 to 1978" gives 1965 and 1978."""
    m = _RANGE.match(_clean(text))
    if m is None:
        return None
    a, b = resolve(m.group("a") or m.group("a2"), base), resolve(m.group("b"), base)
    if a is None or b is None or a.value is None or b.value is None or a.value > b.value:
        return None
    return a, b


def _fuzzy(t: str) -> TimeValue | None:
    """ "the end of 2021", "early 1987", "the third quarter of 1986": a part of a year."""
    for pattern, lo, hi, value_month in _FUZZY:
        if m := pattern.match(t):
            y = int(m.group("year"))
            value = _ym(y, value_month) if value_month else str(y)
            return TimeValue(value, _ym(y, lo), _ym(y, hi))
    return None


def resolve(text: str, base: dt.date | None, prefer: Prefer = "past") -> TimeValue | None:
    """Resolve one time expression against the document date ``base`` (may be None)."""
    t = _clean(text)
    if not t:
        return None
    if m := _YEAR_ONLY.match(t):
        y = m.group("year")
        return TimeValue(y, y, y)
    if m := _MONTH_YEAR.match(t):
        v = _ym(int(m.group("year")), MONTHS[m.group("month")])
        return TimeValue(v, v, v)
    if m := _DAY_MONTH_YEAR.match(t):
        try:
            if m.group("d1"):
                d = dt.date(int(m.group("year")), MONTHS[m.group("month")], int(m.group("d1")))
            else:
                d = dt.date(int(m.group("year2")), MONTHS[m.group("month2")], int(m.group("d2")))
        except ValueError:
            return None
        return TimeValue(d.isoformat(), d.isoformat(), d.isoformat())
    if (fuzzy := _fuzzy(t)) is not None:
        return fuzzy
    if m := _DECADE.match(t):
        d0 = int(m.group("decade")) * 10
        return TimeValue(None, str(d0), str(d0 + 9))
    if _FISCAL.search(t):
        years = re.findall(r"(?:1[89]|20)\d\d", t)
        if years:
            return TimeValue(None, min(years), max(years))
        return None
    if base is None:
        return None
    if t in ("immediately", "effective immediately", "with immediate effect"):
        return TimeValue(base.isoformat(), base.isoformat(), base.isoformat())
    if m := _MONTH_ONLY.match(t):
        month = MONTHS[m.group("month")]
        v = _ym(_year_for_month(month, base, prefer), month)
        return TimeValue(v, v, v)
    if m := _MONTH_DAY.match(t):
        month = MONTHS[m.group("month") or m.group("month2")]
        day = int(m.group("d1") or m.group("d2"))
        try:
            d = dt.date(_year_for_month(month, base, prefer), month, day)
            if prefer == "past" and d < base:
                # "succeeding Berland on April six" in a March report: a day given without its
                # year is a recent or a coming one, not one eleven months back
                ahead = dt.date(base.year + (d.year == base.year), month, day)
                d = ahead if (ahead - base).days <= _DAYS_AHEAD else d
        except ValueError:
            return None
        return TimeValue(d.isoformat(), d.isoformat(), d.isoformat())
    return _relative(t, base, prefer)


_RELATIVE_WORDS = re.compile(
    r"\b(ago|last|next|this|previous|earlier|later|yesterday|today|tomorrow|week|month|year|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


# "by the end of the month", "early next month", "later this year": a part of the report's
# month or year, or of the one before or after it (dateparser reads none of these)
_PART_OF_PERIOD = re.compile(
    r"^(?:by |until |at |in |around |about )?(?:the )?"
    r"(?:(?:very )?(?:end|beginning|start|middle) of |(?:early|late|later|mid-?) ?)"
    r"(?:the |this |(?P<which>next|last|previous) )(?P<unit>month|year)$"
)


def _part_of_period(m: re.Match[str], base: dt.date) -> TimeValue:
    step = {"next": 1, "last": -1, "previous": -1}.get(m.group("which") or "", 0)
    if m.group("unit") == "year":
        # "at the end of the year" is read as "the end of 1987" is: its last months
        year = base.year + step
        part = re.sub(r"^(?:by |until |at |in |around |about )?(?:the )?", "", m.group(0))
        part = re.sub(r"(?:the |this |next |last |previous )year$", str(year), part)
        fuzzy = _fuzzy(part)
        if fuzzy is not None:
            return fuzzy
        v = str(year)
    else:
        v = _ym(base.year - (base.month + step < 1), (base.month + step - 1) % 12 + 1)
    return TimeValue(v, v, v)


def _relative(t: str, base: dt.date, prefer: Prefer) -> TimeValue | None:
    """Relative expressions ("last year", "two months ago", "on Tuesday") through dateparser."""
    if m := _PART_OF_PERIOD.match(t):
        return _part_of_period(m, base)
    if not _RELATIVE_WORDS.search(t) or re.search(r"\blater\b", t):
        return None  # "a month later" is relative to another event, not to the document
    t = re.sub(r"^(?:only |just |some |about )", "", t)
    t = re.sub(r"\b(earlier|later) (this|last|next)\b", r"\2", t)
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": {"future": "future", "nearest": "current_period"}.get(prefer, "past"),
        "RETURN_TIME_AS_PERIOD": True,
    }
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings=settings)
    try:
        data = parser.get_date_data(t)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        v = f"{d.year:04d}"
    elif period == "month":
        v = _ym(d.year, d.month)
    else:
        # a weekday or "last week": the day is implied, keep month precision at most
        v = _ym(d.year, d.month) if period == "week" else d.isoformat()
    return TimeValue(v, v, v)


def first_day(value: str) -> dt.date:
    """The first calendar day of a partial ISO date ("2012-03" → 2012-03-01)."""
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str) -> dt.date:
    """The last calendar day of a partial ISO date ("2012-02" → 2012-02-29)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)
