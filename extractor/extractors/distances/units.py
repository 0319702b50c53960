"""Length units of the distance extractor: spellings are data, conversions come from pint.

One `pint.UnitRegistry` (exact `Decimal` arithmetic) is created per process, when the first
distance is read (building it takes half a second, so a run with no distance never pays it).
`units()` maps every spelling in `data/distances/units.txt` (lower case) to its normalized pint
symbol and its size in metres, so "1,490 miles" is 1490 * 1609.344 m exactly.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from ...data import lines

if TYPE_CHECKING:
    import pint

NAUTICAL = "nautical mile"
"""Key of the two-token unit "nautical mile(s)" in `units()`."""
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
def registry() -> pint.UnitRegistry:
    import pint

    return pint.UnitRegistry(non_int_type=Decimal)


@cache
def _unit(name: str) -> Unit:
    reg = registry()
    parsed = reg.parse_units(name)
    if str(parsed) == "micron":  # pint's "micron" prints as "µ"; it is the micrometre
        parsed = reg.parse_units("micrometer")
    quantity = reg.Quantity(Decimal(1), parsed)
    if quantity.dimensionality != reg.meter.dimensionality:
        raise ValueError(f"{name!r} is not a length unit")
    return Unit(symbol=f"{parsed:~}", meters=Decimal(quantity.to(reg.meter).magnitude))


class _Units(Mapping[str, Unit]):
    """Spelling -> unit: the spellings are known at once, each unit is read from pint when it
    is first looked up."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names

    def __getitem__(self, spelling: str) -> Unit:
        return _unit(self._names[spelling])

    def __contains__(self, spelling: object) -> bool:
        return spelling in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


@cache
def units() -> Mapping[str, Unit]:
    """Spelling (lower case) -> unit, for every line of `distances/units.txt`."""
    names: dict[str, str] = {}
    for line in lines("distances/units.txt"):
        spelling, _, name = (part.strip() for part in line.partition("="))
        names[spelling] = name or spelling
    names[NAUTICAL] = "nautical_mile"
    return _Units(names)


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
