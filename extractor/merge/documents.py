"""One document's records reduced to what cross-document merging needs: a compact summary.

The summary names entities by their key numbers in the `EntityTable`, so that it is small and
stays valid when keys are joined later. Documents are ordered by content (`order`): their
reference date, then a hash of their text (the `document` record's sha256) or of their records,
so the same documents give the same result whatever their input order or `doc` strings.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any, NamedTuple

from .dates import calendar
from .entities import EntityTable
from .reading import DocumentRecords

# Whose count a figure is, when an event gives one ("killed 12"): its unit in the story.
PEOPLE = "people"
# Distances are compared in metres.
METRES = "m"


class Reading(NamedTuple):
    """One measured value a source gives: a distance, or a count of people."""

    what: str
    unit: str
    value: float
    qualifier: str
    text: str
    id: str


class EventSummary(NamedTuple):
    """One event record as merge compares it; entities as key numbers."""

    index: int  # its place among the document's events
    id: str
    lemma: str
    category: str
    agents: tuple[int, ...]
    patients: tuple[int, ...]
    places: tuple[int, ...]
    date: str | None  # a calendar value, or None
    soft: bool  # the date is only the document's publication day
    negative: bool
    readings: tuple[Reading, ...]


class DocSummary(NamedTuple):
    """One document as merge compares it. Tuples all through: a summary is spooled (pickled)
    and read back once per document."""

    number: int  # in input order
    doc: str
    order: tuple[str, str]  # (reference date or "", content hash): the content order
    reference_date: str | None
    entities: Counter[int]  # key number -> mentions
    events: list[EventSummary]


def summarize(
    records: DocumentRecords, number: int, table: EntityTable
) -> tuple[DocSummary, dict[str, int]]:
    """The summary of one document, counting its actors and places into `table`; also the key
    number of each actor and place id (for `--with-records`)."""
    documents = records.of("document")
    reference = documents[-1]["reference_date"] if documents else None
    order = (reference or "", _content_hash(records))
    summary = DocSummary(number, records.doc, order, reference, Counter(), [])
    keys: dict[str, int] = {}
    for kind in ("actor", "place"):
        for record in records.of(kind):
            key = keys[record["id"]] = table.add(record, number, summary.order[1])
            summary.entities[key] += len(record["mentions"]) or 1
    dates = {r["id"]: r for r in records.of("date")}
    readings = _distance_readings(records.of("distance"))
    for index, record in enumerate(records.of("event")):
        summary.events.append(_event(record, index, keys, dates, readings))
    return summary, keys


def _event(
    record: dict[str, Any],
    index: int,
    keys: dict[str, int],
    dates: dict[str, dict[str, Any]],
    readings: dict[str, Reading],
) -> EventSummary:
    def entities(name: str) -> tuple[int, ...]:
        return tuple(sorted({keys[i] for i in record[name] if i in keys}))

    value = calendar(record["date"])
    if value is None:  # the event's own date may be a duration; its date records may say more
        value = next((calendar(dates[i]["value"]) for i in record.get("date_ids", ())
                      if i in dates and calendar(dates[i]["value"])), None)
    found = [readings[i] for i in record["distance_ids"] if i in readings]
    found.extend(_figure_readings(record))
    return EventSummary(
        index=index,
        id=record["id"],
        lemma=record["lemma"].casefold(),
        category=record["category"],
        agents=entities("agent_ids"),
        patients=entities("patient_ids"),
        places=entities("place_ids"),
        date=value,
        soft=record["date_basis"] == "reference",
        negative=record["polarity"] == "negative",
        readings=tuple(found),
    )


def _distance_readings(distances: list[dict[str, Any]]) -> dict[str, Reading]:
    """Each distance id -> its reading in metres; a restatement ("1,100km (680 miles)") reads
    as the distance it restates."""
    by_start = {d["start"]: d for d in distances if d["same_as"] is None}
    out = {}
    for distance in distances:
        original = by_start.get(distance["same_as"], distance)
        if original["meters"] is None:
            continue
        out[distance["id"]] = Reading(
            "distance", METRES, float(original["meters"]), original["qualifier"],
            original["text"], original["id"],
        )
    return out


def _figure_readings(record: dict[str, Any]) -> list[Reading]:
    out = []
    for figure in record.get("figures") or ():
        if not isinstance(figure, dict) or not isinstance(figure.get("value"), (int, float)):
            continue
        out.append(Reading(
            str(figure.get("what")), PEOPLE, float(figure["value"]),
            str(figure.get("qualifier") or "exact"), str(figure.get("text") or ""), record["id"],
        ))
    return out


def _content_hash(records: DocumentRecords) -> str:
    """The document's sha256 where its `document` record gives it, else a hash of its records'
    kinds, offsets and texts: content only, never `doc`."""
    for record in records.of("document"):
        if record.get("sha256"):
            return str(record["sha256"])
    digest = hashlib.blake2b(digest_size=16)
    for line in records.lines:
        data = line.data
        digest.update(f"{data['kind']}\x1f{data['start']}\x1f{data['text']}\x1e".encode())
    return digest.hexdigest()
