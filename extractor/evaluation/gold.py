"""Gold documents: the newsfacts gold JSONL format, checked line by line.

A gold line is `{"id", "text", "reference_date"?, "gold": [...], "topic"?, "scored"?,
"ignore"?}`; each gold item has `kind`, `start`, `end` (and `text == text[start:end]` when it
gives `text`) and the fields its kind is scored on. A line that breaks this is a `GoldError`
naming the file and line: a gold set that cannot be read right cannot be scored at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import UsageError
from .metrics import SCORED_KINDS
from .units import meters_per

_BOM = "\ufeff"


class GoldError(UsageError):
    """A gold set that cannot be read: missing, unreadable, or a malformed item (exit 2)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldDocument:
    """One annotated document: its text, its own reference date and its gold items.

    `scored`: the spans that were annotated at all (None: the whole text); `ignore`: (kind,
    start, end) regions where a prediction of that kind is neither right nor wrong.
    """

    id: str
    text: str
    reference_date: date | None
    items: tuple[dict[str, Any], ...]
    topic: str | None = None
    scored: tuple[tuple[int, int], ...] | None = None
    ignore: tuple[tuple[str, int, int], ...] = ()


def read_jsonl(path: str) -> Iterator[GoldDocument]:
    """The documents of a gold JSONL file, one line at a time."""
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if raw.strip():
                    yield parse_line(f"{path}:{number}", raw)
    except OSError as exc:
        raise GoldError(path, exc.strerror or str(exc)) from None


def parse_line(where: str, raw: bytes) -> GoldDocument:
    """One gold JSONL line as a checked document."""
    try:
        data = json.loads(raw.decode("utf-8").removeprefix(_BOM))
    except (UnicodeDecodeError, ValueError) as exc:
        raise GoldError(where, f"not a JSON object ({exc})") from None
    if not isinstance(data, dict):
        raise GoldError(where, "not a JSON object")
    doc_id, text = data.get("id"), data.get("text")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
        raise GoldError(where, 'a gold document needs an "id" string')
    if not isinstance(text, str):
        raise GoldError(where, 'a gold document needs a "text" string')
    items = data.get("gold")
    if not isinstance(items, list):
        raise GoldError(where, 'a gold document needs a "gold" list')
    return GoldDocument(
        id=str(doc_id),
        text=text,
        reference_date=_reference_date(where, data.get("reference_date")),
        items=tuple(check_item(where, n, item, text) for n, item in enumerate(items, 1)),
        topic=None if data.get("topic") is None else str(data["topic"]),
        scored=_scored(where, data.get("scored"), text),
        ignore=_ignore(where, data.get("ignore"), text),
    )


def _reference_date(where: str, value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        reason = f"reference_date {value!r} is not a date in YYYY-MM-DD form"
        raise GoldError(where, reason) from None


def _scored(where: str, value: Any, text: str) -> tuple[tuple[int, int], ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise GoldError(where, '"scored" is not a list of [start, end] spans')
    spans = []
    for span in value:
        if not isinstance(span, list) or len(span) != 2:
            raise GoldError(where, f'"scored" span {span!r} is not [start, end]')
        spans.append(_span(where, '"scored" span', span[0], span[1], text))
    return tuple(spans)


def _ignore(where: str, value: Any, text: str) -> tuple[tuple[str, int, int], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldError(where, '"ignore" is not a list of {kind, start, end} regions')
    regions = []
    for n, region in enumerate(value, 1):
        what = f"ignore region {n}"
        if not isinstance(region, dict) or not isinstance(region.get("kind"), str):
            raise GoldError(where, f"{what} is not an object with a kind")
        start, end = _span(where, what, region.get("start"), region.get("end"), text)
        regions.append((region["kind"], start, end))
    return tuple(regions)


def _span(where: str, what: str, start: Any, end: Any, text: str) -> tuple[int, int]:
    """Offsets that index `text`, or a GoldError saying what is wrong with them."""
    if not (_is_int(start) and _is_int(end)):
        raise GoldError(where, f"{what}: start and end must be integers")
    if not 0 <= start <= end <= len(text):
        raise GoldError(where, f"{what}: [{start}, {end}) is outside the text ({len(text)} chars)")
    return start, end


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_item(where: str, number: int, item: Any, text: str) -> dict[str, Any]:
    """A gold item with sound offsets and the fields its kind is scored on (a copy)."""
    if not isinstance(item, dict) or not isinstance(item.get("kind"), str):
        raise GoldError(where, f"gold item {number} is not an object with a kind")
    kind = item["kind"]
    what = f"gold item {number} ({kind})"
    if kind not in SCORED_KINDS:
        raise GoldError(where, f"{what}: unknown kind; gold kinds are {', '.join(SCORED_KINDS)}")
    start, end = _span(where, what, item.get("start"), item.get("end"), text)
    if "text" in item and item["text"] != text[start:end]:
        raise GoldError(where, f"{what}: text {item['text']!r} is not text[{start}:{end}]")
    checked = {**item, "text": text[start:end]}
    if kind == "date":
        checked["type"] = _optional_str(where, what, item, "type").lower()
        checked["value"] = _optional_str(where, what, item, "value") or None
    elif kind == "claim":
        _span(where, f"{what} content", item.get("content_start"), item.get("content_end"), text)
        checked["speaker"] = _optional_str(where, what, item, "speaker") or None
    elif kind == "distance":
        _check_distance(where, what, item)
    elif kind == "actor" and not isinstance(item.get("type"), str):
        raise GoldError(where, f"{what}: type must be a string")
    return checked


def _optional_str(where: str, what: str, item: dict[str, Any], field: str) -> str:
    value = item.get(field)
    if value is not None and not isinstance(value, str):
        raise GoldError(where, f"{what}: {field} must be a string or null")
    return value or ""


def _check_distance(where: str, what: str, item: dict[str, Any]) -> None:
    """A gold distance gives its `meters`, or its `values` (a range or list) and their `unit`."""
    meters, values = item.get("meters"), item.get("values")
    if meters is not None:
        if not _is_number(meters):
            raise GoldError(where, f"{what}: meters must be a number")
        return
    if not isinstance(values, list) or not all(_is_number(v) for v in values):
        raise GoldError(where, f"{what}: give meters, or values (numbers) and a unit")
    if values and meters_per(item.get("unit")) is None:
        raise GoldError(where, f"{what}: values need a length unit, not {item.get('unit')!r}")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
