"""Record writers: jsonl, json, csv and a rich table, each streaming one document at a time.

A writer receives a document's records when the document is done and writes them whole or not
at all (`write_whole`), so an interrupted run leaves only whole lines (and `json` closes its array
in `close()`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

from .errors import UsageError

FORMATS = ("jsonl", "json", "csv", "table")
#: The table format shows a claim's content up to this many characters.
CLAIM_PREVIEW_CHARS = 80
COMMON_FIELDS = ("schema", "doc", "kind", "text", "start", "end", "rule", "sentence")
CSV_COLUMNS = (*COMMON_FIELDS, "details")
# A document's records are written in pieces of about this many characters, so that the 20 MB
# of records of a 1 MB text are not also held as one string and its encoded copy.
WRITE_CHARS = 1 << 20


class Record(Protocol):
    """What a writer needs of a record: per-document records, merge's entities and stories, and
    input records `merge --with-records` passes through all have it."""

    @property
    def kind(self) -> str: ...

    doc: str | None
    text: str
    start: int | None
    end: int | None

    def to_dict(self) -> dict[str, Any]: ...

    def to_json(self) -> str: ...


class JsonRecord:
    """A record serialised in the worker process that extracted it: its kind and its JSON
    text. It pickles in a fraction of the time the record dataclass takes, and the jsonl and
    json writers write the text as it is; csv and table read the fields back from it."""

    __slots__ = ("_data", "json", "kind")

    def __init__(self, kind: str, json_text: str) -> None:
        self.kind, self.json = kind, json_text
        self._data: dict[str, Any] | None = None

    @classmethod
    def of(cls, record: Record) -> JsonRecord:
        return cls(record.kind, record.to_json())

    def to_json(self) -> str:
        return self.json

    def to_dict(self) -> dict[str, Any]:
        if self._data is None:
            self._data = json.loads(self.json)
        return self._data

    @property
    def doc(self) -> str | None:
        return self.to_dict()["doc"]

    @property
    def text(self) -> str:
        return self.to_dict()["text"]

    @property
    def start(self) -> int | None:
        return self.to_dict()["start"]

    @property
    def end(self) -> int | None:
        return self.to_dict()["end"]


class Writer(Protocol):
    def write(self, records: Iterable[Record]) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """One JSON object per line."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, records: Iterable[Record]) -> None:
        write_whole(self.stream, (record.to_json() + "\n" for record in records))

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """One JSON array; stays valid however the run ends, since `close()` always closes it."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        self.stream.write("[")

    def write(self, records: Iterable[Record]) -> None:
        parts = (
            ("\n" if self.count + i == 0 else ",\n") + record.to_json()
            for i, record in enumerate(records)
        )
        # counted only once written: a failed write leaves no comma owed
        self.count += write_whole(self.stream, parts)

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


class CsvWriter:
    """The common fields as columns, the kind-specific ones as JSON in `details`."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.stream.write(_csv_line(CSV_COLUMNS))

    def write(self, records: Iterable[Record]) -> None:
        write_whole(self.stream, (_csv_line(csv_row(record.to_dict())) for record in records))

    def close(self) -> None:
        self.stream.flush()


def write_whole(stream: IO[str], texts: Iterable[str]) -> int:
    """Write `texts` (a document's records) and flush, all or nothing: joined into pieces of
    about `WRITE_CHARS`, each checked to encode before the first is written, so a record the
    output cannot hold writes nothing (it raises). Returns how many texts were written."""
    pieces: list[str] = []
    count = 0
    part: list[str] = []
    chars = 0
    for text in texts:
        part.append(text)
        chars += len(text)
        count += 1
        if chars >= WRITE_CHARS:
            pieces.append("".join(part))
            part, chars = [], 0
    if part:
        pieces.append("".join(part))
    encoding = getattr(stream, "encoding", None)
    if encoding and len(pieces) > 1:  # one piece is encoded whole by the stream's write
        for piece in pieces:
            piece.encode(encoding, getattr(stream, "errors", None) or "strict")
    for piece in pieces:
        stream.write(piece)
    if pieces:
        stream.flush()
    return count


def csv_row(record: dict[str, Any]) -> list[Any]:
    details = {k: v for k, v in record.items() if k not in COMMON_FIELDS}
    return [*(record[k] for k in COMMON_FIELDS), json.dumps(details, ensure_ascii=False)]


