"""The TIMEX3 reading of one candidate span: the direction where the text needs one, then
`normalize`; "a year" after a quantity; dateparser for rare numeric shapes."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from spacy.tokens import Span

from ...calendar_names import MONTHS, WEEKDAYS, ZONES
from ..distances.units import unit_names
from .calendar import MONTHS_PER_QUARTER
from .candidates import opens_or_closes_period
from .deictic import names_story_part
from .direction import direction_of
from .holidays import find_holiday
from .normalize import normalize
from .timex import Timex
from .units import duration_granularity, duration_value
from .words import (
    CLOSED_PERIOD,
    CLOSING_BOUNDS,
    PER_WORDS,
    SEASONS,
    STORY_PERIOD_PREPOSITIONS,
    UNIT_FORMS,
    UNIT_WORDS,
)

# a year, not a clock time before its zone ("2117 GMT Tuesday" names no year)
_YEAR = re.compile(r"\b(?:1[0-9]|20|21)\d\d\b(?! ?(?:local time|"
                   + "|".join(re.escape(z) for z in sorted(ZONES, key=len, reverse=True))
                   + r")\b)")
_LETTERS = re.compile(r"[a-z]+")
# "in the new year": the year to come (said in its second half), or the one just begun
_THE_NEW_YEAR = re.compile(r"\bthe new year\b")
_UNDERSPECIFIED = {*MONTHS, *WEEKDAYS, *SEASONS, "weekend", "quarter", "half", "thanksgiving",
                   "christmas", "easter", "day", "end",  # "end": "the end of the year"
                   "morning", "afternoon", "evening", "night"}  # "in the afternoon": of a story day
_STORY_PERIODS = {"the week": "week", "the month": "month", "the year": "year",
                  "the full year": "year", "the whole year": "year", "the fiscal year": "year",
                  "the full fiscal year": "year"}
_UNIT_BEFORE_OR_AFTER = re.compile(r"the (?P<unit>day|week|month|year) (?P<way>before|after)")
# "until the next decade", "by the coming year": the unit the bound falls in, where "over the
# next decade" is a span of ten years
_THE_NEXT_UNIT = re.compile(r"the (?:next|coming) (?P<unit>decade|century|year|month)")
_DATEPARSER_SHAPE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")


def read(span: Span, text: str | None, source: str, ref: date | None,
         doc_text: str) -> Timex | None:
    """The normalized reading of one candidate span (`text`: what to read instead of its own
    words), or None when it is not a date. `doc_text` is the doc's text, read once."""
    surface = text or span.text
    if len(span) == 1 and span[0].lower_ == "now" and span[0].is_sent_start and \
            span[0].i + 1 < len(span.doc) and span[0].nbor().pos_ not in ("VERB", "AUX"):
        return None  # "Now, the alliance ...", "Now we have": a discourse marker
    if span[0].lower_ in PER_WORDS and len(span) == 2 and span[-1].lower_ in UNIT_WORDS:
        return _per_unit(span)
    if span[0].lower_ in ("may", "march") and len(span) == 1 and not span[0].text[:1].isupper():
        return None
    if _indefinite_weekday(span):
        # "on a Friday in March 2009", "one Tuesday": some such day, not the nearest one
        number = WEEKDAYS[span[0].lower_.rstrip(".")] + 1
        return Timex("date", f"XXXX-WXX-{number}", "day", False, False, "weekday:indefinite")
    if source == "ner" and names_story_part(surface.lower()):
        return None  # the night a clause names, not the time it happens in
    story_period = _STORY_PERIODS.get(surface.lower())
    if story_period and span.start > 0 and opens_or_closes_period(span.doc, span.start):
        # "The Dow ended the week higher": the one the story reports on, the last it named or
        # the reference date's
        return Timex("date", None, story_period, True, False,
                     f"anaphoric-{story_period}{CLOSED_PERIOD}", f"story-{story_period}")
    if story_period and span.start > 0 and \
            span.doc[span.start - 1].lower_ in STORY_PERIOD_PREPOSITIONS and \
            (story_period != "week" or _ends_phrase(span)):
        # "For the year, prices rose 4.8%", "permits fell 2.4% in the month": the year or
        # month the story reports on, the last it named; "For the week,": its day's week ("in
        # the week following the shooting" is another)
        return Timex("date", None, story_period, True, False, f"anaphoric-{story_period}",
                     f"story-{story_period}")
    shifted = _UNIT_BEFORE_OR_AFTER.fullmatch(surface.lower())
    if shifted and _ends_phrase(span):
        # "The day before, gunfire had broken out": the day before the one the text gave
        # ("the day before the vote" is counted from the vote, which is no date)
        way = "previous" if shifted["way"] == "before" else "following"
        surface = f"the {way} {shifted['unit']}"
    if _THE_NEW_YEAR.search(surface):  # lowercase: the year, not New Year's Day
        late = ref is not None and ref.month > 2 * MONTHS_PER_QUARTER
        surface = _THE_NEW_YEAR.sub("next year" if late else "this year", surface)
    direction = direction_of(span, doc_text) if _needs_direction(surface) else None
    if span.start > 0 and span.doc[span.start - 1].lower_ in CLOSING_BOUNDS and \
            (ahead := _THE_NEXT_UNIT.fullmatch(surface.lower())):
        surface = f"next {ahead['unit']}"  # "until the next decade": the decade, no span of one
    timex = normalize(surface, ref, direction)
    if timex is None and ref is not None and source == "ner" and _DATEPARSER_SHAPE.search(
            surface):
        timex = _dateparser_fallback(surface, ref)
    return timex


