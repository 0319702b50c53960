"""Expressions built on a unit word: durations ("a couple of weeks" -> P2W), sets ("every
Monday", "daily"), counts from the reference date ("two years ago") or from the previous date
("two years later"), and relative units ("last week", "the coming year")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...calendar_names import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS
from .arithmetic import DAYS_IN_FORTNIGHT, DAYS_IN_WEEK, iso_week, shift_month
from .timex import Timex
from .words import (
    CENTURY_UNKNOWN,
    DECADE_UNKNOWN,
    FIRST_WORDS,
    NUM_PATTERN,
    PARTS_OF_DAY,
    SEASONS,
    SET_WORDS,
    SMALL_NUMBERS,
    SPAN_OF_FIRST_UNITS,
    UNIT_FORMS,
    UNIT_PATTERN,
    UNITS,
    YEAR_TOKEN,
    compound_unit,
    smaller_unit,
)

_MIXED_FRACTION = re.compile(r"(\d+) (\d)/(\d)")
_INTEGER = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+\.\d+")
_HYPHEN_OR_SPACE = re.compile(r"[- ]")
_DURATION_COUNT = re.compile(r"^P[\dX.]*")
_UNIT_CODE = re.compile(r"^(\D+).*")
# "twice", "three times": how often a set recurs in each period (its TIMEX3 freq)
# ("six days a week": six days of each week, freq 6D)
_COUNT = rf"(?P<count>once|twice|thrice|(?:{NUM_PATTERN}) (?:times?|days|hours))"
_SET_EVERY = re.compile(
    rf"^(?:every|each|per|{_COUNT} (?:a|an|per|every|each))"
    rf"(?: other| single)?\s+(?:(?P<n>{NUM_PATTERN})\s+)?"
    rf"(?P<unit>{UNIT_PATTERN}|{WEEKDAY_PATTERN}|{MONTH_PATTERN}|"
    r"morning|afternoon|evening|night|summer|winter|spring|fall|autumn)"
    r"(?: (?P<part>morning|afternoon|evening|night)| season)?$"  # "every Tuesday morning",
    # "each summer season"
)
_COUNTED_ADVERB = re.compile(rf"^{_COUNT} (?P<adverb>\w+)$")  # "twice daily"
# "Mondays", "Sunday afternoons": every such day (or part of it)
_PLURAL_WEEKDAY = re.compile(
    r"^(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s|"
    r" (?P<part>morning|afternoon|evening|night)s)$"
)
_ONCE = {"once": 1, "twice": 2, "thrice": 3}
_FREQ_UNITS = {"days": "D", "hours": "H"}  # the granularity a counted set's freq names
MONTHS_IN_YEAR = 12
_YEARS_IN_UNIT = {"year": 1, "yr": 1, "decade": 10, "century": 100, "millennium": 1000}
WEEKENDS = "XXXX-WXX-WE"  # every weekend, as "every Monday" is XXXX-WXX-1


def parse_set(core: str, ref: date, direction: str | None) -> Timex | None:
    """"daily", "every Monday", "twice a year" (P1Y, freq 2X), "three times weekly"."""
    counted = _COUNTED_ADVERB.match(core)
    if counted and counted["adverb"] in SET_WORDS:
        value = SET_WORDS[counted["adverb"]]
        return Timex("set", value, duration_granularity(value), False, False, "set:adverb",
                     freq=_freq(counted["count"]))
    if core == "weekends":  # "open on weekends": every weekend
        return Timex("set", WEEKENDS, "week", False, False, "set:weekends")
    if core in SET_WORDS:
        value = SET_WORDS[core]
        return Timex("set", value, duration_granularity(value), False, False, "set:adverb")
    plural = _PLURAL_WEEKDAY.match(core)
    if plural:
        part = PARTS_OF_DAY[plural["part"]] if plural["part"] else ""
        value = f"XXXX-WXX-{WEEKDAYS[plural['day']] + 1}{part}"
        return Timex("set", value, "day", False, False, "set:weekdays")
    m = _SET_EVERY.match(core)
    if not m:
        return None
    word = m["unit"].rstrip(".")
    other = " other " in f" {core} "
    freq = _freq(m["count"]) if m["count"] else None
    if word in WEEKDAYS:
        part = PARTS_OF_DAY[m["part"]] if m["part"] else ""
        value = f"XXXX-WXX-{WEEKDAYS[word] + 1}{part}"
        return Timex("set", value, "day", False, False, "set:every-weekday", freq=freq)
    if m["part"]:
        return None  # a part of the day after no weekday: "every spring morning"
    if word in MONTHS and not core.startswith(("a ", "an ")):
        return Timex("set", f"XXXX-{MONTHS[word]:02d}", "month", False, False,
                     "set:every-month", freq=freq)
    if word in PARTS_OF_DAY:  # as "every Tuesday" is XXXX-WXX-2: any day's morning
        return Timex("set", f"XXXX-XX-XX{PARTS_OF_DAY[word]}", "time", False, False,
                     "set:every-part-of-day", freq=freq)
    if word in SEASONS:  # as "every March" is XXXX-03
        return Timex("set", f"XXXX-{SEASONS[word]}", "month", False, False, "set:every-season",
                     freq=freq)
    if word == "weekend":
        return Timex("set", WEEKENDS, "week", False, False, "set:every-weekend", freq=freq)
    unit = UNIT_FORMS.get(word)
    if unit is None:
        return None
    n = _number(m["n"]) if m["n"] else 1
    if other and isinstance(n, (int, float)):
        n *= 2
    value = duration_value(n, unit)
    return Timex("set", value, duration_granularity(value), False, False, "set:every",
                 freq=freq)


def _freq(count: str) -> str | None:
    """TIMEX3 freq of a count: "twice" -> "2X", "three times" -> "3X", "six days" -> "6D";
    None when vague."""
    n = _ONCE.get(count) or _number(count.rsplit(" ", 1)[0])
    if not isinstance(n, int):
        return None
    return f"{n}{_FREQ_UNITS.get(count.rsplit(' ', 1)[-1], 'X')}"


_DURATION = re.compile(
    r"^(?:(?P<the>the|a|an|this|these|those|that)\s+)?"
    r"(?:(?P<rel>past|last|latest|next|coming|previous|following|first|final|recent|upcoming|"
    r"remaining|ensuing|preceding|prior|intervening|subsequent|initial|other|current)\s+)?"
    rf"(?:(?P<num>{NUM_PATTERN})(?:\s+|\s*-\s*))?"
    r"(?:(?:more|additional|further|full|straight|consecutive|long|whole|extra|short|same|"
    r"successive|other|or so|plus|odd)\s+)?"
    # the kind of day counted: "10 business days" is P10D, as TimeML writes it
    r"(?:(?:business|trading|working|selling|calendar|school)\s+)?"
    r"(?:fiscal\s+)?"  # "last fiscal year" is last year, as "fiscal 2024" is 2024
    rf"(?P<unit>{UNIT_PATTERN})(?P<half> and a half)?"
    r"(?P<suffix>\s*-\s*(?:long|old|plus)|\s+long|\s+old)?"
    r"(?:\s+(?P<post>ago|earlier|later|before|after|from now|hence|back|in a row|running|"
    r"straight|on end|since|before that|after that|prior|previously|of age|old|later on))?$"
)


_IN_A_ROW = re.compile(r"\b(?:consecutive|straight|successive)\b")
_PREVIOUS_WORDS = ("preceding", "prior")  # read as "previous"


def parse_duration(core: str, ref: date, direction: str | None) -> Timex | None:
    m = _DURATION.match(core)
    if not m:
        return None
    unit = UNIT_FORMS[m["unit"]]
    plural = m["unit"] != unit and m["unit"] not in ("min", "sec", "hr", "yr")
    rel, num, post, the = m["rel"], m["num"], m["post"], m["the"]
    if rel in _PREVIOUS_WORDS:  # "the preceding year", "the prior year"
        rel = "previous"
    if (m["suffix"] and "old" in m["suffix"]) or post in ("old", "of age"):
        return None  # an age: "54-year-old"
    if num and YEAR_TOKEN.match(num) and m["unit"] == "year" and not (post or m["suffix"]):
        return Timex("date", num, "year", False, False, "year:of-unit")  # "the 1989 fiscal year"
    n: int | float | str
    if num:
        n = _number(num)
    elif rel in ("recent", "coming", "upcoming", "remaining", "ensuing", "intervening") or plural:
        n = "X"
    else:
        n = 1
    if m["half"]:
        if not isinstance(n, (int, float)):
            return None
        n += 0.5  # "a year and a half", "two years and a half"
    if " same " in f" {core} " and the in ("the", "that") and not num:
        the = "that"  # "the same day" is "that day"
    if m["suffix"] and "long" in m["suffix"] and not num:
        n = "X" if plural else 1  # "day-long", "decades-long"
    if unit == "weekend":
        if post or num:
            return None
        return _relative_unit(rel or the, unit, ref, direction)
    if not num and not plural and the in ("the", "that") and post:
        return None  # "the year before", "the day after": anchored to an event
    if post in ("ago", "back", "before", "earlier", "previously", "prior") and not rel:
        if post == "earlier" and unit in ("week", "month", "year") and isinstance(n, int):
            return _earlier(n, unit, ref)
        if post in ("before", "earlier", "prior", "previously"):
            return _anaphoric_or_duration(n, unit, -1)
        return _ago(n, unit, ref, -1)
    if post in ("from now", "hence"):
        return _ago(n, unit, ref, 1)
    if post in ("later", "after", "later on"):
        return _anaphoric_or_duration(n, unit, 1)
    # "last week", "next month", "this year", "the coming week"
    if not num and not plural and (rel in ("last", "next", "past", "coming", "previous",
                                           "following", "upcoming", "current") or
                                   the in ("this", "that")):
        return _unit_from_here(rel, the, unit, ref, direction)
    if unit == "quarter" and (not num or post or not (
            rel in ("past", "last", "next", "coming") or _IN_A_ROW.search(core))):
        # "the quarter" is the one the text named; only a run of quarters counts months
        # ("two consecutive quarters" P6M, "the last four quarters" P12M): "three quarters of
        # the market" is a share, "led for three quarters" a game's
        return None
    if the == "the" and rel in FIRST_WORDS and not num and not plural and \
            unit in SPAN_OF_FIRST_UNITS and not post:
        value = duration_value(1, unit)  # "in the first year", "the final hour of trading"
        return Timex("duration", value, duration_granularity(value), False, False, "duration")
    if not num and not plural and the not in ("a", "an") and not m["suffix"]:
        return None  # "the day", "year", "the year before"
    if unit == "day" and not num and not plural and not m["suffix"] and not m["half"]:
        return None  # "a day" alone is rarely a duration in news
    if unit == "night" and not num:
        return None
    value = duration_value(n, unit)
    return Timex("duration", value, duration_granularity(value), False, False, "duration")


_SPANS_AHEAD = ("fortnight", "month", "year", "decade", "century")
"""Units that "the next" or "the coming" make a span from now ("over the next month" P1M,
"within the next fortnight" P2W), where "the next day" or "the next week" of a story is the one
after its last date."""


def _unit_from_here(rel: str | None, the: str | None, unit: str, ref: date,
                    direction: str | None) -> Timex | None:
    """A unit counted from the reference date ("last week", "this year") or from the date
    before it ("the following week", "that day", "the next night")."""
    if the == "the" and (rel in ("past", "last") or rel in ("next", "coming") and
                         unit in _SPANS_AHEAD):
        # "over the past year", "over the next decade", "in the coming year": a span of a
        # year, of ten years
        value = duration_value(1, unit)
        return Timex("duration", value, duration_granularity(value), False, False,
                     "duration:the-past-unit")
    if rel in ("following", "previous", "next") and the == "the" and unit == "night":
        return Timex("time", PARTS_OF_DAY["night"], "day", True, False, "anaphoric-day+part",
                     "previous", -1 if rel == "previous" else 1)
    if rel in ("following", "previous") or the == "that" or (
            the == "the" and rel == "next" and unit in ("day", "night")):
        if unit == "day":
            return Timex("date", None, "day", True, False, "anaphoric-day", "previous",
                         -1 if rel == "previous" else 0 if the == "that" else 1)
        if the == "that" and unit in ("year", "month"):
            return Timex("date", None, unit, True, False, f"anaphoric-{unit}",
                         f"previous-{unit}")
        if the == "that" and unit == "week":  # the week of the day the text gave before
            return Timex("date", None, unit, True, False, "anaphoric-week", "shift-week", 0)
        if rel in ("following", "previous") and unit in ("week", "month", "year"):
            # "the following week": a week after the date before it; the reference
            # date's next/last week when the text gave none
            k = 1 if rel == "following" else -1
            fallback = _relative_unit("next" if k > 0 else "last", unit, ref, direction)
            return replace(fallback, rule=f"anaphoric-{unit}", anchor=f"shift-{unit}",
                           offset=k) if fallback else None
        return None
    return _relative_unit("this" if the == "this" and not rel else rel, unit, ref,
                          direction)


def _earlier(n: int, unit: str, ref: date) -> Timex | None:
    """ "a year earlier": that far before the date the text gave before it, as "two years
    later" is; before the reference date when it gave none ("profit fell from $9 million a
    year earlier": a year ago)."""
    ago = _ago(n, unit, ref, -1)
    return replace(ago, rule=EARLIER_RULE, anchor=f"shift-{unit}", offset=-n) if ago else None


