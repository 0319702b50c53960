"""`newsfacts merge`: entities and stories across documents, from hand-written articles.

Every article here is invented; its records are the ones a reader expects `extract` to write
(see merge_articles.py). The expectations are reasoned from the texts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from browser import chromium, needs_chromium
from merge_articles import Article, figure, jsonl
from typer.testing import CliRunner

from extractor.cli import app
from extractor.records import Event, json_schema

# ----------------------------------------------------------------------------- the articles


def rocket_first() -> Article:
    """Passive voice; the launch told twice (and once more in the headline)."""
    a = Article(
        "a.txt",
        "Brazil launches research rocket\n\n"
        "SAO LUIS, March 10 - A research rocket was launched by the Brazilian Space Agency from "
        "Alcântara on Monday and climbed to about 300km before its payload fell into the "
        "Atlantic, agency director Paulo Serrano said.\n\n"
        "The agency launched the rocket at dawn after two delays.\n",
        "2025-03-10",
    )
    a.actor("A1", "Brazilian Space Agency", "organization", ["Brazilian Space Agency"],
            country_code="BRA")
    a.actor("A2", "Paulo Serrano", "person", ["Paulo Serrano"], roles=("agency director",),
            country_code="BRA")
    a.actor("A3", "Brazil", "country", ["Brazil"], country_code="BRA")
    a.place("P1", "Alcântara", "city", ["Alcântara"], country_code="BRA", geonames_id=9990001)
    a.date("T1", "March 10", "2025-03-10").date("T2", "Monday", "2025-03-10")
    a.distance("D1", "about 300km", 300, "km", 300000, qualifier="about")
    a.event("E1", "launches", "launch", "other", agents=("A3",), date="2025-03-10",
            basis="reference")
    a.event("E2", "was launched", "launch", "other", agents=("A1",), places=("P1",),
            dates=("T2",), date="2025-03-10", basis="clause", distances=("D1",))
    a.event("E3", "launched", "launch", "other", nth=1, agents=("A1",), date="2025-03-10",
            basis="context")
    return a


def rocket_surname() -> Article:
    """The director by his surname only; the day only from the publication date."""
    b = Article(
        "b.txt",
        "Rocket reaches space\n\n"
        "Serrano launched the agency's new rocket from Alcântara, and it reached 320km, higher "
        'than planned. "It flew beautifully," Serrano said.\n',
        "2025-03-10",
    )
    b.actor("A1", "Serrano", "person", ["Serrano", "Serrano"])
    b.place("P1", "Alcântara", "city", ["Alcântara"], country_code="BRA")
    b.distance("D1", "320km", 320, "km", 320000)
    b.event("E1", "launched", "launch", "other", agents=("A1",), places=("P1",),
            date="2025-03-10", basis="reference", distances=("D1",))
    return b


def rocket_next_day() -> Article:
    """Published the next day; says "on Monday"."""
    c = Article(
        "c.txt",
        "The Brazilian Space Agency said on Tuesday that it had launched a research rocket from "
        "Alcântara on Monday. The rocket climbed to 310km.\n",
        "2025-03-11",
    )
    c.actor("A1", "Brazilian Space Agency", "organization", ["Brazilian Space Agency"],
            country_code="BRA")
    c.place("P1", "Alcântara", "city", ["Alcântara"], country_code="BRA", geonames_id=9990001)
    c.date("T1", "Tuesday", "2025-03-11").date("T2", "Monday", "2025-03-10")
    c.distance("D1", "310km", 310, "km", 310000)
    c.event("E1", "launched", "launch", "other", agents=("A1",), places=("P1",), dates=("T2",),
            date="2025-03-10", basis="clause", distances=("D1",))
    return c


def rocket_week_later() -> Article:
    """Another launch from the same place, a week later."""
    d = Article(
        "d.txt",
        "Brazil launched a second research rocket from Alcântara on Monday, a week after its "
        "first flight, officials said.\n",
        "2025-03-17",
    )
    d.actor("A1", "Brazil", "country", ["Brazil"], country_code="BRA")
    d.actor("A2", "officials", "group", ["officials"])
    d.place("P1", "Alcântara", "city", ["Alcântara"], country_code="BRA", geonames_id=9990001)
    d.date("T1", "Monday", "2025-03-17")
    d.event("E1", "launched", "launch", "other", agents=("A1",), places=("P1",), dates=("T1",),
            date="2025-03-17", basis="clause")
    return d


def floods_first() -> Article:
    e = Article(
        "e.txt",
        "Floods in Kenya\n\n"
        "Floods killed 12 people in western Kenya on Sunday, the Kenya Red Cross said. "
        "Officials said more than 300 families were displaced.\n",
        "2025-03-10",
    )
    e.actor("A1", "Kenya", "country", ["Kenya", "Kenya"], country_code="KEN")
    e.actor("A2", "Kenya Red Cross", "organization", ["Kenya Red Cross"], country_code="KEN")
    e.actor("A3", "Officials", "group", ["Officials"])
    e.date("T1", "Sunday", "2025-03-09")
    e.event("E1", "killed", "kill", "disaster", places=("A1",), dates=("T1",),
            date="2025-03-09", basis="clause",
            figures=[figure("killed", 12, "exact", "killed 12 people", e)])
    e.event("E2", "were displaced", "displace", "disaster",
            figures=[figure("displaced", 300, "more than", "more than 300 families", e)])
    return e


def floods_update() -> Article:
    f = Article(
        "f.txt",
        "Kenya floods toll rises\n\n"
        "Floods in western Kenya killed 15 people on Sunday, the Kenya Red Cross said on "
        "Tuesday, raising its earlier count.\n",
        "2025-03-11",
    )
    f.actor("A1", "Kenya Red Cross", "organization", ["Kenya Red Cross"], country_code="KEN")
    f.actor("A2", "Kenya", "country", ["Kenya", "Kenya"], country_code="KEN")
    f.date("T1", "Sunday", "2025-03-09").date("T2", "Tuesday", "2025-03-11")
    f.event("E1", "killed", "kill", "disaster", places=("A2",), dates=("T1",),
            date="2025-03-09", basis="clause",
            figures=[figure("killed", 15, "exact", "killed 15 people", f)])
    return f


def collection() -> list[Article]:
    return [rocket_first(), rocket_surname(), rocket_next_day(), rocket_week_later(),
            floods_first(), floods_update()]


# ----------------------------------------------------------------------------- helpers


def merge(text: str, *args: str) -> tuple[int, list[dict[str, Any]], str]:
    result = CliRunner().invoke(app, ["merge", "-", *args], input=text)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, records, result.stderr


def by_name(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in records if r["kind"] == "entity"}


def stories(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["kind"] == "story"]


def members(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(m["doc"], m["id"]) for m in record["members"]]


# ----------------------------------------------------------------------------- entities


def test_merge_entities_one_per_real_actor_and_place() -> None:
    code, records, stderr = merge(jsonl(collection()))
    assert code == 0 and stderr == ""
    entities = by_name(records)
    assert members(entities["Paulo Serrano"]) == [("a.txt", "A2"), ("b.txt", "A1")]
    assert entities["Paulo Serrano"]["aliases"] == ["Serrano"]  # the surname joined
    assert entities["Paulo Serrano"]["rule"] == "full-name+surname"
    assert entities["Paulo Serrano"]["role_counts"] == {"agency director": 1}
    assert entities["Paulo Serrano"]["mention_count"] == 3
    assert members(entities["Alcântara"]) == [("a.txt", "P1"), ("b.txt", "P1"),
                                             ("c.txt", "P1"), ("d.txt", "P1")]
    assert entities["Alcântara"]["geonames_id"] == 9990001  # b.txt's has none: joined by name
    assert entities["Alcântara"]["type"] == "city"
    assert members(entities["Brazil"]) == [("a.txt", "A3"), ("d.txt", "A1")]
    assert entities["Brazil"]["rule"] == "country-code"
    assert members(entities["Brazilian Space Agency"]) == [("a.txt", "A1"), ("c.txt", "A1")]
    assert members(entities["Kenya Red Cross"]) == [("e.txt", "A2"), ("f.txt", "A1")]
    assert entities["Kenya"]["doc_count"] == 2 and entities["Kenya"]["mention_count"] == 4
    assert entities["Kenya"]["first_seen"] == "2025-03-10"
    assert entities["Kenya"]["last_seen"] == "2025-03-11"
    # "officials" of two articles are two groups of people, not one actor
    generic = [r for r in records if r["kind"] == "entity" and r["name"].lower() == "officials"]
    assert sorted(members(r)[0] for r in generic) == [("d.txt", "A2"), ("e.txt", "A3")]
    assert len(generic) == 2


def test_merge_entity_ids_by_coverage_then_mentions_then_name() -> None:
    _, records, _ = merge(jsonl(collection()))
    named = [r["name"] for r in records if r["kind"] == "entity"]
    # Alcântara in 4 documents; Kenya in 2 with 4 mentions, Serrano in 2 with 3; then the
    # 2-document entities with 2 mentions, by name; last the two groups of officials.
    assert named[:6] == ["Alcântara", "Kenya", "Paulo Serrano", "Brazil",
                         "Brazilian Space Agency", "Kenya Red Cross"]
    assert sorted(named[6:]) == ["Officials", "officials"]
    ids = [r["id"] for r in records if r["kind"] == "entity"]
    assert ids == [f"X{n}" for n in range(1, len(ids) + 1)]


@pytest.mark.parametrize(
    ("full", "short", "joined"),
    [
        ("World Health Organization", "WHO", True),  # an acronym of the one full name
        ("World Food Programme", "W.F.P.", True),  # dotted
        ("Red Cross", "ICRC", False),  # not its initials
    ],
)
def test_merge_acronym_joins_the_one_organisation_it_abbreviates(
    full: str, short: str, joined: bool
) -> None:
    one = Article("one.txt", f"The {full} sent aid.\n", None)
    one.actor("A1", full, "organization", [full])
    two = Article("two.txt", f"The {short} sent more aid.\n", None)
    two.actor("A1", short, "organization", [short])
    _, records, _ = merge(jsonl([one, two]))
    entities = by_name(records)
    assert (full in entities and len(entities) == 1) is joined
    if joined:
        assert entities[full]["aliases"] == [short]
        assert entities[full]["rule"] == "acronym+name"


@pytest.mark.parametrize(
    ("full", "short", "joined"),
    [
        ("Norvik Holdings Inc.", "Norvik", True),  # two legal forms off
        ("Halden Corp", "Halden", True),
        # a business word is dropped inside one story only: elsewhere "Ostara" may be another
        # company of the group ("Ostara Steel")
        ("Ostara Motors", "Ostara", False),
    ],
)
def test_merge_company_named_without_its_legal_form_is_one_entity(
    full: str, short: str, joined: bool
) -> None:
    one = Article("one.txt", f"Shares of {full} fell.\n", None)
    one.actor("A1", full, "organization", [full])
    two = Article("two.txt", f"{short} cut jobs.\n", None)
    two.actor("A1", short, "organization", [short])
    _, records, _ = merge(jsonl([one, two]))
    entities = by_name(records)
    if joined:
        assert list(entities) == [full]
        assert entities[full]["aliases"] == [short]
    else:
        assert sorted(entities) == sorted([full, short])


def test_merge_bare_surname_stays_apart_when_two_full_names_carry_it() -> None:
    one = Article("one.txt", "Ana Silva and Marco Silva met.\n", None)
    one.actor("A1", "Ana Silva", "person", ["Ana Silva"])
    one.actor("A2", "Marco Silva", "person", ["Marco Silva"])
    two = Article("two.txt", "Silva spoke later.\n", None)
    two.actor("A1", "Silva", "person", ["Silva"])
    _, records, _ = merge(jsonl([one, two]))
    assert sorted(by_name(records)) == ["Ana Silva", "Marco Silva", "Silva"]


# ----------------------------------------------------------------------------- stories


def test_merge_one_happening_told_three_ways_is_one_story() -> None:
    _, records, _ = merge(jsonl(collection()))
    entities = {r["id"]: r["name"] for r in records if r["kind"] == "entity"}
    launch = next(s for s in stories(records) if s["date"] == "2025-03-10")
    assert launch["lemma"] == "launch"
    assert members(launch) == [("a.txt", "E1"), ("a.txt", "E2"), ("a.txt", "E3"),
                               ("b.txt", "E1"), ("c.txt", "E1")]
    assert launch["doc_count"] == 3
    assert [(d["doc"], d["date"]) for d in launch["dates"]][2] == ("c.txt", "2025-03-10")
    assert {d["doc"] for d in launch["dates"][:2]} == {"a.txt", "b.txt"}
    assert {entities[i] for i in launch["agents"]} == {
        "Brazilian Space Agency", "Paulo Serrano", "Brazil"}
    assert [entities[i] for i in launch["places"]] == ["Alcântara"]
    assert launch["first_reported"]["date"] == "2025-03-10"
    assert launch["first_reported"]["doc"] in ("a.txt", "b.txt")
    assert launch["rule"] == "same-action+coverage"


def test_merge_two_launches_a_week_apart_stay_two_stories() -> None:
    _, records, _ = merge(jsonl(collection()))
    launches = [s for s in stories(records) if s["lemma"] == "launch"]
    assert [(s["date"], s["doc_count"]) for s in launches] == [("2025-03-10", 3),
                                                                ("2025-03-17", 1)]
    assert members(launches[1]) == [("d.txt", "E1")]
    assert launches[1]["rule"] == "single-report"


def test_merge_figures_flag_sources_that_differ_by_more_than_five_percent() -> None:
    _, records, _ = merge(jsonl(collection()))
    launch, killed = (next(s for s in stories(records) if s["lemma"] == lemma)
                      for lemma in ("launch", "kill"))
    distance = launch["figures"][0]
    assert (distance["what"], distance["unit"], distance["agree"]) == ("distance", "m", False)
    assert sorted((v["doc"], v["text"], v["value"]) for v in distance["values"]) == [
        ("a.txt", "about 300km", 300000), ("b.txt", "320km", 320000), ("c.txt", "310km", 310000)]
    assert members(killed) == [("e.txt", "E1"), ("f.txt", "E1")]
    assert killed["figures"] == [{
        "what": "killed", "unit": "people", "agree": False,
        "values": [{"doc": "e.txt", "id": "E1", "text": "killed 12 people", "value": 12,
                    "qualifier": "exact"},
                   {"doc": "f.txt", "id": "E1", "text": "killed 15 people", "value": 15,
                    "qualifier": "exact"}],
    }]


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ((1000, "exact"), (1040, "exact"), True),  # 4% apart
        ((1000, "exact"), (1060, "exact"), False),  # 6% apart
        ((1000, "more than"), (1200, "exact"), True),  # a lower bound, then a value above it
        ((1000, "up to"), (1200, "exact"), False),
        ((12, "exact"), (12, "at least"), True),
    ],
)
def test_merge_figure_agreement_reads_qualifiers(first: tuple, second: tuple, agree: bool) -> None:
    articles = []
    for name, (value, qualifier) in (("one.txt", first), ("two.txt", second)):
        a = Article(name, f"Rescuers on Monday evacuated {value} people from Ostrava.\n",
                    "2025-06-02")
        a.place("P1", "Ostrava", "city", ["Ostrava"], geonames_id=9990002)
        a.event("E1", "evacuated", "evacuate", "aid", places=("P1",), date="2025-06-02",
                basis="clause",
                figures=[figure("evacuated", value, qualifier, f"{value} people", a)])
        articles.append(a)
    _, records, _ = merge(jsonl(articles))
    (story,) = stories(records)
    assert story["figures"][0]["agree"] is agree


def test_merge_stories_by_date_undated_last() -> None:
    _, records, _ = merge(jsonl(collection()))
    assert [(s["id"], s["lemma"], s["date"]) for s in stories(records)] == [
        ("S1", "kill", "2025-03-09"),
        ("S2", "launch", "2025-03-10"),
        ("S3", "launch", "2025-03-17"),
        ("S4", "displace", None),
    ]


def test_merge_died_and_killed_tell_one_loss_of_life() -> None:
    """One report says three people died in the blast, the next day's says the blast killed
    them: one story, its two counts agreeing."""
    one = Article("one.txt", "Three workers died in a blast at a mill near Tampere on Monday.\n",
                  "2025-09-01")
    one.place("P1", "Tampere", "city", ["Tampere"], geonames_id=9990004)
    one.event("E1", "died", "die", "death", places=("P1",), date="2025-09-01", basis="clause",
              figures=[figure("dead", 3, "exact", "Three workers", one)])
    two = Article("two.txt", "The mill blast near Tampere on Monday killed three workers.\n",
                  "2025-09-02")
    two.place("P1", "Tampere", "city", ["Tampere"], geonames_id=9990004)
    two.event("E1", "killed", "kill", "death", places=("P1",), date="2025-09-01",
              basis="clause", figures=[figure("killed", 3, "exact", "three workers", two)])
    _, records, _ = merge(jsonl([one, two]))
    (story,) = stories(records)
    assert members(story) == [("one.txt", "E1"), ("two.txt", "E1")]
    assert story["lemma"] == "die"  # one each: the tie goes to the first in order
    assert story["date"] == "2025-09-01"


def test_merge_negated_event_is_not_the_happening() -> None:
    one = Article("one.txt", "Troops fired on the convoy near Goma on Friday.\n", "2025-05-02")
    one.place("P1", "Goma", "city", ["Goma"], geonames_id=9990003)
    one.event("E1", "fired", "fire", "assault", places=("P1",), date="2025-05-02",
              basis="clause")
    two = Article("two.txt", "The army said troops did not fire near Goma on Friday.\n",
                  "2025-05-02")
    two.place("P1", "Goma", "city", ["Goma"], geonames_id=9990003)
    two.event("E1", "fire", "fire", "assault", places=("P1",), date="2025-05-02",
              basis="clause", polarity="negative")
    _, records, _ = merge(jsonl([one, two]))
    assert sorted(members(s) for s in stories(records)) == [[("one.txt", "E1")],
                                                            [("two.txt", "E1")]]


# ----------------------------------------------------------------------------- determinism


def _renamed(records: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    text = json.dumps(records)
    for old, new in names.items():
        text = text.replace(json.dumps(old), json.dumps(new))
    return json.loads(text)


def test_merge_same_documents_in_any_order_and_any_names_give_the_same_records() -> None:
    articles = collection()
    _, first, _ = merge(jsonl(articles))
    names = {a.doc: f"{n:x}-{len(a.text)}" for n, a in enumerate(articles, 7)}
    shuffled = []
    for article in [articles[i] for i in (5, 2, 0, 4, 1, 3)]:
        article.doc = names[article.doc]
        for records in article.records.values():
            for record in records:
                record["doc"] = article.doc
        shuffled.append(article)
    _, second, _ = merge(jsonl(shuffled))
    back = {new: old for old, new in names.items()}
    assert _renamed(second, back) == first


def test_merge_without_document_records_still_merges() -> None:
    _, records, _ = merge(jsonl(collection(), document=False))
    launch = next(s for s in stories(records) if s["date"] == "2025-03-10")
    assert launch["doc_count"] == 3
    assert launch["first_reported"] is None  # no reference dates without document records


# ----------------------------------------------------------------------------- output


def test_merge_records_validate_against_the_schema() -> None:
    _, records, _ = merge(jsonl(collection()), "--with-records")
    schema = json_schema()
    for record in records:
        if record["kind"] == "event" and "figures" not in Event.__dataclass_fields__:
            record.pop("figures")  # the events' own field, in the schema once events land
        jsonschema.validate(record, schema)
    cross = [r for r in records if r["kind"] in ("entity", "story")]
    assert all(r["doc"] is None and r["start"] is None and r["sentence"] is None for r in cross)


def test_merge_with_records_links_input_records_in_input_order() -> None:
    articles = collection()
    _, records, _ = merge(jsonl(articles), "--with-records")
    inputs = [r for r in records if r["kind"] not in ("entity", "story")]
    expected = [r for a in articles for r in a.all_records()]
    assert [(r["doc"], r["kind"], r["start"]) for r in inputs] == [
        (r["doc"], r["kind"], r["start"]) for r in expected]
    entity_of = {(m["doc"], m["id"]): r["id"] for r in records if r["kind"] == "entity"
                 for m in r["members"]}
    story_of = {(m["doc"], m["id"]): r["id"] for r in records if r["kind"] == "story"
                for m in r["members"]}
    for record in inputs:
        if record["kind"] in ("actor", "place"):
            assert record["entity"] == entity_of[(record["doc"], record["id"])]
        elif record["kind"] == "event":
            assert record["cluster"] == story_of[(record["doc"], record["id"])]
        else:
            assert "entity" not in record and "cluster" not in record
    serrano = [r for r in inputs if r["kind"] == "actor" and "Serrano" in r["name"]]
    assert len({r["entity"] for r in serrano}) == 1


def test_merge_formats_json_csv_and_table(tmp_path: Path) -> None:
    text = jsonl(collection())
    code, _, _ = merge(text, "--format", "json", "-o", str(tmp_path / "m.json"))
    array = json.loads((tmp_path / "m.json").read_text())
    assert code == 0 and [r["kind"] for r in array].count("story") == 4
    result = CliRunner().invoke(app, ["merge", "-", "--format", "csv"], input=text)
    header, first = result.stdout.splitlines()[:2]
    assert header == "schema,doc,kind,text,start,end,rule,sentence,details"
    assert first.startswith("newsfacts/1,,entity,Alcântara,,,")
    result = CliRunner().invoke(app, ["merge", "-", "--format", "table"], input=text,
                                env={"COLUMNS": "200"})
    assert "X1 Alcântara [city] [BRA] [4 docs]" in result.stdout
    assert "S1 kill (disaster) 2 docs [sources differ: killed]" in result.stdout


def test_merge_bad_records_are_reported_with_file_and_line(tmp_path: Path) -> None:
    lines = jsonl(collection()).splitlines()
    lines.insert(3, "{not json")
    broken = json.loads(lines[5])
    assert broken["kind"] == "date"
    del broken["value"]
    lines[5] = json.dumps(broken)
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["merge", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {path}:4: not a JSON record",
        f"Error: {path}:6: date record without 'value'",
    ]
    assert any(r["kind"] == "story" for r in map(json.loads, result.stdout.splitlines()))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "missing.jsonl"], "Error: missing.jsonl: no such file or directory"),
        (["merge", "-", "--format", "xml"], "Error: unknown --format 'xml'"),
        (["merge", "-", "--bogus"], "Error: No such option: --bogus"),
    ],
)
def test_merge_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, args, input="")
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1


def test_merge_empty_input_gives_no_records() -> None:
    assert merge("") == (0, [], "")


def test_merge_imports_no_spacy_in_the_library_or_the_command() -> None:
    code = (
        "import sys\n"
        "import extractor.merge\n"
        "import extractor.merge.report\n"
        "from typer.testing import CliRunner\n"
        "from extractor.cli import app\n"
        "result = CliRunner().invoke(app, ['merge', '-'], input='')\n"
        "assert result.exit_code == 0, result.output\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


# ----------------------------------------------------------------------------- the report page

class _Page(HTMLParser):
    """What a test reads off the report: marks, entity rows, story sections, the self-check."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []  # (story id, classes)
        self.rows: list[str] = []  # entity names, in table order
        self.stories: list[str] = []
        self.disagree = 0
        self.check: str | None = None
        self._cell = 0
        self._in_index = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "body":
            self.check = a.get("data-check")
        elif tag == "button" and "mark" in (a.get("class") or ""):
            self.marks.append((a.get("data-story") or "", a.get("class") or ""))
        elif tag == "table" and a.get("id") == "entity-index":
            self._in_index = True
        elif tag == "table":
            self._in_index = False
        elif tag == "tr" and self._in_index and "data-rank" in a:
            self._cell = 1
        elif tag == "tr" and "disagree" in (a.get("class") or "").split():
            self.disagree += 1
        elif tag == "section" and a.get("class") == "story":
            self.stories.append(a.get("id") or "")

    def handle_data(self, data: str) -> None:
        if self._cell == 1 and data.strip():
            self.rows.append(data)
            self._cell = 0


