"""spaCy `Matcher`s run only over the stretches of a doc where one of their patterns can match.

spaCy's Matcher tries every pattern at every token. When each pattern starts with a selective
word (a month, a clock shape, a group noun), nearly all of that work finds nothing: over typical
articles the dates' rules cost as much as every other date step together. `SparseMatcher` reads
the first-token words of its patterns as sets of string ids, finds the tokens holding one (one
`Doc.to_array`, set lookups), and runs the Matcher over the short runs of tokens that a match
starting there can cover.

The matches are the same, in the same order: a pattern of fixed length L that starts at token i
lies inside [i, i + L); tokens no pattern can start at begin no match; and the Matcher lists
matches by their last token, so runs taken left to right list them in the doc's order.

`WordRunMatcher` does the same for patterns that test a token's word alone but may repeat a
token ("OP": "*"), as the distances' amounts do: it runs the Matcher over the stretches of
words that some pattern token accepts and that hold a word some pattern can end with. Which
words those are the Matcher itself decides, once per word for the process.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDS, ORTH
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


#: Pattern keys that test a token's word alone (the same for every token of that word).
WORD_KEYS = frozenset(
    {"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "OP"}
    | {key for key in IDS if key.startswith(("IS_", "LIKE_")) and key != "IS_SENT_START"}
)
#: Words whose place in a pattern `WordRunMatcher` keeps between documents; past this many the
#: cache starts again, so a long run's memory stays flat.
MAX_CACHED_WORDS = 200_000
_INSIDE, _END = 1, 2  # what a word may be in a match: any of its tokens, its last token


class WordRunMatcher:
    """A `Matcher` whose patterns test only the words of tokens (`WORD_KEYS`) and end with a
    token that is not optional: matches lie inside the stretches of words every one of which
    some pattern token accepts, and end at a word some pattern ends with. `greedy="LONGEST"`
    is offered for one label, as `Matcher.add` has it (matches longest first, then by start)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._matcher = Matcher(vocab)
        self._words = Matcher(vocab)  # one-token patterns: which words can be in, or end, a match
        self._inside = vocab.strings.add("INSIDE")
        self._greedy: str | None = None
        self._role: dict[int, int] = {}  # word id -> _INSIDE | _END bits

    def add(
        self, label: str, patterns: list[list[dict[str, Any]]], *, greedy: str | None = None
    ) -> None:
        """Add patterns under `label`, as `Matcher.add` does."""
        if greedy not in (None, "LONGEST") or (greedy or self._greedy) and len(self._matcher):
            raise ValueError(f"{label}: WordRunMatcher offers greedy='LONGEST' for one label only")
        for pattern in patterns:
            keys = {key.upper() for token in pattern for key in token}
            if not pattern or not keys <= WORD_KEYS or "OP" in pattern[-1]:
                raise ValueError(
                    f"{label}: WordRunMatcher takes patterns of {', '.join(sorted(WORD_KEYS))} "
                    "ending with a token that is not optional"
                )
        self._greedy = greedy
        self._matcher.add(label, patterns, greedy=greedy)
        alone = [
            {k: v for k, v in token.items() if k.upper() != "OP"} for p in patterns for token in p
        ]
        self._words.add("INSIDE", [[token] for token in alone])
        self._words.add("END", [[pattern[-1]] for pattern in patterns])
        self._role.clear()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of every match in `doc`, as `Matcher.__call__` gives them."""
        roles = self._roles(doc.to_array(ORTH).tolist())
        matches: list[tuple[int, int, int]] = []
        i, n = 0, len(roles)
        while i < n:
            if not roles[i] & _INSIDE:
                i += 1
                continue
            start, ends = i, False
            while i < n and roles[i] & _INSIDE:
                ends = ends or bool(roles[i] & _END)
                i += 1
            if ends:
                matches.extend(
                    (key, s + start, e + start) for key, s, e in self._matcher(doc[start:i])
                )
        if self._greedy:
            matches.sort(key=lambda m: (m[1] - m[2], m[1]))
        return matches

    def _roles(self, words: list[int]) -> list[int]:
        """What each word may be in a match, told by the Matcher for the words not seen yet."""
        role = self._role
        if len(role) > MAX_CACHED_WORDS:
            role.clear()
        new = list(dict.fromkeys(w for w in words if w not in role))
        if new:
            strings = self.vocab.strings
            doc = Doc(self.vocab, words=[strings[w] for w in new], spaces=[False] * len(new))
            role.update(dict.fromkeys(new, 0))
            for key, s, _ in self._words(doc):
                role[new[s]] |= _INSIDE if key == self._inside else _END
        return [role[w] for w in words]


__all__ = ["SparseMatcher", "WordRunMatcher"]
