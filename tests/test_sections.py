"""Long texts are parsed in sections: where they are cut, and that the joined parse is the
parse of the whole text where no cut falls inside a sentence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import IDS
from spacy.tokens import Doc

from extractor.sections import (
    ARRAY_ATTRS,
    Joined,
    Section,
    blank_doc,
    cuts,
    parse,
    parse_long,
    sections,
)


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        # paragraph breaks "\n\n" at 9 and 20; each cut is where the next paragraph starts
        ("aaaa bbbb\n\ncccc dddd\n\neeee", 12, [11, 22]),
        # no paragraph break: line ends at 9 and 19
        ("aaaa bbbb\ncccc dddd\neeee", 12, [10, 20]),
        # no line end: sentence ends ". " at 7 and 19, each before a capital
        ("One two. Three four. Five six.", 12, [9, 21]),
        # no sentence end: spaces, the last one in the second half of each span
        ("aaaa bbbb cccc dddd", 8, [5, 10, 15]),
        # nothing to cut at: every `size` characters
        ("x" * 30, 10, [10, 20]),
        # short enough: no cut
        ("aaaa bbbb", 12, []),
    ],
)
def test_sections_cuts_prefer_paragraphs_then_lines_sentences_spaces(
    text: str, size: int, expected: list[int]
) -> None:
    assert cuts(text, size) == expected


def test_sections_margins_start_and_end_at_word_bounds() -> None:
    text = "aaaa bbbb\n\ncccc dddd\n\neeee"
    # size 12: margins of 12 // 4 = 3 characters; one before a cut starts after the last space
    # within it, one after a cut ends at a space in its second half, else after 3 characters
    assert sections(text, 12) == [
        Section(start=0, end=14, keep_start=0, keep_end=11),  # "ccc" after the cut at 11
        Section(start=10, end=25, keep_start=1, keep_end=12),  # the second "\n" before 11
        Section(start=21, end=26, keep_start=1, keep_end=5),  # the last "\n" before 22
    ]
    # a hard cut inside a word gets no margin on that side
    assert sections("x" * 30, 10)[1] == Section(start=10, end=20, keep_start=0, keep_end=10)


PARAGRAPHS = [
    f"The council of {town} voted on {day} to close the old bridge. Engineers said it was "
    f"unsafe after the floods. “We had no choice,” said the mayor, {mayor}."
    for town, day, mayor in (
        ("Leiria", "Monday", "Rui Costa"),
        ("Viseu", "Tuesday", "Ana Reis"),
        ("Guarda", "Wednesday", "Joao Pinto"),
        ("Tomar", "Thursday", "Marta Silva"),
        ("Evora", "Friday", "Luis Matos"),
        ("Beja", "Saturday", "Sara Nunes"),
    )
]


def test_sections_joined_parse_is_the_whole_parse_where_cuts_end_sentences(nlp) -> None:
    text = "\n\n".join(PARAGRAPHS)
    whole = nlp(text)
    joined = parse_long(nlp, text, 300)
    assert len(cuts(text, 300)) >= 3
    assert joined.text == text

    def analysis(doc):
        return [
            (t.idx, t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc
        ]

    assert analysis(joined) == analysis(whole)
    assert [s.text for s in joined.sents] == [s.text for s in whole.sents]


def test_sections_parse_keeps_order_over_short_and_long_texts(nlp, monkeypatch) -> None:
    monkeypatch.setattr(nlp, "max_length", 500)  # sections of 250 characters
    texts = ["Short one.", "\n\n".join(PARAGRAPHS), "", "Short two."]
    docs = list(parse(nlp, texts))
    assert [d.text for d in docs] == texts


BLANKS = " \n\t\r\u00a0\u2009\u3000\x0b\x0c\u2028"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=BLANKS, min_size=1, max_size=60))
def test_sections_a_blank_text_gets_the_pipelines_doc_without_the_pipeline(nlp, text) -> None:
    """A page's masked furniture around its body is one blank token: its Doc, made without
    running the model, carries every analysis the pipeline gives it."""
    made, parsed = blank_doc(nlp, text), nlp(text)
    assert made is not None
    assert made.text == text
    assert (made.to_array(ARRAY_ATTRS) == parsed.to_array(ARRAY_ATTRS)).all()


@pytest.mark.parametrize("text", ["", "Rain.", " Rain ", "\n\nRain\n"])
def test_sections_only_a_blank_text_is_made_without_the_pipeline(nlp, text: str) -> None:
    assert blank_doc(nlp, text) is None


def test_sections_parse_keeps_order_over_blank_and_worded_texts(nlp) -> None:
    texts = ["   \n\n", "Floods closed the bridge.", "\n", "\n\n", "It reopened."]
    docs = list(parse(nlp, texts))
    assert [d.text for d in docs] == texts
    assert [len(d) for d in docs] == [1, 5, 1, 1, 3]
    assert [d[0].pos_ for d in docs] == ["SPACE", "NOUN", "SPACE", "SPACE", "PRON"]


# Pieces of one text as the pipeline parses a document: a headline line before the body, the
# body, a line end after it; and two pieces meeting inside a line with no space between them.
JOINED_PIECES = [
    ["Bridge closed after floods\n", "\n\n".join(PARAGRAPHS[:2]), "\n"],
    ["TOMAR, May 2 - Talks ended", "without a deal, Marta Silva said in Lisbon on Friday."],
]


@pytest.mark.parametrize("pieces", JOINED_PIECES)
def test_sections_joined_docs_are_spacys_from_docs(nlp, pieces: list[str]) -> None:
    docs = [nlp(piece) for piece in pieces]
    expected = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    joined = Joined()
    for doc, piece in zip(docs, pieces, strict=True):
        joined.add(doc, piece)
    doc = joined.doc(nlp.vocab)
    assert doc.text == "".join(pieces)
    for name, attr in IDS.items():  # every token attribute spaCy can put in an array
        assert (doc.to_array([attr]) == expected.to_array([attr])).all(), name
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (e.start, e.end, e.label_) for e in expected.ents
    ]
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in expected.sents]
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in expected]


def test_sections_joined_stretch_cuts_what_points_outside(nlp) -> None:
    text = "Rui Costa met Ana Reis in Viseu. The talks ended."
    doc = nlp(text)
    joined = Joined()
    joined.add(doc, text, 0, 1, 4)  # "Costa met Ana": the entities' first and last words cut
    part = joined.doc(nlp.vocab)
    assert part.text == "Costa met Ana "
    # "Costa" was inside "Rui Costa": it begins an entity now; "Ana" still begins one
    assert [(t.text, t.ent_iob_) for t in part] == [("Costa", "B"), ("met", "O"), ("Ana", "B")]
    # "met" was the root; "Ana" hung on "Reis", outside: a root of its own now
    assert [t.head.i for t in part] == [1, 1, 2]
    assert part[2].dep_ == "dep"
