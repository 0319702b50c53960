"""Place mentions: the locations the actor analysis set apart, with what is written around them.

A name followed by ", <US state>" or ", <country>" ("Paris, Texas", "Mannheim, Germany") carries
that state or country as its qualifier. The document's evidence of where it is comes from its
country actors (and the countries its other actors belong to), the US states it names, and the
names that only one gazetteer entry bears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ... import countries
from ...data import lines
from ..actors.tables import title_words, word_set
from ..common import as_read
from . import gazetteer, tables
from .finders import find_places
from .resolve import Evidence, Resolved, us_state
from .tables import DISTANCE_FROM_PLACE

if TYPE_CHECKING:
    from ...records import Actor
    from .. import Context

#: The type of a name no table knows, by spaCy's label: a GPE that is no country or region is
#: most often a town; a LOC an area; a FAC a facility.
# A name's city counts as evidence of where the story is, though smaller places elsewhere bear
# the name, when it has at least DOMINANT_POPULATION people and DOMINANCE times the biggest of
# them ("Birmingham", England, over Birmingham, Alabama).
DOMINANT_POPULATION = 500_000
DOMINANCE = 4
FALLBACK_TYPES = {"GPE": "city", "LOC": "area", "FAC": "facility"}
DEFAULT_TYPE = "area"
#: Rules of the actor analysis that found a name to be a place from the words around it.
PLACE_RULES = frozenset(
    {
        "dateline", "place-of", "place-possessor", "place-apposition", "place-noun", "locative",
        "listed-with-places", "gazetteer-place", "hometown", "facility", "place-head", "us-state",
        "road-number",
        DISTANCE_FROM_PLACE,
    }
)
#: Prepositions whose object is a place: "in X", "near X", "from X".
PLACE_PREPOSITIONS = frozenset(
    {
        "in", "at", "from", "near", "outside", "inside", "into", "across", "throughout", "around",
        "toward", "towards", "via", "between", "along", "to",
    }
)
#: How many nouns up a chain of modifiers a name may describe a person: "the Kent County
#: courthouse killer" (County -> courthouse -> killer).
MAX_MODIFIER_CHAIN = 3
#: What joins the two streets of an intersection.
_INTERSECTION = re.compile(r"[ \t]+(?:and|&)[ \t]+")
#: What may stand between a name and its qualifier: ", " (a line break is a new line, not this).
_QUALIFIER_GAP = re.compile(r"[ \t]*,[ \t]{1,2}")  # blanks before the comma: a link's target


@dataclass(slots=True)
class Candidate:
    """One place mention while the document is analysed."""

    start: int
    end: int
    text: str  # as written
    name: str  # as looked up: "Seoul" for a dateline's "SEOUL"
    rule: str
    fallback: str
    place_noun: str | None = None  # the type a noun by it gives: "the Po river" is water, "the
    # village of X" a city
    qualifier: tuple[str, str | None] | None = None
    resolved: Resolved | None = None
    placed: bool = False  # the words around it make it a place
    qualifies: bool = False  # the state of the name before it: "Ark." of "Hot Springs, Ark."
    describes: bool = False  # says who someone is: "a Nevada inmate"


def candidates(doc: Doc, ctx: Context) -> list[Candidate]:
    """The document's place mentions, in text order, with their qualifiers."""
    out = []
    for location in [*ctx.locations, *find_places(doc, ctx)]:
        span = doc.char_span(location.start, location.end, alignment_mode="expand")
        text = ctx.text[location.start : location.end]
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        place_noun = tables.type_after(after) or _type_of_noun_before(span)
        fallback = place_noun or FALLBACK_TYPES.get(location.label, DEFAULT_TYPE)
        read = as_read(ctx.text, ctx.body.markup, location.start, location.end)
        candidate = Candidate(
            location.start, location.end, text, lookup_name(read), location.rule, fallback,
            place_noun,
        )
        rules = set(location.rule.split("+"))
        candidate.placed = bool(PLACE_RULES & rules) or place_noun is not None or \
            _after_preposition(doc, candidate)
        candidate.describes = span is not None and describes_person(span)
        out.append(candidate)
    out = _join_intersections(sorted(out, key=lambda c: (c.start, c.end)), ctx.text)
    _qualify(out, ctx)
    return out


def _join_intersections(found: list[Candidate], text: str) -> list[Candidate]:
    """Two streets joined by "and" or "&" are one place: "at 5th Avenue and 42nd Street"."""
    streets = _street_words()
    out: list[Candidate] = []
    for candidate in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.text.split()[-1] in streets
            and candidate.text.split()[-1] in streets
            and _INTERSECTION.fullmatch(text, last.end, candidate.start)
        ):
            last.end, last.text = candidate.end, text[last.start : candidate.end]
            last.name = lookup_name(last.text)
            last.rule += "+intersection"
            last.placed = last.placed or candidate.placed
            continue
        out.append(candidate)
    return out


@cache
def _street_words() -> frozenset[str]:
    return frozenset(lines("places/street_words.txt"))


