"""Candidates that only look like dates: ages ("54 years old"), numbers ("Section 2023",
"2023 people"), titles ("The Sunday Times", "60 Minutes"), events ("the March for Life")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...calendar_names import MONTHS, WEEKDAYS
from ...data import lines
from .holidays import holidays
from .words import (
    SEASONS,
    SET_WORDS,
    UNIT_WORDS,
    YEAR_TOKEN,
)

_TITLE_UNITS = UNIT_WORDS | {"noon"}
_PROMO = {"free", "trial", "off", "money-back", "guarantee"}
# "trial" is a promotion's only beside one of these ("start your 14-day trial", "a 30-day free
# trial"): else a court's ("after a three-week trial")
_PROMO_TRIAL_WORDS = {"free", "your", "start", "subscription", "subscribe", "membership", "offer",
                      "cancel", "unlimited", "access", "sign"}
# Words before "Day" in the names of days the holiday table does not date
_UNDATED_DAY_WORDS = {"inauguration", "d", "v", "e"}  # "Inauguration Day", "D-Day", "VE Day"
_AFTER_ONE_DAY = {"later", "earlier", "after", "before", "of", "-", "ahead", "late", "early",
                  "long", "in", "ago"}
_NAME_LINKS = {"for", "of", "on", "to", "against", "through", "across"}
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound"}
_MONTH_CUES = {"in", "since", "until", "till", "by", "during", "from", "mid", "early", "late",
               "last", "next", "this", "before", "after", "through"}


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(lines("dates/title_words.txt"))


@lru_cache(maxsize=1)
def _game_words() -> frozenset[str]:
    return frozenset(lines("dates/game_words.txt"))


# How many tokens of a proper name are read past for the noun after it.
MAX_NAME_TOKENS = 4
# How many tokens to each side of "the first half" are searched for a word of a game.
GAME_WINDOW = 12


@lru_cache(maxsize=1)
def _number_nouns() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in lines("dates/number_nouns.txt"))


@lru_cache(maxsize=1)
def _year_nouns() -> frozenset[str]:
    return frozenset(lines("dates/year_nouns.txt"))


def is_not_a_date(doc: Doc, start: int, end: int) -> bool:
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
    if prev is not None and prev.lower_ == "light" and words[0] in ("year", "years"):
        return True  # "22 light years": a distance
    if words == ["hours"] and prev is not None and prev.text == "-" and start > 1 and \
            doc[start - 2].lower_ in ("after", "out-of", "off"):
        return True  # "after-hours trading": no time
    if len(span) == 1 and words[0] in SET_WORDS and (
            span[0].pos_ in ("NOUN", "PROPN") or span[0].dep_ in _NOMINAL_DEPS or (
                nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
                and not _name_then_noun(doc, end))):
        return True  # a newspaper: "the party daily Granma", "the weekly Der Spiegel"
    if words[-1] in ("quarter", "half", "period") and nxt is not None and \
            nxt.lower_ == "of" and not _calendar_after(doc, end + 1):
        return True  # "the first quarter of the game", "the period of mourning"
    if words[-1] in ("quarter", "half") and _in_a_game(doc, start, end):
        return True  # "He scored in the first half", "trailed by ten points in the third quarter"
    if words[-1] == "noon" and prev is not None and prev.lower_ == "high":
        return True  # "high noon comes": an idiom
    if len(span) == 1 and words[0] in WEEKDAYS and span[0].text[:1].isupper() and \
            nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in _title_words() and \
            prev is not None and prev.tag_ == "DT":
        return True  # a title: "The Sunday Times", "Monday Night Football"
    if words == ["one", "day"] and (prev is None or prev.is_punct or span[0].is_sent_start) \
            and (nxt is None or nxt.lower_ not in _AFTER_ONE_DAY):
        return True  # "One day he will return": no particular day
    if _event_name(doc, span, nxt, nxt2):
        return True  # "the annual March for Life", "the March on Washington"
    if len(span) > 1 and all(t.text.isdigit() for t in span):
        return True  # "call 1300 555 014": a telephone number's groups
    if len(span) == 1 and words[0] in SEASONS and span[0].dep_ in ("compound", "amod") and \
            span[0].head.pos_ == "NOUN" and span[0].head.i == end:
        return True  # "a winter storm", "summer camps", "the summer recess": a kind of thing
    if words[0] in ("every", "each") and words[-1] in SEASONS and \
            span[-1].dep_ in ("compound", "amod") and span[-1].head.i == end and \
            span[-1].head.pos_ == "NOUN" and span[-1].head.lower_ != "season":
        return True  # "every spring tide": each tide of a kind ("each summer season" is one)
    for t in span[1:]:
        if YEAR_TOKEN.match(t.text) and doc[t.i - 1].lower_.rstrip(".") in _number_nouns():
            return True  # NER's "Flight 1998"
    if len(span) == 1 and YEAR_TOKEN.match(span.text):
        if prev is not None and prev.lower_.rstrip(".") in _number_nouns():
            return True  # "Section 2023", "Flight 1998"
        if prev is not None and prev.text in ("$", "£", "€", "#", "No", "no.", "No."):
            return True
        determined = prev is not None and prev.tag_ in ("DT", "PRP$", "POS")
        if nxt is not None and (nxt.lower_ in ("%", "percent", "per", "-") or (
                nxt.tag_ == "NNS" and nxt.lower_ not in UNIT_WORDS and not determined
                and nxt.lower_ not in _year_nouns())
                or nxt.like_num):
            return True  # "2023 people", "1998 percent"; not "the 1992 protests", "1989 earnings"
        if prev is not None and prev.like_num and prev.text[-1:].isdigit():
            return True
    for t in span:  # titles: "60 Minutes", "High Noon"
        if t.text[:1].isupper() and t.lower_ in _TITLE_UNITS and not t.is_sent_start \
                and t.i > 0 and (doc[t.i - 1].like_num or doc[t.i - 1].text.istitle()) \
                and doc[t.i - 1].lower_ not in _holiday_words() and not doc[t.i - 1].is_sent_start:
            return True
    if nxt is None or nxt.lower_ not in _PROMO or span.root.lower_ not in UNIT_WORDS:
        return False
    return nxt.lower_ != "trial" or any(t.lower_ in _PROMO_TRIAL_WORDS for t in span.sent)


def _name_then_noun(doc: Doc, i: int) -> bool:
    """Whether the proper name from `i` on names a kind of the common noun after it ("the
    quarterly Tankan survey"), so the word before the name is no newspaper's title."""
    for t in doc[i:i + MAX_NAME_TOKENS]:
        if t.pos_ != "PROPN":
            return t.pos_ == "NOUN"
    return False


def _in_a_game(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare half or quarter (no year in it) has a word of a game nearby."""
    if any(YEAR_TOKEN.match(t.text) for t in doc[start:end]):
        return False
    window = doc[max(0, start - GAME_WINDOW):min(len(doc), end + GAME_WINDOW)]
    games = _game_words()
    return any(t.lower_ in games for t in window)


def _calendar_after(doc: Doc, i: int) -> bool:
    """Whether the words from `i` name a year: "2024", "the year", "this fiscal year"."""
    for t in doc[i:i + 4]:
        if YEAR_TOKEN.match(t.text) or t.lower_ in ("year", "fiscal", "financial"):
            return True
        if t.pos_ in ("NOUN", "PROPN", "NUM"):
            return False
    return False


@lru_cache(maxsize=1)
def _holiday_words() -> frozenset[str]:
    """Words that come before the last word of a holiday's name ("King" of "Martin Luther King
    Day", "year" of "New Year's Eve"), whose "Day" names no title."""
    words = {w for name in holidays() for w in name.replace("'s", "").replace("'", "").split()[:-1]}
    return frozenset(words | _UNDATED_DAY_WORDS)


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
