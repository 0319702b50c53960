"""`newsfacts show`: an article with its facts highlighted, in the terminal or as one HTML page.

Highlights are placed by the records' offsets. Overlapping facts (a date inside a claim, an actor
inside a claim's speaker) become nested elements: every span is laid into a tree, outer spans
first, and a span that crosses an enclosing one's end is cut there (its pieces marked `part`).
The HTML page is built entirely here, in Python, with all article text escaped by `esc()`;
its script only toggles classes and fills the side panel (never reads offsets, never writes HTML).
"""

from __future__ import annotations

import heapq
import html
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from .body import Body, find_body
from .pipeline import ALL_KINDS, Extractor, Result
from .records import Record
from .sources import Failure, Source, iter_sources

FACT_KINDS = ("actor", "date", "distance", "claim")
# Outer first when two spans cover the same characters.
_RANK = {"furniture": 0, "claim": 1, "actor": 2, "date": 3, "distance": 4, "speaker": 5, "cue": 6}
TERMINAL_STYLES = {
    "actor": "bold cyan",
    "date": "bold green",
    "distance": "bold magenta",
    "claim": "underline yellow",
    "furniture": "dim",
}


@dataclass(frozen=True, slots=True)
class View:
    """One document as `show` presents it: its text, where the body is, and its facts."""

    doc: str
    text: str
    body: Body
    records: list[Record]  # the facts, without the document record
    document: Record | None
    error: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class Span:
    """A highlight to lay into the text: a fact, a mention, a claim's speaker or cue, furniture."""

    start: int
    end: int
    layer: str  # a kind, or "furniture", "speaker", "cue"
    key: str | None = None  # the fact's key in the page's fact table
    mention: int | None = None  # an actor's mention index
    part: bool = False  # a piece of a span cut where it crossed an enclosing one
    children: list[Span] = field(default_factory=list)


def views(
    path: str,
    *,
    extractor: Extractor | None = None,
    reference_date: date | None = None,
    kinds: Sequence[str] = ALL_KINDS,
) -> Iterator[View]:
    """Extract every document of one file (several for a .jsonl batch) and pair it with its text."""
    extractor = extractor or Extractor(kinds=kinds)
    sources = list(iter_sources([path], reference_date=reference_date))
    for source, result in zip(sources, extractor.extract_sources(sources), strict=True):
        yield view_of(source, result, kinds=kinds)


def view_of(source: Source | Failure, result: Result, *, kinds: Sequence[str] = ALL_KINDS) -> View:
    """The view of one extracted document: its facts of `kinds`, or its failure."""
    if isinstance(source, Failure):
        return View(source.doc, "", find_body(""), [], result.records[-1], result.error)
    facts = [r for r in result.records if r.kind != "document" and r.kind in kinds]
    return View(
        doc=source.doc,
        text=source.text,
        body=find_body(source.text),
        records=facts,
        document=result.records[-1],
        error=result.error,
        warnings=result.warnings,
    )


# ----------------------------------------------------------------------------- spans and nesting


def fact_key(index: int, number: int) -> str:
    """The key of a view's `number`-th fact in the page: unique across documents."""
    return f"d{index}-f{number}"


def spans_of(view: View, index: int = 0) -> list[Span]:
    """Every highlight of a view: one per fact, one per actor mention, furniture, speaker, cue."""
    spans = [Span(s, e, "furniture") for s, e in view.body.furniture]
    for number, record in enumerate(view.records):
        key = fact_key(index, number)
        data = record.to_dict()
        if record.kind == "actor":
            for m, mention in enumerate(data["mentions"]):
                spans.append(Span(mention["start"], mention["end"], "actor", key, m))
            continue
        spans.append(Span(record.start, record.end, record.kind, key))
        if record.kind == "claim":
            for layer in ("speaker", "cue"):
                start, end = data.get(f"{layer}_start"), data.get(f"{layer}_end")
                if start is not None and end is not None:
                    spans.append(Span(start, end, layer))
    length = len(view.text)
    return [s for s in spans if 0 <= s.start < s.end <= length]


