"""Quotation marks: find them, tell them from apostrophes, and pair them into quotes.

Marks pair only with their own kind: curly double (“ ”), straight double (" and ''), curly single
(‘ ’), straight single ('), guillemets (« »). Pairing happens inside a paragraph (a line), so an
odd count never pairs across paragraphs. The one exception is news style for long quotes: a
paragraph that opens a quote without closing it continues in the next paragraph when that one
opens with a mark of the same kind; the quote then runs until it is closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..common import outermost

_MARK = re.compile(r"''|[\"“”‘’'«»„]")
_LINE = re.compile(r"[^\n]+")
#: What Markdown's marks read as in the text quotes are found in: neither a blank nor a word,
#: so that '"[The court](...) ruled' still opens where its `"` stands.
MARKUP_FILL = "\x00"
_OPENERS_BEFORE = set(" \t\n([{—–-/“‘\"'«")
# words that begin with an apostrophe standing for dropped letters: 'em, 'til, '90s
_ELISION = re.compile(r"(?:em|til|tis|twas|cause|n|bout|round|s)\b|\d\d", re.IGNORECASE)

CURLY_DOUBLE, STRAIGHT_DOUBLE, CURLY_SINGLE, STRAIGHT_SINGLE, GUILLEMET = range(5)
_FAMILY = {
    "“": CURLY_DOUBLE,
    "”": CURLY_DOUBLE,
    "„": CURLY_DOUBLE,
    '"': STRAIGHT_DOUBLE,
    "''": STRAIGHT_DOUBLE,
    "‘": CURLY_SINGLE,
    "’": CURLY_SINGLE,
    "'": STRAIGHT_SINGLE,
    "«": GUILLEMET,
    "»": GUILLEMET,
}
OPEN, CLOSE, EITHER = 1, 2, 3


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: from its opening mark to just after its closing mark.

    `pieces` holds one (start, end) per paragraph the quote runs over, marks included.
    `closed` is false for a quote left open at the end of its last paragraph.
    """

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool

    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        return self.start + 1, self.end - (1 if self.closed else 0)


def _direction(text: str, start: int, mark: str) -> int:
    """OPEN, CLOSE, EITHER, or 0 for an apostrophe or other non-quote use. Markup is looked
    past: '"[The court](...) ruled' opens a quotation."""
    i = start - 1
    while i >= 0 and text[i] == MARKUP_FILL:
        i -= 1
    before = text[i] if i >= 0 else " "
    end = start + len(mark)
    while end < len(text) and text[end] == MARKUP_FILL:
        end += 1
    after = text[end] if end < len(text) else " "
    left = before in _OPENERS_BEFORE or before.isspace()  # may open
    right = not before.isspace() and (after.isspace() or not after.isalnum())  # may close
    if mark in "“„«":
        return OPEN
    if mark in "”»":
        # a closing mark typed at the start of a quoted paragraph opens it
        return OPEN if mark == "”" and before.isspace() and after.isalnum() else CLOSE
    if mark in ('"', "''"):
        if left and not after.isspace():
            return OPEN
        if right:
            return 0 if before.isdigit() and mark == '"' and after.isspace() else CLOSE
        return EITHER if not (before.isspace() and after.isspace()) else 0
    # single marks: apostrophes unless flanked like quotes
    if before.isalnum() and after.isalnum():
        return 0  # don't, Peru’s
    if left and after.isalnum():
        return 0 if _ELISION.match(text, end) else OPEN
    if mark in "‘'" and left and not after.isspace():
        return OPEN
    if right and mark != "‘":
        return CLOSE
    return 0


