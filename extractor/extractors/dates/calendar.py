"""Expressions with calendar parts (weekday, month, day, year, season, quarter, decade, century,
holiday, clock time), resolved against the reference date in the direction given."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ...calendar_names import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS
from .arithmetic import (
    DAYS_IN_WEEK,
    iso_week,
    pick,
    pick_index,
    safe_date,
    shift_month,
    way_name,
)
from .clock import ZONED_HOURS, find_time
from .deictic import deictic_day
from .holidays import find_holiday, read_holiday
from .timex import Timex
from .words import (
    CENTURY_UNKNOWN,
    CLOCK_PARTS,
    DAYNUM_PATTERN,
    DECADE_UNKNOWN,
    ORDINALS,
    PARTS_OF_DAY,
    POSITIVE_ORDINAL_PATTERN,
    POSITIVE_ORDINALS,
    SEASONS,
    SMALL_HOURS,
    SMALL_HOURS_PART,
    YEAR_PATTERN,
)

_WORDS = re.compile(r"[a-z']+")
_RELATIVE = re.compile(r"\b(last|next|this|coming|past|previous|following|upcoming)\b")
_OF_THAT_YEAR = " of that year"
_RELATIVE_YEAR = re.compile(r"\b(last|next|this|past|previous|coming) year\b")
# A year's part after its possessive: "2023's first quarter" (no decade "the 1990's")
_PART_OF_YEAR = (r"(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[ -](?:quarter|half)|"
                 r"spring|summer|fall|autumn|winter)\b")
_YEAR = re.compile(rf"(?<![\d,.$£€])({YEAR_PATTERN})"
                   rf"(?!\d|s\b|'s\b(?!\s+{_PART_OF_YEAR})|\s*(?:%|percent|per cent))")
_MONTH_DAY = re.compile(
    rf"\b({MONTH_PATTERN})\s*(?:the\s+)?({DAYNUM_PATTERN})\b(?!\s*(?:am|pm|:|[ap]\.))"
)
_DAY_MONTH = re.compile(rf"\b(?:the\s+)?({DAYNUM_PATTERN})\s*(?:of\s+)?({MONTH_PATTERN})(?![a-z])")
_MONTH = re.compile(rf"\b({MONTH_PATTERN})(?![a-z])")
# "the fourth of July": a day written as an ordinal word
_ORDINAL_DAY = re.compile(
    rf"(?:\bthe |^)({POSITIVE_ORDINAL_PATTERN}) of ({MONTH_PATTERN})(?![a-z])")
# "July Fourth": the month, then the day's ordinal closing the expression
_MONTH_ORDINAL = re.compile(rf"^(?:the )?({MONTH_PATTERN}) ({POSITIVE_ORDINAL_PATTERN})$")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_WEEKDAY = re.compile(rf"\b({WEEKDAY_PATTERN})(?![a-z])")
# "the last day of October", "the first Friday of November", "the last week of October": the
# ordinal counts within the month ("last" is no "last October")
_NTH_OF_MONTH = re.compile(
    rf"\bthe (first|second|third|fourth|last|final) "
    rf"(days?|weeks?|weekend|{WEEKDAY_PATTERN}) of ")
# "... of the month", "of next month", "of each month" after such a count
_OF_A_MONTH = re.compile(r"\bof (the|this|next|last|each|every) month\b")
_DECADE = re.compile(r"(?:^|\s)(?:the\s+)?(?:(1\d|20)(\d)0|'(\d)0|(\d)0)'?s\b")
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th) century\b|\b(\w+) century\b")
_FISCAL_WORD = r"(?:fiscal )?"  # "the fourth fiscal quarter", "the second fiscal half"
_QUARTER = re.compile(
    rf"\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[ -]{_FISCAL_WORD}quarter\b"
    r"|\bq([1-4])\b"
)
# "the June quarter": the quarter that ends in that month (March, June, September, December)
_MONTH_QUARTER = re.compile(rf"\b({MONTH_PATTERN})(?: {YEAR_PATTERN})? quarter\b")
MONTHS_PER_QUARTER = 3
SPRING_START_MONTH = 3  # the seasons start in March, June, September and December
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # TIMEX3 season codes in the order of the year
_HALF = re.compile(rf"\b(first|second|1st|2nd|latter)[ -]{_FISCAL_WORD}half\b|\bh([12])\b")
# A quarter or half without a year: of the year of the one its sentence named before, if any
SENTENCE_PERIOD = "sentence-period"
_BARE_PERIOD_RULES = ("half", "quarter")
_OF_THE_YEAR = re.compile(r"\bof the year\b")  # "the first half of the year": this year's
_FISCAL = re.compile(r"\b(?:fiscal|fy|financial year)\b")
_YEAR_WORD = re.compile(rf"\b({YEAR_PATTERN})\b")
_NON_DIGITS = re.compile(r"\D")
_TOKENS = re.compile(r"[a-z]+(?:'[a-z]+)?\.?|\d+(?:st|nd|rd|th|s)?|'\d\ds?")


# A date without a year is put in the year the text's direction points to, unless that lands
# more than FAR_FROM_REF_DAYS from the reference date while the same day in another year lies
# within NEAR_REF_DAYS: a past-tense "the Jan. 14 deadline" a week ahead is that deadline.
FAR_FROM_REF_DAYS = 270
NEAR_REF_DAYS = 45
# A weak past (a past verb above the date's own noun: "announced the first sailing on 2 June")
# gives way sooner: beyond WEAK_FAR_DAYS, to a day within WEAK_NEAR_DAYS.
WEAK_FAR_DAYS = 180
WEAK_NEAR_DAYS = 120
# A bare month ("in March") follows the tense unless that puts it FAR_MONTHS or more away
# while the month itself is at most NEAR_MONTHS from the reference month: "will meet in
# December" written in January is last month's meeting only in a strong past.
FAR_MONTHS = 10
NEAR_MONTHS = 1
# Companies report a half in the weeks after it ends: within REPORTING_SEASON_DAYS of its end, a
# future "first-half results" is the half just over, not next year's.
REPORTING_SEASON_DAYS = 45
# A period begun fewer than JUST_BEGUN_DAYS ago has had nothing to tell of yet: in the past
# tense, "grew in the first half" in mid-January is last year's first half.
JUST_BEGUN_DAYS = 31
# Two-digit years: "5/6/98" is 1998, "5/6/24" 2024 (above the pivot, the 1900s).
TWO_DIGIT_YEAR_PIVOT = 50
# A decade without its century: "the '60s" is the 1960s, "the '10s" the 2010s (below the pivot
# digit, the 2000s).
DECADE_PIVOT_DIGIT = 2
# A year alone is a date in a short expression ("in 2023", "fiscal 2022"); in a longer one the
# four digits are most likely part of something else.
MAX_YEAR_EXPRESSION_TOKENS = 6


@dataclass(slots=True)
class _Parts:
    """The calendar parts written in one expression."""

    text: str = ""  # the expression, without a relative year phrase ("last year")
    year: int | None = None
    year_relative: bool = False  # "last year": counted from the reference date
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    time: tuple[str, str | None] | None = None
    part: str | None = None  # a part of the day: "TMO", "T12:00"
    rel: str | None = None  # "last", "next", "this", ...
    holiday: str | None = None
    season: str | None = None
    decade: re.Match[str] | None = None
    century: re.Match[str] | None = None
    quarter: re.Match[str] | None = None
    half: re.Match[str] | None = None
    nth: re.Match[str] | None = None  # "the last day of", "the first Friday of"


_HOLIDAY_NOUN = " holiday"
_WEEKEND_NOUN = " weekend"
# A holiday on a Monday or Tuesday makes a long weekend with the weekend before it; one later in
# the week, with the weekend after it
_WEEKEND_BEFORE_WEEKDAYS = (0, 1)
_WEEK_OF = ("the week of", "week of", "the weekend of", "weekend of")


def parse_calendar(core: str, ref: date, direction: str | None) -> Timex | None:
    """Anything with calendar parts: weekday, month, day, year, time, season, holiday."""
    weak = bool(direction and direction.endswith("?"))
    direction = direction.rstrip("?") if direction else None
    if core.endswith(" week") and (holiday := find_holiday(core[:-5])):
        return _holiday_week(holiday, core, ref)
    if core.endswith(_WEEKEND_NOUN) and (holiday := find_holiday(core[:-len(_WEEKEND_NOUN)])):
        return _holiday_weekend(holiday, core, ref, direction)
    if core.endswith(_HOLIDAY_NOUN) and find_holiday(core[:-len(_HOLIDAY_NOUN)]):
        core = core[:-len(_HOLIDAY_NOUN)]  # "the Thanksgiving holiday" is the day itself
    parts = _read_parts(core, ref)
    if parts is None:
        return None
    if parts.holiday and not parts.month:
        return read_holiday(parts.holiday, parts.year, parts.rel, ref, direction)
    if direction == "generic" and parts.year is None and not parts.rel:
        found = _generic(parts)
        if found is not None:
            return found
    if parts.month or parts.weekday is not None:
        found = _compose_day(parts, ref, direction, weak)
    else:
        found = _compose_period(parts, ref, direction)
    if found is not None and found.value and _OF_THE_YEAR.search(core) and \
            found.value[:4].isdigit() and found.value[4:] and not found.anchor:
        # "the second half of the year": of the year its sentence named before, if any
        return replace(found, anchor=f"sentence-year-of:{found.value[5:]}")
    if found is not None and found.rule in _BARE_PERIOD_RULES and not found.anchor:
        # "the second half" after "the first half of 1990": of that year (`anchor`)
        return replace(found, anchor=SENTENCE_PERIOD, offset=int(direction == "future"))
    return found


def _generic(p: _Parts) -> Timex | None:
    """A month, a day of it or a season of no particular year, in a habitual clause ("usually
    begins in October"): XXXX-10, XXXX-10-05, XXXX-SU."""
    if p.month and p.day:
        return Timex("date", f"XXXX-{p.month:02d}-{p.day:02d}", "day", False, False,
                     "month-day:generic")
    if p.month:
        return Timex("date", f"XXXX-{p.month:02d}", "month", False, False, "month:generic")
    if p.season and p.weekday is None:
        return Timex("date", f"XXXX-{p.season}", "month", False, False, "season:generic")
    return None


def _holiday_week(holiday: str, core: str, ref: date) -> Timex | None:
    """"Easter week", "Christmas week": the ISO week that holds the holiday."""
    found = read_holiday(holiday, _year_in(core), None, ref, None)  # the week runs up to it
    if found is None or found.value is None:
        return found
    value = iso_week(date.fromisoformat(found.value))
    return replace(found, value=value, granularity="week", rule="holiday-week")


def _holiday_weekend(holiday: str, core: str, ref: date, direction: str | None) -> Timex | None:
    """"the Memorial Day weekend", "Thanksgiving weekend": the weekend the holiday makes a long
    one with, `-WE` of its ISO week (the week before for a Monday's or Tuesday's holiday)."""
    found = read_holiday(holiday, _year_in(core), None, ref, direction)
    if found is None or found.value is None:
        return found
    day = date.fromisoformat(found.value)
    if day.weekday() in _WEEKEND_BEFORE_WEEKDAYS:
        day -= timedelta(days=DAYS_IN_WEEK)
    return replace(found, value=iso_week(day) + "-WE", granularity="week",
                   rule=found.rule + ":weekend")


def _read_parts(s: str, ref: date) -> _Parts | None:
    """The parts written in `s`; None when a month number is impossible."""
    words = set(_WORDS.findall(s))
    parts = _Parts(holiday=find_holiday(s), time=find_time(s))
    parts.part = next((code for w, code in PARTS_OF_DAY.items() if w in words), None)
    if SMALL_HOURS.search(s) and not parts.part:  # "the early hours of Thursday morning": TMO
        parts.part = SMALL_HOURS_PART
    parts.nth = _NTH_OF_MONTH.search(s)
    m = _RELATIVE.search(s, parts.nth.end() if parts.nth else 0)
    parts.rel = m[1] if m else ("that" if s.startswith("that ") or s.endswith(_OF_THAT_YEAR)
                                else None)
    s = parts.text = _read_year(s, ref, parts)
    _read_month_day(s, parts)
    wm = _WEEKDAY.search(s)
    if wm:
        parts.weekday = WEEKDAYS[wm[1].rstrip(".")]
    if parts.day is not None and not 1 <= parts.day <= 31:
        parts.day = None
    if parts.month is not None and not 1 <= parts.month <= 12:
        return None
    parts.season = next((SEASONS[w] for w in SEASONS if w in words), None)
    parts.decade = _DECADE.search(s)
    parts.century = _CENTURY.search(s)
    parts.quarter = _QUARTER.search(s)
    parts.half = _HALF.search(s)
    if parts.decade and parts.decade[4] and not s.startswith(("the ", "'")):
        parts.decade = None  # "his 30s" is an age
    return parts


def _read_year(s: str, ref: date, parts: _Parts) -> str:
    """Set the year of `parts` ("2023", "last year"); `s` without a relative year phrase."""
    ry = _RELATIVE_YEAR.search(s)
    if ry:
        parts.year = ref.year + {"last": -1, "past": -1, "previous": -1, "next": 1,
                                 "coming": 1}.get(ry[1], 0)
        parts.year_relative = True
        parts.rel = None
        return s[: ry.start()] + s[ry.end():]
    ym = _YEAR.search(s)
    if ym and not ZONED_HOURS.match(s, ym.start()):  # "by 1400 gmt" is a clock time
        parts.year = int(ym[1])
    elif _OF_THE_YEAR.search(s):
        parts.year, parts.year_relative = ref.year, True
    return s


def _read_month_day(s: str, parts: _Parts) -> None:
    """Set the month and day of `parts`: "March 3", "3rd of March", "the third of March",
    "2025-03-03", "3/3/25"."""
    md = _MONTH_DAY.search(s)
    dm = _DAY_MONTH.search(s)
    if md and not _is_year_like(md[2]):
        parts.month, parts.day = MONTHS[md[1].rstrip(".")], _daynum(md[2])
    elif dm and not _is_year_like(dm[1]):
        parts.day, parts.month = _daynum(dm[1]), MONTHS[dm[2].rstrip(".")]
    elif od := _ORDINAL_DAY.search(s):
        parts.day, parts.month = POSITIVE_ORDINALS[od[1]], MONTHS[od[2].rstrip(".")]
    elif mo := _MONTH_ORDINAL.search(s):
        parts.month, parts.day = MONTHS[mo[1].rstrip(".")], POSITIVE_ORDINALS[mo[2]]
    elif mm := _MONTH.search(s):
        parts.month = MONTHS[mm[1].rstrip(".")]
    numeric = _ISO_DATE.search(s)
    if numeric:
        parts.year, parts.month, parts.day = int(numeric[1]), int(numeric[2]), int(numeric[3])
    elif slash := _SLASH_DATE.search(s):
        a, b, y = int(slash[1]), int(slash[2]), int(slash[3])
        if y < 100:
            y += 1900 if y > TWO_DIGIT_YEAR_PIVOT else 2000
        parts.month, parts.day = (b, a) if a > 12 else (a, b)  # US order unless impossible
        parts.year = y


def _compose_day(parts: _Parts, ref: date, direction: str | None, weak: bool) -> Timex | None:
    """A day, a month or a weekday: "the week of March 3", "March 3", "March 2024", "Monday"."""
    p = parts
    if p.month and p.day and p.text.startswith(_WEEK_OF):
        result = _month_day(p.year, p.month, p.day, p.weekday, None, None, p.rel, ref,
                            direction)
        if result and result.value:
            value = iso_week(date.fromisoformat(result.value))
            if "weekend" in p.text:  # "the weekend of Oct. 14": that week's weekend
                return replace(result, value=value + "-WE", granularity="week",
                               rule="weekend-of")
            return replace(result, value=value, granularity="week", rule="week-of")
    if p.month and p.day:
        result = _month_day(p.year, p.month, p.day, p.weekday, p.time, p.part, p.rel, ref,
                            direction, weak)
        return replace(result, relative=True) if result and p.year_relative else result
    if p.month:
        if p.year:
            found = Timex("date", f"{p.year:04d}-{p.month:02d}", "month", p.year_relative,
                          False, "month-year")
        elif _MONTH_QUARTER.search(p.text) and not p.rel and not p.month % MONTHS_PER_QUARTER \
                and direction == "future":
            # "the October-December quarter" ahead is the quarter just over, as "the fourth
            # quarter" is
            return _quarter_rel(p.month // MONTHS_PER_QUARTER, ref, direction)
        else:
            found = _month(p.month, p.rel, ref, direction, weak)
        if p.nth and found is not None and found.value and len(found.value) == len("2024-10"):
            return _nth_of_month(found, p.nth)
        return _quarter_ending(found, p) if _MONTH_QUARTER.search(p.text) else found
    assert p.weekday is not None
    if p.nth:
        of_month = _OF_A_MONTH.search(p.text)
        if of_month and of_month[1] in ("each", "every"):
            # "the first Monday of each month": once a month
            return Timex("set", "P1M", "month", False, False, "set:nth-of-each-month")
        if of_month:  # "the last Friday of the month", "the second Tuesday of next month"
            shift = {"next": 1, "last": -1}.get(of_month[1], 0)
            year, month = shift_month(ref.year, ref.month, shift)
            return _nth_of_month(
                Timex("date", f"{year:04d}-{month:02d}", "month", True, False, "month:of-ref"),
                p.nth,
            )
    return _weekday(p.weekday, p.time, p.part, p.rel, ref, direction)


def _nth_of_month(month: Timex, nth: re.Match[str]) -> Timex:
    """The day a count within the month names ("the last day of October 1989": 1989-10-31;
    "the first Friday of November"); weeks or days in it stay the month."""
    if nth[2].rstrip(".") not in WEEKDAYS and nth[2] != "day":
        return month  # "the last week of October", "the final days of September"
    year, number, k = int(month.value[:4]), int(month.value[5:7]), ORDINALS[nth[1]]
    days = monthrange(year, number)[1]
    if nth[2] == "day":
        day = k if k > 0 else days
    else:
        weekday = WEEKDAYS[nth[2].rstrip(".")]
        matching = [d for d in range(1, days + 1) if date(year, number, d).weekday() == weekday]
        day = matching[k if k < 0 else k - 1]
    return replace(month, value=f"{month.value}-{day:02d}", granularity="day",
                   rule=month.rule + ":nth-of-month")


def _compose_period(parts: _Parts, ref: date, direction: str | None) -> Timex | None:
    """A year and its parts, a decade, a century, a season, a quarter, or a bare time."""
    p = parts
    if p.year is not None:
        return _year(p)
    if p.decade:
        return _decade(p.decade)
    if p.century:
        found = _century_value(p.century, ref)
        if found:
            return found
    if p.season:
        # "the next spring" of a story is the spring after its last date, as "the following
        # spring" is; "next spring" the one after the reference date
        rel = "following" if p.rel == "next" and p.text.startswith("the next ") else p.rel
        return _season(p.season, rel, ref, direction)
    if p.quarter:
        return _quarter_rel(_quarter(p.quarter), ref, direction)
    if p.half:
        return _half_rel(_half(p.half), ref, direction)
    if p.time:
        value, zone = p.time
        return _clock_time(value + (zone or ""), "time+zone" if zone else "time", p.text, ref)
    if p.part in CLOCK_PARTS:
        return _clock_time(p.part, "time:named", p.text, ref)
    return None


def _clock_time(value: str, rule: str, text: str, ref: date) -> Timex:
    """A clock time ("T15:00", "T24:00") on the day written beside it ("3 p.m. tomorrow",
    "midnight tomorrow"), else on the day the anchor finds."""
    offset = deictic_day(text)
    if offset is not None:
        day = (ref + timedelta(days=offset)).isoformat()
        return Timex("time", day + value, "time", True, False, rule + ":deictic-day")
    return Timex("time", value, "time", True, False, rule, "day")


def _quarter_ending(month: Timex, p: _Parts) -> Timex:
    """"the June quarter": the calendar quarter the month ends; a quarter ending in another
    month ("the January quarter", a retailer's) is no calendar quarter: its month is kept."""
    assert p.month is not None and month.value is not None
    if p.month % MONTHS_PER_QUARTER:
        return month
    value = f"{month.value[:4]}-Q{p.month // MONTHS_PER_QUARTER}"
    return replace(month, value=value, rule=month.rule + ":quarter")


def _year(p: _Parts) -> Timex | None:
    """A year, or a season, quarter or half of it: "2023", "spring 2025", "Q3 2024"."""
    assert p.year is not None
    year, relative = f"{p.year:04d}", p.year_relative
    if p.season:
        return Timex("date", f"{year}-{p.season}", "month", relative, False, "season-year")
    if p.quarter:
        return Timex("date", f"{year}-Q{_quarter(p.quarter)}", "month", relative, False,
                     "quarter-year")
    if p.half:
        half = _half(p.half)
        return Timex("date", f"{year}-H{half}", "month", relative, False, "half-year")
    if relative:
        return Timex("date", year, "year", True, False, "relative:year")
    if _FISCAL.search(p.text) or len(_TOKENS.findall(p.text)) <= MAX_YEAR_EXPRESSION_TOKENS:
        return Timex("date", year, "year", False, False, "year")
    return None


def _decade(m: re.Match[str]) -> Timex:
    """"the 1990s" -> 199, "the '60s" -> 196."""
    if m[1]:
        value = m[1] + m[2]
    else:
        digit = m[3] or m[4]
        value = ("19" if int(digit) >= DECADE_PIVOT_DIGIT else "20") + digit
    return Timex("date", value + DECADE_UNKNOWN, "year", False, False, "decade")


def _century_value(m: re.Match[str], ref: date) -> Timex | None:
    """"the 19th century" -> 18, "this century" -> the reference date's."""
    n = _century(m)
    if n:
        return Timex("date", f"{n - 1:02d}{CENTURY_UNKNOWN}", "year", False, False, "century")
    if m[2] in ("this", "last", "next", "past", "current"):
        k = {"last": -1, "past": -1, "next": 1}.get(m[2], 0)
        return Timex("date", f"{ref.year // 100 + k:02d}{CENTURY_UNKNOWN}", "year", True, False,
                     "relative:century")
    return None


def _year_in(s: str) -> int | None:
    m = _YEAR_WORD.search(s)
    return int(m[1]) if m else None


def _is_year_like(token: str) -> bool:
    return len(_NON_DIGITS.sub("", token)) > 2


def _daynum(token: str) -> int:
    return int(_NON_DIGITS.sub("", token))


def _quarter(m: re.Match[str]) -> int:
    if m[2]:
        return int(m[2])
    return {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "last": 4}[m[1]]


def _half(m: re.Match[str]) -> int:
    """1 or 2 of "the first half", "second-half", "H1"."""
    return 1 if m[1] in ("first", "1st") or m[2] == "1" else 2


def _century(m: re.Match[str]) -> int | None:
    if m[1]:
        return int(m[1])
    return POSITIVE_ORDINALS.get(m[2])


def _month_day(year: int | None, month: int, day: int, weekday: int | None,
               time: tuple[str, str | None] | None, part: str | None, rel: str | None,
               ref: date, direction: str | None, weak: bool = False) -> Timex | None:
    relative = year is None
    if year is not None:
        d = safe_date(year, month, day)
        if d is None:
            return None
        rule = "month-day-year"
    else:
        candidates = [c for y in (ref.year - 1, ref.year, ref.year + 1)
                      if (c := safe_date(y, month, day)) is not None]
        if not candidates:
            return None
        if weekday is not None:
            matching = [c for c in candidates if c.weekday() == weekday]
            if len(matching) == 1:
                candidates = matching
        way = "past" if rel in ("last", "past", "previous") else (
            "future" if rel in ("next", "coming", "upcoming") else direction)
        d = pick(candidates, ref, way)
        near = min(candidates, key=lambda c: abs((c - ref).days))
        if abs((d - ref).days) > FAR_FROM_REF_DAYS and abs((near - ref).days) <= NEAR_REF_DAYS:
            d, way = near, None  # a past-tense "the Jan. 14 deadline" a week ahead
        elif weak and abs((d - ref).days) > WEAK_FAR_DAYS and \
                abs((near - ref).days) <= WEAK_NEAR_DAYS:
            d, way = near, None  # "announced the first sailing on 2 June" in March
        rule = f"month-day:{way_name(way)}"
    return _with_time(d, time, part, relative, rule)


def _with_time(d: date, time: tuple[str, str | None] | None, part: str | None,
               relative: bool, rule: str) -> Timex:
    if time:
        value, zone = time
        return Timex("time", d.isoformat() + value + (zone or ""), "time", relative, False,
                     rule + "+time")
    if part in CLOCK_PARTS:  # "Monday noon" is a clock time
        return Timex("time", d.isoformat() + part, "time", relative, False, rule + "+time")
    if part:  # "Friday night", "the morning of Oct. 23": TIMEX3's part of the day, 2000-01-07TNI
        return Timex("time", d.isoformat() + part, "day", relative, False, rule + "+part")
    return Timex("date", d.isoformat(), "day", relative, False, rule)


def _month(month: int, rel: str | None, ref: date, direction: str | None,
           weak: bool = False) -> Timex:
    cur = ref.year * 12 + ref.month - 1
    options = [(y * 12 + month - 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if rel in ("last", "past", "previous"):
        pick = max(o for o in options if o < cur)
        way = "last"
    elif rel in ("next", "coming", "upcoming", "following"):
        pick = min(o for o in options if o > cur)
        way = "next"
        if rel == "following":  # "the following March": after the date the text gave before
            return Timex("date", f"{pick // 12:04d}-{month:02d}", "month", True, False,
                         "month:following", anchor=f"month-after:{month:02d}", offset=month)
    elif rel == "this":
        pick = ref.year * 12 + month - 1
        way = "this"
    elif rel == "that":  # "that May", "May of that year": of the year the text gave before
        pick = pick_index(options, cur, direction)
        return Timex("date", f"{pick // 12:04d}-{month:02d}", "month", True, False,
                     "month:that", anchor=f"year-of:{month:02d}")
    else:
        pick = pick_index(options, cur, direction)
        way = way_name(direction)
        if (direction != "past" or weak) and abs(pick - cur) >= FAR_MONTHS and \
                abs(pick_index(options, cur, None) - cur) <= NEAR_MONTHS:
            pick, way = pick_index(options, cur, None), "nearest"
    return Timex("date", f"{pick // 12:04d}-{pick % 12 + 1:02d}", "month", True, False,
                 f"month:{way}")


def _weekday(weekday: int, time: tuple[str, str | None] | None, part: str | None,
             rel: str | None, ref: date, direction: str | None) -> Timex:
    back = (ref.weekday() - weekday) % 7
    fwd = (weekday - ref.weekday()) % 7
    if rel in ("last", "past", "previous"):
        d, way = ref - timedelta(days=back or 7), "last"
    elif rel == "following":  # "the following Monday": after the day the text gave before
        d = ref + timedelta(days=fwd or 7)
        return replace(_with_time(d, time, part, True, "weekday:following"),
                       anchor="weekday-after", offset=weekday)
    elif rel in ("next", "coming", "upcoming"):
        d, way = ref + timedelta(days=fwd or 7), "next"
    elif rel == "this":
        d, way = ref + timedelta(days=weekday - ref.weekday()), "this"
    elif direction == "past":
        d, way = ref - timedelta(days=back), "past-tense"
    elif direction == "future":
        d, way = ref + timedelta(days=fwd), "future-tense"
    else:
        d = ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)
        way = "nearest"
    return _with_time(d, time, part, True, f"weekday:{way}")


def _season(season: str, rel: str | None, ref: date, direction: str | None) -> Timex:
    cur = (ref.year - (ref.month < 3)) * 4 + (ref.month - 3) % 12 // 3
    options = [y * 4 + SEASON_ORDER.index(season) for y in (ref.year - 2, ref.year - 1, ref.year,
                                                      ref.year + 1)]
    if rel == "following":  # "the following summer": after the date the text gave before
        pick = min(o for o in options if o > cur)
        start = SPRING_START_MONTH + MONTHS_PER_QUARTER * SEASON_ORDER.index(season)
        return Timex("date", f"{pick // 4:04d}-{season}", "month", True, False,
                     "season:following", anchor=f"month-after:{season}", offset=start)
    if rel == "that":  # "that summer": the summer of the year the text gave before
        pick = pick_index(options, cur, direction)
        return Timex("date", f"{pick // 4:04d}-{season}", "month", True, False, "season:that",
                     anchor=f"year-of:{season}")
    if rel in ("last", "past", "previous"):
        pick, way = max(o for o in options if o < cur), "last"
    elif rel in ("next", "coming", "upcoming", "following"):
        pick, way = min(o for o in options if o > cur), "next"
    else:
        pick = pick_index(options, cur, None if rel == "this" else direction)
        this_year = ref.year * 4 + SEASON_ORDER.index(season)
        if rel == "this" and season != "WI" and abs(this_year - cur) == abs(pick - cur):
            pick = this_year  # "this autumn" in March, as near as last autumn: this year's
        way = "this" if rel == "this" else way_name(direction)
    return Timex("date", f"{pick // 4:04d}-{season}", "month", True, False, f"season:{way}")


def _half_rel(h: int, ref: date, direction: str | None) -> Timex:
    """"the first half" without a year: this year's, unless the tense says it lies ahead
    (next year's) or is over (last year's). Ahead, the half that ended at most
    REPORTING_SEASON_DAYS ago is that one: "would post a loss for the first half" in July (in
    January, "the second half" ahead is this year's: growth expected in it, not results)."""
    cur = 1 if ref.month <= 6 else 2
    second_half_start = date(ref.year, 2 * MONTHS_PER_QUARTER + 1, 1)
    if direction == "future" and h < cur and \
            (ref - second_half_start).days < REPORTING_SEASON_DAYS:
        year = ref.year
    elif direction == "future":
        year = ref.year if h >= cur else ref.year + 1
    else:
        year = ref.year if h < cur or h == cur and not _just_begun(
            direction, ref, (cur - 1) * 2 * MONTHS_PER_QUARTER + 1) else ref.year - 1
    return Timex("date", f"{year:04d}-H{h}", "month", True, False, "half")


def _quarter_rel(q: int, ref: date, direction: str | None) -> Timex:
    """"the third quarter" without a year: this year's, unless the tense says it lies ahead
    (next year's) or is over (last year's). Ahead, the quarter just over is that one: its
    results and estimates come out during the next ("will report third-quarter results" in
    October, "the second-quarter growth revision is due Aug. 31")."""
    cur = (ref.month - 1) // 3 + 1
    last = (cur - 2) % 4 + 1  # the quarter before the current one
    if direction == "future" and q == last:
        year = ref.year if q < cur else ref.year - 1
    elif direction == "future":
        year = ref.year if q >= cur else ref.year + 1
    else:
        year = ref.year if q < cur or q == cur and not _just_begun(
            direction, ref, (cur - 1) * MONTHS_PER_QUARTER + 1) else ref.year - 1
    return Timex("date", f"{year:04d}-Q{q}", "month", True, False, "quarter")


def _just_begun(direction: str | None, ref: date, first_month: int) -> bool:
    """Whether a past clause tells of the period that began in `first_month` of the reference
    year fewer than JUST_BEGUN_DAYS before the reference date: it tells of last year's."""
    return direction == "past" and (ref - date(ref.year, first_month, 1)).days < JUST_BEGUN_DAYS

