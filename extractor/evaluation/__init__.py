"""`newsfacts eval`: how well newsfacts does on annotated news, with the shared scorer's metrics.

Reads a gold set (newsfacts gold JSONL, or TimeML `.tml` files), extracts from its documents
(or reads records already written) and scores the records against the gold, kind by kind: value
F1 for dates, typed mention F1 for actors, span F1 for places, relaxed trigger F1 for events,
metres-within-1% F1 for distances, content-overlap F1 for claims, and cross-document event
coreference when records carry `cluster`. The metrics read records as written (plain dicts), so
records from any run, or any tool that writes newsfacts/1 records, score the same way.

    gold.py         the gold JSONL format, checked line by line; GoldDocument, GoldError
    timeml.py       TimeML files as gold documents of dates
    goldset.py      which reader; the whole gold set checked before any work
    units.py        gold distances given as values and a unit, in metres
    predictions.py  records extracted now, or read from a file, paired with their gold
    matching.py     strict and relaxed one-to-one span matching; scored and ignore regions
    tally.py        counts summed over documents: P/R/F1, accuracies
    metrics.py      what each kind counts, one document at a time
    coref.py        MUC, B-cubed, CEAF-e and CoNLL F1 of event clusters
    report.py       the report: a table, or JSON
    run.py          one evaluation; the command's work
"""

from __future__ import annotations

from .gold import GoldDocument, GoldError
from .report import Report, as_json, as_table
from .run import Evaluation, evaluate, run_eval

__all__ = [
    "Evaluation",
    "GoldDocument",
    "GoldError",
    "Report",
    "as_json",
    "as_table",
    "evaluate",
    "run_eval",
]
