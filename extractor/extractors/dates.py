"""Dates: every temporal expression, normalized to a TIMEX3 value against the reference date.

Candidates are spaCy's DATE and TIME entities plus Matcher rules for what the small model misses
("03:00 GMT" in brackets, "now", "daily", "Thanksgiving Day", "5 1/2 hours"); nothing scans the
raw text with a date parser. Each candidate is trimmed to TimeML extent, split at "and"/"to" when
it holds two dates, filtered (ages, "Section 2023", numbers that are not years), and normalized
by `_dates_normalize.normalize` with a direction read from the sentence: the tense of the verb that
governs it ("on Monday" in a past-tense clause is the Monday on or before the reference date).
Bare times take their day from a date in the same clause (the same governing verb), else from
the reference date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..data import lines, table
from ..dateline import dateline_date_at
from ..records import DateFact
from ._dates_arithmetic import iso_week, shift_month
from ._dates_normalize import normalize
from ._dates_timex import Timex
from ._dates_units import duration_granularity, duration_value
from ._dates_words import MONTHS, SEASONS, SET_WORDS, UNIT_FORMS, WEEKDAYS, ZONES

if TYPE_CHECKING:
    from . import Context

_NER_LABELS = ("DATE", "TIME")
_TRIM_LEAD = {
    "in", "on", "at", "since", "for", "from", "between", "by", "until", "till", "during",
    "within", "through", "throughout", "of", "and", "or", "to", "just", "only", "even", "as",
    "than", "after", "before", "into", "over", "upon", "around?", "(", "[", ",", "-", "—", "–",
    "'", '"', "``", "''", "“", "”", "‘", "’", ":", ";", "so", "that", "when", "while", "also",
}
_TRIM_TAIL = {
    "'s", "’s", "'", "’", ",", ".", ";", ":", "(", ")", "[", "]", "-", "—", "–", '"', "''",
    "“", "”", "and", "or", "to", "of", "from", "until", "till", "through", "between", "the",
    "!", "?", "at", "on", "in", "apart", "ahead", "``", "with", "when", "as",
}
_CONJUNCTIONS = {"and", "or", "to", "through", "until", "till", "-", "–", "—", "&", "and/or",
                 "thru", ","}
_UNIT_WORDS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    "fortnight", "fortnights", "night", "nights", "weekend", "weekends", "quarter", "quarters",
    "millennium", "millennia", "hrs", "mins", "yrs",
}
_NUMBER_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "several", "few", "couple", "dozen", "dozens", "many", "a", "an",
]
_PART_WORDS = {"morning", "afternoon", "evening", "night", "noon", "midnight", "midday"}
_PER = {"a", "an", "per"}
_PROMO = {"free", "trial", "off", "money-back", "guarantee"}
_FUTURE_LEANING = {
    "plan", "schedule", "expect", "promise", "vow", "pledge", "threaten", "intend", "prepare",
    "hope", "aim", "due", "propose", "arrange", "postpone", "delay", "adjourn", "slate",
    "await", "reschedule",
}
_SCHEDULING = {"plan", "schedule", "slate", "reschedule", "arrange"}
_DEFERRING = {"postpone", "delay", "adjourn", "defer", "extend", "push", "move", "put"}
_FUTURE_NOUNS = {"deadline", "target", "expiry", "expiration", "plan", "schedule"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "going"}
_MODAL_AUX = {"can", "may", "might", "must", "should", "ca"}
_PERFECT_AUX = {"has", "have", "'ve"}
_PROGRESSIVE_PRESENT = {"is", "are", "am", "'s", "'re", "'m"}
_HOLIDAY_WORDS = {"thanksgiving", "election", "christmas", "easter", "labor", "labour",
                  "memorial", "independence", "veterans", "boxing", "may", "inauguration",
                  "valentine", "new", "year", "d", "v", "e"}
_YEAR_TOKEN = re.compile(r"^(1[0-9]|20|21)\d\d$")
_PREFIXED_YEAR = re.compile(r"^(?:pre|post)-(?:1[0-9]|20)\d\d$")
_DATEPARSER_SHAPE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")


# ---------------------------------------------------------------------------- matcher
_CLOCK_SHAPES = ["d", "dd", "d:dd", "dd:dd", "d.dd", "dd.dd"]
_DAY_SHAPES = ["d", "dd", "dxx", "ddxx"]
_LEFT_WORDS = {"last", "next", "this", "coming", "past", "early", "late", "earlier", "later",
               "every", "each"}


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    """Rules for temporal expressions the small model's NER tends to miss. Built once.

    Every pattern starts with a selective token (a month, a weekday, a clock shape), never an
    optional or a common word, so the Matcher stays cheap; "last", "the", ", 2024" around a
    match are added by `_extend`."""
    matcher = Matcher(vocab)
    months = sorted({*MONTHS, *(m + "." for m in MONTHS)})
    title_month = {"ORTH": {"IN": sorted({m.title() for m in months} | {"Sept."})}}
    title_weekday = {"ORTH": {"IN": [w.title() for w in WEEKDAYS if len(w) > 3]}}
    day = {"SHAPE": {"IN": _DAY_SHAPES}}
    year = {"SHAPE": "dddd"}
    clock = {"SHAPE": {"IN": _CLOCK_SHAPES}}
    ampm = {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]}}
    zone = {"LOWER": {"IN": sorted(ZONES)}}
    part_of = [{"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}}, {"LOWER": "of"}]
    matcher.add("time+zone", [[clock, zone], [clock, ampm, zone],
                              [clock, ampm, {"TEXT": "("}, zone, {"TEXT": ")"}],
                              [year, zone]])
    matcher.add("time", [[clock, ampm], [{"LOWER": {"IN": ["noon", "midnight", "midday"]}}]])
    matcher.add("weekday", [[title_weekday], [*part_of, title_weekday]])
    matcher.add("month-day", [[title_month, day], [day, title_month], [title_month, year],
                              [*part_of, title_month, day]])
    matcher.add("deictic", [[{"LOWER": {"IN": ["today", "tonight", "tomorrow", "yesterday"]}}]])
    matcher.add("present-ref", [[{"LOWER": {"IN": ["now", "currently"]}, "POS": "ADV"}]])
    matcher.add("future-ref", [[{"LOWER": "future", "POS": "NOUN"}]])
    matcher.add("set", [[{"LOWER": {"IN": sorted(SET_WORDS)},
                          "POS": {"IN": ["ADJ", "ADV"]}}]])
    matcher.add("unit", [[{"LOWER": {"IN": sorted(_UNIT_WORDS)}}]])
    matcher.add("year", [[year]])
    matcher.add("prefixed-year", [[{"SHAPE": "xxx-dddd"}], [{"SHAPE": "xxxx-dddd"}]])
    return matcher


@lru_cache(maxsize=4)
def _holiday_matcher(vocab: Vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("holiday", [Doc(vocab, words=name.split()) for name in _holiday_names()])
    return matcher


@lru_cache(maxsize=1)
def _holiday_names() -> tuple[str, ...]:
    names = [k for k in table("dates_holidays.json") if not k.startswith("_")]
    return tuple(n for n in names if " " in n or n in ("christmas", "thanksgiving", "easter",
                                                        "halloween"))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(lines("dates_title_words.txt"))


@lru_cache(maxsize=1)
def _number_nouns() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in lines("dates_number_nouns.txt"))


# ---------------------------------------------------------------------------- candidates
def _candidates(doc: Doc) -> list[tuple[int, int, str]]:
    """Token spans (start, end, source) of possible temporal expressions, merged."""
    spans: list[tuple[int, int, str]] = [
        (e.start, e.end, "ner") for e in doc.ents if e.label_ in _NER_LABELS
    ]
    vocab_strings = doc.vocab.strings
    for match_id, start, end in _matcher(doc.vocab)(doc):
        label = vocab_strings[match_id]
        if label == "year" and not _year_in_context(doc, start):
            continue
        if label == "prefixed-year" and not _PREFIXED_YEAR.match(doc[start].lower_):
            continue
        if label == "unit":
            found = _unit_phrase(doc, start)
            if found:
                spans.append(found)
            continue
        spans.append((*_extend(doc, start, end), label))
    for _, start, end in _holiday_matcher(doc.vocab)(doc):
        if doc[start].text[:1].isupper() or doc[end - 1].text[:1].isupper():
            if end < len(doc) and doc[end].lower_ == "week":
                end += 1  # "Easter week"
            spans.append((*_extend(doc, start, end), "holiday"))
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[list] = []
    for start, end, source in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], end)
            if source != "ner":
                last[2] = source if last[2] == "ner" else last[2]
            continue
        if merged and start == merged[-1][1] and _gluable(doc, merged[-1], start, end):
            merged[-1][1] = end
            continue
        if merged and start == merged[-1][1] + 1 and doc[start - 1].text == "," and \
                _weekday_then_date(doc, merged[-1], start, end):
            merged[-1][1] = end  # "Monday, Oct. 26"
            continue
        merged.append([start, end, source])
    return [(s, e, src) for s, e, src in merged]


_YEAR_CONTEXT = {"in", "since", "until", "till", "by", "before", "after", "during", "of", "the",
                 "early", "late", "mid", "from", "between", "and", "fiscal"}


def _year_in_context(doc: Doc, i: int) -> bool:
    """A four-digit number the Matcher found is a year candidate after "in", "the", "since"."""
    if not _YEAR_TOKEN.match(doc[i].text) or i == 0:
        return False
    if doc[i - 1].lower_ in ("to", "through", "thru", "-", "–", "—") and i > 1 and \
            _YEAR_TOKEN.match(doc[i - 2].text) and int(doc[i - 2].text) < int(doc[i].text):
        return True  # "from 1990 to 1994"
    return doc[i - 1].lower_ in _YEAR_CONTEXT


_COUNT_FILLERS = {"more", "additional", "straight", "full", "-", "and", "a", "half"}
_SINGULAR_UNITS = {"day", "week", "month", "year", "hour"}


def _unit_phrase(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """What a unit word makes with its neighbours, where NER tends to miss it: "a year" after
    a quantity, "every day", "that same day", "5 1/2 hours", "two more weeks", "four decades
    ago", "day-long", "decades"."""
    word = doc[i].lower_
    prev = doc[i - 1].lower_ if i > 0 else ""
    prev2 = doc[i - 2].lower_ if i > 1 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if prev in _PER and word in _SINGULAR_UNITS:
        return i - 1, i + 1, "per-unit"
    if prev in ("every", "each") or (prev == "other" and prev2 in ("every", "each")):
        return i - (1 if prev != "other" else 2), i + 1, "set"
    if prev == "same" and prev2 in ("that", "the"):
        return i - 2, i + 1, "anaphoric"
    if prev == "that" and word in ("day", "year", "month"):
        return i - 1, i + 1, "anaphoric"
    if after == "-" and i + 2 < len(doc) and doc[i + 2].lower_ == "long":
        return i, i + 3, "duration"
    start = i
    while start > 0 and start > i - 4 and (doc[start - 1].lower_ in _COUNT_FILLERS or
                                           doc[start - 1].shape_ == "d/d"):
        start -= 1
    if start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in _NUMBER_WORDS) and \
            doc[start - 1].lower_ not in ("a", "an") and (start < i or after == "ago"):
        return start - 1, i + (2 if after == "ago" else 1), "duration"
    if word in ("decades", "centuries"):
        return i, i + 1, "duration"
    return None


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Add the words around a match that belong to it: "last" Monday, Monday "night",
    "the" morning of, Oct. 26", 1998", "earlier" that day."""
    if start > 0 and (doc[start - 1].lower_ in _LEFT_WORDS or (
            doc[start - 1].lower_ == "the" and doc[start].lower_ in _PART_WORDS)):
        start -= 1
    last = doc[end - 1].lower_.rstrip(".")
    if last in WEEKDAYS and end < len(doc) and doc[end].lower_ in _PART_WORDS:
        end += 1
    elif (last.isdigit() or last[:-2].isdigit()) and end + 1 < len(doc) and \
            doc[end].text == "," and _YEAR_TOKEN.match(doc[end + 1].text):
        end += 2
    return start, end


def _gluable(doc: Doc, last: list, start: int, end: int) -> bool:
    """Adjacent spans that make one expression: "Wednesday" + "night", "9 a.m." + "Tuesday"."""
    left, right = doc[last[0]:last[1]], doc[start:end]
    lw = {t.lower_.rstrip(".") for t in left}
    rw = {t.lower_.rstrip(".") for t in right}
    calendar = set(WEEKDAYS) | set(MONTHS) | {"today", "tomorrow", "yesterday", "tonight"}
    timeish = _PART_WORDS | {"am", "a.m", "pm", "p.m", "of"} | set(ZONES)
    return bool((lw & timeish and rw & calendar) or (lw & calendar and rw & timeish)
                or (lw & calendar and rw & calendar and not (lw & rw)))


def _weekday_then_date(doc: Doc, last: list, start: int, end: int) -> bool:
    left = {t.lower_.rstrip(".") for t in doc[last[0]:last[1]]}
    right = {t.lower_.rstrip(".") for t in doc[start:end]}
    return bool(left & set(WEEKDAYS)) and bool(right & set(MONTHS))


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    end = _cut_at_dash(doc, start, end)
    while start < end and (doc[start].lower_ in _TRIM_LEAD or doc[start].is_space):
        if doc[start].text in ("'", "’") and start + 1 < end and \
                re.fullmatch(r"\d0s", doc[start + 1].text):
            break  # "'60s"
        if doc[start].lower_ == "that" and start + 1 < end and (
                doc[start + 1].lower_ == "same" or doc[start + 1].lower_ in _UNIT_WORDS):
            break  # "that same day", "that year"
        if doc[start].lower_ == "at" and start + 1 < end and \
                doc[start + 1].lower_ in ("least", "most"):
            break  # "at least five years": TimeML extent keeps the modifier
        start += 1
    if start < end and doc[start].lower_ in ("least", "most"):
        if start > 0 and doc[start - 1].lower_ == "at":
            start -= 1  # NER's "least five years" after "at"
        else:
            start += 1
    if start + 1 < end and _verb_last(doc[start]):
        start += 1  # "expected to last two days": the verb, not "the last two days"
    while end > start and (doc[end - 1].lower_ in _TRIM_TAIL or doc[end - 1].is_space):
        if doc[end - 1].lower_ == "the" and end - start == 1:
            break
        end -= 1
    return start, end


_DASHES = {"-", "--", "–", "—", "_"}


def _cut_at_dash(doc: Doc, start: int, end: int) -> int:
    """The end of a span that runs over a spaced dash into words that are no date: NER's
    "Sept 14 - Thousands" in a dateline is "Sept 14"; "Sept 14 - 16" stays whole."""
    for i in range(start + 1, end):
        if doc[i].text not in _DASHES or not doc[i - 1].whitespace_:
            continue
        rest = doc[i + 1:end]
        if not any(any(ch.isdigit() for ch in t.text) for t in rest) and \
                not _standalone(rest.text):
            return i
    return end


def _verb_last(token: Token) -> bool:
    """ "last" used as a verb: "to last two days", "will last a week"."""
    if token.lower_ != "last":
        return False
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and (prev.tag_ in ("DT", "PRP$", "POS") or prev.lower_ in (
            "the", "its", "their", "his", "her", "our", "this", "these", "those")):
        return False
    return token.pos_ in ("VERB", "AUX") or (prev is not None and (
        prev.tag_ in ("TO", "MD") or prev.lower_ in ("to", "not", "n't")))


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Pieces of a span that holds several dates joined by "and", "to", "-": each with the
    text to normalize (None: its own text). A piece that cannot stand alone keeps the whole."""
    cuts = [i for i in range(start + 1, end - 1) if doc[i].lower_ in _CONJUNCTIONS]
    if not cuts:
        return [(start, end, None)]
    pieces, last = [], start
    for cut in cuts:
        pieces.append(_trimmed(doc, last, cut))
        last = cut + 1
    pieces.append(_trimmed(doc, last, end))
    pieces = [(s, e) for s, e in pieces if e > s]
    joined: list[tuple[int, int]] = []
    for s, e in pieces:  # "June 5, 2023 and ...", "Monday, Oct. 26": one date each
        left = joined[-1] if joined else (0, 0)
        if joined and doc[s - 1].text == "," and (
                _year_after_date(doc, left, s, e) or _date_after_weekday(doc, left, s, e)):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    pieces = joined
    if len(pieces) < 2:
        return [(start, end, None)]
    first_month = next((t.lower_.rstrip(".") for t in doc[pieces[0][0]:pieces[0][1]]
                        if t.lower_.rstrip(".") in MONTHS and t.text[:1].isupper()), None)
    year_after = next((t.text for t in doc[pieces[-1][0]:pieces[-1][1]]
                       if _YEAR_TOKEN.match(t.text)), None)
    out: list[tuple[int, int, str | None]] = []
    for s, e in pieces:
        text = doc[s:e].text
        piece_text: str | None = None
        if e - s == 1 and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", text) and first_month:
            piece_text = f"{first_month} {text}" + (f" {year_after}" if year_after else "")
        elif year_after and not any(_YEAR_TOKEN.match(t.text) for t in doc[s:e]) and any(
                t.lower_.rstrip(".") in MONTHS for t in doc[s:e]):
            piece_text = f"{text} {year_after}"
        if _standalone(piece_text or text):
            out.append((s, e, piece_text))
            continue
        if doc[s - 1].text == "," or (e < len(doc) and doc[e].text == ","):
            # "December 3, ending decades": keep what reads as a date, drop the rest
            while s < e and normalize(doc[s:e].text, _PLACEHOLDER) is None:
                s += 1
            if s < e:
                out.append((s, e, None))
            continue
        return [(start, end, None)]
    return out or [(start, end, None)]


