"""The CLI as a user runs it: exit codes, one-line errors, stdout holding records only."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import __version__
from extractor.cli import app

ARTICLE = (
    "Ferry talks resume in Lisbon\n\n"
    "Foreign Minister Ana Duarte said on Tuesday that the two governments would meet again "
    "next week to settle the dispute over the ferry route.\n"
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Notes\n\nThe port of Porto reopened.\n", encoding="utf-8")
    return tmp_path


def test_cli_extract_file_writes_jsonl_records_and_a_document_record(folder: Path) -> None:
    path = str(folder / "a.txt")
    result = run("extract", path, "--reference-date", "2025-03-06")
    assert result.exit_code == 0, result.output
    got = records(result.stdout)
    assert result.stderr == ""
    assert {r["kind"] for r in got} <= {
        "actor", "place", "date", "distance", "claim", "event", "document"
    }
    document = got[-1]
    assert document["kind"] == "document"
    assert document["doc"] == path
    assert document["status"] == "ok"
    assert document["chars"] == len(ARTICLE)
    assert document["reference_date"] == "2025-03-06"
    assert document["reference_date_source"] == "option"
    assert sum(document["counts"].values()) == len(got) - 1
    for record in got[:-1]:
        assert ARTICLE[record["start"] : record["end"]] == record["text"]


def test_cli_extract_stdin_uses_dash_as_doc() -> None:
    result = run("extract", "-", "--kinds", "document", input=ARTICLE)
    assert result.exit_code == 0
    (document,) = records(result.stdout)
    assert document["doc"] == "-"
    assert document["chars"] == len(ARTICLE)
    assert document["counts"] == {}


def test_cli_extract_kinds_filter_keeps_only_those_kinds(folder: Path) -> None:
    result = run("extract", str(folder), "--kinds", "actor")
    assert result.exit_code == 0
    got = records(result.stdout)
    assert got and {r["kind"] for r in got} == {"actor"}


def test_cli_extract_json_is_one_array(folder: Path) -> None:
    result = run("extract", str(folder), "--format", "json")
    assert result.exit_code == 0
    array = json.loads(result.stdout)
    assert [r["doc"] for r in array if r["kind"] == "document"] == [
        str(folder / "a.txt"),
        str(folder / "b.md"),
    ]


def test_cli_extract_csv_has_common_columns_and_details(folder: Path) -> None:
    result = run("extract", str(folder / "a.txt"), "--format", "csv", "--kinds", "document")
    assert result.exit_code == 0
    header, row = result.stdout.splitlines()
    assert header == "schema,doc,kind,text,start,end,rule,sentence,details"
    assert row.startswith(f"newsfacts/1,{folder / 'a.txt'},document,,0,0,,,")


def test_cli_extract_output_file_and_format_from_extension(folder: Path) -> None:
    out = folder / "out.json"
    result = run("extract", str(folder / "a.txt"), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))[-1]["kind"] == "document"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "{d}/nope.txt"], "Error: {d}/nope.txt: no such file or directory"),
        (
            ["extract", "{d}/empty_dir"],
            "Error: {d}/empty_dir: no files matching *.txt *.html *.htm *.md *.jsonl",
        ),
        (
            ["extract", "{d}", "--reference-date", "2025-13-40"],
            "Error: --reference-date '2025-13-40' is not a date in YYYY-MM-DD form",
        ),
        (
            ["extract", "{d}", "--kinds", "date,weather"],
            "Error: unknown kind weather in --kinds; valid kinds: "
            "document,actor,place,date,distance,claim,event",
        ),
        (
            ["extract", "{d}", "-o", "{d}/no/such/dir/out.jsonl"],
            "Error: cannot write {d}/no/such/dir/out.jsonl: No such file or directory",
        ),
        (
            ["extract", "{d}", "--format", "yaml"],
            "Error: unknown --format 'yaml'; valid formats: jsonl, json, csv, table",
        ),
        (["extract", "{d}", "--resume"], "Error: --resume needs -o/--output"),
        (
            ["extract", "{d}", "--frobnicate"],
            "Error: No such option: --frobnicate (Possible options: --format)",
        ),
        (["extract"], "Error: Missing argument 'paths'."),
    ],
)
def test_cli_bad_usage_exits_2_with_one_line(folder: Path, args, message) -> None:
    (folder / "empty_dir").mkdir()
    result = run(*(a.format(d=folder) for a in args))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [message.format(d=folder)]


def test_cli_bad_file_in_folder_is_reported_and_the_rest_processed(folder: Path) -> None:
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("extract", str(folder), "--kinds", "document")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Error: {folder / 'bad.txt'}: binary file, not text"]
    got = records(result.stdout)
    assert [(r["doc"], r["status"]) for r in got] == [
        (str(folder / "a.txt"), "ok"),
        (str(folder / "b.md"), "ok"),
        (str(folder / "bad.txt"), "failed"),
    ]
    assert got[2]["error"] == "binary file, not text"


def test_cli_json_stays_valid_when_a_document_fails(folder: Path) -> None:
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("extract", str(folder), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[-1]["status"] == "failed"


def test_cli_empty_file_gives_its_document_record_only(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", str(tmp_path / "empty.txt"))
    assert result.exit_code == 0
    (document,) = records(result.stdout)
    assert (document["status"], document["chars"], document["sha256"]) == (
        "ok",
        0,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    )
    assert sum(document["counts"].values()) == 0


def test_cli_latin1_file_warns_and_extracts(tmp_path: Path) -> None:
    path = tmp_path / "l.txt"
    path.write_bytes("The café in Lisbon reopened on Monday, the mayor said.".encode("latin-1"))
    result = run("extract", str(path), "--kinds", "document")
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {path}: not UTF-8, read as cp1252\n"


def test_cli_text_prints_exactly_the_indexed_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nBody line.\r\n".encode())
    result = run("text", str(path))
    assert result.exit_code == 0
    assert result.stdout_bytes == b"Title\r\n\r\nBody line.\r\n"


def test_cli_schema_prints_the_record_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["discriminator"]["propertyName"] == "kind"


def test_cli_version_names_newsfacts_spacy_and_model() -> None:
    result = run("--version")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"newsfacts {__version__}"
    assert lines[1].startswith("spaCy 3.8.")
    assert lines[2].startswith("model en_core_web_sm")


def test_cli_version_help_and_schema_import_no_spacy() -> None:
    """They read package metadata and the record classes: no model, not even spaCy's import."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from extractor.cli import app\n"
        "for args in (['--version'], ['--help'], ['schema']):\n"
        "    result = CliRunner().invoke(app, args)\n"
        "    assert result.exit_code == 0, (args, result.output)\n"
        "    assert 'spacy' not in sys.modules, (args, 'spacy imported')\n"
        "print(result.exit_code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "0\n", "")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", *args]


