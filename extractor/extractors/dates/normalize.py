"""TIMEX3 normalization of one temporal expression, given the reference date and a direction.

`normalize(text, ref, direction)` reads the surface text of a candidate span (found by spaCy's
NER or the date Matcher, never by scanning raw text) and returns its TIMEX3 type and value:

- calendar dates at the granularity written: "2023" -> 2023, "last April" -> 2024-04,
  "November 5" -> 2024-11-05, "the 1990s" -> 199 (TIMEX3 writes a decade as
  its known digits), "last fall" -> 2024-FA, "this week" -> 2025-W02;
- times, with a zone offset where one is given: "03:00 GMT" -> T03:00Z (the day is added by the
  caller from the sentence or the reference date), parts of days: "Friday night" -> ...TNI;
- durations: "a couple of weeks" -> P2W, "decades" -> PXDE, "5 1/2 hours" -> PT5H30M;
- sets: "daily" -> P1D, "every Monday" -> XXXX-WXX-1;
- vague references: "now" -> PRESENT_REF, "the future" -> FUTURE_REF;
- the TIMEX3 mod of the words in front: "less than a decade" -> P10Y LESS_THAN, "early March"
  START (`modifiers`); a set's freq: "twice a year" -> P1Y, 2X.

Underspecified dates ("Monday", "December", "November 5") are resolved in `direction`: "past"
(on or before the reference date), "future" (on or after) or None (the nearest). Without a
reference date, values that depend on one are None.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ...calendar_names import MONTH_PATTERN, MONTHS
from .arithmetic import safe_date, shift_month
from .calendar import parse_calendar
from .codes import spell_period_codes
from .deictic import parse_ref, parse_today
from .modifiers import Lead, alternation, approx_words, bounds, mod_of, points
from .periods import parse_period
from .spoken import digits_for_spoken
from .timex import Timex
from .units import MONTHS_IN_YEAR, parse_compound_duration, parse_duration, parse_set
from .words import PAST_WORDS, SMALL_NUMBERS, UNITS

PLACEHOLDER_REF = date(2000, 1, 1)
MONTH_RANGE_RULE = ":month-range"  # the rule's end on "the April-June quarter"

_SPACES = re.compile(r"\s+")
_AM_PM = re.compile(r"(\d)\s*([ap])\.?\s?m\b\.?")
_OUTER_PUNCTUATION = re.compile(r"^(?:\"|'(?!\d)|\(|\[)+|(?:\"|\)|\]|,|;|:|!|\?|-|—|–)+$")
_POSSESSIVE = re.compile(r"'s?$")
_AND_A_HALF = re.compile(r"\s*-\s*and\s*-\s*a\s*-\s*half\s*-?\s*")  # "three-and-a-half-year"
# "its fiscal second quarter", "his first 100 days": the owner's word says nothing of when
# ("her years as senator" stays no date)
_OWNER = re.compile(r"^(?:its|their|his|her|our|my|your) (?=fiscal |first |second |third |fourth "
                    r"|final |latest |\d)")
_FINAL_DOT = re.compile(r"(?<![ap]m)(?<=[a-z\d])\.$")
_BEFORE, _AFTER = approx_words()
_APPROX = re.compile(rf"^(?:{alternation(_BEFORE)})\s+|\s+(?:{alternation(_AFTER)})$")
# Words at the front that carry no mod and are no part of the value: "just", "for", "since".
_PLAIN_LEADS = (
    r"just|only|even|least|most|exactly|precisely|"
    r"(?:as )?(?:long|much|many|early|late|soon|recently|little|few) as|"
    r"barely|fully|a full|all|the whole|the entire|the full|an entire|entire|a good|another|"
    r"a further|an extra|within|for|since|from|between|until|till|by|through|during|in|on|at|"
    r"of|after|before|throughout|and|or|to"
)
# Lead words that say "one more" before a bare unit ("another decade", "a further year")
_ONE_MORE = ("another", "a further", "an extra")
_LEAD_MODS = re.compile(
    rf"^({alternation({**bounds(), **points()})}|{_PLAIN_LEADS})\s+"
)
_POSITION = re.compile(
    r"^(?:(?:the )?(?:very )?(?:early|earlier|late|later|mid|middle|end|beginning|start|"
    r"close|turn|rest|remainder)(?: of| in)?(?: the)?(?= )|(?:the )?mid-)\s*"
)
# "the April-June quarter": a calendar quarter named by its first and last months
_MONTH_RANGE_QUARTER = re.compile(
    rf"^(?:the )?(?P<first>{MONTH_PATTERN}) ?[-–] ?(?P<last>{MONTH_PATTERN}) (?:quarter|period)$")
# "the first three months of 2006", "the first six months of the year": a quarter, a half
_MONTHS_OF = re.compile(
    r"^(?:the )?(?P<edge>first|last|final) (?P<n>three|3|six|6) months of (?P<rest>.+)$")
_PERIOD_OF_MONTHS = {("first", 3): "first quarter", ("last", 3): "fourth quarter",
                     ("first", 6): "first half", ("last", 6): "second half"}
# "the day before last Tuesday", "the day after Christmas": one expression, the date it names
# a day on (TimeML's extent holds the whole phrase, as in "the day before yesterday")
_DAY_SHIFT = re.compile(r"^the day (before|after) (?!yesterday$|tomorrow$)(?P<date>.+)$")
# "a week from Sunday", "two years from tonight": the day named, that many units on; "a week
# ago Sunday", "two weeks ago Tuesday": that many units before it
_UNITS_FROM = re.compile(r"^(?P<n>an?|one|two|three|four|five|six|\d{1,2}) "
                         r"(?P<unit>day|week|month|year)s? (?P<way>from|ago) (?P<date>.+)$")
# "the week before last": the unit before last week, month or year
_BEFORE_LAST = re.compile(r"^the (?P<unit>week|month|year) before last$")
DAYS_PER_UNIT = {"day": 1, "week": 7}
MONTHS_PER_UNIT = {"month": 1, "year": MONTHS_IN_YEAR}
# "year-end", "quarter-end": the end of that unit, as "the end of the year" reads
_UNIT_END = re.compile(r"^(?:the )?(year|quarter|month|week)-end$")
_UNIT_MIDDLE = re.compile(r"^mid-?(year|month|week)$")  # "by midyear": the middle of the year
# "the end of the year": the end, not the start or the middle, of the unit it names
_AT_END = re.compile(r"^(?:the )?(?:end|close)\b")
MONTHS_IN_QUARTER = 3
MONTH_END_DAYS = 10
WEEK_END_WEEKDAY = 4  # Friday
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[A-Z]{2})?")


# ---------------------------------------------------------------------------- entry point
def normalize(text: str, ref: date | None, direction: str | None = None) -> Timex | None:
    """The TIMEX3 reading of `text`, or None when it is not a temporal expression we know."""
    result = _normalize_cached(_clean(text), ref or PLACEHOLDER_REF, direction)
    if result is None:
        return None
    if ref is None and result.relative:
        return replace(result, value=None)
    return result


def _clean(text: str) -> str:
    s = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    s = _SPACES.sub(" ", s).strip()
    s = digits_for_spoken(s)
    s = spell_period_codes(s)
    s = _AM_PM.sub(r"\1 \2m", s)
    s = _AND_A_HALF.sub(" and a half ", s)
    s = _OUTER_PUNCTUATION.sub("", s).strip()
    s = _POSSESSIVE.sub("", s).strip()
    s = _OWNER.sub("", s)
    s = _FINAL_DOT.sub("", s)
    return s.strip()


@lru_cache(maxsize=8192)
def _normalize_cached(s: str, ref: date, direction: str | None) -> Timex | None:
    if not s:
        return None
    if s.endswith(" ago") and s in PAST_WORDS:
        return parse_ref(s, ref, direction)  # "some time ago": its "some" is no hedge
    core, lead = _strip_lead(s)
    core = _UNIT_END.sub(r"the end of the \1", core)
    core = _UNIT_MIDDLE.sub(r"the middle of the \1", core)
    named = _as_named_period(core)
    if named is not None:
        found = _normalize_cached(named, ref, direction)
        return replace(found, rule=found.rule + MONTH_RANGE_RULE) if found and \
            _MONTH_RANGE_QUARTER.match(core) else found
    shifted = _day_shifted(core, ref, direction) or _before_last(core, ref, direction)
    if shifted is not None:
        return shifted
    plain = direction.rstrip("?") if direction else None  # "past?": a weak past
    for candidate in _cores(core, ref, direction):
        for parse in _PARSERS:
            result = parse(candidate, ref, direction if parse is parse_calendar else plain)
            if result is not None:
                return replace(result, approximate=result.approximate or lead.approx or
                               lead.vague, mod=mod_of(result.type, core, lead))
    return None


def _as_named_period(core: str) -> str | None:
    """The quarter or half that months name, in the words that name it ("the april-june
    quarter" -> "the june quarter", "the first six months of 2006" -> "the first half of
    2006"); None for any other text."""
    m = _MONTH_RANGE_QUARTER.match(core)
    if m is not None:
        first, last = (MONTHS[m[k].rstrip(".")] for k in ("first", "last"))
        return f"the {m['last']} quarter" if (last - first) % MONTHS_IN_YEAR == 2 else None
    m = _MONTHS_OF.match(core)
    if m is None:
        return None
    n = 3 if m["n"] in ("three", "3") else 6
    return f"the {_PERIOD_OF_MONTHS[('first' if m['edge'] == 'first' else 'last', n)]} of " \
        f"{m['rest']}"


def _before_last(core: str, ref: date, direction: str | None) -> Timex | None:
    """ "the week before last", "the year before last": last week, month or year as said a
    unit earlier."""
    m = _BEFORE_LAST.match(core)
    if m is None:
        return None
    unit = m["unit"]
    if unit in DAYS_PER_UNIT:
        earlier = ref - timedelta(days=DAYS_PER_UNIT[unit])
    else:
        year, month = shift_month(ref.year, ref.month, -MONTHS_PER_UNIT[unit])
        earlier = date(year, month, 1)
    last = _normalize_cached(f"last {unit}", earlier, direction)
    return replace(last, rule=f"{last.rule}:before-last") if last is not None else None


def _day_shifted(core: str, ref: date, direction: str | None) -> Timex | None:
    """"the day before/after X" (one day back or on), "a week from X" (that many units on),
    "a week ago X" (that many units back): X's day shifted, its part of the day kept; None
    unless X reads as a day."""
    if (m := _DAY_SHIFT.match(core)) is not None:
        n, unit, how = (1 if m[1] == "after" else -1), "day", f"day-{m[1]}"
    elif (m := _UNITS_FROM.match(core)) is not None:
        n, unit = SMALL_NUMBERS.get(m["n"]) or int(m["n"]), m["unit"]
        how = f"{unit}s-{m['way']}"
        if m["way"] == "ago":
            n, direction = -n, "past"  # "a week ago Sunday": the Sunday just gone, a week back
    else:
        return None
    named = _normalize_cached(m["date"], ref, direction)
    if named is None or named.anchor or named.type not in ("date", "time") or \
            named.value is None or not _DAY_VALUE.fullmatch(named.value):
        return None
    day = date.fromisoformat(named.value[:10])
    if unit in DAYS_PER_UNIT:
        shifted: date | None = day + timedelta(days=n * DAYS_PER_UNIT[unit])
    else:
        year, month = shift_month(day.year, day.month, n * MONTHS_PER_UNIT[unit])
        shifted = safe_date(year, month, day.day)
    if shifted is None:
        return None
    return replace(named, value=shifted.isoformat() + named.value[10:], mod=None,
                   rule=f"{named.rule}:{how}")


def _strip_lead(s: str) -> tuple[str, Lead]:
    """`s` without the hedges and lead words around its core, and the modifiers among them."""
    lead = Lead()
    core = s
    while True:
        m = _APPROX.search(core)
        if m:
            lead.approx = True
            core = (core[: m.start()] + core[m.end():]).strip()
            continue
        m = _LEAD_MODS.match(core)
        if m and m.end() < len(core):
            lead.take(m[1])
            core = core[m.end():]
            if m[1] in _ONE_MORE and core in UNITS:
                core = f"a {core}"  # "another decade": one more decade
            elif core == "a day" and m[1] in bounds():
                core = "one day"  # "more than a day": a span ("a day" alone is rarely one)
            continue
        return core, lead


def _cores(core: str, ref: date, direction: str | None) -> list[str]:
    """The expression, then without a leading position word: "earlier this week" -> "this
    week", "late Monday" -> "Monday", "the end of last year" -> "last year"; "the end of the
    year" is this year's, or in a past clause before this year's end has come, last year's
    ("net debt fell at the end of the year", written in January)."""
    out = [core]
    m = _POSITION.match(core)
    if m and m.end() < len(core):
        rest = core[m.end():].strip()
        if rest in ("year", "quarter", "month", "week") and m[0].rstrip().endswith(" the"):
            if direction == "past" and _AT_END.match(m[0]) and not _in_final_part(rest, ref):
                return ["last " + rest, core]  # read before the whole: "of the year" is this one
            rest = "this " + rest  # "earlier in the month"
        elif rest in ("decade", "century") and m[0].rstrip().endswith(" the"):
            rest = "this " + rest  # "by the end of the decade"
        out.append(rest)
    return out


def _in_final_part(unit: str, ref: date) -> bool:
    """Whether `ref` lies in the last part of its year (December), quarter (its last month),
    month (its last MONTH_END_DAYS days) or week (from Friday): where "the end of" it is now."""
    if unit == "year":
        return ref.month == MONTHS_IN_YEAR
    if unit == "quarter":
        return ref.month % MONTHS_IN_QUARTER == 0
    if unit == "month":
        return (ref + timedelta(days=MONTH_END_DAYS)).month != ref.month
    return ref.weekday() >= WEEK_END_WEEKDAY


_PARSERS = (parse_ref, parse_period, parse_set, parse_today, parse_duration,
            parse_compound_duration, parse_calendar)
