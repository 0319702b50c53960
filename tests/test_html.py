"""HTML input: article text and date from saved pages; page furniture never yields a fact."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extractor import html as html_mod
from extractor.cli import app
from extractor.errors import InputError
from extractor.html import (
    clean_text,
    extract_article,
    is_dropped_line,
    looks_like_html,
    publication_date,
)
from extractor.records import Record
from extractor.sources import Source, read_path

# The article paragraphs of each sample page, in order: the whole extracted text.
SAMPLE_PARAGRAPHS = {
    "web_ferry.html": (
        date(2025, 3, 11),
        [
            "Maritime regulators approved an overnight ferry route between Aberdeen and Bergen",
            "The crossing of about 500 km is expected to take 14 hours",
            '"We have waited a long time for this decision, and we are ready to sail,"',
            "The Scottish government welcomed the approval.",
            'The company posted on social media: "Route confirmed 🚢 — first sailing on 2 June."',
            "Environmental groups were more cautious.",
        ],
    ),
    "web_glacier.html": (
        date(2024, 9, 18),
        [
            "The tongue of the Fellaria glacier in northern Italy has retreated",
            "Researchers led by glaciologist Chiara Benedetti measured the ice front",
            '"The retreat has accelerated sharply in the last ten years," Benedetti said',
            "The team also recorded a new lake about 800 metres long",
            "Mountain guides in the area said the traditional route",
        ],
    ),
    "web_breach.html": (
        date(2025, 2, 4),
        [
            "Attackers slipped a malicious <script> tag into a page of the Danish",
            'The ministry said the code, which began with <script src="//cdn-update.example/a.js">',
            '"No classified systems were affected," Foreign Minister Henrik Sandgaard told',
            "According to the security firm Nordvakt, the same group targeted",
            "Opposition lawmakers demanded an inquiry.",
        ],
    ),
}
# Furniture that each sample page holds inside its article markup (trafilatura keeps it).
SAMPLE_FURNITURE = {
    "web_ferry.html": ["By Maren Ostlund", "Related:", "Share this article", "Contact us",
                       "Reporting by", "cookies", "Most read", "Subscribe"],
    "web_glacier.html": ["Photo: Chiara", "Read more:", "science writer", "Contact us",
                         "comments", "You may also like", "Log in"],
    "web_breach.html": ["Sofie Lindqvist", "Advertisement", "Related:", "Follow us",
                        "More stories", "Sign in", "Contact us", "cookies"],
}


def _page(samples: Path, name: str) -> str:
    return (samples / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SAMPLE_PARAGRAPHS))
def test_html_sample_article_text_and_date(samples: Path, name: str) -> None:
    published, paragraphs = SAMPLE_PARAGRAPHS[name]
    article = extract_article(name, _page(samples, name))
    assert article.published == published
    pieces = article.text.split("\n\n")
    assert len(pieces) == len(paragraphs)
    for piece, opening in zip(pieces, paragraphs, strict=True):
        assert piece.startswith(opening)
    for furniture in SAMPLE_FURNITURE[name]:
        assert furniture not in article.text


@pytest.mark.parametrize("name", sorted(SAMPLE_PARAGRAPHS))
def test_html_sample_yields_no_fact_outside_the_article_body(
    extractor: Any, samples: Path, name: str
) -> None:
    """Every record, every actor mention, claim speaker and cue lies inside a paragraph."""
    (source,) = read_path(str(samples / name))
    assert isinstance(source, Source)
    _, paragraphs = SAMPLE_PARAGRAPHS[name]
    spans = []
    for opening in paragraphs:
        start = source.text.index(opening)
        end = source.text.find("\n", start)
        spans.append((start, len(source.text) if end < 0 else end))
    records = next(extractor.extract_sources([source])).records
    facts = [r for r in records if r.kind != "document"]
    assert facts, "the extractors found nothing at all"
    for record in facts:
        for start, end in _offsets(record):
            assert any(s <= start and end <= e for s, e in spans), (record.kind, record.text)
        assert source.text[record.start : record.end] == record.text
    document = records[-1].to_dict()
    assert document["reference_date"] == SAMPLE_PARAGRAPHS[name][0].isoformat()
    assert document["reference_date_source"] == "html"


def _offsets(record: Record) -> list[tuple[int, int]]:
    data = record.to_dict()
    out = [(data["start"], data["end"])]
    out += [(m["start"], m["end"]) for m in data.get("mentions", [])]
    for field in ("speaker", "cue", "content"):
        if data.get(f"{field}_start") is not None:
            out.append((data[f"{field}_start"], data[f"{field}_end"]))
    return out


def test_html_text_command_prints_exactly_the_indexed_text(samples: Path) -> None:
    path = str(samples / "web_ferry.html")
    result = CliRunner().invoke(app, ["text", path])
    assert result.exit_code == 0
    (source,) = read_path(path)
    assert result.stdout_bytes == source.text.encode("utf-8")  # type: ignore[union-attr]
    assert "🚢" in result.stdout


def test_html_reference_date_option_wins(samples: Path) -> None:
    path = str(samples / "web_glacier.html")
    result = CliRunner().invoke(
        app, ["extract", path, "--kinds", "document", "--reference-date", "2024-10-01"]
    )
    assert result.exit_code == 0
    assert '"reference_date": "2024-10-01", "reference_date_source": "option"' in result.stdout


def test_html_same_page_gives_the_same_text_every_time(samples: Path) -> None:
    """trafilatura's process-wide dedup cache would blank a page read three times."""
    page = _page(samples, "web_glacier.html")
    texts = {extract_article("p", page).text for _ in range(5)}
    assert len(texts) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("\ufeff  \n<html lang=en>", True),
        ("<!-- saved from url=(0022)https://a.example/x -->\n<!doctype html>", True),
        ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="x">', True),
        ("<!-- a comment -->\n<!-- another -->\n<HTML>", True),
        ("Lisbon said on Monday that <html> tags are fine.", False),
        ("<p>A fragment, not a page</p>", False),
        ("", False),
    ],
)
def test_html_looks_like_html(content: str, expected: bool) -> None:
    assert looks_like_html(content) is expected


