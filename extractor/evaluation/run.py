"""One evaluation: check the gold set, get the predictions, count them, report.

`evaluate` is the library call (returns the report and the exit status); `run_eval` is what
`newsfacts eval` does with it: the report on stdout, warnings and errors on stderr.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass

from ..errors import UsageError
from ..progress import Reporter, wanted
from ..writers import open_output
from .goldset import documents, survey
from .metrics import SCORED_KINDS, score_document
from .predictions import Log, Predicted, from_extraction, from_records
from .report import Report, as_json, as_table, make_report
from .tally import Scores

FORMATS = ("table", "json")
OK, FAILED = 0, 1
# The kinds extracted to score a gold kind: actor mentions count place records as locations,
# and place mentions count country and location actors.
EXTRACTED_FOR = {
    "date": ("date",),
    "actor": ("actor", "place"),
    "place": ("actor", "place"),
    "distance": ("distance",),
    "claim": ("claim",),
    "event": ("event",),
}


@dataclass(frozen=True, slots=True)
class Evaluation:
    report: Report
    status: int  # OK, or FAILED when a document failed or a records line was unreadable


def evaluate(
    gold: str,
    *,
    kinds: Iterable[str] | None = None,
    records: str | None = None,
    save_records: str | None = None,
    limit: int = 0,
    model: str | None = None,
    progress: bool = False,
) -> Evaluation:
    """Score newsfacts on the gold set at `gold` (gold JSONL, a `.tml` file or a folder of them):
    on records it extracts now, or on the `records` already written. Raises UsageError (a
    GoldError for the gold set itself) before any work when something cannot be done."""
    if records is not None and save_records is not None:
        raise UsageError("--save-records writes what eval extracts; --records extracts nothing")
    if records is not None and not os.path.isfile(records):
        raise UsageError(f"{records}: no such file")
    found = survey(gold, limit)
    scored = choose_kinds(found.kinds, kinds)
    scores = Scores(kinds=scored)
    reporter = Reporter(enabled=progress and wanted(found.documents > 1), kinds=())
    log = Log(reporter.message)
    golds = documents(gold, limit)
    saving = open_output(save_records, "jsonl") if save_records else nullcontext(None)
    with saving as save:
        if records is not None:
            predicted = from_records(records, golds, found.ids, log)
        else:
            needed = tuple(dict.fromkeys(k for kind in scored for k in EXTRACTED_FOR[kind]))
            predicted = from_extraction(golds, kinds=needed, model=model, save=save, log=log)
            reporter.start(lambda: found.documents)
        try:
            for item in predicted:
                _count(item, scores, log)
                reporter.document((), item.error is not None)
        finally:
            reporter.close(summary=False)
    return Evaluation(make_report(scores), FAILED if log.errors else OK)


def _count(item: Predicted, scores: Scores, log: Log) -> None:
    if item.error is not None:
        scores.failures += 1
        log.error(f"{item.gold.id}: {item.error}")
    score_document(item.gold, item.records, scores)


def choose_kinds(present: tuple[str, ...], asked: Iterable[str] | None) -> tuple[str, ...]:
    """The kinds to score: those asked (each must be in the gold), else every kind it has."""
    if asked is None:
        return present
    asked = tuple(asked)
    unknown = [k for k in asked if k not in SCORED_KINDS]
    if unknown or not asked:
        raise UsageError(
            f"unknown kind {', '.join(unknown) or repr('')} in --kinds; "
            f"valid kinds: {','.join(SCORED_KINDS)}"
        )
    missing = [k for k in asked if k not in present]
    if missing:
        raise UsageError(
            f"--kinds {','.join(missing)}: the gold has no such items (it has {','.join(present)})"
        )
    return tuple(k for k in SCORED_KINDS if k in asked)


def run_eval(
    gold: str,
    *,
    fmt: str = "table",
    kinds: Iterable[str] | None = None,
    records: str | None = None,
    save_records: str | None = None,
    limit: int = 0,
    model: str | None = None,
) -> int:
    """`newsfacts eval`: the report on stdout in `fmt`; returns the exit status."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    if limit < 0:
        raise UsageError("--limit must be 0 (all documents) or more")
    done = evaluate(
        gold, kinds=kinds, records=records, save_records=save_records, limit=limit,
        model=model, progress=True,
    )
    if fmt == "json":
        sys.stdout.write(json.dumps(as_json(done.report), indent=2) + "\n")
    else:
        sys.stdout.write(as_table(done.report))
    return done.status
