"""The HTML page of `show`: articles with every fact a `<mark>`, filters per kind, a fact panel.

The markup is built here with all article text escaped by `esc()` (extractor/markup.py), the one
place text becomes HTML. The template, stylesheet and script are package resources beside this
module (`page.html`, `page.css`, `page.js`); the script only toggles classes and fills the side
panel. Each kind's colour and fill come from `kinds.KINDS`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from string import Template
from typing import Any

from ..markup import esc, resource, script_json
from .document import View
from .kinds import BY_KIND, KINDS, fact_dicts
from .spans import FURNITURE, PARTS, Span, fact_key, nest, spans_of


def _paint(kind: str) -> str:
    """The class that draws a kind: filled, or underlined (long facts others sit inside)."""
    return "line" if BY_KIND[kind].underline else "fill"


def kind_colours() -> str:
    """Each kind's colour as the custom property `--kind` of its highlights and its filter."""
    return "\n".join(f".f-{k.kind}, .k-{k.kind} {{ --kind: {k.colour}; }}" for k in KINDS)


def _element(span: Span, text: str) -> str:
    inner = "".join(_render(span, text))
    if span.layer == FURNITURE or span.layer in PARTS:
        return f'<span class="{span.layer}">{inner}</span>'
    classes = f"f f-{span.layer} {_paint(span.layer)}{' part' if span.part else ''}"
    attrs = f'class="{classes}" data-fact="{span.key}"'
    if span.mention is not None:
        attrs += f' data-m="{span.mention}"'
    return f"<mark {attrs}>{inner}</mark>"


def _render(node: Span, text: str) -> Iterator[str]:
    position = node.start
    for child in node.children:
        yield esc(text[position : child.start])
        yield _element(child, text)
        position = child.end
    yield esc(text[position : node.end])


def article_html(view: View, index: int = 0) -> str:
    """The article text as HTML, every fact a <mark> placed by its offsets."""
    root = nest(spans_of(view, index), len(view.text))
    return "".join(_render(root, view.text))


def fact_table(views: Sequence[View]) -> dict[str, dict[str, Any]]:
    """Every fact's fields by its key, for the page's side panel (a kind's panel fields first)."""
    table = {}
    for index, view in enumerate(views):
        for number, data in enumerate(fact_dicts(view)):
            data.pop("schema", None)
            data.pop("doc", None)
            table[fact_key(index, number)] = data
    return table


def _filters(views: Sequence[View]) -> str:
    """A checkbox per kind, with its colour and its count of facts."""
    counts = {k.kind: sum(r.kind == k.kind for v in views for r in v.records) for k in KINDS}
    return "".join(
        f'<label class="k-{k.kind} {_paint(k.kind)}"><input type="checkbox" '
        f'data-kind="{k.kind}" checked> {k.kind} <span class=n>{counts[k.kind]}</span></label>'
        for k in KINDS
    )


def render_html(views: Sequence[View], *, title: str | None = None) -> str:
    """One self-contained page: articles with highlights, filters per kind, a side panel."""
    title = title or (views[0].doc if len(views) == 1 else f"{len(views)} documents")
    return Template(resource(__package__, "page.html")).substitute(
        title=esc(f"newsfacts: {title}"),
        heading=esc(title),
        filters=_filters(views),
        sections="\n".join(_section(view, index) for index, view in enumerate(views)),
        facts=script_json(fact_table(views)),
        style=resource(__package__, "page.css") + kind_colours(),
        script=resource(__package__, "page.js"),
    )


def _section(view: View, index: int) -> str:
    meta = ""
    if view.document is not None:
        data = view.document.to_dict()
        meta = (
            f"reference date {data.get('reference_date') or 'none'} "
            f"({data.get('reference_date_source')}) · {data.get('chars')} characters · "
            f"body {data.get('body_start')}–{data.get('body_end')}"
        )
    if view.error is not None:
        body = f'<p class="error">failed: {esc(view.error)}</p>'
    else:
        body = f'<div class="article">{article_html(view, index)}</div>'
    return (
        f'<section class="doc" id="d{index}"><h2>{esc(view.doc)}</h2>'
        f'<p class="meta">{esc(meta)}</p>{body}</section>'
    )