def _year_after_date(doc: Doc, left: tuple[int, int], s: int, e: int) -> bool:
    return e - s == 1 and bool(_YEAR_TOKEN.match(doc[s].text)) and any(
        t.lower_.rstrip(".") in MONTHS | WEEKDAYS.keys() for t in doc[left[0]:left[1]])


def _date_after_weekday(doc: Doc, left: tuple[int, int], s: int, e: int) -> bool:
    return any(t.lower_.rstrip(".") in MONTHS for t in doc[s:e]) and all(
        t.lower_.rstrip(".") in WEEKDAYS for t in doc[left[0]:left[1]])


_PLACEHOLDER = date(2000, 1, 1)


def _standalone(text: str) -> bool:
    found = normalize(text, _PLACEHOLDER, None)
    return found is not None and found.type in ("date", "time")


# ---------------------------------------------------------------------------- filters
def _is_not_a_date(doc: Doc, start: int, end: int) -> bool:
    span = doc[start:end]
    words = [t.lower_ for t in span]
    nxt = doc[end] if end < len(doc) else None
    nxt2 = doc[end + 1] if end + 1 < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if nxt is not None and (nxt.lower_ in ("old", "-old") or (
            nxt.text in ("-", "–") and nxt2 is not None and nxt2.lower_ == "old")):
        return True  # "54 years old", "a 54-year-old"
    if any(w.endswith("-old") or w == "old" for w in words):
        return True
    if len(span) == 1 and words[0] in SET_WORDS and (
            span[0].pos_ in ("NOUN", "PROPN") or span[0].dep_ in _NOMINAL_DEPS or (
                nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())):
        return True  # a newspaper: "the party daily Granma", "the weekly Der Spiegel"
    if words[-1] in ("quarter", "half") and nxt is not None and nxt.lower_ == "of" and \
            not _calendar_after(doc, end + 1):
        return True  # "the first quarter of the game", "the first half of his life"
    if len(span) == 1 and words[0] in WEEKDAYS and span[0].text[:1].isupper() and \
            nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in _title_words() and \
            prev is not None and prev.tag_ == "DT":
        return True  # a title: "The Sunday Times", "Monday Night Football"
    if words == ["one", "day"] and (prev is None or prev.is_punct or span[0].is_sent_start) \
            and (nxt is None or nxt.lower_ not in _AFTER_ONE_DAY):
        return True  # "One day he will return": no particular day
    if _event_name(doc, span, nxt, nxt2):
        return True  # "the annual March for Life", "the March on Washington"
    for t in span[1:]:
        if _YEAR_TOKEN.match(t.text) and doc[t.i - 1].lower_.rstrip(".") in _number_nouns():
            return True  # NER's "Flight 1998"
    if len(span) == 1 and _YEAR_TOKEN.match(span.text):
        if prev is not None and prev.lower_.rstrip(".") in _number_nouns():
            return True  # "Section 2023", "Flight 1998"
        if prev is not None and prev.text in ("$", "£", "€", "#", "No", "no.", "No."):
            return True
        determined = prev is not None and prev.tag_ in ("DT", "PRP$", "POS")
        if nxt is not None and (nxt.lower_ in ("%", "percent", "per", "-") or (
                nxt.tag_ == "NNS" and nxt.lower_ not in _UNIT_WORDS and not determined)
                or nxt.like_num):
            return True  # "2023 people", "1998 percent"; not "the 1992 protests"
        if prev is not None and prev.like_num and prev.text[-1:].isdigit():
            return True
    for t in span:  # titles: "60 Minutes", "High Noon"
        if t.text[:1].isupper() and t.lower_ in _UNIT_WORDS | {"noon"} and not t.is_sent_start \
                and t.i > 0 and (doc[t.i - 1].like_num or doc[t.i - 1].text.istitle()) \
                and doc[t.i - 1].lower_ not in _HOLIDAY_WORDS and not doc[t.i - 1].is_sent_start:
            return True
    return nxt is not None and nxt.lower_ in _PROMO and span.root.lower_ in _UNIT_WORDS


