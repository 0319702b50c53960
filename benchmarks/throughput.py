"""Throughput of a batch run: bare spaCy `nlp.pipe` vs newsfacts with --jobs 1 and --jobs 2.

    .venv/bin/python benchmarks/throughput.py [--docs 2000] [--corpus DIR] [--jobs 1,2]

Builds a corpus of `--docs` plain-text articles from `samples/` (paragraphs of the bundled
articles, shuffled into documents of very different lengths, each under a byline with a made-up
name and number so the vocabulary keeps growing, with a fixed seed), then runs each
configuration in a fresh process over the same files: bare `nlp.pipe` of the same model in the
same batch size (tokens counted here), and newsfacts reading, extracting every kind and writing
JSONL through the same engine as `newsfacts extract --jobs N`. Model loading and worker start-up
are left out of the timings (a warm-up batch runs first).

Prints documents/s, tokens/s, the ratios to the targets (--jobs 1 >= 0.85x bare spaCy tokens/s;
--jobs 2 >= 1.7x --jobs 1), the peak RSS of each process that holds a model after a quarter of
the corpus and at the end (it must not grow with the number of documents), and the CPU seconds
those processes used: on a shared machine a process busy for less than its wall time was
waiting for a core (the share of the machine busy, from /proc/stat, is printed too). Run it
when the machine is quiet.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WARM_DOCS = 64


def sample_paragraphs() -> list[str]:
    """Prose paragraphs of the bundled samples (text files, JSONL texts, HTML article text)."""
    from extractor.sources import iter_sources

    paragraphs: list[str] = []
    for item in iter_sources([str(ROOT / "samples")]):
        text = getattr(item, "text", "")
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8]
    return paragraphs


def build_corpus(folder: Path, documents: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    paragraphs = sample_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        size = rng.choice((1, 2, 3, 4, 6, 8, 12)) if i % 50 else 40
        body = "\n\n".join(rng.choice(paragraphs) for _ in range(size))
        name = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        byline = f"By {name.capitalize()} Oksanen, report {rng.randint(1000, 99999)}"
        (folder / f"doc{i:06}.txt").write_text(f"{byline}\n\n{body}\n", encoding="utf-8")


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a process, in MB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine."""
    with open("/proc/stat", encoding="ascii") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def files_of(corpus: Path) -> list[str]:
    return sorted(str(p) for p in corpus.glob("*.txt"))


def run_bare(corpus: Path) -> dict:
    from extractor.pipeline import BATCH_SIZE, load_model

    nlp = load_model()
    nlp.batch_size = BATCH_SIZE  # the batches newsfacts feeds nlp.pipe
    files = files_of(corpus)
    list(nlp.pipe(Path(f).read_text(encoding="utf-8") for f in files[:WARM_DOCS]))
    quarter = len(files) // 4
    rss_quarter = 0.0
    tokens = 0
    cpu = cpu_seconds(os.getpid())
    start = time.perf_counter()
    texts = (Path(f).read_text(encoding="utf-8") for f in files)
    for n, doc in enumerate(nlp.pipe(texts), 1):
        tokens += len(doc)
        if n == quarter:
            rss_quarter = peak_rss_mb(os.getpid())
    seconds = time.perf_counter() - start
    rss = {os.getpid(): (rss_quarter, peak_rss_mb(os.getpid()))}
    cpu = {os.getpid(): cpu_seconds(os.getpid()) - cpu}
    return {"docs": len(files), "tokens": tokens, "seconds": seconds, "rss": rss, "cpu": cpu}


