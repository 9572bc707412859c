"""Query results as pandas DataFrames, and a career as a timeline chart: what notebooks use.

:func:`to_frame` takes whatever kg's query functions return and gives one DataFrame, so
notebook code stays one line a step:

- an rdflib ``Result`` from :meth:`kg.store.Store.query` (SELECT: one column per variable, in
  the query's order; ASK: one column ``ask``; CONSTRUCT/DESCRIBE: ``subject``, ``predicate``,
  ``object``);
- a list of dicts, as :meth:`kg.store.Store.rows` and :class:`kg.ask.Answer` rows are (or the
  Answer itself);
- a list of :class:`kg.paths.Tenure` (one row each, with the bounds T1..T4 as ISO days) or of
  other dataclasses such as :class:`kg.paths.Colleague` and :class:`kg.paths.Hop` (one
  column per field; a tenure inside one reads "person: role @ organization (span)").

RDF terms become Python values: IRIs and blank nodes their string, literals their value
(``xsd:integer`` → int, ``xsd:decimal`` → float, ``xsd:date`` → ``datetime.date``, strings
→ str); ``xsd:gYear``/``xsd:gYearMonth`` and ill-typed literals stay their text, so "2012"
never becomes 1 January 2012. Unbound values are None.

pandas and matplotlib are imported inside the functions (the ``notebook`` extra).

Examples
--------
>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import XSD
>>> frame = to_frame([
...     {"name": Literal("Tang Xing"), "org": URIRef("https://w3id.org/kg-exec/id/org/x-1")},
...     {"name": Literal("Jiang Fan"), "start": Literal("2012-03", datatype=XSD.gYearMonth)},
... ])
>>> frame.columns.tolist()
['name', 'org', 'start']
>>> frame.loc[1, "start"]
'2012-03'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kg import paths
from kg.errors import QueryError

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from kg.ask import Answer

__all__ = ["BOUNDS", "career_frame", "python_value", "tenure_row", "timeline_chart", "to_frame"]

BOUNDS = ("earliest_start", "latest_start", "earliest_end", "latest_end")
"""The columns of a tenure's bounds (TAC-KBP T1..T4), ISO days; None where open."""


def python_value(value: Any) -> Any:
    """An RDF term as a Python value (IRIs as strings); anything else unchanged."""
    if isinstance(value, Literal):
        converted = value.toPython()
        if isinstance(converted, Literal):  # gYear, gYearMonth, ill-typed: keep the text
            return str(converted)
        if isinstance(converted, Decimal):
            return float(converted)
        return converted
    if isinstance(value, URIRef | BNode):
        return str(value)
    return value


def tenure_row(t: paths.Tenure) -> dict[str, Any]:
    """One tenure as a flat row: who, what, where, when (as written and as bounds), evidence."""
    t1, t2, t3, t4 = t.earliest_start(), t.latest_start(), t.earliest_end(), t.latest_end()
    return {
        "person": t.person_name,
        "role": t.title,
        "role_text": t.role_text,
        "organization": t.org_name,
        "company": t.company_name,
        "start": t.start,
        "end": t.end,
        "status": t.status,
        "earliest_start": None if t1 == paths.OPEN_START else t1,
        "latest_start": t2,
        "earliest_end": None if t3 == paths.OPEN_END else t3,
        "latest_end": None if t4 == paths.OPEN_END else t4,
        "membership": t.membership,
        "evidence": t.evidence,
    }


def _tenure_text(t: paths.Tenure) -> str:
    return f"{t.person_name}: {t.title} @ {t.org_name} ({t.span})"


def _row(item: Any) -> dict[str, Any]:
    if isinstance(item, paths.Tenure):
        return tenure_row(item)
    if isinstance(item, Mapping):
        return {str(k): python_value(v) for k, v in item.items()}
    if hasattr(item, "asdict") and callable(item.asdict):  # an rdflib ResultRow
        return {str(k): python_value(v) for k, v in item.asdict().items()}
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        row = {}
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            row[f.name] = _tenure_text(value) if isinstance(value, paths.Tenure) else value
        return row
    raise TypeError(
        f"to_frame cannot make a row of a {type(item).__name__}: give it a query Result, "
        "dicts, Tenures or other dataclasses"
    )


def to_frame(data: Result | Answer | Iterable[Any]) -> pd.DataFrame:
    """Any query result as a DataFrame: see the module's docstring for what it takes."""
    import pandas as pd

    from kg.ask import Answer

    columns: list[str] = []
    if isinstance(data, Answer):
        data = data.rows
    elif isinstance(data, Result):
        if data.type == "ASK":
            return pd.DataFrame({"ask": [bool(data.askAnswer)]})
        if data.type in ("CONSTRUCT", "DESCRIBE"):
            triples = [[python_value(term) for term in triple] for triple in data.graph or []]
            return pd.DataFrame(triples, columns=["subject", "predicate", "object"], dtype=object)
        columns = [str(v) for v in data.vars or []]
    rows = [_row(item) for item in data]
    for row in rows:
        columns += [key for key in row if key not in columns]
    # column by column, so pandas picks each column's type (str, int, float, object)
    return pd.DataFrame({name: [row.get(name) for row in rows] for name in columns})


