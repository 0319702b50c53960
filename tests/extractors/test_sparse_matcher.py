"""SparseMatcher: the matches of spaCy's Matcher with the same patterns, in the same order."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from extractor.extractors.sparse_matcher import SparseMatcher

MONTH = {"ORTH": {"IN": ["March", "April"]}}
PATTERNS = {
    "month-day": [[MONTH, {"SHAPE": {"IN": ["d", "dd"]}}], [MONTH]],
    "clock": [[{"SHAPE": "d:dd"}, {"LOWER": {"IN": ["am", "pm"]}}]],
    "noun": [[{"LEMMA": "ferry", "POS": "NOUN"}]],
    "two-words": [[{"LOWER": "river"}, {"LOWER": "bank"}]],
}
TEXT = (
    "The ferries left on March 3 at 9:15 pm. April was dry; the river bank flooded in "
    "April 12, and a ferry sank near the River Bank at 7:05 am"
)


def _both(nlp: Language) -> tuple[SparseMatcher, Matcher]:
    sparse, plain = SparseMatcher(nlp.vocab), Matcher(nlp.vocab)
    for label, patterns in PATTERNS.items():
        sparse.add(label, patterns)
        plain.add(label, patterns)
    return sparse, plain


def test_sparse_matcher_finds_the_matches(nlp: Language) -> None:
    sparse, _ = _both(nlp)
    doc = nlp(TEXT)
    found = [(nlp.vocab.strings[key], doc[s:e].text) for key, s, e in sparse(doc)]
    assert found == [
        ("noun", "ferries"),
        ("month-day", "March"),
        ("month-day", "March 3"),
        ("clock", "9:15 pm"),
        ("month-day", "April"),
        ("two-words", "river bank"),
        ("month-day", "April"),
        ("month-day", "April 12"),
        ("noun", "ferry"),
        ("two-words", "River Bank"),
        ("clock", "7:05 am"),  # the doc's last two tokens
    ]


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "",
        "Nothing to find here.",
        "March",  # a one-token doc
        "March 3 April 4 March 5 9:15 pm April",  # runs that overlap and touch
    ],
)
def test_sparse_matcher_same_as_matcher(nlp: Language, text: str) -> None:
    sparse, plain = _both(nlp)
    doc = nlp(text)
    assert sparse(doc) == plain(doc)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"ORTH": "March"}, {"SHAPE": "d", "OP": "?"}],  # not of fixed length
        [{"POS": "NOUN"}],  # no words to find its start by
        [{"LOWER": {"REGEX": "^mar"}}],
        [],
    ],
)
def test_sparse_matcher_refuses_patterns_it_cannot_bound(nlp: Language, pattern: list) -> None:
    with pytest.raises(ValueError, match="SparseMatcher"):
        SparseMatcher(nlp.vocab).add("bad", [pattern])
