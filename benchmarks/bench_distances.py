"""How much the distance stage adds to spaCy's own time (run by hand, not a test).

    .venv/bin/python benchmarks/bench_distances.py [FILE.jsonl | FILE.txt | DIR ...] [--limit N]

Parses the documents once with bare `nlp.pipe` (timed), then runs `distances.extract` over the
same parsed docs (timed, best of `--repeat` rounds) and prints both and their ratio. The budget
is 2%. Without paths it reads `samples/` and, when present, the texts of `../shared/dev/*.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

from extractor.body import find_body
from extractor.extractors import Context, distances
from extractor.extractors._spans import sentence_starts
from extractor.pipeline import load_model

ROOT = Path(__file__).resolve().parent.parent


def texts(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        if path.is_dir():
            yield from texts(sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl")))
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        yield json.loads(line)["text"]
        elif path.exists():
            yield path.read_bytes().decode("utf-8", errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of the distance stage")
    args = parser.parse_args()
    paths = args.paths or [
        ROOT / "samples",
        *sorted((ROOT.parent / "shared" / "dev").glob("*.jsonl")),
    ]
    corpus = list(texts(paths))
    if args.limit:
        corpus = corpus[: args.limit]
    nlp = load_model()
    bodies = [find_body(t) for t in corpus]
    masked = [b.mask(t) for b, t in zip(bodies, corpus, strict=True)]
    list(nlp.pipe(masked[:2]))  # warm up

    t0 = time.perf_counter()
    docs = list(nlp.pipe(masked))
    spacy_seconds = time.perf_counter() - t0

    contexts = [
        Context(
            doc_id=str(i), text=t, reference_date=None, body=b, sentence_starts=sentence_starts(d)
        )
        for i, (t, b, d) in enumerate(zip(corpus, bodies, docs, strict=True))
    ]
    distances.extract(docs[0], contexts[0])  # build the tables outside the timing
    best, found = float("inf"), 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        found = sum(len(distances.extract(d, c)) for d, c in zip(docs, contexts, strict=True))
        best = min(best, time.perf_counter() - t0)

    words = sum(len(d) for d in docs)
    print(f"documents {len(docs)}, tokens {words}, distances {found}")
    print(f"spaCy nlp.pipe   {spacy_seconds:8.3f} s")
    print(f"distance stage   {best:8.3f} s  (best of {args.repeat})")
    print(f"ratio            {100 * best / spacy_seconds:8.2f} %  (budget 2 %)")


if __name__ == "__main__":
    main()