@pytest.mark.parametrize(
    "line",
    [
        "By Maren Ostlund, Transport Correspondent",
        "By Ana Ruiz and Tom Lee",
        "Written by the Metro desk",
        "Reporting by Kari Fjeld in Bergen; editing by Tom Baird",
        "Additional reporting by Omar Said in Cairo.",
        "Photo: Lars Mykland / Northern Ledger",
        "Image: Getty Images",
        "Firefighters at the scene. (AP Photo/Jo Smith)",
        "Related: Norway orders two electric ferries",
        "READ MORE: Floods close mountain road",
        "Advertisement",
        "Story continues below advertisement",
        "Share this article on Facebook, X or by email",
        "- Share on LinkedIn",
        "Published 4 February 2025",
        "Updated: 10:45 GMT",
        "Sofie Lindqvist · Copenhagen · 4 min read",
        "Have a story? Contact us at news@example.org",
        "Follow us on Bluesky for breaking news alerts from the whole region.",
        "Paolo Vesentini is a science writer based in Milan. Contact him at the desk.",
        "Sign up to the Morning Briefing",
        "|",
        "Home › World › Europe",
        "Firefighters at the scene in Athens on Tuesday. REUTERS/Jane Doe",
        "Rescue boats off the coast near Crete on Monday. Photo: Jo Smith/AFP",
        "Getty Images",
        "Image caption, Residents queue for water in the city",
        "Topics: Denmark, Cyber security",
        "12 comments",
        "Copyright 2025 The Associated Press. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "© Harbour Media 2025",
        "Sign up for our daily newsletter and get the best stories in your inbox every day.",
    ],
)
def test_html_furniture_lines(line: str) -> None:
    assert is_dropped_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the port had closed and ferries were diverted to the north.",
        "By then it was too late.",
        "The ferry will sail 500 km to Bergen, the operator said on Tuesday.",
        '"Contact us if you see anything," the police chief told residents.',
        "The report, compiled by the ministry, said 40 people had died in the floods.",
        "Officials did not say who had published the photo of the crash site online.",
        "The subscription service lost 2 million users in the quarter, the company said.",
        "Talks in Geneva",
        "Ingrid Halvorsen is the chief executive of the ferry operator.",
        "He declined to comment.",
        "More, he said, would follow.",
        "The minister told Reuters that the talks would resume in Geneva next month.",
        "More than 40 people were hurt, the fire service said.",
        "Share prices fell by 3% in Frankfurt after the announcement on Friday.",
        "Print newspapers lost a fifth of their readers in the past ten years, the study said.",
    ],
)
def test_html_article_lines_are_kept(line: str) -> None:
    assert not is_dropped_line(line)


