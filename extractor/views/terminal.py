"""The terminal view of `show`: the article with highlighted facts, a legend, a table per kind.

Styles and table columns come from `kinds.KINDS`; rich is imported only when a view is drawn.
"""

from __future__ import annotations

from typing import Any

from .document import View
from .kinds import KINDS, fact_dicts
from .spans import FURNITURE, rank, spans_of

#: Styles of the layers that are no kind: dimmed furniture, a claim's speaker and cue, a trigger.
LAYER_STYLES = {FURNITURE: "dim", "speaker": "bold", "cue": "italic", "trigger": "bold red"}
#: Widest a table's `content` column grows before it folds, in characters.
CONTENT_WIDTH = 60

_STYLES = {**LAYER_STYLES, **{k.kind: k.terminal_style for k in KINDS}}


def render_terminal(view: View, console: Any) -> None:
    """The article with highlighted facts and dimmed furniture, then a table per kind (rich)."""
    from rich.rule import Rule
    from rich.text import Text

    console.print(Rule(Text(view.doc), align="left"))
    if view.error is not None:
        console.print(Text(f"failed: {view.error}", style="red"))
        return
    console.print(terminal_text(view))
    console.print(legend(view))
    for table in terminal_tables(view):
        console.print(table)


def terminal_text(view: View) -> Any:
    """The article as a rich Text: a style per kind, claims underlined, furniture dimmed."""
    from rich.text import Text

    body = Text(view.text)
    if view.body.start > 0:
        body.stylize("dim", 0, view.body.start)
    if view.body.end < len(view.text):
        body.stylize("dim", view.body.end, len(view.text))
    for span in sorted(spans_of(view), key=lambda s: rank(s.layer)):
        body.stylize(_STYLES[span.layer], span.start, span.end)
    return body


def legend(view: View) -> Any:
    """One line: each kind in its style with its count, and the reference date used."""
    from rich.text import Text

    line = Text()
    for k in KINDS:
        count = sum(r.kind == k.kind for r in view.records)
        line.append(f" {k.kind} {count} ", style=k.terminal_style)
    line.append(" furniture ", style=LAYER_STYLES[FURNITURE])
    if view.document is not None:
        data = view.document.to_dict()
        reference = data.get("reference_date")
        line.append(f"  reference date {reference} ({data.get('reference_date_source')})")
    return line


def terminal_tables(view: View) -> list[Any]:
    """A compact rich table per kind present in the view."""
    from rich.table import Table
    from rich.text import Text

    tables = []
    facts = fact_dicts(view)
    for k in KINDS:
        rows = [d for d in facts if d["kind"] == k.kind]
        if not rows:
            continue
        table = Table(title=Text(f"{k.kind}s", style=k.terminal_style), title_justify="left")
        for name, _ in k.columns:
            width = CONTENT_WIDTH if name == "content" else None
            table.add_column(name, overflow="fold", max_width=width)
        for row in rows:
            table.add_row(*(Text(getter(row)) for _, getter in k.columns))
        tables.append(table)
    return tables