MINUTES_IN = {"minute": 1, "hour": 60}
CLOCK_SHIFT = "clock-shift"  # the anchor of "two hours later": minutes from the last clock time


def _anaphoric_or_duration(n: int | float | str, unit: str, sign: int) -> Timex:
    value = duration_value(n, unit)
    if unit in ("day", "night", "fortnight") and isinstance(n, int):
        # "two days later", "a fortnight later": that many days from the day the text gave
        # before; a span of them when it gave none, as "two years later" is
        days = n * DAYS_IN_FORTNIGHT if unit == "fortnight" else n
        return Timex("duration", value, "day", False, False, "duration", "previous", sign * days)
    if unit in ("week", "month", "year") and isinstance(n, int):
        # "two years later": a date that far from the date before it; a duration when the
        # text gave none
        return Timex("duration", value, duration_granularity(value), False, False,
                     "duration", f"shift-{unit}", sign * n)
    if unit in MINUTES_IN and isinstance(n, int):
        # "four minutes later": a clock time that far from the one just given
        return Timex("duration", value, duration_granularity(value), False, False,
                     "duration", CLOCK_SHIFT, sign * n * MINUTES_IN[unit])
    return Timex("duration", value, duration_granularity(value), False, False, "duration")


def _ago(n: int | float | str, unit: str, ref: date, sign: int) -> Timex | None:
    if isinstance(n, float) and unit in ("year", "yr") and (n * MONTHS_IN_YEAR).is_integer():
        n, unit = int(n * MONTHS_IN_YEAR), "month"  # "a year and a half ago": 18 months back
    if not isinstance(n, int):
        if n == "X":
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Timex("date", value, "year", False, False, "ago:vague")
        return None
    k = sign * n
    if unit in ("day", "night"):
        return Timex("date", (ref + timedelta(days=k)).isoformat(), "day", True, False, "ago")
    if unit in ("week", "fortnight"):
        days = (DAYS_IN_FORTNIGHT if unit == "fortnight" else DAYS_IN_WEEK) * k
        return Timex("date", iso_week(ref + timedelta(days=days)), "week", True, False, "ago")
    if unit == "month":
        y, mo = shift_month(ref.year, ref.month, k)
        return Timex("date", f"{y:04d}-{mo:02d}", "month", True, False, "ago")
    years = _YEARS_IN_UNIT.get(unit)
    if years == 1 and k == -1:  # "a year ago": after "the third quarter", that quarter's
        return Timex("date", f"{ref.year - 1:04d}", "year", True, False, "ago", "period:last",
                     -1)
    if years:
        return Timex("date", f"{ref.year + k * years:04d}", "year", True, False, "ago")
    if unit in ("hour", "hr", "minute", "min", "second", "sec"):
        return Timex("date", ref.isoformat(), "day", True, False, "ago:same-day")
    return None