def nest(spans: Iterable[Span], length: int) -> Span:
    """Lay spans into a tree under a root covering [0, length); crossing spans are cut."""
    root = Span(0, length, "root")
    queue: list[tuple[int, int, int, int, Span]] = []
    for seq, span in enumerate(spans):
        heapq.heappush(queue, (span.start, -span.end, _RANK.get(span.layer, 9), seq, span))
    seq = len(queue)
    stack = [root]
    while queue:
        start, _, rank, _, span = heapq.heappop(queue)
        while stack[-1].end <= start:
            stack.pop()
        parent = stack[-1]
        if span.end > parent.end:  # crosses the enclosing span: keep the inside, requeue the rest
            rest = Span(parent.end, span.end, span.layer, span.key, span.mention, True)
            heapq.heappush(queue, (rest.start, -rest.end, rank, seq, rest))
            seq += 1
            span = Span(span.start, parent.end, span.layer, span.key, span.mention, True)
        parent.children.append(span)
        stack.append(span)
    return root


# ----------------------------------------------------------------------------- terminal view


def render_terminal(view: View, console: Any) -> None:
    """The article with highlighted facts and dimmed furniture, then a table per kind (rich)."""
    from rich.rule import Rule
    from rich.text import Text

    console.print(Rule(Text(view.doc), align="left"))
    if view.error is not None:
        console.print(Text(f"failed: {view.error}", style="red"))
        return
    console.print(terminal_text(view))
    console.print(_legend(view))
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
    for span in sorted(spans_of(view), key=lambda s: _RANK.get(s.layer, 9)):
        style = TERMINAL_STYLES.get(span.layer, "bold" if span.layer == "speaker" else "italic")
        body.stylize(style, span.start, span.end)
    return body


def _legend(view: View) -> Any:
    from rich.text import Text

    counts = {kind: sum(r.kind == kind for r in view.records) for kind in FACT_KINDS}
    legend = Text()
    for kind in FACT_KINDS:
        legend.append(f" {kind} {counts[kind]} ", style=TERMINAL_STYLES[kind])
    legend.append(" furniture ", style="dim")
    if view.document is not None:
        data = view.document.to_dict()
        reference = data.get("reference_date")
        legend.append(f"  reference date {reference} ({data.get('reference_date_source')})")
    return legend


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    if isinstance(value, list):
        return ", ".join(_fmt(v) for v in value)
    return str(value)


def _km(meters: Any) -> str:
    return "" if meters is None else _fmt(float(meters) / 1000)


TABLE_COLUMNS: dict[str, tuple[tuple[str, Any], ...]] = {
    "actor": (
        ("id", lambda d: d["id"]),
        ("name", lambda d: d["name"]),
        ("type", lambda d: d["type"]),
        ("roles", lambda d: _fmt(d["roles"])),
        ("affiliation", lambda d: _fmt(d["affiliation"])),
        ("code", lambda d: _fmt(d["country_code"])),
        ("mentions", lambda d: str(len(d["mentions"]))),
    ),
    "date": (
        ("text", lambda d: d["text"]),
        ("type", lambda d: d["type"]),
        ("value", lambda d: _fmt(d["value"])),
        ("granularity", lambda d: d["granularity"]),
        ("relative", lambda d: _fmt(d["relative"])),
        ("approx.", lambda d: _fmt(d["approximate"])),
    ),
    "distance": (
        ("text", lambda d: d["text"]),
        ("value", lambda d: _fmt(d["value"])),
        ("unit", lambda d: d["unit"]),
        ("km", lambda d: _km(d["meters"])),
        ("qualifier", lambda d: d["qualifier"]),
        ("max", lambda d: _fmt(d["max_value"])),
    ),
    "claim": (
        ("speaker", lambda d: _fmt(d["speaker"])),
        ("id", lambda d: _fmt(d["speaker_ids"])),
        ("cue", lambda d: d["cue"]),
        ("quote", lambda d: d["quote"]),
        ("content", lambda d: d["content"]),
    ),
}


