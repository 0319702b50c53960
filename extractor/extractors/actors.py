"""Actors: one record per distinct actor, from spaCy's named entities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..records import Actor, Mention

if TYPE_CHECKING:
    from . import Context

ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "LOC": "location",
    "FAC": "location",
}


def extract(doc: Doc, ctx: Context) -> list[Actor]:
    """Group entity mentions by their text; the first mention's label decides the type."""
    groups: dict[str, list] = {}
    for ent in doc.ents:
        if ent.label_ in ENTITY_TYPES and not ent.text.isspace():
            groups.setdefault(ent.text, []).append(ent)
    actors = []
    for number, (name, ents) in enumerate(groups.items(), 1):
        first = ents[0]
        actors.append(
            Actor(
                doc=ctx.doc_id,
                text=first.text,
                start=first.start_char,
                end=first.end_char,
                rule="ner",
                sentence=ctx.sentence(first.start_char),
                id=f"A{number}",
                name=name,
                type=ENTITY_TYPES[first.label_],
                mentions=[Mention(start=e.start_char, end=e.end_char, text=e.text) for e in ents],
                aliases=[],
                roles=[],
                affiliation=None,
                country_code=None,
            )
        )
    return actors