# The rule of "a year earlier": a date counted back from the date before it, or from the
# reference date.
EARLIER_RULE = "anaphoric:earlier"
# Monday to Wednesday are nearer the weekend just gone than the coming one.
LAST_WEEKDAY_NEARER_PAST_WEEKEND = 2
SATURDAY = 5  # date.weekday() of a Saturday: a weekend day's weekend is its own


def _relative_unit(rel: str | None, unit: str, ref: date, direction: str | None) -> Timex | None:
    """"last week", "this month", "next year", "the weekend"."""
    k = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
         "upcoming": 1}.get(rel or "", 0)
    rule = f"relative:{rel or 'this'}-{unit}"
    if unit in ("day", "night"):
        return Timex("date", (ref + timedelta(days=k)).isoformat(), "day", True, False, rule)
    if unit in ("week", "fortnight"):
        return Timex("date", iso_week(ref + timedelta(days=7 * k)), "week", True, False, rule)
    if unit == "weekend":
        if rel in (None, "the", "that"):  # no this/next/last: the tense's, else the nearest
            past = direction == "past" or (direction is None and
                                           ref.weekday() <= LAST_WEEKDAY_NEARER_PAST_WEEKEND)
            k = -1 if past and ref.weekday() < SATURDAY else 0
        base = ref + timedelta(days=7 * k)
        return Timex("date", iso_week(base) + "-WE", "week", True, False, rule)
    if unit == "month":
        y, mo = shift_month(ref.year, ref.month, k)
        return Timex("date", f"{y:04d}-{mo:02d}", "month", True, False, rule)
    if unit in ("year", "yr"):
        return Timex("date", f"{ref.year + k:04d}", "year", True, False, rule)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + k
        y = ref.year + q // 4
        return Timex("date", f"{y:04d}-Q{q % 4 + 1}", "month", True, False, rule)
    if unit == "decade":
        return Timex("date", f"{ref.year // 10 + k:03d}{DECADE_UNKNOWN}", "year", True, False,
                     rule)
    if unit == "century":
        return Timex("date", f"{ref.year // 100 + k:02d}{CENTURY_UNKNOWN}", "year", True, False,
                     rule)
    return None


