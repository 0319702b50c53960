"""How each kind of fact looks in `show`: the one table to extend when a kind is added.

A row gives the kind's terminal style, its colour on the HTML page and whether the page fills
or underlines it, its nesting rank, and the columns of its summary table in the terminal. The
highlights, the legends (terminal and page filters), the page's fact panel and the summary tables
all read this table; nothing else in `views/` names a kind, except that claims lay their speaker
and cue, and events their trigger, as extra layers (`spans.PARTS`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .panel import Records, event_panel

#: A summary-table column: its heading and how to read it from a record's dict.
Column = tuple[str, Callable[[dict[str, Any]], str]]


@dataclass(frozen=True, slots=True)
class KindView:
    """The look of one kind of fact."""

    kind: str
    terminal_style: str  # a rich style
    colour: str  # a CSS colour for the page
    underline: bool  # long facts (claims) are underlined on the page, so facts inside show
    rank: int  # when two spans cover the same characters, the lower rank is the outer one
    columns: tuple[Column, ...]
    # fields read from the other records of the document (names for ids), shown first in the
    # summary table and the page's panel
    panel: Callable[[dict[str, Any], Records], dict[str, str]] | None = None


def fmt(value: Any) -> str:
    """A field as a table cell: nothing for null, yes for true, lists joined, floats trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    if isinstance(value, list):
        return ", ".join(fmt(v) for v in value)
    return str(value)


METERS_PER_KM = 1000


def _where(data: dict[str, Any]) -> str:
    if data["lat"] is None:
        return ""
    return f"{fmt(data['lat'])}, {fmt(data['lon'])}"


def _km(meters: Any) -> str:
    return "" if meters is None else fmt(float(meters) / METERS_PER_KM)


#: Every kind `show` highlights, in the order of its legends and tables.
KINDS: tuple[KindView, ...] = (
    KindView(
        kind="actor",
        terminal_style="bold cyan",
        colour="#cfe8ff",
        underline=False,
        rank=2,
        columns=(
            ("id", lambda d: d["id"]),
            ("name", lambda d: d["name"]),
            ("type", lambda d: d["type"]),
            ("roles", lambda d: fmt(d["roles"])),
            ("affiliation", lambda d: fmt(d["affiliation"])),
            ("code", lambda d: fmt(d["country_code"])),
            ("mentions", lambda d: str(len(d["mentions"]))),
        ),
    ),
    KindView(
        kind="place",
        terminal_style="bold blue",
        colour="#ffe0b8",
        underline=False,
        rank=5,
        columns=(
            ("id", lambda d: d["id"]),
            ("name", lambda d: d["name"]),
            ("type", lambda d: d["type"]),
            ("code", lambda d: fmt(d["country_code"])),
            ("geonames", lambda d: fmt(d["geonames_id"])),
            ("lat, lon", lambda d: _where(d)),
            ("mentions", lambda d: str(len(d["mentions"]))),
        ),
    ),
    KindView(
        kind="date",
        terminal_style="bold green",
        colour="#d5f5d0",
        underline=False,
        rank=3,
        columns=(
            ("text", lambda d: d["text"]),
            ("type", lambda d: d["type"]),
            ("value", lambda d: fmt(d["value"])),
            ("granularity", lambda d: d["granularity"]),
            ("relative", lambda d: fmt(d["relative"])),
            ("approx.", lambda d: fmt(d["approximate"])),
        ),
    ),
    KindView(
        kind="distance",
        terminal_style="bold magenta",
        colour="#f6d8f7",
        underline=False,
        rank=4,
        columns=(
            ("text", lambda d: d["text"]),
            ("value", lambda d: fmt(d["value"])),
            ("unit", lambda d: d["unit"]),
            ("km", lambda d: _km(d["meters"])),
            ("qualifier", lambda d: d["qualifier"]),
            ("max", lambda d: fmt(d["max_value"])),
        ),
    ),
    KindView(
        kind="claim",
        terminal_style="underline yellow",
        colour="#d08a00",
        underline=True,
        rank=1,
        columns=(
            ("speaker", lambda d: fmt(d["speaker"])),
            ("id", lambda d: fmt(d["speaker_ids"])),
            ("cue", lambda d: d["cue"]),
            ("quote", lambda d: d["quote"]),
            ("content", lambda d: d["content"]),
        ),
    ),
    KindView(
        kind="event",
        terminal_style="underline red",
        colour="#e0533d",
        underline=True,
        rank=1,
        columns=tuple(
            (name, lambda d, name=name: d[name])
            for name in ("who", "what", "whom", "where", "when", "how far", "counts")
        ),
        panel=event_panel,
    ),
)

BY_KIND: dict[str, KindView] = {k.kind: k for k in KINDS}


def fact_dicts(view: Any) -> list[dict[str, Any]]:
    """The view's facts as dicts, in order; a kind with a panel gets its fields first."""
    dicts = [r.to_dict() for r in view.records]
    by_id = {d["id"]: d for d in dicts if "id" in d}
    out = []
    for data in dicts:
        look = BY_KIND.get(data["kind"])
        if look is not None and look.panel is not None:
            data = {"kind": data["kind"], **look.panel(data, by_id), **data}
        out.append(data)
    return out
