"""TIMEX3 `mod`: what the words at the front of an expression say about its value.

A bound before a count ("less than a decade": LESS_THAN), a point phrase before a date or a time
("shortly before midnight": BEFORE, the distance vague), a part of a period ("early March":
START, "mid-2023": MID, "the end of 2019": END), or a hedge ("about three years": APPROX). A
bound on a count from a date makes a point: "more than 40 years ago" lies BEFORE the date 40
years back, "more than two years later" AFTER the date two years on. The words are one table,
`data/dates/modifiers.json`; `normalize` strips them before it reads the expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...data import table

# A bound on a count back (-1) or forward (+1) from a date, as the mod of the date it gives.
_POINT_OF_BOUND = {
    ("MORE_THAN", -1): "BEFORE", ("LESS_THAN", -1): "AFTER",
    ("EQUAL_OR_MORE", -1): "ON_OR_BEFORE", ("EQUAL_OR_LESS", -1): "ON_OR_AFTER",
    ("MORE_THAN", 1): "AFTER", ("LESS_THAN", 1): "BEFORE",
    ("EQUAL_OR_MORE", 1): "ON_OR_AFTER", ("EQUAL_OR_LESS", 1): "ON_OR_BEFORE",
}
_COUNT_BACK = re.compile(r"\b(?:ago|back|before|earlier|previously|prior)$")
_COUNT_FORWARD = re.compile(r"\b(?:later|after|from now|hence|later on)$")
_NOT_A_POSITION = re.compile(r"^(?:the )?(?:early|small|wee) hours\b")  # a part of the day


@lru_cache(maxsize=1)
def _table() -> dict:
    return table("dates/modifiers.json")


def bounds() -> dict[str, str]:
    """Bound phrase -> duration mod: "less than" -> LESS_THAN."""
    return _table()["bounds"]


def points() -> dict[str, tuple[str, bool]]:
    """Point phrase -> (mod, whether the distance is vague): "shortly before" -> BEFORE."""
    return {phrase: (mod, vague) for phrase, (mod, vague) in _table()["points"].items()}


def approx_words() -> tuple[list[str], list[str]]:
    """Hedges written before an expression, and after it ("or so")."""
    return _table()["approx"], _table()["approx_after"]


def alternation(phrases: list[str] | dict[str, object]) -> str:
    """A regex alternation of `phrases`, longest first so "at least" wins over "at"."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _position() -> re.Pattern[str]:
    words = alternation(_table()["positions"])
    return re.compile(rf"^(?:the )?(?:very )?({words})(?=[- ]|$)")


@lru_cache(maxsize=1)
def _point_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(points(), key=len, reverse=True))


def point_phrase_length(words: list[str]) -> int:
    """How many of `words` (lowercased tokens) make a point phrase at their front: 2 for
    ["shortly", "before", "midnight"], 3 for ["no", "later", "than", "friday"], else 0."""
    return _front_length(words, _point_words())


def bound_phrase_length(words: list[str]) -> int:
    """How many of `words` make a bound phrase at their front: 2 for ["well", "over", "a",
    "year"], else 0."""
    return _front_length(words, _bound_words())


def _front_length(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    for phrase in phrases:
        if tuple(words[:len(phrase)]) == phrase and len(words) > len(phrase):
            return len(phrase)
    return 0


@lru_cache(maxsize=1)
def _bound_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(bounds(), key=len, reverse=True))


def bound_phrase_ending(words: list[str]) -> int:
    """How many of `words` make a bound phrase at their end: 2 for ["for", "more", "than"]."""
    for phrase in _bound_words():
        if len(words) >= len(phrase) and tuple(words[-len(phrase):]) == phrase:
            return len(phrase)
    return 0


def point_phrase_ending(words: list[str]) -> int:
    """How many of `words` (lowercased tokens) make a point phrase at their end: 3 for
    ["held", "no", "later", "than"], else 0."""
    for phrase in _point_words():
        if len(words) >= len(phrase) and tuple(words[-len(phrase):]) == phrase:
            return len(phrase)
    return 0


# The longest point or bound phrase ("no later than", "a little more than"), in tokens: how far
# to look before or into a span for one.
MODIFIER_TOKENS = max(len(phrase.split()) for phrase in [*bounds(), *points()])


@dataclass(slots=True)
class Lead:
    """The modifier words stripped from the front (or back) of one expression."""

    bound: str | None = None  # a duration mod: "LESS_THAN"
    point: str | None = None  # a point mod: "BEFORE"
    vague: bool = False  # the point phrase leaves the distance vague ("shortly before")
    approx: bool = False

    def take(self, phrase: str) -> None:
        """Note one stripped lead phrase, if it is a modifier."""
        if phrase in bounds():
            self.bound = self.bound or bounds()[phrase]
        elif phrase in points():
            self.point, self.vague = points()[phrase]


def mod_of(kind: str, core: str, lead: Lead) -> str | None:
    """The TIMEX3 mod of an expression of type `kind` whose words after the lead are `core`."""
    if lead.point and kind in ("date", "time"):
        return lead.point
    if lead.bound:
        if kind == "duration":
            return lead.bound
        return point_of_bound(lead.bound, count_direction(core)) if kind == "date" else None
    position = _position().match(core)
    if position and kind in ("date", "time") and not _NOT_A_POSITION.match(core):
        return _table()["positions"][position[1]]
    return "APPROX" if lead.approx else None


def count_direction(core: str) -> int:
    """-1 for a count back ("four decades ago"), 1 forward ("two years later"), else 0."""
    if _COUNT_BACK.search(core):
        return -1
    return 1 if _COUNT_FORWARD.search(core) else 0


def point_of_bound(bound: str | None, direction: int) -> str | None:
    """The mod of the date a bounded count gives: MORE_THAN back is BEFORE."""
    return _POINT_OF_BOUND.get((bound, direction)) if bound else None
