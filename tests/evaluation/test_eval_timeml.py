"""TimeML gold: the TEXT element's text with its tags taken out, TIMEX3 spans as gold dates, the
DCT as the reference date; and a TimeML folder scores as the same gold written as JSONL.

tests/fixtures/timeml/ holds four invented articles; tests/fixtures/timeml_gold.jsonl the same
documents and annotations as gold JSONL; tests/fixtures/timeml_records.jsonl date records for
them, some right, some wrong (the figures below are worked out from them by hand).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.evaluation import as_json, evaluate
from extractor.evaluation.gold import GoldError, read_jsonl
from extractor.evaluation.timeml import parse_timeml, read_timeml

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FOLDER = FIXTURES / "timeml"


def write(tmp_path: Path, body: str, name: str = "doc.tml") -> str:
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0" ?>\n<TimeML>{body}</TimeML>\n', encoding="utf-8")
    return str(path)


def test_eval_timeml_text_without_tags_and_timex_offsets(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1955-07-11" functionInDocument="CREATION_TIME">'
        "July 11</TIMEX3></DCT><TEXT>\n<s>Rock &amp; roll <EVENT eid=\"e1\">took</EVENT> off on "
        '<TIMEX3 tid="t1" type="DATE" value="1955-07-09">July 9, 1955</TIMEX3>.</s>\n</TEXT>',
    )
    doc = parse_timeml(path, "doc")
    assert doc.text == "\nRock & roll took off on July 9, 1955.\n"
    assert doc.reference_date == date(1955, 7, 11)
    assert [(i["start"], i["end"], i["text"], i["type"], i["value"]) for i in doc.items] == [
        (25, 37, "July 9, 1955", "date", "1955-07-09")
    ]


def test_eval_timeml_empty_timex_is_no_gold_date(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<TEXT>Sales rose in <TIMEX3 tid="t1" type="DATE" value="2004">2004</TIMEX3>'
        '<TIMEX3 tid="t2" type="DURATION" value="P1Y" beginPoint="t1"/>.</TEXT>',
    )
    doc = parse_timeml(path, "doc")
    assert doc.text == "Sales rose in 2004."
    assert [i["tid"] for i in doc.items] == ["t1"]


@pytest.mark.parametrize(
    ("dct", "reference"),
    [
        # the TIMEX3 inside DCT, without functionInDocument
        ('<DCT><TIMEX3 tid="t0" type="DATE" value="2019-11-15">Nov 15</TIMEX3></DCT>',
         date(2019, 11, 15)),
        # a creation time with a time of day, and one written compactly
        ('<DCT><TIMEX3 tid="t0" type="TIME" value="2005-06-10T09:30" '
         'functionInDocument="CREATION_TIME">x</TIMEX3></DCT>', date(2005, 6, 10)),
        ('<TIMEX3 tid="t0" type="DATE" value="19980807" functionInDocument="CREATION_TIME">'
         "x</TIMEX3>", date(1998, 8, 7)),
        ("", None),
        ('<DCT><TIMEX3 tid="t0" type="DATE" value="PRESENT_REF">now</TIMEX3></DCT>', None),
    ],
)
def test_eval_timeml_reference_date_from_the_dct(tmp_path: Path, dct: str, reference) -> None:
    doc = parse_timeml(write(tmp_path, f"{dct}<TEXT>Rain fell.</TEXT>"), "doc")
    assert doc.reference_date == reference


def test_eval_timeml_malformed_file_says_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "\n<TEXT>Rain <EVENT>fell.</TEXT>")
    with pytest.raises(GoldError, match=r"doc\.tml:3: not well-formed XML \(mismatched tag"):
        parse_timeml(path, "doc")


def test_eval_timeml_file_without_text_element(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no TEXT element: not a TimeML document"):
        parse_timeml(write(tmp_path, "<DOCID>x</DOCID>"), "doc")


def test_eval_timeml_folder_ids_are_paths_without_suffix() -> None:
    docs = list(read_timeml(str(FOLDER)))
    assert [d.id for d in docs] == ["council", "harbour", "market", "wire/ferry"]
    assert [d.reference_date for d in docs] == [
        date(2019, 11, 15), date(2021, 3, 4), date(2005, 6, 10), None
    ]
    market = docs[2]
    assert market.text.startswith("\nShares of Smith & Sons fell")
    assert [i["text"] for i in market.items] == ["today", "early third quarter", "9 a.m."]


def test_eval_timeml_folder_reads_as_the_same_gold_jsonl() -> None:
    assert list(read_timeml(str(FOLDER))) == list(read_jsonl(str(FIXTURES / "timeml_gold.jsonl")))


def test_eval_timeml_folder_scores_the_same_as_the_gold_jsonl() -> None:
    records = str(FIXTURES / "timeml_records.jsonl")
    from_timeml = evaluate(str(FOLDER), records=records)
    from_jsonl = evaluate(str(FIXTURES / "timeml_gold.jsonl"), records=records)
    assert as_json(from_timeml.report) == as_json(from_jsonl.report)
    report = as_json(from_timeml.report)["kinds"]["date"]
    # 12 predictions, 12 gold dates: 8 equal spans, 11 overlapping, 9 with the right value
    assert (report["strict"]["n_pred"], report["strict"]["n_gold"]) == (12, 12)
    assert report["strict"]["f1"] == pytest.approx(8 / 12)
    assert report["relaxed"]["f1"] == pytest.approx(11 / 12)
    assert report["value"]["f1"] == pytest.approx(9 / 12)
    # of 11 matched: one type wrong ("years ago" as a duration), two values wrong
    assert report["type_acc"] == {"accuracy": pytest.approx(10 / 11), "n": 11}
    assert report["value_acc"] == {"accuracy": pytest.approx(9 / 11), "n": 11}
    assert from_timeml.report.summary == {"date_value_f1": pytest.approx(0.75)}


def test_eval_timeml_folder_extracted_scores_the_same_as_the_gold_jsonl() -> None:
    """Extracting (no --records): each TimeML file's DCT is its document's reference date, just
    as the JSONL twin's reference_date, so both runs extract the same records."""
    from_timeml = as_json(evaluate(str(FOLDER)).report)
    from_jsonl = as_json(evaluate(str(FIXTURES / "timeml_gold.jsonl")).report)
    assert from_timeml == from_jsonl
    assert from_timeml["documents"] == 4
    assert from_timeml["kinds"]["date"]["value"]["n_gold"] == 12
