"""TimeML extent: a candidate span trimmed of the words around a date ("on", "the", "'s"),
cut at a dash into words that are no date, and split where it holds several dates ("June 5
and 7", "1990 to 1994")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...calendar_names import DAY_NAMES, MONTHS, WEEKDAYS
from .modifiers import MODIFIER_TOKENS, bound_phrase_length, point_phrase_length
from .normalize import MONTH_RANGE_RULE, PLACEHOLDER_REF, normalize
from .periods import NAMED_PERIOD
from .units import COMPOUND_RULE
from .words import (
    DEICTIC_DAYS,
    PART_WORDS,
    POSITIVE_ORDINALS,
    SEASONS,
    SMALL_NUMBERS,
    UNIT_WORDS,
    YEAR_TOKEN,
)

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
    "alone",  # "in the last year alone": a focus word, no part of the time
}
_CONJUNCTIONS = {"and", "or", "to", "through", "until", "till", "-", "–", "—", "&", "and/or",
                 "thru", ","}
_DASHES = {"-", "--", "–", "—", "_"}
_SPAN_ENDS = {"to", "ended", "ending", "through", "thru", "until", "till"}
_PERIOD_ENDS = {"ended", "ending"}
_BEFORE_END_DATE = {"in", "on"}  # "ended in September", "ending on June 30"
_DURATION_THEN_DATE = {"in"}  # "18 months in 2019": how long, then when
_DATE_THEN_SPAN = {"after", "following"}  # "on Nov. 27 after months of talks"
_DEICTIC_WORDS = {"this", "last", "next"}  # "10 days this month": how long, then when
_DEICTIC_UNITS = {"week", "month", "year"}
_ARTICLES = {"the", "a", "an", "this", "that", "these", "those"}
_VAGUE_COUNTS = {"few", "several", "many", "some", "couple", "dozen", "dozens", "hundreds",
                 "thousands", "numerous", "countless", "most", "all", "both"}
_TIME_NOUNS = {"end", "beginning", "start", "middle", "rest", "part", "close", "turn", "course",
               "remainder", "balance", *SEASONS}
_LINK_BEFORE_DEICTIC = {"of", "early", "late"}  # "five months of last year"
_DECADE_WORD = re.compile(r"\d0s")
_DIGITS = re.compile(r"\d[\d,.]*")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_PART_GLUE = {"the", "of", "early", "late"}
_SUPERLATIVE_TAGS = {"JJS", "RBS"}  # "best", "most"
_COMPARATIVE_SHIFTS = {"later", "earlier", "sooner"}
"""Before "than", they make the count before them a difference of durations ("two weeks later
than usual"), no date counted from another."""


def _spread_over(doc: Doc, start: int, end: int) -> bool:
    """Whether "over" heads a span the verb's event is spread across ("took $11 million over
    five years", "spread over two days"), no bound; the parser hangs a bound's "over" on the
    number ("worked for over 20 years"). "over three decades ago" is a bound all the same."""
    return doc[start].lower_ == "over" and doc[start].dep_ == "prep" and \
        doc[start].head.pos_ in ("VERB", "AUX") and \
        not (end < len(doc) and doc[end].lower_ == "ago" or doc[end - 1].lower_ == "ago")


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    end = _cut_at_dash(doc, start, end)
    while start < end and (doc[start].lower_ in _TRIM_LEAD or doc[start].is_space):
        words = [t.lower_ for t in doc[start:min(end, start + MODIFIER_TOKENS + 1)]]
        if point_phrase_length(words):
            break  # "just before midnight", "no later than Friday": the mod is part of it
        bound = bound_phrase_length(words)
        if bound and start + bound < end and (doc[start + bound].like_num or
                                              doc[start + bound].lower_ in SMALL_NUMBERS) \
                and not _spread_over(doc, start, end):
            break  # "just over a week", but "over the weekend" is no bound
        if doc[start].text in ("'", "’") and start + 1 < end and \
                _DECADE_WORD.fullmatch(doc[start + 1].text):
            break  # "'60s"
        if doc[start].lower_ == "that" and start + 1 < end and (
                doc[start + 1].lower_ == "same" or doc[start + 1].lower_ in UNIT_WORDS or
                doc[start + 1].lower_ in PART_WORDS or doc[start + 1].lower_ in SEASONS or
                doc[start + 1].lower_ in MONTHS and doc[start].tag_ == "DT"):
            break  # "that same day", "that year", "that evening", "that summer", "that May"
        if doc[start].lower_ == "at" and start + 1 < end and \
                doc[start + 1].lower_ in ("least", "most"):
            break  # "at least five years": TimeML extent keeps the modifier
        start += 1
    if start + 1 < end and doc[start].lower_ in _PERIOD_ENDS and \
            standalone(doc[start + 1:end].text):
        start += 1  # ", ended Sept. 30": the period before the comma is a date of its own
    start = _after_inner_since(doc, start, end)
    if start < end and doc[start].lower_ in ("least", "most"):
        if start > 0 and doc[start - 1].lower_ == "at":
            start -= 1  # NER's "least five years" after "at"
        else:
            start += 1
    if start + 1 < end and _DIGITS.fullmatch(doc[start].text) and \
            doc[start + 1].lower_ in SMALL_NUMBERS:
        start += 1  # "from 900 five years ago": the figure before the count is no part of it
    if start + 1 < end and doc[start].lower_ in ("this", "that", "one") and \
            doc[start + 1].lower_ in ("every", "each"):
        start += 1  # "heard this every January", "paid one every quarter": the object
    if start + 1 < end and doc[start].lower_ in POSITIVE_ORDINALS and \
            doc[start + 1].lower_ in _DEICTIC_WORDS:
        start += 1  # "the company's third this year": the count is of recalls, not of years
    if start + 1 < end and _verb_last(doc[start]):
        start += 1  # "expected to last two days": the verb, not "the last two days"
    while end > start and (doc[end - 1].lower_ in _TRIM_TAIL or doc[end - 1].is_space):
        if doc[end - 1].lower_ == "the" and end - start == 1:
            break
        end -= 1
    if end - start > 1 and doc[end - 1].lower_ in _COMPARATIVE_SHIFTS and end < len(doc) and \
            doc[end].lower_ == "than":
        end -= 1  # "arrived 20 minutes later than scheduled": how much later, "20 minutes"
    return start, end


def _after_inner_since(doc: Doc, start: int, end: int) -> int:
    """The start of the date after "since" when NER's span opens with the record it is
    compared with: "the best year since 1990", "the first time since March" are "1990",
    "March" ("every year since 2001" is a set, "two years since 1990" a count)."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ == "since":
            record = any(t.tag_ in _SUPERLATIVE_TAGS or t.lower_ == "first"
                         for t in doc[start:i])
            return i + 1 if record else start
    return start


def _cut_at_dash(doc: Doc, start: int, end: int) -> int:
    """The end of a span that runs over a spaced dash into words that are no date: NER's
    "Sept 14 - Thousands" in a dateline is "Sept 14"; "Sept 14 - 16" stays whole."""
    for i in range(start + 1, end):
        if doc[i].text not in _DASHES or not doc[i - 1].whitespace_:
            continue
        rest = doc[i + 1:end]
        if not any(any(ch.isdigit() for ch in t.text) for t in rest) and \
                not standalone(rest.text):
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


def _inside_number_word(token: Token) -> bool:
    """A hyphen inside a spelled number ("seventy-seven"), which joins no two dates."""
    doc = token.doc
    if token.text != "-" or token.whitespace_ or doc[token.i - 1].whitespace_:
        return False
    return doc[token.i - 1].lower_ in SMALL_NUMBERS and doc[token.i + 1].lower_ in SMALL_NUMBERS


def _one_expression(text: str) -> bool:
    """Whether `text` is one expression that a list's marks run through: a duration in several
    units ("1 hour, 20 minutes"), a quarter named by its months ("the April-June quarter")."""
    reading = normalize(text, PLACEHOLDER_REF)
    return reading is not None and (reading.rule == COMPOUND_RULE or
                                    reading.rule.endswith(MONTH_RANGE_RULE))


def split(doc: Doc, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Pieces of a span that holds several dates joined by "and", "to", "-": each with the
    text to normalize (None: its own text). A piece that cannot stand alone keeps the whole."""
    span_and_end = _span_then_end(doc, start, end)
    if len(span_and_end) == 1:
        return span_and_end  # the date at the end of NER's "an interview last month"
    if span_and_end:  # the date after the span may be a list: "18 months in 1996 and 1997"
        (first, cut, _), (second, last, _) = span_and_end
        return [(first, cut, None), *split(doc, second, last)]
    cuts = [i for i in range(start + 1, end - 1)
            if doc[i].lower_ in _CONJUNCTIONS and not _inside_number_word(doc[i])]
    if not cuts or _one_expression(doc[start:end].text):
        return [(start, end, None)]  # one date, or "1 hour, 20 minutes": one duration
    pieces, last = [], start
    for cut in cuts:
        pieces.append(trimmed(doc, last, cut))
        last = cut + 1
    pieces.append(trimmed(doc, last, end))
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
                       if YEAR_TOKEN.match(t.text)), None)
    out: list[tuple[int, int, str | None]] = []
    for s, e in pieces:
        text = doc[s:e].text
        piece_text: str | None = None
        if e - s == 1 and _DAY_NUMBER.fullmatch(text) and first_month:
            piece_text = f"{first_month} {text}" + (f" {year_after}" if year_after else "")
        elif year_after and not any(YEAR_TOKEN.match(t.text) for t in doc[s:e]) and any(
                t.lower_.rstrip(".") in MONTHS for t in doc[s:e]):
            piece_text = f"{text} {year_after}"
        if standalone(piece_text or text):
            out.append((s, e, piece_text))
            continue
        if doc[s - 1].text == "," or (e < len(doc) and doc[e].text == ","):
            # "December 3, ending decades": keep what reads as a date, drop the rest
            while s < e and normalize(doc[s:e].text, PLACEHOLDER_REF) is None:
                s += 1
            if s < e:
                out.append((s, e, None))
            continue
        return [(start, end, None)]
    return out or [(start, end, None)]


