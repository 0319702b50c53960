"""TIMEX3 normalization of one temporal expression, given the reference date and a direction.

`normalize(text, ref, direction)` reads the surface text of a candidate span (found by spaCy's
NER or the date Matcher, never by scanning raw text) and returns its TIMEX3 type and value:

- calendar dates at the granularity written: "2023" -> 2023, "last April" -> 2024-04,
  "November 5" -> 2024-11-05, "the 1990s" -> 199 (TIMEX3 writes a decade as its first three
  digits), "last fall" -> 2024-FA, "this week" -> 2025-W02;
- times, with a zone offset where one is given: "03:00 GMT" -> T03:00Z (the day is added by the
  caller from the sentence or the reference date), parts of days: "Friday night" -> ...TNI;
- durations: "a couple of weeks" -> P2W, "decades" -> PXDE, "5 1/2 hours" -> PT5H30M;
- sets: "daily" -> P1D, "every Monday" -> XXXX-WXX-1;
- vague references: "now" -> PRESENT_REF, "the future" -> FUTURE_REF.

Underspecified dates ("Monday", "December", "November 5") are resolved in `direction`: "past"
(on or before the reference date), "future" (on or after) or None (the nearest). Without a
reference date, values that depend on one are None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..data import table

_PLACEHOLDER_REF = date(2000, 1, 1)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "dawn": "TMO",
    "daybreak": "TMO", "dusk": "TEV", "nightfall": "TEV", "midday": "T12:00", "noon": "T12:00",
    "midnight": "T00:00", "noontime": "T12:00",
}
ZONES = {
    "gmt": "Z", "utc": "Z", "z": "Z", "zulu": "Z", "est": "-05", "edt": "-04", "cst": "-06",
    "cdt": "-05", "mst": "-07", "mdt": "-06", "pst": "-08", "pdt": "-07", "bst": "+01",
    "cet": "+01", "cest": "+02", "eet": "+02", "eest": "+03", "msk": "+03", "kst": "+09",
    "jst": "+09", "hkt": "+08", "sgt": "+08", "aest": "+10", "aedt": "+11", "wib": "+07",
    "pkt": "+05", "ist": "+05:30", "sast": "+02", "wat": "+01", "eat": "+03", "ast": "-04",
    "akst": "-09", "hst": "-10",
}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a pair of": 2, "both": 2, "single": 1, "half a": 0.5, "half an": 0.5,
    "a half": 0.5,
}
VAGUE_NUMBERS = (
    "a few", "few", "several", "some", "many", "a number of", "dozens of", "hundreds of",
    "thousands of", "numerous", "countless", "multiple", "a handful of", "the", "recent",
    "coming", "next few", "last few", "past few", "various",
)
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}
# unit -> (ISO designator, time part?, granularity)
UNITS = {
    "second": ("S", True, "time"), "sec": ("S", True, "time"), "minute": ("M", True, "time"),
    "min": ("M", True, "time"), "hour": ("H", True, "time"), "hr": ("H", True, "time"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"),
    "year": ("Y", False, "year"), "yr": ("Y", False, "year"), "decade": ("DE", False, "year"),
    "century": ("CE", False, "year"), "millennium": ("ML", False, "year"),
    "quarter": ("Q", False, "month"), "weekend": ("WE", False, "day"),
}
_UNIT_FORMS = {
    **{u: u for u in UNITS}, **{u + "s": u for u in UNITS}, "centuries": "century",
    "millennia": "millennium", "millenniums": "millennium", "mins": "min", "secs": "sec",
    "hrs": "hr", "yrs": "yr",
}
PRESENT_WORDS = {
    "now", "right now", "just now", "currently", "nowadays", "presently", "at present",
    "the present", "present", "these days", "today's", "the moment", "at the moment",
    "for now", "by now", "until now", "till now", "so far", "to date", "current",
}
PAST_WORDS = {"the past", "in the past", "formerly", "previously", "recently", "lately"}
FUTURE_WORDS = {"the future", "future", "in the future", "the near future", "near future",
                "the days ahead", "the years ahead", "the months ahead", "the weeks ahead"}
SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M",
    "biweekly": "P2W", "fortnightly": "P2W", "biannually": "P6M", "semiannually": "P6M",
}

_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a |one )?hundred|"
    r"(?:a )?dozen|an?|single|both|half an?|a half)"
)
_NUM = (
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?(?: \d/\d|½)?|" + _NUM_WORD + r"(?: and a half)?|"
    r"a couple(?: of)?|couple of|a pair of|a few|few|several|some|many|a number of|dozens of|"
    r"hundreds of|thousands of|numerous|countless|multiple|a handful of|various)"
)
_UNIT = r"(?:" + "|".join(sorted(_UNIT_FORMS, key=len, reverse=True)) + r")"
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAYNUM = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d|21\d\d)"
_ZONE = r"(?:" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")"

_APPROX = re.compile(
    r"^(?:about|around|approximately|roughly|some|circa|c\.|approx\.?|an estimated|"
    r"just about|more or less)\s+|\s+or so$"
)
_LEAD_MODS = re.compile(
    r"^(?:just|only|even|nearly|almost|more than|less than|fewer than|over|(?:at )?least|"
    r"(?:at )?most|(?:as )?(?:long|much|many|early|late|soon|recently|little|few) as|"
    r"under|up to|no more than|no less than|well over|well under|barely|some|fully|a full|"
    r"all|the whole|the entire|the full|an entire|entire|a good|another|a further|an extra|"
    r"within|for|since|from|between|until|till|by|through|during|in|on|at|of|after|before|"
    r"throughout|and|or|to)\s+"
)
_POSITION = re.compile(
    r"^(?:(?:the )?(?:very )?(?:early|earlier|late|later|mid|middle|end|beginning|start|"
    r"close|turn|rest|remainder)(?: of| in)?(?: the)?(?= )|mid-)\s*"
)


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalized expression. `anchor` says what the caller must add before `value` is final:
    "day" for a bare time ("noon": a date to prefix) and "previous" for an anaphoric day ("the
    next day": `offset` days from the previous date of the text)."""

    type: str
    value: str | None
    granularity: str
    relative: bool
    approximate: bool
    rule: str
    anchor: str | None = None
    offset: int = 0


