"""Offsets are sacred: on any document, every record's text is the document text at its span."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import Extractor
from extractor.sections import parse_long, sections
from extractor.sources import decode

FRAGMENTS = [
    "Foreign Minister Ana Duarte said on Tuesday that talks would resume next week.",
    '"We will not back down," the ministry said in a statement.',
    "The ferry sank about 40km (25 miles) off the coast of Crete last April.",
    "Moscow's decision, according to officials in Kyiv, came at about noon (09:00 GMT).",
    "Президент Россия Владимир встретился 5 марта.",
    "Café owners in São Tomé — 54-year-old Zoë among them — met in 2023.",
    "Sign up to read this article",
    "Rescuers searched 12 nautical miles from Piraeus for two weeks.",
    "‘It’s over,’ she said, “for now”.",
    "OSLO (AP) _ Marin _ perhaps under pressure _ has said she will not resign.",
    '"The first part," he said. "And then',
    "The mill first opened in October 2001.",
    "Sales rose in the January-March quarter, the firm said last month.",
]
NOISE = st.sampled_from(["\r\n", "\n\n", "\t", " ", "😀", "🇰🇷", "e\u0301", "\u200b", "\ufeff", "’"])
DOCUMENTS = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        NOISE,
        st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=12),
    ),
    max_size=14,
)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=DOCUMENTS, bom=st.booleans())
def test_properties_every_span_indexes_the_document_text(extractor: Extractor, parts, bom) -> None:
    raw = ("\ufeff" if bom else "") + "".join(parts)
    text, _ = decode("generated.txt", raw.encode("utf-8"))
    assert text == raw.removeprefix("\ufeff")
    records = extractor.extract(text, doc_id="g", reference_date=date(2025, 1, 6))
    *facts, document = records
    assert (document.status, document.error, document.chars) == ("ok", None, len(text))
    for record in facts:
        assert text[record.start : record.end] == record.text
        assert 0 <= record.start <= record.end <= len(text)
        for mention in getattr(record, "mentions", ()):
            assert text[mention.start : mention.end] == mention.text
        if record.kind == "claim":
            pieces = [text[s:e] for s, e in record.content_fragments]
            assert record.content == " ".join(pieces)
            assert record.content_fragments[0][0] == record.content_start
            assert record.content_fragments[-1][1] == record.content_end
            if record.speaker_start is not None:
                assert text[record.speaker_start : record.speaker_end] == record.speaker


@given(
    text=st.text(alphabet=st.sampled_from("ab. A\n\r\t😀é"), max_size=400), size=st.integers(5, 60)
)
def test_properties_sections_tile_the_text_with_bounded_margins(text: str, size: int) -> None:
    pieces = sections(text, size)
    kept = [(p.start + p.keep_start, p.start + p.keep_end) for p in pieces]
    assert "".join(text[a:b] for a, b in kept) == text
    assert all(a < b for a, b in kept) or text == ""
    for piece, (a, b) in zip(pieces, kept, strict=True):
        assert 0 <= piece.start <= a <= b <= piece.end <= len(text)
        assert piece.end - piece.start <= size * 7 // 4 + 1  # section, look-ahead, margins


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=DOCUMENTS, size=st.integers(40, 400))
def test_properties_sections_parse_to_one_doc_over_the_text(nlp, parts, size: int) -> None:
    document = "".join(parts) * 3
    doc = parse_long(nlp, document, size)
    assert doc.text == document
    assert all(document[t.idx : t.idx + len(t)] == t.text for t in doc)
