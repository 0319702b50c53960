"""The normalized reading of one temporal expression, as every date module passes it on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalized expression. `anchor` says what the caller must add before `value` is final
    (None: nothing); the anchoring step (`anchor.anchored`) reads it. "day": a bare time's
    date ("noon"); "previous": `offset` days from the text's last day ("the next day");
    "weekday-after", "month-after:03": the first such day or month after the text's last date
    ("the following Monday", "the following March"); "year-of:SU": in that date's year ("that
    summer"; "sentence-year-of:H2" only from a year its sentence gave: "the second half of the
    year"); "shift-year", "period:", "step:": counted from the text's last date or period.
    Every module passes `mod` and `freq` on untouched unless it changes the value they
    describe."""

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

