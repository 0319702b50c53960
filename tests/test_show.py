"""`newsfacts show`: span nesting, the terminal view, the HTML page, and a real browser."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from extractor.body import find_body
from extractor.cli import app
from extractor.records import Actor, Claim, DateFact, Distance, Mention, Record
from extractor.show import (
    Span,
    View,
    esc,
    nest,
    render_html,
    render_terminal,
    show,
    terminal_text,
)

# An invented article: an emoji before facts, a date and an actor inside a claim, a `<script>`.
TEXT = (
    "Harbour news 🚢🚢\n\n"
    'Port chief Lena Brandt said on Monday that the ferry "will sail 120 km <script>alert(1)'
    '</script> to Visby" by June.\n\n'
    "Brandt met officials from Sweden later.\n"
)


def _at(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def _common(sub: str, nth: int = 0) -> dict[str, Any]:
    start, end = _at(sub, nth)
    return {"doc": "t", "text": sub, "start": start, "end": end, "rule": "test", "sentence": 0}


def _records() -> list[Record]:
    brandt = [_at("Lena Brandt"), _at("Brandt", 1)]
    speaker = _at("Port chief Lena Brandt")
    claim_start, claim_end = speaker[0], _at("by June.")[1] - 1
    content = _at('that the ferry "will sail')[0], claim_end
    return [
        Actor(
            **_common("Lena Brandt"),
            id="A1",
            name="Lena Brandt",
            type="person",
            mentions=[Mention(start=s, end=e, text=TEXT[s:e]) for s, e in brandt],
            aliases=["Brandt"],
            roles=["port chief"],
            affiliation=None,
            country_code=None,
        ),
        Actor(
            **_common("Sweden"),
            id="A2",
            name="Sweden",
            type="country",
            mentions=[Mention(start=_at("Sweden")[0], end=_at("Sweden")[1], text="Sweden")],
            aliases=[],
            roles=[],
            affiliation=None,
            country_code="SWE",
        ),
        DateFact(
            **_common("Monday"),
            id="T1",
            type="date",
            value="2025-03-10",
            granularity="day",
            relative=True,
            approximate=False,
            mod=None,
            freq=None,
        ),
        DateFact(
            **_common("June"),
            id="T2",
            type="date",
            value="2025-06",
            granularity="month",
            relative=True,
            approximate=False,
            mod=None,
            freq=None,
        ),
        Distance(
            **_common("120 km"),
            id="D1",
            value=120,
            unit="km",
            meters=120000,
            qualifier="exact",
            max_value=None,
            same_as=None,
        ),
        Claim(
            doc="t",
            text=TEXT[claim_start:claim_end],
            start=claim_start,
            end=claim_end,
            rule="test",
            sentence=0,
            id="C1",
            speaker="Port chief Lena Brandt",
            speaker_start=speaker[0],
            speaker_end=speaker[1],
            speaker_id="A1",
            speaker_ids=["A1"],
            cue="say",
            cue_start=_at("said")[0],
            cue_end=_at("said")[1],
            content=TEXT[content[0] : content[1]],
            content_start=content[0],
            content_end=content[1],
            content_fragments=[content],
            quote="mixed",
        ),
    ]


def _view(records: list[Record] | None = None, text: str = TEXT) -> View:
    return View(
        doc="harbour <test>.txt",
        text=text,
        body=find_body(text),
        records=_records() if records is None else records,
        document=None,
    )


def _expected(records: list[Record]) -> list[tuple[str, str]]:
    """(kind, text) of every highlight the page must hold: per mention for actors."""
    out = []
    for record in records:
        if isinstance(record, Actor):
            out.extend((record.kind, m.text) for m in record.mentions)
        else:
            out.append((record.kind, record.text))
    return sorted(out)


class _Marks(HTMLParser):
    """Collects every `mark.f` element's kind, attributes and full text content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict[str, str | None], list[str]] | None] = []
        self.marks: list[tuple[str, dict[str, str | None], str]] = []
        self.scripts: list[str] = []
        self.body_attrs: dict[str, str | None] = {}
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "body":
            self.body_attrs = found
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        classes = (found.get("class") or "").split()
        self.open.append((tag, found, []) if tag == "mark" and "f" in classes else None)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        item = self.open.pop()
        if item is not None:
            kind = next(c[2:] for c in (item[1]["class"] or "").split() if c.startswith("f-"))
            self.marks.append((kind, item[1], "".join(item[2])))

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        for item in self.open:
            if item is not None:
                item[2].append(data)


