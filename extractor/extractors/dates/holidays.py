"""Named holidays ("Christmas", "Labor Day", "Easter"): their date in a year, from the table in
`data/dates/holidays.json`, and their reading against the reference date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ...data import table
from .arithmetic import pick, safe_date, way_name
from .timex import Timex
from .words import YEAR_PATTERN

_NOT_IN_NAME = re.compile(rf"\b(?:last|next|this|the|on|coming|past|of|in|{YEAR_PATTERN})\b")
_SPACES = re.compile(r"\s+")
OTHER_CALENDARS = {"lunar", "chinese", "vietnamese", "korean", "tibetan", "jewish", "islamic",
                   "hijri", "persian", "iranian", "orthodox", "coptic", "ethiopian", "julian",
                   "hindu", "tamil", "sinhala", "thai", "khmer", "bengali"}
"""Words that put a holiday's name in a calendar the table does not keep: "Lunar New Year"."""


def find_holiday(s: str) -> str | None:
    """The holiday `s` names once "last", "the", a year are taken out, if any."""
    words = _SPACES.sub(" ", _NOT_IN_NAME.sub(" ", s)).strip(" ,")
    return words if words in holidays() else None


@lru_cache(maxsize=1)
def holidays() -> dict[str, str]:
    return {k: v for k, v in table("dates/holidays.json").items() if not k.startswith("_")}


def holiday_date(rule: str, year: int) -> date | None:
    if rule == "election":
        nov1 = date(year, 11, 1)
        first_monday = nov1 + timedelta(days=(0 - nov1.weekday()) % 7)
        return first_monday + timedelta(days=1)
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:]))
    extra = 0
    if "+" in rule:
        rule, plus = rule.split("+")
        extra = int(plus)
    parts = rule.split("-", 2)
    month = int(parts[0])
    if len(parts) == 2:
        return safe_date(year, month, int(parts[1]))
    weekday, nth = int(parts[1]) - 1, int(parts[2])
    if nth > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        nxt = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        d = nxt - timedelta(days=(nxt.weekday() - weekday) % 7)
    return d + timedelta(days=extra)


def read_holiday(name: str, year: int | None, rel: str | None, ref: date,
             direction: str | None) -> Timex | None:
    rule = holidays()[name]
    if year is not None:
        d = holiday_date(rule, year)
        return None if d is None else Timex("date", d.isoformat(), "day", False, False,
                                             "holiday-year")
    candidates = [c for y in (ref.year - 1, ref.year, ref.year + 1)
                  if (c := holiday_date(rule, y)) is not None]
    way = "past" if rel in ("last", "past", "previous") else (
        "future" if rel in ("next", "coming", "upcoming") else direction)
    if rel in ("last", "past", "previous"):
        candidates = [c for c in candidates if c < ref] or candidates
    elif rel in ("next", "coming", "upcoming"):
        candidates = [c for c in candidates if c > ref] or candidates
    elif rel == "this":
        candidates = [c for c in candidates if c.year == ref.year]
        way = None
    d = pick(candidates, ref, way)
    return Timex("date", d.isoformat(), "day", True, False, f"holiday:{way_name(way)}")


def easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)

