"""The action a story compares: event lemmas, with nouns and common synonyms read as one verb.

"the shooting" and "shot", "the death" and "died", "the quake" and "the earthquake" report one
action. A word maps through the table `data/merge/actions.tsv` (nouns to their verbs, common
synonyms to one word), or, for a noun in "-ing", to its stem when the collection has that verb
as an event lemma too (with the stem's silent "e" or doubled consonant restored).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..data import lines

_ING = "ing"
# Stems shorter than this are not verbs read off an "-ing" noun ("king", "ring", "sing").
MIN_ING_STEM = 3


def compared_lemmas(lemmas: Iterable[str]) -> dict[str, str]:
    """For the event lemmas of a collection, each one compared as another word: lemma -> word."""
    known = set(lemmas)
    table = _actions()
    out = {}
    for lemma in sorted(known):
        target = table.get(lemma)
        if target is None and lemma.endswith(_ING):
            target = next((s for s in _ing_stems(lemma) if s in known), None)
            target = table.get(target, target) if target else None
        if target is not None and target != lemma:
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
def _actions() -> dict[str, str]:
    pairs = (line.split("\t") for line in lines("merge/actions.tsv"))
    return {word.strip(): target.strip() for word, target in pairs}