def _calendar_after(doc: Doc, i: int) -> bool:
    """Whether the words from `i` name a year: "2024", "the year", "this fiscal year"."""
    for t in doc[i:i + 4]:
        if _YEAR_TOKEN.match(t.text) or t.lower_ in ("year", "fiscal", "financial"):
            return True
        if t.pos_ in ("NOUN", "PROPN", "NUM"):
            return False
    return False


_AFTER_ONE_DAY = {"later", "earlier", "after", "before", "of", "-", "ahead", "late", "early",
                  "long", "in", "ago"}
_NAME_LINKS = {"for", "of", "on", "to", "against", "through", "across"}
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound"}
_MONTH_CUES = {"in", "since", "until", "till", "by", "during", "from", "mid", "early", "late",
               "last", "next", "this", "before", "after", "through"}


def _event_name(doc: Doc, span: Span, nxt: Token | None, nxt2: Token | None) -> bool:
    """A bare capitalised "March" (or "May") that names an event or a body, not a month: it
    is followed by a linking word and a capitalised word that is no date ("March for Life",
    "March of Dimes", "March on Washington")."""
    months = [t for t in span if t.lower_ in ("march", "may")]
    if len(months) != 1 or months[0].i != span.end - 1 or not months[0].text[:1].isupper():
        return False
    if any(t.like_num for t in span):
        return False
    if nxt is None or nxt2 is None or nxt.lower_ not in _NAME_LINKS:
        return False
    if span.start > 0 and doc[span.start - 1].lower_.rstrip("-") in _MONTH_CUES:
        return False  # "in March for the first time"
    word = nxt2.lower_.rstrip(".")
    return nxt2.text[:1].isupper() and not nxt2.like_num and word not in MONTHS and \
        word not in WEEKDAYS and word not in ("this", "last", "next", "the")


