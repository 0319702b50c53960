"""Name forms that decide when two records name one entity: folded names, surnames, acronyms.

Folding removes what varies between outlets and never between entities: case, accents, curly
apostrophes, a leading "the", a possessive "'s", surrounding punctuation and repeated spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..data import lines

_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " .,;:!?\"'()[]{}-–—"
# An acronym as written: two to eight capitals or digits, optionally dotted ("UN", "U.N.", "G20").
_ACRONYM = re.compile(r"^(?:[A-Z0-9&]\.?){2,8}$")
# Acronyms need this many initials: one letter is an initial, not an acronym.
MIN_ACRONYM_LETTERS = 2
# Folded names are cached: one collection repeats few distinct names many times.
NAME_CACHE = 1 << 16


@lru_cache(maxsize=NAME_CACHE)
def fold(name: str) -> str:
    """The comparable form of a name: 'The Pentagon's' -> 'pentagon', 'Tomás' -> 'tomas'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").casefold()
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCTUATION)
    text = text.removeprefix("the ").removesuffix("'s").removesuffix("'")
    return text.strip(_EDGE_PUNCTUATION)


def surname(folded: str) -> str:
    """The family name of a folded person name, with its particles ('ursula von der leyen' ->
    'von der leyen'); the whole name when it is one word."""
    words = folded.split(" ")
    particles = _particles()
    start = len(words) - 1
    while start > 0 and words[start - 1] in particles:
        start -= 1
    return " ".join(words[start:])


def is_bare_surname(folded: str) -> bool:
    """True for a person named by the family name alone ('blinken', 'von der leyen')."""
    return surname(folded) == folded


def acronym(name: str) -> str | None:
    """The acronym a name is written as ('U.N.' -> 'UN'), or None for an ordinary name."""
    if not _ACRONYM.match(name.strip()):
        return None
    letters = name.replace(".", "").strip()
    return letters if len(letters) >= MIN_ACRONYM_LETTERS else None


def initials(name: str) -> str | None:
    """The acronym a full name would have ('World Food Programme' -> 'WFP'), or None."""
    skip = _skipped()
    letters = [w[0].upper() for w in name.replace("-", " ").split() if w.casefold() not in skip]
    letters = [c for c in letters if c.isalnum()]
    return "".join(letters) if len(letters) >= MIN_ACRONYM_LETTERS else None


def is_generic(folded: str) -> bool:
    """True for a name many countries or documents share ('foreign ministry', 'officials',
    'the central bank'): all its words are generic institution words."""
    words = [w for w in folded.replace("-", " ").split() if w not in _skipped()]
    generic = _generic()
    return bool(words) and all(w in generic or w.rstrip("s") in generic for w in words)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    words = set(lines("merge/generic_words.txt"))
    for name in ("portfolios", "org_nouns", "collective_nouns", "group_nouns"):
        for line in lines(f"actors/{name}.txt"):
            words.update(line.rstrip("*").split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(lines("actors/name_particles.txt"))


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    return frozenset(lines("merge/acronym_skip.txt"))
