"""Which place a name is: the features table, a US state abbreviation, the gazetteer, head words.

An ambiguous name ("Paris", "Victoria", "Santiago") goes to the entry the document points at: the
state or country written right after it ("Paris, Texas"), then a US state the document names,
then a country it names (country actors, countries of its other places), then the most populous
entry. A city far from everything the document names is taken only when it is well known.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import countries
from . import gazetteer, tables
from .gazetteer import Entry

#: A city in none of the document's countries (or, in the US, none of its states) is taken only
#: from this many people up: "Paris" in a story about Germany is still Paris, France, but a small
#: town of the same name abroad is not the one meant.
WELL_KNOWN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the document says about where it is: alpha-2 countries, (alpha-2, admin1) regions."""

    countries: frozenset[str]
    regions: frozenset[tuple[str, str]]
    # (name, alpha-2) of the great cities it names that smaller places elsewhere share a name
    # with ("Birmingham", GB): where the story is, for every other name
    great: frozenset[tuple[str, str]] = frozenset()

    def for_name(self, name: str) -> Evidence:
        """The evidence for `name`: its own great city is no evidence of what it means, or
        "Victoria" would always be Hong Kong's."""
        others = {country for great, country in self.great if great != name}
        return Evidence(self.countries | others, self.regions) if others else self


@dataclass(frozen=True, slots=True)
class Resolved:
    """A name's place type and country, and the gazetteer entry it was matched to, if any."""

    type: str
    country: str | None  # alpha-3
    entry: Entry | None = None
    source: str = ""  # the table that decided: geonames, iso3166-2, features, heads, ner
    lat: float | None = None  # WGS84, the entry's or the feature's
    lon: float | None = None


NO_EVIDENCE = Evidence(frozenset(), frozenset())
#: Types the noun after a name gives ("the Po river") that no gazetteer entry (a town or an
#: administrative region) can have: the named water is never the town of that name.
NOT_IN_GAZETTEER = frozenset({"water"})


def resolve(
    name: str,
    *,
    fallback: str,
    place_noun: str | None = None,
    qualifier: tuple[str, str | None] | None = None,
    evidence: Evidence = NO_EVIDENCE,
) -> Resolved:
    """The place `name` stands for.

    `fallback` is the type when no table knows the name (from the NER label); `place_noun` the
    type the lowercase noun after the name gives ("the Arno river": water), or the noun whose
    "of" it is ("the village of X": a city); `qualifier` the
    (alpha-2 country, admin1 or None) written right after the name.
    """
    evidence = evidence.for_name(name)
    feature = tables.features().get(name)
    if feature is not None:
        return Resolved(
            feature.type, feature.country, None, "features", feature.lat, feature.lon
        )
    country = countries.from_alpha2(qualifier[0]) if qualifier else None
    if place_noun in NOT_IN_GAZETTEER:
        return Resolved(place_noun, country, None, "heads")
    state = us_state(name)
    if state is not None:
        return _of_entry(state)
    entry = choose(gazetteer.lookup(name), qualifier, evidence)
    if entry is not None:
        return _of_entry(entry)
    head = tables.head_type(name.split())
    if head is not None:
        return Resolved(head, country, None, "heads")
    return Resolved(fallback, country, None, "label")


def us_state(name: str) -> Entry | None:
    """The US state an abbreviation names ("Calif.", "N.Y."), else None."""
    code = tables.state_abbreviations().get(name)
    if code is None:
        return None
    return next(
        (e for e in gazetteer.regions_of("US") if e.admin1 == code),
        None,
    )


def choose(
    entries: tuple[Entry, ...],
    qualifier: tuple[str, str | None] | None,
    evidence: Evidence,
) -> Entry | None:
    """The entry the document means among those bearing a name, or None."""
    if qualifier is not None:
        country, region = qualifier
        entries = tuple(
            e
            for e in entries
            if e.country == country and (region is None or e.kind == "city" and e.admin1 == region)
        )
    if not entries:
        return None

    def rank(e: Entry) -> tuple[bool, bool, bool, bool, int]:
        return (
            (e.country, e.admin1) in evidence.regions,
            e.country in evidence.countries,
            not e.alternate,
            e.kind == "city",
            e.population,
        )

    ranked = sorted(entries, key=rank, reverse=True)
    if qualifier is not None:
        return ranked[0]
    regions = [e for e in entries if e.kind == "region"]
    return next((e for e in ranked if _acceptable(e, evidence, len(regions))), None)


def _acceptable(entry: Entry, evidence: Evidence, regions: int) -> bool:
    """Whether the document may mean this entry: one in a region it names; a region that is the
    only one of its name or lies in one of its countries; a city in one of its countries (in
    the US, in one of its states when it names any); else a well-known city."""
    if (entry.country, entry.admin1) in evidence.regions:
        return True
    if entry.kind == "region":
        return regions == 1 or entry.country in evidence.countries
    elsewhere = any(country == entry.country for country, _ in evidence.regions)
    if entry.country in evidence.countries and not elsewhere:
        return True
    return entry.population >= WELL_KNOWN_POPULATION


def _of_entry(entry: Entry) -> Resolved:
    source = "geonames" if entry.kind == "city" else "iso3166-2"
    country = countries.from_alpha2(entry.country)
    return Resolved(entry.kind, country, entry, source, entry.lat, entry.lon)