# ---------------------------------------------------------------------------- entry point
def normalize(text: str, ref: date | None, direction: str | None = None) -> Timex | None:
    """The TIMEX3 reading of `text`, or None when it is not a temporal expression we know."""
    result = _normalize_cached(_clean(text), ref or _PLACEHOLDER_REF, direction)
    if result is None:
        return None
    if ref is None and result.relative:
        return replace(result, value=None)
    return result


def _clean(text: str) -> str:
    s = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"(\d)\s*([ap])\.?\s?m\b\.?", r"\1 \2m", s)
    s = re.sub(r"^(?:\"|'(?!\d)|\(|\[)+|(?:\"|\)|\]|,|;|:|!|\?|-|—|–)+$", "", s).strip()
    s = re.sub(r"'s?$", "", s).strip()
    s = re.sub(r"(?<![ap]m)(?<=[a-z\d])\.$", "", s)
    return s.strip()


@lru_cache(maxsize=8192)
def _normalize_cached(s: str, ref: date, direction: str | None) -> Timex | None:
    if not s:
        return None
    approximate = False
    core = s
    while True:
        m = _APPROX.search(core)
        if m:
            approximate = True
            core = (core[: m.start()] + core[m.end():]).strip()
            continue
        m = _LEAD_MODS.match(core)
        if m and m.end() < len(core):
            core = core[m.end():]
            continue
        break
    plain = direction.rstrip("?") if direction else None  # "past?": a weak past
    for candidate in _cores(core):
        for parse in _PARSERS:
            result = parse(candidate, ref, direction if parse is _parse_calendar else plain)
            if result is not None:
                return replace(result, approximate=approximate) if approximate else result
    return None


