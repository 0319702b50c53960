"""One bad document never stops a run: a parser, extractor or HTML-extraction fault, a worker
that dies, a document over the model's max_length and a named pipe in the folder, with
`--jobs 1` and `--jobs 2` (`--dask` is in test_dask.py). Only the bad documents fail, each
named on stderr; every other document's records are byte-identical to a run without them.

Faults are injected with `run_batch(setup=faults.install)` (see tests/faults.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import faults
import pytest
from faults import install

from extractor import run_batch

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    return faults.clean_run(tmp_path_factory.mktemp("clean"))


def test_faults_jobs_1_only_the_bad_documents_fail(
    clean: tuple[Path, bytes], tmp_path: Path
) -> None:
    folder = faults.faulty_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    script = (
        "import sys, faults; from extractor import run_batch; "
        f"sys.exit(run_batch([{str(folder)!r}], output={str(out)!r}, "
        "reference_date=faults.REFERENCE, setup=faults.install))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 1, proc.stderr
    faults.check(folder, out.read_bytes(), proc.stderr, clean, faults.BAD)


def test_faults_jobs_2_only_the_bad_documents_fail_also_one_that_kills_its_worker(
    clean: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = faults.faulty_folder(tmp_path / "in", crash=True)
    out = tmp_path / "out.jsonl"
    code = run_batch(
        [str(folder)], output=str(out), jobs=2, reference_date=faults.REFERENCE, setup=install
    )
    assert code == 1
    bad = {**faults.BAD, faults.CRASH[0]: faults.CRASH[1]}
    faults.check(folder, out.read_bytes(), capsys.readouterr().err, clean, bad)
