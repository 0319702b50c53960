"""Shared span helpers: every record's offsets come from here, so `text == doc[start:end]` holds."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

_NEWLINE = re.compile("\n")


def char_span(tokens: Span | Token) -> tuple[int, int]:
    """(start, end) character offsets of a token or token span."""
    if isinstance(tokens, Token):
        return tokens.idx, tokens.idx + len(tokens)
    return tokens.start_char, tokens.end_char


def as_read(text: str, markup: Sequence[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] without the Markdown marks inside it, as a reader sees the words:
    "[The Commerce](https://...) Department" -> "Commerce Department" (a name, an alias);
    a record's `text` stays as written."""
    if not markup:
        return text[start:end]
    pieces, last = [], start
    for mark_start, mark_end in markup[max(bisect_left(markup, (start,)) - 1, 0) :]:
        if mark_start >= end:
            break
        if mark_start > last:
            pieces.append(text[last:mark_start])
        last = max(last, mark_end)
    pieces.append(text[last:end])
    return "".join(pieces)


MEASURE_ENTITIES = frozenset({"QUANTITY", "PERCENT", "MONEY"})
"""NER labels of an amount with its unit ("65 km", "40%", "$5 million"): nobody who speaks, no
year."""

INFLECTIONS = ("ing", "ed", "es", "s")


def listed_lemma(token: Token, listed: Container[str]) -> str:
    """spaCy's lemma, or the listed verb the word is an inflection of where spaCy's is not
    listed: the model drops a final "e" ("fined" -> "fin", "hoping" -> "hop") or keeps a
    participle whole ("deeming")."""
    lemma = token.lemma_.lower()
    if lemma in listed:
        return lemma
    word = token.lower_
    for suffix in INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""):
                if candidate in listed:
                    return candidate
    return lemma


def word_before(token: Token) -> Token | None:
    """The token before `token`, past blank tokens: where Markdown's marks stood ("a
    spokesman, [Luis Ferrante](...)" reads "a spokesman,  Luis Ferrante") or a double space."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    return doc[i] if i >= 0 else None


def word_after(token: Token) -> Token | None:
    """The token after `token`, past blank tokens (see `word_before`)."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    return doc[i] if i < len(doc) else None


def sentence_starts(doc: Doc) -> list[int]:
    """Start offsets of the doc's sentences that hold any text (blank ones are not counted)."""
    return [sent.start_char for sent in doc.sents if not all(t.is_space for t in sent)]


def sentence_index(starts: Sequence[int], offset: int) -> int | None:
    """0-based index of the sentence holding `offset`, given `sentence_starts(doc)`."""
    index = bisect_right(starts, offset) - 1
    return index if index >= 0 else None


class LineIndex:
    """The lines of a text, indexed once, so the line holding an offset costs a bisect (a
    search back and forth for line breaks would cost the line's length on every call)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]

    def line(self, offset: int) -> tuple[int, int]:
        """(start, end) of the line holding `offset`, its line break excluded."""
        k = bisect_right(self.starts, offset) - 1
        end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else self.length
        return self.starts[k], end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Ranged(Protocol):
    """Anything with character offsets: a quote, a distance being read."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=Ranged)


def outermost(spans: Iterable[R]) -> list[R]:
    """The spans that do not start inside one kept before them.

    Given spans sorted by (start, longest first), nested and overlapping spans give way to the
    outer, earlier one.
    """
    out: list[R] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


@dataclass(frozen=True, slots=True)
class LocationMention:
    """A named location the actor analysis told apart from the actors: left for the places.

    Actors and places are one decision (is "Georgia" a country, a state or a person?), made
    once, where every name of the document is seen; `rule` says why it is a location.
    """

    start: int
    end: int
    rule: str
    label: str = ""  # spaCy's entity label (GPE, LOC, FAC), "" when a rule found the name