def _cores(core: str) -> list[str]:
    """The expression, then without a leading position word: "earlier this week" -> "this
    week", "late Monday" -> "Monday", "the end of last year" -> "last year"."""
    out = [core]
    m = _POSITION.match(core)
    if m and m.end() < len(core):
        rest = core[m.end():].strip()
        if rest in ("year", "month", "week") and m[0].rstrip().endswith(" the"):
            rest = "this " + rest  # "the end of the year", "earlier in the month"
        out.append(rest)
    return out


# ---------------------------------------------------------------------------- parsers
def _parse_ref(core: str, ref: date, direction: str | None) -> Timex | None:
    if core in PRESENT_WORDS:
        return Timex("date", "PRESENT_REF", "day", False, False, "present-ref")
    if core in PAST_WORDS:
        return Timex("date", "PAST_REF", "year", False, False, "past-ref")
    if core in FUTURE_WORDS:
        return Timex("date", "FUTURE_REF", "year", False, False, "future-ref")
    return None


_SET_EVERY = re.compile(
    rf"^(?:every|each|per|once a|twice a|(?:{_NUM}) times? (?:a|an|per|every|each))"
    rf"(?: other| single)?\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT}|{_WEEKDAY}|{_MONTH}|"
    r"morning|afternoon|evening|night|summer|winter|spring|fall|autumn)$"
)


def _parse_set(core: str, ref: date, direction: str | None) -> Timex | None:
    if core in SET_WORDS:
        value = SET_WORDS[core]
        return Timex("set", value, _duration_granularity(value), False, False, "set:adverb")
    m = _SET_EVERY.match(core)
    if not m:
        return None
    word = m["unit"].rstrip(".")
    other = " other " in f" {core} "
    if word in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[word] + 1}"
        return Timex("set", value, "day", False, False, "set:every-weekday")
    if word in MONTHS and not core.startswith(("a ", "an ")):
        return Timex("set", f"XXXX-{MONTHS[word]:02d}", "month", False, False, "set:every-month")
    if word in PARTS_OF_DAY:
        return Timex("set", "P1D", "day", False, False, "set:every-part-of-day")
    if word in SEASONS:
        return Timex("set", "P1Y", "year", False, False, "set:every-season")
    unit = _UNIT_FORMS.get(word)
    if unit is None:
        return None
    n = _number(m["n"]) if m["n"] else 1
    if other and isinstance(n, (int, float)):
        n *= 2
    value = _duration_value(n, unit)
    return Timex("set", value, _duration_granularity(value), False, False, "set:every")


_DURATION = re.compile(
    r"^(?:(?P<the>the|a|an|this|these|those|that)\s+)?"
    r"(?:(?P<rel>past|last|next|coming|previous|following|first|final|recent|upcoming|"
    r"remaining|ensuing|preceding|intervening|subsequent|initial|other)\s+)?"
    rf"(?:(?P<num>{_NUM})(?:\s+|\s*-\s*))?"
    r"(?:(?:more|additional|further|full|straight|consecutive|long|whole|extra|short|same|"
    r"successive|other|or so|plus|odd)\s+)?"
    rf"(?P<unit>{_UNIT})"
    r"(?P<suffix>\s*-\s*(?:long|old|plus)|\s+long|\s+old)?"
    r"(?:\s+(?P<post>ago|earlier|later|before|after|from now|hence|back|in a row|running|"
    r"straight|on end|since|before that|after that|prior|previously|of age|old|later on))?$"
)