def test_merge_html_report_is_self_contained_and_escaped(tmp_path: Path) -> None:
    articles = collection()
    articles[1].records["actor"][0]["name"] = "Serrano <script>alert(1)</script>"
    page = tmp_path / "report.html"
    code, _, _ = merge(jsonl(articles), "--html", str(page))
    html = page.read_text(encoding="utf-8")
    assert code == 0
    assert "<script>alert(1)</script>" not in html
    assert "Serrano &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http://" not in html and "https://" not in html and "src=" not in html


@needs_chromium
def test_merge_html_report_in_headless_chromium(tmp_path: Path) -> None:
    """After the page's script ran: one mark per dated story (the two with disagreeing sources
    marked), the entity index sorted by mentions from the link, each story with its sources."""
    page = tmp_path / "report.html"
    merge(jsonl(collection()), "--html", str(page))
    done = chromium(tmp_path, "--dump-dom", page.as_uri() + "#sort=mentions")
    assert done.returncode == 0, done.stderr[-2000:]
    seen = _Page()
    seen.feed(done.stdout)
    assert seen.check == "ok"
    assert [story for story, _ in seen.marks] == ["S1", "S2", "S3"]  # S4 has no date
    assert [story for story, classes in seen.marks if "disputed" in classes] == ["S1", "S2"]
    assert seen.stories == ["S1", "S2", "S3", "S4"]
    assert seen.disagree == 2  # the death toll and the launch's distance
    # sorted by mentions, most first: Alcântara 4 and Kenya 4 (ties keep the index order),
    # Serrano 3, then the four with 2 mentions; the two groups of officials last
    assert seen.rows[:3] == ["Alcântara", "Kenya", "Paulo Serrano"]
    assert sorted(seen.rows[-2:]) == ["Officials", "officials"]

    shot = tmp_path / "report.png"
    done = chromium(tmp_path, "--window-size=1200,900", f"--screenshot={shot}",
                     page.as_uri() + "#S2")
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.stat().st_size > 10_000


