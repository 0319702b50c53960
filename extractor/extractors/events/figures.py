"""Counts of people an event gives: "killed 12", "more than 1,000 troops were killed or hurt".

The counted phrase is the one the count word is about: the passive subject ("12 people were
killed"), the object ("killed 12 civilians"), the subject of "die" ("30 died"), the noun's own
number or "of" phrase ("30 deaths", "the deaths of 30 people"). Its number is read with the
distances' number reader, and the qualifier before it ("more than", "at least", "about") with the
distances' qualifier table, so both kinds read amounts alike.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from spacy.tokens import Token

from ...data import table
from ..distances.numbers import number_words, parse
from .lexicon import figure_words
from .participants import subject_of
from .triggers import Trigger

MAX_QUALIFIER_WORDS = 4
"""Longest qualifier phrase read before a number ("no fewer than")."""
MAX_NUMBER_TOKENS = 4
"""Longest written number read ("two hundred and fifty")."""
SUBJECT_COUNTS = frozenset({"dead", "missing"})
"""Counts of people the verb's own subject undergoes: "30 died", "five are missing"."""
COMBINED = {frozenset({"killed", "injured"}): "killed or injured"}


@cache
def _qualifiers() -> dict[str, str]:
    """Qualifier phrase -> CONTRACT's qualifier, from the distances' word table."""
    return {
        phrase: name
        for name, phrases in table("distances/words.json")["qualifiers"].items()
        for phrase in phrases
    }


def figures(trigger: Trigger, by_token: dict[int, Trigger]) -> list[dict]:
    """The counts of people this event gives (empty for most events)."""
    what = figure_words().get(trigger.lemma)
    token = trigger.token
    if what is None or _counted_by_head(token, what, by_token):
        return []
    for child in token.children:
        other = by_token.get(child.i)
        if child.dep_ == "conj" and other is not None:
            both = frozenset({what, figure_words().get(other.lemma, "")})
            what = COMBINED.get(both, what)
    counted = _counted(token, what)
    if counted is None:
        return []
    number = counted if counted.like_num else _number_of(counted)
    return [] if number is None else _figure(number, what)


def _counted_by_head(token: Token, what: str, by_token: dict[int, Trigger]) -> bool:
    """A coordinated count word ("killed or injured") leaves the count to the first one."""
    head = by_token.get(token.head.i)
    return token.dep_ == "conj" and head is not None and head.lemma in figure_words()


def _counted(token: Token, what: str) -> Token | None:
    if token.pos_ != "VERB":
        if any(c.dep_ == "nummod" for c in token.children):
            return token
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    subject = subject_of(token)
    if subject is not None and (subject[1] == "nsubjpass" or what in SUBJECT_COUNTS):
        return subject[0]
    return next((c for c in token.children if c.dep_ == "dobj"), None)


def _number_of(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "nummod" and c.like_num), None)


def _figure(number: Token, what: str) -> list[dict]:
    doc = number.doc
    words = number_words()
    first = last = number.i
    while first > 0 and number.i - first < MAX_NUMBER_TOKENS and _is_number(doc[first - 1], words):
        first -= 1
    while (
        last + 1 < len(doc)
        and last - number.i < MAX_NUMBER_TOKENS
        and _is_number(doc[last + 1], words)
    ):
        last += 1
    amount = parse([t.lower_ for t in doc[first : last + 1]])
    if amount is None or amount.low is None or amount.high is not None:
        return []
    qualifier, start = "exact", doc[first].idx
    for size in range(MAX_QUALIFIER_WORDS, 0, -1):
        if first - size < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[first - size : first])
        if phrase in _qualifiers():
            qualifier, start = _qualifiers()[phrase], doc[first - size].idx
            break
    end = doc[last].idx + len(doc[last])
    return [
        {
            "what": what,
            "value": _plain_number(amount.low),
            "qualifier": qualifier,
            "text": "",  # filled from the document text by the caller
            "start": start,
            "end": end,
        }
    ]


def _is_number(token: Token, words: frozenset[str]) -> bool:
    return token.like_num or token.lower_ in words and token.lower_ not in ("a", "an")


def _plain_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
