"""Clock times written in an expression: "10:35 a.m. EST", "0300 GMT", "8 in the evening"."""

from __future__ import annotations

import re

from ...calendar_names import ZONE_PATTERN, ZONES

# Four digits of hours and minutes before a time zone: "1400 GMT", "0243 hrs UTC", "1230 local
# time"
_ZONED_HOURS_PATTERN = (r"(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)\s*(?:hours\s*|hrs\s*|h\s*)?"
                        rf"(?P<zone2>{ZONE_PATTERN}|local time)\b")
ZONED_HOURS = re.compile(_ZONED_HOURS_PATTERN)
"""A 24-hour clock time written with its zone, which a year must not be read from."""
EARLY_CLOCK_DIGITS = re.compile(r"0\d[0-5]\d")
"""Four digits of a 24-hour clock time before 10 a.m. ("at about 0300"): never a year."""
_TIME = re.compile(
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?(?:[:.](?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>am|pm)|\s*(?P<oclock>o'clock)|(?=\s*(?:gmt|utc|[a-z]{1,2}st|[a-z]{1,2}dt|"
    r"z|hrs|h)\b)|(?=(?P<part_after>\s+(?:(?:this|tomorrow|yesterday|in the) (?:morning|afternoon"
    r"|evening)|tonight|last night|at night)\b)))"
    rf"(?:\s*\(?(?P<zone>{ZONE_PATTERN})\)?\b)?"
    rf"|{_ZONED_HOURS_PATTERN}"
    r"|(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)(?!\d)"
    rf"|\b(?P<small>{EARLY_CLOCK_DIGITS.pattern})\b"
)
_IN_THE = re.compile(r"(?P<h>[01]?\d) in the (?P<part>morning|afternoon|evening|night)")
# A part of the day after a clock time with no a.m. or p.m.: "3:45 this afternoon", "8 o'clock
# tonight"
_LATER_PART = re.compile(r"\b(?P<part>afternoon|evening|night|tonight)\b")

EVENING_FROM = 6
"""At night, hours from this one on are the evening's ("8 at night"), earlier ones the small
hours' ("2 at night")."""


def find_time(s: str) -> tuple[str, str | None] | None:
    """("T10:35", zone) for the clock time written in `s`, if any."""
    m = _IN_THE.search(s)
    if m:
        return f"T{_after_noon(int(m['h']), m['part']):02d}:00", None
    later = _LATER_PART.search(s)
    for m in _TIME.finditer(s):
        if m["h2"]:
            return f"T{int(m['h2']):02d}:{m['mi2']}", ZONES.get(m["zone2"])
        if m["small"]:
            return f"T{m['small'][:2]}:{m['small'][2:]}", None
        if m["h3"]:
            h = int(m["h3"])
            return f"T{_after_noon(h, later['part']) if later else h:02d}:{m['mi3']}", None
        h = int(m["h"])
        if m["ampm"]:
            if h > 12 or h == 0:
                continue
            h = h % 12 + (12 if m["ampm"] == "pm" else 0)
        elif not (m["mi"] or m["oclock"] or m["zone"] or m["part_after"]):
            continue
        elif later:
            h = _after_noon(h, later["part"])
        value = f"T{h:02d}:{m['mi'] or '00'}"
        if m["s"]:
            value += f":{m['s']}"
        return value, ZONES.get(m["zone"]) if m["zone"] else None
    return None


_MERIDIEM = re.compile(r"\b[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.I)
_PART_NAMES = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}


def in_part_of_day(value: str, written: str, part: str) -> str:
    """A clock time `value` ("T05:41") written as `written` with no a.m. or p.m., set on a day
    whose part of the day (`part`: "TEV", ...) the same clause gives: "Sunset tonight is at
    5:41" is 17:41, "polls close at 7 o'clock on Tuesday night" 19:00."""
    name = _PART_NAMES.get(part)
    if name is None or _MERIDIEM.search(written) or not value[1:3].isdigit():
        return value
    hour = int(value[1:3])
    return f"T{_after_noon(hour, name):02d}{value[3:]}"


def _after_noon(hour: int, part: str) -> int:
    """The 24-hour clock's hour of `hour` said of a part of the day: "3 in the afternoon" 15,
    "8 o'clock tonight" 20, "2 at night" 2, "12 in the morning" 0; noon and 13-23 are kept."""
    if hour >= 12:
        return 0 if hour == 12 and part == "morning" else hour
    evening = part in ("night", "tonight") and hour >= EVENING_FROM
    return hour % 12 + (12 if part in ("afternoon", "evening") or evening else 0)