# ---------------------------------------------------------------------------- direction
def _direction(span: Span) -> str | None:
    """"past", "future" or None (present or unknown) for the clause that holds `span`."""
    doc = span.doc
    if any(t.lower_ == "ago" for t in span) or dateline_date_at(doc.text, span.start_char):
        return "past"  # "four days ago", "KITWE, Oct 2 (AP) -"
    before = " ".join(t.lower_ for t in doc[max(0, span.start - 3):span.start])
    if before.endswith("since"):
        return "past"
    if before.endswith(("as soon as", "as early as", "as late as", "no later than")):
        return "future"
    open_ended = before.endswith(("until", "till", "by", "before", "through", "deadline of"))
    tense = None
    token = span.root
    direct = True  # only prepositions between the date and the verb so far
    object_noun = False  # the date hangs off the verb's object: "announced the sailing on 2 June"
    borrowed = False  # the past comes from a verb above: "decided to admit them in March"
    for _ in range(12):
        if token.head is token:
            break
        if token.head.pos_ in ("VERB", "AUX") and _fragment_break(span, token.head):
            return None  # "Route confirmed — first sailing on 2 June": a verbless fragment
        token = token.head
        if token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj", "attr", "oprd", "appos") \
                and not _adjunct_noun(token):
            object_noun = True
        if token.lower_ == "since" and token.dep_ == "prep":
            return "past"
        if token.pos_ == "NOUN" and token.lemma_.lower() in _FUTURE_NOUNS:
            open_ended = True
        if token.pos_ in ("VERB", "AUX"):
            lemma = token.lemma_.lower()
            if lemma in _FUTURE_LEANING and not direct:
                tense = "future"  # "planned a rally on Saturday", "scheduled talks for May"
                break
            if lemma in _SCHEDULING and any(c.dep_ == "dobj" for c in token.children):
                tense = "future"  # "has scheduled a news conference Thursday"
                break
            if lemma in _DEFERRING and before.endswith(("until", "till", "to")):
                return "future"  # "postponed the vote until Tuesday"
            tense = _tense(token)
            if tense is not None:
                borrowed = tense == "past" and (borrowed or _borrowed_tense(token))
                break
            if token.pos_ == "VERB":
                borrowed = True  # "said that a cut in August could not be ruled out"
        if token.pos_ != "ADP" or token.lower_ == "for":
            direct = False
    if tense == "past" and open_ended:
        return None
    if tense == "past" and (object_noun or borrowed):
        return "past?"  # weak: the event the object names may lie ahead
    if tense == "future" and span.root.dep_ == "poss":
        return None  # "they would appeal Wednesday's ruling": the ruling is done
    return None if tense == "present" else tense


