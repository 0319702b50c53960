"""Batch runs: --jobs N gives byte-identical output, in-flight work stays bounded, failures are
reported in place, progress shows only at a terminal, the library entry point pickles."""

from __future__ import annotations

import io
import json
import os
import pickle
import random
import signal
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import Extractor, extract_records, pipeline
from extractor.cli import app
from extractor.parallel import (
    IN_FLIGHT_PER_WORKER,
    POOL_CHUNK,
    Job,
    LocalEngine,
    run_chunk,
    run_chunk_for_writing,
)
from extractor.pipeline import Result
from extractor.progress import Reporter, wanted
from extractor.records import Place
from extractor.sources import DEFAULT_GLOBS, Source, Unit, iter_sources, iter_units, to_source
from extractor.writers import JsonRecord

SENTENCES = (
    "Foreign Minister Ana Duarte said on Tuesday that the talks would resume next week.",
    "The ferry sank about 12 km off the coast of Porto, the coast guard said.",
    "Officials in Lisbon warned that the drought could last until March 2026.",
    "“We will not give up,” the mayor told reporters on Monday.",
    "The pipeline runs for 1,100km (680 miles) across three countries.",
    "Prices rose by two percent last month, according to the central bank.",
    "Nothing else happened here.",
    "The committee met in Geneva for two weeks in 2023.",
)


