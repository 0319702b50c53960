"""--resume: a run killed with SIGKILL at any point (between documents, between a document's
records, while resuming) continues to exactly the output of an uninterrupted run."""

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

from extractor.cli import app
from extractor.resume import SUFFIX, SYNC_DOCUMENTS, Checkpoint
from extractor.resume import read_sidecar as _read

DATED = "The envoy arrived on Monday, left on 5 March 2024 and returns in 2023, officials said."
PLAIN = ["The port stayed quiet.", "Nobody came to the meeting.", "Fog covered the bay."]
OPTIONS = ("--kinds", "date", "--reference-date", "2025-01-06")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 small files and a 20-line JSONL batch; every tenth document has three dates, the
    others none or one, so many documents write no record at all."""
    folder = tmp_path_factory.mktemp("resume") / "in"
    folder.mkdir()
    for i in range(200):
        text = DATED if i % 10 == 0 else PLAIN[i % 3] + (" It rained on Friday." if i % 4 else "")
        (folder / f"d{i:04}.txt").write_text(text, encoding="utf-8")
    lines = [
        json.dumps({"id": f"j{i}", "text": DATED if i % 5 == 0 else PLAIN[0]}) for i in range(20)
    ]
    (folder / "z_batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The uninterrupted output in each format."""
    out = tmp_path_factory.mktemp("clean")
    found = {}
    for fmt in ("jsonl", "csv", "json"):
        path = out / f"clean.{fmt}"
        result = run("extract", str(corpus), "-o", str(path), "--format", fmt, *OPTIONS)
        assert result.exit_code == 0, result.output
        found[fmt] = path.read_bytes()
    return found


def _command(corpus: Path, out: Path, fmt: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "extractor",
        "extract",
        str(corpus),
        "-o",
        str(out),
        "--format",
        fmt,
        *OPTIONS,
        *extra,
    ]