def _parse_duration(core: str, ref: date, direction: str | None) -> Timex | None:
    m = _DURATION.match(core)
    if not m:
        return None
    unit = _UNIT_FORMS[m["unit"]]
    plural = m["unit"] != unit and m["unit"] not in ("min", "sec", "hr", "yr")
    rel, num, post, the = m["rel"], m["num"], m["post"], m["the"]
    if (m["suffix"] and "old" in m["suffix"]) or post in ("old", "of age"):
        return None  # an age: "54-year-old"
    n: int | float | str
    if num:
        n = _number(num)
    elif rel in ("recent", "coming", "upcoming", "remaining", "ensuing", "intervening") or plural:
        n = "X"
    else:
        n = 1
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
        if post in ("before", "earlier", "prior", "previously"):
            return _anaphoric_or_duration(n, unit, -1)
        return _ago(n, unit, ref, -1)
    if post in ("from now", "hence"):
        return _ago(n, unit, ref, 1)
    if post in ("later", "after", "later on"):
        return _anaphoric_or_duration(n, unit, 1)
    # "last week", "next month", "this year", "the coming week"
    if not num and not plural and (rel in ("last", "next", "past", "coming", "previous",
                                           "following", "upcoming") or the in ("this", "that")):
        if the == "the" and rel in ("past", "last", "previous"):
            value = _duration_value(1, unit)  # "over the past year" is a span of a year
            return Timex("duration", value, _duration_granularity(value), False, False,
                         "duration:the-past-unit")
        if rel in ("following", "previous", "next") and the == "the" and unit == "night":
            return Timex("date", None, "day", True, False, "anaphoric-day", "previous", 1)
        if rel in ("following", "previous") or the == "that" or (
                the == "the" and rel == "next" and unit in ("day", "night")):
            if unit == "day":
                return Timex("date", None, "day", True, False, "anaphoric-day", "previous",
                             -1 if rel == "previous" else 0 if the == "that" else 1)
            if the == "that" and unit in ("year", "month"):
                return Timex("date", None, unit, True, False, f"anaphoric-{unit}",
                             f"previous-{unit}")
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
    if unit == "quarter":
        return None
    if not num and not plural and the not in ("a", "an") and not m["suffix"]:
        return None  # "the day", "year", "the year before"
    if unit == "day" and not num and not plural and not m["suffix"]:
        return None  # "a day" alone is rarely a duration in news
    if unit == "night" and not num:
        return None
    value = _duration_value(n, unit)
    return Timex("duration", value, _duration_granularity(value), False, False, "duration")


def _anaphoric_or_duration(n: int | float | str, unit: str, sign: int) -> Timex:
    if unit in ("day", "night") and isinstance(n, int):
        return Timex("date", None, "day", True, False, "anaphoric-day", "previous", sign * n)
    value = _duration_value(n, unit)
    if unit in ("week", "month", "year") and isinstance(n, int):
        # "two years later": a date that far from the date before it; a duration when the
        # text gave none
        return Timex("duration", value, _duration_granularity(value), False, False,
                     "duration", f"shift-{unit}", sign * n)
    return Timex("duration", value, _duration_granularity(value), False, False, "duration")


def _ago(n: int | float | str, unit: str, ref: date, sign: int) -> Timex | None:
    if not isinstance(n, int):
        if n == "X":
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Timex("date", value, "year", False, False, "ago:vague")
        return None
    k = sign * n
    if unit in ("day", "night"):
        return Timex("date", (ref + timedelta(days=k)).isoformat(), "day", True, False, "ago")
    if unit in ("week", "fortnight"):
        days = 14 * k if unit == "fortnight" else 7 * k
        return Timex("date", _iso_week(ref + timedelta(days=days)), "week", True, False, "ago")
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, k)
        return Timex("date", f"{y:04d}-{mo:02d}", "month", True, False, "ago")
    years = {"year": 1, "yr": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit)
    if years:
        return Timex("date", f"{ref.year + k * years:04d}", "year", True, False, "ago")
    if unit in ("hour", "hr", "minute", "min", "second", "sec"):
        return Timex("date", ref.isoformat(), "day", True, False, "ago:same-day")
    return None


