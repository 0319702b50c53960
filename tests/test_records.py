"""The record model against CONTRACT.md: every field, its JSON type and its allowed values."""

from __future__ import annotations

import json

import jsonschema
import pytest

from extractor.records import (
    Actor,
    Claim,
    DateFact,
    Distance,
    Document,
    Event,
    EventFigure,
    Mention,
    Place,
    json_schema,
)

# CONTRACT.md's tables, written out independently of the model: field -> (JSON types, enum).
COMMON = {
    "schema": ({"string"}, ["newsfacts/1"]),
    "doc": ({"string"}, None),
    "kind": ({"string"}, None),
    "text": ({"string"}, None),
    "start": ({"integer"}, None),
    "end": ({"integer"}, None),
    "rule": ({"string", "null"}, None),
    "sentence": ({"integer", "null"}, None),
}
CONTRACT = {
    "document": {
        "status": ({"string"}, ["ok", "failed"]),
        "error": ({"string", "null"}, None),
        "sha256": ({"string", "null"}, None),
        "chars": ({"integer"}, None),
        "body_start": ({"integer", "null"}, None),
        "body_end": ({"integer", "null"}, None),
        "reference_date": ({"string", "null"}, None),
        "reference_date_source": ({"string"}, ["option", "jsonl", "dateline", "html", "none"]),
        "counts": ({"object"}, None),
        "version": ({"string"}, None),
        "model": ({"string"}, None),
    },
    "actor": {
        "id": ({"string"}, None),
        "name": ({"string"}, None),
        "type": ({"string"}, ["person", "organization", "country", "location", "group"]),
        "mentions": ({"array"}, None),
        "aliases": ({"array"}, None),
        "roles": ({"array"}, None),
        "affiliation": ({"string", "null"}, None),
        "country_code": ({"string", "null"}, None),
    },
    "date": {
        "id": ({"string"}, None),
        "type": ({"string"}, ["date", "time", "duration", "set"]),
        "value": ({"string", "null"}, None),
        "granularity": ({"string"}, ["year", "month", "week", "day", "time"]),
        "relative": ({"boolean"}, None),
        "approximate": ({"boolean"}, None),
        "mod": (
            {"string", "null"},
            [
                "BEFORE",
                "AFTER",
                "ON_OR_BEFORE",
                "ON_OR_AFTER",
                "LESS_THAN",
                "MORE_THAN",
                "EQUAL_OR_LESS",
                "EQUAL_OR_MORE",
                "START",
                "MID",
                "END",
                "APPROX",
            ],
        ),
        "freq": ({"string", "null"}, None),
    },
    "distance": {
        "id": ({"string"}, None),
        "value": ({"number", "null"}, None),
        "unit": ({"string"}, None),
        "meters": ({"number", "null"}, None),
        "qualifier": (
            {"string"},
            ["exact", "about", "at least", "more than", "less than", "up to", "nearly"],
        ),
        "max_value": ({"number", "null"}, None),
        "same_as": ({"integer", "null"}, None),
    },
    "claim": {
        "id": ({"string"}, None),
        "speaker": ({"string", "null"}, None),
        "speaker_start": ({"integer", "null"}, None),
        "speaker_end": ({"integer", "null"}, None),
        "speaker_id": ({"string", "null"}, None),
        "speaker_ids": ({"array"}, None),
        "cue": ({"string"}, None),
        "cue_start": ({"integer", "null"}, None),
        "cue_end": ({"integer", "null"}, None),
        "content": ({"string"}, None),
        "content_start": ({"integer"}, None),
        "content_end": ({"integer"}, None),
        "content_fragments": ({"array"}, None),
        "quote": ({"string"}, ["direct", "indirect", "mixed"]),
    },
    "place": {
        "id": ({"string"}, None),
        "name": ({"string"}, None),
        "type": ({"string"}, ["city", "region", "water", "landform", "facility", "area"]),
        "mentions": ({"array"}, None),
        "aliases": ({"array"}, None),
        "country_code": ({"string", "null"}, None),
        "geonames_id": ({"integer", "null"}, None),
        "lat": ({"number", "null"}, None),
        "lon": ({"number", "null"}, None),
    },
    "event": {
        "id": ({"string"}, None),
        "trigger": ({"string"}, None),
        "trigger_start": ({"integer"}, None),
        "trigger_end": ({"integer"}, None),
        "lemma": ({"string"}, None),
        "category": ({"string"}, None),
        "agent_ids": ({"array"}, None),
        "patient_ids": ({"array"}, None),
        "object": ({"string", "null"}, None),
        "object_start": ({"integer", "null"}, None),
        "object_end": ({"integer", "null"}, None),
        "place_ids": ({"array"}, None),
        "date_ids": ({"array"}, None),
        "date": ({"string", "null"}, None),
        "date_basis": ({"string"}, ["clause", "sentence", "context", "reference", "none"]),
        "distance_ids": ({"array"}, None),
        "polarity": ({"string"}, ["positive", "negative"]),
        "modality": ({"string"}, ["actual", "planned", "possible", "hypothetical"]),
        "claim_id": ({"string", "null"}, None),
        "figures": ({"array"}, None),  # added by the events issue: counts of people
    },
}


