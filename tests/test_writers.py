"""Writers stream whole documents and keep their format valid however a run ends."""

from __future__ import annotations

import csv
import io
import json

import pytest

from extractor import writers
from extractor.records import DateFact, Document, Event, EventFigure, Mention, Place
from extractor.writers import JsonRecord, make_writer, summary, write_whole

DATE = DateFact(
    doc="a.txt",
    text="last month",
    start=4,
    end=14,
    rule="relative:last",
    sentence=0,
    id="T1",
    type="date",
    value="2024-12",
    granularity="month",
    relative=True,
    approximate=False,
    mod=None,
    freq=None,
)
DOCUMENT = Document(
    doc="a.txt",
    text="",
    start=0,
    end=0,
    rule=None,
    sentence=None,
    status="ok",
    error=None,
    sha256="0" * 64,
    chars=20,
    body_start=0,
    body_end=20,
    reference_date="2025-01-06",
    reference_date_source="option",
    counts={"date": 1},
    version="0.1.0",
    model="m 1",
)


def _written(fmt: str, batches: list[list]) -> str:
    stream = io.StringIO()
    writer = make_writer(fmt, stream)
    for batch in batches:
        writer.write(batch)
    writer.close()
    return stream.getvalue()


def test_writers_jsonl_one_object_per_line() -> None:
    out = _written("jsonl", [[DATE, DOCUMENT]])
    assert [json.loads(line) for line in out.splitlines()] == [DATE.to_dict(), DOCUMENT.to_dict()]


def test_writers_json_is_a_valid_array_also_when_empty() -> None:
    assert json.loads(_written("json", [])) == []
    assert json.loads(_written("json", [[DATE], [], [DOCUMENT]])) == [
        DATE.to_dict(),
        DOCUMENT.to_dict(),
    ]


def test_writers_csv_puts_kind_fields_in_details() -> None:
    rows = list(csv.reader(io.StringIO(_written("csv", [[DATE]]))))
    assert rows == [
        ["schema", "doc", "kind", "text", "start", "end", "rule", "sentence", "details"],
        [
            "newsfacts/1",
            "a.txt",
            "date",
            "last month",
            "4",
            "14",
            "relative:last",
            "0",
            '{"id": "T1", "type": "date", "value": "2024-12", "granularity": "month", '
            '"relative": true, "approximate": false, "mod": null, "freq": null}',
        ],
    ]


EVENT = Event(
    doc="a.txt",
    text="Nine miners were not rescued on Monday",
    start=0,
    end=38,
    rule="verb+lexicon",
    sentence=0,
    id="E2",
    trigger="rescued",
    trigger_start=21,
    trigger_end=28,
    lemma="rescue",
    category="aid",
    agent_ids=[],
    patient_ids=["A1"],
    object=None,
    object_start=None,
    object_end=None,
    place_ids=["P1"],
    date_ids=["T1"],
    date="2025-03-10",
    date_basis="clause",
    distance_ids=[],
    polarity="negative",
    modality="actual",
    claim_id=None,
    figures=[EventFigure(what="rescued", value=9, qualifier="exact", text="Nine", start=0, end=4)],
)


def test_writers_table_summarises_an_event_by_ids() -> None:
    assert summary(EVENT) == (
        "E2 rescue (aid) whom=A1 where=P1 when=2025-03-10 (clause) [did not happen] [rescued: Nine]"
    )


def test_writers_table_shows_each_record() -> None:
    out = _written("table", [[DATE, DOCUMENT]])
    assert "last month" in out and "date 2024-12" in out and "4-14" in out
    assert summary(DATE) == "date 2024-12"


PLACE = Place(
    doc="a.txt",
    text="Lyon",
    start=13,
    end=17,
    rule="ner+geonames",
    sentence=0,
    id="P1",
    name="Lyon",
    type="city",
    mentions=[Mention(start=13, end=17, text="Lyon")],
    aliases=[],
    country_code="FRA",
    geonames_id=2996944,
    lat=45.74906,
    lon=4.84789,
)


def test_writers_place_summary_and_csv_details() -> None:
    assert summary(PLACE) == "P1 Lyon [city] [FRA] [geonames 2996944] [45.74906, 4.84789]"
    rows = list(csv.reader(io.StringIO(_written("csv", [[PLACE]]))))
    assert rows[1][:8] == ["newsfacts/1", "a.txt", "place", "Lyon", "13", "17", "ner+geonames", "0"]
    assert json.loads(rows[1][8]) == {
        "id": "P1",
        "name": "Lyon",
        "type": "city",
        "mentions": [{"start": 13, "end": 17, "text": "Lyon"}],
        "aliases": [],
        "country_code": "FRA",
        "geonames_id": 2996944,
        "lat": 45.74906,
        "lon": 4.84789,
    }


class _Recording(io.StringIO):
    """A text stream that keeps each `write` apart and encodes as UTF-8 output does."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        text.encode(self.encoding)
        self.writes.append(text)
        return super().write(text)


def test_writers_write_whole_writes_a_long_document_in_pieces(monkeypatch) -> None:
    monkeypatch.setattr(writers, "WRITE_CHARS", 10)
    stream = _Recording()
    lines = ["aaaa\n", "bbbb\n", "cccc\n", "dd\n"]
    assert write_whole(stream, iter(lines)) == 4
    # a piece closes once it holds 10 characters or more: two lines, two lines
    assert stream.writes == ["aaaa\nbbbb\n", "cccc\ndd\n"]
    assert write_whole(stream, iter([])) == 0
    assert len(stream.writes) == 2


def test_writers_write_whole_writes_nothing_when_a_later_piece_cannot_be_encoded(
    monkeypatch,
) -> None:
    monkeypatch.setattr(writers, "WRITE_CHARS", 10)
    stream = _Recording()
    with pytest.raises(UnicodeEncodeError):
        write_whole(stream, iter(["aaaa\n", "bbbb\n", "c\ud800cc\n"]))
    assert stream.writes == []


def test_writers_json_counts_records_across_pieces(monkeypatch) -> None:
    monkeypatch.setattr(writers, "WRITE_CHARS", 50)
    out = _written("json", [[DATE, DOCUMENT], [DOCUMENT]])
    assert json.loads(out) == [DATE.to_dict(), DOCUMENT.to_dict(), DOCUMENT.to_dict()]


def test_writers_write_a_record_serialised_in_a_worker_as_the_record_itself() -> None:
    records = [DATE, EVENT, PLACE, DOCUMENT]
    serialised = [JsonRecord.of(record) for record in records]
    assert [r.kind for r in serialised] == ["date", "event", "place", "document"]
    assert (serialised[0].doc, serialised[0].text, serialised[0].start) == (
        "a.txt",
        "last month",
        4,
    )
    for fmt in ("jsonl", "json", "csv", "table"):
        assert _written(fmt, [serialised[:2], serialised[2:]]) == _written(
            fmt, [records[:2], records[2:]]
        ), fmt