def _fragment_break(span: Span, verb: Token) -> bool:
    """Whether a lone dash or a colon stands between a verb and the date after it: the date
    is in a fragment of its own ("Route confirmed — first sailing on 2 June"); a pair of
    dashes is an aside ("sailed — despite the storm — on 2 June")."""
    if span.start <= verb.i:
        return False
    between = [t.text for t in span.doc[verb.i + 1:span.start]]
    dashes = sum(t in ("—", "–", "--") for t in between)
    return dashes % 2 == 1 or any(t in (":", ";") for t in between)


_ADJUNCT_PREPS = {"in", "at", "during"}


def _adjunct_noun(noun: Token) -> bool:
    """A noun in a prepositional adjunct of the verb ("raised this in writing in July", "said
    in a statement on Monday"): a date below it dates the verb's own event."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _ADJUNCT_PREPS and \
        prep.head.pos_ in ("VERB", "AUX")


def _borrowed_tense(verb: Token) -> bool:
    """Whether a verb's past is read off another verb: an infinitive under a past verb
    ("decided to admit"), a bare participle ("a summit set for April")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ == "TO" for a in auxes) or (verb.tag_ == "VBN" and not auxes)


def _tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or (verb.lower_ == "going" and any(
            c.dep_ == "xcomp" for c in verb.children)):
        return "future"
    if any(a.tag_ == "TO" for a in auxes):
        head = verb.head
        if head is verb:
            return "future"
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            return None  # "celebrations to mark ...": the clause above decides
        if head.lemma_.lower() in _FUTURE_LEANING or verb.dep_ in ("xcomp", "ccomp") and any(
                c.dep_ == "dobj" for c in head.children):
            return "future"  # "plans to visit", "subpoenaed him to testify"
        return _tense(head) or ("future" if head.tag_ in ("VBZ", "VBP") else None)
    if lowers & _PERFECT_AUX or lowers & {"had", "'d"}:
        return "past"
    if lowers & _MODAL_AUX:
        return "future"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "advcl", "relcl", "amod"):
        return "past"  # "the injunction issued Thursday"
    if verb.tag_ == "VBG" and lowers & _PROGRESSIVE_PRESENT:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return None


