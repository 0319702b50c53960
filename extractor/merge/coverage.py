"""Coverage groups: the documents that cover one happening, found one document at a time.

Topic detection and tracking as news systems do it: each document, in content order, is
compared with the groups so far through an inverted index of their strongest features (the
entities it names, weighted by mentions and rarity; the lemmas of its events, by rarity), joins
the most similar group above `MIN_SIMILARITY`, or starts a new one. A group keeps only its
`CENTROID_SIZE` strongest features and each feature indexes only its `POSTINGS` latest groups,
so time and memory grow with the documents and groups, never with their pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .dates import day

Feature = int | str  # an entity's key number, or an event lemma

# Cosine similarity a document needs with a group to join it (0..1). Reports of one happening
# share a few rare names and actions; unrelated ones share common ones (a country, "said").
MIN_SIMILARITY = 0.15
# An event lemma counts as much as an entity of the same rarity.
LEMMA_WEIGHT = 1.0
# Features a group keeps (its strongest), and features of a document used to find groups.
CENTROID_SIZE = 60
QUERY_FEATURES = 20
# Groups each feature indexes (the latest ones): bounds the candidates of one document.
POSTINGS = 50
# Documents published further apart than this never cover one happening together.
WINDOW_DAYS = 10


@dataclass(slots=True)
class Group:
    """One coverage group: its summed feature weights and its latest publication day."""

    number: int
    weights: dict[Feature, float] = field(default_factory=dict)
    norm: float = 0.0
    latest: date | None = None


class Coverage:
    """Assigns documents, in content order, to coverage groups."""

    def __init__(self, rarity: dict[Feature, float]) -> None:
        self.rarity = rarity  # feature -> inverse document frequency
        self.groups: list[Group] = []
        self.postings: dict[Feature, list[int]] = {}

    def vector(self, entities: dict[int, int], lemmas: Iterable[str]) -> dict[Feature, float]:
        """A document's unit-length feature vector."""
        weights: dict[Feature, float] = {}
        for key, mentions in entities.items():
            weights[key] = (1 + math.log(mentions)) * self.rarity.get(key, 0.0)
        for lemma in set(lemmas):
            weights[lemma] = LEMMA_WEIGHT * self.rarity.get(lemma, 0.0)
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {f: w / norm for f, w in weights.items() if w > 0}

    def assign(self, vector: dict[Feature, float], published: str | None) -> int:
        """The number of the group the document joins (a new one if none is similar enough)."""
        today = day(published)
        best, best_score = None, MIN_SIMILARITY
        for number in self._candidates(vector):
            group = self.groups[number]
            if today and group.latest and abs((today - group.latest).days) > WINDOW_DAYS:
                continue
            score = sum(w * group.weights.get(f, 0.0) for f, w in vector.items()) / group.norm
            if score >= best_score and (best is None or score > best_score or number < best):
                best, best_score = number, score
        if best is None:
            best = len(self.groups)
            self.groups.append(Group(best))
        self._add(self.groups[best], vector, today)
        return best

    def _candidates(self, vector: dict[Feature, float]) -> list[int]:
        strongest = sorted(vector, key=lambda f: (-vector[f], str(f)))[:QUERY_FEATURES]
        found: set[int] = set()
        for feature in strongest:
            found.update(self.postings.get(feature, ()))
        return sorted(found)

    def _add(self, group: Group, vector: dict[Feature, float], today: date | None) -> None:
        for feature, weight in vector.items():
            group.weights[feature] = group.weights.get(feature, 0.0) + weight
        if len(group.weights) > CENTROID_SIZE:
            kept = sorted(group.weights, key=lambda f: (-group.weights[f], str(f)))
            group.weights = {f: group.weights[f] for f in kept[:CENTROID_SIZE]}
        group.norm = math.sqrt(sum(w * w for w in group.weights.values())) or 1.0
        if today and (group.latest is None or today > group.latest):
            group.latest = today
        for feature in group.weights:
            posting = self.postings.setdefault(feature, [])
            if group.number not in posting[-POSTINGS:]:
                posting.append(group.number)
                del posting[:-POSTINGS]
