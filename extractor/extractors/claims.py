"""Claims: who said what, quoted or reported, linked to the actor who said it.

Two passes over the parsed doc. Quotes first: every quotation (see `_quotes`) looks for its
attribution after it ("...," the military said), before it (X said: "...") or, failing both,
continues the turn of the speaker quoted in the paragraph before. Then the reporting verbs of
`data/claims_verbs.tsv` not used by a quote take their content from the dependency parse: a
clausal complement (said that ...), an object (condemned the launch), an infinitive (vowed to
...), a prepositional object (called for ...), or the clause around a parenthetical "he said".
"According to X" and transcript lines ("NAME: ...") complete the forms.

A claim is `direct` when its content is a quotation, `mixed` when quoted words are part of
reported speech, `indirect` otherwise. Content spans of direct quotes keep their quotation
marks; several pieces (an attribution in the middle, a quote over paragraphs) are listed in
`content_fragments`, and `content` joins them with a space.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..data import lines
from ..records import Actor, Claim
from ._quotes import Quote, find_quotes, outermost
from ._spans import trim
from .claim_speakers import SpeakerResolver, speaker_span

if TYPE_CHECKING:
    from . import Context

_FINAL = {".", "!", "?", ";"}
_QUOTE_CHARS = "\"“”‘’'«»„"
_ATTRIBUTION_END = ",?!—–-…:"  # how a quote that hands over to "he said" ends
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_INHERIT_DEPS = {"conj", "xcomp", "advcl", "pcomp"}
_RELATIVE = {"who", "which", "that"}
_TRANSCRIPT = re.compile(r"[ \t]*[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+\S")
_OBJECT_PREPS = ("as", "of", "for")  # accused X of ..., described X as ..., blamed X for ...
_LOOSE_OBJECTS = ("dobj", "attr", "npadvmod", "appos", "dep")
_MAX_SPEAKER_GAP = 14  # tokens between a quote and its "he said"
_DASH_NAME = re.compile(
    r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*"
    r"([A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,5})[ \t\u00a0.]*(?:\n|$)"
)


@dataclass(frozen=True, slots=True)
class Verb:
    frames: str
    preps: frozenset[str]


@cache
def reporting_verbs() -> dict[str, Verb]:
    """lemma -> frames, from data/claims_verbs.tsv."""
    out = {}
    for line in lines("claims_verbs.tsv"):
        cells = line.split("\t")
        preps = frozenset(cells[2].split(",")) if len(cells) > 2 else frozenset()
        out[cells[0]] = Verb(cells[1], preps)
    return out


@dataclass(slots=True)
class _Draft:
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


def extract(doc: Doc, ctx: Context) -> list[Claim]:
    """Attributed statements of the article body, each linked to its speaker's actor record."""
    finder = _Finder(doc, ctx)
    return finder.run()


