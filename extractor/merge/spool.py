"""Temporary files of one merge, so that memory holds aggregates, never the records read.

Document summaries are written as they are read and read back in content order; with
`--with-records` the input records are kept too, each with what links it to its entity or story,
and written back in input order once the entities and stories are known.
"""

from __future__ import annotations

import json
import pickle
import tempfile
from collections.abc import Iterator
from typing import IO

from .documents import DocSummary
from .reading import DocumentRecords

# Link markers of a spooled record: an actor or place's entity key, an event's place.
KEY, EVENT, NONE = "k", "e", "-"


class Spool:
    """The summaries (and records) of one merge, in temporary files removed on `close`."""

    def __init__(self, *, keep_records: bool) -> None:
        # Open for the merge's lifetime, closed (and so removed) by close().
        self.summaries: IO[bytes] = tempfile.TemporaryFile(prefix="newsfacts-merge-")  # noqa: SIM115
        self.records: IO[str] | None = (
            tempfile.TemporaryFile("w+", encoding="utf-8", prefix="newsfacts-records-")  # noqa: SIM115
            if keep_records else None
        )
        self.offsets: list[int] = []  # document number -> where its summary starts

    def put(self, summary: DocSummary) -> None:
        self.offsets.append(self.summaries.tell())
        pickle.dump(summary, self.summaries, protocol=pickle.HIGHEST_PROTOCOL)

    def get(self, number: int) -> DocSummary:
        self.summaries.seek(self.offsets[number])
        return pickle.load(self.summaries)

    def put_records(self, records: DocumentRecords, keys: dict[str, int], number: int) -> None:
        """Keep a document's records; an actor or place with its key number, an event with its
        document number and its place among the document's events."""
        if self.records is None:
            return
        events = 0
        lines = []
        for line in records.lines:
            data = line.data
            if data["kind"] in ("actor", "place"):
                marker = f"{KEY}{keys[data['id']]}"
            elif data["kind"] == "event":
                marker, events = f"{EVENT}{number}:{events}", events + 1
            else:
                marker = NONE
            text = line.text if line.text is not None else json.dumps(data, ensure_ascii=False)
            lines.append(f"{marker}\t{text}\n")
        self.records.write("".join(lines))

    def read_records(self) -> Iterator[tuple[str, int, int, str]]:
        """The kept records in input order: (marker, first number, second number, JSON text)."""
        if self.records is None:
            return
        self.records.seek(0)
        for line in self.records:
            marker, _, text = line.partition("\t")
            first, _, second = marker[1:].partition(":")
            yield (marker[0], int(first or 0), int(second or 0), text.rstrip("\n"))

    def close(self) -> None:
        self.summaries.close()
        if self.records is not None:
            self.records.close()