def _variant(kind: str) -> dict:
    schema = json_schema()
    ref = schema["discriminator"]["mapping"][kind]
    return schema["$defs"][ref.rsplit("/", 1)[1]]


def _types(prop: dict) -> set[str]:
    options = prop.get("anyOf", [prop])
    found = set()
    for option in options:
        kind = option.get("type")
        if kind is None and "$ref" in option:
            kind = "object"
        found.update(kind if isinstance(kind, list) else [kind])
    return {"number" if t == "number" else t for t in found}


def _enum(prop: dict) -> list | None:
    for option in prop.get("anyOf", [prop]):
        if "enum" in option:
            return option["enum"]
        if "const" in option:
            return [option["const"]]
    return None


# Fields only `merge --with-records` adds to per-document records: in the schema, never required.
LINKS = {
    "actor": {"entity": ({"string"}, None)},
    "place": {"entity": ({"string"}, None)},
    "event": {"cluster": ({"string"}, None)},
}
# Cross-document records (issue 15): no document, so doc, start, end and sentence are null.
CROSS_COMMON = {
    **COMMON,
    "doc": ({"null"}, None),
    "start": ({"null"}, None),
    "end": ({"null"}, None),
    "sentence": ({"null"}, None),
    "id": ({"string"}, None),
    "members": ({"array"}, None),
}
CROSS = {
    "entity": {
        "name": ({"string"}, None),
        "type": (
            {"string"},
            ["person", "organization", "country", "location", "group", "city", "region",
             "water", "landform", "facility", "area"],
        ),
        "country_code": ({"string", "null"}, None),
        "geonames_id": ({"integer", "null"}, None),
        "aliases": ({"array"}, None),
        "role_counts": ({"object"}, None),
        "doc_count": ({"integer"}, None),
        "mention_count": ({"integer"}, None),
        "first_seen": ({"string", "null"}, None),
        "last_seen": ({"string", "null"}, None),
    },
    "story": {
        "lemma": ({"string"}, None),
        "category": ({"string"}, None),
        "date": ({"string", "null"}, None),
        "dates": ({"array"}, None),
        "agents": ({"array"}, None),
        "patients": ({"array"}, None),
        "places": ({"array"}, None),
        "doc_count": ({"integer"}, None),
        "first_reported": ({"object", "null"}, None),
        "figures": ({"array"}, None),
    },
}


@pytest.mark.parametrize("kind", [*CONTRACT, *CROSS])
def test_records_schema_matches_contract_fields(kind: str) -> None:
    variant = _variant(kind)
    required = {**COMMON, **CONTRACT[kind]} if kind in CONTRACT else {**CROSS_COMMON, **CROSS[kind]}
    expected = {**required, **LINKS.get(kind, {})}
    assert set(variant["properties"]) == set(expected)
    assert set(variant["required"]) == set(required)
    assert variant["additionalProperties"] is False
    assert variant["properties"]["kind"]["const"] == kind
    for name, (types, enum) in expected.items():
        prop = variant["properties"][name]
        got = _types(prop)
        if types == {"number", "null"}:  # ints are numbers too
            assert got >= {"null"} and got & {"number", "integer"}, name
        else:
            assert got == types, name
        if enum is not None:
            assert sorted(_enum(prop)) == sorted(enum), name


def test_records_schema_is_valid_draft_2020_12() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


