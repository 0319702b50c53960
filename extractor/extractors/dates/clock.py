"""Clock times written in an expression: "10:35 a.m. EST", "0300 GMT", "8 in the evening"."""

from __future__ import annotations

import re

from ...calendar_names import ZONE_PATTERN, ZONES

_TIME = re.compile(
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?(?:[:.](?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>am|pm)|\s*(?P<oclock>o'clock)|(?=\s*(?:gmt|utc|[a-z]{1,2}st|[a-z]{1,2}dt|"
    r"z|hrs|h)\b))"
    rf"(?:\s*\(?(?P<zone>{ZONE_PATTERN})\)?\b)?"
    r"|(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)\s*(?:hours\s*|hrs\s*|h\s*)?"
    rf"(?P<zone2>{ZONE_PATTERN})\b"
    r"|(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)(?!\d)"
)
_IN_THE = re.compile(r"(?P<h>[01]?\d) in the (?P<part>morning|afternoon|evening|night)")


def find_time(s: str) -> tuple[str, str | None] | None:
    """("T10:35", zone) for the clock time written in `s`, if any."""
    m = _IN_THE.search(s)
    if m:
        h = int(m["h"]) % 12 + (12 if m["part"] in ("afternoon", "evening") or
                                (m["part"] == "night" and int(m["h"]) >= 6) else 0)
        return f"T{h:02d}:00", None
    for m in _TIME.finditer(s):
        if m["h2"]:
            return f"T{int(m['h2']):02d}:{m['mi2']}", ZONES[m["zone2"]]
        if m["h3"]:
            return f"T{int(m['h3']):02d}:{m['mi3']}", None
        h = int(m["h"])
        if m["ampm"]:
            if h > 12 or h == 0:
                continue
            h = h % 12 + (12 if m["ampm"] == "pm" else 0)
        elif not (m["mi"] or m["oclock"] or m["zone"]):
            continue
        value = f"T{h:02d}:{m['mi'] or '00'}"
        if m["s"]:
            value += f":{m['s']}"
        return value, ZONES.get(m["zone"]) if m["zone"] else None
    return None