# ---------------------------------------------------------------------------- extract
def extract(doc: Doc, ctx: Context) -> list[DateFact]:
    """One DateFact per temporal expression of `doc`, in text order."""
    ref = ctx.reference_date
    found: list[tuple[int, int, Timex, Span]] = []
    for start, end, source in _candidates(doc):
        start, end = _trimmed(doc, start, end)
        if end <= start or _is_not_a_date(doc, start, end):
            continue
        for s, e, text in _split(doc, start, end):
            span = doc[s:e]
            timex = _read(span, text, source, ref)
            if timex is not None:
                found.append((s, e, timex, span))
    records = []
    previous_day: str | None = None
    previous_value: str | None = None
    relative = {"day": True, "value": True}  # whether those previous values were relative
    for _s, _e, timex, span in found:
        timex = _anchor(timex, span, found, ref, previous_day, previous_value, relative)
        if timex.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", timex.value):
            previous_day = timex.value[:10]
            relative["day"] = timex.relative
        if timex.value and re.match(r"\d{4}(?:-\d\d)?", timex.value):
            previous_value = timex.value
            relative["value"] = timex.relative
        start_char, end_char = span.start_char, span.end_char
        records.append(DateFact(
            doc=ctx.doc_id,
            text=ctx.text[start_char:end_char],
            start=start_char,
            end=end_char,
            rule=timex.rule,
            sentence=ctx.sentence(start_char),
            type=timex.type,  # type: ignore[arg-type]
            value=timex.value,
            granularity=timex.granularity,  # type: ignore[arg-type]
            relative=timex.relative,
            approximate=timex.approximate,
        ))
    return records


