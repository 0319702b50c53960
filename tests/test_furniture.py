"""Issue 2 acceptance: page furniture yields nothing.

Every plain-text sample (and every document of the JSONL batch) is wrapped in generated page
furniture (site headers, navigation, calls to action, subscription prompts, bylines, share bars,
related-story lists, cookie banners, footers) in several styles, with a seeded random choice of
pieces. The records of the wrapped text must be exactly those of the bare sample, at offsets
shifted by the header's length, and no record may touch the furniture.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extractor import Extractor
from extractor.body import find_body
from extractor.sources import decode

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PLAIN_SUFFIXES = (".txt", ".md")
DEFAULT_DATE = date(2025, 3, 14)
# Fields of a record that hold a character offset into the document text.
OFFSET_FIELDS = (
    "start",
    "end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "same_as",
    "trigger_start",
    "trigger_end",
    "object_start",
    "object_end",
)

SITES = ["The Harbour Post", "Daily Meridian", "Northgate Herald", "Courier24", "The Lantern"]
SECTIONS = ["World", "Politics", "Business", "Europe", "Africa", "Asia Pacific", "Environment"]
RELATED = [
    "Container ship runs aground in estuary fog",
    "Dock workers vote on new pay offer",
    "Canal reopens after three-week closure",
    "Storm warning issued for northern coast",
    "Grain exports climb to record high",
    "Opposition calls for snap election",
    "Central bank chief signals patience on rates",
    "Heatwave grips south as reservoirs run low",
]
TEASERS = [
    "Officials said the ship would be refloated at high tide later in the week.",
    "Union leaders said members would be asked to vote again next month.",
    "Traders said the rise reflected strong demand from importers.",
]
REPORTERS = ["Ana Ribeiro", "Omar Haddad", "Lena Novak", "Kwame Asante", "Mei Tan"]


Style = Callable[[random.Random], tuple[list[str], list[str]]]


def _related(rng: random.Random, heading: str, n: int) -> list[str]:
    return [heading, *rng.sample(RELATED, n)]


def aggregator(rng: random.Random) -> tuple[list[str], list[str]]:
    """A news-aggregator app: marketing lines, the source's name twice, then a paywall."""
    site = rng.choice(SITES)
    header = [
        "Get every story that matters in one place.",
        "Hundreds of newspapers and magazines.",
        "Start reading",
        site,
        site,
        rng.choice(SECTIONS),
    ]
    footer = [
        "Sign up to read this article",
        "Read stories from the world's best newsrooms, picked for you.",
        "Already a subscriber? Sign in here",
        *_related(rng, "Related stories", rng.randint(2, 4)),
        "Try 14 days free",
        "Download the app",
    ]
    return header, footer


def newspaper(rng: random.Random) -> tuple[list[str], list[str]]:
    """A newspaper site: skip link, masthead, navigation row, account links, share bar."""
    site = rng.choice(SITES)
    nav = " | ".join(rng.sample(SECTIONS, 4))
    header = ["Skip to main content", site, "Menu", nav, "Sign in", "Subscribe"]
    footer = [
        "Share this article",
        "Facebook X WhatsApp Email",
        *_related(rng, f"More from {rng.choice(SECTIONS)}", 3),
        f"© 2025 {site}. All rights reserved.",
        "We use cookies to personalise content and ads. By continuing you accept our policy.",
        "Accept all cookies",
    ]
    return header, footer


def broadcaster(rng: random.Random) -> tuple[list[str], list[str]]:
    """A broadcaster's page: audio prompt, reading time, byline and timestamp, most-read list."""
    header = [
        rng.choice(["NEWS", "LIVE", "VIDEO"]),
        "Listen to this article",
        f"{rng.randint(2, 9)} min read",
        f"By {rng.choice(REPORTERS)}",
        f"Updated {rng.randint(1, 11)} hours ago",
        "Share",
    ]
    footer = [
        "Advertisement",
        *_related(rng, "Most read", rng.randint(3, 5)),
        "Follow us on Instagram",
        "Download our app",
        "Terms of use | Privacy policy | Contact us",
    ]
    return header, footer


def newsletter(rng: random.Random) -> tuple[list[str], list[str]]:
    """A blog or newsletter platform: subscribe boxes, teasers with summaries, comments."""
    site = rng.choice(SITES)
    header = [
        site,
        "Subscribe to our free newsletter",
        "Get the latest stories delivered to your inbox every morning.",
        "Sign in",
    ]
    teasers = []
    for title, summary in zip(rng.sample(RELATED, 2), rng.sample(TEASERS, 2), strict=True):
        teasers += [title, summary]
    footer = [
        "Subscribe now",
        "Enjoy unlimited access to all our stories for your whole family.",
        "You might also like",
        *teasers,
        "Comments",
        "Leave a comment",
        f"Copyright 2025 {site}",
    ]
    return header, footer


def wire(rng: random.Random) -> tuple[list[str], list[str]]:
    """A syndicated wire story: advert slot, byline, timestamp; credits and links after it."""
    a, b = rng.sample(REPORTERS, 2)
    header = [
        "Advertisement",
        f"By {a} and {b}",
        f"{rng.randint(3, 59)} minutes ago",
    ]
    footer = [
        f"Reporting by {a}; Editing by {b}",
        "Read more: " + rng.choice(RELATED),
        "Print this page",
        "Report an error",
        "All rights reserved.",
    ]
    return header, footer


STYLES: dict[str, Style] = {
    "aggregator": aggregator,
    "newspaper": newspaper,
    "broadcaster": broadcaster,
    "newsletter": newsletter,
    "wire": wire,
}


