"""`--resume`: a sidecar `OUT.progress` records which documents are in the output file, so an
interrupted run (a crash, kill -9, Ctrl-C) continues where it stopped and ends byte-identical
to an uninterrupted one.

Every `-o FILE` run in a resumable format (jsonl, json, csv) keeps the sidecar, so a run started
without `--resume` can still be continued. It is text, one JSON value a line:

    {"newsfacts_progress": 1, "options": {...}}          the run's options; resume checks them
    [index, offset, records, failed, key]               a document finished (0-based index,
                                                        output bytes after it, records and
                                                        failures so far, its path or path:line)
    ["done", documents, offset, records, failed]        the run completed

A document's line is written only after the output holding it has been fsync'd, in groups (every
`SYNC_DOCUMENTS` documents or `SYNC_SECONDS`), so the sidecar never promises more than the disk
holds, even after a power cut; what the sidecar does not list yet is simply done again. On resume
the output is cut back to the last listed offset (dropping a partly written document and a `json`
array's closing bracket) and the listed documents are skipped. A document with no records gets its
line like any other. The sidecar stays when the run completes (ending with its `done` line): a
`--resume` of a finished run then leaves the output alone and exits as the run did.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from .errors import UsageError
from .pipeline import Result
from .sources import Unit
from .writers import make_writer

SUFFIX = ".progress"
RESUMABLE_FORMATS = ("jsonl", "json", "csv")
# The output and its sidecar are flushed to disk after this many documents or seconds, whichever
# comes first: a crash loses at most that much work, and fsync stays off the hot path.
SYNC_DOCUMENTS = 64
SYNC_SECONDS = 1.0
_MAGIC = "newsfacts_progress"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Where a previous run stopped: the first `done` documents are in the first `offset` bytes."""

    done: int = 0
    offset: int = 0
    records: int = 0
    failed: int = 0
    key: str | None = None
    complete: bool = False


def sidecar_path(output: str) -> str:
    return output + SUFFIX


def journaled(output: str | None, fmt: str) -> bool:
    """Whether a run writes a sidecar: to a regular file (or a new one), in a resumable format."""
    if output is None or fmt not in RESUMABLE_FORMATS:
        return False
    return not os.path.exists(output) or os.path.isfile(output)


