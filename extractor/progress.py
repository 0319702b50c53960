"""Progress on stderr: a rich bar while a batch runs and a one-line summary at the end.

Both only when stderr is a terminal and the run has more than one document; otherwise stderr
carries warnings and errors alone. Messages go through the bar while it is showing, so they do
not tear it.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .records import Record


def wanted(documents_at_least_two: bool, stream: Any = None) -> bool:
    """Whether to show progress: stderr is a terminal and there is more than one document."""
    stream = stream if stream is not None else sys.stderr
    try:
        return documents_at_least_two and stream.isatty()
    except (AttributeError, ValueError):
        return False


class Reporter:
    """Counts documents, records and failures; shows them when `enabled`."""

    def __init__(self, *, enabled: bool, kinds: Iterable[str], done: int = 0) -> None:
        self.enabled = enabled
        self.kinds = tuple(kinds)
        self.skipped = done
        self.documents = 0
        self.failed = 0
        self.records: Counter[str] = Counter()
        self.started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None
        self.shares_terminal = False  # records go to the terminal the bar is on

    def start(self, count: Callable[[], int] | None = None) -> Reporter:
        """Show the bar; `count` (run in a background thread) gives the total for the ETA."""
        self.started = time.monotonic()
        if not self.enabled:
            return self
        self._progress = Progress(
            TextColumn("documents"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TextColumn("{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr),
            transient=True,
            redirect_stdout=False,  # stdout holds records, never the bar's
        )
        self._task = self._progress.add_task("extract", total=None, failed=0, skipped=self.skipped)
        if self.skipped:
            self._progress.update(self._task, completed=self.skipped)
        self._progress.start()
        if count is not None:
            threading.Thread(target=self._count, args=(count,), daemon=True).start()
        return self

    def _count(self, count: Callable[[], int]) -> None:
        try:
            total = count()
        except Exception:  # noqa: BLE001 - a total is a nicety; the run goes on without it
            return
        progress = self._progress
        if progress is not None:
            progress.update(self._task, total=total)

    def document(self, records: Iterable[Record], failed: bool) -> None:
        """A document is written."""
        self.documents += 1
        self.failed += failed
        self.records.update(record.kind for record in records)
        if self._progress is not None:
            self._progress.update(self._task, advance=1, failed=self.failed)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Take the bar off the terminal while records are written to it, then put it back."""
        if self._progress is None or not self.shares_terminal:
            yield
            return
        self._progress.stop()
        try:
            yield
        finally:
            sys.stdout.flush()
            self._progress.start()

    def message(self, line: str) -> None:
        """A warning or an error, on stderr."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr)

    def close(self, *, summary: bool = True) -> None:
        """Remove the bar and, when showing, print the summary line."""
        if self._progress is None:
            return
        progress, self._progress = self._progress, None
        progress.stop()
        if summary:
            print(self.summary(), file=sys.stderr)

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        kinds = ", ".join(f"{kind} {self.records[kind]:,}" for kind in self.kinds)
        total = sum(self.records.values())
        resumed = f" (after {self.skipped:,} done before)" if self.skipped else ""
        return (
            f"newsfacts: {self.documents:,} documents{resumed}, {self.failed:,} failed; "
            f"{total:,} records ({kinds}); {seconds:.1f} s"
        )


class _RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        done = task.completed - task.fields.get("skipped", 0)
        if not task.elapsed or done <= 0:
            return Text("-- docs/s")
        return Text(f"{done / task.elapsed:,.1f} docs/s")