def find_quotes(text: str) -> list[Quote]:
    """Every paired quotation in `text` (nested ones too), ordered by start; MARKUP_FILL
    stands where Markdown's marks were."""
    found: list[Quote] = []
    carry: dict[int, list] = {}  # family -> [start, pieces, opened at paragraph start]
    for line in _LINE.finditer(text):
        lstart, lend = line.span()
        while lend > lstart and (text[lend - 1].isspace() or text[lend - 1] == MARKUP_FILL):
            lend -= 1
        while lstart < lend and (text[lstart].isspace() or text[lstart] == MARKUP_FILL):
            lstart += 1
        if lstart == lend:
            continue
        stacks: dict[int, list] = {}
        strays: dict[int, list[int]] = {}  # closing marks with nothing to close, by family
        first_mark = True
        for match in _MARK.finditer(text, lstart, lend):
            mark, pos = match.group(), match.start()
            family = _FAMILY[mark]
            direction = _direction(text, pos, mark)
            if not direction:
                continue
            stack = stacks.setdefault(family, [])
            at_start = pos == lstart
            if first_mark and at_start and family in carry and direction in (OPEN, EITHER):
                start, pieces, para_start = carry.pop(family)
                stack.append([start, [*pieces], para_start, pos])
                first_mark = False
                continue
            first_mark = False
            if direction == CLOSE or (direction == EITHER and stack):
                if stack:
                    start, pieces, para_start, piece_start = stack.pop()
                    pieces.append((piece_start, pos + len(mark)))
                    found.append(Quote(start, pos + len(mark), tuple(pieces), True))
                else:
                    strays.setdefault(family, []).append(pos + len(mark))
                continue
            if direction == OPEN and stack and family in (STRAIGHT_DOUBLE, STRAIGHT_SINGLE):
                # a straight mark that looks like an opener while one is open closes it
                start, pieces, para_start, piece_start = stack.pop()
                pieces.append((piece_start, pos + len(mark)))
                found.append(Quote(start, pos + len(mark), tuple(pieces), True))
                continue
            stack.append([pos, [], at_start or _opens_sentence(text, lstart, pos), pos])
        _pair_mixed_kinds(found, stacks, strays)
        # quotes left open at paragraph end may continue into the next paragraph
        for family, entries in list(carry.items()):
            _finish_unclosed(found, *entries)
            del carry[family]
        for family, stack in stacks.items():
            if stack:
                start, pieces, para_start, piece_start = stack[0]
                carry[family] = [start, [*pieces, (piece_start, lend)], para_start]
    for entries in carry.values():
        _finish_unclosed(found, *entries)
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def _pair_mixed_kinds(
    found: list[Quote], stacks: dict[int, list], strays: dict[int, list[int]]
) -> None:
    """“like this" : a curly opener left open pairs with a straight closer left over, and back."""
    for opener, closer in ((CURLY_DOUBLE, STRAIGHT_DOUBLE), (STRAIGHT_DOUBLE, CURLY_DOUBLE)):
        stack, ends = stacks.get(opener), strays.get(closer)
        if not stack or not ends:
            continue
        start, pieces, _, piece_start = stack[-1]
        after = [end for end in ends if end > start]
        if after:
            stack.pop()
            found.append(Quote(start, after[0], (*pieces, (piece_start, after[0])), True))


def _opens_sentence(text: str, line_start: int, pos: int) -> bool:
    """Whether the mark at `pos` opens a sentence inside its paragraph ('... he said. "Now
    we start again.'): only blanks stand between it and a full stop, "!" or "?"."""
    i = pos - 1
    while i > line_start and text[i] in " \t":
        i -= 1
    return i > line_start and i < pos - 1 and text[i] in ".!?"


def _finish_unclosed(
    found: list[Quote], start: int, pieces: list[tuple[int, int]], para_start: bool
) -> None:
    """Keep an unclosed quote only when it opened its paragraph or a sentence in it, as news
    style does (a quote's closing mark left off at the paragraph's end)."""
    if para_start and pieces:
        found.append(Quote(start, pieces[-1][1], tuple(pieces), False))


__all__ = ["Quote", "find_quotes", "outermost"]
