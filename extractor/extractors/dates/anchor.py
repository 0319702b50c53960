"""Anchoring: a bare time takes its day from a date in the same clause, an anaphoric
expression ("the next day", "that year", "two weeks later") counts from the date the text gave
before it."""

from __future__ import annotations

import re
from calendar import isleap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from ...calendar_names import WEEKDAYS
from ...data import lines
from .arithmetic import iso_week, iso_weeks_in, shift_month
from .calendar import MONTHS_PER_QUARTER, SEASON_ORDER, SENTENCE_PERIOD, SPRING_START_MONTH
from .clock import in_part_of_day
from .deictic import OVERNIGHT_RULE
from .direction import direction_of
from .modifiers import point_of_bound
from .periods import (
    CURRENT_PERIOD,
    ENDING_WORDS,
    IN_YEAR_PERIOD,
    LATEST_RULE,
    NAMED_PERIOD,
    SAME_UNIT_IN_YEAR,
    SAME_UNIT_YEAR_BACK,
    period_ending,
    step_period,
)
from .timex import Timex
from .units import CLOCK_SHIFT, EARLIER_RULE, MONTHS_IN_YEAR
from .words import CLOSED_PERIOD, CLOSING_BOUNDS, PARTS_OF_DAY, SAYING_VERBS, SMALL_NUMBERS

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_OR_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:T.*)?")
_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a day's clock time, any zone after
# a clock time without its day: "T04:17", "T20:00-04"
_BARE_CLOCK = re.compile(r"T\d{2}:\d{2}(?:Z|[+-]\d{2}(?::?\d{2})?)?")
MAX_ZONE_HOURS = 14  # the farthest a zone runs ahead of UTC (Kiribati); behind, 12
MINUTES_PER_DAY = 24 * 60
# A night runs into the next day's small hours: after "overnight" (the night of the 18th), a
# clock time before NIGHT_ENDS_HOUR ("shortly after 2am") is of the 19th.
NIGHT_ENDS_HOUR = 6
# ... and a time that bounds what runs on from the night ("a warning in place until 18:00"),
# before NIGHT_STARTS_HOUR, is of the next day too: that hour of the night's own day is gone.
NIGHT_STARTS_HOUR = 20
_NIGHT = "TNI"
MIDNIGHT = PARTS_OF_DAY["midnight"]  # the end of the day it closes, T24:00
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_CLOCK_HOUR = re.compile(r"T(\d\d):")
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")
_MONTH = re.compile(r"\d{4}-\d\d(?:-|$)")
_PERIOD = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")  # a quarter or a half: "2024-Q3"
# Months a results story reports on, not a quarter or half: "the nine months", "the first
# nine months of the year"
_MONTHS_REPORTED = re.compile(r"(?:the |its )(?:first )?[\w-]+ months(?: of (?:the year|\d{4}))?")
_PERIOD_OR_MONTH = re.compile(r"\d{4}-(?:Q[1-4]|H[12]|\d\d)")
# Readings that name a period to compare the one just named with ("up from $6.4 million a year
# earlier", "from $1.04 billion a year ago", "the year-earlier period", "down from the previous
# quarter"): an earlier one of these leaves the period the text reports on as the one "the
# quarter", "the latest quarter" and the next comparison mean.
_COMPARISON_RULES = ("period:year-back", "period:previous", "anaphoric-year", "ago")
# "a year earlier", "a month before", "the previous week", "the year-earlier period", "the same
# month last year"
_LOOKING_BACK_RULES = ("anaphoric-year", "anaphoric-month", "anaphoric-week", "period:year-back",
                       "period:same-unit-year-back")

Reading = tuple[Span, Timex]
# How many dates to each side a bare time looks at for the day of its clause: a sentence holds
# a handful; a long list or table of times takes the nearest ones, and costs no more.
DAY_REACH = 8
# The story has moved on when a date it names (with year and month, read off no reference date)
# lies more than STORY_MOVED_MONTHS from the reference date; a bare month in a past-tense
# clause at most STORY_REACH_SENTENCES sentences later is then that date's nearest such month
# ("The plant closed in June 2011. In September, its owners sold it": 2011-09).
STORY_MOVED_MONTHS = 12
STORY_REACH_SENTENCES = 2
# ... and at most STORY_REACH_CHARS characters later, in the same paragraph.
STORY_REACH_CHARS = 600
# The lead is the body's sentences up to this index (a headline, a dateline, the first
# sentence): the day it gives is the story's own, which a past clause's bare time later in the
# story, far from any other day, is of ("Stocks fell yesterday. ... By 10:30 a.m., the Dow
# was down 38 points").
LEAD_LAST_SENTENCE = 2
# Prepositions that make a date one end of a span reaching to another time
_SPAN_BOUNDS = {"since", "until", "till", "from", "through"}
_OPEN_BOUNDS = {"since", "until", "till"}  # a day before the span it opens or closes
# The verbs of a sentence's own clauses: its root, a verb joined to it, what a verb of saying
# reports ("Police say he arrived on Oct. 4")
_MAIN_CLAUSES = ("ROOT", "conj", "ccomp")
_COMPARED_FROM = {"from", "against", "versus", "vs."}
"""Words that open the figure a date belongs to: "down from 125.30 late yesterday"."""
_FIGURE_MARKS = {"%", "$", "€", "£", "late", "early"}
MAX_FIGURE_TOKENS = 3  # "from" + "1.6495" + "marks" + "late Thursday": a figure and its unit
# The readings of a month, or a month's day, that a story far from the reference date dates
_STORY_TIME_RULES = ("month:past-tense", "month-day:past-tense", "month-day:nearest",
                     "season:past-tense", "season:nearest")