def _relative_unit(rel: str | None, unit: str, ref: date, direction: str | None) -> Timex | None:
    """"last week", "this month", "next year", "the weekend"."""
    k = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
         "upcoming": 1}.get(rel or "", 0)
    rule = f"relative:{rel or 'this'}-{unit}"
    if unit in ("day", "night"):
        return Timex("date", (ref + timedelta(days=k)).isoformat(), "day", True, False, rule)
    if unit in ("week", "fortnight"):
        return Timex("date", _iso_week(ref + timedelta(days=7 * k)), "week", True, False, rule)
    if unit == "weekend":
        if k == 0 and rel is None:
            k = -1 if direction == "past" and ref.weekday() < 5 else 0
        base = ref + timedelta(days=7 * k)
        return Timex("date", _iso_week(base) + "-WE", "week", True, False, rule)
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, k)
        return Timex("date", f"{y:04d}-{mo:02d}", "month", True, False, rule)
    if unit in ("year", "yr"):
        return Timex("date", f"{ref.year + k:04d}", "year", True, False, rule)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + k
        y = ref.year + q // 4
        return Timex("date", f"{y:04d}-Q{q % 4 + 1}", "month", True, False, rule)
    if unit == "decade":
        return Timex("date", f"{ref.year // 10 + k:03d}", "year", True, False, rule)
    if unit == "century":
        return Timex("date", f"{ref.year // 100 + k:02d}", "year", True, False, rule)
    if unit in ("hour", "minute"):
        return None
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


_NEXT_PART = re.compile(r"^(?:the|that) (next|following|previous|same) (morning|afternoon|"
                        r"evening|night)$")


def _parse_today(core: str, ref: date, direction: str | None) -> Timex | None:
    m = _NEXT_PART.match(core)
    if m:
        offset = {"next": 1, "following": 1, "previous": -1, "same": 0}[m[1]]
        return Timex("date", None, "day", True, False, "anaphoric-day", "previous", offset)
    if core not in _TODAY:
        return None
    if core in ("overnight", "this day", "earlier in the day", "later in the day"):
        return None
    day = ref + timedelta(days=_TODAY[core])
    return Timex("date", day.isoformat(), "day", True, False, "deictic-day")


