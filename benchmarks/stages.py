"""What each extractor stage, and the whole pipeline, costs over bare spaCy (run by hand).

    .venv/bin/python benchmarks/stages.py [FILE.jsonl | FILE.txt | DIR ...] [--repeat N]

Parses the documents once with bare `nlp.pipe` of the same model and batch size (timed), then
times every stage of `EXTRACTORS` over the same parsed docs (best of `--repeat` rounds, in
registry order, so claims see the actors), and finally the whole `Extractor` (body finding,
parse, all stages, records) against bare `nlp.pipe` on the same raw texts, best of two each.
Prints each figure as a share of spaCy's time next to its budget.
Without paths it reads `samples/` and, when present beside the checkout, the dev texts.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

from extractor import Extractor
from extractor.body import find_body
from extractor.extractors import EXTRACTORS, Context
from extractor.extractors.common import sentence_starts
from extractor.pipeline import BATCH_SIZE, load_model
from extractor.sources import Source

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"
BUDGETS = {
    "actor": 0.05,
    "date": 0.05,
    "distance": 0.02,
    "claim": 0.05,
    "place": 0.08,  # places and events together: see place+event
    "event": 0.08,  # places and events together: see place+event
    "place+event": 0.08,
    "pipeline": 0.15,
}


def texts(paths: list[Path]) -> Iterator[str]:
    """Plain texts of files, folders and JSONL batches (their "text" fields)."""
    for path in paths:
        if path.is_dir():
            yield from texts(sorted(p for p in path.iterdir() if p.suffix in (".txt", ".md")))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and "text" in (item := json.loads(line)):
                    yield item["text"]
        elif path.is_file():
            yield path.read_text(encoding="utf-8", errors="replace")


def best_of(repeat: int, run) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    default = [ROOT / "samples", *sorted(DEV.glob("*.jsonl"))]
    documents = [t for t in texts(args.paths or default) if t.strip()]
    nlp = load_model()
    list(nlp.pipe(documents[:5]))  # warm-up: first calls allocate

    bodies = [find_body(t) for t in documents]
    masked = [b.mask(t) for b, t in zip(bodies, documents, strict=True)]
    docs: list = []
    spacy_seconds = best_of(1, lambda: docs.extend(nlp.pipe(masked, batch_size=BATCH_SIZE)))
    contexts = [
        Context(
            doc_id=str(i),
            text=text,
            reference_date=None,
            body=body,
            sentence_starts=sentence_starts(doc),
        )
        for i, (doc, text, body) in enumerate(zip(docs, documents, bodies, strict=True))
    ]
    tokens = sum(len(doc) for doc in docs)
    print(f"{len(docs)} documents, {tokens} tokens; bare nlp.pipe {spacy_seconds:.2f} s")

    stage_seconds = {}
    for kind, extract in EXTRACTORS.items():

        def run(kind=kind, extract=extract) -> None:
            for doc, ctx in zip(docs, contexts, strict=True):
                ctx.records[kind] = extract(doc, ctx)

        stage_seconds[kind] = best_of(args.repeat, run)
        report(kind, stage_seconds[kind], spacy_seconds)
    together = stage_seconds.get("place", 0.0) + stage_seconds.get("event", 0.0)
    report("place+event", together, spacy_seconds)

    extractor = Extractor(nlp=nlp)
    sources = [Source(doc=str(i), text=t) for i, t in enumerate(documents)]
    spacy_again = best_of(2, lambda: list(nlp.pipe(documents, batch_size=BATCH_SIZE)))
    whole = best_of(2, lambda: list(extractor.extract_sources(sources)))
    print(f"bare nlp.pipe again {spacy_again:.2f} s; whole newsfacts pipeline {whole:.2f} s")
    report("pipeline", whole - spacy_again, spacy_again)


def report(name: str, seconds: float, spacy_seconds: float) -> None:
    share = seconds / spacy_seconds
    verdict = "ok" if share <= BUDGETS[name] else "OVER BUDGET"
    budget = BUDGETS[name]
    print(f"  {name:9} +{seconds:7.3f} s = {share:6.1%} of spaCy (budget {budget:.0%}) {verdict}")


if __name__ == "__main__":
    main()