def test_html_clean_text_drops_furniture_and_trailing_headline_lists() -> None:
    raw = "\n".join(
        [
            "By Ana Ruiz",
            "Officials in Lisbon said on Monday that the bridge would reopen in May.",
            "Advertisement",
            "Traffic will be limited to buses and taxis for the first two weeks, they said.",
            "Lisbon metro adds night trains",
            "Porto airport expansion delayed",
        ]
    )
    assert clean_text(raw) == (
        "Officials in Lisbon said on Monday that the bridge would reopen in May.\n\n"
        "Traffic will be limited to buses and taxis for the first two weeks, they said."
    )


def test_html_clean_text_drops_an_embedded_post_with_its_signature() -> None:
    raw = "\n".join(
        [
            "Officials in Lisbon said on Monday that the bridge would reopen in May.",
            "CLOSED: The bridge is shut to all traffic until May. Use the ferry instead.",
            "— Lisbon City Hall (@lisboncity) March 3, 2025",
            "Traffic will be limited to buses and taxis for the first two weeks, they said.",
        ]
    )
    assert clean_text(raw) == (
        "Officials in Lisbon said on Monday that the bridge would reopen in May.\n\n"
        "Traffic will be limited to buses and taxis for the first two weeks, they said."
    )


def test_html_clean_text_drops_a_summary_box() -> None:
    raw = "\n".join(
        [
            "Officials in Lisbon said on Monday that the bridge would reopen in May.",
            "Quick read:",
            "- The bridge reopens in May.",
            "Buses and taxis only at first.",
            "Traffic will be limited to buses and taxis for the first two weeks, they said. "
            "Cyclists will have a lane of their own.",
        ]
    )
    assert clean_text(raw) == (
        "Officials in Lisbon said on Monday that the bridge would reopen in May.\n\n"
        "Traffic will be limited to buses and taxis for the first two weeks, they said. "
        "Cyclists will have a lane of their own."
    )


def test_html_clean_text_keeps_everything_when_no_prose_is_left() -> None:
    assert clean_text("Share this\nGallery: ten photos") == "Share this\n\nGallery: ten photos"


@pytest.mark.parametrize(
    ("precise", "balanced", "chosen"),
    [
        ("A first long paragraph of the article that ends here.", None, "precise"),
        (None, "The balanced mode found this paragraph of the article text.", "balanced"),
        (
            "Just one short sentence of the article was kept here.",
            "\n".join(["A long paragraph of the article text that has many words."] * 6),
            "balanced",
        ),
        (
            "A first long paragraph of the article that ends here.\n" * 2,
            "A first long paragraph of the article that ends here.\n" * 3,
            "precise",
        ),
    ],
)
def test_html_precision_unless_it_lost_most_of_the_article(
    monkeypatch: pytest.MonkeyPatch, precise: str | None, balanced: str | None, chosen: str
) -> None:
    def fake(html: str, **mode: bool) -> str | None:
        return precise if mode.get("favor_precision") else balanced

    monkeypatch.setattr(html_mod, "_trafilatura", fake)
    assert html_mod._main_text("<html></html>") == {"precise": precise, "balanced": balanced}[
        chosen
    ]


_LEAD = "Ferry crews in Tallinn walked out on Monday over a pay offer, the union said."
_MIDDLE = "The port authority said about 40 sailings had been cancelled by midday."
_LAST = "Talks between the union and the ferry operators are due to resume on Wednesday."