_TIME = re.compile(
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?(?:[:.](?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>am|pm)|\s*(?P<oclock>o'clock)|(?=\s*(?:gmt|utc|[a-z]{1,2}st|[a-z]{1,2}dt|"
    r"z|hrs|h)\b))"
    rf"(?:\s*\(?(?P<zone>{_ZONE})\)?\b)?"
    r"|(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)\s*(?:hours\s*|hrs\s*|h\s*)?"
    rf"(?P<zone2>{_ZONE})\b"
    r"|(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)(?!\d)"
)
_IN_THE = re.compile(r"(?P<h>[01]?\d) in the (?P<part>morning|afternoon|evening|night)")


def _find_time(s: str) -> tuple[str, str | None] | None:
    """("T10:35", zone) for the clock time written in `s`, if any."""
    m = _IN_THE.search(s)
    if m:
        h = int(m["h"]) % 12 + (12 if m["part"] in ("afternoon", "evening") or
                                (m["part"] == "night" and int(m["h"]) >= 6) else 0)
        return f"T{h:02d}:00", None
    for m in _TIME.finditer(s):
        if m["h2"]:
            return f"T{int(m['h2']):02d}:{m['mi2']}", ZONES[m["zone2"]]
        if m["h3"]:
            return f"T{int(m['h3']):02d}:{m['mi3']}", None
        h = int(m["h"])
        if m["ampm"]:
            if h > 12 or h == 0:
                continue
            h = h % 12 + (12 if m["ampm"] == "pm" else 0)
        elif not (m["mi"] or m["oclock"] or m["zone"]):
            continue
        value = f"T{h:02d}:{m['mi'] or '00'}"
        if m["s"]:
            value += f":{m['s']}"
        return value, ZONES.get(m["zone"]) if m["zone"] else None
    return None


_WORD_SPLIT = re.compile(r"[a-z]+(?:'[a-z]+)?\.?|\d+(?:st|nd|rd|th|s)?|'\d\ds?")


def _parse_calendar(core: str, ref: date, direction: str | None) -> Timex | None:
    """Anything with calendar parts: weekday, month, day, year, time, season, holiday."""
    weak = bool(direction and direction.endswith("?"))
    direction = direction.rstrip("?") if direction else None
    s = core
    if s.endswith(" week") and (holiday := _find_holiday(s[:-5])):
        found = _holiday(holiday, _year_in(s), None, ref, None)  # the week runs up to it
        if found is None or found.value is None:
            return found
        value = _iso_week(date.fromisoformat(found.value))  # "Easter week", "Christmas week"
        return replace(found, value=value, granularity="week", rule="holiday-week")
    holiday = _find_holiday(s)
    time = _find_time(s)
    t_words = set(re.findall(r"[a-z']+", s))
    part = None
    for w, code in PARTS_OF_DAY.items():
        if w in t_words:
            part = code
            break
    if "early hours" in s or "small hours" in s or "wee hours" in s:
        part = "TMO"
    rel = None
    m = re.search(r"\b(last|next|this|coming|past|previous|following|upcoming)\b", s)
    if m:
        rel = m[1]

    # explicit year / month / day / weekday
    year = None
    year_relative = False
    ry = re.search(r"\b(last|next|this|past|previous|coming) year\b", s)
    if ry:
        year = ref.year + {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
            ry[1], 0)
        year_relative = True
        s = s[: ry.start()] + s[ry.end():]
        rel = None
    ym = None if ry else re.search(
        rf"(?<![\d,.$£€])({_YEAR})(?!\d|s\b|'s\b|\s*(?:%|percent|per cent))", s)
    if ym:
        year = int(ym[1])
    month = day = weekday = None
    md = re.search(rf"\b({_MONTH})\s*(?:the\s+)?({_DAYNUM})\b(?!\s*(?:am|pm|:|[ap]\.))", s)
    dm = re.search(rf"\b(?:the\s+)?({_DAYNUM})\s*(?:of\s+)?({_MONTH})(?![a-z])", s)
    if md and not _is_year_like(md[2]):
        month, day = MONTHS[md[1].rstrip(".")], _daynum(md[2])
    elif dm and not _is_year_like(dm[1]):
        day, month = _daynum(dm[1]), MONTHS[dm[2].rstrip(".")]
    else:
        mm = re.search(rf"\b({_MONTH})(?![a-z])", s)
        if mm:
            month = MONTHS[mm[1].rstrip(".")]
    numeric = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s) or None
    if numeric:
        year, month, day = int(numeric[1]), int(numeric[2]), int(numeric[3])
    else:
        slash = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", s)
        if slash:
            a, b, y = int(slash[1]), int(slash[2]), int(slash[3])
            y = y if y >= 100 else (1900 + y if y > 50 else 2000 + y)
            month, day = (b, a) if a > 12 else (a, b)
            year = y
    wm = re.search(rf"\b({_WEEKDAY})(?![a-z])", s)
    if wm:
        weekday = WEEKDAYS[wm[1].rstrip(".")]
    if day is not None and not 1 <= day <= 31:
        day = None
    if month is not None and not 1 <= month <= 12:
        return None
    season = next((SEASONS[w] for w in SEASONS if w in t_words), None)
    decade = re.search(r"(?:^|\s)(?:the\s+)?(?:(1\d|20)(\d)0|'(\d)0|(\d)0)'?s\b", s)
    century = re.search(r"\b(\d{1,2})(?:st|nd|rd|th) century\b|\b(\w+) century\b", s)
    quarter = re.search(
        r"\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last) quarter\b|\bq([1-4])\b", s)
    half = re.search(r"\b(first|second|1st|2nd|latter) half\b", s)
    if decade and decade[4] and not s.startswith(("the ", "'")):
        decade = None  # "his 30s" is an age
    # ---- compose
    if holiday and not month:
        return _holiday(holiday, year, rel, ref, direction)
    if month and day and s.startswith(("the week of", "week of")):
        result = _month_day(year, month, day, weekday, None, None, rel, ref, direction)
        if result and result.value:
            value = _iso_week(date.fromisoformat(result.value))
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
        if re.search(r"\b(?:fiscal|fy|financial year)\b", s) or len(_WORD_SPLIT.findall(s)) <= 6:
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
    if part and part.startswith("T1") or part == "T00:00":
        return Timex("time", part, "time", True, False, "time:named", "day")
    return None


def _year_in(s: str) -> int | None:
    m = re.search(rf"\b({_YEAR})\b", s)
    return int(m[1]) if m else None


def _is_year_like(token: str) -> bool:
    return len(re.sub(r"\D", "", token)) > 2


def _daynum(token: str) -> int:
    return int(re.sub(r"\D", "", token))


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
        d = _safe_date(year, month, day)
        if d is None:
            return None
        rule = "month-day-year"
    else:
        candidates = [c for y in (ref.year - 1, ref.year, ref.year + 1)
                      if (c := _safe_date(y, month, day)) is not None]
        if not candidates:
            return None
        if weekday is not None:
            matching = [c for c in candidates if c.weekday() == weekday]
            if len(matching) == 1:
                candidates = matching
        way = "past" if rel in ("last", "past", "previous") else (
            "future" if rel in ("next", "coming", "upcoming") else direction)
        d = _pick(candidates, ref, way)
        near = min(candidates, key=lambda c: abs((c - ref).days))
        if abs((d - ref).days) > 270 and abs((near - ref).days) <= 45:
            d, way = near, None  # a past-tense "the Jan. 14 deadline" a week ahead
        elif weak and abs((d - ref).days) > 180 and abs((near - ref).days) <= 120:
            d, way = near, None  # "announced the first sailing on 2 June" in March
        rule = f"month-day:{_way_name(way)}"
    return _with_time(d, time, part, relative, rule)


def _with_time(d: date, time: tuple[str, str | None] | None, part: str | None,
               relative: bool, rule: str) -> Timex:
    if time:
        value, zone = time
        return Timex("time", d.isoformat() + value + (zone or ""), "time", relative, False,
                     rule + "+time")
    if part in ("T12:00", "T00:00"):  # "Monday noon" is a clock time
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
        pick = _pick_index(options, cur, direction)
        way = _way_name(direction)
        if (direction != "past" or weak) and abs(pick - cur) >= 10 and \
                abs(_pick_index(options, cur, None) - cur) <= 1:
            pick, way = _pick_index(options, cur, None), "nearest"
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
        pick = _pick_index(options, cur, None if rel == "this" else direction)
        way = "this" if rel == "this" else _way_name(direction)
    return Timex("date", f"{pick // 4:04d}-{season}", "month", True, False, f"season:{way}")


def _quarter_rel(q: int, ref: date, direction: str | None) -> Timex:
    cur = (ref.month - 1) // 3 + 1
    if direction == "future":
        year = ref.year if q >= cur else ref.year + 1
    else:
        year = ref.year if q <= cur else ref.year - 1
    return Timex("date", f"{year:04d}-Q{q}", "month", True, False, "quarter")


def _find_holiday(s: str) -> str | None:
    holidays = _holidays()
    words = re.sub(r"\b(?:last|next|this|the|on|coming|past|of|in)\b", " ", s)
    words = re.sub(rf"\b{_YEAR}\b", " ", words)
    words = re.sub(r"\s+", " ", words).strip(" ,")
    return words if words in holidays else None


@lru_cache(maxsize=1)
def _holidays() -> dict[str, str]:
    return {k: v for k, v in table("dates_holidays.json").items() if not k.startswith("_")}


def _holiday_date(rule: str, year: int) -> date | None:
    if rule == "election":
        nov1 = date(year, 11, 1)
        first_monday = nov1 + timedelta(days=(0 - nov1.weekday()) % 7)
        return first_monday + timedelta(days=1)
    if rule.startswith("easter"):
        return _easter(year) + timedelta(days=int(rule[6:]))
    extra = 0
    if "+" in rule:
        rule, plus = rule.split("+")
        extra = int(plus)
    parts = rule.split("-", 2)
    month = int(parts[0])
    if len(parts) == 2:
        return _safe_date(year, month, int(parts[1]))
    weekday, nth = int(parts[1]) - 1, int(parts[2])
    if nth > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        nxt = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        d = nxt - timedelta(days=(nxt.weekday() - weekday) % 7)
    return d + timedelta(days=extra)


def _holiday(name: str, year: int | None, rel: str | None, ref: date,
             direction: str | None) -> Timex | None:
    rule = _holidays()[name]
    if year is not None:
        d = _holiday_date(rule, year)
        return None if d is None else Timex("date", d.isoformat(), "day", False, False,
                                             "holiday-year")
    candidates = [c for y in (ref.year - 1, ref.year, ref.year + 1)
                  if (c := _holiday_date(rule, y)) is not None]
    way = "past" if rel in ("last", "past", "previous") else (
        "future" if rel in ("next", "coming", "upcoming") else direction)
    if rel in ("last", "past", "previous"):
        candidates = [c for c in candidates if c < ref] or candidates
    elif rel in ("next", "coming", "upcoming"):
        candidates = [c for c in candidates if c > ref] or candidates
    elif rel == "this":
        candidates = [c for c in candidates if c.year == ref.year]
        way = None
    d = _pick(candidates, ref, way)
    return Timex("date", d.isoformat(), "day", True, False, f"holiday:{_way_name(way)}")


def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)


