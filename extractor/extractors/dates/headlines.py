"""A headline's bare date is the one its article means: "Talks to reopen after dry winter" has
no tense to read the winter by, while the article's "after a dry winter left reservoirs low"
does. A date in a headline, subhead or caption line takes the value of the same words in the
prose after it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from .anchor import Reading


def as_in_article(readings: list[Reading], nonprose: tuple[tuple[int, int], ...]) -> list[Reading]:
    """`readings` (in text order), each relative one in a `nonprose` line given the value of
    the nearest reading after it in prose with the same words."""
    starts = [start for start, _ in nonprose]
    out = list(readings)
    later: dict[str, Reading] = {}  # words -> the nearest prose reading after this point
    for k in range(len(readings) - 1, -1, -1):
        span, timex = readings[k]
        words = span.text.lower()
        i = bisect_right(starts, span.start_char) - 1
        if i < 0 or span.end_char > nonprose[i][1]:
            later[words] = readings[k]
            continue
        match = later.get(words)
        if match is not None and timex.relative and match[1].value and \
                match[1].value != timex.value:
            out[k] = (span, replace(timex, value=match[1].value,
                                    rule=timex.rule + ":as-in-article"))
    return out