def _read(span: Span, text: str | None, source: str, ref: date | None) -> Timex | None:
    """The normalized reading of one candidate span, or None when it is not a date."""
    surface = text or span.text
    if len(span) == 1 and span[0].lower_ == "now" and span[0].is_sent_start and \
            span[0].i + 1 < len(span.doc) and span[0].nbor().pos_ not in ("VERB", "AUX"):
        return None  # "Now, the alliance ...", "Now we have": a discourse marker
    if span[0].lower_ in _PER and len(span) == 2 and span[-1].lower_ in _UNIT_WORDS:
        return _per_unit(span)
    if span[0].lower_ in ("may", "march") and len(span) == 1 and not span[0].text[:1].isupper():
        return None
    direction = _direction(span) if _needs_direction(surface) else None
    timex = normalize(surface, ref, direction)
    if timex is None and ref is not None and source == "ner" and _DATEPARSER_SHAPE.search(
            surface):
        timex = _dateparser_fallback(surface, ref)
    return timex


def _needs_direction(text: str) -> bool:
    low = text.lower()
    return not re.search(r"\b(?:1[0-9]|20|21)\d\d\b", low) and any(
        w in MONTHS or w in WEEKDAYS or w in SEASONS or
        w in ("weekend", "quarter", "thanksgiving", "christmas", "easter", "day")
        for w in re.findall(r"[a-z]+", low))


