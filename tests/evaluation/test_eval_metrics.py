"""The metrics of each kind on tiny gold documents and predictions; every figure worked out by hand.

Spans are found in the sample text by the words they hold (`at(text, words)`), so each case reads
as the words a person annotated and the words a prediction claimed.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.evaluation.gold import GoldDocument
from extractor.evaluation.metrics import score_document
from extractor.evaluation.report import make_report
from extractor.evaluation.tally import Scores


def at(text: str, words: str, nth: int = 1) -> tuple[int, int]:
    """The span of the `nth` occurrence of `words` in `text`."""
    start = -1
    for _ in range(nth):
        start = text.index(words, start + 1)
    return start, start + len(words)


def gold_item(text: str, kind: str, words: str, nth: int = 1, **fields: Any) -> dict[str, Any]:
    start, end = at(text, words, nth)
    return {"kind": kind, "start": start, "end": end, "text": words, **fields}


def record(text: str, kind: str, words: str, nth: int = 1, **fields: Any) -> dict[str, Any]:
    start, end = at(text, words, nth)
    return {"doc": "d", "kind": kind, "start": start, "end": end, "text": words, **fields}


def mentions(text: str, *words: str | tuple[str, int]) -> list[dict[str, Any]]:
    spans = [at(text, *w) if isinstance(w, tuple) else at(text, w) for w in words]
    return [{"start": s, "end": e, "text": text[s:e]} for s, e in spans]


def score(kinds: tuple[str, ...], *documents: tuple[GoldDocument, list[dict[str, Any]]]):
    scores = Scores(kinds=kinds)
    for doc, records in documents:
        score_document(doc, records, scores)
    return scores


def figures(scores: Scores, kind: str, metric: str) -> tuple[float, float, float]:
    return tuple(round(x, 4) for x in scores.tally(kind, metric).scores())  # type: ignore[return-value]


DATES = "On Monday the talks broke off; two weeks later they resumed, as in 2019. March 5 next."


def test_eval_metrics_dates_strict_relaxed_and_value() -> None:
    gold = GoldDocument(
        id="d",
        text=DATES,
        reference_date=None,
        items=(
            gold_item(DATES, "date", "Monday", type="date", value="2024-05-06"),
            gold_item(DATES, "date", "two weeks", type="duration", value="P2W"),
            gold_item(DATES, "date", "2019", type="date", value="2019"),
        ),
    )
    pred = [
        # overlaps "Monday" (relaxed, not strict); value right; type compared in lower case
        record(DATES, "date", "On Monday", type="DATE", value="2024-05-06"),
        # the same span, a wrong value
        record(DATES, "date", "two weeks", type="duration", value="P14D"),
        # no gold date here
        record(DATES, "date", "March 5", type="date", value="2024-03-05"),
    ]
    scores = score(("date",), (gold, pred))
    third = round(1 / 3, 4)
    assert figures(scores, "date", "strict") == (third, third, third)
    assert figures(scores, "date", "relaxed") == (round(2 / 3, 4),) * 3
    assert figures(scores, "date", "value") == (third, third, third)
    assert scores.accuracy("date", "type_acc").value == 1.0
    assert scores.accuracy("date", "value_acc").value == 0.5


def test_eval_metrics_are_micro_averaged_over_documents() -> None:
    first = GoldDocument(
        id="a", text=DATES, reference_date=None,
        items=(gold_item(DATES, "date", "2019", type="date", value="2019"),),
    )
    second = GoldDocument(
        id="b", text=DATES, reference_date=None,
        items=(gold_item(DATES, "date", "March 5", type="date", value="2024-03-05"),),
    )
    right = record(DATES, "date", "2019", type="date", value="2019")
    wrong = record(DATES, "date", "Monday", type="date", value="2024-05-06")
    scores = score(("date",), (first, [right, wrong]), (second, []))
    # 1 right of 2 predictions and of 2 gold dates, summed before dividing
    assert figures(scores, "date", "value") == (0.5, 0.5, 0.5)
    assert make_report(scores).summary == {"date_value_f1": 0.5}


ACTORS = "Ana Duarte met the ministry in Lisbon. Duarte, a Portuguese diplomat, left for Porto."


def test_eval_metrics_actors_typed_mentions_with_misc_and_ignore_regions() -> None:
    start, end = at(ACTORS, "the ministry")
    gold = GoldDocument(
        id="d",
        text=ACTORS,
        reference_date=None,
        items=(
            gold_item(ACTORS, "actor", "Ana Duarte", type="person"),
            gold_item(ACTORS, "actor", "Lisbon", type="location"),
            gold_item(ACTORS, "actor", "Duarte", 2, type="person"),
            gold_item(ACTORS, "actor", "Portuguese", type="misc"),
            gold_item(ACTORS, "actor", "Porto", type="location"),
        ),
        ignore=(("actor", start, end),),
    )
    pred = [
        # one record, two mentions: each mention is a prediction
        {**record(ACTORS, "actor", "Ana Duarte", type="person"),
         "mentions": mentions(ACTORS, "Ana Duarte", ("Duarte", 2))},
        record(ACTORS, "actor", "the ministry", type="organization"),  # ignore region: no count
        record(ACTORS, "actor", "Portuguese", type="country"),  # on a misc mention: no count
        record(ACTORS, "place", "Lisbon", type="city"),  # a place is a location
        record(ACTORS, "actor", "Porto", type="organization"),  # right span, wrong type
        record(ACTORS, "actor", "diplomat", type="group"),  # no gold here: a wrong prediction
    ]
    scores = score(("actor",), (gold, pred))
    # 5 predictions count (Ana Duarte, Duarte, Lisbon, Porto, diplomat), 4 gold mentions
    assert figures(scores, "actor", "strict") == (0.8, 1.0, round(8 / 9, 4))
    # typed: Ana Duarte, Duarte, Lisbon right; P 3/5, R 3/4, F1 2/3
    assert figures(scores, "actor", "typed_strict") == (0.6, 0.75, round(2 / 3, 4))
    assert figures(scores, "actor", "strict_person") == (1.0, 1.0, 1.0)
    assert figures(scores, "actor", "strict_organization") == (0.0, 0.0, 0.0)
    assert figures(scores, "actor", "strict_location") == (1.0, 0.5, round(2 / 3, 4))


PLACES = "Troops left Lisbon for the Douro valley in northern Portugal."


def test_eval_metrics_places_count_place_records_and_country_actors() -> None:
    gold = GoldDocument(
        id="d",
        text=PLACES,
        reference_date=None,
        items=(
            gold_item(PLACES, "place", "Lisbon"),
            gold_item(PLACES, "place", "Douro valley"),
            gold_item(PLACES, "place", "northern Portugal"),
        ),
    )
    pred = [
        {**record(PLACES, "place", "Lisbon", type="city"), "mentions": mentions(PLACES, "Lisbon")},
        record(PLACES, "place", "Douro", type="water"),
        record(PLACES, "actor", "Portugal", type="country"),
        record(PLACES, "actor", "Troops", type="group"),  # not a place prediction
    ]
    scores = score(("place",), (gold, pred))
    third = round(1 / 3, 4)
    assert figures(scores, "place", "strict") == (third, third, third)
    assert figures(scores, "place", "relaxed") == (1.0, 1.0, 1.0)
    assert make_report(scores).summary == {"place_f1": pytest.approx(1 / 3),
                                           "place_f1_relaxed": 1.0}


DISTANCES = "The convoy drove about 1,100km (680 miles), then 15-35 km more, past a 3 m wall."


def test_eval_metrics_distances_metres_within_one_percent() -> None:
    gold = GoldDocument(
        id="d",
        text=DISTANCES,
        reference_date=None,
        items=(
            gold_item(DISTANCES, "distance", "about 1,100km", meters=1_100_000),
            gold_item(DISTANCES, "distance", "680 miles", meters=1_094_353.92),
            # a range: either end is right
            gold_item(DISTANCES, "distance", "15-35 km", values=[15, 35], unit="km"),
            gold_item(DISTANCES, "distance", "3 m", meters=3),
        ),
    )
    pred = [
        record(DISTANCES, "distance", "1,100km", meters=1_100_000),  # relaxed match, right
        record(DISTANCES, "distance", "680 miles", meters=1_094_000),  # 0.03% off: right
        record(DISTANCES, "distance", "15-35 km", meters=35_000),
        record(DISTANCES, "distance", "3 m", meters=3.05),  # 1.7% off: wrong
    ]
    scores = score(("distance",), (gold, pred))
    assert figures(scores, "distance", "strict") == (0.75, 0.75, 0.75)
    assert figures(scores, "distance", "relaxed") == (1.0, 1.0, 1.0)
    assert figures(scores, "distance", "relaxed+meters") == (0.75, 0.75, 0.75)
    assert scores.accuracy("distance", "meters_1pct").value == 0.75


CLAIMS = (
    'The mayor said the bridge would reopen in May. "We are ready," she added. '
    "Officials denied any delay, according to a statement."
)


def claim(words: str, speaker: str | None, quote: str) -> dict[str, Any]:
    start, end = at(CLAIMS, words)
    return {"kind": "claim", "start": start, "end": end, "text": words, "content_start": start,
            "content_end": end, "speaker": speaker, "quote": quote}


def test_eval_metrics_claims_content_overlap_speaker_and_quote() -> None:
    gold = GoldDocument(
        id="d",
        text=CLAIMS,
        reference_date=None,
        items=(
            claim("the bridge would reopen in May", "The mayor", "indirect"),
            claim("We are ready,", "she", "direct"),
            claim("any delay", "Officials", "indirect"),
        ),
    )
    pred = [
        {**claim("the bridge would reopen in May", "the mayor", "indirect"), "doc": "d"},
        {**claim("We are ready", "The mayor", "direct"), "doc": "d"},
        {**claim("Officials denied any delay", "a statement", "indirect"), "doc": "d"},
        # overlaps the first gold claim, which the exact prediction already took
        {**claim("reopen in May", "The mayor", "indirect"), "doc": "d"},
    ]
    scores = score(("claim",), (gold, pred))
    assert figures(scores, "claim", "content_exact") == (0.25, round(1 / 3, 4), round(2 / 7, 4))
    assert figures(scores, "claim", "content_overlap") == (0.75, 1.0, round(6 / 7, 4))
    # characters: 30 + 12 + 9 shared, of 30 + 12 + 26 + 13 predicted and 30 + 13 + 9 gold
    chars = scores.tally("claim", "content_chars")
    assert (chars.right_pred, chars.predicted, chars.gold) == (51, 81, 52)
    assert scores.accuracy("claim", "speaker_match").value == pytest.approx(1 / 3)
    assert scores.accuracy("claim", "quote_acc").value == 1.0


EVENTS = (
    "Rebels attacked the town on Friday. Police said nobody was hurt. "
    "The army did not return fire.\nA concert was held."
)


def test_eval_metrics_events_scored_sentences_ignore_regions_and_polarity() -> None:
    said = at(EVENTS, "said")
    gold = GoldDocument(
        id="d",
        text=EVENTS,
        reference_date=None,
        items=(
            gold_item(EVENTS, "event", "attacked", instance="I1"),
            gold_item(EVENTS, "event", "hurt", instance="I2"),
            gold_item(EVENTS, "event", "return", instance="I3", polarity="negative"),
        ),
        scored=((0, EVENTS.index("\n")),),
        ignore=(("event", *said),),
    )

    def event(words: str, polarity: str = "positive") -> dict[str, Any]:
        start, end = at(EVENTS, words)
        return {**record(EVENTS, "event", words), "trigger_start": start, "trigger_end": end,
                "polarity": polarity}

    pred = [
        event("attacked"),
        event("said"),  # an ignore region: no count
        event("hurt"),
        event("return fire", "negative"),  # overlaps "return": relaxed only
        event("town"),  # no gold event: wrong
        event("held"),  # outside the scored sentences: no count
    ]
    scores = score(("event",), (gold, pred))
    assert figures(scores, "event", "strict") == (0.5, round(2 / 3, 4), round(4 / 7, 4))
    assert figures(scores, "event", "relaxed") == (0.75, 1.0, round(6 / 7, 4))
    assert scores.accuracy("event", "polarity_acc").value == 1.0
    # no prediction carries a cluster: no coreference figures
    assert make_report(scores).coref is None
