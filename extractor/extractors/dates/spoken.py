"""Years, days and clock times said in words, as broadcast transcripts write them: "nineteen
seventy-six" 1976, "two thousand and one" 2001, "the nineteen-eighties" the 1980s, "March third"
March 3, "three o'clock" 3 o'clock, "half past ten" 10:30, "seven forty-two tomorrow morning" 7:42
tomorrow morning, "nine a.m." 9 a.m. They are rewritten as digits before an expression is read,
so the readers of written dates and clock times read them too; every other word is left alone."""

from __future__ import annotations

import re

from ...calendar_names import MONTH_PATTERN
from .modifiers import alternation
from .words import POSITIVE_ORDINAL_PATTERN, POSITIVE_ORDINALS, SMALL_NUMBERS

_SPELLED = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)
"""The words that spell numbers digit by digit (SMALL_NUMBERS also holds "a", "dozen", "both")."""
_ONES = {w: int(SMALL_NUMBERS[w]) for w in _SPELLED if SMALL_NUMBERS[w] < 10}
_TEENS = {w: int(SMALL_NUMBERS[w]) for w in _SPELLED if 10 <= SMALL_NUMBERS[w] < 20}
_TENS = {w: int(SMALL_NUMBERS[w]) for w in _SPELLED if SMALL_NUMBERS[w] >= 20}
_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}
"""The first word of a year said in two halves ("nineteen seventy-six")."""
_DECADES = {w.replace("y", "ies"): n for w, n in _TENS.items()}  # "seventies" -> 70
_LAST_HOUR = 12
"""The last hour of the twelve-hour clock that spoken times use."""


_ONE = rf"(?:{alternation(_ONES)})"
_TWO_DIGITS = rf"(?:(?:{alternation(_TENS)})(?:[- ]{_ONE})?|{alternation(_TEENS)})"
_HOUR = rf"(?:{_ONE}|ten|eleven|twelve)"
_MINUTES = rf"(?:{_TWO_DIGITS}|oh[- ]{_ONE})"
_PART = r"(?:morning|afternoon|evening|night)"
_CLOCK_MARK = (r"(?= ?[ap]\.? ?m\b| o'clock\b"
               r"| (?:local time|eastern|central|mountain|pacific|gmt|utc)\b)")
"""What says that an hour word before it is a clock time ("nine a.m.", "seven central")."""
_PART_CUE = rf"(?= (?:(?:this|tomorrow|yesterday|in the) {_PART}|tonight|at night)\b)"
"""A part of the day after an hour word ("seven this morning"); "one" before it is a count
("another one tonight", "BBC One tonight") unless minutes follow."""

_YEAR = re.compile(
    rf"\b(?P<century>{alternation(_CENTURIES)})[- ](?P<rest>{_MINUTES}|hundred)\b"
    rf"|\btwo[- ]thousand(?:(?: and)? (?P<after>{_TWO_DIGITS}|{_ONE}))?\b"
    rf"(?![- ](?:hundred|thousand|{_TWO_DIGITS}|{_ONE})\b)")
_DECADE = re.compile(
    rf"\b(?P<century>{alternation(_CENTURIES)})[- ](?P<decade>{alternation(_DECADES)})\b")
_PAST_TO = re.compile(
    rf"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!last )(?<!the )"
    rf"\b(?:(?P<half>half) past|(?:a )?(?P<quarter>quarter) (?P<quarter_way>past|to)"
    rf"|(?P<minutes>{_TWO_DIGITS}|{_ONE})(?: minutes?)? (?:past|after)"
    rf"|(?P<counted>{_TWO_DIGITS}|{_ONE}) minutes? (?P<counted_way>to))"
    rf" (?P<hour>{_HOUR})\b")
_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH_PATTERN}) (?P<day>{POSITIVE_ORDINAL_PATTERN})\b")
_HOUR_MINUTES = re.compile(
    rf"\b(?P<hour>{_HOUR})(?:[- ](?P<minutes>{_MINUTES})(?:{_CLOCK_MARK}|{_PART_CUE}|$)"
    rf"|{_CLOCK_MARK}|(?<!\bone){_PART_CUE})")


def digits_for_spoken(s: str) -> str:
    """`s` (lower case) with its spoken years and clock times in digits."""
    s = _DECADE.sub(lambda m: f"{_CENTURIES[m['century']]}{_DECADES[m['decade']]}s", s)
    s = _YEAR.sub(_year, s)
    s = _MONTH_DAY.sub(lambda m: f"{m['month']} {POSITIVE_ORDINALS[m['day']]}", s)
    s = _PAST_TO.sub(_past_to, s)
    return _HOUR_MINUTES.sub(_hour_minutes, s)


def _number(words: str) -> int:
    """The number that one or two number words say ("forty-two", "oh five", "twelve")."""
    return sum(int(SMALL_NUMBERS.get(word, 0)) for word in re.split(r"[- ]", words))


def _year(m: re.Match[str]) -> str:
    if m["century"] is None:
        return str(2000 + (_number(m["after"]) if m["after"] else 0))
    rest = 0 if m["rest"] == "hundred" else _number(m["rest"])
    return str(_CENTURIES[m["century"]] * 100 + rest)


def _past_to(m: re.Match[str]) -> str:
    hour = _number(m["hour"])
    minutes = 30 if m["half"] else 15 if m["quarter"] else _number(m["minutes"] or m["counted"])
    if "to" in (m["quarter_way"], m["counted_way"]):
        hour, minutes = (hour - 2) % _LAST_HOUR + 1, 60 - minutes  # "a quarter to ten" 9:45
    return f"{hour}:{minutes:02d}"


def _hour_minutes(m: re.Match[str]) -> str:
    hour = _number(m["hour"])
    return f"{hour}:{_number(m['minutes']):02d}" if m["minutes"] else str(hour)
