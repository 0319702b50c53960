"""The metrics of each kind, counted one document at a time into `Scores`.

    date      strict and relaxed span P/R/F1; type and value accuracy on relaxed matches; value
              F1 (TempEval-3): a relaxed match whose value is equal, over all predictions / gold
    actor     every mention of actor and place records (a place is a location) against gold
              mentions: strict and relaxed span, typed strict (person, organization, location),
              and strict per type; gold `misc` mentions are ignore regions
    place     mentions of place records and of country or location actors: strict and relaxed span
    distance  strict and relaxed span; relaxed+meters: a relaxed match within 1% of the gold metres
    claim     content spans: exact, overlap, and characters shared; speaker and quote-type
              accuracy on overlap matches
    event     trigger spans: strict and relaxed; polarity accuracy; the relaxed matches are kept
              for cross-document coreference
Predictions of actor, place and event outside the gold's `scored` spans, or touching only an
ignore region of their kind, count neither way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..data import table
from .matching import Span, kept, match_relaxed, match_strict, overlap
from .tally import CorefMention, Scores
from .units import meters_per

if TYPE_CHECKING:
    from .gold import GoldDocument

Record = dict[str, Any]

# A distance is right when its metres are within this share of the gold's.
METERS_TOLERANCE = 0.01
# The actor types scored one by one (the CoNLL-style classes); `misc` is an ignore region.
ACTOR_CLASSES = ("person", "organization", "location")
MISC = "misc"
# Actor types that name a place: their mentions are place predictions too.
PLACE_ACTOR_TYPES = ("country", "location")


@dataclass(frozen=True, slots=True)
class DocumentView:
    """One gold document with its predictions, both split by kind."""

    doc: GoldDocument
    gold: dict[str, list[Record]]
    pred: dict[str, list[Record]]
    ignore: dict[str, list[Span]]


def score_document(doc: GoldDocument, records: Iterable[Record], scores: Scores) -> None:
    """Count one document's predictions against its gold, for every kind of the run."""
    gold: dict[str, list[Record]] = defaultdict(list)
    pred: dict[str, list[Record]] = defaultdict(list)
    ignore: dict[str, list[Span]] = defaultdict(list)
    for item in doc.items:
        gold[item["kind"]].append(item)
    for record in records:
        pred[record.get("kind")].append(record)
    for kind, start, end in doc.ignore:
        ignore[kind].append((start, end))
    view = DocumentView(doc, gold, pred, ignore)
    for kind in scores.kinds:
        SCORERS[kind](view, scores)
    scores.documents += 1


def score_dates(view: DocumentView, scores: Scores) -> None:
    gold = [(g["start"], g["end"], g) for g in view.gold["date"]]
    pred = [(r["start"], r["end"], r) for r in view.pred["date"]]
    _, relaxed = _span_tallies(scores, "date", gold, pred)
    types, values = scores.accuracy("date", "type_acc"), scores.accuracy("date", "value_acc")
    right = 0
    for gi, pi in relaxed:
        g, p = gold[gi][2], pred[pi][2]
        types.add((p.get("type") or "").lower() == g["type"])
        same = (p.get("value") or "") == (g["value"] or "")
        values.add(same)
        right += same
    scores.tally("date", "value").add(right, len(pred), len(gold))


def score_actors(view: DocumentView, scores: Scores) -> None:
    classes = table("evaluation/actor_types.json")
    named = [(g["start"], g["end"], classes.get(g["type"], g["type"])) for g in view.gold["actor"]]
    gold = [g for g in named if g[2] != MISC]
    ignore = [g for g in named if g[2] == MISC] + view.ignore["actor"]
    pred = [
        (start, end, _actor_class(r, classes))
        for r in view.pred["actor"] + view.pred["place"]
        for start, end in mention_spans(r)
    ]
    pred = kept(pred, gold, ignore, view.doc.scored)
    pairs, _ = _span_tallies(scores, "actor", gold, pred)
    typed = sum(1 for gi, pi in pairs if gold[gi][2] == pred[pi][2])
    scores.tally("actor", "typed_strict").add(typed, len(pred), len(gold))
    for name in ACTOR_CLASSES:
        gold_of = [g for g in gold if g[2] == name]
        pred_of = [p for p in pred if p[2] == name]
        right = len(match_strict(gold_of, pred_of))
        scores.tally("actor", f"strict_{name}").add(right, len(pred_of), len(gold_of))


def _actor_class(record: Record, classes: dict[str, str]) -> str | None:
    """A predicted mention's class; a place record's mentions are locations."""
    if record["kind"] == "place":
        return "location"
    return classes.get(record.get("type"), record.get("type"))


def score_places(view: DocumentView, scores: Scores) -> None:
    gold = [(g["start"], g["end"]) for g in view.gold["place"]]
    places = view.pred["place"] + [
        r for r in view.pred["actor"] if r.get("type") in PLACE_ACTOR_TYPES
    ]
    pred = [span for r in places for span in mention_spans(r)]
    _span_tallies(scores, "place", gold, kept(pred, gold, view.ignore["place"], view.doc.scored))


