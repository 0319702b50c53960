"""Span matching: strict pairs equal spans, relaxed pairs the largest overlaps one to one."""

from __future__ import annotations

import pytest

from extractor.evaluation.matching import kept, match_relaxed, match_strict, overlap


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [((0, 5), (3, 9), 2), ((0, 5), (5, 9), 0), ((2, 4), (0, 10), 2), ((7, 7), (7, 7), 0)],
)
def test_eval_matching_overlap_counts_shared_characters(a, b, shared) -> None:
    assert overlap(a, b) == shared


def test_eval_matching_strict_pairs_each_gold_with_the_first_unused_equal_prediction() -> None:
    gold = [(0, 5), (10, 15), (10, 15)]
    pred = [(10, 15), (0, 5), (20, 25)]
    # the second gold (10, 15) finds its one equal prediction taken
    assert match_strict(gold, pred) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold", "pred", "pairs"),
    [
        # the larger overlap wins: 7 characters against 3
        ([(0, 10)], [(0, 3), (2, 9)], [(0, 1)]),
        # one prediction, two gold spans: it goes to the one it shares more with (7 > 6)
        ([(0, 10), (5, 15)], [(4, 12)], [(1, 0)]),
        # equal overlaps (2 and 2): the earlier gold span takes it
        ([(0, 4), (6, 10)], [(2, 8)], [(0, 0)]),
        # spans that only touch do not match
        ([(0, 5)], [(5, 9)], []),
        # an empty span matches only an equal one
        ([(5, 5)], [(4, 6), (5, 5)], [(0, 1)]),
        # a long prediction that starts far before the gold span still overlaps it
        ([(90, 95)], [(0, 100), (50, 52)], [(0, 0)]),
        # each side used once: two gold spans inside one prediction, one pair
        ([(0, 3), (4, 8)], [(0, 8)], [(1, 0)]),
    ],
)
def test_eval_matching_relaxed_pairs_largest_overlaps_one_to_one(gold, pred, pairs) -> None:
    assert match_relaxed(gold, pred) == pairs


def test_eval_matching_kept_drops_unscored_and_ignore_only_predictions() -> None:
    scored = [(0, 20), (30, 50)]
    ignore = [(30, 40)]
    gold = [(36, 39)]
    inside, outside, ignored = (5, 8), (22, 26), (31, 34)
    ignored_but_gold, later = (35, 38), (42, 45)
    pred = [inside, outside, ignored, ignored_but_gold, later]
    assert kept(pred, gold, ignore, scored) == [inside, ignored_but_gold, later]
    # without scored spans the whole text is scored
    assert kept(pred, gold, ignore, None) == [inside, outside, ignored_but_gold, later]