def _number(text: str) -> int | float | str:
    t = text.strip().replace(",", "")
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith("½"):
        t, half = t[:-1].strip(), 0.5
    m = _MIXED_FRACTION.fullmatch(t)
    if m:
        return int(m[1]) + int(m[2]) / int(m[3])
    if _INTEGER.fullmatch(t):
        return int(t) + half if half else int(t)
    if _DECIMAL.fullmatch(t):
        return float(t)
    if t in SMALL_NUMBERS:
        n = SMALL_NUMBERS[t]
        return n + half if half else n
    parts = _HYPHEN_OR_SPACE.split(t)
    if len(parts) == 2 and all(p in SMALL_NUMBERS for p in parts):
        n = SMALL_NUMBERS[parts[0]] + SMALL_NUMBERS[parts[1]]
        return n + half if half else n
    return "X"  # "a few", "several", "dozens of"


def _compound_part(k: int) -> str:
    """The `k`-th count and unit of a compound duration, as named regex groups."""
    return rf"(?P<n{k}>{NUM_PATTERN}) (?P<u{k}>{UNIT_PATTERN})"


# "two hours and 14 minutes", "3 years, 4 months": one span, its units from the largest down
_COMPOUND_JOINT = r"(?:,? and |, | )"
_COMPOUND_DURATION = re.compile(
    rf"^(?:an? |the )?{_compound_part(0)}{_COMPOUND_JOINT}{_compound_part(1)}"
    rf"(?:{_COMPOUND_JOINT}{_compound_part(2)})?$"
)
COMPOUND_RULE = "duration:compound"


