"""What the claim stage costs over bare spaCy (run by hand, not a test).

    .venv/bin/python benchmarks/bench_claims.py [FILE.jsonl | FILE.txt | DIR ...] [--repeat N]

Parses the documents once with bare `nlp.pipe` (timed), runs the actor stage untimed (claims
read its records), then times `claims.extract` over the same parsed docs (best of `--repeat`
rounds) and prints both and their ratio. The budget is 5% of spaCy's time. Without paths it
reads `samples/` and, when present, the texts of `../shared/dev/claims_polnear_dev.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

from extractor.body import find_body
from extractor.extractors import Context, actors, claims
from extractor.extractors._spans import sentence_starts
from extractor.pipeline import load_model

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev" / "claims_polnear_dev.jsonl"


def texts(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        if path.is_dir():
            yield from texts(sorted(p for p in path.iterdir() if p.suffix in (".txt", ".md")))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and "text" in (item := json.loads(line)):
                    yield item["text"]
        elif path.is_file():
            yield path.read_text(encoding="utf-8", errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = args.paths or [ROOT / "samples", *([DEV] if DEV.exists() else [])]
    documents = [t for t in texts(paths) if t.strip()]
    nlp = load_model()
    bodies = [find_body(t) for t in documents]
    masked = [b.mask(t) for b, t in zip(bodies, documents, strict=True)]

    start = time.perf_counter()
    docs = list(nlp.pipe(masked))
    spacy_seconds = time.perf_counter() - start

    contexts = []
    for doc, text, body in zip(docs, documents, bodies, strict=True):
        ctx = Context(
            doc_id="-", text=text, reference_date=None, body=body,
            sentence_starts=sentence_starts(doc),
        )
        ctx.records["actor"] = actors.extract(doc, ctx)
        contexts.append(ctx)

    best = float("inf")
    count = 0
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        count = sum(len(claims.extract(doc, ctx)) for doc, ctx in zip(docs, contexts, strict=True))
        best = min(best, time.perf_counter() - start)

    chars = sum(len(t) for t in documents)
    print(f"documents {len(documents)}  characters {chars}  claims {count}")
    print(f"spaCy nlp.pipe   {spacy_seconds:8.3f} s")
    print(f"claims.extract   {best:8.3f} s  (best of {args.repeat})")
    print(f"ratio            {100 * best / spacy_seconds:8.2f} %  (budget 5%)")


if __name__ == "__main__":
    main()
