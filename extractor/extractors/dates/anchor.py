"""Anchoring: a bare time takes its day from a date in the same clause, an anaphoric
expression ("the next day", "that year", "two weeks later") counts from the date the text gave
before it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from .arithmetic import iso_week, shift_month
from .timex import Timex

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_OR_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:T.*)?")
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")
_MONTH = re.compile(r"\d{4}-\d\d(?:-|$)")

Reading = tuple[Span, Timex]


@dataclass(slots=True)
class _Earlier:
    """The dates the text gave so far that anaphoric expressions count from, and whether each
    depended on the reference date."""

    day: str | None = None  # the last value of a day ("2025-01-06", from a date or a time)
    day_relative: bool = True
    value: str | None = None  # the last value that starts with a year
    value_relative: bool = True

    def update(self, timex: Timex) -> None:
        if timex.value and _DAY_OR_TIME.fullmatch(timex.value):
            self.day = timex.value[:10]
            self.day_relative = timex.relative
        if timex.value and _YEAR_OR_MONTH.match(timex.value):
            self.value = timex.value
            self.value_relative = timex.relative


def anchored(found: list[Reading], ref: date | None) -> Iterator[Reading]:
    """Each reading of `found` (in text order) with its value made final."""
    earlier = _Earlier()
    for span, timex in found:
        timex = _anchor(timex, span, found, ref, earlier)
        earlier.update(timex)
        yield span, timex


def _anchor(timex: Timex, span: Span, found: list[Reading], ref: date | None,
            earlier: _Earlier) -> Timex:
    """Give a bare time its day, and an anaphoric day ("the next day") its value."""
    if timex.anchor == "day":
        day, relative = _sentence_day(span, found)
        rule = timex.rule + (":sentence-day" if day else ":reference-day")
        if day is None:
            day, relative = (ref.isoformat() if ref else None), True
        value = day + timex.value if day and timex.value else None
        return Timex(timex.type, value, timex.granularity, relative, timex.approximate, rule)
    if timex.anchor in ("previous-year", "previous-month"):
        size = 4 if timex.anchor == "previous-year" else 7
        previous = earlier.value
        value = previous[:size] if previous and len(previous) >= size else None
        return Timex(timex.type, value, timex.granularity, True, timex.approximate, timex.rule)
    if timex.anchor and timex.anchor.startswith("shift-"):
        return _shift(timex, timex.anchor[6:], earlier)
    if timex.anchor == "previous":
        base = earlier.day or (ref.isoformat() if ref else None)
        value = None
        if base:
            day = date.fromordinal(date.fromisoformat(base).toordinal() + timex.offset)
            value = day.isoformat() + (timex.value or "")
        return Timex(timex.type, value, timex.granularity, True, timex.approximate, timex.rule)
    return timex


def _shift(timex: Timex, unit: str, earlier: _Earlier) -> Timex:
    """"the following week", "two years later": `offset` units from the date the text gave
    before, at that unit's granularity; without one, the reading `timex` already holds."""
    k = timex.offset
    value = None
    relative = earlier.value_relative
    previous = earlier.value
    if unit == "week" and earlier.day:
        value = iso_week(date.fromisoformat(earlier.day) + timedelta(days=7 * k))
        relative = earlier.day_relative
    elif unit == "month" and previous and _MONTH.match(previous):
        y, mo = shift_month(int(previous[:4]), int(previous[5:7]), k)
        value = f"{y:04d}-{mo:02d}"
    elif unit == "year" and previous and previous[:4].isdigit():
        value = f"{int(previous[:4]) + k:04d}"
    if value is None:
        return replace(timex, anchor=None, offset=0)
    return Timex("date", value, unit, relative, timex.approximate, f"anaphoric-{unit}")


def _sentence_day(span: Span, found: list[Reading]) -> tuple[str | None, bool]:
    """The day of the nearest date of day granularity in the same clause (the same governing
    verb), and whether that date depended on the reference date. "The storm was offshore at
    noon and was expected to land on Thursday": noon is not Thursday's."""
    sent = span.sent
    clause = _clause_head(span.root)
    best: tuple[int, str, bool] | None = None
    for other, timex in found:
        if other.sent != sent or other is span or not timex.value:
            continue
        if _clause_head(other.root).i != clause.i:
            continue
        if not _DAY.fullmatch(timex.value[:10]) or timex.anchor:
            continue
        distance = min(abs(other.start - span.end), abs(span.start - other.end))
        if best is None or distance < best[0]:
            best = (distance, timex.value[:10], timex.relative)
    return (best[1], best[2]) if best else (None, True)


def _clause_head(token: Token) -> Token:
    """The verb that governs `token`'s clause (the sentence root when there is none)."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            break
        token = token.head
    return token
