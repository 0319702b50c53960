"""Month, weekday and time-zone names: one table (`data/dates/calendar.json`) and the regex
alternations built from it, for the dateline reader, the body finder and the date extractor.

It must stay a leaf: names and patterns only, no parsing, no spaCy.
"""

from __future__ import annotations

from .data import table

_CALENDAR = table("dates/calendar.json")

MONTHS: dict[str, int] = _CALENDAR["months"]  # "sept" -> 9
WEEKDAYS: dict[str, int] = _CALENDAR["weekdays"]  # "tues" -> 1 (Monday is 0)
ZONES: dict[str, str | None] = _CALENDAR["zones"]  # "edt" -> "-04"; "et" -> None
DAY_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)  # every month and weekday name


def alternation(names: dict[str, object]) -> str:
    """A regex alternation of `names`, longest first, so "september" wins over "sep"."""
    return "|".join(sorted(names, key=len, reverse=True))


MONTH_PATTERN = rf"(?:{alternation(MONTHS)})\.?"
WEEKDAY_PATTERN = rf"(?:{alternation(WEEKDAYS)})\.?"
ZONE_PATTERN = rf"(?:{alternation(ZONES)})"