_APPOSITION = re.compile(r",\s*(?:an?\s+)?")  # what stands between a day and its weekday
_STORY_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d(?:T.*)?)?)?")
_YEAR_ONLY = re.compile(r"\d{4}")
_SEASON_OF_YEAR = re.compile(r"\d{4}-(?:SP|SU|FA|WI)")
# A year alone that opens its sentence ("In 2011, ...") moves the story on when it is not the
# reference date's year: "In 2011, the plant opened. In September, its owners sold it" is
# September 2011.
# A bare weekday follows a story's day only when that day lies more than STORY_MOVED_DAYS before
# the reference date (within them, the reference date's week holds the same day), and the story
# names its days ("Tuesday, March 4, 2003") or dated the weekday's own sentence.
STORY_MOVED_DAYS = 7
# How far a time looks to each side for the line breaks that make it a line of its own.
TIMESTAMP_REACH = 40
_LINE_MARKS = " \t.:;-–—|•*#>"  # what may stand beside a timestamp on its line
# How far up the parse a token looks for the verb of its clause.
MAX_HEADS_TO_CLAUSE_VERB = 12


@dataclass(slots=True)
class _Earlier:
    """The dates the text gave so far that anaphoric expressions count from, and whether each
    depended on the reference date."""

    day: str | None = None  # the last value of a day ("2025-01-06", from a date or a time)
    day_relative: bool = True
    day_sentence: int | None = None  # the sentence that gave it
    day_end: int = 0  # and where it ends in the text
    day_named: bool = False  # whether the text named a day, valued or not ("Monday", no ref)
    day_said: bool = False  # whether that day dated a verb of saying ("police said Tuesday")
    value: str | None = None  # the last value that starts with a year
    value_relative: bool = True
    value_sentence: int | None = None  # the sentence that gave it
    period: str | None = None  # the last quarter or half ("2024-Q3")
    period_relative: bool = True
    period_sentence: int | None = None  # the sentence that named it
    story: str | None = None  # the last month ("2011-06") or year ("2011") the text dated
    story_sentence: int | None = None  # the sentence that dated it
    story_end: int = 0  # and where that date ends in the text
    story_day: str | None = None  # its day, when it gave one ("2003-03-04")
    story_names_days: bool = False  # whether it named its weekday ("Tuesday, March 4, 2003")
    clock: str | None = None  # the last clock time given ("1996-12-07T07:52")
    clock_sentence: int | None = None  # and its sentence
    day_night: bool = False  # whether that day was given as its night ("overnight")
    lead_day: str | None = None  # the first day the lead gave ("fell yesterday")
    lead_day_relative: bool = True

    def update(self, span: Span, timex: Timex, sentence: int | None) -> None:
        if timex.type in ("date", "time") and timex.granularity in ("day", "time"):
            self.day_named = True
        said = _dates_saying(span)
        keeps_event_day = said and self._event_day_within(sentence)
        if timex.value and _DAY_OR_TIME.fullmatch(timex.value) and not keeps_event_day and \
                not _of_a_compared_figure(span) and not _open_bound(span):
            self.day = timex.value[:10]
            self.day_night = timex.value.endswith(_NIGHT)
            self.day_relative = timex.relative
            self.day_sentence, self.day_end = sentence, span.end_char
            self.day_said = said
            if _CLOCK.match(timex.value):
                self.clock, self.clock_sentence = timex.value, sentence
            if self.lead_day is None and sentence is not None and sentence <= LEAD_LAST_SENTENCE:
                self.lead_day, self.lead_day_relative = self.day, timex.relative
        if timex.value and _YEAR_OR_MONTH.match(timex.value) and not (
                said and timex.relative and self.value is not None) and \
                not self._looks_back(timex):
            # "said last week" is not what "that summer" is of ("said in June 2012" is); a
            # comparison's year ("from $37 million a year earlier") leaves the story's year
            self.value = timex.value
            self.value_relative = timex.relative
            self.value_sentence = sentence
        if timex.value and _PERIOD.fullmatch(timex.value) and not self._compares(span, timex):
            self.period = timex.value
            self.period_relative = timex.relative
            self.period_sentence = sentence
        if _MONTHS_REPORTED.fullmatch(span.text.lower()):
            self.period = None  # "the nine months": a quarter named before is no longer reported
        ended = _period_ended_on(span, timex.value) if timex.value else None
        if ended is not None:  # "For the six months ended Dec. 31": the half, for what follows
            self.period, self.period_relative = ended, timex.relative
            self.period_sentence = sentence
        story = _story_of(timex.value, span) if timex.value and not timex.relative else None
        if story is not None and _dates_an_event(span):
            self.story, self.story_sentence = story, sentence
            self.story_end = span.end_char
            self.story_day = timex.value[:10] if _DAY.fullmatch(timex.value[:10]) else None
            self.story_names_days = any(t.lower_.rstrip(".") in WEEKDAYS for t in span)

    def _event_day_within(self, sentence: int | None) -> bool:
        """Whether the day the text gave last, a few sentences back at most, dated an event:
        "robbed on Wednesday afternoon, police said yesterday ... at 2:35 p.m." is Wednesday's
        2:35, as "that night ... she said on Thursday. Two days later" counts from that night."""
        return self.day is not None and not self.day_said and sentence is not None and \
            self.day_sentence is not None and \
            sentence - self.day_sentence <= STORY_REACH_SENTENCES

    def _looks_back(self, timex: Timex) -> bool:
        """Whether `timex` is a year or month counted back from the one the text gave to
        compare with it ("rose from $37 million a year earlier"): another "a year earlier"
        compares with the same year, not with the one before it."""
        earlier = self.value is not None and timex.value < self.value  # type: ignore[operator]
        return earlier and timex.rule.startswith(_LOOKING_BACK_RULES)

    def _compares(self, span: Span, timex: Timex) -> bool:
        """Whether `timex` names a period before the one just named, to compare with it: by
        its reading ("the year-earlier quarter") or by the word before it ("fell 4% from the
        second quarter")."""
        earlier = self.period is not None and timex.value < self.period  # type: ignore[operator]
        return earlier and (timex.rule.startswith(_COMPARISON_RULES) or _compared_with(span))


