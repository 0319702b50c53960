"""Expressions with calendar parts (weekday, month, day, year, season, quarter, decade, century,
holiday, clock time), resolved against the reference date in the direction given."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .arithmetic import iso_week, pick, pick_index, safe_date, way_name
from .clock import find_time
from .holidays import find_holiday, read_holiday
from .timex import Timex
from .words import (
    CLOCK_PARTS,
    DAYNUM_PATTERN,
    MONTH_PATTERN,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    YEAR_PATTERN,
)

_WORDS = re.compile(r"[a-z']+")
_RELATIVE = re.compile(r"\b(last|next|this|coming|past|previous|following|upcoming)\b")
_RELATIVE_YEAR = re.compile(r"\b(last|next|this|past|previous|coming) year\b")
_YEAR = re.compile(rf"(?<![\d,.$£€])({YEAR_PATTERN})(?!\d|s\b|'s\b|\s*(?:%|percent|per cent))")
_MONTH_DAY = re.compile(
    rf"\b({MONTH_PATTERN})\s*(?:the\s+)?({DAYNUM_PATTERN})\b(?!\s*(?:am|pm|:|[ap]\.))"
)
_DAY_MONTH = re.compile(rf"\b(?:the\s+)?({DAYNUM_PATTERN})\s*(?:of\s+)?({MONTH_PATTERN})(?![a-z])")
_MONTH = re.compile(rf"\b({MONTH_PATTERN})(?![a-z])")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_WEEKDAY = re.compile(rf"\b({WEEKDAY_PATTERN})(?![a-z])")
_DECADE = re.compile(r"(?:^|\s)(?:the\s+)?(?:(1\d|20)(\d)0|'(\d)0|(\d)0)'?s\b")
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th) century\b|\b(\w+) century\b")
_QUARTER = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last) quarter\b|\bq([1-4])\b"
)
_HALF = re.compile(r"\b(first|second|1st|2nd|latter) half\b")
_FISCAL = re.compile(r"\b(?:fiscal|fy|financial year)\b")
_YEAR_WORD = re.compile(rf"\b({YEAR_PATTERN})\b")
_NON_DIGITS = re.compile(r"\D")
_TOKENS = re.compile(r"[a-z]+(?:'[a-z]+)?\.?|\d+(?:st|nd|rd|th|s)?|'\d\ds?")


def parse_calendar(core: str, ref: date, direction: str | None) -> Timex | None:
    """Anything with calendar parts: weekday, month, day, year, time, season, holiday."""
    weak = bool(direction and direction.endswith("?"))
    direction = direction.rstrip("?") if direction else None
    s = core
    if s.endswith(" week") and (holiday := find_holiday(s[:-5])):
        found = read_holiday(holiday, _year_in(s), None, ref, None)  # the week runs up to it
        if found is None or found.value is None:
            return found
        value = iso_week(date.fromisoformat(found.value))  # "Easter week", "Christmas week"
        return replace(found, value=value, granularity="week", rule="holiday-week")
    holiday = find_holiday(s)
    time = find_time(s)
    t_words = set(_WORDS.findall(s))
    part = None
    for w, code in PARTS_OF_DAY.items():
        if w in t_words:
            part = code
            break
    if "early hours" in s or "small hours" in s or "wee hours" in s:
        part = "TMO"
    rel = None
    m = _RELATIVE.search(s)
    if m:
        rel = m[1]

    # explicit year / month / day / weekday
    year = None
    year_relative = False
    ry = _RELATIVE_YEAR.search(s)
    if ry:
        year = ref.year + {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
            ry[1], 0)
        year_relative = True
        s = s[: ry.start()] + s[ry.end():]
        rel = None
    ym = None if ry else _YEAR.search(s)
    if ym:
        year = int(ym[1])
    month = day = weekday = None
    md = _MONTH_DAY.search(s)
    dm = _DAY_MONTH.search(s)
    if md and not _is_year_like(md[2]):
        month, day = MONTHS[md[1].rstrip(".")], _daynum(md[2])
    elif dm and not _is_year_like(dm[1]):
        day, month = _daynum(dm[1]), MONTHS[dm[2].rstrip(".")]
    else:
        mm = _MONTH.search(s)
        if mm:
            month = MONTHS[mm[1].rstrip(".")]
    numeric = _ISO_DATE.search(s)
    if numeric:
        year, month, day = int(numeric[1]), int(numeric[2]), int(numeric[3])
    else:
        slash = _SLASH_DATE.search(s)
        if slash:
            a, b, y = int(slash[1]), int(slash[2]), int(slash[3])
            y = y if y >= 100 else (1900 + y if y > 50 else 2000 + y)
            month, day = (b, a) if a > 12 else (a, b)
            year = y
    wm = _WEEKDAY.search(s)
    if wm:
        weekday = WEEKDAYS[wm[1].rstrip(".")]
    if day is not None and not 1 <= day <= 31:
        day = None
    if month is not None and not 1 <= month <= 12:
        return None
    season = next((SEASONS[w] for w in SEASONS if w in t_words), None)
    decade = _DECADE.search(s)
    century = _CENTURY.search(s)
    quarter = _QUARTER.search(s)
    half = _HALF.search(s)
    if decade and decade[4] and not s.startswith(("the ", "'")):
        decade = None  # "his 30s" is an age
    # ---- compose
    if holiday and not month:
        return read_holiday(holiday, year, rel, ref, direction)
    if month and day and s.startswith(("the week of", "week of")):
        result = _month_day(year, month, day, weekday, None, None, rel, ref, direction)
        if result and result.value:
            value = iso_week(date.fromisoformat(result.value))
            return replace(result, value=value, granularity="week", rule="week-of")
    if month and day:
        result = _month_day(year, month, day, weekday, time, part, rel, ref, direction, weak)
        return replace(result, relative=True) if result and year_relative else result
    if month:
        if year:
            return Timex("date", f"{year:04d}-{month:02d}", "month", year_relative, False,
                         "month-year")
        return _month(month, rel, ref, direction, weak)
    if weekday is not None:
        return _weekday(weekday, time, part, rel, ref, direction)
    if year is not None and (season or quarter or half):
        if season:
            return Timex("date", f"{year:04d}-{season}", "month", year_relative, False,
                         "season-year")
        if quarter:
            return Timex("date", f"{year:04d}-Q{_quarter(quarter)}", "month", year_relative,
                         False, "quarter-year")
        return Timex("date", f"{year:04d}-H{1 if half[1] in ('first', '1st') else 2}",
                     "month", year_relative, False, "half-year")
    if year is not None and year_relative:
        return Timex("date", f"{year:04d}", "year", True, False, "relative:year")
    if year is not None:
        if _FISCAL.search(s) or len(_TOKENS.findall(s)) <= 6:
            return Timex("date", f"{year:04d}", "year", False, False, "year")
        return None
    if decade:
        if decade[1]:
            value = decade[1] + decade[2]
        else:
            digit = decade[3] or decade[4]
            value = ("19" if int(digit) >= 2 else "20") + digit
        return Timex("date", value, "year", False, False, "decade")
    if century:
        n = _century(century)
        if n:
            return Timex("date", f"{n - 1:02d}", "year", False, False, "century")
        if century[2] in ("this", "last", "next", "past", "current"):
            k = {"last": -1, "past": -1, "next": 1}.get(century[2], 0)
            return Timex("date", f"{ref.year // 100 + k:02d}", "year", True, False,
                         "relative:century")
    if season:
        return _season(season, rel, ref, direction)
    if quarter:
        return _quarter_rel(_quarter(quarter), ref, direction)
    if time:
        value, zone = time
        value = value + (zone or "")
        rule = "time+zone" if zone else "time"
        return Timex("time", value, "time", True, False, rule, "day")
    if part in CLOCK_PARTS:
        return Timex("time", part, "time", True, False, "time:named", "day")
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


def _century(m: re.Match[str]) -> int | None:
    if m[1]:
        return int(m[1])
    word = m[2]
    return ORDINALS.get(word) if word in ORDINALS and ORDINALS[word] > 0 else None


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
        if abs((d - ref).days) > 270 and abs((near - ref).days) <= 45:
            d, way = near, None  # a past-tense "the Jan. 14 deadline" a week ahead
        elif weak and abs((d - ref).days) > 180 and abs((near - ref).days) <= 120:
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
    # "Friday night", "the morning of Oct. 23": the day, as the TimeML news corpora write it
    return Timex("date", d.isoformat(), "day", relative, False, rule + ("+part" if part else ""))


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
    elif rel == "this":
        pick = ref.year * 12 + month - 1
        way = "this"
    else:
        pick = pick_index(options, cur, direction)
        way = way_name(direction)
        if (direction != "past" or weak) and abs(pick - cur) >= 10 and \
                abs(pick_index(options, cur, None) - cur) <= 1:
            pick, way = pick_index(options, cur, None), "nearest"
    return Timex("date", f"{pick // 12:04d}-{pick % 12 + 1:02d}", "month", True, False,
                 f"month:{way}")


def _weekday(weekday: int, time: tuple[str, str | None] | None, part: str | None,
             rel: str | None, ref: date, direction: str | None) -> Timex:
    back = (ref.weekday() - weekday) % 7
    fwd = (weekday - ref.weekday()) % 7
    if rel in ("last", "past", "previous"):
        d, way = ref - timedelta(days=back or 7), "last"
    elif rel in ("next", "coming", "upcoming", "following"):
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
    order = ("SP", "SU", "FA", "WI")
    cur = (ref.year - (ref.month < 3)) * 4 + (ref.month - 3) % 12 // 3
    options = [y * 4 + order.index(season) for y in (ref.year - 2, ref.year - 1, ref.year,
                                                      ref.year + 1)]
    if rel in ("last", "past", "previous"):
        pick, way = max(o for o in options if o < cur), "last"
    elif rel in ("next", "coming", "upcoming", "following"):
        pick, way = min(o for o in options if o > cur), "next"
    else:
        pick = pick_index(options, cur, None if rel == "this" else direction)
        way = "this" if rel == "this" else way_name(direction)
    return Timex("date", f"{pick // 4:04d}-{season}", "month", True, False, f"season:{way}")


def _quarter_rel(q: int, ref: date, direction: str | None) -> Timex:
    cur = (ref.month - 1) // 3 + 1
    if direction == "future":
        year = ref.year if q >= cur else ref.year + 1
    else:
        year = ref.year if q <= cur else ref.year - 1
    return Timex("date", f"{year:04d}-Q{q}", "month", True, False, "quarter")

