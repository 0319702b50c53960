"""The `newsfacts` command: parse options, call the library, pick a writer, map errors to exits.

Exit status: 0 all documents processed, 1 some failed (each reported on stderr), 2 bad usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup

from . import __version__
from .cluster import DaskEngine
from .errors import UsageError
from .parallel import CHUNK, Job, LocalEngine
from .pipeline import ALL_KINDS, Result, model_versions
from .progress import Reporter
from .progress import wanted as progress_wanted
from .resume import RESUMABLE_FORMATS, Journal, journaled
from .sources import (
    DEFAULT_GLOBS,
    Failure,
    check_paths,
    count_units,
    iter_units,
    parse_date,
    read_path,
)
from .writers import FORMATS, make_writer


class _OneLineErrors(TyperGroup):
    """Usage errors as one `Error:` line on stderr with exit 2, never a usage dump or traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except ClickException as exc:
            _error(exc.format_message())
            sys.exit(2 if exc.exit_code == 2 else exc.exit_code)
        except UsageError as exc:
            _error(str(exc))
            sys.exit(2)
        except typer.Abort:
            sys.exit(130)
        sys.exit(code or 0)


app = typer.Typer(
    cls=_OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Turn English news articles into source-grounded fact records.",
)


def _error(message: str) -> None:
    print(f"Error: {message}", file=sys.stderr)


def _version(value: bool) -> None:
    if value:
        print(f"newsfacts {__version__}")
        for name, version in model_versions().items():
            print(f"{name} {version}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show versions and exit."),
    ] = False,
) -> None:
    """Turn English news articles into source-grounded fact records."""


def parse_kinds(value: str | None) -> tuple[str, ...]:
    """`--kinds a,b` as a tuple, checked against the registry."""
    if not value:
        return ALL_KINDS
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in ALL_KINDS]
    if unknown or not kinds:
        raise UsageError(
            f"unknown kind {', '.join(unknown) or repr(value)} in --kinds; "
            f"valid kinds: {','.join(ALL_KINDS)}"
        )
    return kinds


def parse_reference_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise UsageError(f"--reference-date {exc}") from None


def default_format(output: str | None) -> str:
    """`table` at a terminal, else jsonl; with `-o`, the output file's extension decides."""
    if output:
        suffix = Path(output).suffix.lstrip(".").lower()
        return suffix if suffix in ("json", "csv") else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


@contextmanager
def open_output(output: str | None, fmt: str, *, append: bool = False) -> Iterator[IO[str]]:
    """The stream records go to: the `-o` file (appended to with `append`, for a resumed run),
    else stdout (UTF-8, line ends untouched)."""
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


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (walked) or - for stdin.", show_default=False),
    ],
    format: Annotated[
        str | None,
        typer.Option("--format", help=f"Output format: {'|'.join(FORMATS)}.", show_default=False),
    ] = None,
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Write records to this file.")
    ] = None,
    kinds: Annotated[
        str | None,
        typer.Option(help=f"Comma-separated kinds to keep: {','.join(ALL_KINDS)}."),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(help="Publication day YYYY-MM-DD that anchors relative dates."),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option(help=f"File patterns in folders (default: {' '.join(DEFAULT_GLOBS)})."),
    ] = None,
    jobs: Annotated[int, typer.Option(help="Worker processes (0 = one per core).")] = 1,
    model: Annotated[
        str | None, typer.Option(help="Another installed spaCy English pipeline.")
    ] = None,
    dask: Annotated[
        str | None, typer.Option(help="Run on a dask.distributed cluster at this address.")
    ] = None,
    resume: Annotated[bool, typer.Option(help="With -o, continue an interrupted run.")] = False,
) -> int:
    """Extract fact records from articles."""
    fmt = format or default_format(output)
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    wanted = parse_kinds(kinds)
    published = parse_reference_date(reference_date)
    globs = tuple(glob) if glob else DEFAULT_GLOBS
    check_paths(paths, globs)
    if jobs < 0:
        raise UsageError("--jobs must be 0 or more")
    if dask and jobs != 1:
        raise UsageError("--jobs and --dask cannot be used together")
    if resume and not output:
        raise UsageError("--resume needs -o/--output")
    if resume and fmt not in RESUMABLE_FORMATS:
        raise UsageError(f"--resume works with --format {', '.join(RESUMABLE_FORMATS)}")
    options = {
        "version": __version__,
        "paths": list(paths),
        "globs": list(globs),
        "format": fmt,
        "kinds": list(wanted),
        "reference_date": reference_date,
        "model": model,
    }
    journal = Journal.read(output, options, resume=resume) if journaled(output, fmt) else None
    if journal is not None and journal.checkpoint.complete:
        return 1 if journal.checkpoint.failed else 0  # a finished run: nothing left to do
    units = iter_units(paths, globs)
    if journal is not None:
        units = journal.track(journal.skip_done(units))
    head = list(islice(units, CHUNK + 1))
    units = chain(head, units)
    job = Job(model=model, kinds=wanted, reference_date=published)
    engine: Any = (
        DaskEngine(dask, job) if dask else LocalEngine(job, jobs=jobs if len(head) > CHUNK else 1)
    )
    engine.start()
    reporter = Reporter(
        enabled=progress_wanted(len(head) > 1),
        kinds=wanted,
        done=journal.checkpoint.done if journal else 0,
    )
    code = 130
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
                engine.results(units), writer, wanted, reporter=reporter, journal=journal
            )
    finally:
        reporter.close(summary=False)  # already closed, with its summary, unless interrupted
        if journal is not None:
            journal.close()
        engine.close(interrupted=code == 130)
    return code


