"""Token-level indexes of the records an event points at, built once per document.

Every look-up an event makes (is this token an actor's mention, a date, a place, inside a
claim?) is one list access, so linking costs one pass over the records and the tokens.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...records import Actor, Claim, DateFact, Distance, Place

if TYPE_CHECKING:
    from .. import Context

TIMING_TYPES = frozenset({"date", "time"})
"""Date records that can time an event; durations and sets measure or repeat, they do not."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(slots=True)
class Links:
    """Per token: the id of the actor, place, date, distance and claim it belongs to."""

    actor: list[str | None]
    place: list[str | None]
    date: list[DateFact | None]
    distance: list[Distance | None]
    claim: list[str | None]
    sentence: list[int]  # per token: the index of its sentence in `sentences`
    sentences: list[Span]
    dates: list[DateFact] = field(default_factory=list)  # the timing dates, in text order
    distances: list[Distance] = field(default_factory=list)
    place_sentences: set[int] = field(default_factory=set)  # sentences naming a place
    actor_types: dict[str, str] = field(default_factory=dict)
    mentions: list[tuple[int, str, bool]] = field(default_factory=list)
    """(head token, actor id, named as a subject) for every actor mention, in text order."""


def build_links(doc: Doc, ctx: Context) -> Links:
    """Index the records of `ctx` that events point at by the tokens they cover."""
    n = len(doc)
    actors = [r for r in ctx.records.get("actor", []) if isinstance(r, Actor)]
    links = Links(
        actor=[None] * n,
        place=[None] * n,
        date=[None] * n,
        distance=[None] * n,
        claim=[None] * n,
        sentence=[0] * n,
        sentences=list(doc.sents),
        actor_types={a.id: a.type for a in actors},
    )
    for number, sent in enumerate(links.sentences):
        links.sentence[sent.start : sent.end] = [number] * len(sent)
    for actor in actors:
        for m in actor.mentions:
            span = tokens(doc, m.start, m.end)
            if span is not None:
                _fill(links.actor, span, actor.id)
                if actor.type == "country":
                    _fill(links.place, span, actor.id)
    for place in ctx.records.get("place", []):
        if isinstance(place, Place):
            for m in place.mentions:
                span = tokens(doc, m.start, m.end)
                if span is not None:
                    _fill(links.place, span, place.id)
    links.place_sentences = {links.sentence[i] for i, p in enumerate(links.place) if p is not None}
    _index_mentions(doc, links)
    links.dates = _timing_dates(ctx.records.get("date", []))
    links.distances = [r for r in ctx.records.get("distance", []) if isinstance(r, Distance)]
    _index_ranges(doc, links.date, links.dates)
    _index_ranges(doc, links.distance, links.distances)
    _index_claims(doc, links, ctx.records.get("claim", []))
    return links


def tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _fill(slots: list, span: Span, value: object) -> None:
    slots[span.start : span.end] = [value] * len(span)


def _timing_dates(records: Iterable) -> list[DateFact]:
    return [r for r in records if isinstance(r, DateFact) and r.type in TIMING_TYPES]


def _index_ranges(doc: Doc, slots: list, records: Iterable) -> None:
    for record in records:
        span = tokens(doc, record.start, record.end)
        if span is not None:
            _fill(slots, span, record)


def _index_mentions(doc: Doc, links: Links) -> None:
    """One entry per mention: its syntactic head and whether it is a clause's subject."""
    i, n = 0, len(doc)
    while i < n:
        actor_id = links.actor[i]
        if actor_id is None:
            i += 1
            continue
        j = i
        while j < n and links.actor[j] == actor_id:
            j += 1
        head = doc[i:j].root
        links.mentions.append((head.i, actor_id, head.dep_ in SUBJECT_DEPS))
        i = j


def _index_claims(doc: Doc, links: Links, claims: Iterable) -> None:
    """Each token gets the innermost claim whose content holds it: longest fragments first."""
    fragments = [
        (end - start, start, end, claim.id)
        for claim in claims
        if isinstance(claim, Claim)
        for start, end in claim.content_fragments
    ]
    for _length, start, end, claim_id in sorted(fragments, reverse=True):
        span = tokens(doc, start, end)
        if span is not None:
            _fill(links.claim, span, claim_id)
