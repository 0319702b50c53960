"""Candidate temporal expressions: spaCy's DATE and TIME entities plus Matcher rules for
what the small model misses ("03:00 GMT", "now", "daily", "Thanksgiving Day", "5 1/2 hours"),
as token spans merged where they touch or make one expression ("Monday, Oct. 26")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ...calendar_names import DAY_NAMES, MONTHS, WEEKDAYS, ZONES
from ..common import MEASURE_ENTITIES
from ..sparse_matcher import SparseMatcher
from .clock import EARLY_CLOCK_DIGITS, ZONED_HOURS
from .holidays import OTHER_CALENDARS, holidays
from .modifiers import MODIFIER_TOKENS, approx_words, bound_phrase_ending, point_phrase_ending
from .periods import PERIOD_NOUNS
from .words import (
    DEICTIC_DAYS,
    FIRST_WORDS,
    PART_WORDS,
    PER_WORDS,
    POSITIVE_ORDINALS,
    SEASONS,
    SET_WORDS,
    SMALL_HOURS_WORDS,
    SMALL_NUMBERS,
    SPAN_OF_FIRST_UNITS,
    STORY_PERIOD_PREPOSITIONS,
    STORY_PERIOD_VERBS,
    UNIT_WORDS,
    VAGUE_AGO_LEADS,
    YEAR_TOKEN,
    compound_unit,
    smaller_unit,
)

_NER_LABELS = ("DATE", "TIME")
# "the following morning", "the same evening": a part of the day counted from the day before
_PART_ANAPHORS = {"following", "next", "same", "previous"}
_EARLY_LATE = {"early", "late"}
_DAY_PARTS = ["morning", "afternoon", "evening", "night"]  # the parts a day is named with
MAX_DAY_OF_MONTH = 31  # "Sept. 16 and 17": a second day of the month is at most this
_NUMBER_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "several", "few", "couple", "dozen", "dozens", "many", "a", "an",
]
_PREFIXED_YEAR = re.compile(r"^(?:pre|post)-(?:1[0-9]|20)\d\d$")
_CLOCK_SHAPES = ["d", "dd", "d:dd", "dd:dd", "d.dd", "dd.dd"]
_DAY_SHAPES = ["d", "dd", "dxx", "ddxx"]
_LEFT_WORDS = {"last", "next", "this", "coming", "past", "early", "late", "earlier", "later",
               "every", "each"}
_YEAR_CONTEXT = {"in", "since", "until", "till", "by", "before", "after", "during", "of", "the",
                 "early", "late", "mid", "from", "between", "and", "fiscal"}
_COUNT_FILLERS = {"more", "additional", "straight", "full", "-", "and", "a", "half"}
MAX_COUNT_FILLERS = 8  # between a count and its unit: "three-and-a-half-year" has seven
_HALF_FILLERS = {"and", "a"}  # fillers only "a half" joins a count to its unit with
_SINGULAR_UNITS = {"day", "week", "fortnight", "month", "year", "hour"}
_SPELL_UNITS = {*_SINGULAR_UNITS, "decade", "century", "minute"}
"""Units that "a" and "of" make a spell of something: "a decade of debate", "a week of talks"."""
_SPAN_EDGES = {"next", "past", "last", "coming"}  # "the past fortnight"
# "the following year", "the same day": counted from the date the text gave before
_ANAPHORIC_EDGES = {"following", "previous", "preceding", "prior", "same"}
_ANAPHORIC_UNITS = {"day", "week", "month", "year"}
_DECADE = re.compile(r"(?:1\d|20)\d0s")
_DATE_OPENERS = {"on", "in", "at", "last", "this", "earlier", "yesterday", "today"}
_COUNTED_FROM_A_DATE = {"ago", "later", "earlier"}
"""After "a" and a unit these count from a date ("a fortnight ago"): no rate."""
# The words between "the" and "period" of a reporting period named from another one, at most
# MAX_PERIOD_WORDS of them: "the latest period", "the year-ago period", "the same period".
_PERIOD_WORDS = {"latest", "most", "recent", "year", "-", "ago", "earlier", "prior", "same",
                 "year-ago", "year-earlier", "prior-year", "comparable", "current"}
MAX_PERIOD_WORDS = 3
_YEAR_BACK_WORDS = (("last", "year"), ("of", "last", "year"), ("a", "year", "earlier"),
                    ("a", "year", "ago"), ("a", "year", "before"))
_FUTURE_DISTANCES = {"near", "distant", "foreseeable", "immediate"}  # "the near future"
_HALF_ORDINALS = {"first", "second", "1st", "2nd"}  # "the first half" that NER misses
_EDGE_ORDINALS = {"first", "last", "final"}  # "the final three months" NER starts at "three"
_UNITS_ALONE = {"week", "month", "year", "weekend"}  # NER's "week" of "this week's"
_CALENDAR_WORDS = {*DAY_NAMES, *DEICTIC_DAYS}
_NOT_TEMPORAL_CURRENT = {"account", "accounts", "affairs", "assets", "liabilities", "density"}
_TIME_WORDS = {*PART_WORDS, "am", "a.m", "pm", "p.m", "o'clock", "of", *ZONES}
_ONCE_WORDS = {"once", "twice", "thrice"}
_COUNTED_IN_SET = {"times", "days", "hours"}  # "three times a week", "six days a week"
_PART_OF_PERIOD = {"early", "late", "earlier", "later", "mid"}  # "late in the week"
# The words a date ends with that "of" and a year may follow: "the summer of 2022".
_OF_YEAR_WORDS = {*SEASONS, *MONTHS, "quarter", "half"}
_RELATIVE_YEAR_EDGES = {"last", "next", "this"}  # "the second half of next year"
_RELATIVE_UNITS = {"week", "month", "year"}  # "next week", which NER may miss
_OWNED_BY_YEAR = {*SEASONS, "quarter", "half"}  # "1988's third quarter", "2023's summer"
_CLOCK_AMPM = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d[ap]m")
_CLOCK_24 = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")
_FOLLOWABLE = {*DAY_NAMES, *SEASONS}  # "the following Monday / March / summer"
_DAY_SHIFTS = (["the", "day", "before"], ["the", "day", "after"])
_FALL_NOUN_AFTER = {"of", "from", "by"}
"""Words after "this fall" that make it a drop: "last fall of snow" (and "to" a figure: "this
fall to 2%")."""
_ADVERB_ORDINALS = {"first", "second"}
"""Ordinals that after a month may be adverbs ("rose in March first"): a day only after
"on May first", "by June second"."""
_CLOCK_SOURCES = {"time", "time+zone", "clock-ampm", "local-time"}
"""The Matcher's labels of clock times."""
_CLOCK_PREPOSITIONS = {"at", "about", "around", "approximately", "by", "until", "till", "from",
                       "before", "after", "since"}
"""Words before "0300" that make it a clock time: "at about 0300", "until 0600"."""
_DAY_PREPOSITIONS = {"on", "by", "until", "till", "since", "from", "before", "after", "through"}
_POSITION_NOUNS = {"end", "beginning", "start", "middle", "close"}
"""Where in a unit a date lies: "the end of the decade"."""
_SHIFT_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
"""The units of "a week from Sunday"."""


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> SparseMatcher:
    """Rules for temporal expressions the small model's NER tends to miss. Built once.

    Every pattern starts with a selective token (a month, a weekday, a clock shape), never an
    optional or a common word, so the Matcher runs only around those tokens; "last", "the",
    ", 2024" around a match are added by `_extend`."""
    matcher = SparseMatcher(vocab)
    months = sorted({*MONTHS, *(m + "." for m in MONTHS)})
    title_month = {"ORTH": {"IN": sorted({m.title() for m in months} | {"Sept."})}}
    title_weekday = {"ORTH": {"IN": [w.title() for w in WEEKDAYS if len(w) > 3]}}
    title_weekdays = {"ORTH": {"IN": [w.title() + "s" for w in WEEKDAYS if w.endswith("day")]}}
    day = {"SHAPE": {"IN": _DAY_SHAPES}}
    year = {"SHAPE": "dddd"}
    clock = {"SHAPE": {"IN": _CLOCK_SHAPES}}
    ampm = {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]}}
    zone = {"LOWER": {"IN": sorted(z for z in ZONES if " " not in z)}}
    # "1900 Universal Time", "8 p.m. Eastern Standard Time": a zone of several words
    zone_names = [[{"LOWER": word} for word in z.split()] for z in ZONES if " " in z]
    part_of = [{"LOWER": {"IN": _DAY_PARTS}}, {"LOWER": "of"}]
    matcher.add("time+zone", [[clock, zone], [clock, ampm, zone],
                              [clock, ampm, {"TEXT": "("}, zone, {"TEXT": ")"}],
                              [year, zone],
                              *([first, *name] for first in (clock, year) for name in zone_names),
                              *([clock, ampm, *name] for name in zone_names)])
    matcher.add("time", [[clock, ampm], [{"LOWER": {"IN": ["noon", "midnight", "midday"]}}]])
    # "23:40" on a line of its own: a live blog entry's time (the loop checks the line)
    matcher.add("line-clock", [[{"SHAPE": {"IN": ["d:dd", "dd:dd"]}}]])
    # "10.30am", "9:15pm": one token
    matcher.add("clock-ampm", [[{"SHAPE": {"IN": ["d.ddxx", "dd.ddxx", "d:ddxx", "dd:ddxx"]}}]])
    # "14:30 local time": the words say the number is a clock time, NER's number
    matcher.add("local-time", [[clock, {"LOWER": "local"}, {"LOWER": "time"}],
                               [year, {"LOWER": "local"}, {"LOWER": "time"}]])
    matcher.add("weekday", [[title_weekday], [*part_of, title_weekday], [title_weekdays]])
    matcher.add("month-day", [[title_month, day], [day, title_month], [title_month, year],
                              [*part_of, title_month, day]])
    matcher.add("deictic", [[{"LOWER": {"IN": list(DEICTIC_DAYS)}}]])
    # "that night": found by its noun, far rarer than "that"; the loop checks the "that"
    matcher.add("anaphoric-part", [[{"LOWER": {"IN": [*_DAY_PARTS, *SEASONS]}}]])
    # "the winter": found by its noun; the loop checks the "the" and that it names no thing
    # ("the fall" is as often a fall: "The fall was unsurvivable")
    matcher.add("the-season", [[{"LOWER": {"IN": sorted(set(SEASONS) - {"fall"})},
                                 "POS": "NOUN"}]])
    # "this autumn", "last fall": a season NER often misses; the loop checks a fall is no
    # drop ("this fall in prices", "his last fall")
    matcher.add("relative-season", [[{"LOWER": {"IN": ["this", "last", "next"]}},
                                     {"LOWER": {"IN": sorted(SEASONS)}}]])
    # "the first half": found by its noun; the loop checks "the" and the ordinal before it
    matcher.add("half", [[{"LOWER": "half"}]])
    # "the period": found by its noun; the loop checks the "the"
    matcher.add("anaphoric-period", [[{"LOWER": "period"}]])
    # "the past": found by its noun, far rarer than "the"; the loop checks the "the"
    matcher.add("past-ref", [[{"LOWER": {"IN": ["recently", "lately"]}, "POS": "ADV"}],
                             [{"LOWER": "past", "POS": "NOUN"}]])
    # "a short time ago", "moments ago": found by "ago"; the loop checks the words before it
    matcher.add("vague-ago", [[{"LOWER": "ago"}]])
    # "shelled the city overnight"; "overnight rates" is no time
    matcher.add("overnight", [[{"LOWER": "overnight", "POS": "ADV"}]])
    # "at present", "at the moment": found by the noun; the loop checks the words around it
    matcher.add("present-ref", [[{"LOWER": {"IN": ["now", "currently", "nowadays"]},
                                  "POS": "ADV"}],
                                [{"LOWER": "current", "POS": "ADJ", "DEP": "amod"}],
                                [{"LOWER": {"IN": ["present", "moment"]}}]])
    matcher.add("future-ref", [[{"LOWER": "future", "POS": "NOUN"}],
                               [{"LOWER": "near"}, {"LOWER": "term", "POS": "NOUN",
                                                    "DEP": {"NOT_IN": ["compound"]}}],
                               [{"LOWER": "future", "POS": "ADJ", "DEP": "amod"}]])
    matcher.add("set", [[{"LOWER": {"IN": sorted(SET_WORDS)},
                          "POS": {"IN": ["ADJ", "ADV"]}}],
                        [{"LOWER": {"IN": ["every", "each"]}},
                         {"LOWER": {"IN": sorted(SEASONS)}}],
                        [{"LOWER": {"IN": ["every", "each"]}}, title_month]])
    # "Q3", "Q1 2024", "H1 2024": a reporting period's code ("H2" alone may be hydrogen);
    # "FY2024", "FY24", "2Q24", "1H24", "Q3FY24", "Q2 FY2024", "1Q 2024" (codes.py reads them)
    quarter_code = {"ORTH": {"IN": ["Q1", "Q2", "Q3", "Q4"]}}
    half_code = {"ORTH": {"IN": ["H1", "H2"]}}
    fiscal_code = {"SHAPE": {"IN": ["XXdddd", "XXdd"]}, "ORTH": {"REGEX": r"^FY\d+$"}}
    part_year_code = {"SHAPE": "dXdd", "ORTH": {"REGEX": r"^(?:[1-4]Q|[12]H)\d\d$"}}
    part_code = {"SHAPE": "dX", "ORTH": {"REGEX": r"^(?:[1-4]Q|[12]H)$"}}
    quarter_fiscal_code = {"SHAPE": "XdXXdd", "ORTH": {"REGEX": r"^Q[1-4]FY\d\d$"}}
    matcher.add("period-code", [[quarter_code], [quarter_code, year], [half_code, year],
                                [fiscal_code], [{"ORTH": "FY"}, year],
                                [quarter_code, fiscal_code], [part_year_code],
                                [part_code, year], [quarter_fiscal_code]])
    matcher.add("unit", [[{"LOWER": {"IN": sorted(UNIT_WORDS)}}]])
    matcher.add("year", [[year]])
    # "the 1960s", "1990s": a decade NER reads into a name ("During the 1960s Acme grew")
    matcher.add("decade", [[{"SHAPE": "ddddx"}]])
    matcher.add("prefixed-year", [[{"SHAPE": "xxx-dddd"}], [{"SHAPE": "xxxx-dddd"}]])
    return matcher