def _bare_documents() -> list[tuple[str, str]]:
    """(name, text) of every plain-text sample and of every JSONL document; empty ones left out."""
    docs = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in PLAIN_SUFFIXES:
            text, _ = decode(str(path), path.read_bytes())
            docs.append((path.name, text))
        elif path.suffix == ".jsonl":
            for raw in path.read_text(encoding="utf-8").splitlines():
                if raw.strip():
                    item = json.loads(raw)
                    docs.append((f"{path.name}:{item['id']}", item["text"]))
    return [(name, text) for name, text in docs if text.strip()]


def wrap(text: str, style: str, seed: str) -> tuple[str, int]:
    """`text` inside the furniture of `style`; the length of the header in front of it."""
    rng = random.Random(f"{style}:{seed}")
    header, footer = STYLES[style](rng)
    newline = "\r\n" if "\r\n" in text else "\n"
    gap = newline * rng.randint(1, 2)
    prefix = newline.join(header) + gap
    separator = "" if text.endswith(newline * 2) else newline if text.endswith(newline) else gap
    return prefix + text + separator + newline.join(footer) + newline, len(prefix)


def _shifted(record: dict[str, Any], shift: int) -> dict[str, Any]:
    """The record with every offset moved back by `shift`."""
    out = dict(record)
    out.pop("doc")
    if out["kind"] == "document":
        for field in ("sha256", "chars"):
            out.pop(field)
        for field in ("body_start", "body_end"):
            if out[field] is not None:
                out[field] -= shift
        return out
    for field in OFFSET_FIELDS:
        if out.get(field) is not None:
            out[field] -= shift
    if "mentions" in out:
        out["mentions"] = [
            {**m, "start": m["start"] - shift, "end": m["end"] - shift} for m in out["mentions"]
        ]
    if "content_fragments" in out:
        out["content_fragments"] = [[s - shift, e - shift] for s, e in out["content_fragments"]]
    if "figures" in out:
        out["figures"] = [
            {**f, "start": f["start"] - shift, "end": f["end"] - shift} for f in out["figures"]
        ]
    return out


def _spans(record: dict[str, Any]) -> list[tuple[int, int]]:
    """Every character span a record points at."""
    if record["kind"] == "document":
        return []
    spans = [(record["start"], record["end"])]
    pairs = (
        ("speaker_start", "speaker_end"),
        ("cue_start", "cue_end"),
        ("trigger_start", "trigger_end"),
        ("object_start", "object_end"),
    )
    for a, b in pairs:
        if record.get(a) is not None:
            spans.append((record[a], record[b]))
    if "content_start" in record:
        spans.append((record["content_start"], record["content_end"]))
    spans += [(m["start"], m["end"]) for m in record.get("mentions", [])]
    spans += [tuple(f) for f in record.get("content_fragments", [])]
    spans += [(f["start"], f["end"]) for f in record.get("figures", [])]
    return spans


DOCUMENTS = _bare_documents()


def test_furniture_covers_the_samples() -> None:
    assert len(DOCUMENTS) >= 12
    assert len(STYLES) >= 4


@pytest.fixture(scope="session")
def bare_records(extractor: Extractor) -> dict[str, tuple[date, list[dict[str, Any]]]]:
    """Each bare document's reference date and records.

    The reference date is the one the bare document states (its "Published" line or
    dateline), else `DEFAULT_DATE`, and the wrapped text gets the same one: a footer's
    copyright year may rightly inform the publication date, and this test is about the body.
    """
    out = {}
    for name, text in DOCUMENTS:
        found = extractor.extract(text, doc_id=name)[-1].reference_date
        day = date.fromisoformat(found) if found else DEFAULT_DATE
        out[name] = (
            day,
            [r.to_dict() for r in extractor.extract(text, doc_id=name, reference_date=day)],
        )
    return out


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize(("name", "bare"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_furniture_wrapped_sample_yields_the_bare_facts(
    extractor: Extractor,
    bare_records: dict[str, tuple[date, list[dict[str, Any]]]],
    name: str,
    bare: str,
    style: str,
) -> None:
    wrapped, shift = wrap(bare, style, name)
    assert wrapped[shift : shift + len(bare)] == bare
    day, expected = bare_records[name]
    got = [r.to_dict() for r in extractor.extract(wrapped, doc_id=name, reference_date=day)]

    assert [_shifted(r, shift) for r in got] == [_shifted(r, 0) for r in expected]

    furniture = find_body(wrapped).furniture
    for record in got:
        for start, end in _spans(record):
            assert shift <= start <= end <= shift + len(bare), (record["kind"], record["text"])
            assert not any(s < end and start < e for s, e in furniture), record["text"]


def test_furniture_caption_credit_names_no_actor(extractor: Extractor) -> None:
    """The photographer and agency of a caption's credit are no actors; the person the
    caption shows still is, and the next paragraph's claim keeps its speaker."""
    text = (
        "Harbour pilots strike over night shifts\n\n"
        "Pilot Rosa Imbert speaks to colleagues on the quay on Tuesday. REUTERS/Mara Quist\n\n"
        "The harbour pilots' union said on Tuesday that its members would stop work for two "
        "days from Friday.\n"
    )
    records = extractor.extract(text, doc_id="pilots", reference_date=date(2025, 5, 7))
    actors = [(r.text, r.type) for r in records if r.kind == "actor"]
    assert actors == [("Rosa Imbert", "person")]
    claims = [(r.speaker, r.content) for r in records if r.kind == "claim"]
    assert claims == [
        ("The harbour pilots' union", "that its members would stop work for two days from Friday")
    ]
