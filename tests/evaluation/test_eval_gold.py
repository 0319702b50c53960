"""The gold JSONL reader: what a line holds, and the one-line reason a malformed line gives."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extractor.evaluation.gold import GoldError, parse_line, read_jsonl
from extractor.evaluation.goldset import survey

TEXT = "The ferry sailed 12 km on Monday, the captain said."


def line(**fields) -> bytes:
    document = {"id": "n1", "text": TEXT, "gold": [], **fields}
    return json.dumps(document).encode("utf-8")


def test_eval_gold_line_with_every_field() -> None:
    doc = parse_line(
        "g.jsonl:1",
        line(
            reference_date="2025-03-06",
            topic="ferries",
            gold=[
                {"kind": "date", "start": 26, "end": 32, "text": "Monday", "type": "DATE",
                 "value": "2025-03-03"},
                {"kind": "distance", "start": 17, "end": 22, "text": "12 km", "meters": 12000},
            ],
            scored=[[0, 51]],
            ignore=[{"kind": "event", "start": 46, "end": 50}],
        ),
    )
    assert doc.id == "n1"
    assert doc.text == TEXT
    assert doc.reference_date == date(2025, 3, 6)
    assert doc.topic == "ferries"
    assert doc.scored == ((0, 51),)
    assert doc.ignore == (("event", 46, 50),)
    assert [(i["kind"], i["start"], i["end"]) for i in doc.items] == [
        ("date", 26, 32), ("distance", 17, 22)
    ]
    assert doc.items[0]["type"] == "date"  # TIMEX3 types compare in lower case


def test_eval_gold_reference_date_and_gold_text_may_be_left_out() -> None:
    doc = parse_line("g.jsonl:1", line(gold=[{"kind": "place", "start": 4, "end": 9}]))
    assert doc.reference_date is None
    assert doc.items[0]["text"] == "ferry"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "not a JSON object (Expecting property name enclosed in double quotes: "
                       "line 1 column 2 (char 1))"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({"text": TEXT, "gold": []}).encode(), 'a gold document needs an "id" string'),
        (json.dumps({"id": "n1", "gold": []}).encode(), 'a gold document needs a "text" string'),
        (json.dumps({"id": "n1", "text": TEXT}).encode(), 'a gold document needs a "gold" list'),
        (line(reference_date="6 March 2025"),
         "reference_date '6 March 2025' is not a date in YYYY-MM-DD form"),
        (line(gold=["Monday"]), "gold item 1 is not an object with a kind"),
        (line(gold=[{"kind": "dates", "start": 26, "end": 32}]),
         "gold item 1 (dates): unknown kind; gold kinds are date, actor, place, distance, claim, "
         "event"),
        (line(gold=[{"kind": "date", "start": "26", "end": 32}]),
         "gold item 1 (date): start and end must be integers"),
        (line(gold=[{"kind": "date", "start": 45, "end": 60}]),
         "gold item 1 (date): [45, 60) is outside the text (51 chars)"),
        (line(gold=[{"kind": "date", "start": 27, "end": 33, "text": "Monday"}]),
         "gold item 1 (date): text 'Monday' is not text[27:33]"),
        (line(gold=[{"kind": "claim", "start": 0, "end": 51}]),
         "gold item 1 (claim) content: start and end must be integers"),
        (line(gold=[{"kind": "actor", "start": 34, "end": 45}]),
         "gold item 1 (actor): type must be a string"),
        (line(gold=[{"kind": "distance", "start": 17, "end": 22}]),
         "gold item 1 (distance): give meters, or values (numbers) and a unit"),
        (line(gold=[{"kind": "distance", "start": 17, "end": 22, "values": [12], "unit": "kg"}]),
         "gold item 1 (distance): values need a length unit, not 'kg'"),
        (line(scored=[[0, 99]]), '"scored" span: [0, 99) is outside the text (51 chars)'),
        (line(ignore=[{"start": 0, "end": 3}]), "ignore region 1 is not an object with a kind"),
    ],
)
def test_eval_gold_malformed_line_says_where_and_why(raw: bytes, reason: str) -> None:
    with pytest.raises(GoldError) as caught:
        parse_line("g.jsonl:7", raw)
    assert str(caught.value) == f"g.jsonl:7: {reason}"


def test_eval_gold_distance_values_in_miles_are_read() -> None:
    gold = [{"kind": "distance", "start": 17, "end": 22, "values": [12], "unit": "mi"}]
    assert parse_line("g.jsonl:1", line(gold=gold)).items[0]["unit"] == "mi"


def test_eval_gold_file_reports_the_line_number(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_bytes(line() + b"\n\n" + b"oops\n")
    with pytest.raises(GoldError, match=r"g\.jsonl:3: not a JSON object"):
        list(read_jsonl(str(path)))


def test_eval_gold_survey_kinds_in_report_order_and_document_count(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    claim = {"kind": "claim", "start": 0, "end": 51, "content_start": 0, "content_end": 32}
    date_item = {"kind": "date", "start": 26, "end": 32, "type": "date", "value": "2025-03-03"}
    path.write_bytes(
        line(gold=[claim]) + b"\n" + json.dumps(
            {"id": "n2", "text": TEXT, "gold": [date_item]}).encode() + b"\n"
    )
    found = survey(str(path))
    assert found.kinds == ("date", "claim")
    assert found.ids == {"n1", "n2"}
    assert found.documents == 2
    assert survey(str(path), limit=1).kinds == ("claim",)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (line() + b"\n" + line() + b"\n", "two documents have the id 'n1'"),
        (b"\n", "no documents in this gold set"),
        (line() + b"\n", "no gold items: nothing to score"),
    ],
)
def test_eval_gold_survey_refuses_a_set_it_cannot_score(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "g.jsonl"
    path.write_bytes(content)
    with pytest.raises(GoldError) as caught:
        survey(str(path))
    assert str(caught.value) == f"{path}: {reason}"


def test_eval_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such file or directory"):
        survey(str(tmp_path / "nope.jsonl"))