# ----------------------------------------------------------------------------- the samples


@pytest.fixture(scope="module")
def samples_records(extractor: Any, samples: Path,
                    tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`newsfacts extract samples/` as JSONL, with the session's model."""
    from extractor.batch import write_results
    from extractor.writers import JsonlWriter

    path = tmp_path_factory.mktemp("samples") / "records.jsonl"
    with open(path, "w", encoding="utf-8") as stream:
        results = extractor.extract_paths([str(samples)])
        write_results(results, JsonlWriter(stream), ("document", *extractor.kinds))
    return path


@pytest.fixture(scope="module")
def samples_merged(samples_records: Path) -> list:
    """`newsfacts extract samples/ | newsfacts merge --with-records -`."""
    result = CliRunner().invoke(app, ["merge", "--with-records", str(samples_records)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _docs_of(records: list[dict[str, Any]], name: str) -> list[set[str]]:
    """The member documents of each entity called `name`, file names without the folder."""
    return [{m["doc"].rsplit("/", 1)[-1] for m in r["members"]} for r in records
            if r["kind"] == "entity" and r["name"] == name]


def test_merge_samples_one_entity_per_real_actor(samples_merged: list) -> None:
    # Reuters acts in one story only ("economists polled by Reuters"); the agency a dateline
    # credits ("JAKARTA, June 18 (Reuters) -", "(AP) --") is no actor of the stories it filed
    assert _docs_of(samples_merged, "Reuters") == [{"wire_central_bank.txt"}]
    assert _docs_of(samples_merged, "AP") == []
    # Spain named, and "Madrid" for its government, in two stories
    assert _docs_of(samples_merged, "Spain") == [{"wire_border_talks.txt",
                                                  "wire_coast_guard_rescue_crlf.txt"}]
    # "Washington" pledging and "Washington said": the United States in both
    assert _docs_of(samples_merged, "United States") == [{"wire_drought_aid.txt",
                                                          "bom_peru_acting_president.txt"}]
    assert _docs_of(samples_merged, "Finland") == [{"wire_airspace_dispute.txt",
                                                    "web_breach.html"}]
    # the Foreign Ministry in Helsinki and the one in Warsaw are two ministries
    assert sorted(map(sorted, _docs_of(samples_merged, "Foreign Ministry"))) == [
        ["wire_airspace_dispute.txt"], ["wire_embassy_expulsion.txt"]]
    # "officials" of four stories are four groups of people
    assert len(_docs_of(samples_merged, "officials")) == 4


def _cluster_of(records: list[dict[str, Any]], name: str, triggers: set[str]) -> set[str]:
    """The stories of the events of document `name` whose trigger is one of `triggers`."""
    return {r["cluster"] for r in records if r["kind"] == "event"
            and r["doc"].rsplit("/", 1)[-1] == name and r["trigger"] in triggers}


@pytest.mark.parametrize(
    ("name", "triggers"),
    [
        # each headline tells the happening its first sentence tells again, in the past tense
        ("wire_coast_guard_rescue_crlf.txt", {"rescues", "rescued"}),  # the navy, 87 people
        ("wire_airspace_dispute.txt", {"summons", "summoned"}),  # Finland, Russia's envoy
        ("wire_mine_collapse.txt", {"trapped", "been trapped"}),  # the 14 miners, underground
        ("brief-typhoon", {"cancel", "cancelled"}),  # Taiwan's flights, on Wednesday
        ("brief-whale-stranding", {"stranded"}),  # the whales, on Sunday
    ],
)
def test_merge_samples_headline_and_body_tell_one_story(samples_merged: list, name: str,
                                                        triggers: set[str]) -> None:
    (story,) = _cluster_of(samples_merged, name, triggers)
    (record,) = [r for r in samples_merged if r["kind"] == "story" and r["id"] == story]
    assert len(record["members"]) == 2 and record["doc_count"] == 1


def test_merge_samples_no_two_stories_for_one_happening(samples_merged: list) -> None:
    """The samples tell different happenings: no action recurs on one day in two stories (in one
    year it may: the glacier lost 40 metres in 2022, the year a family lost its house)."""
    seen: dict[tuple[str, str], str] = {}
    for record in samples_merged:
        if record["kind"] == "story" and len(record["date"] or "") == len("2025-01-06"):
            key = (record["lemma"], record["date"])
            assert key not in seen, f"{record['id']} and {seen[key]} both {key}"
            seen[key] = record["id"]
    assert len(seen) > 100  # most stories of the samples carry a day


def test_merge_samples_in_any_order_and_under_any_names(samples_records: Path,
                                                        samples_merged: list,
                                                        tmp_path: Path) -> None:
    """The real records of the samples, documents reversed and renamed, merge the same."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for line in samples_records.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        by_doc.setdefault(record["doc"], []).append(record)
    names = {doc: f"{number * 7919 % 1000:03d}" for number, doc in enumerate(by_doc, 1)}
    shuffled = tmp_path / "shuffled.jsonl"
    with open(shuffled, "w", encoding="utf-8") as out:
        for doc in reversed(list(by_doc)):
            for record in by_doc[doc]:
                out.write(json.dumps({**record, "doc": names[doc]}) + "\n")
    result = CliRunner().invoke(app, ["merge", str(shuffled)])
    assert result.exit_code == 0, result.stderr
    back = {new: old for old, new in names.items()}
    merged = [json.loads(line) for line in result.stdout.splitlines()]
    for record in merged:
        for member in record["members"]:
            member["doc"] = back[member["doc"]]
        if record["kind"] == "story":
            for source in record["dates"]:
                source["doc"] = back[source["doc"]]
            for figure in record["figures"]:
                for value in figure["values"]:
                    value["doc"] = back[value["doc"]]
            if record["first_reported"]:
                record["first_reported"]["doc"] = back[record["first_reported"]["doc"]]
    assert merged == [r for r in samples_merged if r["kind"] in ("entity", "story")]
