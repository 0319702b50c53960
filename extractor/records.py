"""The record data model of CONTRACT.md: one frozen dataclass per kind, one way to serialise.

The JSON Schema is generated from these classes (pydantic), so schema and model cannot drift.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cache
from typing import Annotated, Any, ClassVar, Literal, Union, get_type_hints

SCHEMA_ID = "newsfacts/1"

DateType = Literal["date", "time", "duration", "set"]
Granularity = Literal["year", "month", "week", "day", "time"]
ActorType = Literal["person", "organization", "country", "location", "group"]
Qualifier = Literal["exact", "about", "at least", "more than", "less than", "up to", "nearly"]
QuoteType = Literal["direct", "indirect", "mixed"]
ReferenceDateSource = Literal["option", "jsonl", "dateline", "html", "none"]
TimexMod = Literal[
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
]
PlaceType = Literal["city", "region", "water", "landform", "facility", "area"]
DateBasis = Literal["clause", "sentence", "context", "reference", "none"]
Polarity = Literal["positive", "negative"]
Modality = Literal["actual", "planned", "possible", "hypothetical"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One place an actor is named."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """Fields common to every record."""

    KIND: ClassVar[str] = ""

    doc: str
    text: str
    start: int
    end: int
    rule: str | None
    sentence: int | None

    @property
    def kind(self) -> str:
        return self.KIND

    def to_dict(self) -> dict[str, Any]:
        """The record as CONTRACT.md orders it: common fields first, nulls kept."""
        out: dict[str, Any] = {"schema": SCHEMA_ID, "kind": self.KIND}
        for f in fields(self):
            out[f.name] = _plain(getattr(self, f.name))
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def _plain(value: Any) -> Any:
    if isinstance(value, Mention):
        return {"start": value.start, "end": value.end, "text": value.text}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Document(Record):
    """What a run read and how: written after the document's facts, also when it failed."""

    KIND: ClassVar[str] = "document"

    status: Literal["ok", "failed"]
    error: str | None
    sha256: str | None
    chars: int
    body_start: int | None
    body_end: int | None
    reference_date: str | None
    reference_date_source: ReferenceDateSource
    counts: dict[str, int]
    version: str
    model: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor(Record):
    """One distinct actor of a document, with every mention of it."""

    KIND: ClassVar[str] = "actor"

    id: str
    name: str
    type: ActorType
    mentions: list[Mention]
    aliases: list[str]
    roles: list[str]
    affiliation: str | None
    country_code: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateFact(Record):
    """One temporal expression, normalized to a TIMEX3 value."""

    KIND: ClassVar[str] = "date"

    id: str
    type: DateType
    value: str | None
    granularity: Granularity
    relative: bool
    approximate: bool
    mod: TimexMod | None
    freq: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Distance(Record):
    """One reported distance, with its value in metres."""

    KIND: ClassVar[str] = "distance"

    id: str
    value: float | int | None
    unit: str
    meters: float | int | None
    qualifier: Qualifier
    max_value: float | int | None
    same_as: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim(Record):
    """One attributed statement: who said what, how."""

    KIND: ClassVar[str] = "claim"

    id: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_id: str | None
    speaker_ids: list[str]
    cue: str
    cue_start: int | None
    cue_end: int | None
    content: str
    content_start: int
    content_end: int
    content_fragments: list[tuple[int, int]]
    quote: QuoteType


@dataclass(frozen=True, slots=True, kw_only=True)
class Place(Record):
    """One distinct named location of a document that is not a country actor."""

    KIND: ClassVar[str] = "place"

    id: str
    name: str
    type: PlaceType
    mentions: list[Mention]
    aliases: list[str]
    country_code: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Record):
    """One reported happening: who did what to whom, where, when and how far, by record id."""

    KIND: ClassVar[str] = "event"

    id: str
    trigger: str
    trigger_start: int
    trigger_end: int
    lemma: str
    category: str
    agent_ids: list[str]
    patient_ids: list[str]
    object: str | None
    object_start: int | None
    object_end: int | None
    place_ids: list[str]
    date_ids: list[str]
    date: str | None
    date_basis: DateBasis
    distance_ids: list[str]
    polarity: Polarity
    modality: Modality
    claim_id: str | None


FACT_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls for cls in (Actor, Place, DateFact, Distance, Claim, Event)
}
RECORD_TYPES: dict[str, type[Record]] = {"document": Document, **FACT_TYPES}


@cache
def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one record, generated from the dataclasses above."""
    from pydantic import Field, TypeAdapter, create_model

    variants = []
    for kind, cls in RECORD_TYPES.items():
        extra = {
            "schema_": (Literal["newsfacts/1"], Field(alias="schema")),
            "kind": (Literal[kind], ...),  # type: ignore[valid-type]
        }
        hints = get_type_hints(cls)
        for f in fields(cls):
            extra[f.name] = (hints[f.name], ...)
        model = create_model(
            cls.__name__,
            __doc__=(cls.__doc__ or "").strip(),
            __config__={"extra": "forbid"},
            **extra,
        )
        variants.append(model)
    union = Annotated[Union[tuple(variants)], Field(discriminator="kind")]  # noqa: UP007
    schema = TypeAdapter(union).json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsfacts.invalid/schema/newsfacts-1.json",
        "title": "newsfacts record",
        **schema,
    }