_PARSERS = (_parse_ref, _parse_set, _parse_today, _parse_duration, _parse_calendar)


# ---------------------------------------------------------------------------- helpers
def _pick(candidates: list[date], ref: date, direction: str | None) -> date:
    if direction == "past":
        past = [c for c in candidates if c <= ref]
        if past:
            return max(past)
    elif direction == "future":
        future = [c for c in candidates if c >= ref]
        if future:
            return min(future)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def _pick_index(options: list[int], cur: int, direction: str | None) -> int:
    if direction == "past":
        return max(o for o in options if o <= cur)
    if direction == "future":
        return min(o for o in options if o >= cur)
    return min(options, key=lambda o: (abs(o - cur), o > cur))


def _way_name(direction: str | None) -> str:
    return {"past": "past-tense", "future": "future-tense"}.get(direction or "", "nearest")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _number(text: str) -> int | float | str:
    t = text.strip().replace(",", "")
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith("½"):
        t, half = t[:-1].strip(), 0.5
    m = re.fullmatch(r"(\d+) (\d)/(\d)", t)
    if m:
        return int(m[1]) + int(m[2]) / int(m[3])
    if re.fullmatch(r"\d+", t):
        return int(t) + half if half else int(t)
    if re.fullmatch(r"\d+\.\d+", t):
        return float(t)
    if t in SMALL_NUMBERS:
        n = SMALL_NUMBERS[t]
        return n + half if half else n
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and all(p in SMALL_NUMBERS for p in parts):
        n = SMALL_NUMBERS[parts[0]] + SMALL_NUMBERS[parts[1]]
        return n + half if half else n
    if t in VAGUE_NUMBERS or t.rstrip(" of") in VAGUE_NUMBERS:
        return "X"
    return "X"


_SMALLER = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False),
            "D": (24, "H", True), "H": (60, "M", True), "M_T": (60, "S", True)}


def _duration_value(n: int | float | str, unit: str) -> str:
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


def _duration_granularity(value: str) -> str:
    if value.startswith("PT"):
        return "time"
    code = re.sub(r"^P[\dX.]*", "", value)
    code = re.sub(r"^(\D+).*", r"\1", code)
    return {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "year", "CE": "year",
            "ML": "year"}.get(code, "day")
