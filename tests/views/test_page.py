"""`extractor.views.page`: the HTML page of `show`, read back by a parser and by a real browser."""

from __future__ import annotations

import io
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from article import expected_marks, read_marks, sample_records, sample_view
from browser import chromium, needs_chromium
from rich.console import Console

from extractor.records import Claim, Distance, Record
from extractor.views import esc, render_html, show
from extractor.views.page import fact_table


def test_page_html_has_one_highlight_per_fact_with_its_exact_text() -> None:
    records = sample_records()
    page = render_html([sample_view(records)])
    marks = read_marks(page)
    assert sorted((kind, text) for kind, attrs, text in marks.marks) == expected_marks(records)
    assert not any("part" in (attrs["class"] or "") for _, attrs, _ in marks.marks)


def test_page_html_escapes_article_text() -> None:
    page = render_html([sample_view()])
    marks = read_marks(page)
    claim = next(text for kind, _, text in marks.marks if kind == "claim")
    assert "<script>alert(1)</script>" in claim
    # Only the page's own two scripts: the fact table (JSON) and the behaviour.
    assert len(marks.scripts) == 2
    assert "alert(1)" not in marks.scripts[1]
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in marks.scripts[0]
    assert "<title>newsfacts: harbour &lt;test&gt;.txt</title>" in page


def test_page_filters_count_each_kind() -> None:
    """The invented article holds two actors (Lena Brandt, Sweden), one place (Visby), two dates
    (Monday, June), one distance (120 km), one claim and one event: one filter box each, in the
    table's order."""
    page = render_html([sample_view()])
    filters = re.findall(r'data-kind="(\w+)" checked> (\w+) <span class=n>(\d+)</span>', page)
    assert filters == [
        ("actor", "actor", "2"),
        ("place", "place", "1"),
        ("date", "date", "2"),
        ("distance", "distance", "1"),
        ("claim", "claim", "1"),
        ("event", "event", "1"),
    ]


def test_page_html_is_self_contained() -> None:
    page = render_html([sample_view()])
    for needle in ("http://", "https://", " src=", "<link", "@import", "url("):
        assert needle not in page


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<b>&'\"", "&lt;b&gt;&amp;&#x27;&quot;"),
        ("🚢 plain", "🚢 plain"),
    ],
)
def test_page_esc_escapes_markup(value: str, expected: str) -> None:
    assert esc(value) == expected


def test_page_html_crossing_facts_are_cut_into_parts() -> None:
    text = "Officials said the 5 km road opened Monday."
    claim = Claim(
        doc="t", text=text[:20], start=0, end=20, rule="t", sentence=0, id="C1", speaker=None,
        speaker_start=None, speaker_end=None, speaker_id=None, speaker_ids=[], cue="say",
        cue_start=10, cue_end=14, content="the 5", content_start=15, content_end=20,
        content_fragments=[(15, 20)], quote="indirect",
    )
    distance = Distance(
        doc="t", text="5 km", start=19, end=23, rule="t", sentence=0, id="D1", value=5, unit="km",
        meters=5000, qualifier="exact", max_value=None, same_as=None,
    )
    marks = read_marks(render_html([sample_view([claim, distance], text)])).marks
    parts = [text for kind, attrs, text in marks if kind == "distance"]
    assert parts == ["5", " km"]
    assert [t for k, _, t in marks if k == "claim"] == [text[:20]]


def test_page_html_holds_every_sample_fact(extractor: Any, samples: Path) -> None:
    """On the bundled HTML samples, whatever the extractors find is highlighted exactly."""
    for path in sorted(samples.glob("web_*.html")):
        (view,) = show(str(path), html_out=None, console=Console(file=io.StringIO()),
                       extractor=extractor)
        page = render_html([view])
        found = read_marks(page).marks
        whole = sorted((k, t) for k, a, t in found if "part" not in (a["class"] or ""))
        records = [r for r in view.records if not _crosses_another(r, view.records)]
        assert set(expected_marks(records)) <= set(whole), path.name


def _crosses_another(record: Record, records: list[Record]) -> bool:
    spans = [(r.start, r.end) for r in records]
    return any(s < record.start < e < record.end or record.start < s < record.end < e
               for s, e in spans)




# ----------------------------------------------------------------------------- a real browser


@needs_chromium
def test_page_html_in_headless_chromium(tmp_path: Path) -> None:
    """After the page's script ran, every highlight holds its exact text, emoji before it too."""
    records = sample_records()
    page = tmp_path / "page.html"
    page.write_text(render_html([sample_view(records)]), encoding="utf-8")
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = read_marks(done.stdout)
    assert dom.body_attrs.get("data-check") == "ok"  # the script ran and checked each mark
    assert sorted((kind, text) for kind, _, text in dom.marks) == expected_marks(records)
    assert "<script>alert(1)</script>" in next(t for k, _, t in dom.marks if k == "claim")

    shot = tmp_path / "page.png"
    done = chromium(tmp_path, "--window-size=1200,700", f"--screenshot={shot}",
                     page.as_uri() + "#d0-f4")
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.stat().st_size > 10_000
    keep = os.environ.get("NEWSFACTS_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)


def test_page_event_panel_reads_names_and_trigger_is_marked() -> None:
    view = sample_view()
    (event,) = [d for d in fact_table([view]).values() if d["kind"] == "event"]
    assert list(event)[:8] == ["kind", "who", "what", "whom", "where", "when", "how far", "counts"]
    assert (event["who"], event["whom"], event["where"]) == (
        "Lena Brandt",
        "officials from Sweden",
        "Sweden",
    )
    assert event["what"] == "met (meet, consult)" and event["when"] == "2025-03-10 (reference)"
    page = render_html([view])
    marks = [(kind, text) for kind, _, text in read_marks(page).marks]
    assert ("event", "Brandt met officials from Sweden") in marks
    assert '<span class="trigger">met</span>' in page
