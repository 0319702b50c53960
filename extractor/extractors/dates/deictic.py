"""Expressions read off the reference date alone: "now", "the future", "today", "last night",
"the next morning"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .timex import Timex
from .words import (
    FUTURE_WORDS,
    PARTS_OF_DAY,
    PAST_WORDS,
    PRESENT_WORDS,
    SMALL_HOURS,
    SMALL_HOURS_PART,
)


def parse_ref(core: str, ref: date, direction: str | None) -> Timex | None:
    if core in PRESENT_WORDS:
        return Timex("date", "PRESENT_REF", "day", False, False, "present-ref")
    if core in PAST_WORDS:
        return Timex("date", "PAST_REF", "year", False, False, "past-ref")
    if core in FUTURE_WORDS:
        return Timex("date", "FUTURE_REF", "year", False, False, "future-ref")
    return None


_TODAY = {
    "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "last night": -1, "last evening": -1,
    "tomorrow morning": 1, "tomorrow afternoon": 1, "tomorrow evening": 1, "tomorrow night": 1,
    "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "the day before yesterday": -2, "the day after tomorrow": 2, "overnight": 0,
    "later tonight": 0, "this day": 0, "to-day": 0,
    "earlier in the day": 0, "later in the day": 0,
}


OVERNIGHT_RULE = "overnight"
# Words of _TODAY that name no one day counted from the reference date.
_NO_DAY = {"overnight", "this day", "earlier in the day", "later in the day"}
# The others, written inside a longer expression: "3 p.m. tomorrow", "11 p.m. last night".
_DAY_WORD = re.compile(
    r"\b(" + "|".join(sorted((w for w in _TODAY if w not in _NO_DAY), key=len, reverse=True))
    + r")\b")
_NEXT_PART = re.compile(r"^(?:the|that) (next|following|previous|same) (morning|afternoon|"
                        r"evening|night)$")
# "that night", "the early hours", and "in the afternoon", "by late afternoon" (a time its
# clause happens in, as candidates finds them): a part of the day the text named just before
# (else the reference date).
_THAT_PART = re.compile(r"^that (?:morning|afternoon|evening|night)$|"
                        rf"^the {SMALL_HOURS.pattern}$")  # of the day in focus
_STORY_PART = re.compile(r"^(?:the|(?:early|late)(?: in the)?) "
                         r"(?:morning|afternoon|evening|night)$")


def parse_today(core: str, ref: date, direction: str | None) -> Timex | None:
    m = _NEXT_PART.match(core)
    if m:
        offset = {"next": 1, "following": 1, "previous": -1, "same": 0}[m[1]]
        return _anaphoric_part(PARTS_OF_DAY[m[2]], offset)
    if _THAT_PART.match(core) or _STORY_PART.match(core) and direction != "generic":
        # not "He usually jogs in the morning": a habit's part of the day, of no one day
        return _anaphoric_part(_part_code(core) or SMALL_HOURS_PART, 0)
    if core == "overnight":  # the night of the day its clause or the story gives
        return Timex("time", PARTS_OF_DAY["night"], "day", True, False, OVERNIGHT_RULE, "day")
    if core not in _TODAY or core in _NO_DAY:
        return None
    day = ref + timedelta(days=_TODAY[core])
    if part := _part_code(core):  # "tonight", "yesterday afternoon"
        return Timex("time", day.isoformat() + part, "day", True, False, "deictic-day+part")
    return Timex("date", day.isoformat(), "day", True, False, "deictic-day")


def names_story_part(core: str) -> bool:
    """Whether `core` is a part of the story's day by its words alone ("the night", "late
    afternoon"): NER's "the night" of "the night her child died" is read only where candidates
    found it after its preposition."""
    return _STORY_PART.match(core) is not None


def _part_code(core: str) -> str:
    """TIMEX3's code of the part of the day a word names ("tonight" TNI, "this morning" TMO),
    or "" for a whole day."""
    last = core.rsplit(" ", 1)[-1]
    return PARTS_OF_DAY.get("night" if last == "tonight" else last, "")


def _anaphoric_part(part: str, offset: int) -> Timex:
    """ "that night", "the next morning": the part of a day counted from the day before it (the
    anchor writes the day in front of the part's code)."""
    return Timex("time", part, "day", True, False, "anaphoric-day+part", "previous", offset)


def deictic_day(s: str) -> int | None:
    """How many days from the reference date a word in `s` puts its clock time: "3 p.m.
    tomorrow" 1, "11 p.m. last night" -1; None when `s` names no such day."""
    m = _DAY_WORD.search(s)
    return _TODAY[m[1]] if m else None
