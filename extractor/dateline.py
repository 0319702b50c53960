"""The publication date an article states about itself: a "Published" line or a dateline.

Looked for near the top of the document, in this order:

1. a publication line: "Published 6 January 2025", "Posted: Jan 6, 2025", "Published On 6 Jan 2025",
   "Published: 2025-01-06", "Updated Monday, January 6, 2025 3:00 PM", "Updated 5:47 PM EDT,
   March 21, 2024", "Published in The Herald on Feb. 8, 2024", "Posted Tue 18·06·2024"
   (published/posted before updated);
2. an agency dateline: "SEOUL, Jan 6 (Reuters) -", "WASHINGTON, August 11 (Xinhua) --",
   "LONDON, Jan. 6, 2025 (AP) —", "LIMA, 6 January 2025 –"; without a year, the year comes
   from a full date or a copyright line elsewhere in the document, else from the day a
   clipper saved the page (the dateline's day is the last on or before it), else the dateline
   is not used;
3. a short line holding only a full date: "Monday 6 January 2025", "January 6, 2025 | 3 min read",
   or a name and the date: "BERGEN 1996-09-08", "The Harbour Post -- March 14, 1990", "Reuters
   Sep 18, 2013, 02.16PM IST".
"""

from __future__ import annotations

import re
from datetime import date

from .body import Body
from .calendar_names import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN

