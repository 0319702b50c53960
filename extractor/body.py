"""Find the article body inside a saved page and mask the page furniture around and within it.

Saved news carries calls to action, subscription prompts, navigation and footers. Rather than
cutting them out (which would shift offsets), their characters are replaced by spaces in the text
spaCy reads, so every offset still indexes the original document text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .data import lines as data_lines

MIN_PARAGRAPH_WORDS = 8
MAX_HEADLINE_WORDS = 25
MAX_FURNITURE_WORDS = 25
_SENTENCE_END = re.compile(r"""[.!?…:;][\"'”’)\]]*\s*$|[\"”’]\s*$""")
_WORD = re.compile(r"\w[\w'’.-]*")
_LINE = re.compile(r"[^\n]*\n?")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """Where the article is, and which parts of the document to leave unread."""

    start: int
    end: int
    furniture: tuple[tuple[int, int], ...]
    nonprose: tuple[tuple[int, int], ...]

    def mask(self, text: str) -> str:
        """The text with every furniture span blanked (newlines kept), same length as `text`."""
        if not self.furniture:
            return text
        pieces, last = [], 0
        for start, end in self.furniture:
            pieces.append(text[last:start])
            pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
            last = end
        pieces.append(text[last:])
        return "".join(pieces)

    def is_nonprose(self, start: int, end: int) -> bool:
        """Whether [start, end) lies in a headline, subhead or caption line."""
        return any(s <= start and end <= e for s, e in self.nonprose)


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets, line ends excluded, blank lines skipped."""
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


def is_call_to_action(line: Line) -> bool:
    """Subscription prompts, navigation and footer lines, recognised by their vocabulary."""
    words = line.words
    if len(words) > MAX_FURNITURE_WORDS or _has_quote(line.text):
        return False
    lowered = line.text.lower()
    if any(phrase in lowered for phrase in data_lines("furniture.txt")):
        return True
    return bool(words) and len(words) < 12 and words[0].lower() in data_lines("imperatives.txt")


def is_prose(line: Line) -> bool:
    """Running text: long enough to be a paragraph and not a call to action."""
    return len(line.words) >= MIN_PARAGRAPH_WORDS and not is_call_to_action(line)


def ends_like_sentence(line: Line) -> bool:
    return bool(_SENTENCE_END.search(line.text))


def find_body(text: str) -> Body:
    """Locate the article body: from the headline before the first paragraph to the last one."""
    lines = split_lines(text)
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    if not prose:
        return Body(start=0, end=len(text), furniture=(), nonprose=())
    first, last = prose[0], prose[-1]
    if first > 0 and _is_headline(lines[first - 1]):
        first -= 1
    repeated = _repeated_lines(lines)
    furniture: list[tuple[int, int]] = []
    nonprose: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        inside = first <= i <= last
        if not inside or is_call_to_action(line) or line.text in repeated:
            furniture.append((line.start, line.end))
        elif not ends_like_sentence(line) or len(line.words) < MIN_PARAGRAPH_WORDS:
            nonprose.append((line.start, line.end))
    return Body(
        start=lines[first].start,
        end=lines[last].end,
        furniture=tuple(furniture),
        nonprose=tuple(nonprose),
    )


def _is_headline(line: Line) -> bool:
    words = line.words
    return (
        2 <= len(words) <= MAX_HEADLINE_WORDS
        and not is_call_to_action(line)
        and not line.text.endswith(".")
    )


def _repeated_lines(lines: list[Line]) -> set[str]:
    """Short lines that occur more than once: site names, menus, repeated prompts."""
    counts = Counter(line.text for line in lines if len(line.words) < MIN_PARAGRAPH_WORDS)
    return {text for text, n in counts.items() if n > 1}


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in "\"“”")