def _span_then_end(doc: Doc, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """"the nine months to September", "the three months ended Sept. 30": a span of time and
    the date it ends on are two expressions (a duration and a date), as are a count of time and
    the date it lies in ("18 months in 2019", "10 days a month ago") or starts on ("for six
    months from January 1");
    only the date where what comes before it is no time ("an interview last month"); else []."""
    if end - start > 2 and doc[end - 1].lower_ == "ago" and doc[end - 2].lower_ in UNIT_WORDS:
        count = end - 3 if _counted(doc[end - 3]) else end - 2
        if count > start and _no_time(doc[start:count]):
            return [(count, end, None)]  # NER's "a wall years ago": "years ago"
        before = normalize(doc[start:count].text, PLACEHOLDER_REF) if count > start else None
        if before is not None and before.type == "duration":
            return [(start, count, None), (count, end, None)]  # "10 days" + "a month ago"
    for i in range(start + 1, end - 1):
        if doc[i].lower_ == "since":  # "every year since 2001": a set and the year it began
            first = normalize(doc[start:i].text, PLACEHOLDER_REF)
            if first is not None and first.type in ("set", "duration") and \
                    standalone(doc[i + 1:end].text):
                return [(start, i, None), (i + 1, end, None)]
            return []
        if doc[i].lower_ in _DEICTIC_WORDS and _counted(doc[start]):
            # "for 10 days this month": how long, then when
            first = normalize(doc[start:i].text, PLACEHOLDER_REF)
            if first is not None and first.type == "duration" and standalone(doc[i:end].text):
                return [(start, i, None), (i, end, None)]
        if i + 2 == end and doc[i + 1].lower_ in DEICTIC_DAYS and (
                doc[i].lower_ == "ago" or doc[i].lower_ in UNIT_WORDS and _counted(doc[start])):
            return [(start, i + 1, None), (i + 1, end, None)]  # "a year ago" + "today"
        if doc[i].lower_ in _DEICTIC_WORDS and i + 2 == end and \
                doc[i + 1].lower_ in _DEICTIC_UNITS:
            # "fiscal 2011 last month", "the third quarter last month", "five months of last
            # year", "ten years ago this month": a period, a span or a count back of its own,
            # then when it was told of or lay
            left = i
            while left > start + 1 and doc[left - 1].lower_ in _LINK_BEFORE_DEICTIC:
                left -= 1
            first = normalize(doc[start:left].text, PLACEHOLDER_REF)
            if first is None and _no_time(doc[start:left]):
                return [(i, end, None)]  # NER's "half last month", "an interview last month"
            same_unit = left - start > 1 and doc[left - 2].lower_ == "same"
            part_of_that_year = first is not None and first.type == "date" and \
                (first.granularity == "month" or same_unit) and \
                doc[i + 1].lower_ == "year"  # "the same week last year": a year back
            if first is not None and first.granularity not in ("day", "time") and \
                    not part_of_that_year and \
                    not any(t.lower_.rstrip(".") in DAY_NAMES for t in doc[start:left]):
                # (but "the first half of next year", "the same period last year" are one)
                return [(start, left, None), (i, end, None)]
        # "for six months from January 1": how long, then from when ("six months from
        # January 1" alone is a date: July 1)
        lasting_from = doc[i].lower_ == "from" and start > 0 and doc[start - 1].lower_ == "for"
        if (doc[i].lower_ in _DURATION_THEN_DATE or lasting_from) and _counted(doc[start]):
            first = normalize(doc[start:i].text, PLACEHOLDER_REF)
            if first is not None and first.type == "duration" and standalone(doc[i + 1:end].text):
                return [(start, i, None), (i + 1, end, None)]
            return []
        if doc[i].lower_ in _DATE_THEN_SPAN:  # NER's "Nov. 27 after months": when, how long
            first = normalize(doc[start:i].text, PLACEHOLDER_REF)
            second = normalize(doc[i + 1:end].text, PLACEHOLDER_REF)
            if first is not None and first.type in ("date", "time") and second is not None \
                    and second.type == "duration":
                return [(start, i, None), (i + 1, end, None)]
        if doc[i].lower_ in _SPAN_ENDS:
            first = normalize(doc[start:i].text, PLACEHOLDER_REF)
            last = i + 1
            if last + 1 < end and doc[last].lower_ in _BEFORE_END_DATE:
                last += 1  # "the 12 months ended in September": the date is "September"
            if first is not None and first.type == "duration" and standalone(doc[last:end].text):
                return [(start, i, None), (last, end, None)]
            return []
    return []


def _no_time(span: Span) -> bool:
    """Whether `span` is a noun phrase with no word of time ("an interview", "half", a place's
    name; not "later", "the end of", "about", "June")."""
    return any(t.lower_ not in _ARTICLES for t in span) and all(
        t.pos_ in ("NOUN", "PROPN", "DET") and t.lower_ not in _TIME_NOUNS and
        t.lower_.rstrip(".") not in DAY_NAMES and
        t.lower_ not in UNIT_WORDS and t.lower_ not in _VAGUE_COUNTS and not t.like_num
        for t in span)


def _counted(token: Token) -> bool:
    """Whether `token` is a count ("18", "two"), the start of a duration that a date may follow."""
    return token.like_num or token.lower_ in SMALL_NUMBERS


def _year_after_date(doc: Doc, left: tuple[int, int], s: int, e: int) -> bool:
    return e - s == 1 and bool(YEAR_TOKEN.match(doc[s].text)) and any(
        t.lower_.rstrip(".") in DAY_NAMES for t in doc[left[0]:left[1]])


def _date_after_weekday(doc: Doc, left: tuple[int, int], s: int, e: int) -> bool:
    """"Monday, Oct. 26", "Friday night, Oct. 23", "the night of Friday, Oct. 23"."""
    words = [t.lower_.rstrip(".") for t in doc[left[0]:left[1]]]
    return any(t.lower_.rstrip(".") in MONTHS for t in doc[s:e]) and \
        any(w in WEEKDAYS for w in words) and \
        all(w in WEEKDAYS or w in PART_WORDS or w in _PART_GLUE for w in words)


def standalone(text: str) -> bool:
    """Whether `text` reads as a date or a time of its own."""
    found = normalize(text, PLACEHOLDER_REF, None)
    return found is not None and found.type in ("date", "time") and \
        not (found.anchor or "").startswith(NAMED_PERIOD)  # "the quarter" needs another
