"""Highlights placed by the records' offsets, and laid into a tree where they overlap.

Overlapping facts (a date inside a claim, an actor inside a claim's speaker) become nested
elements: every span is laid into a tree, outer spans first, and a span that crosses an enclosing
one's end is cut there (its pieces marked `part`).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field

from .document import View
from .kinds import BY_KIND

#: The layer of page furniture (navigation, bylines, share prompts): outermost of all.
FURNITURE = "furniture"
FURNITURE_RANK = 0
#: Claims also lay their speaker and cue, events their trigger, inside everything else.
PARTS = {"speaker": 100, "cue": 101, "trigger": 102}


@dataclass(slots=True)
class Span:
    """A highlight to lay into the text: a fact, a mention, a claim's speaker or cue, furniture."""

    start: int
    end: int
    layer: str  # a kind, or "furniture", "speaker", "cue", "trigger"
    key: str | None = None  # the fact's key in the page's fact table
    mention: int | None = None  # an actor's mention index
    part: bool = False  # a piece of a span cut where it crossed an enclosing one
    children: list[Span] = field(default_factory=list)


def rank(layer: str) -> int:
    """Nesting order of a layer: of two spans over the same characters the lower is outer."""
    if layer == FURNITURE:
        return FURNITURE_RANK
    if layer in PARTS:
        return PARTS[layer]
    return BY_KIND[layer].rank


def fact_key(index: int, number: int) -> str:
    """The key of a view's `number`-th fact in the page: unique across documents."""
    return f"d{index}-f{number}"


def spans_of(view: View, index: int = 0) -> list[Span]:
    """Every highlight of a view: one per fact (per mention for actors), furniture, and each
    claim's speaker and cue, each event's trigger. Kinds without a row in `kinds.KINDS` are not
    highlighted."""
    spans = [Span(s, e, FURNITURE) for s, e in view.body.furniture]
    for number, record in enumerate(view.records):
        if record.kind not in BY_KIND:
            continue
        key = fact_key(index, number)
        data = record.to_dict()
        if "mentions" in data:
            for m, mention in enumerate(data["mentions"]):
                spans.append(Span(mention["start"], mention["end"], record.kind, key, m))
            continue
        spans.append(Span(record.start, record.end, record.kind, key))
        for layer in PARTS:
            start, end = data.get(f"{layer}_start"), data.get(f"{layer}_end")
            if start is not None and end is not None:
                spans.append(Span(start, end, layer))
    length = len(view.text)
    return [s for s in spans if 0 <= s.start < s.end <= length]


def nest(spans: Iterable[Span], length: int) -> Span:
    """Lay spans into a tree under a root covering [0, length); crossing spans are cut."""
    root = Span(0, length, "root")
    queue: list[tuple[int, int, int, int, Span]] = []
    for seq, span in enumerate(spans):
        heapq.heappush(queue, (span.start, -span.end, rank(span.layer), seq, span))
    seq = len(queue)
    stack = [root]
    while queue:
        start, _, order, _, span = heapq.heappop(queue)
        while stack[-1].end <= start:
            stack.pop()
        parent = stack[-1]
        if span.end > parent.end:  # crosses the enclosing span: keep the inside, requeue the rest
            rest = Span(parent.end, span.end, span.layer, span.key, span.mention, True)
            heapq.heappush(queue, (rest.start, -rest.end, order, seq, rest))
            seq += 1
            span = Span(span.start, parent.end, span.layer, span.key, span.mention, True)
        parent.children.append(span)
        stack.append(span)
    return root
