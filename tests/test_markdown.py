"""Markdown input: markup is read as blanks, offsets index the file, and the facts are those of
the same article without markup (tests/pages/coast_storm.md and .txt, written by hand)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor import Extractor
from extractor.cli import app
from extractor.markdown import front_matter_date, front_matter_end, markup_spans
from extractor.sources import Source, read_path
from extractor.unmarked import reading

PAGES = Path(__file__).resolve().parent / "pages"
# Fields that hold offsets (any kind's `start`/`end`, `*_start`/`*_end`, fragment lists) or
# describe the file: they differ between the two files by construction.
OTHER_FIELDS = {"start", "end", "same_as", "doc", "sha256", "chars"}


def _offset_field(name: str) -> bool:
    return name in OTHER_FIELDS or name.endswith(("_start", "_end", "fragments"))


# The markup of coast_storm.md, as a reader strips it: link targets, then the marks.
_LINK_TARGET = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]")
_MARKS = re.compile(r"[*_#>!\[\]]")


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("# Storm hits coast\n", ["#"]),
        ("## Ferries *halted*\n", ["##", "*", "*"]),
        (
            'The PM [Luís Montenegro](https://w.example/Lu%C3%ADs_(PM) "PM (2024)") said.',
            ["[", "](https://w.example/Lu%C3%ADs_(PM)", '"PM', '(2024)")'],
        ),
        ("![Waves at the wall](https://img.example/w.jpg)\n", ["![", "](https://img.example/w.jpg)"]),
        ("**LISBON, March 3 (Reuters)** - Text.", ["**", "**"]),
        ("> - one\n> - two\n", [">", "-", ">", "-"]),
        ("1. first\n2) second\n", ["1.", "2)"]),
        ("See [the report][r].\n\n[r]: https://r.example \"Report\"\n", ["[", "][r]", "[r]:",
                                                                      "https://r.example",
                                                                      '"Report"']),
        ("Use `code` and <https://a.example>.", ["`", "`", "<", ">"]),
        # a table's outer pipes and rule are markup; the pipes between cells read as a row's
        # separators, as in a plain-text table
        ("| Town | km |\n|---|---|\n| Porto | 3 |\n", ["|", "|", "|---|---|", "|", "|"]),
        # an entity is text as written; an escape's backslash is markup, but not inside a name
        # the model reads as one word
        ("Tom &amp; Jerry \\*not emphasis\\*", ["\\", "\\"]),
        ("Saved as CLF\\_final.xlsx by @port\\_union.", []),
        # a footnote's reference and its definition's label
        ("It is 40 m tall[^1].\n\n[^1]: Measured by sonar.\n", ["[^1]", "[^1]:"]),
        ("A plain line with 2 * 3 = 6 and a_b.", []),
    ],
)
def test_markdown_markup_spans(text: str, markup: list[str]) -> None:
    assert [text[s:e] for s, e in markup_spans(text)] == markup


@pytest.mark.parametrize(
    ("piece", "read"),
    [
        ("# Title\n\nText *here* now.", "Title\n\nText here now."),
        ("- item one\n- item two", "item one\nitem two"),
        ("minister [Ana Lima](https://a.example) said", "minister Ana Lima said"),
        ("**(Reuters)** - Text", "(Reuters) - Text"),
        ("See the photo ![](https://img.example/x.jpg)\nnext", "See the photo\nnext"),
    ],
)
def test_markdown_model_reads_the_words_alone(piece: str, read: str) -> None:
    assert reading(piece, 0, markup_spans(piece)).text == read


def _normal(value: Any) -> Any:
    """A record without its offsets, markup inside its strings taken out as a reader would."""
    if isinstance(value, str):
        return " ".join(_MARKS.sub("", _LINK_TARGET.sub("", value)).split())
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if not _offset_field(k)}
    return value


def _markdown_records(extractor: Extractor, text: str, day: date | None = None) -> list[Any]:
    """The records of a Markdown text given inline, read as a `.md` file is."""
    source = Source(doc="t.md", text=text, reference_date=day, markup=markup_spans(text))
    return next(extractor.extract_sources([source])).records


def _records(extractor: Extractor, path: Path) -> list[dict[str, Any]]:
    (source,) = read_path(str(path))
    assert isinstance(source, Source)
    return [r.to_dict() for r in next(extractor.extract_sources([source])).records]


def test_markdown_gives_the_facts_of_the_text_without_markup(extractor: Extractor) -> None:
    marked = _records(extractor, PAGES / "coast_storm.md")
    plain = _records(extractor, PAGES / "coast_storm.txt")
    assert [_normal(r) for r in marked] == [_normal(r) for r in plain]


def test_markdown_clipped_article_facts(extractor: Extractor) -> None:
    text = (PAGES / "coast_storm.md").read_text(encoding="utf-8")
    records = _records(extractor, PAGES / "coast_storm.md")
    for record in records[:-1]:
        assert text[record["start"] : record["end"]] == record["text"]
    actors = {r["name"]: r for r in records if r["kind"] == "actor"}
    # the link's text is the name; its target is no part of it
    pm = actors["Luís Montenegro"]
    assert (pm["type"], pm["affiliation"]) == ("person", "Portugal")
    assert pm["roles"] == ["prime minister"]
    assert not any("](" in name or "http" in name for name in actors)
    assert "Storm" not in actors  # the headline's first word
    assert "Reuters" not in actors  # the agency the bold dateline credits
    # the bold dateline is read: "March 3" of the year of the copyright line, a Monday
    document = records[-1]
    assert (document["reference_date"], document["reference_date_source"]) == (
        "2025-03-03",
        "dateline",
    )
    dates = {(r["text"], r["value"]) for r in records if r["kind"] == "date"}
    assert {("Monday", "2025-03-03"), ("Saturday", "2025-03-01")} <= dates
    # the claim keeps its speaker across the link, pointing at the prime minister; its
    # strings are the words a reader sees, without the link's brackets or the emphasis marks
    claim = next(r for r in records if r["kind"] == "claim" and r["cue"] == "say")
    assert claim["speaker"] == "Portugal's prime minister Luís Montenegro"
    assert text[claim["speaker_start"] : claim["speaker_end"]] == \
        "Portugal's prime minister [Luís Montenegro"
    assert claim["speaker_id"] == pm["id"]
    assert claim["content"].startswith("that the government would send emergency aid")


def test_markdown_front_matter_is_markup_and_gives_the_publication_date(
    extractor: Extractor,
) -> None:
    path = PAGES / "ferry_clip.md"
    text = path.read_text(encoding="utf-8")
    head = front_matter_end(text)
    assert text[:head].startswith("---\ntitle:")
    assert text[:head].endswith('  - "clippings"\n---\n')
    # "published:" is the article's day; "created:" and "updated:" are the clipper's
    assert front_matter_date(text) == date(2024, 4, 3)
    records = _records(extractor, path)
    facts = records[:-1]
    assert facts and all(r["start"] >= head for r in facts)  # no title, author or tag facts
    assert not any(r["kind"] == "actor" and r["name"] == "Maren Holt" for r in facts)
    document = records[-1]
    assert (document["reference_date"], document["reference_date_source"]) == (
        "2024-04-03",
        "dateline",
    )
    dates = {(r["text"], r["value"]) for r in facts if r["kind"] == "date"}
    assert {("Wednesday", "2024-04-03"), ("Friday", "2024-04-05")} <= dates


@pytest.mark.parametrize(
    ("saved", "dateline_day"),
    [
        ("2025-02-11", "2025-02-10"),  # saved the day after
        ("2025-01-04", "2024-02-10"),  # saved in January: last February's
    ],
)
def test_markdown_year_of_a_dateline_from_the_day_the_page_was_saved(
    extractor: Extractor, tmp_path: Path, saved: str, dateline_day: str
) -> None:
    path = tmp_path / "dock.md"
    path.write_text(
        f"---\ntitle: Dock strike\nclipped: {saved}\n---\n\n"
        "**ROTTERDAM, Feb 10 (Reuters)** - Dock workers walked out on Monday.\n",
        encoding="utf-8",
    )
    records = _records(extractor, path)
    assert (records[-1]["reference_date"], records[-1]["reference_date_source"]) == (
        dateline_day,
        "dateline",
    )


@pytest.mark.parametrize(
    "text",
    [
        "---\nThe strike ended.\n---\nCrews returned on Friday.\n",  # rules around a line
        "Crews returned.\n---\ntitle: x\n---\n",  # not at the top
        "---\ntitle: never closed\n\nCrews returned on Friday.\n",
    ],
)
def test_markdown_no_front_matter(text: str) -> None:
    assert front_matter_end(text) == 0
    assert front_matter_date(text) is None


def test_markdown_text_command_prints_the_file() -> None:
    path = PAGES / "coast_storm.md"
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 0
    assert result.stdout_bytes == path.read_bytes()


PIECES = [
    "# Talks resume in Geneva\n\n",
    "**GENEVA, March 3 (Reuters)** - ",
    "Foreign Minister [Ana Duarte](https://a.example/ana_(minister)) said on *Monday* that ",
    "the talks would resume about 20 km from the border.\n\n",
    '> "We will not give up," she said.\n',
    "- first point\n- second **point**\n\n",
    "![A photo of Geneva](https://img.example/g.jpg)\n",
    "[ref]: https://ref.example\n",
    "Mont**enegro** and Por_to_ and `code`.\n",
    "\n",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=st.lists(st.sampled_from(PIECES), min_size=1, max_size=8))
def test_markdown_every_span_indexes_the_file(extractor: Extractor, parts: list[str]) -> None:
    text = "".join(parts)
    *facts, document = _markdown_records(extractor, text, date(2025, 3, 3))
    assert (document.status, document.chars) == ("ok", len(text))
    for record in facts:
        assert text[record.start : record.end] == record.text
        for mention in getattr(record, "mentions", ()):
            assert text[mention.start : mention.end] == mention.text
        if record.kind == "claim":  # the strings are the fragments' words, markup left out
            marks = {i for s, e in markup_spans(text) for i in range(s, e)}

            def words(start: int, end: int, marks: set[int] = marks) -> str:
                kept = "".join(text[i] for i in range(start, end) if i not in marks)
                return re.sub(r"[ \t]{2,}", " ", kept).strip()

            assert record.content == " ".join(words(s, e) for s, e in record.content_fragments)
            if record.speaker_start is not None:
                assert words(record.speaker_start, record.speaker_end) == record.speaker


@pytest.mark.parametrize(
    ("text", "kind", "field", "expected"),
    [
        # a bold dateline is cut off the content as a plain one is
        (
            "**LISBON (Reuters)** - The storm killed three people in the north, police said.\n",
            "claim",
            "content",
            "The storm killed three people in the north",
        ),
        # a title before a run of blanks (blanked link marks, or a double space) is a role
        (
            "Prime minister [Ana Duarte](https://a.example) said the aid would come.\n",
            "actor",
            "roles",
            ["Prime minister"],
        ),
        (
            "Prime minister  Ana Duarte said the aid would come.\n",
            "actor",
            "roles",
            ["Prime minister"],
        ),
        # a linked name set off beside a post is the speaker, as without the link
        (
            "Its chief executive, [Olu Bankole](https://a.example/ob), said the plane had "
            "passed a safety check.\n",
            "claim",
            "speaker",
            "Olu Bankole",
        ),
        # a bold dateline's city is the place, not an actor
        (
            "**GENEVA, June 9 (Reuters)** - Officials ended three days of talks on Tuesday.\n",
            "place",
            "rule",
            "dateline+geonames",
        ),
        # a content ending on emphasised words runs past the closing mark it opened; its
        # string is the words alone
        (
            "The ferry will sail again on *Friday*, the operator said.\n",
            "claim",
            "content_end",
            37,
        ),
        (
            "The ferry will sail again on *Friday*, the operator said.\n",
            "claim",
            "content",
            "The ferry will sail again on Friday",
        ),
        (
            "The operator said the ferry will sail again on **Friday**.\n",
            "claim",
            "content",
            "the ferry will sail again on Friday",
        ),
        # a claim's strings leave out a link's target and brackets and the emphasis marks
        (
            "Lava flowed north of [Vogar](https://a.example/v), the [Met Office](https://a."
            "example/m) said.\n",
            "claim",
            "content",
            "Lava flowed north of Vogar",
        ),
        (
            "Lava flowed north of Vogar, **President Ann Berg** said.\n",
            "claim",
            "speaker",
            "President Ann Berg",
        ),
        # an emphasised "according" still attributes
        (
            "The vote is expected next week, *according* to a senior aide.\n",
            "claim",
            "speaker",
            "a senior aide",
        ),
        # a linked town's state after the link qualifies it (no place of its own); a phrase
        # runs on past an emphasised "and"
        (
            "He died on Saturday at his home in [Shaker Heights](https://a.example/sh), Ohio, "
            "his family said.\n",
            "place",
            "name",
            "Shaker Heights",
        ),
        (
            "The mayor thanked the volunteers *and* the firefighters.\n",
            "event",
            "text",
            "The mayor thanked the volunteers *and* the firefighters",
        ),
        # a distance's qualifier before its bold figure; a date past a footnote's mark
        (
            "The rift now runs for about **31 km** across the ice shelf, the team said.\n",
            "distance",
            "qualifier",
            "about",
        ),
        (
            "Sales for the fiscal third quarter[^1] dropped 6% to $1.4 billion.\n\n"
            "[^1]: Figures are unaudited.\n",
            "date",
            "text",
            "the fiscal third quarter",
        ),
        # a passive trigger keeps its auxiliary across emphasis (the file's slice, marks and all)
        (
            "The tenor bell was *cast* in 1738 and rehung in the spring.\n",
            "event",
            "trigger",
            "was *cast",
        ),
        # a quotation carries on past a linked speaker and his title, and past a link that
        # opens a quotation in straight marks
        (
            "“We heard a loud bang,” said [Musa Ibrahim](https://a.example/mi), a farmer who "
            "ran to the site. “People were screaming inside.”\n",
            "claim",
            "content",
            "“We heard a loud bang,” “People were screaming inside.”",
        ),
        (
            '"[The charter](https://a.example/c) does not allow it," the judge wrote. "It '
            'requires the opposite."\n',
            "claim",
            "content",
            '"The charter does not allow it," "It requires the opposite."',
        ),
    ],
)
def test_markdown_marks_beside_datelines_and_titles(
    extractor: Extractor, text: str, kind: str, field: str, expected: Any
) -> None:
    records = [r.to_dict() for r in _markdown_records(extractor, text)]
    (record,) = [r for r in records if r["kind"] == kind and r.get(field)]
    assert record[field] == expected


def test_markdown_title_case_caption_under_its_picture_names_no_actor(
    extractor: Extractor,
) -> None:
    """A title-case caption repeating its picture's alt text: its capitalised words are no
    actors (the alt text, masked above the article, is no second writing of them); names the
    story writes in its running text still are."""
    text = (
        "# Farmers Say Budget Ignores Rural Towns\n\n"
        "![Farmers Rally Outside Parliament In Harwick](https://img.example/a.jpg)\n"
        "*Farmers Rally Outside Parliament In Harwick on Wednesday. Photo: Jo Smith*\n\n"
        "**HARWICK, March 12 (Reuters)** - Farmers' unions said on Wednesday that the budget "
        "ignored rural towns, as Finance Minister [Clara Dunmore](https://example.org/dunmore) "
        "prepared to put it to a vote.\n"
    )
    records = _markdown_records(extractor, text, date(2025, 3, 12))
    # (the agency the dateline credits is no actor either)
    assert [(r.text, r.type) for r in records if r.kind == "actor"] == [
        ("Clara Dunmore", "person"),
    ]


def test_markdown_link_between_a_month_and_its_day_keeps_the_date(extractor: Extractor) -> None:
    """A link around "On April" leaves a long run of blanks before "26": the date is still
    read whole, and the line still reads as running text (the timestamp test once tried every
    split of such a run and never returned)."""
    target = "https://en.example.org/wiki/On_April_and_the_other_pages_linked_from_here"
    text = (
        "Officials in Tarrow said on Monday that the new ferry route would open in June.\n\n"
        f"[On April]({target}) 26, the port authority signed an agreement with the operator.\n"
    )
    records = _markdown_records(extractor, text, date(2025, 5, 4))
    dates = [(r.text, r.value) for r in records if r.kind == "date"]
    assert dates == [
        ("Monday", "2025-04-28"),
        ("June", "2025-06"),
        (f"April]({target}) 26", "2025-04-26"),
    ]
    assert any(r.kind == "event" and r.trigger == "signed" for r in records)


def test_markdown_names_and_aliases_hold_no_marks(extractor: Extractor) -> None:
    """A link that covers part of a name ("[The Commerce](...) Department"), emphasis inside a
    street's name: names, aliases and roles are the words a reader sees; each mention's `text`
    stays the file's own slice."""
    text = (
        "The [Commerce](https://a.example/c) Department said on Monday that retail sales rose, "
        "and the Commerce Department will publish revised figures in June.\n\n"
        "Hundreds of visitors queued along **Harbour** Street in Portsmouth before the museum "
        "reopened, said [museum director](https://a.example/md) Elena "
        "[Vasquez](https://a.example/ev)-Hill.\n"
    )
    records = [r.to_dict() for r in _markdown_records(extractor, text, date(2025, 3, 3))]
    for record in records:
        for mention in record.get("mentions", []):
            assert text[mention["start"] : mention["end"]] == mention["text"]
    actors = {r["name"]: r for r in records if r["kind"] == "actor"}
    places = {r["name"]: r for r in records if r["kind"] == "place"}
    assert actors["Commerce Department"]["aliases"] == []
    assert [m["text"] for m in actors["Commerce Department"]["mentions"]] == [
        "Commerce](https://a.example/c) Department",
        "Commerce Department",
    ]
    assert actors["Elena Vasquez-Hill"]["roles"] == ["museum director"]
    assert "Harbour Street" in places
    named = [r.get("name") for r in records] + [a for r in records for a in r.get("aliases", [])]
    assert not any(n and ("](" in n or "*" in n) for n in named)


