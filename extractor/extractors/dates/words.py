"""The vocabulary of temporal expressions: units, number words, seasons, parts of the day, and
the regex fragments built from them once, shared by every date module. Months, weekdays and
zones come from `extractor.calendar_names`, which the dateline reader and the body finder share."""

from __future__ import annotations

import re

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "dawn": "TMO",
    "daybreak": "TMO", "dusk": "TEV", "nightfall": "TEV", "midday": "T12:00", "noon": "T12:00",
    "midnight": "T24:00", "noontime": "T12:00",
}
# The words before "hours" that make "the early hours" a part of the day: the night before dawn.
SMALL_HOURS_WORDS = ("early", "small", "wee")
SMALL_HOURS = re.compile(r"\b(?:" + "|".join(SMALL_HOURS_WORDS) + r") hours\b")
SMALL_HOURS_PART = "TNI"  # the hours after midnight are the night's, not the morning's
# Parts of the day that are clock times. Midnight is the end of the day it closes, T24:00 (the
# TIDES/TimeML convention): "shortly before midnight" on a Friday is late that Friday.
CLOCK_PARTS = {"T12:00", "T24:00"}
# A decade or a century is written as its known digits alone, as TIMEX3 truncates a value to the
# unit it names: "the 1990s" 199, "the 19th century" 18. TempEval-3 dropped the trailing X that
# older annotation (the AQUAINT set's "199X") wrote, and HeidelTime followed it.
DECADE_UNKNOWN = ""
CENTURY_UNKNOWN = ""
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

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}
# The ordinals that count from the start: a day of the month ("the fourth of July", "March
# third"), a century ("the nineteenth century")
POSITIVE_ORDINALS = {word: n for word, n in ORDINALS.items() if n > 0}
POSITIVE_ORDINAL_PATTERN = "|".join(sorted(POSITIVE_ORDINALS, key=len, reverse=True))
# Verbs of saying: a date on one is when it was said ("police said Tuesday", "she told
# reporters on Thursday"), not when what they tell of happened
SAYING_VERBS = frozenset({"say", "tell", "add", "testify"})
# Prepositions that make a date the end of what runs up to it: "until the next decade", "a
# warning in place until 18:00", "by Thursday"
CLOSING_BOUNDS = frozenset({"until", "till", "by"})
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
UNIT_FORMS = {
    **{u: u for u in UNITS}, **{u + "s": u for u in UNITS}, "centuries": "century",
    "millennia": "millennium", "millenniums": "millennium", "mins": "min", "secs": "sec",
    "hrs": "hr", "yrs": "yr",
}
# The units a compound duration is written in ("two hours and 14 minutes"), largest first,
# each with how many of it make the unit before: after a larger unit, a count is below that
# ("three years and 18 months respectively" are two sentences)
COMPOUND_UNITS = {"year": 0, "month": 12, "day": 31, "hour": 24, "minute": 60, "second": 60}
_UNIT_FULL_NAMES = {"sec": "second", "min": "minute", "hr": "hour", "yr": "year"}


def compound_unit(word: str) -> str | None:
    """The unit of a compound duration that `word` names ("hours", "mins"), else None."""
    unit = UNIT_FORMS.get(word)
    unit = _UNIT_FULL_NAMES.get(unit, unit) if unit else None
    return unit if unit in COMPOUND_UNITS else None


def smaller_unit(larger: str, unit: str, count: int) -> bool:
    """Whether `count` of `unit` can go on a count of `larger` in one duration."""
    order = list(COMPOUND_UNITS)
    return order.index(larger) < order.index(unit) and count < COMPOUND_UNITS[unit]


PRESENT_WORDS = {
    "now", "right now", "just now", "currently", "nowadays", "presently", "at present",
    "the present", "present", "these days", "today's", "the moment", "at the moment",
    "for now", "by now", "until now", "till now", "so far", "to date", "current",
}
VAGUE_AGO_LEADS = ("a short time", "a long time", "a little while", "some time", "a while",
                   "a moment", "moments", "not long", "long")
"""Before "ago", a time back that names no count: "a short time ago" is some past time."""
PAST_WORDS = {"the past", "in the past", "formerly", "previously", "recently", "lately",
              *(f"{lead} ago" for lead in VAGUE_AGO_LEADS)}
FUTURE_WORDS = {"the future", "future", "in the future", "the near future", "near future",
                "the foreseeable future", "the distant future", "the immediate future",
                "the near term", "near term",
                "the days ahead", "the years ahead", "the months ahead", "the weeks ahead"}
SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "annual": "P1Y",
    "nightly": "XXXX-XX-XXTNI", "hourly": "PT1H", "quarterly": "P3M",
    "biweekly": "P2W", "fortnightly": "P2W", "biannually": "P6M", "semiannually": "P6M",
}


_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a |one )?hundred|"
    r"(?:a )?dozen|an?|single|both|half an?|a half)"
)
NUM_PATTERN = (
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?(?: \d/\d|½| and a half)?|" + _NUM_WORD + r"(?: and a half)?|"
    r"a couple(?: of)?|couple of|a pair of|a few|few|several|some|many|a number of|dozens of|"
    r"hundreds of|thousands of|numerous|countless|multiple|a handful of|various)"
)
UNIT_PATTERN = r"(?:" + "|".join(sorted(UNIT_FORMS, key=len, reverse=True)) + r")"
DAYNUM_PATTERN = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_PATTERN = r"(?:1[0-9]\d\d|20\d\d|21\d\d)"
UNIT_WORDS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    "fortnight", "fortnights", "night", "nights", "weekend", "weekends", "quarter", "quarters",
    "millennium", "millennia", "hrs", "mins", "yrs",
}
PART_WORDS = {"morning", "afternoon", "evening", "night", "noon", "midnight", "midday"}
PER_WORDS = {"a", "an", "per"}
DEICTIC_DAYS = ("today", "tonight", "tomorrow", "yesterday")
STORY_PERIOD_PREPOSITIONS = {"for", "in", "during"}
"""Before "the year", "the week": the period the story reports on ("For the year, sales rose")."""
STORY_PERIOD_VERBS = {"end", "close", "finish", "begin", "start", "open"}
"""Verbs whose object "the week", "the year" is the period the story reports on ("The Dow ended
the week 2% higher")."""
CLOSED_PERIOD = ":opened-or-closed"
"""The mark of such a period's rule: the reference date's when the story named none before."""
FIRST_WORDS = {"first", "final", "initial"}
SPAN_OF_FIRST_UNITS = {"year", "hour"}
"""Units that "the first" makes a span of, not a date ("the first week of March" is one)."""
YEAR_TOKEN = re.compile(r"^(1[0-9]|20|21)\d\d$")



