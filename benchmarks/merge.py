"""What `newsfacts merge` costs beside the extraction it follows (run by hand).

    .venv/bin/python benchmarks/merge.py [--docs 2000] [--work DIR] [--reuse]

Builds a collection of `--docs` news articles: the samples and, when present beside the
checkout, the dev texts, then new articles made of the first half of one and the second half of
another (seeded, so every run makes the same ones), written as one JSONL batch. Runs
`newsfacts extract` on it (one process) and `newsfacts merge --with-records` on the records,
each as its own process, and prints for both the CPU time (user + system, which a busy machine
disturbs less than wall time) and the wall time, and for merge its peak memory (RSS) and records
per second. Targets (issue 15): merge under a tenth of the extraction's time, peak under 300 MB.
`--reuse` keeps the records of an earlier run in `--work` and times only the merge.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"
NEWSFACTS = [sys.executable, "-m", "extractor"]
SEED = 15
RATIO_TARGET, PEAK_TARGET_MB = 0.10, 300


def originals() -> Iterator[str]:
    """Article texts: the plain-text samples, then the dev sets' documents where present."""
    for path in sorted((ROOT / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        if text:
            yield text
    for path in sorted(DEV.glob("*.jsonl")) if DEV.is_dir() else ():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]


def collection(size: int) -> list[str]:
    """`size` articles: the originals, then halves of two originals joined at a paragraph."""
    texts = list(originals())
    rng = random.Random(SEED)
    out = texts[:size]
    while len(out) < size:
        first, second = rng.sample(texts, 2)
        head, tail = _half(first)[0], _half(second)[1]
        out.append(f"{head}\n\n{tail}")
    return out


def _half(text: str) -> tuple[str, str]:
    cut = text.find("\n", len(text) // 2)
    cut = cut if cut > 0 else len(text) // 2
    return text[:cut].strip(), text[cut:].strip()


def timed(args: list[str], stdout_path: Path) -> tuple[float, float, float]:
    """Run one process; (CPU seconds, wall seconds, peak RSS in MB) of that process alone."""
    start = time.perf_counter()
    with open(stdout_path, "w", encoding="utf-8") as out:
        process = subprocess.Popen(args, stdout=out, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(args)} failed with status {status}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--work", type=Path, default=None, help="keep the files here")
    parser.add_argument("--reuse", action="store_true", help="reuse --work's records")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="newsfacts-merge-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    batch, records, merged = work / "docs.jsonl", work / "records.jsonl", work / "merged.jsonl"
    extract = None
    if not (args.reuse and records.exists()):
        with open(batch, "w", encoding="utf-8") as handle:
            for number, text in enumerate(collection(args.docs)):
                handle.write(json.dumps({"id": f"doc-{number}", "text": text}) + "\n")
        extract = timed([*NEWSFACTS, "extract", "--format", "jsonl", str(batch)], records)
    with open(records, encoding="utf-8") as lines:  # streamed: a child's peak RSS starts at
        count = sum(1 for _ in lines)  # its parent's (fork keeps it), so keep the parent small
    merge = timed([*NEWSFACTS, "merge", "--with-records", str(records)], merged)
    kinds: dict[str, int] = {}
    with open(merged, encoding="utf-8") as lines:
        for line in lines:
            kind = json.loads(line)["kind"]
            kinds[kind] = kinds.get(kind, 0) + 1
    print(f"collection: {args.docs} documents, {count} records in ({work})")
    print(f"merge out: {kinds.get('entity', 0)} entities, {kinds.get('story', 0)} stories")
    print(f"merge:   {merge[0]:7.1f} s CPU {merge[1]:7.1f} s wall  peak {merge[2]:.0f} MB "
          f"(target < {PEAK_TARGET_MB} MB)  {count / merge[0]:,.0f} records/s CPU")
    if extract is not None:
        cpu, wall, peak = extract
        print(f"extract: {cpu:7.1f} s CPU {wall:7.1f} s wall  peak {peak:.0f} MB")
        print(f"merge / extract: {merge[0] / extract[0]:.3f} CPU, {merge[1] / extract[1]:.3f} wall "
              f"(target < {RATIO_TARGET})")


if __name__ == "__main__":
    main()
