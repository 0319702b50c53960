"""Shared span helpers: the line index answers as a search for line breaks would."""

from __future__ import annotations

import pytest

from extractor.extractors.common import LineIndex

TEXT = "First line\n\nThird line\nlast"


@pytest.mark.parametrize(
    ("offset", "line"),
    [
        (0, (0, 10)),  # "First line"
        (9, (0, 10)),
        (10, (0, 10)),  # the line break belongs to the line it ends
        (11, (11, 11)),  # the blank line
        (12, (12, 22)),  # "Third line"
        (23, (23, 27)),  # "last", no break after it
        (27, (23, 27)),  # the end of the text
    ],
)
def test_common_line_index(offset: int, line: tuple[int, int]) -> None:
    assert LineIndex(TEXT).line(offset) == line


def test_common_line_index_one_line() -> None:
    assert LineIndex("no breaks at all").line(5) == (0, 16)
    assert LineIndex("").line(0) == (0, 0)
