"""Throughput of a whole batch run, start-up included: bare spaCy beside newsfacts --jobs 1, 2.

    .venv/bin/python benchmarks/throughput.py [--docs 300] [--repeat 3] [--jobs 1,2]

Builds `--docs` plain-text articles of 2-4 KB from the bundled samples' article paragraphs (fixed
seed; each under a byline with a made-up name, so the vocabulary keeps growing), then times
whole processes, from start to exit, as a user runs them, alternating, `--repeat` times each:

- bare spaCy: a Python process that imports spaCy, loads the same model and runs `nlp.pipe`
  (batch size 16) over the files, read one by one;
- newsfacts: `newsfacts extract CORPUS -o OUT.jsonl --jobs N`.

Prints the medians of wall seconds and documents/s, the ratios to the targets of issue 12
(`--jobs 1` at least 0.9x bare spaCy's speed; `--jobs 2` at least 1.8x `--jobs 1` on 2 cores),
the CPU seconds of each run (its process and every process below it) and the largest peak
RSS of one of its processes. On a shared machine wall time includes waiting for a core: the
load average and the share of the machine's CPU time the run's own processes used are printed
beside; run it when the machine is quiet.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scaling import ONE_THREAD, prose_paragraphs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIN_CHARS, MAX_CHARS = 2000, 4000
BATCH_SIZE = 16
POLL_SECONDS = 0.5  # how often a run's descendants are read from /proc
BARE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.load(sys.argv[1])
files = sorted(Path(sys.argv[2]).glob("*.txt"))
for doc in nlp.pipe((f.read_text(encoding="utf-8") for f in files), batch_size={batch}):
    pass
"""


def build_corpus(folder: Path, documents: int, seed: int = 13) -> None:
    """`documents` articles of 2-4 KB, paragraphs drawn at random under a made-up byline."""
    rng = random.Random(seed)
    paragraphs = prose_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        name = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        text = f"By {name.capitalize()} Oksanen, report {rng.randint(1000, 99999)}\n\n"
        target = rng.randint(MIN_CHARS, MAX_CHARS)
        while len(text) < target:
            paragraph = rng.choice(paragraphs)
            if len(text) + len(paragraph) > MAX_CHARS and len(text) >= MIN_CHARS:
                break
            text += paragraph + "\n\n"
        (folder / f"doc{i:04}.txt").write_text(text, encoding="utf-8")


def run(command: list[str]) -> dict[str, float]:
    """Wall and CPU seconds and the largest peak RSS of one whole process and its descendants
    (pool workers are the forkserver's children, which wait4 does not count: they are read
    from /proc while the run lasts)."""
    env = {**os.environ, **ONE_THREAD}
    busy = _busy_ticks()
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: dict[int, tuple[float, float]] = {}
    while proc.poll() is None:
        for pid in _descendants(proc.pid):
            seen[pid] = _cpu_and_peak(pid) or seen.get(pid, (0.0, 0.0))
        time.sleep(POLL_SECONDS)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[:3]} failed: {proc.stderr.read().decode()[-2000:]}")
    total_busy, total = (after - before for after, before in zip(_busy_ticks(), busy, strict=True))
    main_cpu = usage.ru_utime + usage.ru_stime - _reaped_cpu(usage)
    return {
        "wall": wall,
        "cpu": main_cpu + sum(cpu for cpu, _ in seen.values()),
        "peak_mb": max([usage.ru_maxrss / 1024, *(peak for _, peak in seen.values())]),
        "machine": total_busy / max(total, 1),
    }


_REAPED = [0.0]


def _reaped_cpu(usage: resource.struct_rusage) -> float:
    """CPU seconds of the children reaped before this one (RUSAGE_CHILDREN accumulates)."""
    before, _REAPED[0] = _REAPED[0], usage.ru_utime + usage.ru_stime
    return before


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (not `pid` itself), from /proc/*/stat."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], list(parents.get(pid, []))
    while todo:
        child = todo.pop()
        out.append(child)
        todo += parents.get(child, [])
    return out


def _cpu_and_peak(pid: int) -> tuple[float, float] | None:
    """(CPU seconds, peak RSS in MB) of a live process, None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            peak = next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), peak / 1024


def _busy_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine so far, from /proc/stat."""
    with open("/proc/stat", encoding="ascii") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    args = parser.parse_args()
    from extractor.models import model_versions

    model = model_versions()["model"].split()[0]
    newsfacts = str(Path(sys.executable).with_name("newsfacts"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out.jsonl"
        build_corpus(corpus, args.docs)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
        print(f"corpus: {args.docs} documents, {chars / 1000:.0f} KB")
        commands = {"bare spaCy": [sys.executable, "-c", BARE.format(batch=BATCH_SIZE), model]}
        commands["bare spaCy"].append(str(corpus))
        for jobs in args.jobs.split(","):
            command = [newsfacts, "extract", str(corpus), "-o", str(out), "--jobs", jobs]
            commands[f"newsfacts --jobs {jobs}"] = command
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(run(command))
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    report(runs, args.docs)


def report(runs: dict[str, list[dict[str, float]]], docs: int) -> None:
    medians = {
        name: {key: statistics.median(r[key] for r in rs) for key in rs[0]}
        for name, rs in runs.items()
    }
    print(f"{'run':<20}{'wall s':>8}{'docs/s':>8}{'CPU s':>8}{'peak MB':>9}{'machine':>9}")
    for name, m in medians.items():
        print(
            f"{name:<20}{m['wall']:>8.1f}{docs / m['wall']:>8.1f}{m['cpu']:>8.1f}"
            f"{m['peak_mb']:>9.0f}{m['machine']:>8.0%}"
        )
    print(
        f"(medians of {len(next(iter(runs.values())))}; machine: share of all cores busy during"
        " the run, this run's processes and others')"
    )
    bare = medians["bare spaCy"]["wall"]
    one = medians.get("newsfacts --jobs 1")
    two = medians.get("newsfacts --jobs 2")
    if one:
        print(f"\n--jobs 1 speed / bare spaCy: {bare / one['wall']:.2f}x (target >= 0.9x)")
        print(f"  by CPU seconds:            {medians['bare spaCy']['cpu'] / one['cpu']:.2f}x")
    if one and two:
        print(f"--jobs 2 speed / --jobs 1:   {one['wall'] / two['wall']:.2f}x (target >= 1.8x)")


if __name__ == "__main__":
    main()
