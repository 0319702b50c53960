"""A spaCy `Matcher` run only around the tokens where one of its patterns can start.

spaCy's Matcher tries every pattern at every token. When each pattern starts with a selective
word (a month, a clock shape, a group noun), nearly all of that work finds nothing: over typical
articles the dates' rules cost as much as every other date step together. `SparseMatcher` reads
the first-token words of its patterns as sets of string ids, finds the tokens holding one (one
`Doc.to_array`, set lookups), and runs the Matcher over the short runs of tokens that a match
starting there can cover.

The matches are the same, in the same order: a pattern of fixed length L that starts at token i
lies inside [i, i + L); tokens no pattern can start at begin no match; and the Matcher lists
matches by their last token, so runs taken left to right list them in the doc's order.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: The token attributes a first token may be recognised by: each holds a string id per token,
#: which `Doc.to_array` gives for the whole doc at once ("TEXT" is the Matcher's name for ORTH).
START_ATTRIBUTES = {
    "ORTH": IDS["ORTH"],
    "TEXT": IDS["ORTH"],
    "LOWER": IDS["LOWER"],
    "NORM": IDS["NORM"],
    "SHAPE": IDS["SHAPE"],
    "LEMMA": IDS["LEMMA"],
}


class SparseMatcher:
    """A `Matcher` over fixed-length patterns whose first token names its words: an exact
    string or {"IN": [...]} of ORTH, TEXT, LOWER, NORM, SHAPE or LEMMA (other keys beside it
    narrow the match further, as usual). `add` refuses any other pattern, which would need
    the plain Matcher. Callbacks and greedy filters are not offered."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._matcher = Matcher(vocab)
        self._starts: dict[int, set[int]] = {}  # attribute id -> ids a first token may hold
        self._longest = 0

    def add(self, label: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Add patterns under `label`, as `Matcher.add` does."""
        for pattern in patterns:
            if not pattern or any("OP" in token for token in pattern):
                raise ValueError(f"{label}: SparseMatcher takes fixed-length patterns only")
            attribute, values = _start_words(label, pattern[0])
            self._starts.setdefault(attribute, set()).update(
                self.vocab.strings.add(v) for v in values
            )
            self._longest = max(self._longest, len(pattern))
        self._matcher.add(label, patterns)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of every match in `doc`, as `Matcher.__call__` gives them."""
        starts = self._possible_starts(doc)
        matches: list[tuple[int, int, int]] = []
        i = 0
        while i < len(starts):
            run_start, run_end = starts[i], starts[i] + self._longest
            i += 1
            while i < len(starts) and starts[i] <= run_end:
                run_end = starts[i] + self._longest
                i += 1
            run = doc[run_start : min(run_end, len(doc))]
            matches.extend((key, s + run_start, e + run_start) for key, s, e in self._matcher(run))
        return matches

    def _possible_starts(self, doc: Doc) -> list[int]:
        """The tokens, in order, whose words some pattern starts with."""
        if not len(doc) or not self._starts:
            return []
        attributes = list(self._starts)
        columns = doc.to_array(attributes).reshape(len(doc), len(attributes)).T.tolist()
        found: set[int] = set()
        for attribute, column in zip(attributes, columns, strict=True):
            wanted = self._starts[attribute]
            found.update(i for i, value in enumerate(column) if value in wanted)
        return sorted(found)


def _start_words(label: str, token: dict[str, Any]) -> tuple[int, list[str]]:
    """The attribute and words a pattern's first token is recognised by."""
    for key, value in token.items():
        attribute = START_ATTRIBUTES.get(key.upper())
        if attribute is None:
            continue
        if isinstance(value, str):
            return attribute, [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return attribute, list(value["IN"])
    raise ValueError(
        f"{label}: a SparseMatcher pattern's first token needs a word or words of "
        f"{', '.join(START_ATTRIBUTES)}"
    )


__all__ = ["SparseMatcher"]
