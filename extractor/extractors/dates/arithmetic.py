"""Calendar arithmetic: picking the candidate date a direction points to, ISO weeks, months."""

from __future__ import annotations

from datetime import date

DAYS_IN_WEEK, DAYS_IN_FORTNIGHT = 7, 14


def pick(candidates: list[date], ref: date, direction: str | None) -> date:
    if direction == "past":
        past = [c for c in candidates if c <= ref]
        if past:
            return max(past)
    elif direction == "future":
        future = [c for c in candidates if c >= ref]
        if future:
            return min(future)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def pick_index(options: list[int], cur: int, direction: str | None) -> int:
    if direction == "past":
        return max(o for o in options if o <= cur)
    if direction == "future":
        return min(o for o in options if o >= cur)
    return min(options, key=lambda o: (abs(o - cur), o > cur))


def way_name(direction: str | None) -> str:
    return {"past": "past-tense", "future": "future-tense"}.get(direction or "", "nearest")


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def iso_weeks_in(year: int) -> int:
    """52 or 53: December 28 always lies in a year's last ISO week."""
    return date(year, 12, 28).isocalendar()[1]

