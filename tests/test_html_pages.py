"""Saved pages with real-looking furniture (tests/pages/, invented articles): the article text
comes out whole, and no fact comes from the cookie banner, navigation, newsletter box, comment
prompt, contact line, sidebar, footer or the site's own name. Where trafilatura finds no
article, the page's visible text is read with a warning and the body finder keeps the
furniture out.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extractor import Extractor
from extractor.cli import app
from extractor.html import clean_text, extract_article
from extractor.site import Site, find_site
from extractor.sources import Source, read_path
from extractor.visible_text import visible_text

PAGES = Path(__file__).resolve().parent / "pages"

# Each page's article, paragraph by paragraph, as the reader sees it.
DREDGING = [
    "Regulators on Monday approved a plan to deepen the shipping channel into the Port of "
    "Valmora, allowing container ships of up to 14,000 boxes to dock there for the first time.",
    "The dredging, which will lower the channel by about 3 metres along a stretch of 11 km, is "
    "expected to start in March and to cost 210 million euros, the port authority said in a "
    "statement.",
    '"This decision keeps Valmora in the first division of European ports," said Renata '
    "Okafor, the authority's chief executive. \"Without it, the biggest ships would simply sail "
    'past us."',
    "Fishermen's groups have opposed the plan, saying that the work would disturb spawning "
    "grounds at the mouth of the Serra estuary. The Valmora Fishing Cooperative said it would "
    "appeal against the ruling.",
    "Environment minister Paulo Brandt told parliament last week that the government would "
    "monitor the estuary closely during the work.",
]
WIND_FARM = [
    "Brenmouth councillors voted on Wednesday to support a 40-turbine wind farm about 18 miles "
    "off the town's coast, clearing the last local hurdle for a project that has divided "
    "residents for three years.",
    "The vote, 31 to 9, followed a five-hour debate in which the council leader, Martin "
    "Oyelaran, said the scheme would bring 300 jobs to the harbour and power for about 200,000 "
    "homes.",
    '"We cannot ask our children to live with the consequences of our caution," Oyelaran told '
    "the chamber.",
    "Opponents, including the Brenmouth Fishermen's Association, argued that the turbines would "
    "close fishing grounds that local boats have worked for generations. Its secretary, Gwen "
    "Tallis, said the association would ask the government to review the decision.",
    "The developer, Northsea Renewables, said construction could begin in 2027 if national "
    "ministers approve the plans next year.",
]
# Words of each page's furniture: no record may hold them.
DREDGING_FURNITURE = [
    "Coastline Courier", "Morning Tide", "hear what you think", "conversation", "newsdesk",
    "Shipping lines", "Lucia Ferraz", "Porto Nuevo", "Seaboard Media", "Quay Street", "cookie",
]
WIND_FARM_FURNITURE = [
    "Brenmouth Standard", "Tideway Media", "Never miss", "hear what you think", "Have your say",
    "Lifeboat", "Carrick Point", "Harbour Street", "marina", "Dele Amos", "Market Square",
    "cookies", "What's on",
]


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def _nested(page: str, depth: int) -> str:
    """The same page with its body wrapped `depth` elements deep (deeper than lxml reads)."""
    return page.replace("<body>", "<body>" + "<div>" * depth).replace(
        "</body>", "</div>" * depth + "</body>"
    )


def _facts(extractor: Extractor, source: Source) -> list[dict[str, Any]]:
    records = next(extractor.extract_sources([source])).records
    return [r.to_dict() for r in records if r.kind != "document"]


def _strings(record: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in record.items() if k != "doc"}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("name", "article", "published"),
    [
        ("harbour_dredging.html", DREDGING, date(2024, 10, 8)),
        ("wind_farm_vote.html", WIND_FARM, date(2025, 5, 14)),
    ],
)
def test_html_pages_article_text_is_the_article_alone(
    name: str, article: list[str], published: date
) -> None:
    found = extract_article(name, _page(name))
    assert found.text == "\n\n".join(article)
    assert found.published == published
    assert found.warning is None


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        ("harbour_dredging.html", DREDGING_FURNITURE),
        ("wind_farm_vote.html", WIND_FARM_FURNITURE),
    ],
)
def test_html_pages_no_fact_from_furniture(
    extractor: Extractor, name: str, furniture: list[str]
) -> None:
    (source,) = read_path(str(PAGES / name))
    assert isinstance(source, Source)
    facts = _facts(extractor, source)
    for record in facts:
        for words in furniture:
            assert words.lower() not in _strings(record).lower(), (words, record["text"])


def test_html_pages_article_facts_kept(extractor: Extractor) -> None:
    (source,) = read_path(str(PAGES / "wind_farm_vote.html"))
    assert isinstance(source, Source)
    facts = _facts(extractor, source)
    people = {r["name"] for r in facts if r["kind"] == "actor" and r["type"] == "person"}
    assert {"Martin Oyelaran", "Gwen Tallis"} <= people
    speakers = {r["speaker"] for r in facts if r["kind"] == "claim"}
    assert {"Martin Oyelaran", "Oyelaran", "Gwen Tallis", "Northsea Renewables"} <= speakers
    # Wednesday 14 May 2025 is the publication day; "next year" is 2026.
    dates = {(r["text"], r["value"]) for r in facts if r["kind"] == "date"}
    assert {("Wednesday", "2025-05-14"), ("next year", "2026"), ("2027", "2027")} <= dates
    (distance,) = [r for r in facts if r["kind"] == "distance"]
    assert (distance["text"], distance["value"], distance["unit"]) == ("about 18 miles", 18, "mi")


def test_html_pages_too_deep_for_lxml_read_as_visible_text(extractor: Extractor) -> None:
    """20,000 nested elements: trafilatura finds nothing, the visible text is read instead,
    and the body finder keeps the banner, menu, sidebar and footer out of the facts."""
    page = _nested(_page("wind_farm_vote.html"), 20_000)
    found = extract_article("deep.html", page)
    assert found.warning == "deep.html: no article found in the HTML page; read its visible text"
    for paragraph in WIND_FARM:
        assert f"\n\n{paragraph}" in found.text
    assert "Brenmouth Standard" not in found.text  # the site's own lines are dropped
    source = Source(doc="deep.html", text=found.text, reference_date=found.published)
    facts = _facts(extractor, source)
    (shallow_source,) = read_path(str(PAGES / "wind_farm_vote.html"))
    assert isinstance(shallow_source, Source)
    shallow = {(r["kind"], r["text"]) for r in _facts(extractor, shallow_source)}
    headline = found.text.index("Council backs offshore wind farm off Brenmouth")
    headline_end = found.text.index("\n", headline)
    for record in facts:
        if (record["kind"], record["text"]) not in shallow:  # only the headline adds facts
            assert headline <= record["start"] < headline_end, record["text"]
        for words in WIND_FARM_FURNITURE:
            assert words.lower() not in _strings(record).lower(), (words, record["text"])
    assert shallow <= {(r["kind"], r["text"]) for r in facts}


def test_html_pages_snippet_in_jsonl_is_read_with_a_warning(tmp_path: Path) -> None:
    batch = tmp_path / "snippets.jsonl"
    batch.write_text(
        '{"id": "rome", "html": "<p>Rome on Friday</p>", "reference_date": "2025-03-07"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(batch), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr == (
        "Warning: rome: no article found in the HTML page; read its visible text\n"
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["kind"], r["text"]) for r in records] == [
        ("place", "Rome"),  # a capital that does nothing is the place
        ("date", "Friday"),
        ("document", ""),
    ]
    assert records[1]["value"] == "2025-03-07"  # the Friday of the reference week itself


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Rome on Friday</p>", "Rome on Friday"),
        (
            "<div><h1>Bridge reopens</h1><p>Traffic <b>resumed</b> at\n noon.</p>"
            "<script>var x = '<p>hidden</p>';</script><style>p {}</style>"
            "<ul><li>One</li><li>Two &amp; three</li></ul></div>",
            "Bridge reopens\nTraffic resumed at noon.\nOne\nTwo & three",
        ),
        ("<html><head><title>Only a title</title></head><body></body></html>", ""),
        ("<p>Unclosed <em>tags<p>still read", "Unclosed tags\nstill read"),
    ],
)
def test_html_pages_visible_text(html: str, expected: str) -> None:
    assert visible_text(html) == expected


@pytest.mark.parametrize(
    ("head", "names", "domain_key"),
    [
        (
            '<meta property="og:site_name" content="Coastline Courier">'
            "<title>Port wins approval - Coastline Courier</title>",
            ("Coastline Courier",),
            None,
        ),
        (
            "<title>Council backs wind farm | The Brenmouth Standard</title>",
            ("The Brenmouth Standard",),
            None,
        ),
        ("<title>Council backs wind farm</title>", (), None),
        (
            '<link rel="canonical" href="https://www.valmoradaily.example/news/1">'
            "<title>Port wins approval</title>",
            (),
            "valmoradaily",
        ),
    ],
)
def test_html_pages_site_name(head: str, names: tuple[str, ...], domain_key: str | None) -> None:
    page = f"<html><head>{head}</head><body><p>Text of the page.</p></body></html>"
    site = find_site(page)
    assert (site.names, site.domain_key) == (names, domain_key)


@pytest.mark.parametrize(
    ("line", "own"),
    [
        ("The Harbour Post", True),
        ("Harbour Post | World", True),
        ("Get the Harbour Post app on your phone and read every story offline.", True),
        ("The Harbour Post is part of Quayside Media. Registered in England and Wales.", True),
        ("This story first appeared on harbourpost.example", True),
        ("The minister told the Harbour Post on Monday that the ferry would sail again.", False),
        ("Officials in the port city said the harbour would reopen after the storm.", False),
    ],
)
def test_html_pages_site_own_lines(line: str, own: bool) -> None:
    site = Site(names=("The Harbour Post",), domain_key="harbourpost")
    assert site.is_own_line(line) is own


def test_html_pages_list_heading_takes_its_headlines_with_it() -> None:
    raw = "\n".join(
        [
            "Officials in Lisbon said on Monday that the bridge would reopen in May.",
            "Most read",
            "Mayor Ana Duarte opens new market",
            "Storm closes ferry terminal",
            "Traffic will be limited to buses and taxis for two weeks, they said.",
        ]
    )
    assert clean_text(raw) == (
        "Officials in Lisbon said on Monday that the bridge would reopen in May.\n\n"
        "Traffic will be limited to buses and taxis for two weeks, they said."
    )