def _marks(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    parser.close()
    return parser


# ----------------------------------------------------------------------------- nesting


def _tree(node: Span) -> list[Any]:
    return [(c.layer, c.start, c.end, c.part, _tree(c)) for c in node.children]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param(
            [Span(5, 9, "date"), Span(0, 20, "claim")],
            [("claim", 0, 20, False, [("date", 5, 9, False, [])])],
            id="date-inside-claim",
        ),
        pytest.param(
            [Span(0, 6, "speaker"), Span(0, 6, "actor"), Span(0, 30, "claim")],
            [("claim", 0, 30, False, [("actor", 0, 6, False, [("speaker", 0, 6, False, [])])])],
            id="same-span-outer-by-rank",
        ),
        pytest.param(
            [Span(0, 10, "claim"), Span(8, 14, "date")],
            [("claim", 0, 10, False, [("date", 8, 10, True, [])]), ("date", 10, 14, True, [])],
            id="crossing-is-cut",
        ),
        pytest.param(
            [Span(0, 4, "actor"), Span(4, 8, "date"), Span(10, 12, "distance")],
            [("actor", 0, 4, False, []), ("date", 4, 8, False, []),
             ("distance", 10, 12, False, [])],
            id="adjacent",
        ),
    ],
)
def test_show_nest_lays_spans_into_a_tree(spans: list[Span], expected: list[Any]) -> None:
    assert _tree(nest(spans, 40)) == expected


# ----------------------------------------------------------------------------- HTML page


def test_show_html_has_one_highlight_per_fact_with_its_exact_text() -> None:
    records = _records()
    page = render_html([_view(records)])
    marks = _marks(page)
    assert sorted((kind, text) for kind, attrs, text in marks.marks) == _expected(records)
    assert not any("part" in (attrs["class"] or "") for _, attrs, _ in marks.marks)


def test_show_html_escapes_article_text() -> None:
    page = render_html([_view()])
    marks = _marks(page)
    claim = next(text for kind, _, text in marks.marks if kind == "claim")
    assert "<script>alert(1)</script>" in claim
    # Only the page's own two scripts: the fact table (JSON) and the behaviour.
    assert len(marks.scripts) == 2
    assert "alert(1)" not in marks.scripts[1]
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in marks.scripts[0]
    assert "<title>newsfacts: harbour &lt;test&gt;.txt</title>" in page


def test_show_html_is_self_contained() -> None:
    page = render_html([_view()])
    for needle in ("http://", "https://", " src=", "<link", "@import", "url("):
        assert needle not in page


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<b>&'\"", "&lt;b&gt;&amp;&#x27;&quot;"),
        ("🚢 plain", "🚢 plain"),
    ],
)
def test_show_esc_escapes_markup(value: str, expected: str) -> None:
    assert esc(value) == expected


def test_show_html_crossing_facts_are_cut_into_parts() -> None:
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
    marks = _marks(render_html([_view([claim, distance], text)])).marks
    parts = [text for kind, attrs, text in marks if kind == "distance"]
    assert parts == ["5", " km"]
    assert [t for k, _, t in marks if k == "claim"] == [text[:20]]


