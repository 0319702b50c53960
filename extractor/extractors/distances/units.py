"""Length units of the distance extractor: spellings are data, conversions come from pint.

`units()` maps every spelling in `data/distances/units.txt` (lower case) to its normalized pint
symbol and its size in metres, so "1,490 miles" is 1490 * 1609.344 m exactly. The sizes are
pint's (exact `Decimal` arithmetic), kept in `data/distances/sizes.tsv` and checked against a
pint registry by the tests: a run reads the file instead of importing pint and building its
registry, which cost every process 0.3-0.5 s of CPU (as much as parsing 10 KB of text).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ...data import lines

NAUTICAL = "nautical mile"
"""Key of the two-token unit "nautical mile(s)" in `units()`."""
MILE_KINDS = ("nautical", "statute")
"""Words before "mile(s)" that are part of the unit: "12 nautical miles", "10 statute miles"."""
MAX_ATTACHED_CHARS = 3
"""Spellings this short may be written attached to the number ("15km", "6ft", "3mi")."""
SIGNIFICANT_DIGITS = 12
"""Metres that are not whole are given to this many significant digits (1,490 mi ->
2397922.56): beyond float noise, well within any source's precision."""


@dataclass(frozen=True, slots=True)
class Unit:
    symbol: str
    meters: Decimal


@cache
def sizes() -> dict[str, Unit]:
    """pint unit name -> its symbol and size, from `distances/sizes.tsv` (pint's own figures,
    checked against pint by the tests)."""
    table = {}
    for line in lines("distances/sizes.tsv"):
        name, symbol, meters = line.split("\t")
        table[name] = Unit(symbol=symbol, meters=Decimal(meters))
    return table


@cache
def units() -> dict[str, Unit]:
    """Spelling (lower case) -> unit, for every line of `distances/units.txt`."""
    return {spelling: sizes()[name] for spelling, name in unit_names().items()}


@cache
def unit_names() -> dict[str, str]:
    """Spelling (lower case) -> the pint unit it stands for, from `distances/units.txt`."""
    names: dict[str, str] = {}
    for line in lines("distances/units.txt"):
        spelling, _, name = (part.strip() for part in line.partition("="))
        names[spelling] = name or spelling
    names[NAUTICAL] = "nautical_mile"
    return names


@cache
def abbreviations() -> tuple[str, ...]:
    """Short spellings that may be written attached to the number ("15km", "6ft"), longest first."""
    short = [s for s in units() if len(s) <= MAX_ATTACHED_CHARS and " " not in s]
    return tuple(sorted(short, key=len, reverse=True))


def as_number(value: Decimal) -> int | float:
    """A JSON number: int when whole, else a float rounded to 12 significant digits."""
    rounded = Decimal(f"{value:.{SIGNIFICANT_DIGITS}g}")
    if rounded == rounded.to_integral_value():
        return int(rounded)
    return float(rounded)
