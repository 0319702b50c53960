"""Long texts are parsed in sections: where they are cut, and that the joined parse is the
parse of the whole text where no cut falls inside a sentence."""

from __future__ import annotations

import pytest

from extractor.sections import Section, cuts, parse, parse_long, sections


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
