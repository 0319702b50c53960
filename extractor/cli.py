"""The `newsfacts` command: parse options, call the library, map errors to exits.

`extract` parses its options and calls `extractor.batch.run_batch`, which does the run.
Exit status: 0 all documents processed, 1 some failed (each reported on stderr), 2 bad usage,
130 interrupted.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import Annotated, Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup

from . import __version__
from .errors import UsageError
from .records import FACT_TYPES
from .sources import DEFAULT_GLOBS, Failure, check_paths, parse_date, read_path
from .writers import FORMATS, open_output, output_format

# The kinds of record, for help texts; `parse_kinds` checks against the extractor registry. The
# pipeline (and spaCy) is imported only by the commands that run it, so `merge` starts light.
RECORD_KINDS = ("document", *FACT_TYPES)


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
        from .models import model_versions

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


def comma_list(value: str) -> tuple[str, ...]:
    """`a, b,,c` as ("a", "b", "c"): a comma-separated option's items, blanks dropped."""
    return tuple(item.strip() for item in value.split(",") if item.strip())


def parse_kinds(value: str | None) -> tuple[str, ...]:
    """`--kinds a,b` as a tuple, checked against the registry."""
    from .pipeline import ALL_KINDS

    if not value:
        return ALL_KINDS
    kinds = comma_list(value)
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


FormatOption = Annotated[
    str | None,
    typer.Option("--format", help=f"Output format: {'|'.join(FORMATS)}.", show_default=False),
]
OutputOption = Annotated[
    str | None, typer.Option("-o", "--output", help="Write records to this file.")
]
ReferenceDateOption = Annotated[
    str | None,
    typer.Option(help="Publication day YYYY-MM-DD that anchors relative dates."),
]


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (walked) or - for stdin.", show_default=False),
    ],
    format: FormatOption = None,
    output: OutputOption = None,
    kinds: Annotated[
        str | None,
        typer.Option(help=f"Comma-separated kinds to keep: {','.join(RECORD_KINDS)}."),
    ] = None,
    reference_date: ReferenceDateOption = None,
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
    from .forkserver import pool_context, worker_count

    if not dask and worker_count(jobs) > 1:
        pool_context(model)  # the workers' server loads the model on another core while we import
    from .batch import run_batch

    fmt = output_format(format, output)
    wanted = parse_kinds(kinds)
    published = parse_reference_date(reference_date)
    return run_batch(
        paths,
        output=output,
        fmt=fmt,
        kinds=wanted,
        reference_date=published,
        globs=glob or DEFAULT_GLOBS,
        jobs=jobs,
        model=model,
        dask=dask,
        resume=resume,
    )


@app.command()
def merge(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Records written by extract: files, folders of .jsonl, or - for stdin.",
            show_default=False,
        ),
    ] = None,
    format: FormatOption = None,
    output: OutputOption = None,
    with_records: Annotated[
        bool,
        typer.Option(help="Also write the input records, linked to their entity or story."),
    ] = False,
    html: Annotated[
        str | None,
        typer.Option("--html", metavar="REPORT.html", help="Write a self-contained report page."),
    ] = None,
) -> int:
    """Merge extracted records across documents into entities and stories (loads no model)."""
    from .merge import run_merge

    if not paths and sys.stdin.isatty():
        raise UsageError("no records to merge: give files, or pipe `newsfacts extract` into it")
    return run_merge(
        paths or ["-"], output=output, fmt=format, with_records=with_records, html=html
    )


@app.command("eval")
def evaluate(
    gold: Annotated[
        str,
        typer.Argument(
            help="Gold JSONL (id, text, reference_date, gold), or a folder of TimeML .tml files.",
            show_default=False,
        ),
    ],
    kinds: Annotated[
        str | None,
        typer.Option(help="Comma-separated kinds to score (default: every kind the gold has)."),
    ] = None,
    format: Annotated[str, typer.Option("--format", help="Report format: table|json.")] = "table",
    records: Annotated[
        str | None,
        typer.Option(help="Score these records (JSONL, doc = gold id) instead; loads no model."),
    ] = None,
    save_records: Annotated[
        str | None, typer.Option(help="Also write the records extracted to this JSONL file.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Score the first N documents only (0 = all).")] = 0,
    model: Annotated[
        str | None, typer.Option(help="Another installed spaCy English pipeline.")
    ] = None,
) -> int:
    """Score newsfacts against annotated news: the gold's documents extracted, or --records."""
    from .evaluation import run_eval

    wanted = comma_list(kinds) if kinds is not None else None
    return run_eval(
        gold,
        fmt=format,
        kinds=wanted,
        records=records,
        save_records=save_records,
        limit=limit,
        model=model,
    )


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
    reference_date: ReferenceDateOption = None,
    kinds: Annotated[
        str | None,
        typer.Option(help=f"Comma-separated kinds to show: {','.join(RECORD_KINDS)}."),
    ] = None,
) -> int:
    """Show an article with every fact highlighted, in the terminal or as an HTML page."""
    from contextlib import nullcontext

    from .views import show as show_article

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
