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
EntityType = Literal[ActorType, PlaceType]


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One place an actor is named."""

    start: int
    end: int
    text: str


class _Serialised:
    """One way to serialise every record dataclass: `kind`, `to_dict()`, `to_json()`."""

    __slots__ = ()
    KIND: ClassVar[str] = ""

    @property
    def kind(self) -> str:
        return self.KIND

    def to_dict(self) -> dict[str, Any]:
        """The record as CONTRACT.md orders it: common fields first, nulls kept."""
        out: dict[str, Any] = {"schema": SCHEMA_ID, "kind": self.KIND}
        for name in _field_names(type(self)):
            out[name] = _plain(getattr(self, name))
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Record(_Serialised):
    """Fields common to every record."""

    doc: str
    text: str
    start: int
    end: int
    rule: str | None
    sentence: int | None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
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


FigureWhat = Literal[
    "killed",
    "injured",
    "killed or injured",
    "dead",
    "missing",
    "arrested",
    "detained",
    "evacuated",
    "displaced",
    "rescued",
    "affected",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFigure:
    """A count of people an event gives: "killed 12", "more than 1,000 ... killed or injured"."""

    what: FigureWhat
    value: int | float
    qualifier: Qualifier
    text: str
    start: int
    end: int


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
    figures: list[EventFigure]


# ----------------------------------------------------------------------------- across documents


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    """One per-document record a cross-document record gathers."""

    doc: str
    id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CrossRecord(_Serialised):
    """Fields common to the records of `merge`: no document, so no offsets and no sentence."""

    doc: None = None
    text: str
    start: None = None
    end: None = None
    rule: str | None
    sentence: None = None
    id: str
    members: list[Member]


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(CrossRecord):
    """One real-world actor or place across the documents of a merge."""

    KIND: ClassVar[str] = "entity"

    name: str
    type: EntityType
    country_code: str | None
    geonames_id: int | None
    aliases: list[str]
    role_counts: dict[str, int]
    doc_count: int
    mention_count: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceDate:
    """The date one source document gives a story (null where it gives none)."""

    doc: str
    date: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FirstReport:
    """The earliest reference date among a story's sources, and that document."""

    date: str
    doc: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureValue:
    """One source's value of a measured figure: a distance (metres) or a count of people."""

    doc: str
    id: str
    text: str
    value: float | int
    qualifier: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """What the sources of a story give for one measure, and whether they agree within 5%."""

    what: str
    unit: str
    agree: bool
    values: list[FigureValue]


@dataclass(frozen=True, slots=True, kw_only=True)
class Story(CrossRecord):
    """One real-world happening: the events of the documents that report it."""

    KIND: ClassVar[str] = "story"

    lemma: str
    category: str
    date: str | None
    dates: list[SourceDate]
    agents: list[str]
    patients: list[str]
    places: list[str]
    doc_count: int
    first_reported: FirstReport | None
    figures: list[Figure]


FACT_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls for cls in (Actor, Place, DateFact, Distance, Claim, Event)
}
CROSS_TYPES: dict[str, type[CrossRecord]] = {cls.KIND: cls for cls in (Entity, Story)}
RECORD_TYPES: dict[str, type[Record] | type[CrossRecord]] = {
    "document": Document,
    **FACT_TYPES,
    **CROSS_TYPES,
}
# Fields `merge --with-records` adds to per-document records (`extract` never writes them): the
# entity an actor or place belongs to, the story an event belongs to.
MERGE_LINKS: dict[str, str] = {"actor": "entity", "place": "entity", "event": "cluster"}


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
        if kind in MERGE_LINKS:  # optional: only `merge --with-records` writes it
            extra[MERGE_LINKS[kind]] = (str, None)
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