def write_results(
    results: Iterator[Result],
    writer: Any,
    kinds: tuple[str, ...],
    *,
    reporter: Reporter | None = None,
    journal: Journal | None = None,
) -> int:
    """Write each document's records as it completes; report failures; return the exit code.

    With a `journal`, each written document is noted in the resume sidecar (`writer.stream` is
    the output file) and the run is marked complete at the end.
    """
    reporter = reporter or Reporter(enabled=False, kinds=kinds)
    stream = getattr(writer, "stream", None)
    previous_failures = journal.checkpoint.failed if journal is not None else 0
    try:
        for result in results:
            for warning in result.warnings:
                reporter.message(f"Warning: {warning}")
            if result.error is not None:
                reporter.message(f"Error: {result.doc}: {result.error}")
            records = [r for r in result.records if r.kind in kinds]
            if journal is not None:
                journal.kill_if_asked(writer, records)  # the documented test hook
            with reporter.paused():  # records for a person at the same terminal as the bar
                writer.write(records)
            reporter.document(records, result.error is not None)
            if journal is not None:
                journal.finished(result, stream, len(records))
    except BrokenPipeError:
        reporter.close(summary=False)
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        reporter.close(summary=False)
        if journal is not None:
            journal.sync(stream)
        _close_quietly(writer)
        return 130
    reporter.close()
    _close_quietly(writer)
    if journal is not None:
        journal.complete(stream)
    return 1 if reporter.failed + previous_failures else 0


def _close_quietly(writer: Any) -> None:
    try:
        writer.close()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """After the reader of a pipe left (`| head`), send what is still buffered nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of a record."""
    import json

    from .records import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def text(
    file: Annotated[str, typer.Argument(help="A file, or - for stdin.", show_default=False)],
) -> int:
    """Print exactly the text the records' offsets index (for HTML: the article text)."""
    check_paths([file])
    if os.path.isdir(file):
        raise UsageError(f"{file}: is a folder; give one file")
    failed = 0
    for item in read_path(file):
        if isinstance(item, Failure):
            failed += 1
            _error(f"{item.doc}: {item.reason}")
            continue
        sys.stdout.flush()
        sys.stdout.buffer.write(item.text.encode("utf-8"))
        sys.stdout.buffer.flush()
    return 1 if failed else 0


@app.command()
def show(
    file: Annotated[
        str, typer.Argument(help="An article: .txt, .md, .html or .jsonl.", show_default=False)
    ],
    html: Annotated[
        str | None,
        typer.Option("--html", metavar="OUT.html", help="Write a self-contained HTML page."),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(help="Publication day YYYY-MM-DD that anchors relative dates."),
    ] = None,
    kinds: Annotated[
        str | None,
        typer.Option(help=f"Comma-separated kinds to show: {','.join(ALL_KINDS)}."),
    ] = None,
) -> int:
    """Show an article with every fact highlighted, in the terminal or as an HTML page."""
    from contextlib import nullcontext

    from .show import show as show_article

    wanted = parse_kinds(kinds)
    published = parse_reference_date(reference_date)
    check_paths([file])
    if os.path.isdir(file):
        raise UsageError(f"{file}: is a folder; give one file")
    with open_output(html, "html") if html else nullcontext(None) as stream:
        shown = show_article(file, html_out=stream, reference_date=published, kinds=wanted)
    failed = 0
    for view in shown:
        for warning in view.warnings:
            print(f"Warning: {warning}", file=sys.stderr)
        if view.error is not None:
            failed += 1
            _error(f"{view.doc}: {view.error}")
    return 1 if failed else 0