def _period_ended_on(span: Span, value: str) -> str | None:
    """The quarter or half that "the three (six) months ended <this day>" names by its last
    day (the months are a duration and the day a date of their own): the period that "the same
    period a year earlier" then counts from."""
    doc, i = span.doc, span.start
    if i < len(("six", "months", "ended")) or doc[i - 1].lower_ not in ENDING_WORDS or \
            doc[i - 2].lower_ != "months":
        return None
    count = doc[i - 3].lower_
    months = int(count) if count.isdigit() else SMALL_NUMBERS.get(count)
    period = period_ending(value[:10], months) if months else None
    return period if period and _PERIOD.fullmatch(period) else None  # a quarter or a half


def anchored(found: list[Reading], ref: date | None, sentence_of: Callable[[int], int | None],
             text: str) -> Iterator[Reading]:
    """Each reading of `found` (in text order) with its value made final; `sentence_of` gives
    the sentence of a character offset, `text` is the doc's text."""
    readings = _Readings(found, [sentence_of(span.start_char) for span, _ in found])
    earlier = _Earlier()
    for k, (span, timex) in enumerate(found):
        anchored_timex = _anchor(timex, k, readings, ref, earlier, text)
        if anchored_timex is None:
            continue  # "the quarter" in a text that named no quarter
        timex = _named_weekday(anchored_timex, span, earlier, text)
        timex = _in_story_time(timex, span, readings.sentences[k], ref, earlier, text)
        timex = _in_story_week(timex, span, readings.sentences[k], ref, earlier, text)
        earlier.update(span, timex, readings.sentences[k])
        readings.found[k] = span, timex  # a later time of its clause takes the day as anchored
        yield span, timex


