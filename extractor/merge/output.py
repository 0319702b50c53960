"""What `newsfacts merge` does once its options are parsed: merge, write, report, exit status.

Records go to the output in the chosen format (entities, then stories, then with
`--with-records` the input records with their links); `--html` writes the report page. Bad input
records are reported on stderr with their file and line, and the run goes on (exit 1).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from ..writers import Record, Writer, make_writer, open_output, output_format, silence_stdout
from .run import Merge, merge_paths

OK, BAD_INPUT = 0, 1
# Records handed to a writer at a time: whole lines, and bounded memory on the way out.
WRITE_BATCH = 1000


class RecordData:
    """An input record as read (its JSON text), with the link merge gives it, in the shape
    writers take. The text is passed through as it came when no other format needs its fields."""

    __slots__ = ("data", "link", "source", "value")

    def __init__(self, source: str, link: str | None, value: str | None) -> None:
        self.source, self.link, self.value = source, link, value
        self.data: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.data is None:
            self.data = json.loads(self.source)
            if self.link is not None:
                self.data[self.link] = self.value
        return self.data

    def to_json(self) -> str:
        if self.link is None:
            return self.source
        return f"{self.source[:-1]}, {json.dumps(self.link)}: {json.dumps(self.value)}}}"

    @property
    def kind(self) -> str:
        return str(self.to_dict()["kind"])

    @property
    def text(self) -> str:
        return str(self.to_dict().get("text", ""))

    @property
    def doc(self) -> str | None:
        return self.to_dict().get("doc")

    @property
    def start(self) -> int | None:
        return self.to_dict().get("start")

    @property
    def end(self) -> int | None:
        return self.to_dict().get("end")


def run_merge(
    paths: Iterable[str],
    *,
    output: str | None = None,
    fmt: str | None = None,
    with_records: bool = False,
    html: str | None = None,
) -> int:
    """Merge the records of `paths` (files, folders of .jsonl, `-` for stdin) and write the
    entity and story records to `output` (default stdout) in `fmt`; with `with_records` the
    input records follow, linked; with `html` a report page is written there too.

    Returns 0, or 1 when some input records were bad (each reported on stderr). Raises
    UsageError for a missing path or an impossible option, before any output is written.
    """
    fmt = output_format(fmt, output)
    bad = 0

    def report(where: str, reason: str) -> None:
        nonlocal bad
        bad += 1
        print(f"Error: {where}: {reason}", file=sys.stderr)

    merge = merge_paths(paths, with_records=with_records, report=report)
    try:
        if html is not None:
            _write_report(merge, html)
        with open_output(output, fmt) as stream:
            writer = make_writer(fmt, stream)
            _write(writer, merge, with_records)
            writer.close()
    except BrokenPipeError:  # the reader left (`| head`): end quietly
        silence_stdout()
        return OK
    finally:
        merge.close()
    return BAD_INPUT if bad else OK


def _write(writer: Writer, merge: Merge, with_records: bool) -> None:
    assert merge.entities is not None and merge.stories is not None
    writer.write(merge.entities.records)
    _write_batches(writer, merge.stories.records())
    if with_records:
        _write_batches(writer, (RecordData(*item) for item in merge.linked_records()))


def _write_batches(writer: Writer, records: Iterable[Record]) -> None:
    """Records to a writer WRITE_BATCH at a time: whole lines, bounded memory."""
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= WRITE_BATCH:
            writer.write(batch)
            batch = []
    writer.write(batch)


def _write_report(merge: Merge, path: str) -> None:
    from .report import render_report

    with open_output(path, "html") as stream:
        stream.write(render_report(merge))
