"""`newsfacts eval` as a user runs it: the report alone on stdout, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FOLDER = str(FIXTURES / "timeml")
GOLD = str(FIXTURES / "timeml_gold.jsonl")
RECORDS = str(FIXTURES / "timeml_records.jsonl")

# The fixture records against the fixture gold (worked out in test_eval_timeml.py).
TABLE = """\
kind      metric                P      R     F1  n_pred  n_gold
date      strict            0.667  0.667  0.667      12      12
date      relaxed           0.917  0.917  0.917      12      12
date      value             0.750  0.750  0.750      12      12
date      type_acc                        0.909      11 (matched)
date      value_acc                       0.818      11 (matched)
docs=4 failures=0
SUMMARY date_value_f1=0.750
"""


def run(*args: str):
    return CliRunner().invoke(app, ["eval", *args])


@pytest.mark.parametrize("gold", [FOLDER, GOLD])
def test_eval_cli_records_table_on_stdout_only(gold: str) -> None:
    result = run(gold, "--records", RECORDS)
    assert result.exit_code == 0
    assert result.stdout == TABLE
    assert result.stderr == ""


def test_eval_cli_json_report_parses() -> None:
    result = run(GOLD, "--records", RECORDS, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["documents"] == 4
    assert report["failures"] == 0
    assert report["summary"] == {"date_value_f1": 0.75}
    assert report["kinds"]["date"]["value"] == {
        "p": 0.75, "r": 0.75, "f1": 0.75, "n_pred": 12, "n_gold": 12
    }
    assert report["event_coreference"] is None


def test_eval_cli_limit_scores_the_first_documents() -> None:
    result = run(GOLD, "--records", RECORDS, "--limit", "1")
    assert result.exit_code == 0
    # council alone: 3 predictions, 3 gold; "Jan. 1" and "years ago" equal spans, all three
    # overlap, two values right
    assert "date      value             0.667  0.667  0.667       3       3\n" in result.stdout
    assert "docs=1 failures=0\n" in result.stdout


def test_eval_cli_kinds_must_be_in_the_gold() -> None:
    result = run(GOLD, "--records", RECORDS, "--kinds", "date")
    assert result.exit_code == 0
    assert result.stdout == TABLE


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl"], "Error: missing.jsonl: no such file or directory\n"),
        ([GOLD, "--format", "csv"], "Error: unknown --format 'csv'; valid formats: table, json\n"),
        ([GOLD, "--kinds", "dates"],
         "Error: unknown kind dates in --kinds; valid kinds: date,actor,place,distance,claim,"
         "event\n"),
        ([GOLD, "--kinds", "date,claim"],
         "Error: --kinds claim: the gold has no such items (it has date)\n"),
        ([GOLD, "--records", "missing.jsonl"], "Error: missing.jsonl: no such file\n"),
        ([GOLD, "--records", RECORDS, "--save-records", "out.jsonl"],
         "Error: --save-records writes what eval extracts; --records extracts nothing\n"),
        ([GOLD, "--limit", "-1"], "Error: --limit must be 0 (all documents) or more\n"),
    ],
)
def test_eval_cli_bad_usage_exits_2_with_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message


def test_eval_cli_malformed_gold_line_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    first = Path(GOLD).read_text(encoding="utf-8").splitlines()[0]
    gold.write_text(first + '\n{"id": "x", "text": "Rain.", "gold": {}}\n', encoding="utf-8")
    result = run(str(gold), "--records", RECORDS)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f'Error: {gold}:2: a gold document needs a "gold" list\n'


def test_eval_cli_bad_records_line_is_reported_and_the_rest_scored(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    lines = Path(RECORDS).read_text(encoding="utf-8").splitlines()
    records.write_text("\n".join([lines[0], "not json", *lines[1:]]) + "\n", encoding="utf-8")
    result = run(GOLD, "--records", str(records))
    assert result.exit_code == 1
    assert result.stdout == TABLE
    assert result.stderr == (
        f"Error: {records}:2: not a JSON object (Expecting value: line 1 column 1 (char 0))\n"
    )


def test_eval_cli_failed_document_counts_and_exits_1(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    kept = [
        line for line in Path(RECORDS).read_text(encoding="utf-8").splitlines()
        if json.loads(line)["doc"] != "wire/ferry"
    ]
    failed = {"schema": "newsfacts/1", "doc": "wire/ferry", "kind": "document", "text": "",
              "start": 0, "end": 0, "status": "failed", "error": "parser ran out of memory"}
    records.write_text("\n".join([*kept, json.dumps(failed)]) + "\n", encoding="utf-8")
    result = run(GOLD, "--records", str(records))
    assert result.exit_code == 1
    assert result.stderr == "Error: wire/ferry: parser ran out of memory\n"
    # the failed document's two gold dates are missed: 8 right values of 10 predictions, 12 gold
    assert "date      value             0.800  0.667  0.727      10      12\n" in result.stdout
    assert "docs=4 failures=1\n" in result.stdout


def test_eval_cli_records_of_other_documents_only_warns(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"doc": "elsewhere", "kind": "date", "start": 0, "end": 4}) + "\n",
        encoding="utf-8",
    )
    result = run(GOLD, "--records", str(records))
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {records}: no records for 4 of 4 gold documents\n"
    assert "SUMMARY date_value_f1=0.000\n" in result.stdout


FERRY = "Ferry crews walked out on Tuesday and returned two days later."


def test_eval_cli_extracts_each_document_with_its_own_reference_date(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    start = FERRY.index("Tuesday")
    tuesday = {"kind": "date", "start": start, "end": start + 7, "type": "date"}
    documents = [
        {"id": "spring", "text": FERRY, "reference_date": "2025-03-06",  # a Thursday
         "gold": [{**tuesday, "value": "2025-03-04"}]},
        {"id": "autumn", "text": FERRY, "reference_date": "2024-11-15",  # a Friday
         "gold": [{**tuesday, "value": "2024-11-12"}]},
    ]
    gold.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
    saved = tmp_path / "records.jsonl"
    result = run(str(gold), "--save-records", str(saved), "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    records = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    tuesdays = [(r["doc"], r["value"]) for r in records if r["kind"] == "date" and "Tuesday"
                in r["text"]]
    assert tuesdays == [("spring", "2025-03-04"), ("autumn", "2024-11-12")]
    documents_written = [r for r in records if r["kind"] == "document"]
    assert [(d["doc"], d["reference_date"]) for d in documents_written] == [
        ("spring", "2025-03-06"), ("autumn", "2024-11-15")
    ]
    # the saved records score exactly as the run that wrote them
    again = run(str(gold), "--records", str(saved), "--format", "json")
    assert json.loads(again.stdout) == report
    assert report["kinds"]["date"]["value"]["r"] == 1.0
