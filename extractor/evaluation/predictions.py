"""The predictions an evaluation scores, paired with their gold documents, one at a time.

Either newsfacts extracts them now (the normal pipeline, one model, documents streamed, each with
its own reference date), or they are records already written (`--records`: JSONL whose `doc` is
the gold id; no model is loaded). Either way a document comes with its records as plain dicts,
the way they are written, and with the reason it failed, if it did.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, NamedTuple

from .gold import GoldDocument
from .metrics import SCORED_KINDS, Record

Say = Callable[[str], None]
"""Where a message line goes: stderr, or through the progress bar."""


class Log:
    """Warnings and errors of a run, counted: any error makes the exit status 1."""

    def __init__(self, say: Say) -> None:
        self.say = say
        self.errors = 0

    def warning(self, message: str) -> None:
        self.say(f"Warning: {message}")

    def error(self, message: str) -> None:
        self.errors += 1
        self.say(f"Error: {message}")


# The fields every fact record needs to be scored, and the optional offsets of some kinds.
_OFFSETS = ("start", "end")
_OPTIONAL_OFFSETS = {
    "claim": ("content_start", "content_end"),
    "event": ("trigger_start", "trigger_end"),
}
_WITH_MENTIONS = ("actor", "place")


class Predicted(NamedTuple):
    """One gold document, the records predicted for it, and why it failed (None: it did not)."""

    gold: GoldDocument
    records: list[Record]
    error: str | None


def from_records(
    path: str, golds: Iterable[GoldDocument], ids: frozenset[str], log: Log
) -> Iterator[Predicted]:
    """The records of `path` for each gold document; a line that is no record is reported
    (with the file and line) and left out. Records of documents not in the gold are skipped;
    a failed `document` record fails its document."""
    by_doc: dict[str, list[Record]] = defaultdict(list)
    failed: dict[str, str] = {}
    seen: set[str] = set()
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            record, reason = _record(line)
            if reason is not None:
                log.error(f"{path}:{number}: {reason}")
            doc = record.get("doc") if record is not None else None
            if not isinstance(doc, str) or doc not in ids:
                continue
            seen.add(record["doc"])
            if record["kind"] != "document":
                by_doc[record["doc"]].append(record)
            elif record.get("status") == "failed":
                failed[record["doc"]] = str(record.get("error") or "failed")
    if len(seen) < len(ids):
        log.warning(f"{path}: no records for {len(ids) - len(seen)} of {len(ids)} gold documents")
    for gold in golds:
        yield Predicted(gold, by_doc.pop(gold.id, []), failed.get(gold.id))


def _record(line: str) -> tuple[Record | None, str | None]:
    """A record read from a line (None for a blank line), or why the line is none."""
    if not line.strip():
        return None, None
    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, f"not a JSON object ({exc})"
    if not isinstance(record, dict) or not isinstance(record.get("kind"), str):
        return None, "not a newsfacts record (no kind)"
    return (record, None) if (reason := check_record(record)) is None else (None, reason)


def check_record(record: Record) -> str | None:
    """Why a record cannot be scored (a field it needs is missing or no offset), or None."""
    kind = record["kind"]
    if kind not in SCORED_KINDS and kind != "document":
        return None  # cross-document records (merge's entity, story) and later kinds
    if not isinstance(record.get("doc"), str):
        return f"{kind} record without a doc"
    if kind == "document":
        return None
    if not all(_is_int(record.get(f)) for f in _OFFSETS):
        return f"{kind} record without integer start and end"
    optional = _OPTIONAL_OFFSETS.get(kind, ())
    if not all(record.get(f) is None or _is_int(record[f]) for f in optional):
        return f"{kind} record with an offset that is not an integer"
    if kind in _WITH_MENTIONS:
        mentions = record.get("mentions") or []
        if not isinstance(mentions, list) or not all(
            isinstance(m, dict) and _is_int(m.get("start")) and _is_int(m.get("end"))
            for m in mentions
        ):
            return f"{kind} record whose mentions lack integer start and end"
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def from_extraction(
    golds: Iterable[GoldDocument],
    *,
    kinds: Iterable[str],
    model: str | None,
    save: IO[str] | None,
    log: Log,
) -> Iterator[Predicted]:
    """Records newsfacts extracts from each gold document's text, with its reference date.
    `save`: where each document's records (its `document` record last) are written as JSONL."""
    from ..pipeline import Extractor
    from ..sources import Source

    extractor = Extractor(model=model, kinds=("document", *kinds))
    waiting: deque[GoldDocument] = deque()

    def sources() -> Iterator[Source]:
        for gold in golds:
            waiting.append(gold)
            yield Source(
                doc=gold.id,
                text=gold.text,
                reference_date=gold.reference_date,
                reference_date_source="jsonl" if gold.reference_date else "none",
            )

    for result in extractor.extract_sources(sources()):
        for warning in result.warnings:
            log.warning(warning)
        if save is not None:
            save.writelines(record.to_json() + "\n" for record in result.records)
        records = [r.to_dict() for r in result.records if r.kind != "document"]
        yield Predicted(waiting.popleft(), records, result.error)