def killed_run(corpus: Path, out: Path, fmt: str, kill_at: str, *extra: str) -> None:
    """Run in a subprocess that kills itself (SIGKILL) at document:records, via the test hook."""
    env = {**os.environ, "NEWSFACTS_TEST_KILL_AT": kill_at}
    proc = subprocess.run(
        _command(corpus, out, fmt, *extra), env=env, capture_output=True, timeout=180
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()


@pytest.mark.parametrize(
    ("fmt", "kill_at", "extra"),
    [
        ("jsonl", "0:0", ()),  # before the first document
        ("jsonl", "130:1", ()),  # after one of document 130's three records
        ("csv", "70:2", ()),
        ("json", "205:1", ()),  # inside the JSONL batch
        ("jsonl", "215:0", ()),  # between two documents, near the end
        ("jsonl", "150:2", ("--jobs", "2")),
    ],
)
def test_resume_after_kill_ends_identical_to_a_clean_run(
    corpus: Path, clean: dict[str, bytes], tmp_path: Path, fmt: str, kill_at: str, extra: tuple
) -> None:
    out = tmp_path / f"out.{fmt}"
    killed_run(corpus, out, fmt, kill_at, *extra)
    index = int(kill_at.partition(":")[0])
    if index > 0:
        assert out.stat().st_size > 0
    if index >= SYNC_DOCUMENTS:  # the sidecar lists documents, so resuming skips them
        options = json.loads(Path(str(out) + SUFFIX).read_text().splitlines()[0])["options"]
        assert _read(str(out) + SUFFIX, options)[1].done >= SYNC_DOCUMENTS
    assert out.read_bytes() != clean[fmt]
    result = run("extract", str(corpus), "-o", str(out), "--format", fmt, *OPTIONS, "--resume")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert out.read_bytes() == clean[fmt]
    assert (
        Path(str(out) + SUFFIX)
        .read_text(encoding="utf-8")
        .splitlines()[-1]
        .startswith('["done", 220, ')
    )


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_resume_when_no_document_wrote_a_record_keeps_the_header(
    corpus: Path, tmp_path: Path, fmt: str
) -> None:
    """Only the `[` of a json array or the csv header line is in the output before the kill."""
    args = ["--format", fmt, "--kinds", "distance"]
    clean = tmp_path / f"clean.{fmt}"
    assert run("extract", str(corpus), "-o", str(clean), *args).exit_code == 0
    out = tmp_path / f"out.{fmt}"
    env = {**os.environ, "NEWSFACTS_TEST_KILL_AT": "100"}
    command = [sys.executable, "-m", "extractor", "extract", str(corpus), "-o", str(out), *args]
    proc = subprocess.run(command, env=env, capture_output=True, timeout=180)
    assert proc.returncode == -signal.SIGKILL
    result = run("extract", str(corpus), "-o", str(out), *args, "--resume")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == clean.read_bytes()


def test_resume_survives_being_killed_again_while_resuming(
    corpus: Path, clean: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    killed_run(corpus, out, "jsonl", "60:1")
    killed_run(corpus, out, "jsonl", "180:2", "--resume")
    result = run("extract", str(corpus), "-o", str(out), *OPTIONS, "--resume")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == clean["jsonl"]


def test_resume_after_an_external_sigkill_at_an_arbitrary_moment(
    corpus: Path, clean: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        _command(corpus, out, "jsonl"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > len(clean["jsonl"]) // 3:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    result = run("extract", str(corpus), "-o", str(out), *OPTIONS, "--resume")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == clean["jsonl"]


def test_resume_of_a_finished_run_leaves_the_output_alone(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out.jsonl"
    first = run("extract", str(tmp_path / "in"), "-o", str(out), *OPTIONS)
    assert first.exit_code == 1
    before = out.read_bytes()
    again = run("extract", str(tmp_path / "in"), "-o", str(out), *OPTIONS, "--resume")
    assert again.exit_code == 1  # as the run it continues ended
    assert again.stderr == ""
    assert out.read_bytes() == before


def test_resume_without_a_sidecar_starts_from_the_beginning(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DATED, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("stale\n", encoding="utf-8")
    result = run("extract", str(tmp_path / "in"), "-o", str(out), *OPTIONS, "--resume")
    assert result.exit_code == 0
    assert [json.loads(line)["kind"] for line in out.read_text().splitlines()] == ["date"] * 3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--kinds", "actor"), "was written by a run with other kinds; run without --resume"),
        (("--format", "csv"), "was written by a run with other format; run without --resume"),
    ],
)
def test_resume_refuses_other_options(tmp_path: Path, change: tuple, message: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DATED, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    sidecar = Path(str(out) + SUFFIX)
    assert run("extract", str(tmp_path / "in"), "-o", str(out), *OPTIONS).exit_code == 0
    lines = sidecar.read_text(encoding="utf-8").splitlines()
    sidecar.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # as if interrupted
    args = ["extract", str(tmp_path / "in"), "-o", str(out), *OPTIONS, *change, "--resume"]
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: cannot resume: {sidecar} ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_resume_refuses_changed_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(DATED, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    sidecar = Path(str(out) + SUFFIX)
    assert run("extract", str(folder), "-o", str(out), *OPTIONS).exit_code == 0
    lines = sidecar.read_text(encoding="utf-8").splitlines()
    sidecar.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")  # a and b done
    (folder / "a.txt").unlink()
    result = run("extract", str(folder), "-o", str(out), *OPTIONS, "--resume")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: cannot resume {out}: the inputs changed since the interrupted run "
        f"(document 2 was {folder / 'b.txt'}); run without --resume to start over\n"
    )


def test_resume_needs_a_resumable_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DATED, encoding="utf-8")
    out = tmp_path / "out.txt"
    result = run(
        "extract", str(tmp_path / "a.txt"), "-o", str(out), "--format", "table", "--resume"
    )
    assert result.exit_code == 2
    assert result.stderr == "Error: --resume works with --format jsonl, json, csv\n"


def test_resume_sidecar_torn_or_broken_lines_end_the_valid_part(tmp_path: Path) -> None:
    options = {"format": "jsonl"}
    sidecar = tmp_path / "out.jsonl.progress"
    header = json.dumps({"newsfacts_progress": 1, "options": options})
    sidecar.write_text(
        f'{header}\n[0, 10, 1, 0, "a"]\n[1, 25, 2, 1, "b"]\n[2, 40, 3, 1, "c"',
        encoding="utf-8",
    )
    lines, checkpoint = _read(str(sidecar), options)
    assert checkpoint == Checkpoint(done=2, offset=25, records=2, failed=1, key="b")
    assert len(lines) == 2
    sidecar.write_text(f'{header}\n[0, 10, 1, 0, "a"]\n[5, 25, 2, 1, "b"]\n', encoding="utf-8")
    assert _read(str(sidecar), options)[1] == Checkpoint(done=1, offset=10, records=1, key="a")
