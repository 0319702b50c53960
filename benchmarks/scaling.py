"""How newsfacts' cost grows with a document's length, beside bare spaCy (run by hand).

    .venv/bin/python benchmarks/scaling.py [--sizes 10,50,200,1200] [--repeat 3] [--no-dense]

Builds real news prose from the bundled samples (their article paragraphs, repeated and shuffled
by paragraph with a fixed seed) at each size in KB, and a dense 200 KB live blog (every sentence a
quote or a reported statement with a date: sample sentences under a time stamp, a speaker and a
day). For each text, in fresh processes:

- bare spaCy: `nlp(text)` of the same model, load and one warm-up call excluded, `max_length`
  raised; its time and CPU time, and the process's peak RSS;
- newsfacts: `newsfacts extract FILE -o /dev/null` as a user runs it, less its own start-up (the
  same command on a one-line file, in the same run); its peak RSS.

Both sides run with one BLAS thread. Times are medians of `--repeat` runs; CPU seconds are
printed beside wall seconds because on a shared machine wall time includes waiting for a core
(the load average is printed before and after). Targets (issue 12): newsfacts at most 1.3x bare
spaCy at every size and on the dense text; seconds per KB at the largest size within 1.5x of
that at the smallest; peak RSS at 1.2 MB at most 1.5x newsfacts' own at 200 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
REFERENCE_DATE = "2025-01-06"
DENSE_KB = 200
SPEAKERS = (
    "Foreign Minister Ana Duarte",
    "a police spokesman",
    "the regional governor, Tomas Varga",
    "UN envoy Ingrid Solberg",
    "the coast guard",
    "Health Minister Paulo Mendes",
    "a spokeswoman for the ministry",
    "opposition leader Rosa Lima",
)
DAYS = (
    "on Monday",
    "on Tuesday",
    "earlier on Wednesday",
    "on Thursday",
    "last week",
    "on 12 March",
)
TEMPLATES = (
    '{time} - "{sentence}," {speaker} said {day}.',
    "{time} - {speaker} told reporters {day} that {clause}",
    "{time} - According to a statement {speaker} issued {day}, {clause}",
)


def prose_paragraphs() -> list[str]:
    """The article paragraphs of the bundled samples (page furniture left out)."""
    from extractor.body import PROSE, classify_line, find_body, split_lines
    from extractor.sources import iter_sources

    paragraphs = []
    for item in iter_sources([str(ROOT / "samples")]):
        text = getattr(item, "text", "")
        body = find_body(text)
        for line in split_lines(text[body.start : body.end]):
            start = body.start + line.start
            furniture = any(s <= start < e for s, e in body.furniture)
            if classify_line(line) == PROSE and not furniture:
                paragraphs.append(line.text.strip())
    return paragraphs


def prose(size: int, paragraphs: list[str], rng: random.Random) -> str:
    """About `size` characters of the paragraphs, drawn at random, one blank line apart."""
    out, length = [], 0
    while length < size:
        paragraph = rng.choice(paragraphs)
        out.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(out) + "\n"


def live_blog(size: int, paragraphs: list[str], rng: random.Random) -> str:
    """About `size` characters of one-sentence entries, each quoting or reporting a sample
    sentence with a speaker and a day."""
    sentences = [
        s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p) if len(s) > 40
    ]
    out, length = [], 0
    while length < size:
        sentence = rng.choice(sentences).rstrip()
        sentence = sentence if sentence.endswith((".", "!", "?")) else sentence + "."
        entry = rng.choice(TEMPLATES).format(
            time=f"{rng.randint(6, 22):02}:{rng.randint(0, 59):02} GMT",
            sentence=sentence.replace('"', "'").rstrip("."),
            speaker=rng.choice(SPEAKERS),
            day=rng.choice(DAYS),
            clause=sentence[0].lower() + sentence[1:] if sentence[1:2].islower() else sentence,
        )
        out.append(entry)
        length += len(entry) + 2
    return "\n\n".join(out) + "\n"


def build(folder: Path, sizes: list[int], dense: bool) -> dict[str, Path]:
    rng = random.Random(12)
    paragraphs = prose_paragraphs()
    files = {"one line": folder / "one_line.txt"}
    files["one line"].write_text("The talks resumed in Geneva.\n", encoding="utf-8")
    for kb in sizes:
        files[f"{kb} KB"] = folder / f"prose_{kb}k.txt"
        files[f"{kb} KB"].write_text(prose(kb * 1000, paragraphs, rng), encoding="utf-8")
    if dense:
        files[f"{DENSE_KB} KB dense"] = folder / f"dense_{DENSE_KB}k.txt"
        text = live_blog(DENSE_KB * 1000, paragraphs, rng)
        files[f"{DENSE_KB} KB dense"].write_text(text, encoding="utf-8")
    return files


def bare(path: str) -> None:
    """In a fresh process: time one `nlp(text)` of the file; print JSON."""
    from extractor.pipeline import load_model

    nlp = load_model()
    text = Path(path).read_text(encoding="utf-8")
    nlp.max_length = len(text) + 1
    nlp("A warm-up sentence, so that first-call costs are not counted.")
    cpu, start = time.process_time(), time.perf_counter()
    nlp(text)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_bare(path: Path) -> dict:
    command = [sys.executable, __file__, "--bare", str(path)]
    proc = subprocess.run(command, capture_output=True, text=True, env=_env(), check=True)
    return json.loads(proc.stdout.splitlines()[-1])


def run_newsfacts(path: Path) -> dict:
    """The whole command on `path`: wall and CPU seconds, and peak RSS, from wait4."""
    command = [
        sys.executable, "-m", "extractor", "extract", str(path), "-o", os.devnull,
        "--reference-date", REFERENCE_DATE,
    ]  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=_env(), stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    error = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"newsfacts failed on {path}: {error}")
    return {
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
    }


def _env() -> dict[str, str]:
    return {**os.environ, **ONE_THREAD}


def median_of(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def measure(files: dict[str, Path], repeat: int) -> dict[str, dict]:
    figures: dict[str, dict] = {}
    startup = median_of([run_newsfacts(files["one line"]) for _ in range(max(repeat, 5))])
    figures["one line"] = {"newsfacts": startup}
    for label, path in files.items():
        if label == "one line":
            continue
        spacy_runs, ours = [], []
        for _ in range(repeat):
            spacy_runs.append(run_bare(path))
            ours.append(run_newsfacts(path))
        mine = median_of(ours)
        figures[label] = {
            "chars": len(path.read_text(encoding="utf-8")),
            "bare": median_of(spacy_runs),
            "newsfacts": mine,
            "beyond": {k: mine[k] - startup[k] for k in ("seconds", "cpu")},
        }
        print(f"  measured {label}", file=sys.stderr, flush=True)
    return figures


def report(figures: dict[str, dict]) -> None:
    startup = figures["one line"]["newsfacts"]
    print(
        f"newsfacts start-up (one-line file, median): {startup['seconds']:.2f} s wall, "
        f"{startup['cpu']:.2f} s CPU, {startup['peak_mb']:.0f} MB\n"
    )
    print(
        f"{'text':<15}{'chars':>10}{'spaCy s':>9}{'(CPU)':>8}{'MB':>7}"
        f"{'ours s':>9}{'(CPU)':>8}{'MB':>7}{'ratio':>7}{'(CPU)':>7}{'ms/KB':>7}"
    )
    rows = {k: v for k, v in figures.items() if k != "one line"}
    for label, f in rows.items():
        b, n, extra = f["bare"], f["newsfacts"], f["beyond"]
        print(
            f"{label:<15}{f['chars']:>10,}{b['seconds']:>9.2f}{b['cpu']:>8.2f}{b['peak_mb']:>7.0f}"
            f"{extra['seconds']:>9.2f}{extra['cpu']:>8.2f}{n['peak_mb']:>7.0f}"
            f"{extra['seconds'] / b['seconds']:>7.2f}{extra['cpu'] / b['cpu']:>7.2f}"
            f"{1000 * extra['cpu'] / (f['chars'] / 1000):>7.1f}"
        )
    print("(ours: newsfacts beyond its start-up; ratio: ours / spaCy; ms/KB: ours, CPU)")
    prose_rows = [f for label, f in rows.items() if "dense" not in label]
    worst = max(f["beyond"]["cpu"] / f["bare"]["cpu"] for f in rows.values())
    print(f"\nworst ratio to bare spaCy (CPU): {worst:.2f}x (target <= 1.3x)")
    if len(prose_rows) >= 2:
        small, large = prose_rows[0], prose_rows[-1]
        per_kb = [f["beyond"]["cpu"] / f["chars"] for f in (small, large)]
        print(f"s/KB, largest / smallest (CPU):   {per_kb[1] / per_kb[0]:.2f}x (target <= 1.5x)")
    by_chars = {round(f["chars"], -4): f for f in prose_rows}
    if 200_000 in by_chars and 1_200_000 in by_chars:
        peaks = [by_chars[n]["newsfacts"]["peak_mb"] for n in (200_000, 1_200_000)]
        rss = peaks[1] / peaks[0]
        print(f"peak RSS, 1.2 MB / 200 KB:        {rss:.2f}x (target <= 1.5x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,50,200,1200", help="prose sizes in KB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per text (median)")
    parser.add_argument("--no-dense", action="store_true", help="skip the dense live blog")
    parser.add_argument("--keep", type=Path, help="write the texts here and keep them")
    parser.add_argument("--bare", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare(args.bare)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        files = build(folder, sizes, dense=not args.no_dense)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        figures = measure(files, args.repeat)
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    report(figures)


if __name__ == "__main__":
    main()
