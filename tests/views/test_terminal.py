"""`extractor.views.terminal`: the article, legend and tables `show` prints in a terminal."""

from __future__ import annotations

import io

from article import TEXT, at, sample_view
from rich.console import Console

from extractor.views import render_terminal, terminal_text


def test_terminal_dims_furniture() -> None:
    prompt = "Subscribe to our newsletter"
    text = f"{prompt}\n\n{TEXT}Share this article\n"
    styled = terminal_text(sample_view([], text))
    assert styled.plain == text
    dim = {(s.start, s.end) for s in styled.spans if str(s.style) == "dim"}
    assert (0, len(prompt)) in dim
    assert (text.index("Share this"), len(text) - 1) in dim


def test_terminal_prints_article_and_tables() -> None:
    console = Console(record=True, width=120, file=io.StringIO())
    render_terminal(sample_view(), console)
    out = console.export_text()
    assert "Port chief Lena Brandt said on Monday" in out
    assert "<script>alert(1)</script>" in out
    for heading in ("actors", "places", "dates", "distances", "claims"):
        assert heading in out
    assert "SWE" in out and "port chief" in out and "120" in out and "mixed" in out
    places = out[out.index("places") : out.index("dates")]
    assert "P1" in places and "Visby" in places and "city" in places and "2662689" in places
    assert "57.641, 18.296" in places  # to three decimals, about 100 m
    assert "2025-06" in out


def test_terminal_styles_each_fact() -> None:
    styled = terminal_text(sample_view())
    spans = {(s.start, s.end, str(s.style)) for s in styled.spans}
    assert (*at("Monday"), "bold green") in spans
    assert (*at("120 km"), "bold magenta") in spans
    assert (*at("Brandt", 1), "bold cyan") in spans
    assert (*at("Visby"), "bold blue") in spans


def test_terminal_event_table_names_who_what_whom_where_when() -> None:
    console = Console(record=True, width=160, file=io.StringIO())
    render_terminal(sample_view(), console)
    out = console.export_text()
    events = out[out.index("events") :]
    for heading in ("who", "what", "whom", "where", "when", "how far"):
        assert heading in events
    assert "Lena Brandt" in events and "met (meet, consult)" in events
    assert "officials from Sweden" in events and "2025-03-10 (reference)" in events


def test_terminal_styles_an_event_and_its_trigger() -> None:
    styled = terminal_text(sample_view())
    spans = {(s.start, s.end, str(s.style)) for s in styled.spans}
    assert (at("Brandt", 1)[0], at("Sweden")[1], "underline red") in spans
    assert (*at("met"), "bold red") in spans
