"""Faults injected into real runs, and the folders they are tried on, for tests/test_faults.py
and tests/test_dask.py.

The seam is `run_batch(..., setup=install)`: `install` is called once in every process that
extracts (the test's own subprocess for `--jobs 1`, each pool worker for `--jobs 2`, each dask
worker), before the model is loaded, and from then on a document holding one of the markers
below fails at that stage there. Nothing in the shipped code knows of these markers.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import extractor.html
from extractor import run_batch
from extractor.extractors import EXTRACTORS
from extractor.pipeline import load_model

PARSER_FAULT = "PARSER-FAULT"  # the spaCy pipeline raises on this document
EXTRACTOR_FAULT = "EXTRACTOR-FAULT"  # the distance extractor raises
HTML_FAULT = "HTML-FAULT"  # HTML extraction raises
WORKER_CRASH = "WORKER-CRASH"  # the worker process dies (never the main process)
MAX_LENGTH = 4000  # the model's max_length here: a longer document is parsed in sections

REFERENCE = date(2025, 3, 6)

_ORIGINAL_EXTRACT = EXTRACTORS["distance"]
_ORIGINAL_ARTICLE = extractor.html.extract_article


@Language.component("newsfacts_test_fault")
def parser_fault(doc: Doc) -> Doc:
    if PARSER_FAULT in doc.text:
        raise ValueError("injected parser fault")
    return doc


def distance_fault(doc, ctx):  # noqa: ANN001, ANN201 - the extractor signature
    if EXTRACTOR_FAULT in doc.text:
        raise RuntimeError("injected extractor fault")
    if WORKER_CRASH in doc.text and multiprocessing.parent_process() is not None:
        os._exit(70)
    return _ORIGINAL_EXTRACT(doc, ctx)


def article_fault(path: str, html: str):  # noqa: ANN201 - html.Article
    if HTML_FAULT in html:
        raise RuntimeError("injected HTML fault")
    return _ORIGINAL_ARTICLE(path, html)


ARTICLES = (
    "Harbour workers in Porto ended a three-day strike on Friday, the union said. Its leader, "
    "Rosa Lima, told reporters the ferries would sail again on Monday.",
    "The storm moved about 120 km inland overnight, forecasters in Lisbon said on Thursday, "
    "and schools in the north will stay closed until 14 March.",
    "“We have asked for calm,” Interior Minister Paulo Mendes said in Coimbra. He added that "
    "police had detained 12 people after the protest.",
    "The central bank kept its main rate at 3.5% in February and said inflation would ease "
    "by the end of 2026, according to a statement.",
    "A landslide closed the mountain road 40 miles east of Braga last week. Engineers said "
    "repairs would take two months.",
)
# Paragraphs of a document longer than the max_length that install sets: each is
# whole sentences, so the sections it is cut into end where one parse ends a sentence too.
LONG_PARAGRAPHS = tuple(
    f"Report {n}. The delegation from Madrid met officials in Seville on {day} and travelled "
    f"{km} km to the border the next morning. “The talks went well,” said Elena Ruiz, who led "
    f"the group. Talks resume in {month} 2025, the ministry said in a statement issued at noon. "
    "Farmers in the region have waited for an agreement on water rights since the drought."
    for n, day, km, month in (
        (1, "Monday", 80, "April"),
        (2, "Tuesday", 95, "May"),
        (3, "Wednesday", 110, "June"),
        (4, "Thursday", 35, "July"),
        (5, "Friday", 60, "August"),
        (6, "Saturday", 75, "September"),
        (7, "Sunday", 20, "October"),
        (8, "Monday", 140, "November"),
        (9, "Tuesday", 55, "December"),
        (10, "Wednesday", 15, "January"),
        (11, "Thursday", 90, "March"),
        (12, "Friday", 45, "April"),
    )
)
LONG_TEXT = "\n\n".join(LONG_PARAGRAPHS) + "\n"
PAGE = (
    "<!doctype html><html><head><title>Bridge</title></head><body><article><h1>Bridge shut"
    "</h1><p>{}</p></article></body></html>"
)


def good_folder(folder: Path) -> Path:
    """40 small articles and one over the max_length that install sets."""
    folder.mkdir()
    for i in range(40):
        text = ARTICLES[i % len(ARTICLES)] + f" Officials counted {i + 3} boats."
        (folder / f"g{i:02}.txt").write_text(text, encoding="utf-8")
    (folder / "g17_long.txt").write_text(LONG_TEXT, encoding="utf-8")
    assert len(LONG_TEXT) > MAX_LENGTH
    return folder


BAD = {  # file name -> (content, the reason its document fails with)
    "g05_parser.txt": (
        f"The mayor said on Tuesday the {PARSER_FAULT} bridge would reopen.",
        "internal error in parsing: ValueError: injected parser fault",
    ),
    "g21_extractor.txt": (
        f"The ferry sailed 12 km before the {EXTRACTOR_FAULT} engine stopped.",
        "internal error in the distance extractor: RuntimeError: injected extractor fault",
    ),
    "g33_page.html": (
        PAGE.format(f"Engineers closed the bridge on Monday after a {HTML_FAULT} alarm."),
        "internal error in HTML extraction: RuntimeError: injected HTML fault",
    ),
}
CRASH = (
    "g29_crash.txt",
    (
        f"The port reopened on Friday after the {WORKER_CRASH} storm.",
        "a worker process died while extracting this document",
    ),
)


def faulty_folder(folder: Path, *, crash: bool = False) -> Path:
    """The good folder plus the bad documents and a named pipe."""
    good_folder(folder)
    for name, (content, _) in [*BAD.items(), *([CRASH] if crash else [])]:
        (folder / name).write_text(content, encoding="utf-8")
    os.mkfifo(folder / "g10_pipe.txt")
    return folder


def clean_run(root: Path) -> tuple[Path, bytes]:
    """The good folder under `root` and the output of a run over it with no fault installed."""
    folder, out = good_folder(root / "in"), root / "clean.jsonl"
    assert run_batch([str(folder)], output=str(out), reference_date=REFERENCE) == 0
    return folder, out.read_bytes()


def without(output: bytes, docs: set[str]) -> bytes:
    """The lines of `output` whose records are not of `docs`."""
    lines = output.decode("utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if json.loads(line)["doc"] not in docs).encode()


def check(
    folder: Path, output: bytes, stderr: str, clean: tuple[Path, bytes], bad: dict
) -> None:
    """Only the `bad` documents failed, with their reasons, and are named on stderr with the
    pipe's warning; the other records are those of the clean run."""
    failed = {str(folder / name): reason for name, (_, reason) in bad.items()}
    records = [json.loads(line) for line in output.decode("utf-8").splitlines()]
    documents = {r["doc"]: r for r in records if r["kind"] == "document"}
    for doc, reason in failed.items():
        assert (documents[doc]["status"], documents[doc]["error"]) == ("failed", reason)
        assert [r["kind"] for r in records if r["doc"] == doc] == ["document"]
    assert str(folder / "g10_pipe.txt") not in documents
    clean_folder, clean_output = clean
    assert without(output, set(failed)) == clean_output.replace(
        str(clean_folder).encode(), str(folder).encode()
    )
    lines = stderr.splitlines()
    pipe = f"Warning: {folder / 'g10_pipe.txt'}: a named pipe (FIFO), not a regular file; skipped"
    assert lines.count(pipe) == 1
    assert [line for line in lines if line != pipe] == [
        f"Error: {doc}: {reason}" for doc, reason in sorted(failed.items())
    ]


def install() -> None:
    nlp = load_model()
    if "newsfacts_test_fault" not in nlp.pipe_names:
        nlp.add_pipe("newsfacts_test_fault", after="parser")
    nlp.max_length = MAX_LENGTH
    EXTRACTORS["distance"] = distance_fault
    extractor.html.extract_article = article_fault
