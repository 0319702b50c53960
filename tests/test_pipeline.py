"""The library pipeline: one Extractor, records as values, long texts in chunks, failures kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor import Document, Extractor, UsageError, pipeline
from extractor.extractors import EXTRACTORS
from extractor.sources import Failure, Source

PARAGRAPH = (
    "Foreign Minister Ana Duarte met Prime Minister Tomas Varga in Lisbon on Tuesday, "
    "and the ferry later sailed about 40km along the coast.\n\n"
)


def test_pipeline_extract_returns_facts_then_the_document_record(extractor: Extractor) -> None:
    records = extractor.extract(PARAGRAPH, doc_id="p", reference_date=date(2025, 3, 6))
    document = records[-1]
    assert isinstance(document, Document)
    assert [r.kind for r in records].count("document") == 1
    assert (document.doc, document.status, document.chars) == ("p", "ok", len(PARAGRAPH))
    assert (document.reference_date, document.reference_date_source) == ("2025-03-06", "option")
    assert (document.body_start, document.body_end) == (0, len(PARAGRAPH) - 2)
    kinds = [r.kind for r in records[:-1]]
    order = ["actor", "place", "date", "distance", "claim", "event"]
    assert kinds == sorted(kinds, key=order.index)


def test_pipeline_reference_date_from_a_publication_line(extractor: Extractor) -> None:
    text = "Published 12 May 2025\n\n" + PARAGRAPH
    document = extractor.extract(text)[-1]
    assert (document.reference_date, document.reference_date_source) == ("2025-05-12", "dateline")


def test_pipeline_no_reference_date_is_none(extractor: Extractor) -> None:
    document = extractor.extract(PARAGRAPH)[-1]
    assert (document.reference_date, document.reference_date_source) == (None, "none")


def test_pipeline_unknown_kind_is_a_usage_error(nlp) -> None:
    with pytest.raises(UsageError, match="unknown kind weather; valid kinds: document,"):
        Extractor(nlp=nlp, kinds=("date", "weather"))


def test_pipeline_failures_pass_through_in_order(extractor: Extractor) -> None:
    sources = [
        Source(doc="a", text=PARAGRAPH),
        Failure(doc="b", reason="binary file, not text"),
        Source(doc="c", text=""),
    ]
    results = list(extractor.extract_sources(sources))
    assert [(r.doc, r.error) for r in results] == [
        ("a", None),
        ("b", "binary file, not text"),
        ("c", None),
    ]
    assert results[1].records == [results[1].document]
    assert results[1].document.status == "failed"
    assert results[2].records == [results[2].document]


def test_pipeline_text_over_max_length_is_parsed_in_sections(nlp, monkeypatch) -> None:
    text = PARAGRAPH * 12
    whole = Extractor(nlp=nlp).extract(text, reference_date=date(2025, 3, 6))
    monkeypatch.setattr(nlp, "max_length", 700)
    chunked = Extractor(nlp=nlp).extract(text, reference_date=date(2025, 3, 6))
    assert chunked[-1].chars == len(text)
    assert [r.to_dict() for r in chunked] == [r.to_dict() for r in whole]
    for record in chunked[:-1]:
        assert text[record.start : record.end] == record.text


def test_pipeline_keeps_new_words_until_its_budget_then_drops_them_with_each_batch(
    nlp, monkeypatch
) -> None:
    """Below the budget a batch's new words stay in the vocabulary (the tokenizer caches only
    those); once it is spent, every batch runs in a memory zone and its new words go with it."""
    monkeypatch.setattr(pipeline, "PERMANENT_WORDS_BUDGET", 3)
    extractor = Extractor(nlp=nlp, kinds=("document",))
    extractor.extract("Quorvendil met Zaxtrombe and Plimquarro in Vostrelle.")
    assert all(w in nlp.vocab.strings for w in ("Quorvendil", "Zaxtrombe", "Vostrelle"))
    extractor.extract("Blorptangle met Quorvendil.")
    assert "Quorvendil" in nlp.vocab.strings
    assert "Blorptangle" not in nlp.vocab.strings


def test_pipeline_relative_dates_without_a_reference_date_are_warned_of_once(
    extractor: Extractor,
) -> None:
    text = "The envoy arrived on Monday and leaves next week; the treaty dates from 1998."
    (result,) = extractor.extract_sources([Source(doc="brief.txt", text=text)])
    assert result.warnings == (
        "brief.txt: no reference date, so 2 relative date expressions left without a value; "
        "give --reference-date YYYY-MM-DD",
    )
    dated = Source(doc="brief.txt", text=text, reference_date=date(2025, 3, 6))
    (result,) = extractor.extract_sources([dated])
    assert result.warnings == ()


def test_pipeline_a_failing_stage_fails_its_document_alone(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_dates, real_body = EXTRACTORS["date"], pipeline.find_body

    def dates(doc, ctx):
        if "Wednesday" in doc.text:
            raise IndexError("list index out of range")
        return real_dates(doc, ctx)

    def body(text: str, markup: tuple[tuple[int, int], ...] = ()):
        if "Thursday" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real_body(text, markup)

    texts = {
        "a": "Ministers met on Tuesday in Lisbon.",
        "b": "Ministers met on Wednesday in Porto.",
        "c": "Ministers met on Thursday in Braga.",
        "d": "Ministers met on Friday in Faro.",
    }
    sources = [Source(doc=k, text=v, reference_date=date(2025, 3, 6)) for k, v in texts.items()]
    clean = {r.doc: r.records for r in extractor.extract_sources([sources[0], sources[3]])}
    monkeypatch.setitem(EXTRACTORS, "date", dates)
    monkeypatch.setattr(pipeline, "find_body", body)
    results = list(extractor.extract_sources(sources))
    assert [(r.doc, r.error) for r in results] == [
        ("a", None),
        ("b", "internal error in the date extractor: IndexError: list index out of range"),
        ("c", "internal error in body detection: RecursionError: maximum recursion depth exceeded"),
        ("d", None),
    ]
    assert [results[1].document.status, results[2].document.status] == ["failed", "failed"]
    assert results[0].records == clean["a"]
    assert results[3].records == clean["d"]


# An article hard-wrapped at 72 columns (headline, byline, two paragraphs).
WRAPPED = (Path(__file__).parent / "fixtures" / "wrapped_article.txt").read_text(encoding="utf-8")


def _facts(records: list) -> list[tuple[str, int, int, str]]:
    return [(r.kind, r.start, r.end, r.text.replace("\n", " ")) for r in records[:-1]]


def test_pipeline_hard_wrapped_text_gives_the_facts_of_its_paragraphs(
    extractor: Extractor,
) -> None:
    unwrapped = "\n\n".join(p.replace("\n", " ") for p in WRAPPED.split("\n\n"))
    wrapped = extractor.extract(WRAPPED, reference_date=date(2025, 3, 5))
    assert _facts(wrapped) == _facts(extractor.extract(unwrapped, reference_date=date(2025, 3, 5)))
    claims = {r.speaker: r.content for r in wrapped if r.kind == "claim"}
    # a claim's content runs on over the line ends of its paragraph
    assert claims["Engineers"] == (
        "the flood barrier, built in 1998, had failed along a\nstretch of about 2 km"
    )
    assert claims["The regional government"] == "to rebuild it by\nnext spring"
    assert claims["the mayor"] == (
        "The river burst its banks on Monday and flooded the old town"
    )


def test_pipeline_a_headline_is_its_own_sentence(extractor: Extractor) -> None:
    text = (
        "Wildfire forces evacuation of hill villages\n\n"
        "Firefighters battled a wildfire on Monday in the hills west of the city.\n"
    )
    records = extractor.extract(text)
    evacuation = next(r for r in records if r.kind == "event" and r.trigger == "evacuation")
    # the headline's object ends with it: the paragraph below is another sentence
    assert (evacuation.object, evacuation.sentence) == ("hill villages", 0)
    battled = next(r for r in records if r.kind == "event" and r.trigger == "battled")
    assert (battled.text, battled.sentence) == ("Firefighters battled a wildfire on Monday", 1)


def test_pipeline_an_agency_dateline_is_no_part_of_the_first_sentence(
    extractor: Extractor,
) -> None:
    text = "DAKAR, July 8 (Reuters) - Senegal's navy rescued 87 people off the coast.\n"
    records = extractor.extract(text)
    rescued = next(r for r in records if r.kind == "event" and r.trigger == "rescued")
    assert rescued.text == "Senegal's navy rescued 87 people"
    assert rescued.start == text.index("Senegal")
