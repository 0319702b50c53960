"""Claims: the speaker of a reporting verb, found in the dependency parse.

The cue's subject (or the subject it shares through a conjunction, an infinitive or a relative
clause), the agent of a passive, or the noun a participle hangs on; the words before the cue
when the parser took the subject from the line before.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ._claims_speakers import speaker_span
from ._claims_state import (
    ClaimState,
)

_INHERIT_DEPS = {"conj", "xcomp", "advcl", "pcomp"}
_RELATIVE = {"who", "which", "that"}
_LOOSE_OBJECTS = ("dobj", "attr", "npadvmod", "appos", "dep")


class SpeakerFinder(ClaimState):
    """Finds the token range of a cue's speaker."""

    def _speaker_of(self, tok: Token, *, after_quote: int | None = None) -> tuple[int, int] | None:
        """Token range of the cue's speaker: its subject, or the subject it shares."""
        current = tok
        for _ in range(4):
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
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