def career_frame(g: nx.MultiDiGraph, person: str) -> pd.DataFrame:
    """A person's tenures in time order (:func:`kg.paths.career`) with the four bounds as
    timestamps (NaT where open): what :func:`timeline_chart` draws.

    ``person`` is a node of the projection or a name (``find_person``; the first match).
    """
    import pandas as pd

    node = person if person in g else next(iter(paths.find_person(g, person)), None)
    if node is None:
        raise QueryError(f"no person called {person!r} in the graph")
    frame = to_frame(paths.career(g, node))
    if frame.empty:
        frame = pd.DataFrame(columns=list(tenure_row(_EMPTY)))
    for name in BOUNDS:
        frame[name] = pd.to_datetime(frame[name])
    return frame


_EMPTY = paths.Tenure("", "", "", "", "", "", "", None, None, None, None, (None,) * 4, "unknown")


def timeline_chart(
    frame: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None
) -> Figure:
    """A Gantt-style chart of tenures, one bar per row of ``frame`` (as :func:`career_frame`
    gives), labelled "role @ organization" and the dates as written.

    The solid bar runs from the latest start to the earliest end (the time the tenure surely
    covers); lighter bars before and after it are where it may have begun and ended (earliest
    to latest start, earliest to latest end). A bound that is unknown is drawn hatched to the
    chart's edge. When the bounds leave no time surely covered, there is no solid bar and the
    two light ranges overlap.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.patches import Patch

    bounds = [[_timestamp(row[name]) for name in BOUNDS] for _, row in frame.iterrows()]
    known = [d for row in bounds for d in row if d is not None]
    first = min(known, default=pd.Timestamp(dt.date.today()))
    last = max(known, default=first)
    pad = max(pd.Timedelta(days=180), (last - first) * 0.05)
    lo, hi = first - pad, last + pad

    if ax is None:
        fig, ax = plt.subplots(figsize=(11, 1.2 + 0.6 * max(len(bounds), 1)))
    else:
        fig = ax.get_figure()  # type: ignore[assignment]
    colour = "C0"

    def bar(y: int, start: pd.Timestamp, end: pd.Timestamp, **style: Any) -> None:
        left = mdates.date2num(start)
        ax.barh(y, max(mdates.date2num(end) - left, 1.0), left=left, height=0.5, **style)

    light = {"color": colour, "alpha": 0.3, "linewidth": 0}
    open_ = {"facecolor": "none", "edgecolor": colour, "alpha": 0.5, "hatch": "///"}
    for y, (t1, t2, t3, t4) in enumerate(bounds):
        a, d = t1 if t1 is not None else lo, t4 if t4 is not None else hi
        b = None if t2 is None else min(max(t2, a), d)
        c = None if t3 is None else min(max(t3, a), d)
        # where it began, where it ended (overlapping, and so darker, when both are wide)
        bar(y, a, b or c or d, **(light if t1 is not None else open_))
        bar(y, c or b or a, d, **(light if t4 is not None else open_))
        if b is not None and c is not None and b <= c:
            bar(y, b, c, color=colour)

    labels = []
    for _, row in frame.iterrows():
        now = "now" if _present(row.get("status")) == "current" else "?"
        labels.append(
            f"{_present(row.get('role')) or 'member'} @ {_present(row.get('organization'))}\n"
            f"{_present(row.get('start')) or '?'} .. {_present(row.get('end')) or now}"
        )
    ax.set_yticks(range(len(labels)), labels, fontsize=9)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    people = sorted({str(p) for p in frame.get("person", [])})
    ax.set_title(title if title is not None else f"Career of {', '.join(people) or '?'}")
    ax.legend(
        handles=[
            Patch(color=colour, label="surely held (latest start .. earliest end)"),
            Patch(color=colour, alpha=0.3, label="began or ended somewhere here"),
            Patch(facecolor="none", edgecolor=colour, hatch="///", label="bound unknown"),
        ],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=3,
        fontsize=8,
        frameon=False,
    )
    fig.tight_layout()
    return fig


def _present(value: Any) -> Any:
    """The value, or None for pandas' missing values (None, NaN, NaT, NA)."""
    import pandas as pd

    if value is None or (not isinstance(value, str | list | dict) and pd.isna(value)):
        return None
    return value


def _timestamp(value: Any) -> pd.Timestamp | None:
    import pandas as pd

    value = _present(value)
    return None if value is None else pd.Timestamp(value)
