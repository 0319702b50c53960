"""Event coreference metrics on a partition small enough to score by hand.

Key: {a, b, c} and {d, e}. Response: {a, b}, {c, d} and {e}.
- MUC recall: key {a,b,c} keeps 3 - 2 of its 2 links, {d,e} 2 - 2 of 1: 1/3. Precision: {a,b}
  keeps 1 of 1, {c,d} 0 of 1, {e} has none: 1/2. F1 0.4.
- B-cubed recall per mention: a 2/3, b 2/3, c 1/3, d 1/2, e 1/2: 8/15. Precision: a 1, b 1,
  c 1/2, d 1/2, e 1: 4/5. F1 0.64.
- CEAF-e: phi4({a,b,c}, {a,b}) = 4/5, phi4({d,e}, {e}) = 2/3, the best alignment: 22/15 in all;
  recall 22/15 / 2 = 11/15, precision 22/15 / 3 = 22/45, F1 484/825.
"""

from __future__ import annotations

import pytest

from extractor.evaluation.coref import (
    b_cubed,
    best_alignment,
    ceaf_e,
    coref_scores,
    coreference,
    muc,
)
from extractor.evaluation.tally import CorefMention

KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
RESPONSE = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}


def test_eval_coref_muc() -> None:
    assert tuple(muc(KEY, RESPONSE)) == pytest.approx((1 / 2, 1 / 3, 0.4))


def test_eval_coref_b_cubed() -> None:
    assert tuple(b_cubed(KEY, RESPONSE)) == pytest.approx((4 / 5, 8 / 15, 0.64))


def test_eval_coref_ceaf_e() -> None:
    assert tuple(ceaf_e(KEY, RESPONSE)) == pytest.approx((22 / 45, 11 / 15, 484 / 825))


def test_eval_coref_conll_is_the_mean_of_the_three_f1() -> None:
    assert coref_scores(KEY, RESPONSE)["conll"] == pytest.approx((0.4 + 0.64 + 484 / 825) / 3)


def test_eval_coref_identical_partitions_score_one() -> None:
    scores = coref_scores(KEY, {m: f"c{k}" for m, k in KEY.items()})
    assert scores["conll"] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("rows", "columns", "best"),
    [
        # greedy would take 0.9 and leave the second row alone; 0.8 + 0.85 is more
        ([{0: 0.9, 1: 0.8}, {0: 0.85}], 2, 1.65),
        # more rows than columns: one row stays unmatched
        ([{0: 0.5}, {0: 0.7}, {0: 0.2}], 1, 0.7),
        ([{}, {1: 0.4}], 3, 0.4),
        ([], 4, 0.0),
    ],
)
def test_eval_coref_best_alignment_is_the_largest_one_to_one_total(rows, columns, best) -> None:
    assert best_alignment(rows, columns) == pytest.approx(best)


def mention(doc: str, start: int, instance: str, cluster: str | None, text: str) -> CorefMention:
    return CorefMention((doc, start, start + 4), instance, cluster, "t1", text)


def test_eval_coref_scores_clusters_beside_the_same_text_baseline() -> None:
    mentions = [
        mention("one", 0, "quake", "S1", "struck"),
        mention("two", 0, "quake", "S1", "hit"),
        mention("two", 9, "rescue", None, "struck"),  # no cluster: a cluster of its own
    ]
    found = coreference(mentions)
    assert found is not None
    assert (found["mentions"], found["instances"]) == (3, 2)
    # the response is the key's partition; the baseline puts the two "struck" together instead
    assert found["coref"]["conll"] == pytest.approx(1.0)
    assert found["coref"]["clusters"] == 2
    assert found["baseline"]["clusters"] == 2
    # baseline MUC: key link quake kept by no baseline cluster, the baseline's link wrong: 0
    assert tuple(found["baseline"]["muc"]) == (0.0, 0.0, 0.0)


def test_eval_coref_none_without_any_cluster() -> None:
    assert coreference([mention("one", 0, "quake", None, "struck")]) is None