def terminal_tables(view: View) -> list[Any]:
    """A compact rich table per kind present in the view."""
    from rich.table import Table
    from rich.text import Text

    tables = []
    for kind, columns in TABLE_COLUMNS.items():
        rows = [r.to_dict() for r in view.records if r.kind == kind]
        if not rows:
            continue
        table = Table(title=Text(f"{kind}s", style=TERMINAL_STYLES[kind]), title_justify="left")
        for name, _ in columns:
            table.add_column(name, overflow="fold", max_width=60 if name == "content" else None)
        for row in rows:
            table.add_row(*(Text(getter(row)) for _, getter in columns))
        tables.append(table)
    return tables


# ----------------------------------------------------------------------------- HTML page


def esc(text: str) -> str:
    """The one place article text becomes HTML: every character that could be markup escaped."""
    return html.escape(text, quote=True)


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no `<`, `>` or `&` can end or open a tag."""
    return (
        json.dumps(value, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def _element(span: Span, text: str) -> str:
    inner = "".join(_render(span, text))
    if span.layer == "furniture":
        return f'<span class="furniture">{inner}</span>'
    if span.layer in ("speaker", "cue"):
        return f'<span class="{span.layer}">{inner}</span>'
    attrs = f'class="f f-{span.layer}{" part" if span.part else ""}" data-fact="{span.key}"'
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
    """Every fact's fields by its key, for the page's side panel."""
    table = {}
    for index, view in enumerate(views):
        for number, record in enumerate(view.records):
            data = record.to_dict()
            data.pop("schema", None)
            data.pop("doc", None)
            table[fact_key(index, number)] = data
    return table


def render_html(views: Sequence[View], *, title: str | None = None) -> str:
    """One self-contained page: articles with highlights, filters per kind, a side panel."""
    title = title or (views[0].doc if len(views) == 1 else f"{len(views)} documents")
    counts = {kind: sum(r.kind == kind for v in views for r in v.records) for kind in FACT_KINDS}
    filters = "".join(
        f'<label class="k-{kind}"><input type="checkbox" data-kind="{kind}" checked> '
        f"{kind} <span class=n>{counts[kind]}</span></label>"
        for kind in FACT_KINDS
    )
    sections = []
    for index, view in enumerate(views):
        sections.append(_section(view, index))
    return _PAGE.format(
        title=esc(f"newsfacts: {title}"),
        heading=esc(title),
        filters=filters,
        sections="\n".join(sections),
        facts=_script_json(fact_table(views)),
        style=_STYLE,
        script=_SCRIPT,
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


_STYLE = """
:root { --actor: #cfe8ff; --date: #d5f5d0; --distance: #f6d8f7; --claim: #d08a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1d;
  display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 0 1.5rem; }
