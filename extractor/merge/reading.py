"""Records in: newsfacts JSONL from files or stdin, a line at a time, grouped per document.

A line that is not a newsfacts record, or a record missing a field merge reads, is reported with
its file and line (the run goes on, exit 1). Records of one document arrive together (`extract`
writes them so): a new document starts where `doc` changes, where the input file changes, or
after a `document` record. `doc` is only an identity here: merge never reads meaning from it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..records import MERGE_LINKS, SCHEMA_ID
from ..sources import check_paths, walk

RECORD_GLOBS = ("*.jsonl", "*.json")
# JSON types of the fields merge reads, per kind (exact types: a bool is no int here): a record
# without them cannot be merged.
_STR, _LIST, _INT = (str,), (list,), (int,)
_OPT_STR, _OPT_INT, _OPT_NUM = (str, type(None)), (int, type(None)), (int, float, type(None))
_COMMON: dict[str, tuple[type, ...]] = {"doc": _STR, "kind": _STR, "text": _STR, "start": _INT}
REQUIRED: dict[str, dict[str, tuple[type, ...]]] = {
    "document": {"reference_date": _OPT_STR, "sha256": _OPT_STR},
    "actor": {"id": _STR, "name": _STR, "type": _STR, "mentions": _LIST, "aliases": _LIST,
              "roles": _LIST, "country_code": _OPT_STR},
    "place": {"id": _STR, "name": _STR, "type": _STR, "mentions": _LIST, "aliases": _LIST,
              "country_code": _OPT_STR, "geonames_id": _OPT_INT},
    "date": {"id": _STR, "value": _OPT_STR},
    "distance": {"id": _STR, "meters": _OPT_NUM, "qualifier": _STR, "same_as": _OPT_INT},
    "event": {"id": _STR, "lemma": _STR, "category": _STR, "agent_ids": _LIST,
              "patient_ids": _LIST, "place_ids": _LIST, "date": _OPT_STR, "date_basis": _STR,
              "distance_ids": _LIST, "polarity": _STR, "modality": _STR},
}
_WANTED = {kind: {**_COMMON, **fields} for kind, fields in REQUIRED.items()}
# Lines of a `--format json` array that carry no record.
_ARRAY_PUNCTUATION = frozenset({"[", "]", "[]"})


@dataclass(slots=True)
class Line:
    """One input record: where it was read, its fields, and its JSON text as read (None when a
    field had to be dropped from it: an old `entity` or `cluster` link)."""

    where: str  # "FILE:LINE"
    source: str  # the input it came from
    data: dict[str, Any]
    text: str | None


@dataclass(slots=True)
class DocumentRecords:
    """The records of one input document, in input order."""

    doc: str
    lines: list[Line] = field(default_factory=list)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [line.data for line in self.lines if line.data["kind"] == kind]


Report = Callable[[str, str], None]


def check_inputs(paths: Iterable[str]) -> list[str]:
    """The files `paths` name (folders walked for .jsonl/.json), or UsageError before any work."""
    paths = list(paths) or ["-"]
    check_paths(paths, RECORD_GLOBS)
    files: list[str] = []
    for path in paths:
        files.extend(walk(path, RECORD_GLOBS) if path != "-" and os.path.isdir(path) else [path])
    return files


def read_lines(files: Iterable[str], report: Report) -> Iterator[Line]:
    """Every record of `files` (`-` is stdin) in input order; bad lines go to `report`."""
    for name in files:
        try:
            if name == "-":
                yield from _lines(name, sys.stdin, report)
                continue
            with open(name, encoding="utf-8-sig") as handle:
                yield from _lines(name, handle, report)
        except OSError as exc:
            report(name, exc.strerror or str(exc))
        except UnicodeDecodeError:
            report(name, "not UTF-8 text")


def _lines(name: str, handle: Iterable[str], report: Report) -> Iterator[Line]:
    for number, raw in enumerate(handle, 1):
        text = raw.strip()
        if not text or text in _ARRAY_PUNCTUATION:
            continue
        where = f"{name}:{number}"
        text = text.removeprefix("[").removesuffix(",")
        reason, data = parse_record(text)
        if reason is not None:
            report(where, reason)
            continue
        linked = data.pop(MERGE_LINKS.get(data["kind"], ""), None) is not None
        yield Line(where, name, data, None if linked else text)


def parse_record(text: str) -> tuple[str | None, dict[str, Any]]:
    """(None, record) for a well-formed newsfacts record; else (the reason, {})."""
    try:
        data = json.loads(text)
    except ValueError:
        return "not a JSON record", {}
    if type(data) is not dict:
        return "not a JSON object", {}
    if data.get("schema") != SCHEMA_ID:
        return f"not a {SCHEMA_ID} record (schema {data.get('schema')!r})", {}
    kind = data.get("kind")
    if kind in ("entity", "story"):
        return f"a merge output record ({kind}), not one of `extract`", {}
    for name, types in _WANTED.get(kind, _COMMON).items():  # type: ignore[arg-type]
        if name not in data:
            return f"{kind} record without {name!r}", {}
        if type(data[name]) not in types:
            return f"{kind} record with a bad {name!r}", {}
    return None, data


def documents(lines: Iterable[Line]) -> Iterator[DocumentRecords]:
    """Records grouped per document: consecutive records of one `doc` and input, up to and
    including its `document` record."""
    current: DocumentRecords | None = None
    source = None
    for line in lines:
        doc = line.data["doc"]
        if current is not None and (doc != current.doc or line.source != source):
            yield current
            current = None
        if current is None:
            current, source = DocumentRecords(doc), line.source
        current.lines.append(line)
        if line.data["kind"] == "document":
            yield current
            current = None
    if current is not None:
        yield current