COMMON_VALUES = dict(doc="a.txt", rule="r", sentence=0)
EXAMPLES = [
    DateFact(
        **COMMON_VALUES,
        text="Monday",
        start=3,
        end=9,
        id="T1",
        type="date",
        value="2025-01-06",
        granularity="day",
        relative=True,
        approximate=False,
        mod=None,
        freq=None,
    ),
    Distance(
        **COMMON_VALUES,
        text="about 1,100km",
        start=0,
        end=13,
        id="D1",
        value=1100,
        unit="km",
        meters=1100000,
        qualifier="about",
        max_value=None,
        same_as=None,
    ),
    Actor(
        **COMMON_VALUES,
        text="Ana Duarte",
        start=0,
        end=10,
        id="A1",
        name="Ana Duarte",
        type="person",
        mentions=[Mention(start=0, end=10, text="Ana Duarte")],
        aliases=[],
        roles=["Foreign Minister"],
        affiliation="Portugal",
        country_code="PRT",
    ),
    Claim(
        **COMMON_VALUES,
        text='"Go," she said',
        start=0,
        end=14,
        id="C1",
        speaker="she",
        speaker_start=6,
        speaker_end=9,
        speaker_id="A1",
        speaker_ids=["A1"],
        cue="say",
        cue_start=10,
        cue_end=14,
        content='"Go,"',
        content_start=0,
        content_end=5,
        content_fragments=[(0, 5)],
        quote="direct",
    ),
    Place(
        **COMMON_VALUES,
        text="Porto",
        start=20,
        end=25,
        id="P1",
        name="Porto",
        type="city",
        mentions=[Mention(start=20, end=25, text="Porto")],
        aliases=[],
        country_code="PRT",
        geonames_id=2735943,
        lat=41.14961,
        lon=-8.61099,
    ),
    Event(
        **COMMON_VALUES,
        text="Ana Duarte met the mayor in Porto",
        start=0,
        end=33,
        id="E1",
        trigger="met",
        trigger_start=11,
        trigger_end=14,
        lemma="meet",
        category="consult",
        agent_ids=["A1"],
        patient_ids=[],
        object=None,
        object_start=None,
        object_end=None,
        place_ids=["P1"],
        date_ids=[],
        date=None,
        date_basis="none",
        distance_ids=[],
        polarity="positive",
        modality="actual",
        claim_id=None,
        figures=[],
    ),
    Event(
        **COMMON_VALUES,
        text="The flood killed about 40 people",
        start=0,
        end=32,
        id="E2",
        trigger="killed",
        trigger_start=10,
        trigger_end=16,
        lemma="kill",
        category="assault",
        agent_ids=[],
        patient_ids=[],
        object="about 40 people",
        object_start=17,
        object_end=32,
        place_ids=[],
        date_ids=[],
        date=None,
        date_basis="none",
        distance_ids=[],
        polarity="positive",
        modality="actual",
        claim_id=None,
        figures=[
            EventFigure(
                what="killed", value=40, qualifier="about", text="about 40", start=17, end=25
            )
        ],
    ),
    Document(
        doc="a.txt",
        text="",
        start=0,
        end=0,
        rule=None,
        sentence=None,
        status="failed",
        error="binary file, not text",
        sha256=None,
        chars=0,
        body_start=None,
        body_end=None,
        reference_date=None,
        reference_date_source="none",
        counts={"date": 0},
        version="0.1.0",
        model="en_core_web_sm 3.8.0",
    ),
]


@pytest.mark.parametrize("record", EXAMPLES, ids=lambda r: r.kind)
def test_records_to_dict_validates_and_keeps_nulls(record) -> None:
    data = record.to_dict()
    jsonschema.validate(data, json_schema())
    assert list(data)[:2] == ["schema", "kind"]
    assert json.loads(record.to_json()) == json.loads(json.dumps(data))
    assert set(data) == set(COMMON) | set(CONTRACT[record.kind])


def test_records_schema_rejects_a_missing_field_and_a_wrong_enum() -> None:
    good = EXAMPLES[0].to_dict()
    missing = {k: v for k, v in good.items() if k != "relative"}
    wrong = {**good, "granularity": "fortnight"}
    for bad in (missing, wrong):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, json_schema())


def test_records_event_figures_serialise_and_are_checked() -> None:
    flood = next(r for r in EXAMPLES if isinstance(r, Event) and r.figures)
    data = flood.to_dict()
    assert data["figures"] == [
        {
            "what": "killed",
            "value": 40,
            "qualifier": "about",
            "text": "about 40",
            "start": 17,
            "end": 25,
        }
    ]
    wrong = {**data, "figures": [{**data["figures"][0], "what": "wounded badly"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(wrong, json_schema())


def test_records_are_frozen() -> None:
    with pytest.raises(AttributeError):
        EXAMPLES[0].value = "2020"  # type: ignore[misc]