def score_distances(view: DocumentView, scores: Scores) -> None:
    gold = [(g["start"], g["end"], g) for g in view.gold["distance"]]
    pred = [(r["start"], r["end"], r) for r in view.pred["distance"]]
    _, relaxed = _span_tallies(scores, "distance", gold, pred)
    within = scores.accuracy("distance", "meters_1pct")
    right = 0
    for gi, pi in relaxed:
        ok = meters_agree(pred[pi][2].get("meters"), gold_meters(gold[gi][2]))
        within.add(ok)
        right += ok
    scores.tally("distance", "relaxed+meters").add(right, len(pred), len(gold))


def gold_meters(item: Record) -> list[float]:
    """The gold metres; a range or list ("15-35 km") has several, and any of them is right."""
    if item.get("meters") is not None:
        return [item["meters"]]
    size = meters_per(item.get("unit"))
    return [value * size for value in item.get("values") or []] if size else []


def meters_agree(predicted: Any, gold: list[float]) -> bool:
    if not isinstance(predicted, int | float) or isinstance(predicted, bool):
        return False
    return any(abs(predicted - g) <= METERS_TOLERANCE * abs(g) for g in gold)


def score_claims(view: DocumentView, scores: Scores) -> None:
    gold = [(g["content_start"], g["content_end"], g) for g in view.gold["claim"]]
    pred = [(*content_span(r), r) for r in view.pred["claim"]]
    exact = len(match_strict(gold, pred))
    scores.tally("claim", "content_exact").add(exact, len(pred), len(gold))
    pairs = match_relaxed(gold, pred)
    scores.tally("claim", "content_overlap").add(len(pairs), len(pred), len(gold))
    shared = sum(overlap(gold[gi], pred[pi]) for gi, pi in pairs)
    lengths = (sum(p[1] - p[0] for p in pred), sum(g[1] - g[0] for g in gold))
    scores.tally("claim", "content_chars").add(shared, *lengths)
    speakers = scores.accuracy("claim", "speaker_match")
    quotes = scores.accuracy("claim", "quote_acc")
    for gi, pi in pairs:
        g, p = gold[gi][2], pred[pi][2]
        if g["speaker"]:
            speakers.add(same_speaker(p.get("speaker"), g["speaker"]))
        quotes.add(p.get("quote") == g.get("quote"))


def content_span(record: Record) -> tuple[int, int]:
    """A claim's content span; the whole claim's when it gives none."""
    start, end = record.get("content_start"), record.get("content_end")
    return (record["start"], record["end"]) if start is None or end is None else (start, end)


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Speakers agree when one's letters and digits (lower case) hold the other's."""
    p, g = _letters(predicted), _letters(gold)
    return bool(p and g) and (p in g or g in p)


def _letters(text: str | None) -> str:
    return re.sub(r"[^a-z0-9 ]", "", (text or "").lower()).strip()


def score_events(view: DocumentView, scores: Scores) -> None:
    gold = [(g["start"], g["end"], g) for g in view.gold["event"]]
    pred = [(*trigger_span(r), r) for r in view.pred["event"]]
    pred = kept(pred, gold, view.ignore["event"], view.doc.scored)
    scores.tally("event", "strict").add(len(match_strict(gold, pred)), len(pred), len(gold))
    pairs = match_relaxed(gold, pred)
    scores.tally("event", "relaxed").add(len(pairs), len(pred), len(gold))
    polarity = scores.accuracy("event", "polarity_acc")
    for gi, pi in pairs:
        g, p = gold[gi][2], pred[pi][2]
        polarity.add(p.get("polarity") == (g.get("polarity") or "positive"))
        cluster = p.get("cluster")
        scores.coref.append(
            CorefMention(
                key=(view.doc.id, g["start"], g["end"]),
                instance=g.get("instance"),
                cluster=cluster if isinstance(cluster, str) else None,
                topic=view.doc.topic,
                text=g["text"].lower(),
            )
        )


def trigger_span(record: Record) -> tuple[int, int]:
    """An event's trigger span; the whole event's when it gives none."""
    start, end = record.get("trigger_start"), record.get("trigger_end")
    return (record["start"], record["end"]) if start is None or end is None else (start, end)


def mention_spans(record: Record) -> list[tuple[int, int]]:
    """Every mention of an actor or place record; the record's own span when it lists none."""
    mentions = record.get("mentions") or [record]
    return [(m["start"], m["end"]) for m in mentions]


def _span_tallies(
    scores: Scores, kind: str, gold: list[Span], pred: list[Span]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The strict and relaxed span tallies of a kind; returns both matchings."""
    strict, relaxed = match_strict(gold, pred), match_relaxed(gold, pred)
    scores.tally(kind, "strict").add(len(strict), len(pred), len(gold))
    scores.tally(kind, "relaxed").add(len(relaxed), len(pred), len(gold))
    return strict, relaxed


SCORERS: dict[str, Callable[[DocumentView, Scores], None]] = {
    "date": score_dates,
    "actor": score_actors,
    "place": score_places,
    "distance": score_distances,
    "claim": score_claims,
    "event": score_events,
}
"""Kind -> the function that counts it, in the order a report lists them."""
SCORED_KINDS = tuple(SCORERS)
