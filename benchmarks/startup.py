"""Start-up: `newsfacts extract` of a one-line file beside loading the model alone (run by hand).

    .venv/bin/python benchmarks/startup.py [--repeat 5]

Runs, alternately and `--repeat` times each, `newsfacts extract ONE_LINE.txt` (as a user runs it,
stdout to /dev/null) and `python -c "import spacy; spacy.load(MODEL)"` with the model newsfacts
loads, and prints the medians of wall and CPU seconds and their ratio (target, issue 12: within
1.2x). On a shared machine wall time includes waiting for a core; CPU seconds do not.

It also says whether newsfacts' modules start from cached bytecode: spaCy's wheel was compiled
when it was installed, but an editable install of newsfacts is compiled by its first run, or on
every run where PYTHONDONTWRITEBYTECODE is set (~0.1 s CPU more each time).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(command: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of a command run to its end."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime


def bytecode_cached() -> bool:
    """Whether newsfacts' modules have compiled bytecode kept beside them."""
    import extractor.pipeline

    return Path(importlib.util.cache_from_source(extractor.pipeline.__file__)).exists()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from extractor.models import model_versions

    model = model_versions()["model"].split()[0]
    newsfacts = Path(sys.executable).with_name("newsfacts")
    with tempfile.TemporaryDirectory() as tmp:
        one_line = Path(tmp) / "one_line.txt"
        one_line.write_text("The talks resumed in Geneva on Monday.\n", encoding="utf-8")
        commands = {
            "newsfacts extract": [str(newsfacts), "extract", str(one_line)],
            "spacy.load": [sys.executable, "-c", f"import spacy; spacy.load({model!r})"],
        }
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(timed(command))
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    medians = {
        name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
        for name, r in runs.items()
    }
    for name, (wall, cpu) in medians.items():
        print(f"{name:<18} median {wall:.2f} s wall, {cpu:.2f} s CPU (of {args.repeat})")
    ours, bare = medians["newsfacts extract"], medians["spacy.load"]
    print(f"ratio: {ours[0] / bare[0]:.2f}x wall, {ours[1] / bare[1]:.2f}x CPU (target <= 1.2x)")
    setting = os.environ.get("PYTHONDONTWRITEBYTECODE", "")
    cached = "cached" if bytecode_cached() else "not cached, compiled on every run"
    print(f"newsfacts' bytecode: {cached} (PYTHONDONTWRITEBYTECODE={setting!r})")


if __name__ == "__main__":
    main()
