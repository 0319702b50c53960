"""Parse a Markdown text as its words alone, with every token at its offset in the file.

Blanking markup keeps offsets but leaves runs of blanks where `**`, `[`, `](https://...)` or
`> ` stood, and spaCy reads a run of blanks as a token of its own, which changes the parse
("LISBON, March 3 (Reuters)** -" then loses its speaker). So the model reads a compact copy
with the markup taken out (and the blank it leaves at a line start or before another blank),
and its tokens, tags, tree and entities are then laid back onto the blanked text: the same
analysis as for the text without markup, at the offsets of the file.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

_LINE_BLANKS = " \t"


@dataclass(frozen=True, slots=True)
class Reading:
    """A piece of text as the model reads it: `text`, and how its Doc maps back to `piece`.

    `origin[i]` is the offset in `piece` of `text[i]`; None when the two are the same."""

    piece: str
    text: str
    origin: array | None = None

    def restore(self, doc: Doc, parse: Callable[[str], Doc]) -> Doc:
        """The Doc of `piece`: `doc` (of `text`) laid back at the piece's offsets, or, where a
        token does not map back whole (a mark inside a word), `piece` parsed as it is."""
        if self.origin is None:
            return doc
        if not self.text.strip():  # markup and blanks only: nothing to lay back
            return parse(self.piece)
        return _laid_back(doc, self.piece, self.origin) or parse(self.piece)


def reading(piece: str, offset: int, markup: tuple[tuple[int, int], ...]) -> Reading:
    """How the model reads `piece` (the text from `offset` on, markup already blanked)."""
    first = bisect_left(markup, (offset,))
    spans = []
    for start, end in markup[first:]:
        if start >= offset + len(piece):
            break
        spans.append((max(start - offset, 0), min(end - offset, len(piece))))
    if not spans:
        return Reading(piece, piece)
    text, origin = _compact(piece, spans)
    return Reading(piece, text, origin)


def _compact(piece: str, spans: list[tuple[int, int]]) -> tuple[str, array]:
    """`piece` without its markup spans, and each kept character's offset in `piece`.

    Blanks are dropped beside a removed span where they would open a line or double a blank
    ("# Title" -> "Title", "- item" -> "item", "text **" at a line end -> "text")."""
    parts: list[str] = []
    origin = array("i")
    bounds = [(0, 0), *spans, (len(piece), len(piece))]
    for (_, begin), (stop, after) in zip(bounds, bounds[1:], strict=False):
        # the kept text runs from the end of one span (`begin`) to the start of the next
        # (`stop`); `after` is where that next span ends
        if begin > 0 and (not parts or parts[-1][-1:] in ("\n", " ", "\t")):
            while begin < stop and piece[begin] in _LINE_BLANKS:
                begin += 1
        if stop < len(piece) and piece[after : after + 1] in ("", "\n", "\r", " ", "\t"):
            while stop > begin and piece[stop - 1] in _LINE_BLANKS:
                stop -= 1
        if stop > begin:
            parts.append(piece[begin:stop])
            origin.extend(range(begin, stop))
    return "".join(parts), origin


def _laid_back(doc: Doc, piece: str, origin: array) -> Doc | None:
    """`doc`'s words at their offsets in `piece`, the blanks between them as space tokens."""
    words: list[str] = []
    spaces: list[bool] = []
    source: list[int | None] = []  # the token of `doc` each new token copies, None for blanks
    at = 0
    for token in doc:
        if token.is_space:
            continue
        start = origin[token.idx]
        end = origin[token.idx + len(token) - 1] + 1
        if piece[start:end] != token.text or piece[at:start].strip():
            return None
        _add_gap(piece[at:start], words, spaces, source)
        words.append(token.text)
        spaces.append(False)
        source.append(token.i)
        at = end
    _add_gap(piece[at:], words, spaces, source)
    return _annotated(doc, words, spaces, source)


def _add_gap(gap: str, words: list[str], spaces: list[bool], source: list[int | None]) -> None:
    """The blanks between two words: the first space as the word's trailing space, the rest as
    one space token."""
    if not gap:
        return
    if gap[0] == " " and words:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        source.append(None)


def _annotated(doc: Doc, words: list[str], spaces: list[bool], source: list[int | None]) -> Doc:
    """A Doc of `words` with the annotations of the `doc` tokens they copy; a space token
    hangs on the word before it (the first on the word after), as spaCy's parser hangs it, and
    lies inside an entity that goes on after it."""
    new_index = {old: new for new, old in enumerate(source) if old is not None}
    tags, pos, morphs, lemmas, heads, deps, ents = [], [], [], [], [], [], []
    for new, old in enumerate(source):
        if old is None:
            following = _next_word(source, new)
            tags.append("_SP")
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(words[new])
            heads.append(new - 1 if new > 0 else following)
            deps.append("dep")
            inside = following != new and doc[source[following]].ent_iob_ == "I"  # type: ignore[index]
            ents.append(f"I-{doc[source[following]].ent_type_}" if inside else "O")  # type: ignore[index]
            continue
        token = doc[old]
        head = token.head
        while head.is_space and head.head.i != head.i:
            head = head.head
        tags.append(token.tag_)
        pos.append(token.pos_)
        morphs.append(str(token.morph))
        lemmas.append(token.lemma_)
        heads.append(new_index.get(head.i, new))
        deps.append(token.dep_ if head.i in new_index else "ROOT")
        ents.append(f"{token.ent_iob_}-{token.ent_type_}" if token.ent_type_ else "O")
    return Doc(
        doc.vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        ents=ents,
    )


def _next_word(source: list[int | None], index: int) -> int:
    following = (i for i in range(index + 1, len(source)) if source[i] is not None)
    return next(following, index)