def _anchor(timex: Timex, k: int, readings: _Readings, ref: date | None,
            earlier: _Earlier, text: str) -> Timex | None:
    """Give a bare time its day, and an anaphoric day ("the next day") its value; None for a
    reading that is no date without what it refers to."""
    if timex.anchor == "day":
        day, relative, part = readings.sentence_day(k)
        rule = timex.rule + (":sentence-day" if day else ":reference-day")
        span = readings.found[k][0]
        if part and timex.value:
            timex = replace(timex, value=in_part_of_day(timex.value, span.text, part))
        if day is None and (twin := readings.bracketed_twin_day(k, timex.value)):
            day, relative, rule = twin[0], twin[1], timex.rule + ":zone-twin-day"
        if day is None and _near_day(span, readings.sentences[k], earlier, text) and \
                not _across_now(span, ref, earlier.day, text):
            day, relative, rule = earlier.day, earlier.day_relative, timex.rule + ":story-day"
            if earlier.day_night and (_in_small_hours(timex.value) or
                                      _closes_after_night(span, timex.value)):
                day = _days_on(day, 1)
                rule += ":after-night"
        if day is None and _of_lead_day(span, ref, earlier, text):
            day, relative, rule = earlier.lead_day, earlier.lead_day_relative, \
                timex.rule + ":lead-day"
        if day is None:
            day, relative = (ref.isoformat() if ref else None), True
        if day and (
            # a past "overnight" is the night that led into its day: the day before's
            timex.rule == OVERNIGHT_RULE and direction_of(span, text) in ("past", "past?")
            # "crashes reported since midnight", written that day: the midnight that closed
            # the day before (the one closing the reference day is still to come)
            or ref and day == ref.isoformat() and timex.value == MIDNIGHT and
            ":sentence-day" not in rule and _midnight_gone(span, text)
        ):
            day = _days_on(day, -1)
            rule += ":night-before"
        value = day + timex.value if day and timex.value else None
        return replace(timex, value=value, relative=relative, rule=rule, anchor=None)
    if timex.anchor == "story-week":  # "For the week, the Dow gained 0.8%": the story day's
        day = earlier.day or (ref.isoformat() if ref else None)
        return replace(timex, value=iso_week(date.fromisoformat(day)) if day else None,
                       relative=True, anchor=None)
    if timex.anchor in ("previous-year", "previous-month", "story-year", "story-month"):
        size = 4 if timex.anchor.endswith("year") else 7
        previous, relative = earlier.value, earlier.value_relative
        if timex.anchor == "story-year" and earlier.period and (previous or "") < earlier.period:
            # "For the year" after "the year-earlier quarter"
            previous, relative = earlier.period, earlier.period_relative
        value = previous[:size] if previous and len(previous) >= size else None
        if value and size == len("YYYY-MM") and value[5:6] == "W":
            value = _week_month(previous)  # a week's "1989-W44": the month of its Thursday
        if value is None and timex.rule.endswith(CLOSED_PERIOD) and ref is not None:
            value, relative = ref.isoformat()[:size], True  # "The index ended the year up 12%"
        if value is None and timex.anchor.startswith("story-"):
            return None  # "the best in the year" after no year: no date
        return replace(timex, value=value, relative=relative, anchor=None)
    if timex.anchor == CLOCK_SHIFT:
        return _clock_shift(timex, readings.sentences[k], earlier)
    if timex.anchor and timex.anchor.startswith("shift-"):
        return _shift(timex, timex.anchor[6:], earlier)
    if timex.anchor and timex.anchor.startswith((SAME_UNIT_YEAR_BACK, SAME_UNIT_IN_YEAR)):
        return _same_unit(timex, earlier)
    if timex.anchor and timex.anchor.startswith(NAMED_PERIOD):
        found = _period(timex, timex.anchor[len(NAMED_PERIOD):], earlier)
        return found if found.value else None
    if timex.anchor and timex.anchor.startswith("period:"):
        return _period(timex, timex.anchor[7:], earlier)
    if timex.anchor == CURRENT_PERIOD:
        period = earlier.period
        if period is None or ref is None:
            return replace(timex, anchor=None)  # the present
        months = MONTHS_PER_QUARTER if period[5] == "Q" else 2 * MONTHS_PER_QUARTER
        value = f"{ref.year:04d}-{period[5]}{(ref.month - 1) // months + 1}"
        return replace(timex, value=value, granularity="month", relative=True, anchor=None,
                       rule=timex.rule + ":from-period")
    if timex.anchor == IN_YEAR_PERIOD:
        if earlier.period is None:
            return replace(timex, anchor=None, offset=0)
        years_on = timex.offset - int(earlier.period[:4])
        return _period(replace(timex, offset=years_on), "any", earlier)
    if timex.anchor and timex.anchor.startswith("step:"):
        period = earlier.period
        if period is None or period[5] != timex.anchor[5:]:
            return replace(timex, anchor=None, offset=0)
        return replace(timex, value=step_period(period, timex.offset), anchor=None, offset=0,
                       relative=earlier.period_relative, rule=timex.rule + ":from-period")
    if timex.anchor and timex.anchor.startswith(SENTENCE_PERIOD):
        return _in_sentence_period(timex, earlier, readings.sentences[k])
    if timex.anchor and timex.anchor.startswith("sentence-year-of:"):
        if earlier.value_sentence != readings.sentences[k] or earlier.value_relative:
            return replace(timex, anchor=None)  # no year of its own before it in its sentence
        return _after_or_in_year(timex, earlier)
    if timex.anchor and timex.anchor.startswith(("month-after:", "year-of:")):
        return _after_or_in_year(timex, earlier)
    if timex.anchor == "weekday-after":
        if earlier.day is None:  # no day before it: the reference date's next such weekday
            return replace(timex, anchor=None, offset=0)
        day = date.fromisoformat(earlier.day)
        day += timedelta(days=(timex.offset - day.weekday()) % 7 or 7)
        value = day.isoformat() + (timex.value or "")[10:]
        return replace(timex, value=value, relative=earlier.day_relative, anchor=None, offset=0,
                       rule=timex.rule + ":from-day")
    if timex.anchor == "previous" and timex.type == "duration":
        if not earlier.day_named:  # "two days later" after no day: a span of two days
            return replace(timex, anchor=None, offset=0)
        value = None
        if earlier.day is not None:
            value = _days_on(earlier.day, timex.offset)
        return replace(timex, type="date", value=value, granularity="day",
                       relative=earlier.day_relative, rule="anaphoric-day", anchor=None, offset=0)
    if timex.anchor == "previous":
        base = earlier.day or (ref.isoformat() if ref else None)
        value = None
        if base:
            offset, span = timex.offset, readings.found[k][0]
            # "worked through the night", written the next day: that night ("that night" is
            # the night of the day the text gave, or of a day it leaves unsaid)
            if offset == 0 and span.text.lower().endswith("the night") and ref and \
                    base == ref.isoformat() and (_midnight_gone(span, text) or _spent(span)):
                offset = -1
            value = _days_on(base, offset) + (timex.value or "")
        return replace(timex, value=value, relative=True, anchor=None, offset=0)
    return timex


def _named_weekday(timex: Timex, span: Span, earlier: _Earlier, text: str) -> Timex:
    """A weekday set beside the day just given, which it names ("on Aug. 9, a Friday,"):
    that day, wherever the reference date lies."""
    if not timex.rule.startswith("weekday:") or not timex.value or earlier.day is None or \
            not _APPOSITION.fullmatch(text[earlier.day_end:span.start_char]):
        return timex
    day = date.fromisoformat(earlier.day)
    if day.weekday() != date.fromisoformat(timex.value[:10]).weekday():
        return timex
    return replace(timex, value=earlier.day + timex.value[10:], relative=earlier.day_relative,
                   rule="weekday:named-day")


def _near_day(span: Span, sentence: int | None, earlier: _Earlier, text: str) -> bool:
    """Whether the last day the text gave lies a sentence or two before `span` (a news lead
    is often a paragraph of its own): a bare time with no day in its clause is that day's
    ("Voters went to the polls on Sunday. Polls opened at 7 a.m.": Sunday's 7 a.m.)."""
    return earlier.day is not None and sentence is not None and \
        earlier.day_sentence is not None and \
        0 <= sentence - earlier.day_sentence <= STORY_REACH_SENTENCES and \
        span.start_char - earlier.day_end <= STORY_REACH_CHARS and not _own_line(span, text)