class _Finder:
    def __init__(self, doc: Doc, ctx: Context) -> None:
        self.doc = doc
        self.ctx = ctx
        self.text = doc.text
        self.verbs = reporting_verbs()
        self.starts = [t.idx for t in doc]
        self.quotes = outermost(find_quotes(self.text))
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_start_set = frozenset(self.quote_starts)
        actors: list[Actor] = [
            r for r in ctx.records.get("actor", []) if isinstance(r, Actor)
        ]
        self.resolver = SpeakerResolver(
            doc, ctx.text, actors, [(q.start, q.end) for q in self.quotes]
        )
        self.used_cues: set[int] = set()
        self.drafts: list[_Draft] = []

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Claim]:
        self._direct_quotes()
        self._reported_speech()
        self._according_to()
        self._transcripts()
        claims = []
        seen: set[tuple[int, int]] = set()
        by_head: dict[str, list[str]] = {}  # speaker head word -> actors it was resolved to
        for draft in sorted(self.drafts, key=lambda d: (d.content_start, d.content_end)):
            key = (draft.content_start, draft.content_end)
            if key in seen:
                continue
            seen.add(key)
            if draft.speaker is not None and draft.speaker_ids is None:
                span = self.doc[draft.speaker[0] : draft.speaker[1]]
                ids = self._resolve(draft.speaker)
                head = span.root.lower_
                if ids:
                    by_head[head] = ids
                elif span[0].lower_ == "the" and head in by_head:
                    ids = by_head[head]  # "the military" after "Japan's military"
                draft.speaker_ids = ids
            claims.append(self._record(draft))
        return claims

    # ------------------------------------------------------------------ direct quotes
    def _direct_quotes(self) -> None:
        doc, quotes = self.doc, self.quotes
        attributed: dict[int, _Draft] = {}
        i = 0
        while i < len(quotes):
            quote = quotes[i]
            if not self._prose(quote.start, quote.end):
                # captions and headlines hold no claims; a signed quote is neither
                long_enough = len(self.text[quote.start : quote.end].split()) >= 5
                draft = self._dash_attribution(quote) if long_enough else None
            else:
                draft = self._quote_after(quote) or self._quote_before(quote)
            if draft is None:
                i += 1
                continue
            attributed[i] = draft
            # quotes that carry on after the attribution, in the same paragraph
            last_token = max(draft.used) if draft.used else self._token_before(quote.end)
            j = i + 1
            while j < len(quotes) and self._carries_on(last_token, quotes[j]):
                nxt = quotes[j]
                if self._quote_after(nxt, probe=True):
                    break
                draft.fragments.extend(nxt.pieces)
                last_token = self._token_before(nxt.end)
                j += 1
            self.drafts.append(draft)
            i = j
        # quotes with no attribution of their own continue the previous speaker's turn
        covered = [(d.content_start, d.content_end) for d in attributed.values()]
        for quote in quotes:
            if any(s <= quote.start < e for s, e in covered) or not self._prose(
                quote.start, quote.end
            ):
                continue
            draft = self._continuation(quote)
            if draft:
                self.drafts.append(draft)
                covered.append((quote.start, quote.end))
        del doc

    def _quote_after(self, quote: Quote, *, probe: bool = False) -> _Draft | None:
        """ "...," the military said. / "...," said Smith. / "...," according to X."""
        doc, text = self.doc, self.text
        if not quote.closed or not self._starts_sentence(quote.start):
            return None
        dash = self._dash_attribution(quote)
        if dash is not None:
            return None if probe and dash is None else dash
        i = bisect_left(self.starts, quote.end)
        inner_end = quote.end - 1
        while inner_end > quote.start and text[inner_end - 1] in _QUOTE_CHARS:
            inner_end -= 1
        handover = text[inner_end - 1 : inner_end] in _ATTRIBUTION_END or text[
            quote.end : quote.end + 1
        ] in (",", "—", "–")
        window: list[Token] = []
        j = i
        while j < len(doc) and len(window) < _MAX_SPEAKER_GAP:
            tok = doc[j]
            if "\n" in tok.text or tok.text in _FINAL or tok.idx in self.quote_start_set:
                break
            window.append(tok)
            j += 1
        while window and window[0].is_punct:
            window.pop(0)
        if not window:
            return None
        if not handover and len(window) > 5:
            return None
        first = window[0]
        if first.lower_ == "according" and len(window) > 2 and window[1].lower_ == "to":
            if probe:
                return _Draft("probe", "", None, [])
            pobj = next((c for c in window[1].children if c.dep_ == "pobj"), None)
            speaker = speaker_span(pobj) if pobj is not None else None
            used = {first.i, window[1].i} | (set(range(*speaker)) if speaker else set())
            self.used_cues.add(first.i)
            return _Draft(
                "quote-according-to", "according to", (first.idx, window[1].idx + 2),
                list(quote.pieces), speaker, quote="direct", used=used,
            )
        for tok in window:
            verb = self.verbs.get(tok.lemma_)
            if verb is not None and "q" in verb.frames and tok.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
                    return None
                if probe:
                    return _Draft("probe", "", None, [])
                speaker = self._speaker_of(tok, after_quote=quote.end)
                if speaker is None:
                    speaker = self._speaker_in_window(window, tok)
                self.used_cues.add(tok.i)
                # the attribution runs to the sentence end or to the comma after the cue
                rest = window[window.index(tok) :]
                comma = next((t for t in rest if t.text in (",", ";", "—", "–")), None)
                used = {t.i for t in window if comma is None or t.i < comma.i}
                if speaker:
                    used |= set(range(*speaker))
                return _Draft(
                    "quote-after", self._cue_lemma(tok), self._cue_span(tok),
                    list(quote.pieces), speaker, quote="direct", used=used,
                )
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass", "amod"):
                return None  # another verb comes first: not an attribution
        return None

    def _dash_attribution(self, quote: Quote) -> _Draft | None:
        """ "..." ― Jane Doe: a quote signed with a dash and a name closing its paragraph."""
        text = self.text
        match = _DASH_NAME.match(text, quote.end)
        if not match:
            return None
        first = bisect_left(self.starts, match.start(2))
        last = bisect_left(self.starts, match.end(2))
        if first >= last:
            return None
        return _Draft(
            "quote-dash", match.group(1), match.span(1), list(quote.pieces), (first, last),
            quote="direct", used=set(range(first, last)),
        )

    def _quote_before(self, quote: Quote) -> _Draft | None:
        """X said: "..." / X said, "..." / X continued:<paragraph>"..." """
        doc = self.doc
        i = bisect_left(self.starts, quote.start) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text not in (":", ",", "—", "–"):
            return None
        separator = doc[i]
        if "\n" in self.text[separator.idx : quote.start] and separator.text != ":":
            return None
        lower = doc[i].sent.start
        k = bisect_right(self.quote_starts, quote.start) - 2
        if k >= 0 and self.quotes[k].end > doc[lower].idx:
            lower = bisect_left(self.starts, self.quotes[k].end)
        for j in range(i - 1, lower - 1, -1):
            tok = doc[j]
            if "\n" in tok.text:
                break
            verb = self.verbs.get(tok.lemma_)
            if verb is not None and "q" in verb.frames and tok.pos_ in ("VERB", "AUX"):
                if tok.i in self.used_cues:
                    return None
                if any(
                    c.dep_ in ("ccomp", "dobj") and tok.i < c.i < i for c in tok.children
                ) and not self._only_addressee(tok, i):
                    return None
                speaker = self._speaker_of(tok)
                self.used_cues.add(tok.i)
                return _Draft(
                    "quote-before", self._cue_lemma(tok), self._cue_span(tok),
                    list(quote.pieces), speaker, quote="direct",
                )
            if tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "ccomp", "conj", "advcl"):
                return None
        return None

    def _only_addressee(self, verb: Token, limit: int) -> bool:
        """`told reporters:` - the object between the cue and the quote is the addressee."""
        objects = [c for c in verb.children if c.dep_ in ("ccomp", "dobj") and verb.i < c.i < limit]
        return all(c.dep_ == "dobj" and c.ent_type_ in ("", "PERSON", "ORG", "NORP") and
                   verb.lemma_ in ("tell", "ask", "remind", "inform", "assure") for c in objects)

    def _carries_on(self, last_token: int, quote: Quote) -> bool:
        """Whether `quote` follows the attribution ending at `last_token` in the same paragraph."""
        end = self.doc[last_token].idx + len(self.doc[last_token]) if last_token >= 0 else 0
        gap = self.text[end : quote.start]
        return "\n" not in gap and len(gap) <= 3 and all(c in " ,.;:—–" for c in gap)

    def _continuation(self, quote: Quote) -> _Draft | None:
        """A paragraph that is a quote with no cue continues the previous paragraph's speaker."""
        text = self.text
        line_start = text.rfind("\n", 0, quote.start) + 1
        if text[line_start : quote.start].strip():
            return None
        if len(text[quote.start : quote.end].split()) < 4:
            return None
        previous = [d for d in self.drafts if d.content_end <= quote.start]
        if not previous:
            return None
        last = max(previous, key=lambda d: d.content_end)
        between = text[last.content_end : line_start]
        if between.count("\n") == 0 or between.strip(" \t\n\r.,\"”’'").strip():
            tail = text[max(d.content_end for d in previous) : line_start]
            if not self._only_attribution(tail, last):
                return None
        if last.speaker is None and last.speaker_text is None:
            return None
        speaker_text = last.speaker_text
        if speaker_text is None and last.speaker is not None:
            speaker_text = self.doc[last.speaker[0] : last.speaker[1]].text
        ids = last.speaker_ids
        if ids is None and last.speaker is not None:
            ids = self._resolve(last.speaker)
        return _Draft(
            "quote-continuation", last.cue, None, list(quote.pieces),
            None, speaker_text, ids or [], quote="direct",
        )

    def _only_attribution(self, tail: str, last: _Draft) -> bool:
        """The text between a claim's content and the next paragraph is its own attribution."""
        if tail.count("\n") == 0:
            return False
        spans = [last.cue_span] if last.cue_span else []
        if last.speaker is not None:
            sp = self.doc[last.speaker[0] : last.speaker[1]]
            spans.append((sp.start_char, sp.end_char))
        rest = tail
        for s, e in spans:
            piece = self.text[s:e]
            rest = rest.replace(piece, " ", 1)
        return len(rest.split()) <= 3 and not re.search(r"[A-Za-z]{4,}", rest)

    # ------------------------------------------------------------------ reported speech
    def _reported_speech(self) -> None:
        doc = self.doc
        for tok in doc:
            verb = self.verbs.get(tok.lemma_)
            if verb is None or tok.i in self.used_cues or tok.pos_ not in ("VERB",):
                continue
            if tok.dep_ in ("amod", "compound", "aux", "auxpass"):
                continue
            draft = self._from_parse(tok, verb)
            if draft is None:
                continue
            if not self._prose(draft.content_start, draft.content_end):
                continue
            self.used_cues.add(tok.i)
            self.drafts.append(draft)

    def _from_parse(self, tok: Token, verb: Verb) -> _Draft | None:
        frames = verb.frames
        children = list(tok.children)
        content: list[tuple[int, int]] | None = None
        rule = ""
        cue_end_tok = tok
        if "c" in frames:
            comp = next((c for c in children if c.dep_ == "ccomp"), None)
            if comp is None:
                comp = self._that_clause_after_prep(tok)
            if comp is not None:
                content, rule = [self._subtree(comp)], "ccomp"
        if content is None and "o" in frames:
            obj = next((c for c in children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ != "PRON" or (
                obj is not None and any(c.dep_ in ("oprd", "xcomp") for c in children)
            ):
                assert obj is not None
                span = self._subtree(obj)
                for c in children:
                    if c.dep_ in ("oprd", "xcomp") and c.i > obj.i or (
                        c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and c.i > obj.i
                    ):
                        span = (span[0], max(span[1], self._subtree(c)[1]))
                content, rule = [span], "dobj"
        if content is None and "x" in frames:
            comp = next((c for c in children if c.dep_ == "xcomp"), None)
            if comp is not None and comp.i > tok.i:
                content, rule = [self._subtree(comp)], "xcomp"
        if content is None and verb.preps:
            prep = next(
                (
                    c
                    for c in children
                    if c.dep_ == "prep" and c.lower_ in verb.preps and c.i > tok.i
                ),
                None,
            )
            if prep is not None:
                obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    content, rule = [self._subtree(obj)], "prep"
                    cue_end_tok = prep
        if content is None and "c" in frames and tok.dep_ == "parataxis":
            content, rule = self._around(tok), "parataxis"
        if not content:
            return None
        para_start, para_end = self._paragraph(tok.idx)
        content = [self._clean(max(s, para_start), min(e, para_end)) for s, e in content]
        content = [(s, e) for s, e in content if e > s]
        if not content or not any(
            any(ch.isalnum() for ch in self.text[s:e]) for s, e in content
        ):
            return None
        speaker = self._speaker_of(tok)
        if speaker is None and rule != "ccomp":
            return None
        if self._nested_in_quote(tok, speaker):
            return None
        content = [self._one_sentence(s, e, tok) for s, e in content]
        content = [self._clean(s, e) for s, e in content if e > s]
        content = [(s, e) for s, e in content if e > s]
        if not content:
            return None
        content = self._with_quote_marks(content, tok)
        used = set()
        if speaker is not None:
            used |= set(range(*speaker))
            if any(s <= self.doc[speaker[0]].idx < e for s, e in content):
                speaker = None
        cue = self._cue_lemma(tok)
        cue_span = self._cue_span(tok)
        if cue_end_tok is not tok:
            cue = f"{cue} {cue_end_tok.lower_}"
            cue_span = (cue_span[0], cue_end_tok.idx + len(cue_end_tok))
        return _Draft(rule, cue, cue_span, content, speaker, used=used)

    def _that_clause_after_prep(self, tok: Token) -> Token | None:
        """`said in a statement that ...`, `told a meeting that ...`: the clause parsed as one
        of the noun's."""
        for prep in tok.children:
            if prep.dep_ not in ("prep", "dobj") or prep.i < tok.i:
                continue
            for obj in [prep] if prep.dep_ == "dobj" else prep.children:
                for clause in obj.children:
                    if clause.dep_ in ("acl", "relcl") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                    ):
                        return clause
        return None

    def _one_sentence(self, start: int, end: int, cue: Token) -> tuple[int, int]:
        """Keep the content to the sentence of its cue, and leave out a trailing participle
        that reports on its own (", citing ...", ", adding that ...")."""
        doc = self.doc
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        for tok in doc[first:last]:
            if tok.text not in (".", "!", "?") or self._inside_quote(tok.idx):
                if (
                    tok.i > cue.i
                    and tok.tag_ == "VBG"
                    and tok.lemma_ in self.verbs
                    and tok.i > first
                    and doc[tok.i - 1].text == ","
                ):
                    return start, min(end, doc[tok.i - 1].idx)
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            while (
                nxt is not None
                and (nxt.is_space or nxt.text in _QUOTE_CHARS)
                and nxt.i + 1 < len(doc)
            ):
                nxt = doc[nxt.i + 1]
            if nxt is None or nxt.idx >= end or not (nxt.is_title or nxt.is_upper):
                continue
            if tok.idx < cue.idx:
                start = nxt.idx
            else:
                return start, tok.idx
        return start, end

    def _inside_quote(self, offset: int) -> bool:
        k = bisect_right(self.quote_starts, offset) - 1
        return k >= 0 and self.quotes[k].start < offset < self.quotes[k].end - 1

    def _around(self, tok: Token) -> list[tuple[int, int]]:
        """The clause around a parenthetical attribution: ", he said, " cut out of it."""
        head = tok.head
        sent = tok.sent
        inner = self._subtree(tok)
        left = (sent.start_char, inner[0])
        right = (inner[1], sent.end_char)
        del head
        return [p for p in (left, right) if p[1] > p[0]]

    def _according_to(self) -> None:
        doc = self.doc
        for tok in doc:
            if tok.lower_ != "according" or tok.i in self.used_cues or tok.i + 1 >= len(doc):
                continue
            to = doc[tok.i + 1]
            if to.lower_ != "to":
                continue
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            speaker = speaker_span(pobj)
            phrase = self._subtree(tok)
            last = doc[speaker[1] - 1]
            phrase = (min(phrase[0], tok.idx), max(phrase[1], last.idx + len(last)))
            sent = tok.sent
            pieces = [(sent.start_char, phrase[0]), (phrase[1], sent.end_char)]
            content = [self._clean(s, e) for s, e in pieces]
            content = [
                (s, e) for s, e in content if e > s and any(c.isalpha() for c in self.text[s:e])
            ]
            if not content or not self._prose(content[0][0], content[-1][1]):
                continue
            self.used_cues.add(tok.i)
            self.drafts.append(
                _Draft(
                    "according-to", "according to", (tok.idx, to.idx + len(to)),
                    content, speaker, used=set(range(*speaker)),
                )
            )

    def _transcripts(self) -> None:
        """Transcript lines: "SMITH: We will ..." (speaker label in capitals, then a colon)."""
        text = self.text
        for line in re.finditer(r"[^\n]+", text):
            match = _TRANSCRIPT.match(line.group())
            if not match:
                continue
            label_start = line.start() + match.start(1)
            label_end = line.start() + match.end(1)
            if len(match.group(1)) < 2:
                continue
            s, e = self._clean(label_end + 1, line.end())
            if e <= s or not self._prose(s, e) or not self._prose(label_start, label_end):
                continue
            i, j = bisect_left(self.starts, label_start), bisect_left(self.starts, label_end)
            self.drafts.append(
                _Draft(
                    "transcript", ":", (label_end, label_end + 1), [(s, e)], (i, max(j, i + 1)),
                )
            )

    # ------------------------------------------------------------------ speakers
    def _speaker_of(self, tok: Token, *, after_quote: int | None = None) -> tuple[int, int] | None:
        """Token range of the cue's speaker: its subject, or the subject it shares."""
        current = tok
        for _ in range(4):
            subject = next(
                (c for c in current.children if c.dep_ in ("nsubj", "csubj")), None
            )
            if subject is None:
                agent = next((c for c in current.children if c.dep_ == "agent"), None)
                if agent is not None:
                    subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if subject is not None:
                if subject.lower_ in _RELATIVE and current.dep_ == "relcl":
                    subject = current.head
                if after_quote is not None and subject.idx < after_quote:
                    return None
                if self._paragraph(subject.idx) != self._paragraph(tok.idx):
                    return self._speaker_in_line(current)
                return speaker_span(subject)
            if current.dep_ in ("acl", "relcl") and current.head.pos_ in ("NOUN", "PROPN"):
                return speaker_span(current.head, stop=current.i)
            if current.dep_ in _INHERIT_DEPS and current.head is not current:
                if current.dep_ == "pcomp" and current.head.pos_ != "ADP":
                    return None
                current = current.head
                if current.pos_ == "ADP":
                    current = current.head
                continue
            break
        return None

    def _speaker_in_line(self, cue: Token) -> tuple[int, int] | None:
        """The words from the line start to the cue, when the parser took its subject from the
        line before (a headline or caption glued to the sentence) and they form a noun phrase."""
        line_start = self._paragraph(cue.idx)[0]
        first = bisect_left(self.starts, line_start)
        tokens = [t for t in self.doc[first : cue.i] if not t.is_space]
        if not tokens or len(tokens) > 12:
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in tokens):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tokens):
            return None
        return tokens[0].i, tokens[-1].i + 1

    def _speaker_in_window(self, window: list[Token], cue: Token) -> tuple[int, int] | None:
        """`"...," said the spokesman` parsed without a subject: the noun after the cue."""
        index = window.index(cue)
        for tok in window[index + 1 :]:
            if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ in _LOOSE_OBJECTS:
                return speaker_span(tok)
            if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "ADV"):
                break
        for tok in reversed(window[:index]):
            if tok.pos_ in ("NOUN", "PROPN", "PRON"):
                return speaker_span(tok, stop=cue.i)
        return None

    def _resolve(self, speaker: tuple[int, int]) -> list[str]:
        return self.resolver.resolve(*speaker)

    # ------------------------------------------------------------------ spans
    def _subtree(self, tok: Token) -> tuple[int, int]:
        left, right = tok.left_edge, tok.right_edge
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

    def _sentence_quote_inside(self, start: int, end: int) -> bool:
        k = bisect_right(self.quote_starts, end) - 1
        return k >= 0 and self.quotes[k].start < end < self.quotes[k].end

    def _with_quote_marks(
        self, content: list[tuple[int, int]], cue: Token
    ) -> list[tuple[int, int]]:
        """Extend content to the marks of quotes it ends or starts inside; a content that is
        (nearly) a whole quotation becomes that quotation, marks included."""
        out = []
        for s, e in content:
            for q in self.quotes:
                if q.end <= s or q.start >= e:
                    continue
                if s <= q.start < e < q.end and q.end - e <= 3 and q.closed:
                    e = q.end
                elif q.start < s < q.end <= e and s - q.start <= 2:
                    s = q.start
                elif q.start < s and e == q.end and q.closed:
                    e = self._clean(s, q.end - 1)[1]  # a closing mark without its opening
                elif q.start < s and e <= q.end:
                    inner_s, inner_e = q.inner()
                    covered = (e - s) / max(1, inner_e - inner_s)
                    if covered > 0.8 and not (q.start <= cue.idx < q.end):
                        s, e = q.start, q.end
            out.append((s, e))
        return out

    def _nested_in_quote(self, tok: Token, speaker: tuple[int, int] | None) -> bool:
        """A cue inside a quotation whose speaker is quoted too is the quoted person's speech."""
        k = bisect_right(self.quote_starts, tok.idx) - 1
        if k < 0 or self.quotes[k].end <= tok.idx:
            return False
        quote = self.quotes[k]
        if speaker is None:
            return True
        start = self.doc[speaker[0]].idx
        return quote.start <= start < quote.end

    def _quote_type(self, fragments: list[tuple[int, int]]) -> str:
        quoted = 0
        total = 0
        partial = False
        for s, e in fragments:
            total += e - s
            for q in self.quotes:
                if q.end <= s or q.start >= e:
                    continue
                overlap = min(e, q.end) - max(s, q.start)
                quoted += overlap
                if not (q.start <= s and e <= q.end):
                    partial = True
        if quoted == 0:
            return "indirect"
        return "mixed" if partial and quoted < total else "direct"

    # ------------------------------------------------------------------ helpers
    def _cue_lemma(self, tok: Token) -> str:
        lemma = tok.lemma_.lower()
        particle = _particle(tok)
        return f"{lemma} {particle.lower_}" if particle is not None else lemma

    def _cue_span(self, tok: Token) -> tuple[int, int]:
        particle = _particle(tok)
        last = particle if particle is not None else tok
        return tok.idx, last.idx + len(last)

    def _paragraph(self, offset: int) -> tuple[int, int]:
        """The line holding `offset`."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end < 0 else end

    def _starts_sentence(self, offset: int) -> bool:
        """Whether only a sentence end, a colon or a line break comes before `offset`."""
        i = offset - 1
        text = self.text
        while i >= 0 and text[i].isspace() and text[i] != "\n":
            i -= 1
        if i < 0 or text[i] in "\n.!?:;":
            return True
        return text[i] in _QUOTE_CHARS and i > 0 and text[i - 1] in ".!?"

    def _token_before(self, offset: int) -> int:
        return bisect_left(self.starts, offset) - 1

    def _prose(self, start: int, end: int) -> bool:
        """Not a headline, subhead or caption line."""
        return not self.ctx.body.is_nonprose(start, end)

    # ------------------------------------------------------------------ records
    def _record(self, draft: _Draft) -> Claim:
        text = self.ctx.text
        fragments = sorted(draft.fragments)
        c_start, c_end = fragments[0][0], fragments[-1][1]
        if draft.speaker is not None:
            sp = self.doc[draft.speaker[0] : draft.speaker[1]]
            speaker_text: str | None = sp.text
            s_start: int | None = sp.start_char
            s_end: int | None = sp.end_char
            ids = draft.speaker_ids
            if ids is None:
                ids = self._resolve(draft.speaker)
        else:
            speaker_text, s_start, s_end = draft.speaker_text, None, None
            ids = draft.speaker_ids or []
        points = [c_start, c_end]
        if s_start is not None and s_end is not None:
            points += [s_start, s_end]
        if draft.cue_span:
            points += list(draft.cue_span)
        start, end = min(points), max(points)
        content = " ".join(text[s:e] for s, e in fragments)
        return Claim(
            doc=self.ctx.doc_id,
            text=text[start:end],
            start=start,
            end=end,
            rule=draft.rule,
            sentence=self.ctx.sentence(start),
            speaker=speaker_text,
            speaker_start=s_start,
            speaker_end=s_end,
            speaker_id=ids[0] if ids else None,
            speaker_ids=list(ids),
            cue=draft.cue,
            cue_start=draft.cue_span[0] if draft.cue_span else None,
            cue_end=draft.cue_span[1] if draft.cue_span else None,
            content=content,
            content_start=c_start,
            content_end=c_end,
            content_fragments=[(s, e) for s, e in fragments],
            quote=draft.quote or self._quote_type(fragments),  # type: ignore[arg-type]
        )


def _particle(verb: Token) -> Token | None:
    """The particle right after a phrasal cue ("pointed out")."""
    return next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)


__all__ = ["extract", "reporting_verbs"]
