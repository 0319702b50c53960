"""A range runs forward: "between Nov. 20 and Jan. 5", "from December to March". Each end is
read on its own, and a bare date read towards the nearest year can land after the end it
starts (on 29 September, "between January 1 and September 18" read January as the coming
one). The start of a range written without its year is put in the year before its end then (a
weekday, in the week before); an end written without its year, in the year after its start."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from .anchor import Reading
from .arithmetic import DAYS_IN_WEEK
from .timex import Timex

_OPENERS = {"between", "from"}
_JOINS = {"and", "to", "through", "thru", "until", "till", "-", "–", "—"}
# A month or a day of a calendar year, whose year a range can move: "2024-01", "2024-01-05".
_DATED = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def forward(readings: list[Reading]) -> list[Reading]:
    """`readings` (in text order) with the ends of each backward range moved a year apart."""
    out = list(readings)
    for k in range(1, len(out)):
        (first, start), (second, end) = out[k - 1], out[k]
        if not _a_range(first.doc, first.start, first.end, second.start) or \
                not (start.value and end.value and _DATED.fullmatch(start.value) and
                     _DATED.fullmatch(end.value)) or start.value <= end.value:
            continue
        if start.relative and _moved(start, -1) <= end.value:
            out[k - 1] = (first, replace(start, value=_moved(start, -1),
                                         rule=start.rule + ":range-start"))
        elif end.relative and start.value <= _moved(end, 1):
            out[k] = (second, replace(end, value=_moved(end, 1), rule=end.rule + ":range-end"))
    return out


def _a_range(doc: Doc, start: int, end: int, next_start: int) -> bool:
    """Whether the date at tokens start..end opens a range that the one at `next_start` ends:
    "between"/"from" before it, one joining word between them (and spaces of their own)."""
    if start == 0 or doc[start - 1].lower_ not in _OPENERS:
        return False
    between = []
    for token in doc[end:next_start]:  # stops at a second word: the next date may be far
        if not token.is_space:
            between.append(token.lower_)
            if len(between) > 1:
                return False
    return len(between) == 1 and between[0] in _JOINS


def _moved(timex: Timex, sign: int) -> str:
    """The value of one end moved a week (a weekday: "from Monday to Wednesday") or a year
    (a month or a day of one) the way `sign` points."""
    value = timex.value
    assert value is not None
    if timex.rule.startswith("weekday"):  # `forward` moves days and months only: a day
        return (date.fromisoformat(value) + timedelta(days=sign * DAYS_IN_WEEK)).isoformat()
    return f"{int(value[:4]) + sign:04d}{value[4:]}"