def _across_now(span: Span, ref: date | None, day: str | None, text: str) -> bool:
    """Whether the day a time would take lies on the other side of the reference date from
    its clause's tense: a past clause's time is not of a day still to come ("next meet on July
    6"), a future clause's not of a day gone ("will be published overnight")."""
    if ref is None or day is None or day[:10] == ref.isoformat():
        return False
    direction = direction_of(span, text)
    ahead = day[:10] > ref.isoformat()
    return (ahead and direction in ("past", "past?")) or (not ahead and direction == "future")


def _of_lead_day(span: Span, ref: date | None, earlier: _Earlier, text: str) -> bool:
    """Whether a bare time far from any day is of the day the lead gave: its clause is in the
    past tense and that day lies before the reference date (a market report's "By 10:30 a.m.,
    the Dow was down", filed the next morning)."""
    return earlier.lead_day is not None and ref is not None and \
        earlier.lead_day < ref.isoformat() and not _own_line(span, text) and \
        direction_of(span, text) in ("past", "past?")


def _own_line(span: Span, text: str) -> bool:
    """Whether `span` is a line of its own: a live blog's "8:05 a.m.", the time of an entry
    written on the reference date. Looks `TIMESTAMP_REACH` characters to each side at most."""
    start, end = span.start_char, span.end_char
    before = text[max(0, start - TIMESTAMP_REACH):start]
    if "\n" not in before and start > TIMESTAMP_REACH:
        return False
    after = text[end:end + TIMESTAMP_REACH]
    return not before.rsplit("\n", 1)[-1].strip(_LINE_MARKS) and \
        not after.split("\n", 1)[0].strip(_LINE_MARKS)


def _after_or_in_year(timex: Timex, earlier: _Earlier) -> Timex:
    """"the following March" or "the following summer" (anchor "month-after:03", `offset` its
    first month): the first after the date the text gave before; "that summer" ("year-of:SU"):
    the summer of that date's year. Without such a date, the reading `timex` already holds."""
    previous = earlier.value
    if previous is None or not previous[:4].isdigit():
        return replace(timex, anchor=None, offset=0)
    kind, _, suffix = (timex.anchor or "").partition(":")
    year = int(previous[:4])
    if kind == "month-after":
        month = int(previous[5:7]) if _MONTH.match(previous) else MONTHS_IN_YEAR
        year += timex.offset <= month
    return replace(timex, value=f"{year:04d}-{suffix}", relative=earlier.value_relative,
                   anchor=None, offset=0, rule=timex.rule + ":from-date")


def _in_sentence_period(timex: Timex, earlier: _Earlier, sentence: int | None) -> Timex:
    """"the second half" after "the first half of 1990" in its sentence: of that half's year
    (a quarter or half before the one named there, in a clause still to come, is of the year
    after: "fell in the fourth quarter of 2025, but the first quarter will be better"). Without
    one, the reading `timex` already holds."""
    period, value = earlier.period, timex.value or ""
    if period is None or earlier.period_sentence != sentence or period[5] != value[5:6]:
        return replace(timex, anchor=None, offset=0)
    year = int(period[:4]) + (timex.offset > 0 and value[6] < period[6])
    return replace(timex, value=f"{year:04d}{value[4:]}", relative=earlier.period_relative,
                   anchor=None, offset=0, rule=timex.rule + ":from-period")


