"""A line of page text and what it looks like on its own: its words, a sentence end, prose.

The body finder, the furniture patterns and the HTML cleaner all judge text a line at a time;
this is the one place that says what a word, a sentence ending and a paragraph are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A paragraph of running text has at least this many words (and ends like a sentence).
MIN_PARAGRAPH_WORDS = 8

# Hard-wrapped text has no line wider than MAX_WRAP_WIDTH characters, and at least
# MIN_WRAPPED_LINES lines filling WRAPPED_SHARE of its widest that the next line continues.
MAX_WRAP_WIDTH = 120
WRAPPED_SHARE = 0.7
MIN_WRAPPED_LINES = 3

_SENTENCE_END = re.compile(r"""[.!?…:;][\"'”’)\]]*\s*$|[\"”’]\s*$""")
_WORD = re.compile(r"\w[\w'’.-]*")
_LINE = re.compile(r"[^\n]*\n?")
# Markdown heading and emphasis marks around a line ("## Subhead", "*Nairobi, May 2*").
_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")
_QUOTES = '"“”«»'


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    @classmethod
    def of(cls, text: str) -> Line:
        """A line standing alone, for judging text that is not part of a document."""
        return cls(0, len(text), text)


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets, line ends and surrounding blanks excluded, blank lines skipped;
    in hard-wrapped text, the lines of one paragraph are one line."""
    lines = _physical_lines(text)
    width = _wrap_width(text, lines)
    return lines if width is None else _unwrapped(text, lines, width)


def _physical_lines(text: str) -> list[Line]:
    out = []
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw:
            break
        stripped = raw.rstrip("\r\n")
        lead = len(stripped) - len(stripped.lstrip())
        content = stripped.strip()
        if content:
            start = match.start() + lead
            out.append(Line(start, start + len(content), content))
    return out


def _wrap_width(text: str, lines: list[Line]) -> int | None:
    """The width `text` is hard-wrapped at (e-mail, wire copy, a page saved from a terminal:
    paragraphs broken into lines that fill most of a fixed width), or None."""
    width = max((len(line.text) for line in lines), default=0)
    if width > MAX_WRAP_WIDTH:
        return None  # a paragraph is a line
    full = sum(
        _runs_on(text, line, nxt, width) for line, nxt in zip(lines, lines[1:], strict=False)
    )
    return width if full >= MIN_WRAPPED_LINES else None


def _runs_on(text: str, line: Line, nxt: Line, width: int) -> bool:
    """Whether `line` fills most of the width, stops inside a sentence and `nxt` follows it
    on the very next line (a text of one sentence per line has no wrapped lines)."""
    return (
        len(line.text) >= WRAPPED_SHARE * width
        and text.count("\n", line.end, nxt.start) == 1
        and not ends_like_sentence(line)
    )


def _unwrapped(text: str, lines: list[Line], width: int) -> list[Line]:
    """`lines` with each run of wrapped lines joined into the paragraph it is."""
    out = [lines[0]]
    for prev, line in zip(lines, lines[1:], strict=False):
        if _runs_on(text, prev, line, width):
            start = out[-1].start
            out[-1] = Line(start, line.end, text[start : line.end])
        else:
            out.append(line)
    return out


def unmarked(text: str) -> str:
    """A line without Markdown heading/emphasis marks around it."""
    return _MARKUP.sub("", text)


def has_quote(text: str) -> bool:
    return any(mark in text for mark in _QUOTES)


def opens_and_closes_with_quote(text: str) -> bool:
    """A one-line quoted paragraph: “We are ready.”"""
    return text[:1] in _QUOTES and text.rstrip(".!?")[-1:] in _QUOTES


def ends_like_sentence(line: Line) -> bool:
    return text_ends_like_sentence(unmarked(line.text) or line.text)


def text_ends_like_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does: a full stop, a question or an exclamation mark,
    a colon, or a closing quote."""
    return bool(_SENTENCE_END.search(text))


def is_prose(line: Line) -> bool:
    """A paragraph: at least `MIN_PARAGRAPH_WORDS` words, ending like a sentence."""
    return len(line.words) >= MIN_PARAGRAPH_WORDS and ends_like_sentence(line)