def run_newsfacts(corpus: Path, jobs: int) -> dict:
    from extractor.parallel import Job, LocalEngine
    from extractor.pipeline import ALL_KINDS
    from extractor.sources import iter_units
    from extractor.writers import make_writer

    files = files_of(corpus)
    job = Job(model=None, kinds=ALL_KINDS)
    with LocalEngine(job, jobs=jobs) as engine, tempfile.TemporaryFile("w+") as sink:
        for _ in engine.results(iter_units(files[: WARM_DOCS * jobs], ("*.txt",))):
            pass  # every worker has loaded the model and run once
        pids = engine.pids() or [os.getpid()]
        writer = make_writer("jsonl", sink)
        quarter = len(files) // 4
        rss_quarter: dict[int, float] = {}
        cpu = {pid: cpu_seconds(pid) for pid in dict.fromkeys([os.getpid(), *pids])}
        start = time.perf_counter()
        for n, result in enumerate(engine.results(iter_units(files, ("*.txt",))), 1):
            writer.write(result.records)
            if n == quarter:
                rss_quarter = {pid: peak_rss_mb(pid) for pid in pids}
        writer.close()
        seconds = time.perf_counter() - start
        rss = {pid: (rss_quarter[pid], peak_rss_mb(pid)) for pid in pids}
        cpu = {pid: cpu_seconds(pid) - before for pid, before in cpu.items()}
    return {"docs": len(files), "seconds": seconds, "rss": rss, "cpu": cpu}


def measure(mode: str, corpus: Path) -> dict:
    """Run one configuration in a fresh process; its figures, with the machine's busy share."""
    busy, total = machine_ticks()
    proc = subprocess.run(
        [sys.executable, __file__, "--run", mode, "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(proc.stdout.splitlines()[-1])
    busy_after, total_after = machine_ticks()
    figures["machine_busy"] = (busy_after - busy) / max(total_after - total, 1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder (else generated)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        if args.run == "bare":
            figures = run_bare(args.corpus)
        else:
            figures = run_newsfacts(args.corpus, int(args.run.removeprefix("jobs")))
        print(json.dumps(figures))
        return

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if args.corpus is None:
            build_corpus(corpus, args.docs)
        print(f"corpus: {len(files_of(corpus))} documents in {corpus}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        results = {"bare": measure("bare", corpus)}
        tokens = results["bare"]["tokens"]
        jobs = [int(j) for j in args.jobs.split(",")]
        for n in jobs:
            results[f"jobs{n}"] = measure(f"jobs{n}", corpus)
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    print(
        f"\n{'run':<18}{'docs/s':>8}{'tokens/s':>10}{'seconds':>9}{'CPU s':>14}{'machine':>9}"
        "  peak RSS MB per model process"
    )
    for name, figures in results.items():
        docs_s = figures["docs"] / figures["seconds"]
        tokens_s = tokens / figures["seconds"]
        rss = ", ".join(f"{q:.0f} -> {end:.0f}" for q, end in figures["rss"].values())
        cpu = "+".join(f"{c:.0f}" for c in figures["cpu"].values())
        label = "bare nlp.pipe" if name == "bare" else f"newsfacts --jobs {name[4:]}"
        print(
            f"{label:<18}{docs_s:>8.1f}{tokens_s:>10.0f}{figures['seconds']:>9.1f}{cpu:>14}"
            f"{figures['machine_busy']:>8.0%}  {rss}"
        )
    print(
        "(CPU s: CPU seconds of the main process [+ each worker]; machine: share of all cores"
        " busy, ours and others'; RSS: after a quarter of the documents -> at the end)"
    )

    def cpu(name: str) -> float:
        return sum(results[name]["cpu"].values())

    bare = tokens / results["bare"]["seconds"]
    if "jobs1" in results:
        one = tokens / results["jobs1"]["seconds"]
        print(f"\n--jobs 1 / bare spaCy tokens/s: {one / bare:.2f}x (target >= 0.85x)")
        print(f"  per CPU second (load-proof):  {cpu('bare') / cpu('jobs1'):.2f}x")
        if "jobs2" in results:
            two = tokens / results["jobs2"]["seconds"]
            print(f"--jobs 2 / --jobs 1:            {two / one:.2f}x (target >= 1.7x)")
            added = cpu("jobs2") / cpu("jobs1")
            print(f"  CPU seconds, --jobs 2 / 1:    {added:.2f}x (work added by the pool)")
    worst = max(end for figures in results.values() for _, end in figures["rss"].values())
    print(f"largest peak RSS of a process:  {worst:.0f} MB (target < 600 MB)")


if __name__ == "__main__":
    main()