def _days_on(day: str, days: int) -> str:
    """The ISO day `days` after `day` (before it when negative)."""
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _midnight_gone(span: Span, text: str) -> bool:
    """Whether a midnight or a night on the reference day is the one that began it: after
    "since", or in a past clause ("the alarm sounded at midnight", "during the night")."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return before == "since" or direction_of(span, text) in ("past", "past?")


def _week_month(week: str) -> str | None:
    """The month ("1989-11") of an ISO week's Thursday ("1989-W44"), or None for a week of no
    known year or none the calendar has."""
    m = _ISO_WEEK.match(week)
    try:
        return date.fromisocalendar(int(m[1]), int(m[2]), 4).isoformat()[:7] if m else None
    except ValueError:  # a week 53 of a year with 52
        return None


def _spent(span: Span) -> bool:
    """Whether a past verb runs through the time or up to it ("worked through the night"):
    a past clause, which `direction_of` leaves open after such a bound."""
    head = span.root.head
    return head.pos_ == "ADP" and head.lower_ in ("through", "throughout", "until", "till") \
        and head.head.tag_ == "VBD"


def _in_small_hours(value: str | None) -> bool:
    """Whether a bare clock time ("T02:00") lies before the end of a night."""
    m = _CLOCK_HOUR.match(value or "")
    return m is not None and int(m[1]) < NIGHT_ENDS_HOUR


def _closes_after_night(span: Span, value: str | None) -> bool:
    """Whether a bare clock time after "until", "till" or "by" comes before a night starts:
    the bound of what runs on from the night before it lies in the next day."""
    m = _CLOCK_HOUR.match(value or "")
    return m is not None and int(m[1]) < NIGHT_STARTS_HOUR and span.start > 0 and \
        span.doc[span.start - 1].lower_ in CLOSING_BOUNDS


def _clock_shift(timex: Timex, sentence: int | None, earlier: _Earlier) -> Timex:
    """"four minutes later" after "left at 7:52 a.m.": `offset` minutes from the clock time
    given in the same or the sentence before; without one, the duration `timex` holds."""
    clock = earlier.clock
    if clock is None or sentence is None or earlier.clock_sentence is None or \
            not 0 <= sentence - earlier.clock_sentence <= 1:
        return replace(timex, anchor=None, offset=0)
    moment = datetime.fromisoformat(clock[:16]) + timedelta(minutes=timex.offset)
    return Timex("time", moment.strftime("%Y-%m-%dT%H:%M"), "time", earlier.day_relative,
                 timex.approximate, "anaphoric-time")


def _shift(timex: Timex, unit: str, earlier: _Earlier) -> Timex:
    """"the following week", "two years later": `offset` units from the date the text gave
    before, at that unit's granularity; without one, the reading `timex` already holds."""
    k = timex.offset
    value = None
    granularity = unit
    relative = earlier.value_relative
    previous = earlier.value
    week = _ISO_WEEK.fullmatch(previous) if previous else None
    if unit == "week" and week and (earlier.day is None or (earlier.value_sentence or 0) >= (
            earlier.day_sentence or 0)):
        # "the previous week" after "the week ended Saturday": the week before that one
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        value = iso_week(monday + timedelta(days=7 * k))
    elif unit == "week" and earlier.day:
        value = iso_week(date.fromisoformat(earlier.day) + timedelta(days=7 * k))
        relative = earlier.day_relative
    elif unit == "month" and previous and _MONTH.match(previous):
        y, mo = shift_month(int(previous[:4]), int(previous[5:7]), k)
        value = f"{y:04d}-{mo:02d}"
    elif unit == "month" and previous and _YEAR_ONLY.fullmatch(previous) and \
            not earlier.value_relative and timex.type == "date":
        # "He fled in 2008. The following month, ...": some month of that year, not the one
        # after the reference date
        value, granularity = previous, "year"
    elif unit == "year" and previous and (_PERIOD_OR_MONTH.fullmatch(previous) or week) and \
            abs(k) == 1 and (timex.type == "duration" or timex.rule == EARLIER_RULE):
        # the third quarter "a year earlier", "fell in December from a year earlier", the
        # latest week "a year earlier"
        year = int(previous[:4]) + k
        value = f"{year:04d}-W{min(int(week[2]), iso_weeks_in(year)):02d}" if week else \
            f"{year:04d}{previous[4:]}"
        granularity = "week" if week else "month"
    elif unit == "year" and previous and previous[:4].isdigit():
        value = f"{int(previous[:4]) + k:04d}"
    if value is None:
        return replace(timex, anchor=None, offset=0)
    mod = point_of_bound(timex.mod, 1 if k > 0 else -1) if timex.type == "duration" else timex.mod
    return Timex("date", value, granularity, relative, timex.approximate, f"anaphoric-{unit}",
                 mod=mod)


