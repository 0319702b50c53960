"""The distance extractor's matcher and word tables, built once per spaCy vocab.

A precheck regex (a unit after a digit, or a spelled-out unit word) lets documents with nothing
to find skip the matcher; the `Matcher` patterns cover amount + unit token sequences in the
shapes the tokenizer leaves; word lists of `data/distances/words.json` become sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.vocab import Vocab

from ...data import table
from ..sparse_matcher import WordRunMatcher
from .numbers import (
    FRACTIONS,
    HYPHENS,
    LAST_DIGITS_UNCERTAINTY,
    NUMBER,
    PLUS_MINUS_TOKEN,
    POWER_OF_TEN,
    SCIENTIFIC,
    SIGN,
    SUPERSCRIPT_DIGITS,
    number_words,
)
from .units import MILE_KINDS, abbreviations, units


@dataclass(frozen=True, slots=True)
class DistanceTables:
    """What `extract` reads with, built once per vocab."""

    matcher: WordRunMatcher
    precheck: re.Pattern[str]
    attached: re.Pattern[str]
    attached_open: re.Pattern[str]
    unit_open: re.Pattern[str]
    unit_tokens: frozenset[str]
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]
    qualifiers_after: tuple[tuple[tuple[str, ...], str], ...]
    words: dict[str, Any]


@cache
def tables_for(vocab: Vocab) -> DistanceTables:
    """The matcher and word tables for `vocab`, built on first use and kept for the process."""
    spellings = [s for s in units() if " " not in s]
    abbr = "|".join(re.escape(a) for a in abbreviations())
    # a unit written after digits, or any unit word but "m" and "in" (which need digits anyway)
    words = [
        re.escape(s)
        for s in sorted((s for s in spellings if s not in ("m", "in")), key=len, reverse=True)
    ]
    # two-word units ("light year") are also written hyphenated ("light-years")
    pairs = [tuple(s.split()) for s in units() if " " in s]
    words += [rf"{re.escape(a)}[\s\-–]+{re.escape(b)}" for a, b in pairs]
    precheck = re.compile(
        rf"[\d{SUPERSCRIPT_DIGITS}][ \t\u00a0\-–]?(?:{abbr})(?![^\W\d_])"
        rf"|(?<![^\W\d_])(?:{'|'.join(words)})"
        r"(?![^\W\d_])",
        re.IGNORECASE,
    )
    attached = re.compile(
        rf"(?P<sign>{SIGN})?(?P<a>{NUMBER})(?:(?P<ua>{abbr})?[-–—](?P<b>{NUMBER}))?[-–]?"
        rf"(?P<u>{abbr})",
        re.IGNORECASE,
    )
    unit_open = re.compile(rf"(?P<ua>{abbr})[-–—](?P<b>{NUMBER})", re.IGNORECASE)
    attached_open = re.compile(
        rf"(?P<sign>{SIGN})?(?P<a>{NUMBER})(?P<ua>{abbr})[-–—](?P<b>{NUMBER})", re.IGNORECASE
    )
    fraction = "".join(FRACTIONS)
    # "10−10": a power of ten that lost its superscript, written with the minus sign
    digits = rf"{SIGN}?[-−+]?(?:\d[\d,.]*)?[\d{fraction}](?:[-–—−]\d[\d,.]*)?|\d/\d"
    # "1.2e3", "12.0±0.3", "10³", and "3×10" before "^" "4"
    science = rf"{SCIENTIFIC.pattern}|{PLUS_MINUS_TOKEN.pattern}|{POWER_OF_TEN.pattern}" \
        r"|\d+(?:\.\d+)?[×x]10"
    number = "|".join(sorted(number_words(), key=len, reverse=True))
    # "±" and "+", "/-" join a value to its uncertainty; "×", "10⁴", "^" write a power of ten;
    # "×", "x", "by" join the sides of a size (not ",": `extract` reads a list's head back from
    # the match, in a bounded window)
    middle = (
        rf"^(?:{digits}|{science}|{number}|-|–|—|−|and|to|or|of|by|±|\+/-|\+-|\+|/-|×|x|\*|\^"
        rf"|10[{SUPERSCRIPT_DIGITS}⁻]{{1,3}})$"
    )
    unit_tokens = frozenset(spellings) | {f"{a}." for a in abbreviations()}
    # word lists as sets: membership is tested per token
    words_table = {
        name: frozenset(value) if isinstance(value, list) else value
        for name, value in table("distances/words.json").items()
    }
    matcher = WordRunMatcher(vocab)
    matcher.add(
        "DISTANCE",
        _token_patterns(
            rf"^(?:{digits}|{science}|{number})$", middle, unit_tokens, attached, attached_open
        )
        + [
            _pair_pattern(rf"^(?:{digits}|{science}|{number})$", middle, pairs),
            # "(12 ± 0.5) mm": a value and its uncertainty in brackets
            [
                {"ORTH": "("},
                {"LOWER": {"REGEX": rf"^(?:{digits}|{science})$"}},
                {"LOWER": {"REGEX": middle}, "OP": "+"},
                {"ORTH": ")"},
                {"LOWER": {"IN": sorted(unit_tokens)}},
            ],
            # "24.6 (SD 8.3) cm", "285 (74) µm": a mean and its spread in brackets
            [
                {"LOWER": {"REGEX": rf"^(?:{digits})$"}},
                {"ORTH": "("},
                {"LOWER": {"IN": sorted(words_table["spread_labels"])}, "OP": "?"},
                {"ORTH": {"IN": ["=", ":"]}, "OP": "?"},
                {"LOWER": {"REGEX": rf"^(?:{digits})$"}},
                {"ORTH": ")"},
                {"LOWER": {"IN": sorted(unit_tokens)}},
            ],
            # "10.482(2" + ")" + "Å": the uncertainty of the last digits in brackets
            [
                {"TEXT": {"REGEX": rf"^{LAST_DIGITS_UNCERTAINTY.pattern}$"}},
                {"ORTH": ")"},
                {"LOWER": {"IN": sorted(unit_tokens)}},
            ],
            # "10" + "km–20" + "km", "250" + "μm–2" + "mm"
            [
                {"LOWER": {"REGEX": rf"^(?:{digits})$"}},
                {"TEXT": {"REGEX": rf"(?i)^{unit_open.pattern}$"}},
                {"LOWER": {"IN": sorted(unit_tokens)}},
            ],
        ],
        greedy="LONGEST",
    )

    def phrases(groups: dict[str, list[str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
        out = [(tuple(p.split()), name) for name, items in groups.items() for p in items]
        return tuple(sorted(out, key=lambda item: len(item[0]), reverse=True))

    return DistanceTables(
        matcher=matcher,
        precheck=precheck,
        attached=attached,
        attached_open=attached_open,
        unit_open=unit_open,
        unit_tokens=unit_tokens,
        qualifiers=phrases(words_table["qualifiers"]),
        qualifiers_after=phrases(words_table["qualifiers_after"]),
        words=words_table,
    )


def _token_patterns(
    start: str,
    middle: str,
    unit_tokens: frozenset[str],
    attached: re.Pattern[str],
    attached_open: re.Pattern[str],
) -> list[list[dict[str, Any]]]:
    """The Matcher's token shapes: amount words then a unit ("between 10 and 20 km", "half a
    mile"), a number with its unit attached ("15km"), amount words before an attached one
    ("10 to 15km"), and an open range with a unit after it ("10km-20" + "km")."""
    unit = {"LOWER": {"IN": sorted(unit_tokens)}}
    amount = [{"LOWER": {"REGEX": start}}, {"LOWER": {"REGEX": middle}, "OP": "*"}]
    mile_kind = {"LOWER": {"IN": list(MILE_KINDS)}, "OP": "?"}
    return [
        [*amount, {"IS_SPACE": True, "OP": "?"}, mile_kind, unit],
        [{"TEXT": {"REGEX": rf"(?i)^{attached.pattern}$"}}],
        [*amount, {"TEXT": {"REGEX": rf"(?i)^{attached.pattern}$"}}],
        [{"TEXT": {"REGEX": rf"(?i)^{attached_open.pattern}$"}}, unit],
    ]


def _pair_pattern(start: str, middle: str, pairs: list[tuple[str, ...]]) -> list[dict[str, Any]]:
    """Amount words then a two-word unit, spaced or hyphenated: "12 million light-years"."""
    return [
        {"LOWER": {"REGEX": start}},
        {"LOWER": {"REGEX": middle}, "OP": "*"},
        {"LOWER": {"IN": sorted({p[0] for p in pairs})}},
        {"TEXT": {"IN": sorted(HYPHENS)}, "OP": "?"},
        {"LOWER": {"IN": sorted({p[1] for p in pairs})}},
    ]


__all__ = ["DistanceTables", "tables_for"]
