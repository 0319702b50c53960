"""Reporting-period codes spelled as the words the calendar reader knows.

Company results and budgets write periods in short codes: "FY2024" and "FY24" for fiscal 2024,
"2Q24" for the second quarter of 2024, "1H24" for its first half, "Q3FY24" for the third
quarter of fiscal 2024. `spell_period_codes` turns each into "fiscal 2024", "q2 2024",
"h1 2024", "q3 fiscal 2024" in the lowercased text being normalized, so one reader serves both
ways of writing (the record's offsets are the span's, never this copy's)."""

from __future__ import annotations

import re

from .calendar import TWO_DIGIT_YEAR_PIVOT

# "fy2024", "fy24", "fy 2024"; "2q24", "1h24", "1q 2024"; the "q3" of "q3fy24"
_FISCAL_CODE = re.compile(r"\bfy ?(\d{4}|\d\d)\b")
_PART_FIRST = re.compile(r"\b([1-4])q ?(\d{4}|\d\d)\b|\b([12])h ?(\d{4}|\d\d)\b")
_QUARTER_FISCAL = re.compile(r"\bq([1-4])(?=fy\d)")


def spell_period_codes(s: str) -> str:
    """`s` with its period codes spelled out: "2q24 earnings" -> "q2 2024 earnings"."""
    s = _QUARTER_FISCAL.sub(r"q\1 ", s)
    s = _FISCAL_CODE.sub(lambda m: f"fiscal {_full_year(m[1])}", s)
    return _PART_FIRST.sub(_part_first, s)


def _part_first(m: re.Match[str]) -> str:
    if m[1]:
        return f"q{m[1]} {_full_year(m[2])}"
    return f"h{m[3]} {_full_year(m[4])}"


def _full_year(digits: str) -> int:
    """"24" is 2024 and "98" 1998 (above the pivot, the 1900s); four digits stay."""
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year > TWO_DIGIT_YEAR_PIVOT else 2000
    return year