@lru_cache(maxsize=4)
def _holiday_matcher(vocab: Vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("holiday", [Doc(vocab, words=words) for name in _holiday_names()
                            for words in _holiday_tokens(name)])
    return matcher


def _holiday_tokens(name: str) -> list[list[str]]:
    """The tokens of a holiday's name as the tokenizer splits them, with either apostrophe:
    "new year's eve" is new, year, 's, eve; "presidents' day" presidents, ', day."""
    words: list[str] = []
    for word in name.split():
        if word.endswith("'s"):
            words += [word[:-2], "'s"]
        elif word.endswith("s'"):
            words += [word[:-1], "'"]
        else:
            words.append(word)
    return [words, [w.replace("'", "’") for w in words]] if "'" in name else [words]


@lru_cache(maxsize=1)
def _holiday_names() -> tuple[str, ...]:
    """The holidays the PhraseMatcher looks for: names of several words, and the one-word
    names that are no common word."""
    return tuple(n for n in holidays() if " " in n or n in ("christmas", "thanksgiving",
                                                           "easter", "halloween"))


def candidates(doc: Doc) -> list[tuple[int, int, str]]:
    """Token spans (start, end, source) of possible temporal expressions, merged."""
    spans: list[tuple[int, int, str]] = [
        (_ner_start(doc, e.start, e.end),
         _with_local_time(doc, e.start, _with_year_of_period(doc, _with_ordinal_day(
             doc, _before_a_sentence(doc, e.start, e.end)))),
         "ner")
        for e in doc.ents
        if e.label_ in _NER_LABELS and not _a_drop(doc, e.start, e.end) and
        not _count_before_shift(e)
    ]
    vocab_strings = doc.vocab.strings
    for match_id, start, end in _matcher(doc.vocab)(doc):
        label = vocab_strings[match_id]
        if label == "year" and EARLY_CLOCK_DIGITS.fullmatch(doc[start].text) and start > 0 and \
                doc[start - 1].lower_ in _CLOCK_PREPOSITIONS:
            label = "time"  # "at about 0300"
        elif label == "year" and not _year_in_context(doc, start):
            continue
        if label == "local-time" and not ZONED_HOURS.fullmatch(doc[start:end].text.lower()) \
                and doc[start].shape_ == "dddd":
            continue  # "2460 local time" is no clock time
        if label == "present-ref" and doc[start].lower_ == "current" and end < len(doc) and \
                doc[end].lower_ in _NOT_TEMPORAL_CURRENT:
            continue  # "the current account", "current affairs": no time ("now accounts" is)
        if label == "present-ref" and doc[start].lower_ in ("present", "moment"):
            first = _at_present_start(doc, start, end)
            if first is None:
                continue  # "at present levels", "at the moment of impact": no time of its own
            start = first
        if label == "overnight" and end < len(doc) and doc[end].tag_ in ("NN", "NNS"):
            continue  # the tagger's "Overnight rates rose": a kind of rate
        if label == "decade" and not _DECADE.fullmatch(doc[start].lower_):
            continue  # "1234s" is no decade
        if label == "past-ref" and doc[start].lower_ == "past":
            if start == 0 or doc[start - 1].lower_ != "the":
                continue  # "a troubled past": no time
            start -= 1
        if label == "vague-ago":
            lead = _vague_ago_lead(doc, start)
            if lead is None:
                continue  # "two years ago": the count's, found with its unit
            start, label = lead, "past-ref"
        if label == "past-ref" and _leads_to_a_date(doc, start, end):
            continue  # "as recently as last spring", "most recently on Tuesday": the date says
        if label == "prefixed-year" and not _PREFIXED_YEAR.match(doc[start].lower_):
            continue
        if label == "unit":
            found = _unit_phrase(doc, start)
            if found and found[2] == "relative":
                found = (*_extend(doc, found[0], found[1]), "relative")  # "late this year"
            if found:
                spans.append(found)
            continue
        if label == "clock-ampm" and not _CLOCK_AMPM.fullmatch(doc[start].lower_):
            continue
        if label == "line-clock" and not (_CLOCK_24.fullmatch(doc[start].text) and
                                          _alone_on_line(doc, start, end)):
            continue  # "won 2:1", "John 3:16": no time of day
        if label == "anaphoric-part":
            if start > 1 and doc[start - 1].lower_ in _PART_ANAPHORS and \
                    doc[start - 2].lower_ == "the":
                start -= 2  # "the following morning", "the same evening"
            elif start > 0 and doc[start - 1].lower_ == "that" and (
                    doc[start - 1].tag_ == "DT" or doc[start - 1].dep_ == "det"):
                start -= 1  # "that summer" (the tagger's WDT "that" too)
            elif (first := _part_of_the_day(doc, start, end)) is not None:
                start = first  # "in the afternoon", "by late afternoon"
            else:
                continue
        if label == "the-season":
            first = _with_the_following(doc, start)  # "the following spring"
            if first == start and start > 0 and doc[start - 1].lower_ == "the":
                first = start - 1
            if first == start or doc[start].dep_ in ("compound", "amod") or (
                    end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
                continue  # "the summer ice cover", "the winter Olympics": no time
            start = first
        if label in ("relative-season", "anaphoric-part") and _a_drop(doc, start, end):
            continue
        if label == "half":
            if start < 2 or doc[start - 1].lower_ not in _HALF_ORDINALS or \
                    doc[start - 2].lower_ != "the":
                continue  # "a second half without drama": a half of a game
            start -= 2
        if label == "anaphoric-period":
            first = start
            while first > 0 and start - first < MAX_PERIOD_WORDS and \
                    doc[first - 1].lower_ in _PERIOD_WORDS:
                first -= 1  # "the latest period", "the year-ago period"
            if first == start and _month_range_before(doc, start):
                first -= 3  # "the April-June period": a quarter its months name
            elif first == start and start > 0 and YEAR_TOKEN.fullmatch(doc[start - 1].text):
                first -= 1  # "the 1988 period": the period just named, in 1988
            if first == 0 or doc[first - 1].lower_ != "the":
                continue
            start = first - 1
            end = _with_year_of_period(doc, end)
        if label == "future-ref" and end - start == 1 and start > 0 and \
                doc[start - 1].lower_ in _FUTURE_DISTANCES:
            start -= 1  # "the near future", "the foreseeable future"
        if label == "future-ref" and doc[end - 1].pos_ != "ADJ" and start > 0 and \
                doc[start - 1].lower_ == "the":
            start -= 1  # "the future", "the near term" ("future plans" is no noun)
        if label == "set":
            start = _with_count(doc, start)  # "twice daily"
        spans.append((*_extend(doc, start, end), label))
    for _, start, end in _holiday_matcher(doc.vocab)(doc):
        if start > 0 and doc[start - 1].lower_ in OTHER_CALENDARS:
            continue  # "Lunar New Year", "Orthodox Christmas": not the day the table gives
        if doc[start].text[:1].isupper() or doc[end - 1].text[:1].isupper():
            if end < len(doc) and doc[end].lower_ in ("week", "weekend"):
                end += 1  # "Easter week", "the Memorial Day weekend"
            if start > 0 and doc[start - 1].lower_ == "the" and \
                    doc[end - 1].lower_ in ("holiday", "weekend"):
                start -= 1  # "the Martin Luther King Jr. holiday", as "the Thanksgiving holiday"
            spans.append((*_extend(doc, start, end), "holiday"))
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[_Candidate] = []
    for start, end, source in spans:
        last = merged[-1] if merged else None
        if last is not None and start < last.end:
            last.end = max(last.end, end)
            if source != "ner" and last.source == "ner":
                last.source = source
            continue
        if last is not None and start == last.end and \
                _gluable(doc[last.start:last.end], doc[start:end]):
            last.end = end
            continue
        if last is not None and start == last.end + 1 and doc[start - 1].text == "," and \
                _weekday_then_date(doc[last.start:last.end], doc[start:end]):
            last.end = end  # "Monday, Oct. 26"
            continue
        if last is not None and _year_of(doc, last.end, start, end):
            last.end = end  # "the summer of" + "2022"
            continue
        if last is not None and _year_owns(doc, doc[last.start:last.end], start, end):
            last.end = end  # "1988" + "'s" + "third quarter"
            continue
        if last is not None and _next_unit(doc, doc[last.start:last.end], start, end):
            last.end = end  # "2 hours" + "14 minutes", "three years" + "and" + "four months"
            continue
        if last is not None and _hours_of_day(doc, last.end, start, end):
            last.end = end  # "the early hours" + "of" + "Sunday"
            continue
        merged.append(_Candidate(start, end, source))
    out: list[tuple[int, int, str]] = []
    for c in merged:
        start = _with_day_shift(doc, _with_point_phrase(doc, _with_bound_phrase(
            doc, _with_hedge(doc, c.start) if c.source in _CLOCK_SOURCES else c.start)))
        while out and out[-1][0] >= start:
            out.pop()  # "a week" inside "a week from Sunday"
        out.append((start, c.end, c.source))
    return out


@dataclass(slots=True)
class _Candidate:
    """A candidate being merged with the ones that overlap or touch it."""

    start: int
    end: int
    source: str  # "ner" or the Matcher rule that found it


def _at_present_start(doc: Doc, start: int, end: int) -> int | None:
    """The start of "at present" (no noun after it: not "at present levels") or "at the
    moment" (ending its clause: not "at the moment the bomb went off"), else None."""
    after = doc[end] if end < len(doc) else None
    if doc[start].lower_ == "present" and start > 0 and doc[start - 1].lower_ == "at":
        return start - 1 if after is None or after.pos_ not in ("NOUN", "PROPN") else None
    if [t.lower_ for t in doc[max(0, start - 2):start]] == ["at", "the"] and (
            after is None or after.is_punct):
        return start - 2
    return None


def _alone_on_line(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are all of their line: a line break (or the text's edge)
    on each side, past blanks."""
    before = start == 0 or "\n" in doc[start - 1].text or (
        doc[start - 1].is_space and (start == 1 or "\n" in doc[start - 2].text))
    after = end == len(doc) or "\n" in doc[end].text or "\n" in doc[end - 1].whitespace_
    return before and after


def _leads_to_a_date(doc: Doc, start: int, end: int) -> bool:
    """Whether "recently" only leads to the date after it: "as recently as 2019", "most
    recently on Tuesday", "most recently last October"."""
    if end >= len(doc) or start == 0:
        return False
    before, after = doc[start - 1].lower_, doc[end].lower_.rstrip(".")
    return (before == "as" and after == "as") or (
        before == "most" and (after in _DATE_OPENERS or after in DAY_NAMES))


def _month_range_before(doc: Doc, i: int) -> bool:
    """Whether the three tokens before `i` are two months joined by a dash ("April-June")."""
    return i >= 3 and doc[i - 2].text in ("-", "–") and all(
        doc[k].lower_.rstrip(".") in MONTHS for k in (i - 3, i - 1))


def _year_in_context(doc: Doc, i: int) -> bool:
    """A four-digit number the Matcher found is a year candidate after "in", "the", "since";
    not a measure NER found ("the 1500 meters", "the 2000 euros")."""
    if not YEAR_TOKEN.match(doc[i].text) or i == 0 or doc[i].ent_type_ in MEASURE_ENTITIES:
        return False
    if doc[i - 1].lower_ in ("to", "through", "thru", "-", "–", "—") and i > 1 and \
            YEAR_TOKEN.match(doc[i - 2].text) and int(doc[i - 2].text) < int(doc[i].text):
        return True  # "from 1990 to 1994"
    return doc[i - 1].lower_ in _YEAR_CONTEXT


def _unit_phrase(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """What a unit word makes with its neighbours, where NER tends to miss it: "a year" after
    a quantity, "every day", "that same day", "5 1/2 hours", "two more weeks", "four decades
    ago", "day-long", "decades"."""
    word = doc[i].lower_
    prev = doc[i - 1].lower_ if i > 0 else ""
    prev2 = doc[i - 2].lower_ if i > 1 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if prev in ("a", "an") and after in _COUNTED_FROM_A_DATE:
        return i - 1, i + 2, "duration"  # "a fortnight ago", "a fortnight later"
    if prev in ("a", "an") and after == "of" and word in _SPELL_UNITS:
        return i - 1, i + 1, "duration"  # "ending a decade of debate", NER's miss
    if word == "days" and prev == "these" and prev2 != "of":
        return i - 1, i + 1, "present-ref"  # "these days" ("one of these days" lies ahead)
    if word in _ANAPHORIC_UNITS and prev2 == "the" and prev in _ANAPHORIC_EDGES:
        return i - 2, i + 1, "anaphoric"  # "swung past Earth the following year"
    if word == "fortnight" and prev2 == "the" and prev in _SPAN_EDGES:
        return i - 2, i + 1, "duration"  # "within the next fortnight": NER knows no fortnight
    if prev in PER_WORDS and word == "quarter" and after != "of" and i > 1 and \
            doc[i - 2].tag_ == "NNS":
        return i - 1, i + 1, "per-unit"  # "pays 24 cents a quarter"; "a quarter of" is a share
    if prev in PER_WORDS and word in _SINGULAR_UNITS:
        return _with_count(doc, i - 1), i + 1, "per-unit"
    if prev in ("every", "each") or (prev == "other" and prev2 in ("every", "each")):
        return i - (1 if prev != "other" else 2), i + 1, "set"
    if prev2 in ("every", "each") and (doc[i - 1].like_num or prev in _NUMBER_WORDS):
        return i - 2, i + 1, "set"  # "every two years"
    if prev in _RELATIVE_YEAR_EDGES and word in _RELATIVE_UNITS and prev2 != "the":
        return i - 1, i + 1, "relative"  # "next year" NER misses after a quote mark
    if prev == "the" and word == "quarter":
        return i - 1, i + 1, "anaphoric"  # "the quarter": the one the text named
    if prev == "latest" and prev2 == "the" and word == "week":
        return i - 2, i + 1, "anaphoric"  # "sales fell in the latest week": the week reported
    if prev == "the" and after in ("before", "after") and i + 2 < len(doc) and \
            doc[i + 2].is_punct and word in _SHIFT_UNITS:
        return i - 1, i + 2, "anaphoric"  # "The day before, gunfire had broken out"
    if prev == "the" and word == "week" and prev2 in STORY_PERIOD_PREPOSITIONS:
        return i - 1, i + 1, "anaphoric"  # "For the week, the Dow gained 0.8%"
    # "The Dow ended the week 2% higher" (not "began the month-long strike")
    if prev == "the" and word in ("week", "month", "year") and after != "-" and \
            opens_or_closes_period(doc, i - 1):
        return i - 1, i + 1, "anaphoric"
    if prev in FIRST_WORDS and prev2 == "the" and word in SPAN_OF_FIRST_UNITS:
        return i - 2, i + 1, "duration"  # "in the first year", "the final hour of trading"
    if prev == "the" and prev2 == "of" and i > 3 and doc[i - 3].lower_ in _POSITION_NOUNS and \
            doc[i - 4].lower_ == "the":
        return i - 4, i + 1, "position"  # "by the end of the decade", NER's miss
    if prev == "same" and prev2 in ("that", "the"):
        return i - 2, _with_year_back(doc, i + 1), "anaphoric"
    if prev == "that" and word in ("day", "year", "month"):
        return i - 1, i + 1, "anaphoric"
    if after == "-" and i + 2 < len(doc) and doc[i + 2].lower_ == "long":
        return i, i + 3, "duration"
    if prev in ("a", "an") and (bound := bound_phrase_ending(
            [t.lower_ for t in doc[max(0, i - 1 - MODIFIER_TOKENS):i - 1]])):
        return i - 1 - bound, i + (2 if after == "ago" else 1), "duration"  # "over a decade"
    start = i
    while start > 0 and start > i - MAX_COUNT_FILLERS and (
            doc[start - 1].lower_ in _COUNT_FILLERS or doc[start - 1].shape_ == "d/d"):
        start -= 1
    fillers = {t.lower_ for t in doc[start:i]}
    if fillers & _HALF_FILLERS and "half" not in fillers:
        start = i  # "in May 2010 and a second in 2012": no count of seconds
    if start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in _NUMBER_WORDS) and \
            doc[start - 1].lower_ not in ("a", "an") and (
                start < i or after == "ago" or _plain_count(doc[start - 1])):
        count = start - 1
        bound = [t.lower_ for t in doc[max(0, count - MODIFIER_TOKENS):count]]
        return count - bound_phrase_ending(bound), i + (2 if after == "ago" else 1), "duration"
    if word in ("decades", "centuries"):
        return i, i + 1, "duration"
    if word == "weekends":
        return i, i + 1, "set"  # "open on weekends"
    return None


def _plain_count(token: Token) -> bool:
    """Whether `token` counts the unit right after it ("nine years", "150 minutes"): a cardinal,
    no ordinal ("the fourth quarter") and no year ("the 2006 second-round pick")."""
    return (token.tag_ == "CD" or token.lower_ in _NUMBER_WORDS) and \
        not YEAR_TOKEN.match(token.text)


def _with_count(doc: Doc, start: int) -> int:
    """The start of a set with the count before it: "twice" a year, "three times" a week,
    "six days" a week."""
    if start > 0 and doc[start - 1].lower_ in _ONCE_WORDS:
        return start - 1
    if start > 1 and doc[start - 1].lower_ in _COUNTED_IN_SET and doc[start - 2].lower_ not in (
            "a", "an") and (doc[start - 2].like_num or doc[start - 2].lower_ in _NUMBER_WORDS):
        return start - 2
    return start


def _with_bound_phrase(doc: Doc, start: int) -> int:
    """The start of a count with the bound before it, which TimeML reads as its mod: "well
    over" a year, "nearly" a decade (a count the Matcher found has its bound already)."""
    first = doc[start]
    if not (first.like_num or first.lower_ in _NUMBER_WORDS):
        return start
    words = [t.lower_ for t in doc[max(0, start - MODIFIER_TOKENS):start]]
    return start - bound_phrase_ending(words)


def _with_hedge(doc: Doc, start: int) -> int:
    """The start of a clock time with the hedge before it, which TimeML reads as its mod
    APPROX: "about" 1100 local time, "around" 0300 GMT (NER's clock times have theirs)."""
    return start - 1 if start > 0 and doc[start - 1].lower_ in approx_words()[0] else start


def _with_point_phrase(doc: Doc, start: int) -> int:
    """The start of an expression with the point phrase before it, which TimeML reads as its
    mod: "shortly before" midnight, "no later than" Friday."""
    words = [t.lower_ for t in doc[max(0, start - MODIFIER_TOKENS):start]]
    return start - point_phrase_ending(words)


def _vague_ago_lead(doc: Doc, ago: int) -> int | None:
    """Where the words before "ago" start that name a time back but no count ("a short time
    ago", "moments ago", "not long ago"), or None."""
    for lead in VAGUE_AGO_LEADS:  # longest first where one ends another
        words = lead.split()
        start = ago - len(words)
        if start >= 0 and [t.lower_ for t in doc[start:ago]] == words:
            return start
    return None


def opens_or_closes_period(doc: Doc, the: int) -> bool:
    """Whether the verb before the "the" at `the` opens or closes the period it names ("ended
    the week", "began the year"): the story's period, its object."""
    verb = doc[the - 1] if the > 0 else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in STORY_PERIOD_VERBS


def _part_of_the_day(doc: Doc, start: int, end: int) -> int | None:
    """Where a part of the day the story is in starts ("in the afternoon", "by late
    afternoon", "early in the evening"), or None: a season, a thing the word names ("the
    morning paper", "the evening news", "the night sky"), a night of a date ("the night of
    Oct. 2") or a part of no determined day ("a night out", "every morning")."""
    word = doc[start]
    if word.lower_ not in _DAY_PARTS or word.dep_ in ("compound", "amod") or \
            end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN") or doc[end].lower_ == "of"):
        return None
    first = start
    if first > 0 and doc[first - 1].lower_ == "the":
        first -= 1
        if first > 1 and doc[first - 1].lower_ == "in" and doc[first - 2].lower_ in _EARLY_LATE:
            return first - 2  # "late in the afternoon"
    elif first > 0 and doc[first - 1].lower_ in _EARLY_LATE:
        first -= 1  # "late afternoon"
    else:
        return None
    # a time the clause happens in ("in the afternoon", "by late afternoon"), not the night a
    # sentence is about ("The night began with a vigil") or a thing's ("the purpose of the night")
    preposition = doc[first - 1] if first > 0 else None
    if preposition is None or preposition.pos_ != "ADP" or preposition.lower_ == "of":
        return None
    return first


def _count_before_shift(entity: Span) -> bool:
    """NER's "14 earlier" of "the toll rose to 14 earlier today": a count and the shift word
    of the date after it, no time of its own."""
    return len(entity) == 2 and entity[0].like_num and entity[1].lower_ in ("earlier", "later")


def _a_drop(doc: Doc, start: int, end: int) -> bool:
    """Whether the "fall" ending [start, end) is a drop, not the autumn: "this fall in
    prices", "this fall of snow", "his last fall"; not "last fall in his home"."""
    if doc[end - 1].lower_ != "fall":
        return False
    if start > 0 and doc[start - 1].tag_ in ("PRP$", "POS"):
        return True
    after = doc[end].lower_ if end < len(doc) else ""
    following = doc[end + 1] if end + 1 < len(doc) else None
    measured = after == "in" and following is not None and following.tag_ in ("NN", "NNS")
    if after == "to":  # "this fall to 2%" is a drop, "last fall to protest" the autumn
        return following is not None and (following.like_num or following.tag_ == "$")
    return after in _FALL_NOUN_AFTER or measured


def _with_day_shift(doc: Doc, start: int) -> int:
    """The start of a date with "the day before", "the day after" or "a week from" in front,
    which makes one expression with it: "the day before last Tuesday", "the day after
    Christmas", "a week from Sunday", "two years from tonight", "three weeks from now"."""
    words = [t.lower_ for t in doc[max(0, start - 3):start]]
    if words in _DAY_SHIFTS:
        return start - 3
    counted = len(words) == 3 and (words[0] in SMALL_NUMBERS or words[0].isdigit())
    if not counted or words[1] not in _SHIFT_UNITS or words[2] != "from":
        return start
    counted_before = doc[max(0, start - 5):start - 3]  # "three sailings" a week, "5" a week
    rate = any(t.like_num for t in counted_before) and not doc[start - 4].is_punct
    day = doc[start].lower_ in WEEKDAYS or doc[start].lower_ in (*DEICTIC_DAYS, "now") or (
        doc[start].lower_.rstrip(".") in MONTHS and start + 1 < len(doc) and
        doc[start + 1].like_num)
    return start - 3 if day and not rate else start  # not "three sailings a week from June"


def _before_a_sentence(doc: Doc, start: int, end: int) -> int:
    """The end of an entity NER ran on past "to" into a count of years or months, a sentence
    it passed ("sentenced on Tuesday to four years"): the date stops before "to"."""
    for i in range(start + 1, end - 2):
        if doc[i].lower_ == "to" and not doc[i - 1].like_num and (
                doc[i + 1].like_num or doc[i + 1].lower_ in
                _NUMBER_WORDS) and doc[i + 2].lower_ in UNIT_WORDS:
            return i
    return end


def _ner_start(doc: Doc, start: int, end: int) -> int:
    """The start of an entity with the words before it that NER left out: "every" January,
    "every other" Tuesday, "late in" the week, "this" week's issue."""
    if start == 0:
        return start
    before = doc[start - 1].lower_
    if before == "other" and start > 1 and doc[start - 2].lower_ in ("every", "each"):
        return start - 2  # "every other Tuesday"
    if before == "in" and start > 1 and doc[start - 2].lower_ in _PART_OF_PERIOD and \
            doc[start].lower_ == "the":
        return start - 2  # "late in" the week
    if before in ("every", "each") or (before in ("this", "last", "next") and
                                       end - start == 1 and doc[start].lower_ in _UNITS_ALONE):
        return start - 1
    if before == "the" and YEAR_TOKEN.match(doc[start].text) and doc[end - 1].lower_ == "year":
        return start - 1  # "the" 2026 school year
    if (before in _EDGE_ORDINALS or before in _SPAN_EDGES) and start > 1 and \
            doc[start - 2].lower_ == "the" and end - start > 1 and \
            (doc[start].like_num or doc[start].lower_ in _NUMBER_WORDS):
        return start - 2  # "the final" three months of the year, "the next" forty-eight hours
    return _with_the_following(doc, start)


def _with_the_following(doc: Doc, start: int) -> int:
    """The start of a weekday, month or season with "the following" before it ("the following
    Monday"); "following Monday's vote" is after it, no date of its own."""
    if start > 1 and doc[start - 1].lower_ == "following" and doc[start - 2].lower_ == "the" \
            and doc[start].lower_.rstrip(".") in _FOLLOWABLE:
        return start - 2
    return start


_LOCAL_TIME = ["local", "time"]
_CLOCK_MARKS = {"a.m.", "p.m.", "am", "pm", "o'clock"}


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Add the words around a match that belong to it: "last" Monday, Monday "night",
    "the" morning of, Oct. 26", 1998", "earlier" that day."""
    if start > 0 and (doc[start - 1].lower_ in _LEFT_WORDS or (
            doc[start - 1].lower_ == "the" and doc[start].lower_ in PART_WORDS)):
        start -= 1
    else:
        start = _with_the_following(doc, start)
    last = doc[end - 1].lower_.rstrip(".")
    day = last in WEEKDAYS or last in ("yesterday", "tomorrow")
    if day and end < len(doc) and (doc[end].lower_ in PART_WORDS or (
            doc[end].lower_.endswith("s") and doc[end].lower_[:-1] in PART_WORDS)):
        end += 1  # "Monday night", "Sunday afternoons", "tomorrow evening"
    elif (last.isdigit() or last[:-2].isdigit()) and end + 1 < len(doc) and \
            doc[end].text == "," and YEAR_TOKEN.match(doc[end + 1].text):
        end += 2
    elif _second_day(doc, start, end):
        end += 2  # "Sept. 16 and 17": `extent` splits the two days
    else:
        end = _with_local_time(doc, start, _with_ordinal_day(doc, end))
    return start, end


def _with_local_time(doc: Doc, start: int, end: int) -> int:
    """The end of a clock time with "local time" after it, which says its zone as "GMT"
    does ("11:43 p.m. local time Tuesday": the day may follow it)."""
    if [t.lower_ for t in doc[end:end + 2]] == _LOCAL_TIME and \
            any(t.text[:1].isdigit() or t.lower_ in _CLOCK_MARKS for t in doc[start:end]):
        return end + 2
    return end


def _with_year_of_period(doc: Doc, end: int) -> int:
    """The end of "the same period" with the year it names after it ("the same quarter in
    2022", "the same period of 2006": the period just named, in that year)."""
    if end >= 2 and doc[end - 2].lower_ == "same" and doc[end - 1].lower_ in PERIOD_NOUNS and \
            end + 1 < len(doc) and doc[end].lower_ in ("of", "in") and \
            YEAR_TOKEN.fullmatch(doc[end + 1].text):
        return end + 2
    return end


def _with_year_back(doc: Doc, end: int) -> int:
    """The end of "the same week" with the year back it names after it ("the same week last
    year", "the same day a year earlier"): that week or day, a year before the one just
    named."""
    for words in _YEAR_BACK_WORDS:
        if [t.lower_ for t in doc[end : end + len(words)]] == list(words):
            return end + len(words)
    return end


def _with_ordinal_day(doc: Doc, end: int) -> int:
    """The end of a month name with the day after it said in words ("July twelfth", "June
    twenty - first"): NER often tags the month alone."""
    if doc[end - 1].lower_.rstrip(".") not in MONTHS:
        return end
    for size in (3, 1):
        said = "".join(t.lower_ for t in doc[end : end + size])
        if end + size > len(doc) or said not in POSITIVE_ORDINALS:
            continue
        if said in _ADVERB_ORDINALS and (end < 2 or doc[end - 2].lower_ not in _DAY_PREPOSITIONS):
            return end  # "prices rose in March first, then fell": an adverb
        return end + size
    return end


def _second_day(doc: Doc, start: int, end: int) -> bool:
    """Whether a month's day is followed by "and" or "or" and another day of that month that
    counts nothing ("Sept. 16 and 17", not "March 3 and 4 people")."""
    if end - start != 2 or doc[start].lower_.rstrip(".") not in MONTHS or end + 1 >= len(doc):
        return False
    day, after = doc[end + 1], doc[end + 2] if end + 2 < len(doc) else None
    if doc[end].lower_ not in ("and", "or") or day.shape_ not in ("d", "dd"):
        return False
    counts = after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or after.text == "%")
    return int(day.text) <= MAX_DAY_OF_MONTH and not counts


def _gluable(left: Span, right: Span) -> bool:
    """Adjacent spans that make one expression: "Wednesday" + "night", "9 a.m." + "Tuesday"."""
    lw, rw = _words(left), _words(right)
    calendar, timeish = _CALENDAR_WORDS, _TIME_WORDS
    return bool((lw & timeish and rw & calendar) or (lw & calendar and rw & timeish)
                or (lw & calendar and rw & calendar and not (lw & rw)))


def _year_of(doc: Doc, left_end: int, start: int, end: int) -> bool:
    """Whether the year at [start, end) completes the date before it, after "of": NER's "the
    summer of" and "2022", or "the summer" and "of 2022" or "of next year"."""
    if not _a_year(doc[start:end]):
        return False
    if start == left_end:
        return doc[left_end - 1].lower_ == "of"
    return start == left_end + 1 and doc[left_end].lower_ == "of" and \
        doc[left_end - 1].lower_.rstrip(".") in _OF_YEAR_WORDS


def _a_year(span: Span) -> bool:
    """Whether `span` is a year, written ("2022") or counted from now ("next year")."""
    if len(span) == 1:
        return YEAR_TOKEN.match(span[0].text) is not None
    return len(span) == 2 and span[0].lower_ in _RELATIVE_YEAR_EDGES and span[1].lower_ == "year"


def _year_owns(doc: Doc, left: Span, start: int, end: int) -> bool:
    """Whether the part of a year at [start, end) is of the year before it, written as its
    owner: "1988's third quarter", "2023's summer"."""
    return len(left) == 1 and YEAR_TOKEN.match(left[0].text) is not None and \
        start == left.end + 1 and doc[left.end].lower_ in ("'s", "’s") and \
        doc[end - 1].lower_ in _OWNED_BY_YEAR


def _next_unit(doc: Doc, left: Span, start: int, end: int) -> bool:
    """Whether the count of a unit at [start, end) goes on the one of a larger unit in `left`
    ("2 hours 14 minutes", "three years and four months"): one duration."""
    gap = [t.lower_ for t in doc[left.end:start]]
    if gap not in ([], [","], ["and"], [",", "and"]) or end - start != 2 or len(left) != 2:
        return False
    larger, unit = compound_unit(left[1].lower_), compound_unit(doc[end - 1].lower_)
    count = doc[start].lower_
    count_value = SMALL_NUMBERS.get(count, int(count) if count.isdigit() else None)
    counted = left[0].like_num or left[0].lower_ in SMALL_NUMBERS
    return counted and larger is not None and unit is not None and count_value is not None \
        and smaller_unit(larger, unit, count_value)


def _hours_of_day(doc: Doc, left_end: int, start: int, end: int) -> bool:
    """Whether the day at [start, end) is the day of "the early hours" before it: "the early
    hours of Sunday", "the small hours of March 3"."""
    return start == left_end + 1 and doc[left_end].lower_ == "of" and left_end >= 2 and \
        doc[left_end - 1].lower_ == "hours" and \
        doc[left_end - 2].lower_ in SMALL_HOURS_WORDS and bool(_words(doc[start:end]) & DAY_NAMES)


def _weekday_then_date(left: Span, right: Span) -> bool:
    """A weekday and a date after its comma: "Monday, Oct. 26"."""
    return bool(_words(left) & WEEKDAYS.keys()) and bool(_words(right) & MONTHS.keys())


def _words(span: Span) -> set[str]:
    return {t.lower_.rstrip(".") for t in span}