def test_show_html_holds_every_sample_fact(extractor: Any, samples: Path) -> None:
    """On the bundled HTML samples, whatever the extractors find is highlighted exactly."""
    for path in sorted(samples.glob("web_*.html")):
        (view,) = show(str(path), html_out=None, console=Console(file=io.StringIO()),
                       extractor=extractor)
        page = render_html([view])
        found = _marks(page).marks
        whole = sorted((k, t) for k, a, t in found if "part" not in (a["class"] or ""))
        records = [r for r in view.records if not _crosses_another(r, view.records)]
        assert set(_expected(records)) <= set(whole), path.name


def _crosses_another(record: Record, records: list[Record]) -> bool:
    spans = [(r.start, r.end) for r in records]
    return any(s < record.start < e < record.end or record.start < s < record.end < e
               for s, e in spans)


# ----------------------------------------------------------------------------- terminal


def test_show_terminal_dims_furniture() -> None:
    prompt = "Subscribe to our newsletter"
    text = f"{prompt}\n\n{TEXT}Share this article\n"
    styled = terminal_text(_view([], text))
    assert styled.plain == text
    dim = {(s.start, s.end) for s in styled.spans if str(s.style) == "dim"}
    assert (0, len(prompt)) in dim
    assert (text.index("Share this"), len(text) - 1) in dim


def test_show_terminal_prints_article_and_tables() -> None:
    console = Console(record=True, width=120, file=io.StringIO())
    render_terminal(_view(), console)
    out = console.export_text()
    assert "Port chief Lena Brandt said on Monday" in out
    assert "<script>alert(1)</script>" in out
    for heading in ("actors", "dates", "distances", "claims"):
        assert heading in out
    assert "SWE" in out and "port chief" in out and "120" in out and "mixed" in out
    assert "2025-06" in out


def test_show_terminal_styles_each_fact() -> None:
    styled = terminal_text(_view())
    spans = {(s.start, s.end, str(s.style)) for s in styled.spans}
    assert (*_at("Monday"), "bold green") in spans
    assert (*_at("120 km"), "bold magenta") in spans
    assert (*_at("Brandt", 1), "bold cyan") in spans


# ----------------------------------------------------------------------------- CLI


def test_show_cli_terminal_and_html(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials in Norway said on Monday that the bridge would reopen.\n")
    runner = CliRunner()
    result = runner.invoke(app, ["show", str(article), "--reference-date", "2025-03-11"])
    assert result.exit_code == 0, result.output
    assert "Officials in Norway said on Monday" in result.stdout
    out = tmp_path / "a.html"
    result = runner.invoke(app, ["show", str(article), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Officials in Norway" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "{tmp}/missing.txt"], "Error: {tmp}/missing.txt: no such file or directory"),
        (["show", "{tmp}"], "Error: {tmp}: is a folder; give one file"),
        (["show", "{tmp}/a.txt", "--html", "{tmp}/no/such/dir/x.html"], "Error: cannot write"),
        (["show", "{tmp}/a.txt", "--kinds", "colour"], "Error: unknown kind colour in --kinds"),
    ],
)
def test_show_cli_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("Officials said on Monday that the bridge reopened.\n")
    result = CliRunner().invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr.startswith(message.format(tmp=tmp_path))


# ----------------------------------------------------------------------------- a real browser

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p
                 and os.path.exists(p)), None)
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [CHROMIUM or "chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=180, check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")
def test_show_html_in_headless_chromium(tmp_path: Path) -> None:
    """After the page's script ran, every highlight holds its exact text, emoji before it too."""
    records = _records()
    page = tmp_path / "page.html"
    page.write_text(render_html([_view(records)]), encoding="utf-8")
    done = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = _marks(done.stdout)
    assert dom.body_attrs.get("data-check") == "ok"  # the script ran and checked each mark
    assert sorted((kind, text) for kind, _, text in dom.marks) == _expected(records)
    assert "<script>alert(1)</script>" in next(t for k, _, t in dom.marks if k == "claim")

    shot = tmp_path / "page.png"
    done = _chromium(tmp_path, "--window-size=1200,700", f"--screenshot={shot}",
                     page.as_uri() + "#d0-f4")
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.stat().st_size > 10_000
    keep = os.environ.get("NEWSFACTS_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
