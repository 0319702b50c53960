"""Table tests of the small parts every figure is built from: P/R/F1 from counts, accuracies,
gold units in metres, and how one predicted date fares against one gold date.

Each row's figures are worked out by hand from its counts or its words.
"""

from __future__ import annotations

import pytest

from extractor.evaluation.gold import GoldDocument
from extractor.evaluation.metrics import gold_meters, meters_agree, score_document
from extractor.evaluation.tally import Accuracy, Scores, Tally, prf
from extractor.evaluation.units import meters_per


@pytest.mark.parametrize(
    ("adds", "expected"),
    [
        # 3 of 4 predictions right, 3 of 6 gold found: P .75, R .5, F1 2*.375/1.25 = .6
        ([(3, 4, 6)], (0.75, 0.5, 0.6)),
        # micro-averaged: (1 of 1, 1 of 3) + (1 of 3, 1 of 1) = 2 of 4 and 2 of 4
        ([(1, 1, 3), (1, 3, 1)], (0.5, 0.5, 0.5)),
        # nothing predicted: P 0 (not a division by zero), R 0, F1 0
        ([(0, 0, 5)], (0.0, 0.0, 0.0)),
        # no gold at all and predictions: all wrong
        ([(0, 2, 0)], (0.0, 0.0, 0.0)),
        # right counted apart on each side: 30 of 40 predictions right, 45 of 60 gold found
        ([(30, 40, 60, 45)], (0.75, 0.75, 0.75)),
        # all right
        ([(2, 2, 2), (5, 5, 5)], (1.0, 1.0, 1.0)),
    ],
)
def test_eval_tally_precision_recall_f1_from_counts(adds, expected) -> None:
    tally = Tally()
    for counts in adds:
        tally.add(*counts)
    assert tuple(round(x, 6) for x in tally.scores()) == expected


@pytest.mark.parametrize(
    ("precision", "recall", "f1"),
    [(1.0, 0.5, 2 / 3), (0.9, 0.1, 0.18), (0.0, 0.0, 0.0), (0.0, 1.0, 0.0)],
)
def test_eval_tally_f1_is_the_harmonic_mean(precision, recall, f1) -> None:
    assert prf(precision, recall).f1 == pytest.approx(f1)


@pytest.mark.parametrize(
    ("answers", "value"),
    [([True, False, True, True], 0.75), ([], 0.0), ([False], 0.0), ([1, 0], 0.5)],
)
def test_eval_tally_accuracy_of_matched_items(answers, value) -> None:
    accuracy = Accuracy()
    for answer in answers:
        accuracy.add(answer)
    assert (accuracy.value, accuracy.asked) == (value, len(answers))


@pytest.mark.parametrize(
    ("unit", "meters"),
    [
        ("m", 1.0),
        ("km", 1000.0),
        ("cm", 0.01),
        ("mm", 0.001),
        ("µm", 1e-6),
        ("nm", 1e-9),  # a nanometre: the nautical mile is written nmi
        ("Å", 1e-10),
        ("mi", 1609.344),  # the international mile, exactly
        ("nmi", 1852.0),
        ("ft", 0.3048),
        ("yd", 0.9144),
        ("in", 0.0254),
        ("miles", 1609.344),
        ("kilometres", 1000.0),
        (" KM ", 1000.0),
        ("kg", None),
        ("hours", None),
        ("", None),
        (12, None),
        (None, None),
    ],
)
def test_eval_units_meters_in_one_unit(unit, meters) -> None:
    assert meters_per(unit) == (pytest.approx(meters) if meters is not None else None)


@pytest.mark.parametrize(
    ("item", "predicted", "right"),
    [
        ({"meters": 1000}, 1009.9, True),  # 0.99% over
        ({"meters": 1000}, 990.0, True),  # exactly 1% under
        ({"meters": 1000}, 1011, False),  # 1.1% over
        ({"meters": 1000}, None, False),  # a record without metres
        ({"values": [15, 35], "unit": "km"}, 35_000, True),  # either end of a range
        ({"values": [15, 35], "unit": "km"}, 25_000, False),  # the middle of it is no value given
        ({"values": [3], "unit": "mi"}, 4828, True),  # 3 mi is 4828.032 m
    ],
)
def test_eval_distance_metres_within_one_percent(item, predicted, right) -> None:
    assert meters_agree(predicted, gold_meters(item)) is right


TALKS = "Talks resumed on Monday, March 3, 2025, in Geneva."
GOLD_DATE = "Monday, March 3, 2025"


def at(words: str) -> tuple[int, int]:
    start = TALKS.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("words", "type_", "value", "strict", "relaxed", "value_right"),
    [
        (GOLD_DATE, "date", "2025-03-03", 1, 1, 1),
        ("March 3, 2025", "date", "2025-03-03", 0, 1, 1),  # inside the gold span
        ("on Monday, March 3", "date", "2025-03-03", 0, 1, 1),  # overlapping its start
        (GOLD_DATE, "date", "2025-03-04", 1, 1, 0),  # the right words, the wrong day
        (GOLD_DATE, "DATE", "2025-03-03", 1, 1, 1),  # a type in capitals is the same type
        ("Geneva", "date", "2025-03-03", 0, 0, 0),  # the right value on the wrong words
    ],
)
def test_eval_one_date_against_one_gold_date(
    words, type_, value, strict, relaxed, value_right
) -> None:
    start, end = at(GOLD_DATE)
    gold = GoldDocument(
        id="d", text=TALKS, reference_date=None,
        items=({"kind": "date", "start": start, "end": end, "type": "date",
                "value": "2025-03-03"},),
    )
    p_start, p_end = at(words)
    record = {"doc": "d", "kind": "date", "start": p_start, "end": p_end, "text": words,
              "type": type_, "value": value}
    scores = Scores(kinds=("date",))
    score_document(gold, [record], scores)
    # one prediction, one gold date: P = R = F1 = 1 when it counts, else 0
    assert [scores.tally("date", m).scores().f1 for m in ("strict", "relaxed", "value")] == [
        strict, relaxed, value_right
    ]
    assert scores.accuracy("date", "type_acc").asked == relaxed
