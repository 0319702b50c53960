"""The per-document state of the claim finder, and the span helpers every pass shares.

The quotations of the text (`quotes`), the reporting verbs (`data/claims/verbs.tsv`, read once)
and the speaker resolver over the actor records are set up once per document here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from ...body import blank
from ...data import lines
from ...records import Actor
from ..common import LineIndex, listed_lemma, trim
from .quotes import MARKUP_FILL, Quote, find_quotes, outermost
from .speakers import SpeakerResolver

if TYPE_CHECKING:
    from .. import Context

SUBJECTS = ("nsubj", "nsubjpass")  # a verb's subject, active or passive
QUOTE_CHARS = "\"“”‘’'«»„"
_HYPHEN = "-"

_WORDS = r"[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,3}"
# an agency dateline opening a paragraph: "LISBON, March 4 (Reuters) - ", "KITWE, Zambia, Oct 2
# (AP) - ", "PARIS (AP) -- ", "FLINT, Mich., Oct. 4 (UPI) — "; checked further in `dateline_end`
# a dateline opens its paragraph: content starting further into its line has none before it
_MAX_DATELINE_CHARS = 60
_DATELINE = re.compile(
    rf"[ \t*_]*(?P<place>{_WORDS})(?:,[ \t]*{_WORDS}){{0,2}}?"
    r"(?:,?[ \t]+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"|\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?))?"
    r"(?P<agency>[ \t]*\([^()\n]{1,30}\))?"
    r"(?P<space>[ \t]*)(?:--|-|–|—|_)[ \t]+"
)


def dateline_end(text: str, line_start: int) -> int | None:
    """Where the content starts after an agency dateline opening the line at `line_start`."""
    match = _DATELINE.match(text, line_start)
    if match is None:
        return None
    place = match.group("place")
    capitals = place.isupper() and sum(c.isalpha() for c in place) >= 2
    if not (capitals or match.group("date") or match.group("agency")):
        return None
    if not (match.group("space") or match.group("agency")):
        return None  # "NATO-led": a hyphen inside a word
    return match.end()


@dataclass(frozen=True, slots=True)
class Verb:
    frames: str
    preps: frozenset[str]


@cache
def finding_sources() -> frozenset[str]:
    """What reports a finding ("records show", "a new poll found"): polls, studies, records."""
    return frozenset(lines("claims/findings.txt"))


@cache
def reporting_verbs() -> dict[str, Verb]:
    """lemma -> frames, from data/claims/verbs.tsv."""
    out = {}
    for line in lines("claims/verbs.tsv"):
        cells = line.split("\t")
        preps = frozenset(cells[2].split(",")) if len(cells) > 2 else frozenset()
        out[cells[0]] = Verb(cells[1], preps)
    return out


@dataclass(slots=True)
class ClaimDraft:
    rule: str
    cue: str
    cue_span: tuple[int, int] | None
    fragments: list[tuple[int, int]]
    speaker: tuple[int, int] | None = None  # token range
    speaker_text: str | None = None  # for continuations: the earlier speaker as written
    speaker_ids: list[str] | None = None
    quote: str | None = None
    used: set[int] = field(default_factory=set)  # token indexes of the attribution

    @property
    def content_start(self) -> int:
        return self.fragments[0][0]

    @property
    def content_end(self) -> int:
        return self.fragments[-1][1]


def _among(column: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Whether each value of `column` is one of the sorted `wanted`: np.isin without its sorting
    path, whose first use imports numpy.ma (~0.01 s of every run's start-up)."""
    if not len(wanted):
        return np.zeros(len(column), dtype=bool)
    at = np.searchsorted(wanted, column).clip(max=len(wanted) - 1)
    return wanted[at] == column


