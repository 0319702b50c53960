"""The normalized reading of one temporal expression, as every date module passes it on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalized expression. `anchor` says what the caller must add before `value` is final:
    "day" for a bare time ("noon": a date to prefix), "previous" for an anaphoric day ("the
    next day": `offset` days from the previous date of the text) and "weekday-after" for "the
    following Monday" (the first weekday `offset` after that date). Every module passes `mod` and
`freq` on untouched unless it changes the value they describe."""

    type: str
    value: str | None
    granularity: str
    relative: bool
    approximate: bool
    rule: str
    anchor: str | None = None
    offset: int = 0
    mod: str | None = None  # TIMEX3 mod: "BEFORE", "LESS_THAN", "START", ...
    freq: str | None = None  # TIMEX3 freq of a set: "2X" for "twice a year"

