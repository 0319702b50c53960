"""When two reports can be about the same happening: TIMEX3 values compared by what they fix.

"2025-01" and "2025-01-06" are compatible (one refines the other); "2025-01-06" and "2025-01-07"
are not, yet two reports may still give them for one happening (`close`). A date an event only
has from its document's publication day (`date_basis` `reference`) is soft: it only says the
happening came before the report (`reported`), however long before ("the 2011 killing" told in a
2013 piece about the trial).
"""

from __future__ import annotations

import re
from datetime import date

# A TIMEX3 value merge compares: a calendar date of year, month or day precision, with an
# optional time after it (compared by its day).
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
# A report dated only by its publication day may carry a date this many days before the
# happening it tells (a dateline in one time zone, the happening in another; a late edition).
SOFT_DAYS = 2
# Reports of one happening may date it this many days apart: a present-tense headline dated by
# its publication day above a body saying "on Thursday", or a late-night event across time zones.
HARD_DAYS = 1


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


def close(a: str | None, b: str | None) -> bool:
    """True when two dates the texts give can name one happening: compatible, or days at most
    HARD_DAYS apart."""
    first, second = day(a), day(b)
    if first is None or second is None:
        return compatible(a, b)
    return abs((first - second).days) <= HARD_DAYS


def reported(happening: str | None, published: str | None) -> bool:
    """True when a report published on `published` can tell a happening dated `happening`: it
    came no later than SOFT_DAYS after publication (compared at the coarser precision)."""
    if happening is None or published is None:
        return True
    first, second = day(happening), day(published)
    if first is None or second is None:
        size = min(len(happening), len(published))
        return happening[:size] <= published[:size]
    return (first - second).days <= SOFT_DAYS


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
