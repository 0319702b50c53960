"""Claims: who said what, quoted or reported, linked to the actor who said it.

Two passes over the parsed doc. Quotes first: every quotation (see `quotes`) looks for its
attribution after it ("...," the ministry said), before it (X said: "...") or, failing both,
continues the turn of the speaker quoted in the paragraph before; a paragraph without quotation
marks set off after "X added:" is a quotation too. Then the reporting verbs of
`data/claims/verbs.tsv` not used by a quote take their content from the dependency parse: a
clausal complement (said that ...), an object (condemned the strike), an infinitive (vowed to
...), a prepositional object (called for ...), or the clause around a parenthetical "he said".
"According to X", transcript lines ("NAME: ...") and headline labels ("Pence: ...", see
`headlines`) complete the forms. The passes live in
`direct` and `reported`, the cue's speaker in `subjects`, the shared
state in `state`; `speakers` links speakers to actor records.

A claim is `direct` when its content is a quotation, `mixed` when quoted words are part of
reported speech, `indirect` otherwise. Content spans of direct quotes keep their quotation
marks; several pieces (an attribution in the middle, a quote over paragraphs) are listed in
`content_fragments`, and `content` joins them with a space.

Claims see actors only as the records in `ctx.records["actor"]`: this package imports no other
extractor package and must not change those records; country words come from
`extractor.countries`.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...records import Claim
from .direct import DirectQuotes
from .headlines import HeadlineAttributions
from .nesting import without_nested_acts
from .nouns import StanceCues
from .reported import ReportedSpeech
from .state import ClaimDraft, reporting_verbs

if TYPE_CHECKING:
    from .. import Context

_EMPHASIS_MARKS = "*_~`"  # Markdown's emphasis, strike-through and code marks


def extract(doc: Doc, ctx: Context) -> list[Claim]:
    """Attributed statements of the article body, each linked to its speaker's actor record."""
    finder = _Finder(doc, ctx)
    return finder.run()


class _Finder(DirectQuotes, ReportedSpeech, StanceCues, HeadlineAttributions):
    """One `extract` call: the passes in order, then one record per distinct content."""

    def run(self) -> list[Claim]:
        self._direct_quotes()
        self._blocks_after_colon()
        self._reported_speech()
        self._according_to()
        self._continued_turns()
        self._transcripts()
        self._headline_labels()
        self._trailing_findings()
        self._opening_findings()
        self._stance_cues()
        claims = []
        seen: set[tuple[int, int]] = set()
        by_head: dict[str, list[str]] = {}  # speaker head word -> actors it was resolved to
        for draft in self.drafts:
            draft.fragments = self._without_dateline(draft.fragments)
            if draft.speaker is not None:
                draft.speaker = self._speaker_without_dateline(draft.speaker)
        self.drafts = without_nested_acts([d for d in self.drafts if d.fragments])
        # of two drafts over the same words, the one with a speaker: "X was charged with Y,
        # police said" is the police's claim, not an unattributed charge
        order = sorted(
            self.drafts, key=lambda d: (d.content_start, d.content_end, d.speaker is None)
        )
        for draft in order:
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
                    ids = by_head[head]  # "the navy" after "Chile's navy"
                draft.speaker_ids = ids
            claims.append(self._record(len(claims) + 1, draft))
        return claims

    def _quote_type(self, fragments: list[tuple[int, int]]) -> str:
        quoted = 0
        total = 0
        partial = False
        for s, e in fragments:
            total += e - s
            for q in self._quotes_over(s, e):
                overlap = min(e, q.end) - max(s, q.start)
                quoted += overlap
                if not (q.start <= s and e <= q.end):
                    partial = True
        if quoted == 0:
            return "indirect"
        return "mixed" if partial and quoted < total else "direct"

    def _record(self, number: int, draft: ClaimDraft) -> Claim:
        text, body = self.ctx.text, self.ctx.body
        fragments = _with_closing_marks(sorted(draft.fragments), text, body.markup)
        c_start, c_end = fragments[0][0], fragments[-1][1]
        if draft.speaker is not None:
            sp = self.doc[draft.speaker[0] : draft.speaker[1]]
            s_start: int | None = sp.start_char
            s_end: int | None = sp.end_char
            speaker_text: str | None = body.words(text, sp.start_char, sp.end_char)
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
        content = " ".join(body.words(text, s, e) for s, e in fragments)  # markup left out
        return Claim(
            doc=self.ctx.doc_id,
            text=text[start:end],
            start=start,
            end=end,
            rule=draft.rule,
            sentence=self.ctx.sentence(start),
            id=f"C{number}",
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


def _with_closing_marks(
    fragments: list[tuple[int, int]], text: str, markup: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]]:
    """The content with the Markdown emphasis it opens closed: "resume on *Friday*", not
    "resume on *Friday" (the marks are blanks to the parser, so the words end before them)."""
    if not markup:
        return fragments
    start, end = fragments[-1]
    at = bisect_left(markup, (end,))
    if at == len(markup) or markup[at][0] != end:
        return fragments
    closer = markup[at]
    marks = text[closer[0] : closer[1]]
    if marks.strip(_EMPHASIS_MARKS):
        return fragments
    inside = markup[bisect_left(markup, (fragments[0][0],)) : at]
    if sum(text[s:e] == marks for s, e in inside) % 2 == 0:
        return fragments
    return [*fragments[:-1], (start, closer[1])]


__all__ = ["extract", "reporting_verbs"]
