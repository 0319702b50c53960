"""Where the sources of a story disagree: the figures they give, compared within a tolerance.

Each value is read with its qualifier as a range: "12" and "about 12" are 12, "at least 12" and
"more than 12" are 12 or more, "up to 12", "nearly 12" and "less than 12" 12 or less. Two sources
agree on a measure when some value of one and some value of the other overlap once the upper
end is stretched by `TOLERANCE` ("1,000km" and "1,040km" agree; "12 dead" and "15 dead" do not).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from itertools import combinations

from ..records import Figure, FigureValue
from .documents import Reading

# Sources whose values differ by more than this share (of the smaller) disagree.
TOLERANCE = 0.05
LOWER_BOUNDS = frozenset({"at least", "more than"})
UPPER_BOUNDS = frozenset({"up to", "less than", "nearly"})


def figures(
    readings: Iterable[tuple[int, Reading]],
    doc_name: Callable[[int], str],
    order: Callable[[int], tuple[str, str]],
) -> list[Figure]:
    """The figures of one story: per measure (`what`, `unit`), every source's values, and
    whether the sources agree. `readings` holds (document number, reading) pairs."""
    groups: dict[tuple[str, str], dict[tuple[int, str], Reading]] = {}
    for doc, reading in readings:
        groups.setdefault((reading.what, reading.unit), {})[(doc, reading.id)] = reading
    out = []
    for (what, unit), found in sorted(groups.items()):
        ranked = sorted(found.items(), key=lambda item: (order(item[0][0]), item[1].id))
        by_source: dict[int, list[tuple[float, float]]] = {}
        for (doc, _), reading in ranked:
            by_source.setdefault(doc, []).append(_range(reading))
        values = [
            FigureValue(doc=doc_name(doc), id=r.id, text=r.text, value=_number(r.value),
                        qualifier=r.qualifier)
            for (doc, _), r in ranked
        ]
        out.append(Figure(what=what, unit=unit, agree=_agree(by_source.values()), values=values))
    return out


def _range(reading: Reading) -> tuple[float, float]:
    if reading.qualifier in LOWER_BOUNDS:
        return reading.value, math.inf
    if reading.qualifier in UPPER_BOUNDS:
        return 0.0, reading.value
    return reading.value, reading.value


def _fit(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1]) * (1 + TOLERANCE)


def _agree(sources: Iterable[list[tuple[float, float]]]) -> bool:
    return all(
        any(_fit(a, b) for a in first for b in second)
        for first, second in combinations(list(sources), 2)
    )


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