def _per_unit(span: Span) -> Timex | None:
    """"a year" after a quantity ("$1 billion a year", "twice a day") is a set, else a
    duration."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    unit = UNIT_FORMS[span[-1].lower_]
    value = duration_value(1, unit)
    gran = duration_granularity(value)
    if span[0].lower_ == "per" or (prev is not None and (
            prev.like_num or prev.lower_ in ("once", "twice", "times", "thrice") or
            prev.tag_ == "NNS" or
            prev.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") or
            prev.pos_ == "NOUN" and prev.i > 0 and doc[prev.i - 1].like_num)):
        return Timex("set", value, gran, False, False, "set:per-unit")
    if unit == "day":
        return None
    return Timex("duration", value, gran, False, False, "duration")


def _anchor(timex: Timex, span: Span, found: list, ref: date | None,
            previous_day: str | None, previous_value: str | None,
            previous_relative: dict[str, bool]) -> Timex:
    """Give a bare time its day, and an anaphoric day ("the next day") its value."""
    if timex.anchor == "day":
        day, relative = _sentence_day(span, found)
        rule = timex.rule + (":sentence-day" if day else ":reference-day")
        if day is None:
            day, relative = (ref.isoformat() if ref else None), True
        value = day + timex.value if day and timex.value else None
        return Timex(timex.type, value, timex.granularity, relative, timex.approximate, rule)
    if timex.anchor in ("previous-year", "previous-month"):
        size = 4 if timex.anchor == "previous-year" else 7
        value = previous_value[:size] if previous_value and len(previous_value) >= size else None
        return Timex(timex.type, value, timex.granularity, True, timex.approximate, timex.rule)
    if timex.anchor and timex.anchor.startswith("shift-"):
        return _shift(timex, timex.anchor[6:], previous_day, previous_value, previous_relative)
    if timex.anchor == "previous":
        base = previous_day or (ref.isoformat() if ref else None)
        value = None
        if base:
            day = date.fromordinal(date.fromisoformat(base).toordinal() + timex.offset)
            value = day.isoformat() + (timex.value or "")
        return Timex(timex.type, value, timex.granularity, True, timex.approximate, timex.rule)
    return timex


def _shift(timex: Timex, unit: str, previous_day: str | None, previous_value: str | None,
           previous_relative: dict[str, bool]) -> Timex:
    """"the following week", "two years later": `offset` units from the date the text gave
    before, at that unit's granularity; without one, the reading `timex` already holds."""
    k = timex.offset
    value = None
    relative = previous_relative["value"]
    if unit == "week" and previous_day:
        value = iso_week(date.fromisoformat(previous_day) + timedelta(days=7 * k))
        relative = previous_relative["day"]
    elif unit == "month" and previous_value and re.match(r"\d{4}-\d\d(?:-|$)", previous_value):
        y, mo = shift_month(int(previous_value[:4]), int(previous_value[5:7]), k)
        value = f"{y:04d}-{mo:02d}"
    elif unit == "year" and previous_value and previous_value[:4].isdigit():
        value = f"{int(previous_value[:4]) + k:04d}"
    if value is None:
        return Timex(timex.type, timex.value, timex.granularity, timex.relative,
                     timex.approximate, timex.rule)
    return Timex("date", value, unit, relative, timex.approximate, f"anaphoric-{unit}")


def _sentence_day(span: Span, found: list) -> tuple[str | None, bool]:
    """The day of the nearest date of day granularity in the same clause (the same governing
    verb), and whether that date depended on the reference date. "The storm was offshore at
    noon and was expected to land on Thursday": noon is not Thursday's."""
    sent = span.sent
    clause = _clause_head(span.root)
    best: tuple[int, str, bool] | None = None
    for s, e, timex, other in found:
        if other.sent != sent or other is span or not timex.value:
            continue
        if _clause_head(other.root).i != clause.i:
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value[:10]) or timex.anchor:
            continue
        distance = min(abs(s - span.end), abs(span.start - e))
        if best is None or distance < best[0]:
            best = (distance, timex.value[:10], timex.relative)
    return (best[1], best[2]) if best else (None, True)


def _clause_head(token: Token) -> Token:
    """The verb that governs `token`'s clause (the sentence root when there is none)."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            break
        token = token.head
    return token


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


def _iter_records(records: list[DateFact]) -> Iterator[DateFact]:  # pragma: no cover
    yield from records
