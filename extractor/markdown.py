"""Markdown input: which characters of a `.md` file are markup, so the model reads the words only.

Clipped and read-it-later articles are Markdown: `[Luís Montenegro](https://...)`, a bold
dateline `**LISBON, March 3 (Reuters)** -`, `# headlines`, `> quotes`, `- lists`, images.
markdown-it-py parses the file; what it keeps as text (link text, image alt text, words, code)
is located in the file in order, and every other visible character inside the parsed blocks
(link targets, `![`, `](...)`, emphasis marks, heading and list markers, `>`, table rules and
outer `|`, reference definitions, an escape's backslash, footnote marks `[^1]`) is markup; the
`|` between a table row's cells stays, as a plain-text table writes it. The markup is blanked
in a copy of the same length (`Body.mask`), so offsets still index the file and `newsfacts
text` prints the file itself.

Where a block's text cannot be found in the file as parsed, the whole block counts as text:
a word is never hidden by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = (".md", ".markdown")
_TAG = re.compile(r"<[^>]*>")
_BLANK = re.compile(r"\s+")
_MARKUP_RUN = re.compile(rb"m+")
_NOT_NEWLINE = re.compile(r"[^\n]")
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")
# A footnote's definition opens its line ("[^1]: Source: ..."); a reference may stand anywhere.
_FOOTNOTE_DEFINITION = re.compile(r"(?m)^ {0,3}\[\^(?P<label>[^\]\s]+)\]:")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?::)?")
MAX_FRONT_MATTER_LINES = 60
"""A clipper's front matter is a few keys; a "---" this many lines below the first is a rule."""
# "---", a first line that is a YAML key ("title: ..."), more lines, "---"
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\n(?=[A-Za-z_][\w -]*:)"
    rf"(?:(?!---[ \t]*\n)[^\n]*\n){{1,{MAX_FRONT_MATTER_LINES}}}?---[ \t]*(?:\n|\Z)"
)
_PUBLISHED_KEY = re.compile(
    r"(?im)^(?:published|date|pubdate|publish_date|date_published|published_at):[ \t]*[\"']?"
    r"(?P<day>\d{4}-\d\d-\d\d)"
)
# the day the page was saved: nothing it tells of as done happened later
_SAVED_KEY = re.compile(
    r"(?im)^(?:clipped|created|saved|accessed|captured):[ \t]*[\"']?(?P<day>\d{4}-\d\d-\d\d)"
)


@cache
def _parser() -> MarkdownIt:
    """CommonMark with GitHub's tables and strikethrough; entities and escapes kept as their
    own tokens (text_join off), so every text piece is found in the file as written.
    markdown-it is imported here, by a run that reads Markdown (~0.02 s of everyone's start-up)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


def markup_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The [start, end) runs of markup characters of a Markdown text, in order. A clipper's
    front matter (the "---" block of title, source, tags) is markup whole."""
    starts = _line_starts(text)
    marks = bytearray(b"m" * len(text))  # "k" where the text is kept
    head = front_matter_end(text)
    cursor = head
    parsed = _NOT_NEWLINE.sub(" ", text[:head]) + text[head:]  # same lines, the head blank
    table_separators: list[int] = []
    for token in _parser().parse(parsed):
        if token.map is None:
            continue
        if token.type == "tr_open":  # its cells' inner "|" read as a row's separators
            table_separators += _cell_separators(text, starts[token.map[0]], starts[token.map[1]])
        start, end = starts[token.map[0]], starts[min(token.map[1], len(starts) - 1)]
        cursor = max(cursor, start)
        pieces = list(_text_pieces(token))
        found = _align(text, pieces, cursor, end)
        if found is None:  # not found as parsed: the whole block stays text
            marks[start:end] = b"k" * (end - start)
            continue
        for a, b in found:
            marks[a:b] = b"k" * (b - a)
        cursor = found[-1][1] if found else cursor
    marks[:head] = b"m" * head  # a block parsed inside the head is no text either
    for a, b in _footnote_marks(text):
        marks[a:b] = b"m" * (b - a)
    for at in table_separators:
        marks[at] = ord("k")
    for blank in _BLANK.finditer(text):  # blanks stay blanks
        marks[blank.start() : blank.end()] = b"k" * (blank.end() - blank.start())
    return tuple((m.start(), m.end()) for m in _MARKUP_RUN.finditer(bytes(marks)))