def describes_person(span: Span) -> bool:
    """A name that says who someone is, not where something happens: before a noun for people or
    a title ("a Nevada inmate", "an Ohio jury", "Utah Gov. X", "the Kent County courthouse
    killer"), or after a title's "of" ("the Governor of Utah")."""
    words = _person_words()
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in words and root.head.head.i < span.start
    token = root
    for _ in range(MAX_MODIFIER_CHAIN):
        if token.dep_ not in ("compound", "nmod", "amod") or token.head.i < span.end:
            return False
        between = span.doc[token.i + 1 : token.head.i + 1]  # "Nevada convict John Doe"
        if any(t.lower_ in words or t.lemma_.lower() in words for t in between):
            return True
        token = token.head
    return False


@cache
def _person_words() -> frozenset[str]:
    """Nouns for people and one-word titles, lowercase."""
    titles = {t for t in title_words() if " " not in t}
    return frozenset(lines("places/person_nouns.txt")) | titles


def _type_of_noun_before(span: Span | None) -> str | None:
    """The type a place noun gives the name that is its "of" ("the village of X": a city)."""
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "of":
        return None
    noun = span.root.head.head
    return tables.type_after(noun) if noun.i < span.start else None


def _after_preposition(doc: Doc, candidate: Candidate) -> bool:
    """Whether a place's preposition ("in X and Y") or a place noun's "of" ("the village of
    X") governs the name."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:  # "in X and Y"
        root = root.head
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    return preposition.lower_ in PLACE_PREPOSITIONS or preposition.lower_ == "of" and \
        preposition.head.lemma_.lower() in word_set("actors/geo_nouns.txt") and \
        preposition.head.i < span.start


def lookup_name(text: str) -> str:
    """The form a name is looked up by: one line, and capitalised when written in capitals."""
    text = " ".join(text.split())
    if text.isupper() and text not in tables.state_abbreviations():
        return text.title()
    return text


def _qualify(found: list[Candidate], ctx: Context) -> None:
    """Qualifiers from the state or country written right after a name."""
    by_start = {c.start: c for c in found}
    country_at = _country_mentions(ctx.records.get("actor", []))
    text = ctx.read_text()  # "[Shaker Heights](...), Ohio": the gap as a reader sees it
    for candidate in found:
        gap = _QUALIFIER_GAP.match(text, candidate.end)
        if gap is None:
            continue
        after = by_start.get(gap.end())
        if after is not None:
            state = us_state(after.name) or _state_named(after.name)
            if state is not None:
                candidate.qualifier = ("US", state.admin1)
                candidate.placed = after.qualifies = True
        elif gap.end() in country_at and not _possessive(text, gap.end(), country_at):
            candidate.placed = True
            code = countries.to_alpha2(country_at[gap.end()][0])
            candidate.qualifier = (code, None) if code else None


def _possessive(text: str, start: int, country_at: dict[int, tuple[str, int]]) -> bool:
    """ "Rotterdam, Britain's coastguard said": the country begins a new phrase."""
    end = country_at[start][1]
    return text[end : end + 2] in ("'s", "’s")


def _state_named(name: str) -> gazetteer.Entry | None:
    states = (e for e in gazetteer.lookup(name) if e.kind == "region" and e.country == "US")
    return next(states, None)


def _state_first(name: str) -> gazetteer.Entry | None:
    """The US state a name means before anything else ("Texas"; not "Washington", the city)."""
    entries = gazetteer.lookup(name)
    first = entries[0] if entries else None
    return first if first and first.kind == "region" and first.country == "US" else None


def _country_mentions(actors: list[Actor]) -> dict[int, tuple[str, int]]:
    """Start offset -> (alpha-3 code, end offset) of every country actor's mention."""
    return {
        m.start: (actor.country_code, m.end)
        for actor in actors
        if actor.type == "country" and actor.country_code
        for m in actor.mentions
    }


def evidence(found: list[Candidate], actors: list[Actor]) -> Evidence:
    """Where the document is: countries of its actors and of its unambiguous places, US states."""
    codes = {countries.to_alpha2(a.country_code) for a in actors if a.country_code}
    regions: set[tuple[str, str]] = set()
    great: set[tuple[str, str]] = set()
    for candidate in found:
        if candidate.qualifier is not None:
            country, region = candidate.qualifier
            codes.add(country)
            if region is not None:
                regions.add((country, region))
        state = us_state(candidate.name) or _state_first(candidate.name)
        if state is not None:
            regions.add(("US", state.admin1))
            codes.add("US")
            continue
        feature = tables.features().get(candidate.name)
        if feature is not None and feature.country:
            codes.add(countries.to_alpha2(feature.country))
            continue
        entries = gazetteer.lookup(candidate.name)
        if len({e.country for e in entries}) == 1:
            codes.add(entries[0].country)
        elif (known := _dominant(entries)) is not None:
            great.add((candidate.name, known))  # "Birmingham": England's, not Alabama's
    codes.discard(None)
    return Evidence(frozenset(codes), frozenset(regions), frozenset(great))


def _dominant(entries: tuple[gazetteer.Entry, ...]) -> str | None:
    """The country of the one great city among the places of a name (a city of at least
    DOMINANT_POPULATION, DOMINANCE times the biggest of the name elsewhere), else None."""
    cities = sorted((e for e in entries if e.kind == "city"), key=lambda e: -e.population)
    if not cities or cities[0].population < DOMINANT_POPULATION:
        return None
    rivals = [e.population for e in cities[1:] if e.country != cities[0].country]
    return cities[0].country if not rivals or cities[0].population >= DOMINANCE * rivals[0] \
        else None