def _in_story_time(timex: Timex, span: Span, sentence: int | None, ref: date | None,
                   earlier: _Earlier, text: str) -> Timex:
    """A bare month, a month's day or a season without a year in a past-tense clause (or one
    of no tense), when the story has moved on to a month far from the reference date just before:
    that month's nearest such month (ties: the later one); after a year of its own, that
    year's month ("On March 3, 1997, the river rose ... Soldiers arrived on March 6": 1997).
    Near the story's date, or anywhere after it with "that" ("that December")."""
    story = earlier.story
    kind = timex.rule.split(":", 1)[0]
    if not timex.rule.startswith(_STORY_TIME_RULES) or not timex.value or ref is None or \
            story is None or not (_near_story(span, sentence, earlier, text) or
                                  _that_month(span)):
        return timex
    if _YEAR_ONLY.fullmatch(story):
        if int(story) == ref.year:
            return timex
        return replace(timex, value=f"{story}{timex.value[4:]}", relative=False,
                       rule=f"{kind}:story-year")
    base = int(story[:4]) * 12 + int(story[5:7]) - 1
    if abs(base - (ref.year * 12 + ref.month - 1)) <= STORY_MOVED_MONTHS:
        return timex
    code = timex.value[5:7]
    if code in SEASON_ORDER:  # a season counts from the month it starts in
        month = SPRING_START_MONTH - 1 + MONTHS_PER_QUARTER * SEASON_ORDER.index(code)
    elif code.isdigit():
        month = int(code) - 1
    else:
        return timex  # "the January-March quarter" (2005-Q1) keeps the year it was read with
    options = [(year * 12 + month) for year in range(base // 12 - 1, base // 12 + 2)]
    pick = min(options, key=lambda o: (abs(o - base), o < base))
    month_code = code if code in SEASON_ORDER else f"{pick % 12 + 1:02d}"
    value = f"{pick // 12:04d}-{month_code}{timex.value[7:]}"
    return replace(timex, value=value, relative=False, rule=f"{kind}:story-time")


def _that_month(span: Span) -> bool:
    """Whether `span` is a month with the determiner "that" ("by that December"): the story's
    month however far on it is named ("a report that March sales rose" has no determiner)."""
    before = span[0] if span[0].lower_ == "that" else \
        span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ == "that" and before.tag_ == "DT"


def _near_story(span: Span, sentence: int | None, earlier: _Earlier, text: str) -> bool:
    """Whether `span` lies close enough after the story's date to read off it: at most
    STORY_REACH_SENTENCES sentences and STORY_REACH_CHARS characters on, in its paragraph."""
    return sentence is not None and earlier.story_sentence is not None and \
        sentence - earlier.story_sentence <= STORY_REACH_SENTENCES and \
        span.start_char - earlier.story_end <= STORY_REACH_CHARS and \
        "\n\n" not in text[earlier.story_end:span.start_char]


def _in_story_week(timex: Timex, span: Span, sentence: int | None, ref: date | None,
                   earlier: _Earlier, text: str) -> Timex:
    """A bare weekday in a past-tense clause after a story day more than a week back that named
    its weekday or dated the same sentence: the first such day on or after the story's day
    ("Tuesday, March 4, 2003 ... on Thursday": March 6), or before it after "had"."""
    day = earlier.story_day
    if not timex.rule.startswith("weekday:past-tense") or not timex.value or ref is None or \
            day is None or not _near_story(span, sentence, earlier, text) or \
            not (earlier.story_names_days or sentence == earlier.story_sentence):
        return timex
    story = date.fromisoformat(day)
    if (ref - story).days <= STORY_MOVED_DAYS:
        return timex
    weekday = date.fromisoformat(timex.value[:10]).weekday()
    if _in_past_perfect(span):
        pick = story - timedelta(days=(story.weekday() - weekday) % 7 or 7)
    else:
        pick = story + timedelta(days=(weekday - story.weekday()) % 7)
    return replace(timex, value=pick.isoformat() + timex.value[10:], relative=False,
                   rule=timex.rule.replace("past-tense", "story-time", 1))


def _in_past_perfect(span: Span) -> bool:
    """Whether the clause of `span` is in the past perfect ("had been ignored on Monday")."""
    head = _clause_head(span.root)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in head.children)


def _story_of(value: str, span: Span) -> str | None:
    """The month ("2011-06") or the year ("2011") of the story that a date of `span` names: a
    day or a month gives its month, a season its year ("in the fall of 2004"), a year alone
    only where it sets the scene (`_in_year`)."""
    if _SEASON_OF_YEAR.fullmatch(value):
        return value[:4]
    if not _STORY_DATE.fullmatch(value) or _YEAR_ONLY.fullmatch(value) and not _in_year(span):
        return None
    return value[:7]


def _dates_saying(span: Span) -> bool:
    """Whether a date tells when something was said or found ("police said yesterday", "told
    reporters on Thursday"), not when what was said of happened."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.lemma_.lower() == "add" and any(c.dep_ == "dobj" for c in head.children):
        return False  # "employers added 150,000 jobs in October": things added, not words
    return head.pos_ == "VERB" and head.lemma_.lower() in SAYING_VERBS


def _in_year(span: Span) -> bool:
    """Whether a year sets the scene of what follows, as a sentence opening "In 2011," does (a
    year later in a sentence is most often background: "has faced inquiries since it won the
    title in 2011"; "since 2011", "dating to 2011" bound a span)."""
    head = span.root.head
    return head.lower_ == "in" and head.is_sent_start


def _open_bound(span: Span) -> bool:
    """Whether a day bounds a span that runs on to now or later ("Rain has fallen since
    Wednesday", "closed until Friday"): what the text tells next happens in the span, not on
    that day."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _OPEN_BOUNDS


def _dates_an_event(span: Span) -> bool:
    """Whether a date is when its sentence's event happened ("closed in June 2011"), not a
    name for a thing ("the Dec. 21, 1988, bombing"), a flashback ("had fled in June 1998") nor
    a subordinate clause's background ("the contract he signed when he was hired on April 21,
    2004")."""
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    names_a_thing = after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN")
    if span[0].lower_ == "the" and names_a_thing or \
            span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "the Dec. 21, 1988, bombing", "the June 2011 floods"
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in _SPAN_BOUNDS:
            return False  # "has kept rates near zero since December 2008": a span to now
        head = head.head
    elif span.root.dep_ != "npadvmod":
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    return head.pos_ in ("VERB", "AUX") and not auxes & {"had", "'d"} and \
        head.dep_ in _MAIN_CLAUSES


def _same_unit(timex: Timex, earlier: _Earlier) -> Timex:
    """ "the same month last year", "the same week of 2019": the month, week or day the text
    named before, `offset` years back, or in the year `offset`; else the year the reading
    holds."""
    anchor = timex.anchor or ""
    year_back, unit = anchor.startswith(SAME_UNIT_YEAR_BACK), anchor.split(":", 1)[1]
    previous, relative = earlier.value, earlier.value_relative
    value = None
    if unit == "month" and previous and _MONTH.match(previous):
        value = previous[:7]
    elif unit == "week" and previous and _ISO_WEEK.fullmatch(previous):
        value = previous
    elif unit in ("week", "day") and earlier.day:
        day = earlier.day[:10]
        value = iso_week(date.fromisoformat(day)) if unit == "week" else day
        relative = earlier.day_relative
    if value is None:
        return replace(timex, anchor=None, offset=0)
    year = int(value[:4]) + timex.offset if year_back else timex.offset
    rest = value[4:]
    if unit == "day" and rest == "-02-29" and not isleap(year):
        rest = "-02-28"
    elif unit == "week" and int(rest[2:]) > iso_weeks_in(year):
        rest = f"-W{iso_weeks_in(year):02d}"
    return replace(timex, value=f"{year:04d}{rest}", granularity=unit, relative=relative,
                   anchor=None, offset=0, rule=timex.rule + ":from-date")


def _period(timex: Timex, kind: str, earlier: _Earlier) -> Timex:
    """"the year-earlier period", "the latest quarter": the last quarter or half the text named
    (of the kind asked, Q, H or any; "last": only if it is the last date named), `offset` years
    on; else the reading's own fallback."""
    period = earlier.period
    if kind == "last":
        period, kind = (earlier.value, "any") if earlier.value == earlier.period else (None, kind)
    if period is None or kind not in ("any", period[5]):
        return replace(timex, anchor=None, offset=0)
    if timex.rule == LATEST_RULE and timex.value and period > timex.value:
        # "results for the latest quarter" after "fourth-quarter results" ahead: the quarter
        # just over, not one to come
        return replace(timex, anchor=None, offset=0)
    value = f"{int(period[:4]) + timex.offset:04d}{period[4:]}"
    return replace(timex, value=value, granularity="month", relative=earlier.period_relative,
                   anchor=None, offset=0, rule=timex.rule + ":from-period")


@dataclass(slots=True)
class _Readings:
    """A document's readings in text order, with the sentence index of each."""

    found: list[Reading]
    sentences: list[int | None]

    def bracketed_twin_day(self, k: int, clock: str | None) -> tuple[str, bool] | None:
        """The day of bare clock time `clock` ("T04:17") of reading `k` from the same moment
        in another zone given in brackets right after it, with its day: "4:17 a.m. local time
        (2117 GMT Tuesday)" is Wednesday's, the zones being at most MAX_ZONE_HOURS apart.
        None without such a twin."""
        span = self.found[k][0]
        if k + 1 >= len(self.found) or not clock or not _BARE_CLOCK.fullmatch(clock):
            return None
        other, twin = self.found[k + 1]
        if other.start != span.end + 1 or span.doc[span.end].text != "(" or \
                not twin.value or not _CLOCK.match(twin.value):
            return None
        moment = datetime.fromisoformat(twin.value[:16])
        minutes = (int(clock[1:3]) - moment.hour) * 60 + int(clock[4:6]) - moment.minute
        minutes %= MINUTES_PER_DAY
        if minutes > MAX_ZONE_HOURS * 60:
            minutes -= MINUTES_PER_DAY  # the local clock is behind the twin's
        local = moment + timedelta(minutes=minutes)
        return local.date().isoformat(), twin.relative

    def sentence_day(self, k: int) -> tuple[str | None, bool, str]:
        """The day of the nearest date of day granularity in the same clause as reading `k`
        (the same governing verb), whether that date depended on the reference date, and the
        part of the day it gave ("TNI" of "Tuesday night", else "").
        "The storm was offshore at noon and was expected to land on Thursday": noon is not
        Thursday's. Looks `DAY_REACH` readings to each side at most."""
        span = self.found[k][0]
        clause = _clause_head(span.root).i
        best: tuple[int, str, bool, str] | None = None
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(self.found) and abs(j - k) <= DAY_REACH and \
                    self.sentences[j] == self.sentences[k]:
                other, timex = self.found[j]
                if timex.value and not timex.anchor and _DAY.fullmatch(timex.value[:10]) and \
                        _clause_head(other.root).i == clause and not _in_brackets(other) and \
                        not _of_a_compared_figure(other):
                    distance = min(abs(other.start - span.end), abs(span.start - other.end))
                    if step > 0 and [t.lower_ for t in span.doc[span.end:other.start]] == ["on"]:
                        distance -= 1  # "from 6 a.m. on Friday until 6 p.m. on Sunday"
                    if best is None or distance < best[0]:
                        best = (distance, timex.value[:10], timex.relative, timex.value[10:])
                    break  # the nearest on this side
                j += step
        return (best[1], best[2], best[3]) if best else (None, True, "")


def _compared_with(span: Span) -> bool:
    """Whether `span` follows a word that names what is compared with: "from", "against",
    "compared with"."""
    doc, i = span.doc, span.start
    return i > 0 and (doc[i - 1].lower_ in _COMPARED_FROM or i > 1 and doc[i - 1].lower_ in
                      ("with", "to") and doc[i - 2].lower_ in ("compared", "comparison"))


def _of_a_compared_figure(span: Span) -> bool:
    """Whether `span` dates the figure a sentence compares with, not its clause: "stood at
    124.85 yen at 5 p.m., down from 125.30 late yesterday" (5 p.m. is not yesterday's), "fell,
    reversing Friday's gains"."""
    doc, i, nouns = span.doc, span.start - 1, 0
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("'s", "’s") and \
            doc[span.end + 1].lemma_.lower() in _figure_nouns():
        return True
    while i >= max(0, span.start - 1 - MAX_FIGURE_TOKENS):
        token = doc[i]
        if token.lower_ in _COMPARED_FROM:
            return i + 1 < span.start and doc[i + 1].like_num
        if token.like_num or token.text in _FIGURE_MARKS:
            pass
        elif token.tag_ in ("NN", "NNS") and nouns == 0:
            nouns += 1  # the figure's unit: "marks", "cents", "points"
        else:
            return False
        i -= 1
    return False


@lru_cache(maxsize=1)
def _figure_nouns() -> frozenset[str]:
    return frozenset(lines("dates/figure_nouns.txt"))


def _in_brackets(span: Span) -> bool:
    """Whether `span` opens a bracket: "8 a.m. local time (2300 GMT Tuesday)" gives the same
    moment in another zone, whose day is not the time's."""
    return span.start > 0 and span.doc[span.start - 1].text == "("


def _clause_head(token: Token) -> Token:
    """The verb that governs `token`'s clause (the sentence root when there is none)."""
    for _ in range(MAX_HEADS_TO_CLAUSE_VERB):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            break
        token = token.head
    return token
