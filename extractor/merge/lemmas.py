"""The action a story compares: event lemmas, with nouns read as the verb they name.

"the shooting" and "shot", "the killing" and "killed", "the death" and "died" report one action.
A noun maps to its verb only when the collection has that verb as an event lemma too: from
"-ing" (with the stem's silent "e" or doubled consonant restored) or from the derivation table
`data/merge/derivations.tsv`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..data import lines

_ING = "ing"
# Stems shorter than this are not verbs read off an "-ing" noun ("king", "ring", "sing").
MIN_ING_STEM = 3


def compared_lemmas(lemmas: Iterable[str]) -> dict[str, str]:
    """For the event lemmas of a collection, each one that maps to another: lemma -> verb."""
    known = set(lemmas)
    derived = _derivations()
    out = {}
    for lemma in sorted(known):
        target = derived.get(lemma)
        if target is None and lemma.endswith(_ING):
            target = next((s for s in _ing_stems(lemma) if s in known), None)
        if target is not None and target in known and target != lemma:
            out[lemma] = target
    return out


def _ing_stems(noun: str) -> list[str]:
    stem = noun[: -len(_ING)]
    if len(stem) < MIN_ING_STEM:
        return []
    stems = [stem, stem + "e"]
    if len(stem) > MIN_ING_STEM and stem[-1] == stem[-2]:  # "shopping" -> "shop"
        stems.append(stem[:-1])
    return stems


@lru_cache(maxsize=1)
def _derivations() -> dict[str, str]:
    pairs = (line.split("\t") for line in lines("merge/derivations.tsv"))
    return {word.strip(): target.strip() for word, target in pairs}