def _indefinite_weekday(span: Span) -> bool:
    """Whether `span` is a lone weekday after "a" or "one" that determines it; not the
    weekday a date before its comma falls on ("On June 6, a Thursday")."""
    if len(span) != 1 or span[0].lower_.rstrip(".") not in WEEKDAYS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    after_comma = span.start > 1 and span.doc[span.start - 2].text == ","
    return before.lower_ in ("a", "one") and before.head.i == span.start and not after_comma


def _ends_phrase(span: Span) -> bool:
    """Whether punctuation or the text's end follows `span`."""
    return span.end == len(span.doc) or span.doc[span.end].is_punct


def _needs_direction(text: str) -> bool:
    """Whether `text` names a day, month, season or holiday without its year: "Monday", "in
    May", "New Year's Eve"."""
    low = text.lower()
    return not _YEAR.search(low) and (any(w in _UNDERSPECIFIED for w in _LETTERS.findall(low))
                                      or find_holiday(low.replace("’", "'")) is not None)


def _per_unit(span: Span) -> Timex | None:
    """"a year" after a quantity ("$1 billion a year", "twice a day") is a set, else a
    duration."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text in (")", "]") and prev.i > 0:
        prev = doc[prev.i - 1]  # "175 kilometres (110 miles) an hour"
    if prev is not None and prev.lower_ in unit_names() and prev.i > 0 and \
            doc[prev.i - 1].like_num:
        return None  # "200 kilometres per hour", "30 miles an hour": a speed
    unit = UNIT_FORMS[span[-1].lower_]
    value = duration_value(1, unit)
    gran = duration_granularity(value)
    if span[0].lower_ == "per" or (prev is not None and (
            prev.like_num or prev.lower_ in ("once", "twice", "times", "thrice") or
            prev.tag_ == "NNS" or
            prev.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") or
            prev.pos_ == "NOUN" and prev.i > 0 and doc[prev.i - 1].like_num)):
        return Timex("set", value, gran, False, False, "set:per-unit")
    if unit in ("day", "quarter"):
        return None
    return Timex("duration", value, gran, False, False, "duration")


@lru_cache(maxsize=1024)
def _dateparser_fallback(text: str, ref: date) -> Timex | None:
    """Rare numeric shapes ("06.01.2025"): dateparser with strict settings, cached."""
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
        "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
    })
    if parsed is None:
        return None
    return Timex("date", parsed.date().isoformat(), "day", False, False, "dateparser")