header { grid-column: 1 / -1; padding: .6rem 1.2rem; background: #f4f1ea;
  border-bottom: 1px solid #ddd; font-family: system-ui, sans-serif; }
header h1 { font-size: 1.05rem; margin: 0 0 .3rem; }
header label { margin-right: 1rem; padding: 0 .4rem; border-radius: 3px; cursor: pointer; }
main { padding: 0 1.2rem 3rem; min-width: 0; }
.doc h2 { font: 600 1rem system-ui, sans-serif; margin: 1.2rem 0 0; }
.meta { font: .8rem system-ui, sans-serif; color: #666; margin: 0 0 .6rem; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 46rem; }
.furniture { color: #a8a8a8; }
mark.f { background: none; color: inherit; cursor: pointer; border-radius: 2px; }
.f-actor { background: var(--actor) !important; }
.f-date { background: var(--date) !important; }
.f-distance { background: var(--distance) !important; }
.f-claim { border-bottom: 2px solid var(--claim); padding-bottom: 1px; }
.speaker { font-weight: 600; } .cue { font-style: italic; }
.k-actor { background: var(--actor); } .k-date { background: var(--date); }
.k-distance { background: var(--distance); } .k-claim { border-bottom: 2px solid var(--claim); }
body.hide-actor .f-actor, body.hide-date .f-date, body.hide-distance .f-distance {
  background: none !important; cursor: text; }
body.hide-claim .f-claim { border-bottom: none; cursor: text; }
body.hide-claim .speaker, body.hide-claim .cue { font-weight: inherit; font-style: inherit; }
mark.f.active { outline: 2px solid #333; }
mark.f.mismatch { outline: 2px dashed #c00; }
aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto;
  padding: 1rem; font: 13px/1.45 system-ui, sans-serif; border-left: 1px solid #ddd; }
aside h3 { margin: 0 0 .5rem; font-size: .95rem; }
aside table { border-collapse: collapse; width: 100%; }
aside th { text-align: left; vertical-align: top; padding: 2px 6px 2px 0; color: #555;
  font-weight: 500; white-space: nowrap; }
aside td { padding: 2px 0; overflow-wrap: anywhere; }
.error { color: #b00020; }
@media (max-width: 800px) { body { display: block; } aside { position: static; } }
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var facts = JSON.parse(document.getElementById("facts").textContent);
  var panel = document.getElementById("panel");
  var pinned = null;
  function show(el) {
    var fact = facts[el.dataset.fact];
    if (!fact) { return; }
    panel.replaceChildren();
    var h = document.createElement("h3");
    h.textContent = fact.kind + ": " + fact.text;
    var table = document.createElement("table");
    Object.keys(fact).forEach(function (name) {
      if (name === "kind") { return; }
      var row = table.insertRow();
      var th = document.createElement("th");
      th.textContent = name;
      var td = row.insertCell();
      var value = fact[name];
      td.textContent = typeof value === "string" ? value : JSON.stringify(value);
      row.insertBefore(th, td);
    });
    panel.append(h, table);
  }
  function facts_of(el) {
    return document.querySelectorAll('mark.f[data-fact="' + el.dataset.fact + '"]');
  }
  document.querySelectorAll("mark.f").forEach(function (el) {
    el.addEventListener("mouseenter", function (event) {
      event.stopPropagation();
      if (!pinned) { show(el); }
    });
    el.addEventListener("click", function (event) {
      event.stopPropagation();
      document.querySelectorAll("mark.f.active").forEach(function (m) {
        m.classList.remove("active");
      });
      pinned = pinned === el.dataset.fact ? null : el.dataset.fact;
      if (pinned) {
        facts_of(el).forEach(function (m) { m.classList.add("active"); });
      }
      show(el);
    });
  });
  document.querySelectorAll("header input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
  // A link to a fact (page.html#d0-f3) opens with that fact pinned in the panel.
  var linked = location.hash && document.querySelector(
    'mark.f[data-fact="' + location.hash.slice(1).replace(/[^\w-]/g, "") + '"]');
  if (linked) { linked.click(); linked.scrollIntoView({block: "center"}); }
  // Self-check: every whole highlight holds exactly its fact's text (or its mention's).
  var bad = 0;
  document.querySelectorAll("mark.f:not(.part)").forEach(function (el) {
    var fact = facts[el.dataset.fact];
    var want = el.dataset.m !== undefined ? fact.mentions[+el.dataset.m].text : fact.text;
    if (el.textContent !== want) { bad += 1; el.classList.add("mismatch"); }
  });
  document.body.dataset.check = bad ? "mismatch " + bad : "ok";
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header><h1>{heading}</h1><form id="filters">{filters}</form></header>
<main>
{sections}
</main>
<aside id="panel"><h3>Facts</h3><p>Hover over a highlight to see its fields; click to pin it.
Untick a kind above to hide its highlights.</p></aside>
<script type="application/json" id="facts">{facts}</script>
<script>{script}</script>
</body>
</html>
"""


# ----------------------------------------------------------------------------- the command's work


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
