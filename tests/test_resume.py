"""--resume: a run killed with SIGKILL at any point (between documents, in the middle of a
document's records, while resuming) continues to exactly the output of an uninterrupted run.

The runs are killed from outside, as a crash would end them: the test watches the output and
its sidecar and sends SIGKILL when they reach a point; a record cut short by the crash is
then added to the output by hand."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
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


# What a crash in the middle of writing a document leaves at the end of the output: the start
# of a record, cut short (as if the process died between two writes of a long document).
TORN = {
    "jsonl": '{"schema": "newsfacts/1", "kind": "da',
    "csv": "newsfacts/1,/tmp/in/d0001.txt,da",
    "json": ',\n{"schema": "newsfacts/1", "ki',
}


def sidecar_documents(out: Path) -> int:
    """How many finished documents the run's sidecar lists so far."""
    try:
        lines = Path(str(out) + SUFFIX).read_text(encoding="utf-8").split("\n")[1:-1]
    except (FileNotFoundError, UnicodeDecodeError):
        return 0
    return sum(line.startswith("[") and not line.startswith('["done"') for line in lines)


def output_bytes(out: Path) -> int:
    return out.stat().st_size if out.exists() else 0


def killed_run(command: list[str], until: Callable[[], bool], *, torn: str | None = None) -> None:
    """Start the command and SIGKILL it from outside as soon as `until()` holds, as a crash
    would; with `torn`, then leave a half-written record at the end of the output."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while proc.poll() is None and not until() and time.monotonic() < deadline:
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err.decode()  # killed, not finished
    if torn is not None:
        out = Path(command[command.index("-o") + 1])
        with out.open("a", encoding="utf-8", newline="") as handle:
            handle.write(torn)


def offset_of(clean: bytes, doc: str) -> int:
    """Where the first record of `doc` starts in a clean jsonl or json output."""
    return clean.index(f'"doc": "{doc}"'.encode())


@pytest.mark.parametrize(
    ("fmt", "moment", "torn", "extra"),
    [
        ("jsonl", "started", False, ()),  # before the first document
        ("jsonl", "listed", True, ()),  # the sidecar lists documents; one is half written
        ("csv", "third", True, ()),
        ("json", "batch", True, ()),  # inside the JSONL batch
        ("jsonl", "near-end", False, ()),
        ("jsonl", "listed", True, ("--jobs", "2")),
    ],
)
def test_resume_after_kill_ends_identical_to_a_clean_run(
    corpus: Path,
    clean: dict[str, bytes],
    tmp_path: Path,
    fmt: str,
    moment: str,
    torn: bool,
    extra: tuple,
) -> None:
    out = tmp_path / f"out.{fmt}"
    until = {
        "started": lambda: Path(str(out) + SUFFIX).exists(),
        "listed": lambda: sidecar_documents(out) >= SYNC_DOCUMENTS,
        "third": lambda: output_bytes(out) > len(clean[fmt]) // 3,
        "batch": lambda: output_bytes(out) > offset_of(clean["json"], "j0"),
        "near-end": lambda: output_bytes(out) > len(clean[fmt]) * 9 // 10,
    }[moment]
    killed_run(_command(corpus, out, fmt, *extra), until, torn=TORN[fmt] if torn else None)
    if moment == "listed":  # resuming skips what the sidecar lists
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
    command = [sys.executable, "-m", "extractor", "extract", str(corpus), "-o", str(out), *args]
    killed_run(command, lambda: sidecar_documents(out) >= SYNC_DOCUMENTS)
    result = run("extract", str(corpus), "-o", str(out), *args, "--resume")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == clean.read_bytes()


def test_resume_survives_being_killed_again_while_resuming(
    corpus: Path, clean: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    command = _command(corpus, out, "jsonl")
    killed_run(command, lambda: sidecar_documents(out) >= SYNC_DOCUMENTS, torn=TORN["jsonl"])
    first = sidecar_documents(out)
    killed_run(
        [*command, "--resume"],
        lambda: sidecar_documents(out) >= first + SYNC_DOCUMENTS,
        torn=TORN["jsonl"],
    )
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
