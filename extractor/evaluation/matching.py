"""One-to-one matching of gold spans to predicted spans, and the regions that are not scored.

A span is a tuple whose first two items are its start and end offsets (more items may follow:
what the span carries). Strict matching pairs equal spans; relaxed matching pairs overlapping
spans, the largest overlaps first (ties: earlier gold, then earlier prediction), each span used
once: the TempEval-3 way, and the shared scorer's.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

Span = tuple[Any, ...]
"""(start, end, ...)"""


def overlap(a: Span, b: Span) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_strict(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """(gold index, prediction index) of equal spans; each gold takes the first unused equal."""
    waiting: dict[tuple[int, int], list[int]] = defaultdict(list)
    for pi in reversed(range(len(pred))):
        waiting[(pred[pi][0], pred[pi][1])].append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        equal = waiting.get((g[0], g[1]))
        if equal:
            pairs.append((gi, equal.pop()))
    return pairs


def match_relaxed(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """(gold index, prediction index) of overlapping spans, largest overlap first.

    Spans of no length match only an equal span. The cost follows the overlapping pairs, not
    gold x predictions: each gold span looks only at the predictions near it.
    """
    near = SpanIndex(pred)
    candidates = []
    for gi, g in enumerate(gold):
        for pi in near.near(g):
            shared = overlap(g, pred[pi])
            if shared > 0 or (g[0] == pred[pi][0] and g[1] == pred[pi][1]):
                candidates.append((-shared, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def match(gold: Sequence[Span], pred: Sequence[Span], *, relaxed: bool) -> list[tuple[int, int]]:
    return match_relaxed(gold, pred) if relaxed else match_strict(gold, pred)


def kept(
    pred: Sequence[Span],
    gold: Sequence[Span],
    ignore: Sequence[Span],
    scored: Sequence[Span] | None,
) -> list[Span]:
    """The predictions that count: inside a scored span (when the gold names them), and not
    touching an ignore region only (one that also overlaps a gold span still counts)."""
    scored_at = SpanIndex(scored) if scored is not None else None
    ignored_at, gold_at = SpanIndex(ignore), SpanIndex(gold)
    return [
        p
        for p in pred
        if (scored_at is None or scored_at.touches(p))
        and (not ignored_at.touches(p) or gold_at.touches(p))
    ]


class SpanIndex:
    """Spans sorted by start, to find those near a span without looking at all of them."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]
        self.longest = max((s[1] - s[0] for s in spans), default=0)

    def near(self, span: Span) -> Iterator[int]:
        """Indices of every span that overlaps `span` or is equal to it (and a few others)."""
        low = bisect_left(self.starts, span[0] - self.longest)
        high = bisect_right(self.starts, span[1])
        return (self.order[k] for k in range(low, high))

    def touches(self, span: Span) -> bool:
        """Whether some span shares a character with `span`."""
        return any(overlap(span, self.spans[i]) for i in self.near(span))
