"""`newsfacts show`: an article with its facts highlighted, in the terminal or as one HTML page.

Modules, each with one job:
- `document`: extract a file and pair each document's text with its facts (`View`);
- `spans`: highlights placed by the records' offsets, nested where facts overlap;
- `terminal`: the rich view (highlighted article, legend, a summary table per kind);
- `page`: the self-contained HTML page, built from the package resources `page.html`,
  `page.css` and `page.js` (loaded with importlib.resources; no markup of them in Python);
- `kinds`: how each kind looks.

To show a new kind, add one row to `kinds.KINDS`: its terminal style, page colour, fill or
underline, nesting rank and summary-table columns. That row gives it its highlights (per mention
when its records have `mentions`), its place in both legends and the page's filters, and its
summary table; the page's fact panel already shows every field of any record.

Views read records and texts only: they must not change records, and nothing outside the CLI
and tests imports them (extractors never do).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import IO, Any

from ..pipeline import ALL_KINDS, Extractor
from .document import View, view_of, views
from .page import esc, render_html
from .spans import Span, nest, spans_of
from .terminal import render_terminal, terminal_tables, terminal_text


def show(
    path: str,
    *,
    html_out: IO[str] | None = None,
    console: Any = None,
    extractor: Extractor | None = None,
    reference_date: date | None = None,
    kinds: Sequence[str] = ALL_KINDS,
) -> list[View]:
    """Extract one file and show it: in the terminal, or as an HTML page written to `html_out`.

    Returns the views, failed documents included (their `error` set), for the caller to report.
    """
    shown = list(views(path, extractor=extractor, reference_date=reference_date, kinds=kinds))
    if html_out is not None:
        html_out.write(render_html(shown, title=path))
    else:
        if console is None:
            from rich.console import Console

            console = Console(highlight=False)
        for view in shown:
            render_terminal(view, console)
    return shown


__all__ = [
    "Span",
    "View",
    "esc",
    "nest",
    "render_html",
    "render_terminal",
    "show",
    "spans_of",
    "terminal_tables",
    "terminal_text",
    "view_of",
    "views",
]