_MONTH = MONTH_PATTERN  # "Jan.", "September"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN},?\s+)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# A full date: "6 January 2025", "January 6, 2025", "Jan. 6 2025", "2025-01-06", "06/01/2025".
_FULL_DATE = (
    rf"(?:{_WEEKDAY})?(?:(?P<d1>{_DAY})(?:\s+of)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})-(?P<m3>\d\d)-(?P<d3>\d\d)"
    rf"|(?P<a4>\d{{1,2}})(?P<sep>[/.·])(?P<b4>\d{{1,2}})(?P=sep)(?P<y4>{_YEAR}))"
)
# A clock time a publication line may give before its date: "Updated 5:47 PM EDT, March 21"
_CLOCK_FIRST = r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?,?\s+)?"
_PUBLISHED = re.compile(
    rf"\b(?P<kind>published|posted|updated|first published|last updated|date)"
    rf"(?:\s+in\s+[^\W\d_][\w .'’&-]{{0,40}}?)?(?:\s+on)?"  # "Published in The Herald on"
    rf"\s*:?\s*{_CLOCK_FIRST}{_FULL_DATE}(?!\d)",
    re.IGNORECASE,
)
# "SEOUL, Oct 2 (AP) -", "FRESNO, Calif. (June 3, 2022) -": the date after a comma or in brackets
_DATELINE = re.compile(
    rf"(?m)^[ \t]*[^\W\d_](?:[^\W\d_]|[ .'’-]){{1,40}}(?:,[ \t]*[^\W\d_][\w. ]{{1,25}})?"
    rf"(?:,[ \t]*|[ \t]*(?P<bracket>\())"
    rf"(?:(?P<month>{_MONTH})[ \t]+(?P<day>{_DAY})|(?P<day2>{_DAY})[ \t]+(?P<month2>{_MONTH}))"
    rf"(?:,?[ \t]+(?P<year>{_YEAR}))?(?(bracket)\))[ \t]*"
    r"(?:\([^)\n]{1,30}\)[ \t]*)?(?:--|-|—|–|_|:)",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(rf"(?im)^[ \t]*{_FULL_DATE}\b[^\n]{{0,60}}$")
# A wire archive's dateline on a line of its own, a place in capitals (perhaps with its state
# or country) and the full date: "OSLO 1996-09-08", "NEW HAVEN, Connecticut 1996-08-23".
_PLACE_DATE_LINE = re.compile(rf"(?m)^[ \t]*[A-Z][A-Z .'’-]{{1,40}}"
                              rf"(?:,[ \t]*[A-Z][\w.'’ -]{{1,25}})?[ \t]+{_FULL_DATE}[ \t]*$")
# A paper's or writer's name, then a dash, bar, bullet or comma (or nothing) and the full date,
# perhaps its clock time: "The Harbour Post -- March 14, 1990", "By Ana Ruiz | 6 January 2025",
# "Reuters Sep 18, 2013, 02.16PM IST".
_NAME_WORD = r"(?:[A-Z][\w.'’&-]*|of|the|and|&)"
_CLOCK_AFTER = r"(?:,?[ \t]+\d{1,2}[:.][ \t]?\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
_NAMED_DATE_LINE = re.compile(
    rf"(?m)^[ \t]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*[ \t]*(?:(?:--|[—–|·,])[ \t]*)?"
    rf"(?i:{_FULL_DATE}){_CLOCK_AFTER}[ \t]*$"
)
_ANY_FULL_DATE = re.compile(_FULL_DATE, re.IGNORECASE)
_COPYRIGHT = re.compile(rf"(?:©|\(c\)|copyright)\s*(?P<year>{_YEAR})", re.IGNORECASE)
# The publication date is looked for in the body's first this many characters (and above it).
HEAD_CHARS = 600
# A line that is a date and little else ("March 4, 2025 09:30 GMT") has at most this many words.
MAX_DATE_LINE_WORDS = 10
# A dateline's date stands near the start of its line ("SAO PAULO, Oct 2"); from the date, the
# year, an agency in brackets and the dash after it fit in as many characters again. Both bound
# the look-around of `dateline_date_at`, which runs once per date of a document.
DATELINE_DATE_COLUMN = 80
DATELINE_DATE_TAIL = 80
DATELINE_LENGTH = DATELINE_DATE_COLUMN + DATELINE_DATE_TAIL  # a whole dateline, at most


def find_publication_date(text: str, body: Body, *, saved: date | None = None) -> date | None:
    """The date in a publication line or dateline near the top of the document, or None;
    `saved` is the day the page was saved, if known: a year-less dateline's day is the last
    on or before it when the document gives no year."""
    head = text[: max(body.start, 0) + HEAD_CHARS]
    found = [(m["kind"].lower(), _full_date(m)) for m in _PUBLISHED.finditer(head)]
    for wanted in ("published", "first published", "posted", "date", "updated", "last updated"):
        for kind, day in found:
            if kind == wanted and day is not None:
                return day
    dateline = _DATELINE.search(head)
    if dateline:
        day = _dateline_date(dateline, text, saved)
        if day is not None:
            return day
    lines = (_DATE_LINE, _PLACE_DATE_LINE, _NAMED_DATE_LINE)
    for line in (found for pattern in lines for found in pattern.finditer(head)):
        if len(line.group().split()) <= MAX_DATE_LINE_WORDS:
            day = _full_date(line)
            if day is not None:
                return day
    return None


def dateline_end(text: str, start: int) -> int | None:
    """Where an agency dateline opening the line at `start` ends, its dash and the blanks after
    it included ("DAKAR, July 8 (Reuters) - "); None when the line opens with none."""
    line_start = text.rfind("\n", 0, start) + 1  # blanks may stand before it (masked "**")
    if text[line_start:start].strip():
        return None
    match = _DATELINE.match(text, line_start, min(len(text), start + DATELINE_LENGTH))
    if match is None:
        return None
    end = match.end()
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def dateline_date_at(text: str, start: int) -> bool:
    """Whether a date starting at `start` is the date of an agency dateline opening its line
    ("KITWE, Oct 2 (AP) -"): the day the story was filed, never after publication. Looks at
    most `DATELINE_DATE_COLUMN` characters back and `DATELINE_DATE_TAIL` forward, so a long
    line costs no more than a short one."""
    reach = max(0, start - DATELINE_DATE_COLUMN - 1)
    line_start = text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return False  # the line began further back than a dateline's date can stand
    limit = min(len(text), start + DATELINE_DATE_TAIL)
    line_end = text.find("\n", start, limit)
    match = _DATELINE.match(text, line_start, limit if line_end < 0 else line_end)
    if match is None or start not in (match.start("month"), match.start("day2")):
        return False
    place = text[line_start:start].split(",")[0].split()
    return all(word[:1].isupper() for word in place)  # "SEOUL,", "Sao Paulo,"; no sentence


def _full_date(match: re.Match[str]) -> date | None:
    if match["y1"]:
        return _safe_date(int(match["y1"]), _month(match["m1"]), _day(match["d1"]))
    if match["y2"]:
        return _safe_date(int(match["y2"]), _month(match["m2"]), _day(match["d2"]))
    if match["y3"]:
        return _safe_date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
    if match["y4"]:
        a, b = int(match["a4"]), int(match["b4"])
        # slashes in US order unless the first cannot be a month; dots ("18.06.2024",
        # "18·06·2024") day first unless the second cannot be a month
        day_first = a > 12 if match["sep"] == "/" else b <= 12
        month, day = (b, a) if day_first else (a, b)
        return _safe_date(int(match["y4"]), month, day)
    return None


def _dateline_date(match: re.Match[str], text: str, saved: date | None) -> date | None:
    if match["month"]:
        month, day = _month(match["month"]), _day(match["day"])
    else:
        month, day = _month(match["month2"]), _day(match["day2"])
    if match["year"]:
        return _safe_date(int(match["year"]), month, day)
    year = _document_year(text)
    if year is None and saved is not None:
        year = saved.year if (month, day) <= (saved.month, saved.day) else saved.year - 1
    return _safe_date(year, month, day) if year else None


def _document_year(text: str) -> int | None:
    """The year a dateline without one belongs to: from a full date or a copyright line."""
    years = [d.year for m in _ANY_FULL_DATE.finditer(text) if (d := _full_date(m))]
    years += [int(m["year"]) for m in _COPYRIGHT.finditer(text)]
    return max(years) if years else None


def _month(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0)


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
