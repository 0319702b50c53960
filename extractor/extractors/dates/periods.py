"""Reporting periods named from another one, as financial news writes them: "the year-earlier
period", "the year-ago quarter", "the same period last year" (the period just named, a year
back), "the 1988 period", "the same period of 1988" (the period just named, in 1988), "the same
month last year" (the month, week or day just named, a year back), "the latest quarter" (the
quarter just named) and "the latest week" (the last whole week). The reading carries `anchor`
"period:<Q|H|any>" and `offset` (years) for `anchor` to resolve against the last quarter or half
the text named ("step:<Q|H>": `offset` quarters or halves on); its own value is the fallback
when the text named none ("period-named:": then "the quarter" alone is no date). A quarter or
half named by the day or month it ended ("the quarter ended Sept. 30", "the quarter to
September") is that calendar quarter, half or year; "the week ended yesterday" and "the month
ended Oct. 31" that week and month."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from .arithmetic import DAYS_IN_WEEK, iso_week
from .calendar import MONTHS_PER_QUARTER, parse_calendar
from .deictic import parse_today
from .timex import Timex

NAMED_PERIOD = "period-named:"  # the anchor of a period that is no date without one named before
_KIND = {"quarter": "Q", "half": "H", "period": "any", "months": "any"}
PERIOD_NOUNS = frozenset(_KIND)  # "the same quarter", "the year-ago period"
_YEAR_BACK = re.compile(
    r"^(?:the |that )?(?:year-earlier|year-ago|year earlier|year ago|prior-year|prior year)"
    r" (?P<noun>period|quarter|half|months)$"
)
_SAME_LAST_YEAR = re.compile(
    r"^(?:the |that )?same (?P<noun>period|quarter|half|months)"
    r"(?: (?P<when>last year|of last year|a year earlier|a year ago|a year before))?$"
)
# "the quarter ended Sept. 30", "the half to June 30, 2024", "the year ended Dec. 31", "the month
# ended Oct. 31", "the week ended Oct. 14" (or "yesterday"): a period named by its last day
# ("the three months ended Sept. 30" is a duration and a date: `extent` splits it)
ENDING_WORDS = ("ended", "ending", "to", "through")  # "the quarter ended / to Sept. 30"
_ENDED = re.compile(
    r"^(?:the )?(?:(?:fiscal )?(?:first|second|third|fourth|final) )?(?:fiscal )?"
    rf"(?P<noun>quarter|half|year|month|week) (?:that )?(?:{'|'.join(ENDING_WORDS)})"
    r" (?:in )?(?P<day>.+)$"
)
# "the previous quarter": one before the quarter or half just named
_PREVIOUS = re.compile(r"^(?:the )?(?:previous|preceding|prior) (?P<noun>quarter|half)$")
_PERIOD_MONTHS = {"month": 1, "quarter": MONTHS_PER_QUARTER, "half": 2 * MONTHS_PER_QUARTER,
                  "year": 12}
_DAY_OR_MONTH = (len("2024-09-30"), len("2024-09"))  # the values a period can end on
# "the quarter", "the period" alone: the quarter or half the text named before; no date when it
# named none ("the period of mourning" never gets this far: `filters`)
_THE_PERIOD = re.compile(r"^the (?P<noun>quarter|period)$")
# "the current period": the quarter or half (as the text named before) the reference date lies
# in; with none named, the present
CURRENT_PERIOD = "period-current:"
_CURRENT = re.compile(r"^the current period$")
# "the 1988 period", "the same period of 2006": the period the text named before, in the year
# given (the year alone when it named none)
IN_YEAR_PERIOD = "period-in-year:"
_IN_YEAR = re.compile(
    r"^the (?:(?P<year>\d{4}) period|same (?:period|quarter|half) (?:of|in) (?P<of_year>\d{4}))$")
# "the same month last year", "the same week a year earlier", "the same day of 2019": the month,
# week or day the text named before, a year back or in the year given
SAME_UNIT_YEAR_BACK = "same-unit-year-back:"
SAME_UNIT_IN_YEAR = "same-unit-in-year:"
_SAME_UNIT = re.compile(
    r"^(?:the |that )?same (?P<unit>month|week|day)"
    r" (?:(?:of )?last year|a year (?:earlier|ago|before)|(?:of|in) (?P<year>\d{4}))$"
)
LATEST_RULE = "period:latest"
_LATEST = re.compile(r"^(?:the )?(?:latest|most recent|just-ended) (?P<noun>quarter|period|half)$")
# "the latest week": the last whole week before the reference date's, as weekly figures report
_LATEST_WEEK = re.compile(r"^(?:the )?latest week$")


def parse_period(core: str, ref: date, direction: str | None) -> Timex | None:
    """A period read off the one the text named before it, with a fallback of its own."""
    m = _YEAR_BACK.match(core) or _SAME_LAST_YEAR.match(core)
    if m and (m.re is _YEAR_BACK or m["when"]):
        fallback = f"{ref.year - 1:04d}"  # "the same period last year" with no period before
        if m["noun"] == "quarter":  # the quarter reported is the last complete one
            latest = last_complete_quarter(ref)
            fallback = f"{int(latest[:4]) - 1:04d}{latest[4:]}"
        return Timex("date", fallback, "year", True, False, "period:year-back",
                     f"period:{_KIND[m['noun']]}", -1)
    if m:  # "the same period": the one just named
        return Timex("date", None, "month", True, False, "period:same",
                     f"period:{_KIND[m['noun']]}", 0)
    m = _SAME_UNIT.match(core)
    if m:
        if m["year"]:
            return Timex("date", m["year"], "year", False, False, "period:same-unit-in-year",
                         f"{SAME_UNIT_IN_YEAR}{m['unit']}", int(m["year"]))
        return Timex("date", f"{ref.year - 1:04d}", "year", True, False,
                     "period:same-unit-year-back", f"{SAME_UNIT_YEAR_BACK}{m['unit']}", -1)
    m = _ENDED.match(core)
    if m:
        return _ended(m, ref, direction)
    m = _PREVIOUS.match(core)
    if m:
        kind = _KIND[m["noun"]]
        fallback = step_period(last_complete_quarter(ref), -1) if kind == "Q" else None
        return Timex("date", fallback, "month", True, False, "period:previous",
                     f"step:{kind}", -1)
    m = _THE_PERIOD.match(core)
    if m:
        return Timex("date", None, "month", True, False, "period:the",
                     f"{NAMED_PERIOD}{_KIND[m['noun']]}", 0)
    if _CURRENT.match(core):
        return Timex("date", "PRESENT_REF", "day", False, False, "period:current", CURRENT_PERIOD)
    m = _IN_YEAR.match(core)
    if m:
        year = m["year"] or m["of_year"]
        return Timex("date", year, "year", False, False, "period:in-year", IN_YEAR_PERIOD,
                     int(year))
    if _LATEST_WEEK.match(core):
        return Timex("date", iso_week(ref - timedelta(days=DAYS_IN_WEEK)), "week", True, False,
                     "period:latest-week")
    m = _LATEST.match(core)
    if m:
        fallback = last_complete_quarter(ref) if m["noun"] == "quarter" else None
        return Timex("date", fallback, "month", True, False, LATEST_RULE,
                     f"period:{_KIND[m['noun']]}", 0)
    return None


def _ended(m: re.Match[str], ref: date, direction: str | None) -> Timex | None:
    """The calendar quarter, half or year whose last day the text gives, or the week of that
    day; None when that day ends none (a fiscal quarter to Oct. 31, a year to June 30: the day
    alone is read then)."""
    day = parse_calendar(m["day"], ref, direction) or parse_today(m["day"], ref, direction)
    if day is None or day.value is None:
        return None
    if m["noun"] == "week":  # "the week ended Oct. 14": the week of that day
        if len(day.value) != _DAY_OR_MONTH[0]:
            return None
        return Timex("date", iso_week(date.fromisoformat(day.value)), "week", day.relative,
                     False, "period:ended")
    value = period_ending(day.value, _PERIOD_MONTHS[m["noun"]])
    if value is None:
        return None
    granularity = "year" if len(value) == len("2024") else "month"
    return Timex("date", value, granularity, day.relative, False, "period:ended")


def period_ending(value: str, months: int) -> str | None:
    """The calendar quarter, half or year of `months` months whose last day or month `value`
    is ("1989-12-31", 6 -> "1989-H2"; "2024-09", 3 -> "2024-Q3"); None when it ends none."""
    if len(value) not in _DAY_OR_MONTH or months not in _PERIOD_MONTHS.values():
        return None
    end = _last_day(value)
    if end.month % months or (end + timedelta(days=1)).day != 1:
        return None
    if months == _PERIOD_MONTHS["year"]:
        return f"{end.year:04d}"
    if months == _PERIOD_MONTHS["month"]:
        return f"{end.year:04d}-{end.month:02d}"
    return f"{end.year:04d}-{'Q' if months == MONTHS_PER_QUARTER else 'H'}{end.month // months}"


def _last_day(value: str) -> date:
    """The last day of a day or month value: "2024-09-30" itself, "2024-09" its 30th."""
    if len(value) == len("2024-09-30"):
        return date.fromisoformat(value)
    year, month = int(value[:4]), int(value[5:7])
    return date(year, month, monthrange(year, month)[1])


def step_period(period: str, k: int) -> str:
    """The quarter or half `k` steps from `period`: ("2023-Q1", -1) -> "2022-Q4"."""
    size = 4 if period[5] == "Q" else 2
    index = int(period[:4]) * size + int(period[6]) - 1 + k
    return f"{index // size:04d}-{period[5]}{index % size + 1}"


def last_complete_quarter(ref: date) -> str:
    """The quarter before the reference date's: 2024-Q3 on 24 October 2024."""
    current = (ref.month - 1) // 3  # 0..3
    return f"{ref.year - 1:04d}-Q4" if current == 0 else f"{ref.year:04d}-Q{current}"
