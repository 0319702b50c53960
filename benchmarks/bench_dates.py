"""What the date stage costs over bare spaCy (run by hand, not a test).

    .venv/bin/python benchmarks/bench_dates.py [FILE.jsonl | FILE.txt | DIR ...] [--docs N]

Parses the documents once with bare `nlp.pipe` (timed), then runs `dates.extract` over the same
parsed docs: once cold (normalization caches emptied first: what a fresh run pays) and then the
best of `--repeat` warm rounds, and prints the times and their ratio to spaCy's. The budget is 5%.
Without paths it generates `--docs` news-like articles of its own (varied dates, times, durations,
ages, numbers, money) and adds the texts of `samples/`.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from extractor.body import find_body
from extractor.extractors import Context, _timex, dates
from extractor.extractors._spans import sentence_starts
from extractor.pipeline import load_model

ROOT = Path(__file__).resolve().parent.parent

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]
PLACES = ["the capital", "the port city", "the northern province", "the border town",
          "the coastal region", "the eastern district"]
ACTORS = ["The ministry", "A government spokesman", "The central bank", "Police",
          "The opposition leader", "Rescue officials", "The regional governor"]
SENTENCES = [
    "{actor} said on {weekday} that talks with {place} would resume {rel_unit}.",
    "The agreement, signed on {month} {day}, {year}, ended {num} years of dispute.",
    "{actor} will meet the envoys on {month} {day} in {place}.",
    "The storm struck {place} at about {hour} a.m. {weekday}, killing {small} people.",
    "{actor} said {small} officers, aged between 30 and {age}, were arrested {rel_unit}.",
    "Prices have risen {pct} percent since {month}, and {money} million was spent {rel_unit}.",
    "The {age}-year-old mayor resigned {ago}, {num} days after the vote.",
    "The blast was heard at {hour}:{minute} GMT, just {small} minutes after the warning.",
    "Inspectors visit {place} every {weekday}, and the report is published daily.",
    "{actor} expects growth in the {ordinal} quarter, after a weak {season}.",
    "The dispute has lasted for decades, and a settlement could take a couple of weeks.",
    "Flight {flight} landed in {place} on the night of {abbr} {day}.",
    "Crowds gathered in {place} {rel_day}, and more protests are planned for {weekday}.",
    "In the {decade}s, {place} had {money} residents; now it has fewer.",
    "{actor} said the law, passed in {year}, would take effect early next month.",
]


def generated(n: int, seed: int = 7) -> Iterator[tuple[str, date]]:
    """`n` invented articles of 8 to 14 sentences, each with its own reference date."""
    rng = random.Random(seed)
    for i in range(n):
        ref = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        lines = [f"Officials report new developments in {rng.choice(PLACES)}", ""]
        for _ in range(rng.randint(8, 14)):
            lines.append(rng.choice(SENTENCES).format(
                actor=rng.choice(ACTORS), place=rng.choice(PLACES),
                weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS),
                abbr=rng.choice(ABBR), day=rng.randint(1, 28), year=rng.randint(1950, 2025),
                num=rng.randint(2, 40), small=rng.randint(2, 12), age=rng.randint(20, 80),
                hour=rng.randint(1, 11), minute=f"{rng.randint(0, 59):02d}",
                pct=rng.randint(1, 30), money=rng.randint(2, 900),
                flight=rng.randint(100, 2100), decade=rng.choice(range(1900, 2020, 10)),
                ordinal=rng.choice(["first", "second", "third", "fourth"]),
                season=rng.choice(["summer", "winter", "spring", "autumn"]),
                rel_unit=rng.choice(["last week", "next month", "this year", "last month",
                                     "next week", "in two weeks"]),
                rel_day=rng.choice(["yesterday", "today", "on Tuesday", "last Friday"]),
                ago=rng.choice(["two years ago", "three months ago", "a decade ago"]),
            ))
        yield f"doc{i}", "\n\n".join(lines) + "\n", ref


def read(paths: list[str]) -> Iterator[tuple[str, str, date | None]]:
    for arg in paths:
        path = Path(arg)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                for line in file.read_text(encoding="utf-8").splitlines():
                    item = json.loads(line)
                    if "text" in item:
                        ref = item.get("reference_date")
                        yield item.get("id", "-"), item["text"], (
                            date.fromisoformat(ref) if ref else None)
            elif file.suffix in (".txt", ".md"):
                yield str(file), file.read_text(encoding="utf-8", errors="replace"), None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--docs", type=int, default=200, help="generated articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    nlp = load_model()
    if args.paths:
        items = list(read(args.paths))
    else:
        items = [*generated(args.docs), *read([str(ROOT / "samples")])]
    bodies = [find_body(text) for _, text, _ in items]
    masked = [b.mask(text) for b, (_, text, _) in zip(bodies, items, strict=True)]
    nlp("warm up")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(masked))
    spacy_time = time.perf_counter() - t0
    contexts = [
        Context(doc_id=doc_id, text=text, reference_date=ref, body=body,
                sentence_starts=sentence_starts(doc))
        for (doc_id, text, ref), body, doc in zip(items, bodies, docs, strict=True)
    ]

    def run() -> tuple[float, int]:
        t = time.perf_counter()
        n = sum(len(dates.extract(doc, ctx)) for doc, ctx in zip(docs, contexts, strict=True))
        return time.perf_counter() - t, n

    _timex._normalize_cached.cache_clear()
    dates._dateparser_fallback.cache_clear()
    cold, records = run()
    warm = min(run()[0] for _ in range(args.repeat))
    chars = sum(len(t) for _, t, _ in items)
    print(f"{len(items)} documents, {chars:,} characters, {records} date records")
    print(f"spaCy nlp.pipe      {spacy_time:8.3f} s")
    print(f"date stage (cold)   {cold:8.3f} s   ratio {cold / spacy_time:6.2%}")
    print(f"date stage (warm)   {warm:8.3f} s   ratio {warm / spacy_time:6.2%}")
    print(f"dateparser calls    {dates._dateparser_fallback.cache_info().misses}")
    print(f"normalize cache     {_timex._normalize_cached.cache_info()}")


if __name__ == "__main__":
    main()
