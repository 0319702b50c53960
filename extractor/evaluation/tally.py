"""Counts that add up over documents: precision/recall tallies, accuracies, and the scores of a run.

Precision and recall are micro-averaged: counts are summed over all documents first. A tally keeps
the true positives seen from each side apart (`right_pred`, `right_gold`), so that a metric giving
partial credit (characters of claim content) can count them in its own unit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class PRF(NamedTuple):
    precision: float
    recall: float
    f1: float


def prf(precision: float, recall: float) -> PRF:
    """P, R and their harmonic mean (0 when both are 0)."""
    total = precision + recall
    return PRF(precision, recall, 2 * precision * recall / total if total else 0.0)


@dataclass(slots=True)
class Tally:
    """Right predictions and right gold items, out of all predictions and all gold items."""

    right_pred: int = 0
    right_gold: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, right: int, predicted: int, gold: int, right_gold: int | None = None) -> None:
        self.right_pred += right
        self.right_gold += right if right_gold is None else right_gold
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> PRF:
        return prf(
            self.right_pred / self.predicted if self.predicted else 0.0,
            self.right_gold / self.gold if self.gold else 0.0,
        )


@dataclass(slots=True)
class Accuracy:
    """Right answers out of the matched items asked (type, value, speaker, polarity ...)."""

    right: int = 0
    asked: int = 0

    def add(self, right: bool) -> None:
        self.asked += 1
        self.right += bool(right)

    @property
    def value(self) -> float:
        return self.right / self.asked if self.asked else 0.0


class CorefMention(NamedTuple):
    """A gold event relaxed-matched by a prediction, for cross-document coreference."""

    key: tuple[str, int, int]  # (document id, start, end) of the gold event
    instance: Any  # the gold happening it names
    cluster: str | None  # the prediction's `cluster`, None when it has none
    topic: str | None
    text: str  # the gold trigger, lower case


@dataclass(slots=True)
class Scores:
    """Everything one evaluation counts, per kind and metric, in the order first counted."""

    kinds: tuple[str, ...]
    tallies: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(dict))
    accuracies: dict[str, dict[str, Accuracy]] = field(default_factory=lambda: defaultdict(dict))
    coref: list[CorefMention] = field(default_factory=list)
    documents: int = 0
    failures: int = 0

    def tally(self, kind: str, metric: str) -> Tally:
        return self.tallies[kind].setdefault(metric, Tally())

    def accuracy(self, kind: str, name: str) -> Accuracy:
        return self.accuracies[kind].setdefault(name, Accuracy())
