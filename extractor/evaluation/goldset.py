"""A gold set as a whole: which reader reads it, and what it holds, checked before any work.

`survey` reads every document once, so that a malformed line, a duplicate id or a gold set with
nothing to score stops the run (exit 2) before a model is loaded; `documents` then streams them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from .gold import GoldDocument, GoldError, read_jsonl
from .metrics import SCORED_KINDS
from .timeml import read_timeml


@dataclass(frozen=True, slots=True)
class Survey:
    """What a gold set holds: its kinds (in report order), document ids, and how many."""

    kinds: tuple[str, ...]
    ids: frozenset[str]
    documents: int


def is_timeml(path: str) -> bool:
    return os.path.isdir(path) or path.lower().endswith(".tml")


def documents(path: str, limit: int = 0) -> Iterator[GoldDocument]:
    """The gold documents of `path` (gold JSONL, a `.tml` file or a folder of them), the first
    `limit` of them when it is not 0."""
    if not os.path.exists(path):
        raise GoldError(path, "no such file or directory")
    read = read_timeml(path) if is_timeml(path) else read_jsonl(path)
    return islice(read, limit or None)


def survey(path: str, limit: int = 0) -> Survey:
    """Read the whole gold set once, checking it; a GoldError says where it is wrong."""
    kinds: set[str] = {"date"} if is_timeml(path) else set()
    ids: set[str] = set()
    count = 0
    for doc in documents(path, limit):
        if doc.id in ids:
            raise GoldError(path, f"two documents have the id {doc.id!r}")
        ids.add(doc.id)
        kinds.update(item["kind"] for item in doc.items)
        count += 1
    if not count:
        raise GoldError(path, "no documents in this gold set")
    if not kinds:
        raise GoldError(path, "no gold items: nothing to score")
    return Survey(tuple(k for k in SCORED_KINDS if k in kinds), frozenset(ids), count)
