"""SparseMatcher and WordRunMatcher: the matches of spaCy's Matcher with the same patterns, in
the same order."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from extractor.extractors.sparse_matcher import SparseMatcher, WordRunMatcher

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


AMOUNT = [{"LOWER": {"REGEX": r"^\d+$"}}, {"LOWER": {"IN": ["to", "and", "-"]}, "OP": "*"}]
UNIT = {"LOWER": {"IN": ["km", "miles"]}}
WORD_PATTERNS = [
    [*AMOUNT, {"LOWER": {"REGEX": r"^\d+$"}, "OP": "?"}, {"IS_SPACE": True, "OP": "?"}, UNIT],
    [{"TEXT": {"REGEX": r"^\d+km$"}}],
]
WORD_TEXT = "Roads of 5 to 10 km and 20 miles, then 15km more; 3 and 4 and km. 7 km"


def _word_runs(nlp: Language, greedy: str | None) -> tuple[WordRunMatcher, Matcher]:
    words, plain = WordRunMatcher(nlp.vocab), Matcher(nlp.vocab)
    words.add("DISTANCE", WORD_PATTERNS, greedy=greedy)
    plain.add("DISTANCE", WORD_PATTERNS, greedy=greedy)
    return words, plain


def test_word_run_matcher_finds_the_longest_matches(nlp: Language) -> None:
    words, _ = _word_runs(nlp, "LONGEST")
    doc = nlp(WORD_TEXT)
    found = [doc[s:e].text for _, s, e in words(doc)]
    # longest first, then by start; "3 and 4 and km" has no place for its second "and" after
    # the optional number, so only "4 and km" matches; the tokenizer splits "15km" in two
    assert found == ["5 to 10 km", "4 and km", "20 miles", "15km", "7 km"]


@pytest.mark.parametrize("greedy", [None, "LONGEST"])
@pytest.mark.parametrize(
    "text", [WORD_TEXT, "", "km", "5 km", "no distance at all", "10\u00a0km and 5 - 6 miles"]
)
def test_word_run_matcher_same_as_matcher(nlp: Language, greedy: str | None, text: str) -> None:
    words, plain = _word_runs(nlp, greedy)
    doc = nlp(text)
    assert words(doc) == plain(doc)
    assert words(doc) == plain(doc)  # again, with every word's part known from the first call


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "five"}, {"POS": "NOUN"}],  # a tag is no word: it differs token by token
        [{"LOWER": "five"}, {"LOWER": "km", "OP": "?"}],  # may end on an optional token
        [],
    ],
)
def test_word_run_matcher_refuses_patterns_it_cannot_bound(nlp: Language, pattern: list) -> None:
    with pytest.raises(ValueError, match="WordRunMatcher"):
        WordRunMatcher(nlp.vocab).add("bad", [pattern])


def test_date_and_noun_matchers_never_start_at_a_function_word(nlp: Language) -> None:
    """A pattern opening with "the" or "of" makes the sparse matcher run the whole Matcher
    around nearly every sentence: their patterns start at the rarer word and the code checks
    the function word beside it."""
    from extractor.extractors.actors.tables import _build
    from extractor.extractors.dates.candidates import _matcher

    for matcher in (_matcher(nlp.vocab), _build(nlp.vocab, nlp.tokenizer).nouns):
        starts = {nlp.vocab.strings[i] for ids in matcher._starts.values() for i in ids}
        assert not starts & {"the", "a", "an", "of", "in", "to", "and", "on", "for", "at"}
