"""`extractor.views.spans`: highlights laid into a tree where facts overlap."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.views import Span, nest


def _tree(node: Span) -> list[Any]:
    return [(c.layer, c.start, c.end, c.part, _tree(c)) for c in node.children]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param(
            [Span(5, 9, "date"), Span(0, 20, "claim")],
            [("claim", 0, 20, False, [("date", 5, 9, False, [])])],
            id="date-inside-claim",
        ),
        pytest.param(
            [Span(0, 6, "speaker"), Span(0, 6, "actor"), Span(0, 30, "claim")],
            [("claim", 0, 30, False, [("actor", 0, 6, False, [("speaker", 0, 6, False, [])])])],
            id="same-span-outer-by-rank",
        ),
        pytest.param(
            [Span(0, 10, "claim"), Span(8, 14, "date")],
            [("claim", 0, 10, False, [("date", 8, 10, True, [])]), ("date", 10, 14, True, [])],
            id="crossing-is-cut",
        ),
        pytest.param(
            [Span(0, 4, "actor"), Span(4, 8, "date"), Span(10, 12, "distance")],
            [("actor", 0, 4, False, []), ("date", 4, 8, False, []),
             ("distance", 10, 12, False, [])],
            id="adjacent",
        ),
    ],
)
def test_spans_nest_lays_spans_into_a_tree(spans: list[Span], expected: list[Any]) -> None:
    assert _tree(nest(spans, 40)) == expected
