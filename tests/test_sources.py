"""Reading documents: encodings, BOM, CRLF, folders, stdin-free JSONL batches, bad files."""

from __future__ import annotations

import json
import os
import socket
from datetime import date
from pathlib import Path

import pytest

from extractor.errors import UsageError
from extractor.sources import Failure, Source, Unit, check_paths, iter_sources, read_path


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_sources_utf8_bom_is_removed_and_not_counted(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "\ufeffLisbon said on Monday.".encode())
    (source,) = read_path(path)
    assert source == Source(doc=path, text="Lisbon said on Monday.")


def test_sources_crlf_line_ends_are_kept(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"Title\r\n\r\nFirst line.\r\n")
    (source,) = read_path(path)
    assert source.text == "Title\r\n\r\nFirst line.\r\n"
    assert source.text.index("First") == 9


def test_sources_latin1_is_detected_with_a_warning(tmp_path: Path) -> None:
    text = "Le café de São Tomé a fermé ses portes à Lisbonne, a déclaré la mairie."
    path = _write(tmp_path / "a.txt", text.encode("latin-1"))
    (source,) = read_path(path)
    assert source.text == text
    assert len(source.warnings) == 1
    assert source.warnings == (f"{path}: not UTF-8, read as cp1252",)


def test_sources_other_encodings_go_to_charset_detection(tmp_path: Path) -> None:
    text = "Москва заявила в понедельник, что переговоры продолжатся на следующей неделе."
    path = _write(tmp_path / "ru.txt", text.encode("cp1251"))
    (source,) = read_path(path)
    assert source.text == text


def test_sources_binary_file_is_a_failure(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert list(read_path(path)) == [Failure(doc=path, reason="binary file, not text")]


def test_sources_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    assert list(read_path(str(path))) == [
        Failure(doc=str(path), reason="No such file or directory")
    ]


def test_sources_jsonl_documents_carry_their_own_dates(tmp_path: Path) -> None:
    lines = [
        {"id": "one", "text": "Rain fell on Monday.", "reference_date": "2024-03-04"},
        {"id": "two", "text": "No date here."},
        {"id": "three", "text": "Bad date.", "reference_date": "2024-02-30"},
        "not an object",
    ]
    raw = "\n".join(json.dumps(x) for x in lines) + "\n{broken\n"
    path = _write(tmp_path / "batch.jsonl", raw.encode())
    got = list(read_path(path))
    assert got[0] == Source(
        doc="one",
        text="Rain fell on Monday.",
        reference_date=date(2024, 3, 4),
        reference_date_source="jsonl",
    )
    assert got[1] == Source(doc="two", text="No date here.")
    assert got[2] == Failure(
        doc="three", reason="reference_date '2024-02-30' is not a date in YYYY-MM-DD form"
    )
    assert got[3] == Failure(doc=f"{path}:4", reason="not a JSON object")
    assert isinstance(got[4], Failure) and got[4].doc == f"{path}:5"
    assert got[4].reason.startswith("not a JSON object (")


def test_sources_folder_walk_is_recursive_sorted_and_globbed(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "b/a.md", "a.txt", "skip.csv", "c.html.bak"):
        _write(tmp_path / name, b"Some text.")
    docs = [s.doc for s in iter_sources([str(tmp_path)])]
    assert docs == [str(tmp_path / n) for n in ("a.txt", "b/a.md", "b/z.txt")]
    only_md = [s.doc for s in iter_sources([str(tmp_path)], globs=["*.md"])]
    assert only_md == [str(tmp_path / "b/a.md")]


def test_sources_option_date_overrides_the_documents_own(tmp_path: Path) -> None:
    line = {"id": "x", "text": "Monday.", "reference_date": "2024-03-04"}
    path = _write(tmp_path / "b.jsonl", json.dumps(line).encode())
    (source,) = iter_sources([path], reference_date=date(2020, 1, 1))
    assert (source.reference_date, source.reference_date_source) == (date(2020, 1, 1), "option")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: str(p / "missing.txt"), "{p}/missing.txt: no such file or directory"),
        (lambda p: str(p), "{p}: no files matching *.txt *.html *.htm *.md *.jsonl"),
    ],
)
def test_sources_check_paths_names_the_problem(tmp_path: Path, make, message) -> None:
    (tmp_path / "notes.csv").write_text("x")
    with pytest.raises(UsageError) as caught:
        check_paths([make(tmp_path)])
    assert str(caught.value) == message.format(p=tmp_path)


def test_sources_folder_walk_skips_pipes_and_sockets_with_a_warning(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", b"First.")
    os.mkfifo(tmp_path / "b.txt")  # reading it would wait for a writer forever
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "c.txt"))
        _write(tmp_path / "d.txt", b"Last.")
        warnings: list[str] = []
        got = list(iter_sources([str(tmp_path)], warn=warnings.append))
    assert got == [
        Source(doc=str(tmp_path / "a.txt"), text="First."),
        Source(doc=str(tmp_path / "d.txt"), text="Last."),
    ]
    assert warnings == [
        f"{tmp_path / 'b.txt'}: a named pipe (FIFO), not a regular file; skipped",
        f"{tmp_path / 'c.txt'}: a socket, not a regular file; skipped",
    ]


def test_sources_a_walked_file_that_became_a_pipe_fails_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "late.txt")
    unit = Unit(str(tmp_path / "late.txt"), "file", walked=True).load()
    assert unit.item == Failure(
        doc=str(tmp_path / "late.txt"), reason="a named pipe (FIFO), not a regular file"
    )


def test_sources_a_bug_in_html_extraction_fails_that_page_alone(
    tmp_path: Path, monkeypatch
) -> None:
    def broken(path: str, html: str):
        raise KeyError("title")

    monkeypatch.setattr("extractor.html.extract_article", broken)
    page = _write(tmp_path / "a.html", b"<html><body><p>Rain.</p></body></html>")
    text = _write(tmp_path / "b.txt", b"Rain.")
    assert list(iter_sources([page, text])) == [
        Failure(doc=page, reason="internal error in HTML extraction: KeyError: 'title'"),
        Source(doc=text, text="Rain."),
    ]
