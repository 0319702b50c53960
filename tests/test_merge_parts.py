"""The parts of `merge`: names, dates, records grouped per document, inputs of every shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from merge_articles import Article, jsonl
from typer.testing import CliRunner

from extractor.cli import app
from extractor.merge.dates import calendar, close, compatible, most_specific, reported
from extractor.merge.lemmas import compared_lemmas
from extractor.merge.names import acronym, fold, initials, is_bare_surname, is_generic, surname
from extractor.merge.reading import Line, documents


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The Pentagon", "pentagon"),
        ("Tomás Irarrázaval", "tomas irarrazaval"),
        ("Kenya’s", "kenya"),
        ("  United   Nations ", "united nations"),
        ('"Reuters",', "reuters"),
    ],
)
def test_merge_fold(name: str, folded: str) -> None:
    assert fold(name) == folded


@pytest.mark.parametrize(
    ("name", "family", "bare"),
    [
        ("antony blinken", "blinken", False),
        ("ursula von der leyen", "von der leyen", False),
        ("von der leyen", "von der leyen", True),
        ("blinken", "blinken", True),
        ("luiz inacio lula da silva", "da silva", False),
    ],
)
def test_merge_surname(name: str, family: str, bare: bool) -> None:
    assert surname(name) == family
    assert is_bare_surname(name) is bare


@pytest.mark.parametrize(
    ("name", "written", "built"),
    [
        ("WHO", "WHO", None),  # one word: no initials to build
        ("U.N.", "UN", None),
        ("World Health Organization", None, "WHO"),
        ("International Organization for Migration", None, "IOM"),
        ("Ministry of Defence", None, "MD"),
        ("Reuters", None, None),
        ("G20", "G20", None),
    ],
)
def test_merge_acronyms(name: str, written: str | None, built: str | None) -> None:
    assert acronym(name) == written
    assert initials(name) == built


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("foreign ministry", True),
        ("officials", True),
        ("the central bank", True),  # "the" and "of" are no words of a name here
        ("central bank", True),
        ("supreme court", True),
        ("kenya red cross", False),
        ("world bank", False),
        ("interior ministry", True),
    ],
)
def test_merge_generic_names(name: str, generic: bool) -> None:
    assert is_generic(name) is generic


@pytest.mark.parametrize(
    ("a", "b", "fits"),
    [
        ("2025-01", "2025-01-06", True),
        ("2025-01-06", "2025-01-07", False),
        ("2025", "2025-03-10", True),
        ("2024-12", "2025-01", False),
        (None, "2025-01-06", True),
    ],
)
def test_merge_compatible_dates(a: str | None, b: str | None, fits: bool) -> None:
    assert compatible(a, b) is fits


@pytest.mark.parametrize(
    ("a", "b", "fits"),
    [
        ("2025-03-10", "2025-03-11", True),  # a headline dated by publication, "on Monday"
        ("2025-03-10", "2025-03-12", False),
        ("2025-03", "2025-03-31", True),
        ("2025-03", "2025-04-01", False),
    ],
)
def test_merge_close_dates(a: str, b: str, fits: bool) -> None:
    assert close(a, b) is fits and close(b, a) is fits


@pytest.mark.parametrize(
    ("happening", "published", "fits"),
    [
        ("2025-03-10", "2025-03-11", True),  # reported the day after
        ("2023-10-21", "2025-03-11", True),  # a piece about the trial tells the old killing
        ("2025-03-13", "2025-03-11", True),  # a dateline two days behind
        ("2025-03-14", "2025-03-11", False),  # no report tells what has not happened yet
        ("2025-03", "2025-03-11", True),
        ("2025-04", "2025-03-11", False),
        ("2024", "2025-03-11", True),
    ],
)
def test_merge_reported_dates(happening: str, published: str, fits: bool) -> None:
    assert reported(happening, published) is fits


@pytest.mark.parametrize(
    ("values", "agreed"),
    [
        (["2025-01", "2025-01-06"], "2025-01-06"),
        (["2025-01-06", "2025-01-07"], "2025-01"),
        (["2025-01-06", "2025-02-01"], "2025"),
        (["2024-12-31", "2025-01-01"], None),
        ([], None),
    ],
)
def test_merge_most_specific_date(values: list[str], agreed: str | None) -> None:
    assert most_specific(values) == agreed


@pytest.mark.parametrize(
    ("value", "day"),
    [("2025-01-06T12:00", "2025-01-06"), ("2025-01", "2025-01"), ("P2W", None),
     ("PAST_REF", None), ("2025-W02", None), (None, None)],
)
def test_merge_calendar_values(value: str | None, day: str | None) -> None:
    assert calendar(value) == day


def test_merge_compared_lemmas_read_nouns_as_verbs() -> None:
    lemmas = ["shooting", "shoot", "meeting", "meet", "king", "quake", "death", "ceiling"]
    assert compared_lemmas(lemmas) == {"death": "kill", "meeting": "meet", "quake": "earthquake",
                                       "shooting": "shoot"}


def _line(doc: str, kind: str, source: str = "a.jsonl") -> Line:
    data = {"doc": doc, "kind": kind, "text": "", "start": 0}
    return Line(f"{source}:1", source, data, None)


def test_merge_documents_split_where_doc_or_input_changes_or_after_document_record() -> None:
    lines = [
        _line("x", "actor"), _line("x", "document"),  # x ends with its document record
        _line("x", "actor"),  # the same name again: another document
        _line("y", "actor"),
        _line("y", "actor", "b.jsonl"),  # the same name in another input
    ]
    grouped = [(d.doc, len(d.lines)) for d in documents(lines)]
    assert grouped == [("x", 2), ("x", 1), ("y", 1), ("y", 1)]


def _pair() -> list[Article]:
    one = Article("one.txt", "Ana Silva met Ivo Rek in Tartu.\n", "2025-04-01")
    one.actor("A1", "Ana Silva", "person", ["Ana Silva"]).actor("A2", "Ivo Rek", "person",
                                                                 ["Ivo Rek"])
    one.event("E1", "met", "meet", "consult", agents=("A1",), patients=("A2",),
              date="2025-04-01", basis="reference")
    two = Article("two.txt", "Silva and Rek met on Tuesday.\n", "2025-04-02")
    two.actor("A1", "Silva", "person", ["Silva"]).actor("A2", "Rek", "person", ["Rek"])
    two.date("T1", "Tuesday", "2025-04-01")
    two.event("E1", "met", "meet", "consult", agents=("A1", "A2"), dates=("T1",),
              date="2025-04-01", basis="clause")
    return [one, two]


def _merge(*args: str, input: str | None = None) -> list[dict]:
    result = CliRunner().invoke(app, ["merge", *args], input=input)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_merge_reads_stdin_without_a_path_a_folder_and_a_json_array(tmp_path: Path) -> None:
    text = jsonl(_pair())
    from_stdin = _merge(input=text)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "all.jsonl").write_text(text, encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    array = "[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n"
    (tmp_path / "array.json").write_text(array, encoding="utf-8")
    assert _merge(str(tmp_path / "in")) == from_stdin
    assert _merge(str(tmp_path / "array.json")) == from_stdin
    (story,) = [r for r in from_stdin if r["kind"] == "story"]
    assert [(m["doc"], m["id"]) for m in story["members"]] == [("one.txt", "E1"),
                                                               ("two.txt", "E1")]
    assert story["date"] == "2025-04-01"
    assert [d["date"] for d in story["dates"]] == ["2025-04-01", "2025-04-01"]
    assert story["first_reported"] == {"date": "2025-04-01", "doc": "one.txt"}


def test_merge_again_on_linked_records_gives_the_same_links() -> None:
    linked = _merge("--with-records", input=jsonl(_pair()))
    inputs = "".join(json.dumps(r) + "\n" for r in linked if r["kind"] not in ("entity", "story"))
    again = _merge("--with-records", input=inputs)
    assert again == linked


def test_merge_csv_with_records_keeps_links_in_details() -> None:
    result = CliRunner().invoke(app, ["merge", "-", "--with-records", "--format", "csv"],
                                input=jsonl(_pair()))
    rows = [line for line in result.stdout.splitlines() if ",actor," in line]
    assert len(rows) == 4 and all('""entity"": ""X' in row for row in rows)
