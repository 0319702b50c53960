"""Place tables: named features, type-giving head words, US state abbreviations, country codes.

Read from `extractor/data/places/` once per process, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ...data import lines

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The rule by which the actors' analysis finds a place told by its distance from another
#: ("Loftus, about 15 miles east of Middlesbrough"), which shares that other place's country.
DISTANCE_FROM_PLACE = "distance-from-place"

@dataclass(frozen=True, slots=True)
class Feature:
    """A sea, river, mountain, area or facility of `data/places/features.tsv`."""

    name: str
    type: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None = None  # WGS84, for a feature that is one point on a map
    lon: float | None = None


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in lines(name)]


@cache
def features() -> dict[str, Feature]:
    """Feature name as written -> feature."""
    out = {}
    for row in _rows("places/features.tsv"):
        name, kind, country, lat, lon = (row + [""] * 5)[:5]
        point = (float(lat), float(lon)) if lat and lon else (None, None)
        out[name] = Feature(name, kind, country or None, *point)
    return out


@cache
def heads() -> dict[tuple[str, str], str]:
    """(word, "first" | "last") -> the place type a name with that word there has."""
    return {(word, where): kind for word, where, kind in _rows("places/heads.tsv")}


def head_type(words: list[str]) -> str | None:
    """The type the head words of a name give it ("X River": water), else None."""
    if len(words) < 2:
        return None
    table = heads()
    if words[-1].isdigit() and table.get((words[-2], "first")) == "facility":
        return "facility"  # "State Route 52": a road named by its number
    return table.get((words[-1], "last")) or table.get((words[0], "first"))


def type_after(token: Token | None) -> str | None:
    """The type the lowercase noun after a name gives it ("the Po river": water), else None."""
    if token is None or not token.is_lower:
        return None
    return heads().get((token.lower_, "after"))


@cache
def state_abbreviations() -> dict[str, str]:
    """ "Calif." -> "CA": US state abbreviations as news copy writes them."""
    return {abbreviation: code for abbreviation, code in _rows("places/us_state_abbreviations.tsv")}
