"""A line of page text and what it looks like on its own: its words, a sentence end, prose.

The body finder, the furniture patterns and the HTML cleaner all judge text a line at a time;
this is the one place that says what a word, a sentence ending and a paragraph are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A paragraph of running text has at least this many words (and ends like a sentence).
MIN_PARAGRAPH_WORDS = 8

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
    """Lines with their offsets, line ends and surrounding blanks excluded, blank lines skipped."""
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


def unmarked(text: str) -> str:
    """A line without Markdown heading/emphasis marks around it."""
    return _MARKUP.sub("", text)


def has_quote(text: str) -> bool:
    return any(mark in text for mark in _QUOTES)


def opens_and_closes_with_quote(text: str) -> bool:
    """A one-line quoted paragraph: “We are ready.”"""
    return text[:1] in _QUOTES and text.rstrip(".!?")[-1:] in _QUOTES


def ends_like_sentence(line: Line) -> bool:
    return bool(_SENTENCE_END.search(unmarked(line.text) or line.text))


def is_prose(line: Line) -> bool:
    """A paragraph: at least `MIN_PARAGRAPH_WORDS` words, ending like a sentence."""
    return len(line.words) >= MIN_PARAGRAPH_WORDS and ends_like_sentence(line)