def _cell_separators(text: str, start: int, end: int) -> list[int]:
    """The "|" between a table row's cells (not its outer ones, not an escaped "\\|"): kept as
    text, so a row reads "Net sales | $1.42 billion | $1.51 billion" as in a plain-text table."""
    row = text[start:end].rstrip("\n")
    inner_start = len(row) - len(row.lstrip()) + (1 if row.lstrip().startswith("|") else 0)
    inner_end = len(row.rstrip()) - (1 if row.rstrip().endswith("|") else 0)
    return [start + m.start() for m in _CELL_SEPARATOR.finditer(row, inner_start, inner_end)]


def _footnote_marks(text: str) -> Iterator[tuple[int, int]]:
    """A footnote's reference ("... tall[^1],") and its definition's label ("[^1]: ..."), for
    labels the text defines: markup, as a rendered page shows a small number or nothing."""
    labels = {m["label"] for m in _FOOTNOTE_DEFINITION.finditer(text)}
    if not labels:
        return
    for match in _FOOTNOTE_REFERENCE.finditer(text):
        if match["label"] in labels:
            yield match.start(), match.end()


def front_matter_end(text: str) -> int:
    """Where the YAML front matter a web clipper writes ends ("---", key lines, "---"), after its
    closing line; 0 where the file opens with none."""
    match = _FRONT_MATTER.match(text)
    return match.end() if match else 0


def front_matter_date(text: str) -> date | None:
    """The publication date the front matter states ("published: 2024-04-03", "date: ..."); not
    the day the page was clipped ("created:", "updated:")."""
    return _front_matter_day(text, _PUBLISHED_KEY)


def front_matter_saved(text: str) -> date | None:
    """The day the front matter says the page was saved ("clipped: 2025-02-11", "created:
    ..."): a year-less dateline's day falls on or before it."""
    return _front_matter_day(text, _SAVED_KEY)


def _front_matter_day(text: str, key: re.Pattern[str]) -> date | None:
    match = key.search(text[: front_matter_end(text)])
    if match is None:
        return None
    try:
        return date.fromisoformat(match["day"])
    except ValueError:
        return None


def _line_starts(text: str) -> list[int]:
    """Offsets where each line starts, and the text's length after the last."""
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n", text))
    if starts[-1] != len(text):
        starts.append(len(text))
    return starts


def _text_pieces(token: Token) -> Iterator[str | None]:
    """The strings of a block token that are text, in file order."""
    if token.type == "inline":
        yield from _inline_pieces(token.children or ())
    elif token.type in ("fence", "code_block"):
        yield from (line for line in token.content.split("\n") if line.strip())
    elif token.type == "html_block":
        yield from (part for part in _TAG.split(token.content) if part.strip())


def _inline_pieces(children: Iterable[Token]) -> Iterator[str | None]:
    """Text pieces of an inline token; None where a link's or image's text closes, so that its
    target is skipped before the next piece is looked for ("... [Porto](https://a.example)." )."""
    children = list(children)
    for i, child in enumerate(children):
        if child.type in ("text", "code_inline") and child.content:
            yield child.content
        elif child.type == "text_special" and child.info == "escape" and \
                not _inside_word(children, i):
            yield child.content  # "\*Not" reads "*Not": the backslash is markup
        elif child.type == "text_special":  # an entity, or an escape inside a word, as written
            yield child.markup
        elif child.type == "image":
            yield from _inline_pieces(child.children or ())
            yield None
        elif child.type == "link_close" and child.markup != "autolink":
            yield None


def _inside_word(children: list[Token], i: int) -> bool:
    """Whether the escape at `children[i]` joins two words' characters ("CLF\\_final.xlsx"):
    kept whole, since the model reads that name as one word, backslash and all."""
    before = children[i - 1].content[-1:] if i > 0 else ""
    after = children[i + 1].content[:1] if i + 1 < len(children) else ""
    return bool(before.strip()) and bool(after.strip())


def _align(
    text: str, pieces: list[str | None], cursor: int, end: int
) -> list[tuple[int, int]] | None:
    """Where each piece is in text[cursor:end], in order; None if one is missing."""
    found = []
    for piece in pieces:
        if piece is None:
            cursor = _past_target(text, cursor, end)
            continue
        at = text.find(piece, cursor, end)
        if at < 0:
            return None
        found.append((at, at + len(piece)))
        cursor = at + len(piece)
    return found


def _past_target(text: str, cursor: int, end: int) -> int:
    """The offset after a link's "](target "title")" or "][ref]" that starts at its "]"."""
    close = text.find("]", cursor, end)
    if close < 0:
        return cursor
    i = close + 1
    if text.startswith("[", i):
        ref = text.find("]", i, end)
        return ref + 1 if ref >= 0 else i
    if not text.startswith("(", i):
        return i
    depth = 0
    while i < end:
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char in "\"'" and text[i - 1].isspace():  # a title: its parentheses do not count
            i = max(text.find(char, i + 1, end), i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return close + 1
