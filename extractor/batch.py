"""A batch run: every document under some paths, extracted and written to one output.

`run_batch` is what `newsfacts extract` does once its options are parsed, and tests and notebooks
call it the same way: it checks the paths and options (raising `UsageError`), picks the engine
(this process, a pool of worker processes, or a dask cluster), keeps the resume sidecar of a run
to a file, shows progress when stderr is a terminal, and writes each document's records as it
completes. Failed documents are reported on stderr and the run goes on; the exit status tells.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import date
from itertools import chain, islice
from typing import Any

from . import __version__
from .cluster import DaskEngine
from .errors import UsageError, internal_error
from .interrupts import noting_interrupts
from .parallel import CHUNK, Job, LocalEngine
from .pipeline import ALL_KINDS, Result, failed_result
from .progress import Reporter
from .progress import wanted as progress_wanted
from .records import Record
from .resume import RESUMABLE_FORMATS, Journal, journaled
from .sources import DEFAULT_GLOBS, check_paths, count_units, iter_units
from .writers import make_writer, open_output, output_format, silence_stdout

OK, FAILED, INTERRUPTED = 0, 1, 130


# Longer than 60 lines for its signature (every option of the command, keyword-only) and the
# docstring that explains them; the body is about 40 lines, the checks split out below.
def run_batch(
    paths: Iterable[str],
    *,
    output: str | None = None,
    fmt: str | None = None,
    kinds: Iterable[str] = ALL_KINDS,
    reference_date: date | None = None,
    globs: Iterable[str] = DEFAULT_GLOBS,
    jobs: int = 1,
    model: str | None = None,
    dask: str | None = None,
    resume: bool = False,
    progress: bool = True,
    setup: Callable[[], None] | None = None,
) -> int:
    """Extract every document under `paths` (files, folders walked with `globs`, `-` for stdin)
    and write the records of `kinds` to `output` (default stdout) in `fmt`, in input order.

    `jobs` worker processes (0 = one per core) or the dask scheduler at `dask`; `resume`
    continues an interrupted run to `output`; `progress` allows the bar and summary on stderr
    (shown only when it is a terminal and there is more than one document); `setup` is called
    once in every process that extracts, before the model loads (see `Job`). Returns the exit
    status: 0 all documents done, 1 some failed (each reported on stderr), 130 interrupted
    (Ctrl-C; the output then holds whole records only). Raises `UsageError` for impossible
    options, before any output is written.
    """
    paths, kinds, globs = list(paths), tuple(kinds), tuple(globs)
    fmt = output_format(fmt, output)
    check_paths(paths, globs)
    _check_options(fmt, output=output, jobs=jobs, dask=dask, resume=resume)
    journal = None
    if output is not None and journaled(output, fmt):
        options = _run_options(paths, globs, fmt, kinds, reference_date, model)
        journal = Journal.read(output, options, resume=resume)
        if journal.checkpoint.complete:  # a finished run: nothing left to do
            return FAILED if journal.checkpoint.failed else OK
    reporter = Reporter(enabled=False, kinds=kinds, done=journal.checkpoint.done if journal else 0)
    units = iter_units(paths, globs, warn=lambda line: reporter.message(f"Warning: {line}"))
    if journal is not None:
        units = journal.track(journal.skip_done(units))
    head = list(islice(units, CHUNK + 1))
    units = chain(head, units)
    job = Job(model=model, kinds=kinds, reference_date=reference_date, setup=setup)
    engine: LocalEngine | DaskEngine = (
        DaskEngine(dask, job) if dask else LocalEngine(job, jobs=jobs if len(head) > CHUNK else 1)
    )
    engine.start()
    reporter.enabled = progress and progress_wanted(len(head) > 1)
    code = INTERRUPTED
    try:
        if journal is not None:
            journal.truncate_output()
        with open_output(output, fmt, append=journal is not None and journal.resuming) as stream:
            if journal is not None:
                journal.open()
                writer = journal.continue_writer(fmt, stream)
            else:
                writer = make_writer(fmt, stream)
            reporter.start(lambda: count_units(paths, globs))
            reporter.shares_terminal = output is None and sys.stdout.isatty()
            code = write_results(
                engine.results(units), writer, kinds, reporter=reporter, journal=journal
            )
    finally:
        reporter.close(summary=False)  # already closed, with its summary, unless interrupted
        if journal is not None:
            journal.close()
        engine.close(interrupted=code == INTERRUPTED)
    return code


def _run_options(
    paths: list[str],
    globs: tuple[str, ...],
    fmt: str,
    kinds: tuple[str, ...],
    reference_date: date | None,
    model: str | None,
) -> dict[str, Any]:
    """What the resume sidecar records of a run, so that `--resume` refuses other options."""
    return {
        "version": __version__,
        "paths": paths,
        "globs": list(globs),
        "format": fmt,
        "kinds": list(kinds),
        "reference_date": reference_date.isoformat() if reference_date else None,
        "model": model,
    }


def _check_options(
    fmt: str, *, output: str | None, jobs: int, dask: str | None, resume: bool
) -> None:
    """Raise `UsageError` for options that cannot go together, before any output is written."""
    if jobs < 0:
        raise UsageError("--jobs must be 0 or more")
    if dask and jobs != 1:
        raise UsageError("--jobs and --dask cannot be used together")
    if resume and not output:
        raise UsageError("--resume needs -o/--output")
    if resume and fmt not in RESUMABLE_FORMATS:
        raise UsageError(f"--resume works with --format {', '.join(RESUMABLE_FORMATS)}")


def write_results(
    results: Iterable[Result],
    writer: Any,
    kinds: tuple[str, ...],
    *,
    reporter: Reporter | None = None,
    journal: Journal | None = None,
) -> int:
    """Write each document's records as it completes; report failures; return the exit status.

    With a `journal`, each written document is noted in the resume sidecar (`writer.stream` is
    the output file) and the run is marked complete at the end. A reader that closes the pipe
    (`| head`) ends the run quietly with 0.
    """
    reporter = reporter or Reporter(enabled=False, kinds=kinds)
    stream = getattr(writer, "stream", None)
    previous_failures = journal.checkpoint.failed if journal is not None else 0
    try:
        with noting_interrupts() as interrupted:
            for result in results:
                if interrupted.is_set():  # a Ctrl-C swallowed on its way: the document in
                    raise KeyboardInterrupt  # hand may be unsound, and is not written
                _write_result(result, writer, kinds, reporter, journal, stream)
            if interrupted.is_set():
                raise KeyboardInterrupt
    except BrokenPipeError:
        reporter.close(summary=False)
        silence_stdout()
        return OK
    except KeyboardInterrupt:
        reporter.close(summary=False)
        if journal is not None:
            journal.sync(stream)
        _close_quietly(writer)
        return INTERRUPTED
    reporter.close()
    _close_quietly(writer)
    if journal is not None:
        journal.complete(stream)
    return FAILED if reporter.failed + previous_failures else OK


def _write_result(
    result: Result,
    writer: Any,
    kinds: tuple[str, ...],
    reporter: Reporter,
    journal: Journal | None,
    stream: Any,
) -> None:
    """Report a document's warnings and error, write its records, note it in the journal."""
    for warning in result.warnings:
        reporter.message(f"Warning: {warning}")
    if result.error is not None:
        reporter.message(f"Error: {result.doc}: {result.error}")
    with reporter.paused():  # records for a person at the same terminal as the bar
        result, records = _write(writer, result, kinds, reporter)
    reporter.document(records, result.error is not None)
    if journal is not None:
        journal.finished(result, stream, len(records))


def _write(
    writer: Any, result: Result, kinds: tuple[str, ...], reporter: Reporter
) -> tuple[Result, list[Record]]:
    """Write a document's records. Records that cannot be written (text that is not valid
    Unicode, from a JSONL line) fail their document alone: its failed `document` record is
    written in their place. Returns what was written."""
    records = [r for r in result.records if r.kind in kinds]
    try:
        writer.write(records)
        return result, records
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug on one document must not end the run
        reason = internal_error("serialization", exc)
    model = result.document.to_dict()["model"]  # a Document, or its JsonRecord from a worker
    failed = failed_result(_printable(result.doc), reason, kinds=kinds, model=model)
    reporter.message(f"Error: {failed.doc}: {reason}")
    records = [r for r in failed.records if r.kind in kinds]
    writer.write(records)
    return failed, records


def _printable(text: str) -> str:
    """`text` with what UTF-8 cannot hold (lone surrogates) replaced."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _close_quietly(writer: Any) -> None:
    try:
        writer.close()
    except BrokenPipeError:
        silence_stdout()
