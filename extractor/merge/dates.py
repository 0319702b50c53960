"""When two reports can be about the same happening: TIMEX3 values compared by what they fix.

"2025-01" and "2025-01-06" are compatible (one refines the other); "2025-01-06" and "2025-01-07"
are not. A date an event only has from its document's publication day (`date_basis`
`reference`) is soft: news reports a happening the day after, so it is compatible with a day
within `SOFT_DAYS` of it.
"""

from __future__ import annotations

import re
from datetime import date

# A TIMEX3 value merge compares: a calendar date of year, month or day precision, with an
# optional time after it (compared by its day).
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
# A report dated only by its publication day may come this many days after the happening.
SOFT_DAYS = 2


def calendar(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value ('2025-01-06T12:00' -> '2025-01-06'), or None for
    values that fix no calendar date (durations, PAST_REF, weeks, seasons)."""
    if not value:
        return None
    found = _CALENDAR.match(value)
    if not found:
        return None
    return "-".join(part for part in found.groups() if part)


def day(value: str | None) -> date | None:
    """The day a calendar value names, or None below day precision."""
    if value is None or len(value) != len("YYYY-MM-DD"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def compatible(a: str | None, b: str | None) -> bool:
    """True when calendar values `a` and `b` can name the same time (either unknown, or one
    a prefix of the other at a field boundary)."""
    if a is None or b is None:
        return True
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter)


def near(soft: str | None, other: str | None) -> bool:
    """True when a soft (publication-day) value fits `other`: within SOFT_DAYS either side, or
    compatible where either is coarser than a day."""
    first, second = day(soft), day(other)
    if first is None or second is None:
        return compatible(soft, other)
    return abs((first - second).days) <= SOFT_DAYS


def most_specific(values: list[str]) -> str | None:
    """The most specific value all `values` agree on: the longest when they form one chain of
    refinements, else the longest field-boundary prefix they share (None when not a year)."""
    if not values:
        return None
    longest = max(values, key=lambda v: (len(v), v))
    if all(longest.startswith(v) for v in values):
        return longest
    for size in (len("YYYY-MM"), len("YYYY")):
        heads = {v[:size] for v in values}
        if len(heads) == 1 and all(len(v) >= size for v in values):
            return heads.pop()
    return None
