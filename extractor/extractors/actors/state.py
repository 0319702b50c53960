"""The per-document state of the actor analysis, shared by every step of this package.

The matchers (built once per vocab in `tables`) run once per document here: titles and
places (countries, capitals, demonyms, media) are indexed by token for the steps to look up.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import IDX, IS_LOWER, IS_SPACE, LENGTH, LOWER
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ... import countries
from ...body import blank
from ..common import as_read, char_span
from . import tables

if TYPE_CHECKING:
    from .. import Context

NER_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
RESULTS_LINE_RULE = "results-line"  # a team of a results table's line ("Ajax 2 PSV 1")
DETERMINERS = frozenset({"the", "a", "an"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
#: What stands before a sentence's first word: its capital says nothing of a name.
_OPENING_MARKS = frozenset('\n.!?:;"“‘\'(—–-_')
#: A headline line is in title case when at least this share of its longer words is capitalised.
HEADLINE_TITLE_CASE = 0.75
#: Words of at least this many characters count in that share (not "of", "as", "the").
HEADLINE_WORD_CHARS = 4
#: A line with fewer such words than this is too short to tell.
MIN_HEADLINE_WORDS = 2
#: An all-capitals organisation name this long may be an acronym ("KBS", "UNICEF").
MIN_ACRONYM_CHARS, MAX_ACRONYM_CHARS = 2, 6
#: A line in capitals is a headline from this many words ("SELES ADVANCES"), not a shouted word.
MIN_CAPITALS_LINE_WORDS = 2
LINE = re.compile(r"[^\n]+")  # one line of a text, its end left out
#: Latin letters with accents (Latin-1 Supplement and Latin Extended-A/B).
_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


@dataclass(slots=True, eq=False)
class TokenMention:
    """One mention, as token offsets, while the document is analysed."""

    start: int
    end: int
    type: str
    rules: tuple[str, ...]
    label: str = ""
    code: str | None = None
    capital: bool = False
    actor: ActorDraft | None = None
    # group and organisation nouns: head lemma, possessor mention, nationality code
    head: str = ""
    possessor: TokenMention | None = None
    qualifier: str | None = None
    name_start: int | None = None  # an institution's name with its country ("US Army")
    fixed: bool = False  # typed by a rule that short forms of names do not override


@dataclass(slots=True, eq=False)
class ActorDraft:
    """An actor being assembled from its mentions; `affiliation` a draft or a country code."""

    type: str
    mentions: list[TokenMention]
    name: str = ""
    code: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliation: ActorDraft | str | None = None
    head: str = ""


class DocumentState:
    """The per-document state of one `extract` call, and the lookups every step shares."""

    def __init__(self, doc: Doc, ctx: Context) -> None:
        self.doc = doc
        self.ctx = ctx
        self.text = ctx.text
        self.parsed_text = doc.text  # what the model read: furniture blanked, same offsets
        self.matchers = tables.matchers(doc.vocab, ctx.tokenizer)
        self.n = len(doc)
        self.taken = bytearray(self.n)
        self.mentions: list[TokenMention] = []
        # entity mentions by end and start token, indexed once actors are built
        self.by_end: dict[int, TokenMention] = {}
        self.by_start: dict[int, TokenMention] = {}
        self._lower_words: set[int] | None = None
        self._surnames: set[str] | None = None  # last words of NER's people, read on first use
        self._capitals_lines: list[tuple[int, int]] | None = None
        self._title_case_lines: dict[tuple[int, int], bool] = {}
        self._prose_text: str | None = None
        # where the names of people start that NER ran a nationality into ("American X")
        self.nationals: set[int] = set()
        # each token's start and end offset and blankness, read once for `chars`
        starts, lengths, blanks = doc.to_array([IDX, LENGTH, IS_SPACE]).T.tolist()
        self._token_starts: list[int] = starts
        self._token_ends = [a + n for a, n in zip(starts, lengths, strict=True)]
        self._token_blank: list[int] = blanks
        self._find_titles()
        self._find_places()

    def _find_titles(self) -> None:
        """Index the title matches: where a title ending at a token starts, and the reverse."""
        self.title_end: dict[int, int] = {}
        self.title_start: dict[int, int] = {}
        self.title_cover: dict[int, tuple[int, int]] = {}
        for _, s, e in self.matchers.titles(self.doc):
            for end in (e, self._past_blanks(e)):  # "minister  Ana": blanked link markup
                if s < self.title_end.get(end, end):
                    self.title_end[end] = s
            if e > self.title_start.get(s, s):
                self.title_start[s] = e
            for i in range(s, e):
                old = self.title_cover.get(i)
                if old is None or e - s > old[1] - old[0]:
                    self.title_cover[i] = (s, e)

    def _past_blanks(self, i: int) -> int:
        """The token after a run of blanks inside a line at `i` (or `i` itself)."""
        while i < self.n and self.doc[i].is_space and "\n" not in self.doc[i].text:
            i += 1
        return i

    def _find_places(self) -> None:
        """Index the gazetteer matches: places, countries and demonyms by token."""
        strings = self.doc.vocab.strings
        spans = [Span(self.doc, s, e, label=lab) for lab, s, e in self.matchers.places(self.doc)]
        spans += self._folded_places()
        self.places: list[tuple[int, int, str]] = []
        self.place_starts: set[int] = set()
        self.country_start: dict[int, int] = {}
        self.demonym_start: dict[int, tuple[int, str]] = {}
        self.demonym_end: dict[int, tuple[int, str]] = {}
        demonyms = countries.demonyms()
        for span in filter_spans(spans):
            label = strings[span.label]
            if label == tables.DEMONYM:
                code = demonyms.get(span.text) or demonyms[countries.fold(span.text)]
                self.demonym_start[span.start] = (span.end, code)
                self.demonym_end[span.end] = (span.start, code)
            else:
                self.places.append((span.start, span.end, label))
                self.place_starts.add(span.start)
                if label == tables.COUNTRY:
                    self.country_start[span.start] = span.end

    def _folded_places(self) -> list[Span]:
        """Gazetteer matches in the document's words without accents ("São Tomé and Príncipe"
        as the tables write it), when some have them. Only the stretches around a word that
        folding changes can hold a match the words as written do not, so only those are
        folded and matched (same tokens, no parse)."""
        text = self.parsed_text
        if _ACCENTED.search(text) is None:  # curly quotes alone need no folding
            return []
        changed = sorted(
            {i for i in self._non_ascii_tokens(text) if self._folded(i) != self.doc[i].text}
        )
        reach = self.matchers.longest_place - 1  # a name holding token i lies in i +- reach
        spans: list[Span] = []
        for a, b in _stretches(changed, reach, self.n):
            tokens = self.doc[a:b]
            words = [self._folded(t.i) for t in tokens]
            folded = Doc(self.doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])
            spans += [
                Span(self.doc, s + a, e + a, label=label)
                for label, s, e in self.matchers.places(folded)
            ]
        return spans

    def _non_ascii_tokens(self, text: str) -> set[int]:
        """The tokens holding a character outside ASCII."""
        return {bisect_right(self._token_starts, m.start()) - 1 for m in _NON_ASCII.finditer(text)}

    def _folded(self, i: int) -> str:
        """Token `i`'s word without accents (as written when it is all accent marks)."""
        word = self.doc[i].text
        return countries.fold(word) or word

    def chars(self, s: int, e: int) -> tuple[int, int]:
        """Character offsets of the tokens [s, e), blanks at its ends left out."""
        while e > s + 1 and self._token_blank[e - 1]:  # "minister  Ana": blanked link markup
            e -= 1
        if e <= s:
            return char_span(self.doc[s:e])
        return self._token_starts[s], self._token_ends[e - 1]

    def surface(self, s: int, e: int) -> str:
        """The text of the tokens [s, e), as written (Markdown's marks inside left out)."""
        return self.as_read(*self.chars(s, e))

    def as_read(self, start: int, end: int) -> str:
        """The text of [start, end) as a reader sees it (see `common.as_read`)."""
        return as_read(self.text, self.ctx.body.markup, start, end)

    def lower_words(self) -> set[int]:
        """Hashes of the words written in lowercase somewhere in the document."""
        if self._lower_words is None:
            arr = self.doc.to_array([LOWER, IS_LOWER])
            self._lower_words = set(arr[arr[:, 1] == 1, 0].tolist())
        return self._lower_words

    def line_is_title_case(self, start: int, end: int) -> bool:
        """Whether the headline line around [start, end) capitalises its common words.

        Most longer words capitalised, and either none left lowercase, or none but function
        words in a line with no closing full stop ("Pike Checks into Clinic", as styles that
        lower prepositions write; not a short sentence "He's with the Union of X."), or a
        capitalised function word inside ("Markets Rally As ..."); a caption full of names ("X,
        left, is escorted by Y") is not title case.
        """
        for span in self.ctx.body.nonprose:
            if span[0] <= start and end <= span[1]:
                if span not in self._title_case_lines:
                    line = self.doc.char_span(span[0], span[1], alignment_mode="expand")
                    tokens = [t for t in line or () if t.is_alpha][1:]
                    long = [t for t in tokens if len(t) >= HEADLINE_WORD_CHARS]
                    upper = sum(1 for t in long if t.is_title or t.is_upper)
                    self._title_case_lines[span] = (
                        len(long) >= MIN_HEADLINE_WORDS
                        and upper >= HEADLINE_TITLE_CASE * len(long)
                        and (upper == len(long)
                             or any(t.is_stop and t.is_title for t in tokens)
                             or (all(t.is_title or t.is_upper or t.is_stop for t in long)
                                 and not self.text[span[0]:span[1]].rstrip().endswith(".")))
                    )
                return self._title_case_lines[span]
        return False

    def capitals_lines(self) -> list[tuple[int, int]]:
        """The lines written in capitals, as news wires write headlines ("WAUGH HITS CENTURY"),
        in order; found on first use."""
        if self._capitals_lines is None:
            self._capitals_lines = [
                match.span() for match in LINE.finditer(self.text)
                if match[0].isupper() and sum(
                    1 for word in match[0].split() if any(c.isalpha() for c in word)
                ) >= MIN_CAPITALS_LINE_WORDS
            ]
        return self._capitals_lines

    def in_capitals_line(self, start: int) -> bool:
        """Whether character `start` stands in a line written in capitals."""
        lines = self.capitals_lines()
        k = bisect_right(lines, (start, float("inf"))) - 1
        return k >= 0 and lines[k][0] <= start < lines[k][1]

    def written_in_prose(self, s: int, e: int) -> bool:
        """Whether the words of tokens [s, e) stand again, as written, in the article's running
        text (not a headline, caption or masked furniture): a headline's name the story itself
        uses. Asked only of names in title-case lines; the prose copy is made on first use. A
        name in capitals counts written as a name in ordinary case ("SPAIN" of "HOSTS HOLD
        SPAIN" as "Spain"; not "QUALIFIER" as "a qualifier")."""
        if self._prose_text is None:
            self._prose_text = blank(self.parsed_text, self.ctx.body.nonprose)
        name = self.surface(s, e)
        if not name.isupper():
            return name in self._prose_text
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
        return any(found[0][0].isupper() and not found[0].isupper()
                   for found in re.finditer(pattern, self._prose_text, re.IGNORECASE))

    def named_in_prose(self, s: int, e: int) -> bool:
        """Whether the running text names the words of tokens [s, e): inside a sentence, where
        only a name is capitalised ("said Ferry"), or where NER tags them at a sentence's
        opening ("Microsoft has released ..."); not a common word that only opens sentences
        ("OBAN — Ferry sailings resumed")."""
        return self.named_inside_sentence(s, e, ner_at_openings=True)

    def named_inside_sentence(self, s: int, e: int, *, ner_at_openings: bool = False) -> bool:
        """Whether the running text writes the words of tokens [s, e) inside a sentence, where
        only a name is capitalised ("coach Maurice Cheeks"), or, with `ner_at_openings`, where
        NER tags them at a sentence's opening."""
        if self._prose_text is None:
            self._prose_text = blank(self.parsed_text, self.ctx.body.nonprose)
        prose = self._prose_text
        for match in re.finditer(rf"(?<!\w){re.escape(self.surface(s, e))}(?!\w)", prose):
            i = match.start() - 1
            while i >= 0 and prose[i] in " \t":  # a blanked headline is spaces: look past them
                i -= 1
            if i >= 0 and prose[i] not in _OPENING_MARKS:
                return True
            span = self.doc.char_span(match.start(), match.end())
            if ner_at_openings and span is not None and span.root.ent_type_ in NER_TYPES:
                return True
        return False

    def country_affiliation(self, code: str) -> ActorDraft | str:
        """The country actor of `code` when the document mentions it, else the code itself."""
        for mention in self.mentions:
            if mention.type == "country" and mention.code == code and mention.actor is not None:
                return mention.actor
        return code

    def mention_ending_at(self, end: int) -> TokenMention | None:
        """The entity mention ending at token `end`, once actors are built."""
        return self.by_end.get(end)


def _stretches(tokens: list[int], reach: int, n: int) -> list[tuple[int, int]]:
    """The token ranges within `reach` of some of `tokens` (in order), overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for i in tokens:
        a, b = max(0, i - reach), min(n, i + reach + 1)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
