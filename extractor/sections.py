"""Parse texts of any length with bounded memory: long texts in sections, short ones in groups.

spaCy's memory for one `nlp()` call grows with the text (3.9 GB for 1.2 MB of news), and it
refuses texts over `nlp.max_length`. A text longer than `SECTION_CHARS` is therefore cut into
sections at paragraph breaks (else line ends, else sentence ends, else spaces). Each section is
parsed with a little of the text around it (`MARGIN_BEFORE`, `MARGIN_AFTER`), so the words at
its edges see the same neighbours as in one parse of the whole text, and the margins are then
dropped: the facts are those of one parse wherever a cut does not fall inside a sentence. The
sections are joined into one Doc whose text is the input text, so offsets are untouched.

`Joined` is the one join of Docs of consecutive pieces of a text, for these sections and for the
pipeline's pieces of a document (before, inside and after its body): the same Doc as spaCy's
`Doc.from_docs`, built from arrays instead of a Python loop over Token objects.

Short texts (and sections) go through `nlp.pipe` together, in groups of at most `GROUP_CHARS`
characters, since spaCy's result for a text does not depend on the batch it is in. A text that
is one blank token (a page's masked furniture before or after its body) gets the Doc the pipeline
would give it without running the pipeline, which costs about a millisecond for any text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import DEP, ENT_IOB, HEAD, IDX, LEMMA, LENGTH, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Texts longer than this are parsed in sections of about this size: ~4,000 tokens keep spaCy's
# working memory near 100 MB and its speed at its best (one 200 KB parse is slower than ten).
SECTION_CHARS = 20_000
# A section is never cut shorter than this share of its size when looking for a good cut.
MIN_SECTION_SHARE = 0.5
# Context parsed before and after a section and then dropped: more than the tok2vec window
# (4 tokens each side) and the parser's look-ahead, so the section's own words parse as in
# one parse of the whole text.
MARGIN_BEFORE = 400
MARGIN_AFTER = 200
# How far past a section's end a break that starts inside it may run (spaces after a cut).
CUT_LOOKAHEAD = 200
# In a small section (a small `size`), margins and look-ahead are at most this share of it.
MAX_MARGIN_SHARE = 0.25
# The most characters sent to `nlp.pipe` in one group: bounds the batch's memory.
GROUP_CHARS = 2 * SECTION_CHARS

# Cut points, best first; each match ends where the next section starts.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # a paragraph break
    re.compile(r"\n\s*"),  # a line end
    re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"),  # a sentence end
    re.compile(r"\s+"),  # a space
)
_SPACE = re.compile(r"\s")

# What the tokens of joined Docs carry into the new one: everything spaCy's own `Doc.from_docs`
# copies (tags, lemmas, morphology, the parse, entities, sentence starts), less what the new
# Doc's words and spaces set already (their lexemes' text and length, the trailing space).
SET_BY_WORDS = (LENGTH, SPACY, ORTH)
ARRAY_ATTRS = tuple(
    attr
    for attr in Doc._get_array_attrs()  # noqa: SLF001 - the attribute list from_docs uses
    if attr not in SET_BY_WORDS
)
_HEAD, _DEP, _ENT_IOB = (ARRAY_ATTRS.index(a) for a in (HEAD, DEP, ENT_IOB))
_NORM, _LEMMA = (ARRAY_ATTRS.index(a) for a in (NORM, LEMMA))
IOB_INSIDE, IOB_BEGIN = 1, 3  # spaCy's ENT_IOB codes for I and B


@dataclass(frozen=True, slots=True)
class Section:
    """What spaCy reads for one section (`start`-`end` of the text, margins included) and
    where the section itself lies inside that (`keep_start`-`keep_end`)."""

    start: int
    end: int
    keep_start: int
    keep_end: int


def section_size(nlp: Language) -> int:
    """`SECTION_CHARS`, or less for a pipeline whose `max_length` is small: a section, its
    look-ahead and margins (each at most a quarter section) stay within `max_length`."""
    return max(1, min(SECTION_CHARS, nlp.max_length // 2))


def parse(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """One Doc per text, in order, whatever its length; memory bounded by `GROUP_CHARS`."""
    size = section_size(nlp)
    group: list[str] = []
    chars = 0
    for text in texts:
        if len(text) > size:
            yield from _pipe(nlp, group)
            group, chars = [], 0
            yield parse_long(nlp, text, size)
            continue
        if group and chars + len(text) > GROUP_CHARS:
            yield from _pipe(nlp, group)
            group, chars = [], 0
        group.append(text)
        chars += len(text)
    yield from _pipe(nlp, group)


def _pipe(nlp: Language, texts: list[str]) -> Iterator[Doc]:
    """`nlp.pipe(texts)`, with the Doc of a text of one blank token made without the model."""
    blanks = [blank_doc(nlp, text) for text in texts]
    parsed = nlp.pipe(text for text, blank in zip(texts, blanks, strict=True) if blank is None)
    for blank in blanks:
        yield next(parsed) if blank is None else blank


def blank_doc(nlp: Language, text: str) -> Doc | None:
    """The Doc `nlp` makes of `text` if that is one blank token, else None: the token's own
    word, norm and lemma (a blank's lemma is itself), the rest as the pipeline analyses a blank."""
    if not text or not text.isspace():
        return None
    doc = nlp.make_doc(text)
    if len(doc) != 1:
        return None
    analysis = _blank_analysis(nlp).copy()
    analysis[:, [_NORM, _LEMMA]] = doc.to_array([NORM, ORTH])
    doc.from_array(ARRAY_ATTRS, analysis)
    return doc


@cache
def _blank_analysis(nlp: Language) -> numpy.ndarray:
    """The `ARRAY_ATTRS` row the pipeline gives a text of one blank token, read once."""
    return nlp(" ").to_array(ARRAY_ATTRS)


def parse_long(nlp: Language, text: str, size: int) -> Doc:
    """One Doc over `text`, parsed section by section (one at a time): each section's tokens
    and analyses are kept as arrays and its Doc dropped, and the Doc over the whole text is
    built once from them, so memory holds one Doc of the text, not two."""
    pieces = sections(text, size)
    if len(pieces) == 1:
        return nlp(text)
    joined = Joined()
    windows = nlp.pipe((text[p.start : p.end] for p in pieces), batch_size=1)
    for piece, window in zip(pieces, windows, strict=True):
        doc, first, last, base = _kept(nlp, window, piece)
        joined.add(doc, text, base, first, last)
    return joined.doc(nlp.vocab)


class Joined:
    """Stretches of Docs over consecutive pieces of one text, gathered as plain values (each
    token's place in the text, its analyses as one array row) so that every Doc can be dropped
    once added, and built into one Doc at the end: memory holds the arrays and one Doc of the
    text, never the pieces' Docs and the whole at once."""

    def __init__(self) -> None:
        self._texts: list[tuple[str, int, numpy.ndarray]] = []  # text, base, (idx, length)
        self._spaces: list[numpy.ndarray] = []
        self._analyses: list[numpy.ndarray] = []

    def add(
        self, doc: Doc, text: str, base: int = 0, first: int = 0, last: int | None = None
    ) -> None:
        """Tokens `first` to `last` of `doc`, whose text lies at `base` in `text`. What pointed
        outside them is cut: a head outside (a sentence the stretch splits) makes the token a
        root, an entity begun before the stretch starts anew."""
        last = len(doc) if last is None else last
        offsets = doc.to_array([IDX, LENGTH, SPACY])[first:last]
        self._texts.append((text, base, offsets[:, :2]))
        self._spaces.append(offsets[:, 2])
        self._analyses.append(_analyses(doc, first, last))

    def doc(self, vocab: Vocab) -> Doc:
        """The Doc of everything added, in order; the gathered values are dropped."""
        words = [
            text[base + i : base + i + n]
            for text, base, offsets in self._texts
            for i, n in offsets.tolist()
        ]
        spaces = numpy.concatenate(self._spaces).astype(bool).tolist()
        self._texts, self._spaces = [], []
        doc = Doc(vocab, words=words, spaces=spaces)
        del words, spaces
        doc.from_array(ARRAY_ATTRS, _stacked(self._analyses))
        return doc


def _stacked(arrays: list[numpy.ndarray]) -> numpy.ndarray:
    """The arrays one after the other, each dropped once copied (numpy.concatenate would hold
    them all and the result at once: 23 MB more at 1.2 MB of text). Stored column by column,
    as `Doc.from_array` reads it (it copies any other layout)."""
    rows = sum(len(a) for a in arrays)
    out = numpy.empty((rows, len(ARRAY_ATTRS)), dtype=numpy.uint64, order="F")
    row = 0
    while arrays:
        part = arrays.pop(0)
        out[row : row + len(part)] = part
        row += len(part)
    return out


def sections(text: str, size: int) -> list[Section]:
    """`text` as sections with their margins. A cut that falls inside a word or a run of
    spaces (a text without breaks) gets no margin, since no token starts there."""
    bounds = [0, *cuts(text, size), len(text)]
    most = int(size * MAX_MARGIN_SHARE)
    margin_before, margin_after = min(MARGIN_BEFORE, most), min(MARGIN_AFTER, most)
    out = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        before = _margin_start(text, start, margin_before) if _clean(text, start) else start
        after = _margin_end(text, end, margin_after) if _clean(text, end) else end
        out.append(Section(before, after, start - before, end - before))
    return out


def cuts(text: str, size: int) -> list[int]:
    """Offsets where `text` is cut into sections of at most about `size` characters (none
    for a shorter text): the best break in the second half of each section's span."""
    found: list[int] = []
    start = 0
    while len(text) - start > size:
        low = start + max(1, int(size * MIN_SECTION_SHARE))
        cut = _best_cut(text, low, start + size, min(CUT_LOOKAHEAD, int(size * MAX_MARGIN_SHARE)))
        if cut >= len(text):
            break
        found.append(cut)
        start = cut
    return found


def _best_cut(text: str, low: int, high: int, lookahead: int) -> int:
    """The end of the last paragraph break starting in [low, high), else of a line end, a
    sentence end, a space; else `high` itself. A break may end up to `lookahead` after `high`."""
    for pattern in _CUTS:
        last = None
        for match in pattern.finditer(text, low, high + lookahead):
            if match.start() >= high:
                break
            last = match.end()
        if last is not None and last > low:
            return last
    return high


def _clean(text: str, offset: int) -> bool:
    """Whether a token starts at `offset`: a word right after a space (or the text's ends)."""
    if offset in (0, len(text)):
        return True
    return text[offset - 1].isspace() and not text[offset].isspace()


def _margin_start(text: str, start: int, margin: int) -> int:
    """About `margin` characters before `start`, at the start of a word."""
    if start <= margin:
        return 0
    match = _SPACE.search(text, start - margin, start)
    return match.end() if match else start


def _margin_end(text: str, end: int, margin: int) -> int:
    """About `margin` characters after `end`, at the end of a word."""
    if len(text) - end <= margin:
        return len(text)
    match = _SPACE.search(text, end + margin // 2, end + margin)
    return match.start() if match else end + margin


def _kept(nlp: Language, window: Doc, piece: Section) -> tuple[Doc, int, int, int]:
    """The section's own tokens of a window parsed with margins: (doc, first token, end
    token, the text offset of the doc's start)."""
    starts = window.to_array(IDX)
    first, last = (int(i) for i in starts.searchsorted([piece.keep_start, piece.keep_end]))
    aligned = all(
        i == len(window) or starts[i] == offset
        for i, offset in ((first, piece.keep_start), (last, piece.keep_end))
    )
    if aligned:
        return window, first, last, piece.start
    alone = nlp(window.text[piece.keep_start : piece.keep_end])  # not expected at clean cuts
    return alone, 0, len(alone), piece.start + piece.keep_start


def _analyses(doc: Doc, first: int, last: int) -> numpy.ndarray:
    """`ARRAY_ATTRS` of doc[first:last], with what pointed outside it cut (see `Joined.add`)."""
    array = doc.to_array(ARRAY_ATTRS)
    if first > 0 or last < len(doc):
        array = array[first:last].copy()
    heads = array[:, _HEAD].astype(numpy.int64)  # relative offsets, stored as unsigned
    targets = numpy.arange(first, last) + heads
    outside = (targets < first) | (targets >= last)
    if outside.any():
        array[outside, _HEAD] = 0
        array[outside, _DEP] = doc.vocab.strings.add("dep")
    if first > 0 and len(array) and array[0, _ENT_IOB] == IOB_INSIDE:
        array[0, _ENT_IOB] = IOB_BEGIN
    return array