class Journal:
    """The sidecar of one run: `read` (fresh or resumed), `open`, `finished` per document,
    `complete`."""

    def __init__(self, output: str, options: dict[str, Any], checkpoint: Checkpoint) -> None:
        self.output = output
        self.path = sidecar_path(output)
        self.options = options
        self.checkpoint = checkpoint
        self.index = checkpoint.done
        self.records = checkpoint.records
        self.failed = checkpoint.failed
        self._pending: list[str] = []
        self._synced_at = time.monotonic()
        self._handle: IO[str] | None = None
        self._lines: list[str] = []
        self._keys: deque[str] = deque()

    @classmethod
    def read(cls, output: str, options: dict[str, Any], *, resume: bool) -> Journal:
        """The journal of a run to `output`: when resuming, what the sidecar says is done
        (checking the options match); else nothing. Writes nothing yet (see `open`)."""
        checkpoint, lines = Checkpoint(), []
        if resume and os.path.exists(output):
            lines, checkpoint = read_sidecar(sidecar_path(output), options)
            if os.path.getsize(output) < checkpoint.offset:
                raise UsageError(
                    f"cannot resume {output}: it is shorter than {sidecar_path(output)} says; "
                    "run without --resume to start over"
                )
        journal = cls(output, options, checkpoint)
        journal._lines = lines
        return journal

    def open(self) -> None:
        """Start the sidecar: the header and the lines still valid, written atomically, and
        keep it open."""
        header = json.dumps({_MAGIC: 1, "options": self.options}, ensure_ascii=False)
        fresh = self.path + ".tmp"
        try:
            with open(fresh, "w", encoding="utf-8", newline="\n") as handle:
                handle.write("".join(line + "\n" for line in [header, *self._lines]))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(fresh, self.path)
            self._handle = open(self.path, "a", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise UsageError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def skip_done(self, units: Iterator[Unit]) -> Iterator[Unit]:
        """`units` without the documents already in the output; the inputs must not have
        changed (the last one skipped is the one the sidecar names)."""
        last = None
        for unit in islice(units, self.checkpoint.done):
            last = unit
        if self.checkpoint.done and (last is None or last.key != self.checkpoint.key):
            raise UsageError(
                f"cannot resume {self.output}: the inputs changed since the interrupted run "
                f"(document {self.checkpoint.done} was {self.checkpoint.key}); "
                "run without --resume to start over"
            )
        return units

    @property
    def resuming(self) -> bool:
        return self.checkpoint.done > 0

    def truncate_output(self) -> None:
        """Cut the output back to what the sidecar lists (nothing, for a fresh run)."""
        if self.resuming:
            os.truncate(self.output, self.checkpoint.offset)

    def continue_writer(self, fmt: str, stream: IO[str]) -> Any:
        """A writer for `stream` that carries on after the listed documents: no second CSV
        header or `[`, and a `json` array's commas where they belong."""
        if not self.resuming:
            return make_writer(fmt, stream)
        writer: Any = make_writer(fmt, io.StringIO())  # swallows the header / opening bracket
        writer.stream = stream
        if hasattr(writer, "count"):
            writer.count = self.checkpoint.records
        return writer

    def track(self, units: Iterable[Unit]) -> Iterator[Unit]:
        """`units`, noting their keys so that `finished` knows which document it is told of."""
        for unit in units:
            self._keys.append(unit.key)
            yield unit

    def finished(self, result: Result, stream: IO[str], records: int) -> None:
        """Note the next document (its records are all in `stream`, flushed)."""
        key = self._keys.popleft()
        self.records += records
        self.failed += result.error is not None
        stream.flush()  # a writer's header, written before any record, may still be buffered
        offset = os.lseek(stream.fileno(), 0, os.SEEK_CUR)
        self._pending.append(_line([self.index, offset, self.records, self.failed, key]))
        self.index += 1
        if (
            len(self._pending) >= SYNC_DOCUMENTS
            or time.monotonic() - self._synced_at >= SYNC_SECONDS
        ):
            self.sync(stream)

    def sync(self, stream: IO[str]) -> None:
        """Make the output durable, then list the documents it now holds."""
        self._synced_at = time.monotonic()
        if not self._pending or self._handle is None:
            return
        stream.flush()
        os.fsync(stream.fileno())
        self._handle.write("".join(line + "\n" for line in self._pending))
        self._handle.flush()
        self._pending.clear()

    def complete(self, stream: IO[str]) -> None:
        """The run is over and the writer closed: say so in the sidecar."""
        self.sync(stream)
        stream.flush()
        os.fsync(stream.fileno())
        offset = os.lseek(stream.fileno(), 0, os.SEEK_CUR)
        if self._handle is not None:
            done = ["done", self.index, offset, self.records, self.failed]
            self._handle.write(_line(done) + "\n")
            self._handle.flush()
            os.fsync(self._handle.fileno())

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _line(values: list[Any]) -> str:
    return json.dumps(values, ensure_ascii=False)


def read_sidecar(path: str, options: dict[str, Any]) -> tuple[list[str], Checkpoint]:
    """The sidecar's valid document lines and the checkpoint they give; a torn last line and
    anything after the first bad line are ignored."""
    try:
        with open(path, encoding="utf-8", newline="\n") as handle:
            text = handle.read()
    except FileNotFoundError:
        return [], Checkpoint()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    lines = text.split("\n")[:-1]  # a last line without its newline was cut short
    if not lines:
        return [], Checkpoint()
    try:
        header = json.loads(lines[0])
        ok = header[_MAGIC] == 1
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise UsageError(f"cannot resume: {path} is not a newsfacts progress file")
    if header["options"] != options:
        changed = sorted(
            k for k in {*options, *header["options"]} if options.get(k) != header["options"].get(k)
        )
        raise UsageError(
            f"cannot resume: {path} was written by a run with other {', '.join(changed)}; "
            "run without --resume to start over"
        )
    kept: list[str] = []
    checkpoint = Checkpoint()
    for line in lines[1:]:
        try:
            value = json.loads(line)
            if value[0] == "done":
                _, done, offset, records, failed = value
                if done != checkpoint.done:
                    break
                checkpoint = Checkpoint(done, offset, records, failed, checkpoint.key, True)
                break
            index, offset, records, failed, key = value
        except (ValueError, TypeError, IndexError):
            break
        if index != checkpoint.done:
            break
        checkpoint = Checkpoint(index + 1, offset, records, failed, key)
        kept.append(line)
    return kept, checkpoint