@pytest.mark.parametrize(
    ("precise", "balanced", "expected"),
    [
        # precision mode dropped the last block: the paragraph after it comes back
        (f"{_LEAD}\n{_MIDDLE}", f"{_LEAD}\n{_MIDDLE}\n{_LAST}", f"{_LEAD}\n{_MIDDLE}\n{_LAST}"),
        # ... and a live blog's last entry with its heading
        (
            f"{_LEAD}\n{_MIDDLE}",
            f"{_LEAD}\n{_MIDDLE}\nTalks to resume\n{_LAST}",
            f"{_LEAD}\n{_MIDDLE}\nTalks to resume\n{_LAST}",
        ),
        # ... and a paragraph before its first line
        (f"{_MIDDLE}\n{_LAST}", f"{_LEAD}\n{_MIDDLE}\n{_LAST}", f"{_LEAD}\n{_MIDDLE}\n{_LAST}"),
        # a list's heading, furniture or a title with no paragraph after it ends the article
        (f"{_LEAD}\n{_MIDDLE}", f"{_LEAD}\n{_MIDDLE}\nRelated stories\n{_LAST}", None),
        (f"{_LEAD}\n{_MIDDLE}", f"{_LEAD}\n{_MIDDLE}\nSign up for our newsletter\n{_LAST}", None),
        (f"{_LEAD}\n{_MIDDLE}", f"{_LEAD}\n{_MIDDLE}\nTalks to resume\nMore news", None),
    ],
)
def test_html_precision_takes_back_the_paragraphs_beside_it(
    monkeypatch: pytest.MonkeyPatch, precise: str, balanced: str, expected: str | None
) -> None:
    def fake(html: str, **mode: bool) -> str | None:
        return precise if mode.get("favor_precision") else balanced

    monkeypatch.setattr(html_mod, "_trafilatura", fake)
    assert html_mod._main_text("<html></html>") == (expected or precise)


def test_html_live_blog_keeps_its_last_entry() -> None:
    # each entry closed by a share link: trafilatura's precision mode drops the last one
    entries = [
        "Ferry crews in Tallinn walked out on Monday morning over a pay offer that the union "
        "called an insult to workers who kept the routes open through the winter storms.",
        "The port authority said about 40 sailings to Helsinki had been cancelled by midday, "
        "leaving hundreds of passengers waiting in the terminal for news of later departures.",
        "“We asked for a fair deal and were offered less than inflation,” said union negotiator "
        "Kadri Tamm. “Nobody wanted to strike in the busiest week of the month.”",
        "Transport minister Jaan Lepp said the government would not step in but urged both "
        "sides to return to talks before the weekend, when demand usually doubles.",
        "Operators said passengers would be offered refunds or places on flights, and that a "
        "reduced timetable of about 12 sailings a day could run from Thursday.",
    ]
    blocks = "".join(
        f'<div class="block"><p>{text}</p>'
        '<div class="block-share"><a href="#">Share</a></div></div>'
        for text in entries
    )
    page = (
        "<html><head><title>T</title></head><body><main><article>"
        f'<h1>Ferry crews strike in Tallinn</h1><div class="live">{blocks}</div>'
        "</article></main></body></html>"
    )
    text = extract_article("live.html", page).text
    assert [entry in text for entry in entries] == [True] * len(entries)


_FIRST_HALF = [
    "Health officials in Tarrow said on Wednesday that a pupil at the harbour school had "
    "measles, and that about 40 classmates without proof of vaccination must stay home.",
    "It is the first confirmed case in the district since 2019, and officials said the child "
    "had recently returned from a trip abroad before falling ill at the end of last week.",
]
_SECOND_HALF = [
    "Anyone who visited the school library on Monday and develops a fever or a rash within "
    "three weeks should call a doctor before going to a clinic, the health department said.",
    "The school will stay open, and pupils kept at home will be sent their lessons each day "
    "until the three-week watch period ends in early May, the head teacher wrote to parents.",
]


