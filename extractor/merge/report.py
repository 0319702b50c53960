"""The `merge --html` report: one self-contained page of a merged collection.

A timeline of the stories (one mark per dated story on a date axis, its sources on hover and on
click), the entity index (sortable), and each story with its sources in order of publication and
the figures they disagree on marked. Built like `show --html`: the page is made here with every
text escaped by the one helper (extractor/markup.py); its template, stylesheet and script are
package resources, and the script only sorts, toggles classes and fills text (never HTML).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from string import Template

from ..markup import esc, resource, script_json
from ..records import Entity, Story
from .dates import calendar
from .run import Merge

# The page lists at most this many stories and entities (in id order), and says how many more.
MAX_STORIES = 2000
MAX_ENTITIES = 5000
# Marks closer than this share of the axis go to separate lanes, each LANE_PX high.
MARK_GAP = 0.012
LANE_PX = 16
# Date labels under the axis.
TICKS = 5
ENTITY_COLUMNS = (("name", "text"), ("type", "text"), ("country", "text"),
                  ("documents", "number"), ("mentions", "number"))


def render_report(merge: Merge) -> str:
    """The report page of a resolved merge."""
    assert merge.entities is not None and merge.stories is not None
    entities = merge.entities.records
    published = {d.doc: d.reference_date for d in merge.docs}
    names = {e.id: e.name for e in entities}
    shown: list[Story] = []
    total = multi = 0
    for story in merge.stories.records():
        total += 1
        multi += story.doc_count > 1
        if len(shown) < MAX_STORIES:
            shown.append(story)
    counts = (f"{len(merge.docs)} documents · {len(entities)} entities · {total} stories"
              f" · {multi} told by more than one document")
    data = {"stories": {s.id: {"text": s.text, "sources": _sources(s, published)}
                        for s in shown}}
    return Template(resource(__package__, "report.html")).substitute(
        title=esc(f"newsfacts merge: {len(merge.docs)} documents"),
        heading=esc(f"{len(merge.docs)} documents merged"),
        counts=esc(counts),
        timeline=timeline_html(shown, published),
        entities=entity_table(entities[:MAX_ENTITIES], len(entities)),
        stories=stories_html(shown, total, published, names),
        data=script_json(data),
        style=resource(__package__, "report.css"),
        script=resource(__package__, "report.js"),
    )


def _sources(story: Story, published: dict[str, str | None]) -> list[str]:
    return [f"{d.doc} (published {published.get(d.doc) or 'unknown'}; "
            f"dates it {d.date or 'not'})" for d in story.dates]


def _day(value: str | None) -> date | None:
    found = calendar(value)
    if found is None:
        return None
    year, month, day = (found.split("-") + ["01", "01"])[:3]
    return date(int(year), int(month), int(day))


def timeline_html(stories: Sequence[Story], published: dict[str, str | None]) -> str:
    """The date axis with one mark per dated story, lanes stacked where marks would overlap."""
    dated = [(day, s) for s in stories if (day := _day(s.date)) is not None]
    if not dated:
        return '<p class="more">No story has a date.</p>'
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max((last - first).days, 1)
    lanes: list[float] = []
    marks = []
    for when, story in sorted(dated, key=lambda item: (item[0], natural_id(item[1].id))):
        share = (when - first).days / span if last > first else 0.5
        lane = next((i for i, end in enumerate(lanes) if share - end >= MARK_GAP), len(lanes))
        lanes[lane:lane + 1] = [share]
        classes = "mark" + (" multi" if story.doc_count > 1 else "")
        classes += " disputed" if any(not f.agree for f in story.figures) else ""
        hover = "\n".join([f"{story.id} {story.text}", *_sources(story, published)])
        marks.append(
            f'<button type="button" class="{classes}" data-story="{esc(story.id)}" '
            f'title="{esc(hover)}" style="left:{share * 100:.2f}%;top:{lane * LANE_PX + 4}px">'
            "</button>"
        )
    ticks = "".join(
        f'<span class="tick" style="left:{i / (TICKS - 1) * 100:.2f}%">'
        f"{esc(date.fromordinal(first.toordinal() + round(span * i / (TICKS - 1))).isoformat())}"
        "</span>"
        for i in range(TICKS)
    ) if last > first else f'<span class="tick" style="left:50%">{esc(first.isoformat())}</span>'
    height = len(lanes) * LANE_PX + 8
    return f'<div class="axis" style="height:{height}px">{"".join(marks)}{ticks}</div>'


def natural_id(record_id: str) -> int:
    return int(record_id.lstrip("XS") or 0)


def entity_table(entities: Sequence[Entity], total: int) -> str:
    """The sortable entity index."""
    head = "".join(
        f'<th data-column="{name}" data-type="{kind}" aria-sort="none">'
        f'<button type="button">{name}</button></th>'
        for name, kind in ENTITY_COLUMNS
    )
    rows = []
    for rank, e in enumerate(entities):
        texts = [esc(v) for v in (e.name, e.type, e.country_code or "")]
        numbers = [str(n) for n in (e.doc_count, e.mention_count)]
        rows.append(f'<tr data-rank="{rank}" id="{esc(e.id)}">'
                    + "".join(f'<td data-sort="{v}">{v}</td>' for v in texts)
                    + "".join(f'<td data-sort="{v}" class=n>{v}</td>' for v in numbers)
                    + "</tr>")
    more = _more(total - len(entities), "entities")
    return (f'<table id="entity-index"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>{more}')


def stories_html(stories: Sequence[Story], total: int, published: dict[str, str | None],
                 names: dict[str, str]) -> str:
    """Each story: what, who, where, when; its sources in order of publication; its figures."""
    return "\n".join(_story(s, published, names) for s in stories) + _more(
        total - len(stories), "stories")


def _story(story: Story, published: dict[str, str | None], names: dict[str, str]) -> str:
    def listed(ids: Iterable[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids) or "–"

    facts = (f"{story.lemma} ({story.category}) · date {story.date or 'unknown'} · "
             f"who {listed(story.agents)} · to whom {listed(story.patients)} · "
             f"where {listed(story.places)}")
    members: dict[str, list[str]] = {}
    for member in story.members:
        members.setdefault(member.doc, []).append(member.id)
    sources = "".join(
        f"<tr><td>{esc(d.doc)}</td><td>{esc(published.get(d.doc) or '')}</td>"
        f"<td>{esc(d.date or '')}</td><td>{esc(', '.join(members.get(d.doc, [])))}</td></tr>"
        for d in story.dates
    )
    return (
        f'<section class="story" id="{esc(story.id)}"><h3>{esc(story.id)} {esc(story.text)}</h3>'
        f'<p class="meta">{esc(facts)}</p>'
        '<table class="sources"><thead><tr><th>source</th><th>published</th><th>dates it</th>'
        f"<th>records</th></tr></thead><tbody>{sources}</tbody></table>"
        f"{_figures(story)}</section>"
    )


def _figures(story: Story) -> str:
    if not story.figures:
        return ""
    rows = []
    for figure in story.figures:
        values = "; ".join(f"{v.doc}: {v.text} ({v.value:g} {figure.unit})" for v in figure.values)
        rows.append(
            f'<tr class="{"agree" if figure.agree else "disagree"}"><td>{esc(figure.what)}</td>'
            f"<td>{esc(values)}</td>"
            f'<td class="agree">{"agree" if figure.agree else "sources differ"}</td></tr>'
        )
    return ('<table class="figures"><thead><tr><th>figure</th><th>values by source</th>'
            f'<th></th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _more(hidden: int, what: str) -> str:
    return f'<p class="more">{hidden} more {what} not shown.</p>' if hidden > 0 else ""
