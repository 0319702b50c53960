"""The publication date an article states about itself: a dateline or a "Published" line."""

from __future__ import annotations

import re
from datetime import date

from .body import Body

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PUBLISHED = re.compile(
    r"\b(?:published|updated|posted)(?:\s+on)?:?\s+(?:\w+day,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+{_MONTH.replace('month', 'm1')}|{_MONTH}\s+(?P<d2>\d{{1,2}}),?)"
    r"\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(?:published|updated|posted)(?:\s+on)?:?\s+(\d{4})-(\d{2})-(\d{2})\b", re.I)
HEAD_CHARS = 600


def find_publication_date(text: str, body: Body) -> date | None:
    """The date in a publication line near the top of the document, or None."""
    head = text[: max(body.start, 0) + HEAD_CHARS]
    iso = _ISO.search(head)
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    match = _PUBLISHED.search(head)
    if not match:
        return None
    month = _MONTHS.get((match["m1"] or match["month"]).lower())
    day = int(match["d1"] or match["d2"])
    return _safe_date(int(match["year"]), month, day) if month else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