def _split_page(later_paragraph_class: str) -> str:
    """A story closed before a full-width advertisement and continued in a second container
    of the same class; a related-stories box after it reuses that container class."""
    first = "".join(f'<p class="story-p">{text}</p>' for text in _FIRST_HALF)
    second = "".join(f'<p class="{later_paragraph_class}">{text}</p>' for text in _SECOND_HALF)
    teaser = (
        "Ferry fares across the bay are set to rise by a tenth in June after the operator "
        "said fuel and wages had cost it far more than planned over the past year."
    )
    return (
        "<html><head><title>Measles case at Tarrow school</title></head><body><main><article>"
        f'<h1>Measles case at Tarrow school</h1><div class="story-body">{first}</div>'
        '</article><div class="ad-break"><p class="ad-label">Advertisement</p></div>'
        f'<div class="grid"><div class="story-body">{second}</div></div>'
        f'<aside><div class="story-body"><p class="teaser">{teaser}</p></div></aside>'
        "</main></body></html>"
    )


def test_html_article_split_by_an_advertisement_keeps_its_second_half() -> None:
    text = extract_article("split.html", _split_page("story-p")).text
    assert text.split("\n\n") == ["Measles case at Tarrow school", *_FIRST_HALF, *_SECOND_HALF]


def test_html_later_container_with_other_paragraphs_is_not_the_article() -> None:
    text = extract_article("split.html", _split_page("promo-p")).text
    assert text.split("\n\n") == ["Measles case at Tarrow school", *_FIRST_HALF]


_PARA = "<p>Officials in Lisbon said the bridge over the Tagus river would reopen next spring.</p>"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            '<html><head><meta property="article:published_time" content="2024-05-02T08:00:00Z">'
            f"</head><body><article>{_PARA}</article></body></html>",
            date(2024, 5, 2),
        ),
        (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-11-20T10:00:00+01:00"}</script></head>'
            f"<body><article>{_PARA}</article></body></html>",
            date(2023, 11, 20),
        ),
        (
            f'<html><body><article><time datetime="2022-07-14">14 July</time>{_PARA}'
            "</article></body></html>",
            date(2022, 7, 14),
        ),
        (
            "<!-- saved from url=(0045)https://news.example/2021/03/09/bridge-story -->\n"
            f"<html><body><article>{_PARA}</article></body></html>",
            date(2021, 3, 9),
        ),
        (
            f"<html><body><article><p>Published 4 February 2025</p>{_PARA}</article>"
            "<footer>Copyright 2019-2025 Example</footer></body></html>",
            date(2025, 2, 4),
        ),
        (
            f"<html><body><article>{_PARA}</article><footer>Copyright 2019-2025 Example</footer>"
            "</body></html>",
            None,
        ),
        # a publication line above the article, in the page's furniture, with no metadata
        (
            '<html><body><header><nav><a href="/">News</a> | <a href="/w">Weather</a></nav>'
            "<div class='meta'><span>By Ana Reis</span> | <span>Published: Mar. 12, 2024 at "
            "6:03 PM EDT</span> | <a href='#'>Share</a></div></header>"
            f"<main><article><h1>Bridge to reopen</h1>{_PARA * 3}</article></main></body></html>",
            date(2024, 3, 12),
        ),
    ],
)
def test_html_publication_date(page: str, expected: date | None) -> None:
    article = extract_article("p", page)
    assert article.published == expected


def test_html_publication_date_survives_broken_markup() -> None:
    assert publication_date("<html><head><meta name='date' content='not a date'>") is None


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>",
        "<html><head><script>var a = '<p>not text</p>';</script></head><body></body></html>",
    ],
)
def test_html_page_without_article_is_an_input_error(page: str) -> None:
    with pytest.raises(InputError, match="no article text found"):
        extract_article("empty.html", page)


def test_html_content_sniffed_without_suffix(tmp_path: Path, samples: Path) -> None:
    saved = tmp_path / "article.txt"
    saved.write_bytes((samples / "web_breach.html").read_bytes())
    (source,) = read_path(str(saved))
    assert isinstance(source, Source)
    assert source.text.startswith("Attackers slipped a malicious <script> tag")
    assert source.reference_date_source == "html"