class ClaimState:
    """One document's quotes, verbs and speaker resolver, and the drafts found so far."""

    def __init__(self, doc: Doc, ctx: Context) -> None:
        self.doc = doc
        self.ctx = ctx
        self.text = doc.text
        self.verbs = reporting_verbs()
        # token attributes as arrays: a pass looks at the few tokens that may be its cues
        # instead of building a Token object for every word of the text
        self.arrays = doc.to_array([IDX, POS, LEMMA, LOWER])
        self.starts = self.arrays[:, 0].tolist()
        self.lines = LineIndex(self.text)
        markup = ctx.body.markup
        marked = blank(self.text, markup, fill=MARKUP_FILL) if markup else self.text
        self.quotes = outermost(find_quotes(marked))
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_start_set = frozenset(self.quote_starts)
        actors: list[Actor] = [r for r in ctx.records.get("actor", []) if isinstance(r, Actor)]
        self.resolver = SpeakerResolver(
            doc, ctx.text, actors, [(q.start, q.end) for q in self.quotes]
        )
        self.used_cues: set[int] = set()
        self.drafts: list[ClaimDraft] = []

    def _verbs(self) -> list[Token]:
        """The doc's verbs, in order."""
        return [self.doc[i] for i in np.flatnonzero(self.arrays[:, 1] == VERB).tolist()]

    def _tokens_named(self, words: Iterable[str]) -> list[Token]:
        """The tokens whose lowercase form or lemma is one of `words`, in order."""
        wanted = np.sort(np.fromiter({self.doc.vocab.strings[w] for w in words}, np.uint64))
        found = _among(self.arrays[:, 3], wanted) | _among(self.arrays[:, 2], wanted)
        return [self.doc[i] for i in np.flatnonzero(found).tolist()]

    def _resolve(self, speaker: tuple[int, int]) -> list[str]:
        return self.resolver.resolve(*speaker)

    def _subtree(self, tok: Token) -> tuple[int, int]:
        """The characters of `tok`'s subtree, never ending inside a hyphened word (the parser
        may hang "co-sponsor the bill" as "co" and a sibling "-" that holds the rest), on a
        conjunction whose other half hangs elsewhere, nor on a noun that sums it up after a
        comma (", a charge the mayor denied")."""
        left, right = tok.left_edge, tok.right_edge
        doc = tok.doc
        while right.i + 2 < len(doc) and _glued_hyphen(doc[right.i + 1]):
            right = max(right, doc[right.i + 1].right_edge, doc[right.i + 2].right_edge,
                        key=lambda t: t.i)
        while right.dep_ == "cc" and right.i > left.i:
            right = doc[right.i - 1]  # "restored supplies but" + a verb joined to the cue
        summary = _summary_after(doc, left.i, right.i)
        if summary is not None:
            right = doc[summary - 2]  # the token before its comma
        return left.idx, right.idx + len(right)

    def _clean(self, start: int, end: int) -> tuple[int, int]:
        """Trim spaces and stray punctuation at the edges; keep quote marks that pair inside."""
        text = self.text
        while True:
            start, end = trim(text, start, end)
            changed = False
            if start < end and text[start] in ",;:—–-.)":
                start += 1
                changed = True
            if end > start and text[end - 1] in ",;:—–-(":
                end -= 1
                changed = True
            if (
                end - start > 1
                and text[end - 1] == "."
                and not self._sentence_quote_inside(start, end)
            ):
                end -= 1
                changed = True
            if not changed:
                return start, end

    def _dateline_cut(self, start: int) -> int | None:
        """Where an agency dateline heading the paragraph ends, when it runs past `start`
        near the paragraph's head; None otherwise."""
        line_start = self._paragraph(start)[0]
        if start - line_start > _MAX_DATELINE_CHARS:
            return None
        cut = dateline_end(self.text, line_start)
        return cut if cut is not None and cut > start else None

    def _without_dateline(self, fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The content's pieces with an agency dateline at the head of the first one cut off
        (none left when the content is only the dateline)."""
        start, end = fragments[0]
        cut = self._dateline_cut(start)
        if cut is None:
            return fragments
        if cut >= end:
            return fragments[1:]
        return [self._clean(cut, end), *fragments[1:]]

    def _speaker_without_dateline(self, speaker: tuple[int, int]) -> tuple[int, int] | None:
        """The speaker's tokens after an agency dateline the parse glued to its phrase
        ("BRUSSELS - European leaders"); None when only the dateline is left."""
        cut = self._dateline_cut(self.starts[speaker[0]])
        if cut is None:
            return speaker
        first = bisect_left(self.starts, cut)
        if first < speaker[1]:
            return first, speaker[1]
        return self._apposition_after(speaker, first)

    def _apposition_after(self, speaker: tuple[int, int], first: int) -> tuple[int, int] | None:
        """The speaker the parse hung on a dateline's place as its apposition ("HARWICK, March
        12 (Reuters) - Finance Minister Ana Holm said": Holm, not HARWICK), from `first`, the
        first token after the dateline; None when there is none."""
        doc = self.doc
        head = doc[speaker[0] : speaker[1]].root
        for child in head.children:
            if child.dep_ == "appos" and child.i >= first:
                start, end = max(first, child.left_edge.i), child.right_edge.i + 1
                while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].is_punct):
                    end -= 1  # the blanks of a link's target the apposition's last word holds
                return start, end
        return None

    def _quotes_over(self, start: int, end: int) -> list[Quote]:
        """The quotations overlapping [start, end), in order (kept quotations never overlap)."""
        k = max(0, bisect_right(self.quote_starts, start) - 1)
        out = []
        while k < len(self.quotes) and self.quotes[k].start < end:
            if self.quotes[k].end > start:
                out.append(self.quotes[k])
            k += 1
        return out

    def _inside_quote(self, offset: int) -> bool:
        k = bisect_right(self.quote_starts, offset) - 1
        return k >= 0 and self.quotes[k].start < offset < self.quotes[k].end - 1

    def _sentence_quote_inside(self, start: int, end: int) -> bool:
        k = bisect_right(self.quote_starts, end) - 1
        return k >= 0 and self.quotes[k].start < end < self.quotes[k].end

    def _lemma(self, tok: Token) -> str:
        """The token's lemma, or the reporting verb it inflects where the model's is none
        ("is hoping that ...": "hop")."""
        return listed_lemma(tok, self.verbs)

    def _entry(self, tok: Token) -> Verb | None:
        """The reporting-verb entry of a token: its phrasal verb's ("point out") when listed,
        else its lemma's; None for a phrasal verb listed as no cue ("show off")."""
        entry = self.verbs.get(self._cue_lemma(tok)) if _particle(tok) is not None else None
        if entry is None:
            entry = self.verbs.get(self._lemma(tok))
        return None if entry is None or entry.frames == "-" else entry

    def _cue_lemma(self, tok: Token) -> str:
        lemma = self._lemma(tok)
        particle = _particle(tok)
        return f"{lemma} {particle.lower_}" if particle is not None else lemma

    def _cue_span(self, tok: Token) -> tuple[int, int]:
        particle = _particle(tok)
        last = particle if particle is not None else tok
        return tok.idx, last.idx + len(last)

    def _paragraph(self, offset: int) -> tuple[int, int]:
        """The line holding `offset`."""
        return self.lines.line(offset)

    def _starts_sentence(self, offset: int) -> bool:
        """Whether only a sentence end, a colon or a line break comes before `offset`."""
        i = offset - 1
        text = self.text
        while i >= 0 and text[i].isspace() and text[i] != "\n":
            i -= 1
        if i < 0 or text[i] in "\n.!?:;":
            return True
        return text[i] in QUOTE_CHARS and i > 0 and text[i - 1] in ".!?"

    def _token_before(self, offset: int) -> int:
        return bisect_left(self.starts, offset) - 1

    def _prose(self, start: int, end: int) -> bool:
        """Not a headline, subhead or caption line."""
        return not self.ctx.body.is_nonprose(start, end)


def passive(tok: Token) -> bool:
    """Whether `tok` is a participle with "be" as its passive auxiliary ("were frustrated",
    "is expected"), or one joined to such a participle with no auxiliary or subject of its own
    ("had been arrested and charged with ...": nobody the sentence names did the charging)."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" for c in tok.head.children) and \
        not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children)


def loose_conjunct(tok: Token) -> bool:
    """A word the parser made a conjunct though nothing coordinates it: no "and" or "or" by it
    or by what it joins ("accused her of lying, escalating a feud"; not "cutting jobs, closing
    plants and selling land")."""
    if tok.dep_ != "conj":
        return False
    joined = [tok.head, *tok.head.children, *tok.subtree]
    return not any(t.dep_ in ("cc", "preconj") for t in joined)


def trailing_speaker(cue: Token) -> Token | None:
    """The head of the speaker of a cue that closes its sentence after a comma ("Ministers
    will press ahead despite opposition, the transport secretary, Helen Marsh, told MPs"),
    where the parser made the cue a bare conjunct of the verb before (its subject, or the
    apposition it hung the speaker on) or gave the cue no subject, the speaker hung as an
    apposition on the reported clause's last noun. None when the cue is no such verb."""
    doc = cue.doc
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if loose_conjunct(cue) and cue.head.i < cue.i and cue.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "ccomp" for c in cue.children):
            return None
        first_word = cue.head.i + 1
    elif subject is None and any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        first_word = next(c for c in cue.children if c.dep_ == "ccomp").i + 1
    else:
        return None
    speaker = subject
    if speaker is None and cue.i >= 2 and doc[cue.i - 1].text == ",":
        word = doc[cue.i - 2]  # "..., the secretary, Helen Marsh, told": the outermost
        while word.dep_ in ("appos", "compound") and word.head.i < word.i and \
                word.head.pos_ in ("NOUN", "PROPN"):  # apposition in the chain is the speaker
            speaker, word = (word if word.dep_ == "appos" else speaker), word.head
    if speaker is None or speaker.left_edge.i <= first_word:
        return None
    comma = doc[speaker.left_edge.i - 1]
    nominal = all(t.pos_ not in ("VERB", "AUX") for t in doc[speaker.left_edge.i:cue.i])
    return speaker if comma.text == "," and nominal else None


def _particle(verb: Token) -> Token | None:
    """The particle right after a phrasal cue ("pointed out"; "shot back", whose "back" the
    parser calls an adverb)."""
    return next((c for c in verb.children if c.i == verb.i + 1 and (
        c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "back")), None)


_SUMMARY_ARTICLES = {"a", "an", "one"}
_SUMMARY_CLAUSES = {"relcl", "acl"}  # "a charge the mayor denied", "a claim denied by the mayor"


# verbs whose subject makes the claims it takes as object ("voiced concern"), not one that
# receives or ignores them ("faced questions", "ignored warnings")
VOICING = {
    "express",
    "voice",
    "raise",
    "make",
    "air",
    "repeat",
    "issue",
    "lodge",
    "file",
    "level",
    "renew",
    "reiterate",
    "have",
    "share",
    "offer",
    "deliver",
    "pose",
    "register",
}


@cache
def utterance_nouns() -> frozenset[str]:
    """Nouns that name something said ("issued a statement:"), from
    data/claims/utterance_nouns.txt."""
    return frozenset(lines("claims/utterance_nouns.txt"))


_AGENT_COMPLETIONS = ("as",)  # "was described by a colleague as ...": the parser's "as"


def agent_completion(agent: Token) -> Token | None:
    """The "as" phrase the parser hung on a passive cue's agent instead of the cue ("was
    described by one colleague as a safe pair of hands"): what the agent said, not who."""
    source = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    return next((c for c in source.rights if c.dep_ == "prep" and c.lower_ in _AGENT_COMPLETIONS),
                None)


@cache
def _summary_nouns() -> frozenset[str]:
    return frozenset(lines("claims/summary_nouns.txt"))


def _summary_after(doc: Doc, left: int, right: int) -> int | None:
    """Where an apposition that sums up what comes before it starts, when it closes the words
    `left`..`right`: a comma, "a" and a noun of `data/claims/summary_nouns.txt` with a clause
    of its own, running to `right` ("..., a charge the White House rejected"); else None."""
    for token in doc[left + 2:right + 1]:
        first = token.left_edge
        if token.lemma_.lower() in _summary_nouns() and token.right_edge.i == right and \
                first.i - 1 > left and doc[first.i - 1].text == "," and \
                first.lower_ in _SUMMARY_ARTICLES and \
                any(c.dep_ in _SUMMARY_CLAUSES for c in token.rights):
            return first.i
    return None


def _glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("co-sponsor"), which the parser took for a word of its own: not a
    dash written without spaces ("got the role-he was thrilled"), which it parses as punctuation."""
    before = token.doc[token.i - 1]
    glued = not before.whitespace_ and not token.whitespace_
    return token.text == _HYPHEN and glued and token.pos_ != "PUNCT"