def parse_compound_duration(core: str, ref: date, direction: str | None) -> Timex | None:
    """ "two hours and 14 minutes" -> PT2H14M, "three years and four months" -> P3Y4M: whole
    numbers of units written from the largest down."""
    m = _COMPOUND_DURATION.match(core)
    if m is None:
        return None
    parts: dict[str, int] = {}
    for k in range(3):
        if m[f"u{k}"] is None:
            break
        unit, n = compound_unit(m[f"u{k}"]), _number(m[f"n{k}"])
        if unit is None or not isinstance(n, int):
            return None
        if parts and not smaller_unit(list(parts)[-1], unit, n):
            return None  # "14 minutes and two hours", "three years and 18 months": two
        parts[unit] = n
    date_part = "".join(f"{n}{UNITS[u][0]}" for u, n in parts.items() if not UNITS[u][1])
    time_part = "".join(f"{n}{UNITS[u][0]}" for u, n in parts.items() if UNITS[u][1])
    value = "P" + date_part + (f"T{time_part}" if time_part else "")
    return Timex("duration", value, duration_granularity(value), False, False, COMPOUND_RULE)


_SMALLER = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False),
            "D": (24, "H", True), "H": (60, "M", True), "M_T": (60, "S", True)}


def duration_value(n: int | float | str, unit: str) -> str:
    code, is_time, _ = UNITS[unit]
    if unit == "fortnight":
        n = n * 2 if isinstance(n, (int, float)) else n
    if code == "Q":
        if isinstance(n, (int, float)):
            n, code = n * 3, "M"
        else:
            code = "M"
    if code == "WE":
        return "P2D"
    prefix = "PT" if is_time else "P"
    if isinstance(n, str):
        return f"{prefix}X{code}"
    if code in ("DE", "CE", "ML"):
        n, code = n * {"DE": 10, "CE": 100, "ML": 1000}[code], "Y"
    if float(n).is_integer():
        return f"{prefix}{int(n)}{code}"
    whole = int(n)
    key = "M_T" if code == "M" and is_time else code
    if key in _SMALLER:
        factor, small, small_time = _SMALLER[key]
        rest = (n - whole) * factor
        if float(rest).is_integer():
            head = f"{whole}{code}" if whole else ""
            if small_time and not is_time:
                return f"P{head}T{int(rest)}{small}"
            return f"{prefix}{head}{int(rest)}{small}"
    return f"{prefix}{n:g}{code}"


def duration_granularity(value: str) -> str:
    if value.startswith("PT"):
        return "time"
    code = _UNIT_CODE.sub(r"\1", _DURATION_COUNT.sub("", value))
    return {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "year", "CE": "year",
            "ML": "year"}.get(code, "day")