def make_batch(folder: Path, documents: int = 520, seed: int = 7) -> Path:
    """A folder of `documents` inputs of very uneven length: mostly a sentence or two, some
    empty, a few of thousands of words; a JSONL batch, an HTML page, a Latin-1 file (a
    warning), a binary file and a bad JSONL line (two failures)."""
    rng = random.Random(seed)
    folder.mkdir(exist_ok=True)
    lines = []
    for i in range(20):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
        item = {"id": f"brief-{i:02}", "text": text}
        if i % 3 == 0:
            item["reference_date"] = "2025-02-0" + str(1 + i % 9)
        lines.append(json.dumps(item))
    lines.insert(7, "{not json")
    (folder / "m_briefs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "m_page.html").write_text(
        "<!doctype html><html><head><title>Port talks</title></head><body><article><h1>Port"
        " talks</h1><p>" + "</p><p>".join(SENTENCES) + "</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "m_latin1.txt").write_bytes("The café in Porto reopened on Monday.".encode("latin-1"))
    (folder / "m_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    for i in range(documents - len(lines) - 3):
        size = rng.choice((0, 1, 1, 1, 1, 2, 2, 3)) if i % 97 else rng.choice((40, 80))
        paragraphs = [
            " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 2))) for _ in range(size)
        ]
        (folder / f"d{i:04}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_batch(tmp_path_factory.mktemp("batch") / "in")


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_batch_jobs_1_and_2_write_identical_output_and_report_failures(
    batch: Path, tmp_path: Path
) -> None:
    outputs, errors = [], []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.jsonl"
        result = run("extract", str(batch), "-o", str(out), "--jobs", jobs)
        assert result.exit_code == 1, result.output
        outputs.append(out.read_bytes())
        errors.append(result.stderr)
    assert outputs[0] == outputs[1]
    assert errors[0] == errors[1]
    undated = [line for line in errors[0].splitlines() if "no reference date" in line]
    assert [line for line in errors[0].splitlines() if line not in undated] == [
        f"Error: {batch / 'm_binary.txt'}: binary file, not text",
        f"Error: {batch / 'm_briefs.jsonl'}:8: not a JSON object "
        "(Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        f"Warning: {batch / 'm_latin1.txt'}: not UTF-8, read as cp1252",
    ]
    records = [json.loads(line) for line in outputs[0].decode("utf-8").splitlines()]
    unresolved = Counter(
        r["doc"] for r in records if r["kind"] == "date" and r["relative"] and r["value"] is None
    )
    assert sorted(undated) == sorted(
        f"Warning: {doc}: no reference date, so {n} relative date expression{'s' * (n > 1)} "
        "left without a value; give --reference-date YYYY-MM-DD"
        for doc, n in unresolved.items()
    )
    documents = [r for r in records if r["kind"] == "document"]
    assert len(documents) == 520
    assert [d["status"] for d in documents].count("failed") == 2
    assert {r["kind"] for r in records} == {
        "document",
        "actor",
        "place",
        "date",
        "distance",
        "claim",
        "event",
    }


def test_batch_units_read_what_iter_sources_reads(batch: Path) -> None:
    paths = [str(batch)]
    globs = ("*.txt", "*.html", "*.jsonl")
    from_units = [to_source(unit.load()) for unit in iter_units(paths, globs)]
    assert from_units == list(iter_sources(paths, globs=globs))


def test_batch_memory_zones_change_no_record(
    extractor, samples: Path, batch: Path, monkeypatch
) -> None:
    """With no budget of permanent words, the engine extracts every chunk in a spaCy memory
    zone; the records are the same as without, also on a second pass, after the first pass's
    strings were dropped."""
    monkeypatch.setattr(pipeline, "PERMANENT_WORDS_BUDGET", 0)
    paths = [str(samples), str(batch / "m_briefs.jsonl")]
    expected = [r.to_json() for res in extractor.extract_paths(paths) for r in res.records]
    engine = LocalEngine(Job(model=None, kinds=extractor.kinds)).start()
    for _ in range(2):
        got = [
            r.to_json()
            for res in engine.results(iter_units(paths, DEFAULT_GLOBS))
            for r in res.records
        ]
        assert got == expected


def test_batch_pool_keeps_in_flight_work_bounded() -> None:
    pulled = 0

    def units():
        nonlocal pulled
        for i in range(600):
            pulled += 1
            source = Source(doc=f"n{i}", text="Rain." * (i % 5))
            yield Unit(f"n{i}", "ready", item=source)

    job = Job(model=None, kinds=("document",))
    seen = 0
    with LocalEngine(job, jobs=2) as engine:
        bound = engine.workers * IN_FLIGHT_PER_WORKER
        for result in engine.results(units()):
            assert result.doc == f"n{seen}"
            seen += 1
            assert pulled - seen <= bound
    assert seen == 600
    assert engine.max_in_flight == engine.workers * IN_FLIGHT_PER_WORKER // POOL_CHUNK


def test_batch_progress_only_at_a_terminal_with_several_documents() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert wanted(True, Tty()) is True
    assert wanted(False, Tty()) is False
    assert wanted(True, io.StringIO()) is False


def test_batch_progress_summary_line_counts_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    reporter = Reporter(enabled=False, kinds=("document", "date"))
    doc = extract_records("Rain on Monday.", reference_date="2025-01-06", kinds=("date",))
    assert [r["kind"] for r in doc] == ["date"]
    reporter.documents, reporter.failed = 1200, 2
    reporter.records.update({"document": 1200, "date": 3456})
    line = reporter.summary()
    assert line.startswith("newsfacts: 1,200 documents, 2 failed; 4,656 records ")
    assert "(document 1,200, date 3,456); " in line
    assert line.endswith(" s")


def test_batch_progress_bar_and_summary_go_to_a_terminal_stderr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Tty()
    monkeypatch.setattr("sys.stderr", err)
    reporter = Reporter(enabled=True, kinds=("document",)).start(lambda: 2)
    reporter.message("Warning: x")
    reporter.document([], False)
    reporter.document([], True)
    reporter.close()
    text = err.getvalue()
    assert "Warning: x" in text
    assert "newsfacts: 2 documents, 1 failed; 0 records (document 0); " in text.splitlines()[-1]


def test_batch_cli_stderr_is_quiet_when_not_a_terminal(batch: Path) -> None:
    paths = (str(batch / "d0001.txt"), str(batch / "d0002.txt"))
    result = run("extract", *paths, "--kinds", "date", "--reference-date", "2025-01-06")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_batch_extract_records_pickles_and_matches_the_cli(tmp_path: Path) -> None:
    text = SENTENCES[0] + " " + SENTENCES[1]
    function = pickle.loads(pickle.dumps(extract_records))
    got = function(text, doc_id="a", reference_date="2025-01-06")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = run("extract", str(path), "--reference-date", "2025-01-06")
    expected = [json.loads(line) for line in result.stdout.splitlines()]
    for record in expected:
        record["doc"] = "a"
    assert got == expected
    assert got[-1]["kind"] == "document"


def test_batch_run_batch_from_python_writes_what_the_command_writes(
    batch: Path, tmp_path: Path
) -> None:
    from extractor.batch import run_batch
    from extractor.errors import UsageError

    paths = [str(batch / "d0001.txt"), str(batch / "m_page.html")]
    command = run("extract", *paths, "-o", str(tmp_path / "cli.csv"), "--kinds", "date,actor")
    assert command.exit_code == 0
    out = tmp_path / "lib.csv"
    assert run_batch(paths, output=str(out), kinds=("date", "actor")) == 0
    assert out.read_bytes() == (tmp_path / "cli.csv").read_bytes()
    with pytest.raises(UsageError, match="^--resume needs -o/--output$"):
        run_batch(paths, resume=True)


def test_batch_worker_serialises_records_and_a_document_it_cannot_fails_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = {"ok": "The bridge in Braga closed.", "bad": "The ferry sailed to Faro."}
    units = [Unit(doc, "ready", item=Source(doc=doc, text=text)) for doc, text in texts.items()]
    job = Job(model=None, kinds=("document", "place"))
    ok, _ = run_chunk_for_writing(units, job)
    assert [(r.kind, r.text) for r in ok.records] == [("place", "Braga"), ("document", "")]
    assert all(isinstance(r, JsonRecord) for r in ok.records)
    assert [r.to_json() for r in ok.records] == [
        r.to_json() for r in run_chunk(units, job)[0].records
    ]

    def unwritable(record: Place) -> str:
        if record.name == "Faro":
            raise ValueError("no JSON for Faro")
        return json.dumps(record.to_dict(), ensure_ascii=False)

    monkeypatch.setattr(Place, "to_json", unwritable)
    ok_again, bad = run_chunk_for_writing(units, job)
    assert [r.to_json() for r in ok_again.records] == [r.to_json() for r in ok.records]
    reason = "internal error in serialization: ValueError: no JSON for Faro"
    assert bad.error == reason
    assert [(r.kind, r.to_dict()["status"], r.to_dict()["error"]) for r in bad.records] == [
        ("document", "failed", reason)
    ]


def test_batch_a_ctrl_c_that_compiled_code_swallowed_still_ends_the_run(
    extractor: Extractor, tmp_path: Path
) -> None:
    """Cython reports a KeyboardInterrupt raised inside a `noexcept` callback as unraisable and
    drops it. The run still stops: the document in hand when the signal came is not written,
    and the status is 130."""
    from extractor.batch import INTERRUPTED, write_results
    from extractor.writers import JsonlWriter

    for i, text in enumerate(["The ferry sailed on Monday.", "The port shut on Tuesday.",
                              "The bridge reopened on Friday."]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")

    def swallowing(results: Iterator[Result]) -> Iterator[Result]:
        for k, result in enumerate(results):
            if k == 1:
                with suppress(KeyboardInterrupt):  # as compiled code does with what it
                    os.kill(os.getpid(), signal.SIGINT)  # cannot raise
            yield result

    out = tmp_path / "out.jsonl"
    # a shell that starts the tests in the background hands them SIGINT ignored: put Python's
    # own handler in place, as an interactive run has it
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with open(out, "w", encoding="utf-8") as stream:
            results = swallowing(extractor.extract_paths([str(tmp_path / f"{i}.txt")
                                                          for i in range(3)]))
            code = write_results(results, JsonlWriter(stream), ("document",))
        handler_after = signal.getsignal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert code == INTERRUPTED
    assert [json.loads(line)["doc"] for line in out.read_text().splitlines()] == [
        str(tmp_path / "0.txt")
    ]
    assert handler_after is signal.default_int_handler
