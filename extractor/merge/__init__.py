"""`newsfacts merge`: one index of who and where, one timeline of what happened, across documents.

Reads the records `extract` wrote (JSONL, streamed) and writes cross-document records: `entity`
(X…), one per real-world actor or place, and `story` (S…), one per real-world happening, each
gathering the per-document records it stands for. No spaCy model and no spaCy import: merging
reads record content only (never `doc` strings), and its memory grows with the entities and
stories, not with the records read.

    reading.py    records in, checked, grouped per document
    documents.py  one document reduced to a summary (entities by key, events, readings)
    names.py      folded names, surnames, acronyms
    entities.py   entity keys and aggregates; joins a whole collection shows (surname, acronym)
    lemmas.py     the action a story compares (nouns read as their verbs)
    dates.py      when two reports' dates can name one happening
    coverage.py   coverage groups: the documents about one happening (topic tracking)
    stories.py    events gathered into stories
    figures.py    the values sources give a story, and whether they agree
    build.py      the entity and story records, ids in content order
    spool.py      temporary files: summaries, and records for --with-records
    run.py        the two passes of one merge
    output.py     the command's work: write records and the report, exit status
    report.py     the HTML report page (template, style and script are package resources)
"""

from __future__ import annotations

from .output import run_merge
from .run import Merge, merge_paths

__all__ = ["Merge", "merge_paths", "run_merge"]