def test_cli_python_m_works_and_a_closed_pipe_ends_quietly(folder: Path) -> None:
    for i in range(30):
        (folder / f"n{i:02}.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.Popen(
        _cli("extract", str(folder), "--format", "jsonl", "--reference-date", "2025-01-06"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert json.loads(first)["schema"] == "newsfacts/1"
    assert err == b""
    assert proc.returncode == 0


def test_cli_ctrl_c_leaves_only_whole_lines(tmp_path: Path) -> None:
    for i in range(300):
        (tmp_path / f"n{i:03}.txt").write_text(ARTICLE * 5, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        _cli("extract", str(tmp_path), "-o", str(out)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 5000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
    assert proc.returncode == 130
    data = out.read_text(encoding="utf-8")
    assert data.endswith("\n")
    assert all(json.loads(line)["schema"] == "newsfacts/1" for line in data.splitlines())
    assert os.path.getsize(out) >= 5000


def test_cli_every_sample_record_validates_against_the_printed_schema(monkeypatch) -> None:
    import jsonschema

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    schema = json.loads(run("schema").stdout)
    result = run("extract", "samples/", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    got = records(result.stdout)
    validator = jsonschema.Draft202012Validator(schema)
    assert [list(validator.iter_errors(r)) for r in got] == [[] for _ in got]
    documents = [r for r in got if r["kind"] == "document"]
    assert len(documents) == 19 and all(d["status"] == "ok" for d in documents)
    assert {r["kind"] for r in got} == {
        "actor", "place", "date", "distance", "claim", "event", "document"
    }


def test_cli_unreadable_file_in_folder_is_reported_and_the_rest_processed(folder: Path) -> None:
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    result = run("extract", str(folder), "--kinds", "document")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {folder / 'gone.txt'}: No such file or directory"
    ]
    assert [r["status"] for r in records(result.stdout)] == ["ok", "ok", "failed"]


def test_cli_text_or_id_that_utf8_cannot_hold_fails_that_document_alone(tmp_path: Path) -> None:
    """A JSONL line may hold a lone surrogate ("\\ud800"), which spaCy cannot parse and UTF-8
    output cannot hold: in the text the document fails in parsing, in the id it fails as its
    records are written (its failed record then names it with the surrogate replaced)."""
    lines = [
        {"id": "one", "text": "The port of Porto reopened on Monday."},
        {"id": "two", "text": "Rain \ud800 fell in Porto."},
        {"id": "three\ud800", "text": "The ferry sailed to Faro."},
        {"id": "four", "text": "The bridge in Braga closed."},
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    options = ("--kinds", "document,place", "--reference-date", "2025-03-06")
    result = run("extract", str(batch), "-o", str(out), *options)
    assert result.exit_code == 1
    unparsed = (
        "internal error in parsing: UnicodeEncodeError: 'utf-8' codec can't encode "
        "character '\\ud800' in position 0: surrogates not allowed"
    )
    unwritten = (  # position 56: after '{"schema": "newsfacts/1", "kind": "place", "doc": "three'
        "internal error in serialization: UnicodeEncodeError: 'utf-8' codec can't encode "
        "character '\\ud800' in position 56: surrogates not allowed"
    )
    assert result.stderr.splitlines() == [f"Error: two: {unparsed}", f"Error: three?: {unwritten}"]
    written = records(out.read_text(encoding="utf-8"))
    assert [(r["doc"], r["kind"], r["text"], r.get("error")) for r in written] == [
        ("one", "place", "Porto", None),
        ("one", "document", "", None),
        ("two", "document", "", unparsed),
        ("three?", "document", "", unwritten),
        ("four", "place", "Braga", None),
        ("four", "document", "", None),
    ]
