"""The place of an agency dateline: "SEOUL, Jan 6 (Reuters) -", "SUNNYVALE, Calif. —", "LONDON
1996-08-30", "BEIRUT (AP) --". A line that opens with a name in capitals followed by a date, an
agency in brackets or a dash; "AMD (NYSE: AMD) today announced" is no dateline.
"""

from __future__ import annotations

import re

#: How far into the article body a dateline may stand (after a headline and a byline or two).
DATELINE_WINDOW = 600

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
)
_DASH = r"(?:--|-|—|–)"
#: A date in figures or with its month: "1996-08-30", "6 January", "2/29/2012" (a score,
#: "20-13", is no date).
_DATE = rf"(?:(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}[ \t]+{_MONTH}|\d{{1,2}}/\d{{1,2}}/\d\d)"
#: What follows a dateline's place: its state or country ("SUNNYVALE, Calif."), then a date, an
#: agency in brackets and a dash, or a dash before words in ordinary case ("SOCCER - JAPAN WIN"
#: is a headline).
_TAIL = re.compile(
    rf"(?:[ \t]?,[ \t]*[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){{0,2}})?[ \t]?,?[ \t]*"
    rf"(?:{_MONTH}[ \t]*\d|{_DATE}|\([^)\n]{{1,30}}\)[ \t]*{_DASH}|{_DASH}[ \t]*[^\n]*[a-z])"
)
#: A dateline's place: words in capitals at the start of a line.
_PLACE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,2})(?=[ \t,(—–-])")


def dateline_follows(text: str, end: int) -> bool:
    """Whether what follows offset `end` of `text` is the rest of a dateline."""
    return _TAIL.match(text, end) is not None


def find_dateline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the dateline place in the first lines of text[start:end], if any."""
    limit = min(end, start + DATELINE_WINDOW)
    line_start = text.rfind("\n", 0, start) + 1  # the body may open past blanked marks ("**")
    for match in _PLACE.finditer(text, line_start, limit):
        name_start, name_end = match.span(1)
        if len(text[name_start:name_end]) > 1 and dateline_follows(text, name_end):
            return name_start, name_end
    return None
