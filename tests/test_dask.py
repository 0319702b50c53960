"""--dask: the same output as a local run, on a real dask.distributed LocalCluster (worker
processes, TCP on loopback); clear usage errors for an unreachable cluster or a missing extra."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import faults
import pytest
from typer.testing import CliRunner

from extractor import extract_records, run_batch
from extractor.cli import app

distributed = pytest.importorskip("distributed")

TEXTS = (
    "Foreign Minister Ana Duarte said on Tuesday that the talks would resume next week.",
    "The ferry sank about 12 km off the coast of Porto, the coast guard said.",
    "“We will not give up,” the mayor told reporters on Monday.",
    "Nothing else happened here.",
)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=50,
    ) as local:
        yield local


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_dask_output_equals_a_local_run(cluster, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):
        text = " ".join(TEXTS[j % len(TEXTS)] for j in range(i % 7))
        (folder / f"d{i:03}.txt").write_text(text, encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": TEXTS[i % 4]}) for i in range(10)]
    (folder / "e.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "f_bad.txt").write_bytes(b"\x00\x01binary")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    args = ("extract", str(folder), "--reference-date", "2025-01-06")
    here = run(*args, "-o", str(local))
    there = run(*args, "-o", str(remote), "--dask", cluster.scheduler_address)
    assert (here.exit_code, there.exit_code) == (1, 1)
    assert there.stderr == here.stderr == f"Error: {folder / 'f_bad.txt'}: binary file, not text\n"
    assert remote.read_bytes() == local.read_bytes()
    assert len(local.read_text(encoding="utf-8").splitlines()) > 71


def test_dask_library_entry_point_maps_on_the_cluster(cluster) -> None:
    with distributed.Client(cluster.scheduler_address) as client:
        futures = client.map(
            extract_records, TEXTS, doc_id="x", reference_date="2025-01-06", pure=False
        )
        remote = client.gather(futures)
    assert remote == [extract_records(t, doc_id="x", reference_date="2025-01-06") for t in TEXTS]


def test_dask_unreachable_address_is_a_usage_error(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--dask", f"tcp://127.0.0.1:{port}")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"Error: cannot reach the dask scheduler at tcp://127.0.0.1:{port}"
    )
    assert len(result.stderr.splitlines()) == 1


def test_dask_missing_extra_is_a_usage_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--dask", "tcp://127.0.0.1:1")
    assert result.exit_code == 2
    assert result.stderr == 'Error: --dask needs the dask extra: pip install "newsfacts[dask]"\n'


def test_dask_and_jobs_together_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--dask", "tcp://x:1", "--jobs", "2")
    assert result.exit_code == 2
    assert result.stderr == "Error: --jobs and --dask cannot be used together\n"


def test_dask_only_the_bad_documents_fail(cluster, tmp_path: Path, capsys) -> None:
    """A parser, extractor or HTML-extraction fault fails its document alone on the cluster
    (never the chunk of 16 it was sent in); the over-long document and all the others come
    out as in a clean run; the named pipe is skipped with a warning (see tests/faults.py)."""
    (tmp_path / "clean").mkdir()
    clean = faults.clean_run(tmp_path / "clean")
    folder = faults.faulty_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    try:
        code = run_batch(
            [str(folder)],
            output=str(out),
            reference_date=faults.REFERENCE,
            dask=cluster.scheduler_address,
            setup=faults.install,
        )
    finally:
        with distributed.Client(cluster.scheduler_address) as client:
            client.restart()  # workers without the faults for any later test
    assert code == 1
    faults.check(folder, out.read_bytes(), capsys.readouterr().err, clean, faults.BAD)