def _csv_line(values: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(["" if v is None else v for v in values])
    return buffer.getvalue()


class TableWriter:
    """A rich table per document, for a person at a terminal."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console

        self.console = Console(file=stream, highlight=False, soft_wrap=False)

    def write(self, records: Iterable[Record]) -> None:
        from rich.table import Table
        from rich.text import Text

        records = list(records)
        if not records:
            return
        table = Table(title=records[-1].doc, title_justify="left", expand=False)
        for column in ("kind", "text", "span", "details"):
            table.add_column(column, overflow="fold")
        for record in records:
            span = "" if record.start is None else f"{record.start}-{record.end}"
            cells = (record.kind, record.text, span, summary(record))
            table.add_row(*(Text(cell) for cell in cells))  # plain text: "[person]" is no markup
        self.console.print(table)

    def close(self) -> None:
        self.console.file.flush()


def summary(record: Record) -> str:
    """A few words on what a record says, for the table and the terminal view."""
    data = record.to_dict()
    kind = record.kind
    if kind == "actor":
        extra = [data["type"], data["country_code"], ", ".join(data["roles"])]
        return f"{data['id']} {data['name']} " + " ".join(f"[{e}]" for e in extra if e)
    if kind == "place":
        where = f"{data['lat']}, {data['lon']}" if data["lat"] is not None else ""
        gid = f"geonames {data['geonames_id']}" if data["geonames_id"] is not None else ""
        extra = [data["type"], data["country_code"], gid, where]
        return f"{data['id']} {data['name']} " + " ".join(f"[{e}]" for e in extra if e)
    if kind == "date":
        return f"{data['type']} {data['value']}" + (" ~" if data["approximate"] else "")
    if kind == "distance":
        return f"{data['qualifier']} {data['value']} {data['unit']} = {data['meters']} m"
    if kind == "claim":
        content = data["content"][:CLAIM_PREVIEW_CHARS]
        return f"{data['speaker']} [{data['cue']}, {data['quote']}]: {content}"
    if kind == "event":
        return _event_summary(data)
    if kind == "document":
        counts = " ".join(f"{k}={v}" for k, v in data["counts"].items())
        return f"{data['status']} {data['error'] or ''} ref={data['reference_date']} {counts}"
    if kind == "entity":
        extra = [data["type"], data["country_code"], f"{data['doc_count']} docs"]
        return f"{data['id']} {data['name']} " + " ".join(f"[{e}]" for e in extra if e)
    if kind == "story":
        flagged = [f["what"] for f in data["figures"] if not f["agree"]]
        disputed = f" [sources differ: {', '.join(flagged)}]" if flagged else ""
        docs = f"{data['doc_count']} docs"
        return f"{data['id']} {data['lemma']} ({data['category']}) {docs}{disputed}"
    return ""


def _event_summary(data: dict[str, Any]) -> str:
    """Who did what to whom, where, when and how far, by record id: "E3 meet (consult) who=A2"."""
    parts = [f"{data['id']} {data['lemma']} ({data['category']})"]
    for label, key in (("who", "agent_ids"), ("whom", "patient_ids"), ("where", "place_ids")):
        if data[key]:
            parts.append(f"{label}={','.join(data[key])}")
    if data["object"]:
        parts.append(f"object={data['object']}")
    if data["date"]:
        parts.append(f"when={data['date']} ({data['date_basis']})")
    if data["distance_ids"]:
        parts.append(f"how far={','.join(data['distance_ids'])}")
    if data["polarity"] == "negative":
        parts.append("[did not happen]")
    if data["modality"] != "actual":
        parts.append(f"[{data['modality']}]")
    parts += [f"[{f['what']}: {f['text']}]" for f in data["figures"]]
    return " ".join(parts)


WRITERS: dict[str, type] = {
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
    "table": TableWriter,
}


def make_writer(fmt: str, stream: IO[str]) -> Writer:
    return WRITERS[fmt](stream)


def output_format(fmt: str | None, output: str | None) -> str:
    """`fmt`, checked; by default `table` at a terminal, else jsonl, and with an `output` file
    its extension decides (`json`, `csv`, else jsonl)."""
    if not fmt:
        if output:
            suffix = Path(output).suffix.lstrip(".").lower()
            fmt = suffix if suffix in ("json", "csv") else "jsonl"
        else:
            fmt = "table" if sys.stdout.isatty() else "jsonl"
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    return fmt


@contextmanager
def open_output(output: str | None, fmt: str, *, append: bool = False) -> Iterator[IO[str]]:
    """The stream records go to: the `output` file (appended to with `append`, for a resumed
    run), else stdout (UTF-8, line ends untouched)."""
    if output is None:
        if fmt == "table":
            yield sys.stdout
            return
        stream = (
            open(  # noqa: SIM115 - stdout's descriptor must outlive this wrapper
                sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False
            )
            if _has_fileno(sys.stdout)
            else sys.stdout
        )
        try:
            yield stream
        finally:
            stream.flush()
        return
    try:
        handle = open(output, "a" if append else "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None
    with handle:
        yield handle


def _has_fileno(stream: IO[str]) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def silence_stdout() -> None:
    """After the reader of a pipe left (`| head`), send what is still buffered nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