def test_markdown_known_place_in_a_link_after_its_preposition(extractor: Extractor) -> None:
    """A known town NER misses is looked for after its preposition past the blanks a link's
    bracket leaves ("in [Arequipa](...)"), as in the same words without markup."""
    text = (
        "A strong earthquake struck off the coast on Friday, shaking buildings in "
        "[Arequipa](https://w.example/Arequipa) and cutting power to homes, officials said.\n"
    )
    records = _markdown_records(extractor, text, date(2024, 6, 28))
    places = [(r.name, r.start, r.end, r.text) for r in records if r.kind == "place"]
    assert places == [("Arequipa", 74, 82, "Arequipa")]


def test_markdown_words_before_a_linked_date_are_read_past_the_link(
    extractor: Extractor,
) -> None:
    """"ahead of [Monday](...)'s election": the words before the date are found past the blanks
    of the link's bracket, so Monday is the coming one, as without markup (15 June 2024 is a
    Saturday)."""
    text = (
        "Candidates held their final rallies on Saturday ahead of "
        "[Monday](https://w.example/Monday)'s election.\n"
    )
    records = _markdown_records(extractor, text, date(2024, 6, 15))
    dates = [(r.text, r.value) for r in records if r.kind == "date"]
    assert dates == [("Saturday", "2024-06-15"), ("Monday", "2024-06-17")]
