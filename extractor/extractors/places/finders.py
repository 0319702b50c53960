"""Places spaCy did not tag: a dateline's place, and known places after a preposition in lines
written in title case ("Three Hurt In Leeds Bus Crash"), where its tagger often fails.

Only words no actor or location mention covers are looked at, and only in the article body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..actors.state import POSSESSIVE
from ..actors.tables import word_set
from ..common import LocationMention, word_after
from . import gazetteer, tables
from .dateline import find_dateline

if TYPE_CHECKING:
    from .. import Context

#: Prepositions after which a known place's name is looked for.
PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "into", "across"})
#: spaCy labels of words that are never a place's name.
NOT_PLACES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "NORP"}
)
#: Longest name looked up after a preposition, in words.
MAX_NAME_WORDS = 3
#: A city found by its name alone must be this big (a big city's name is rarely anything else).
FOUND_CITY_POPULATION = 50_000


def find_places(doc: Doc, ctx: Context) -> list[LocationMention]:
    """Place mentions no earlier step found, in text order."""
    covered = bytearray(len(doc))
    spans = [(m.start, m.end) for m in ctx.locations]
    spans += [(m.start, m.end) for a in ctx.records.get("actor", []) for m in a.mentions]
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            covered[span.start : span.end] = b"\x01" * len(span)
    located = bytearray(len(doc))  # the words of the locations found so far
    for m in ctx.locations:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            located[span.start : span.end] = b"\x01" * len(span)
    found = []
    dateline = find_dateline(ctx.read_text(), ctx.body.start, ctx.body.end)
    if dateline is not None:
        span = doc.char_span(*dateline, alignment_mode="expand")
        if span is not None and not any(covered[span.start : span.end]):
            found.append(LocationMention(*dateline, "dateline"))
            covered[span.start : span.end] = b"\x01" * len(span)
    geo_nouns = word_set("actors/geo_nouns.txt")
    for token in doc:
        if covered[token.i] and token.lower_ not in POSSESSIVE:
            continue
        if (
            token.lower_ in PREPOSITIONS
            or token.lower_ == "of" and token.head.lemma_ in geo_nouns  # "the capital of X"
            or token.lower_ in POSSESSIVE and token.i > 0 and covered[token.i - 1]  # "Peru's X"
            or token.lower_ in ("and", "or") and token.i > 0 and located[token.i - 1]  # "X and Y"
        ):
            after = word_after(token)  # past the blanks of "in [Arequipa](...)" in Markdown
            mention = _known_place_after(doc, after.i, covered, ctx) if after else None
            if mention is not None:
                found.append(mention)
    return found


def _known_place_after(
    doc: Doc, i: int, covered: bytearray, ctx: Context
) -> LocationMention | None:
    end = i
    while (
        end < min(len(doc), i + MAX_NAME_WORDS)
        and doc[end].is_title
        and not covered[end]
        and doc[end].ent_type_ not in NOT_PLACES  # not "in March", "at Christmas"
    ):
        end += 1
    for stop in range(end, i, -1):
        span = doc[i:stop]
        if ctx.body.is_furniture(span.start_char, span.end_char):
            return None
        if _known(span.text):
            return LocationMention(span.start_char, span.end_char, "gazetteer")
    return None


def _known(name: str) -> bool:
    if name in tables.features():
        return True
    several_words = " " in name  # one-word region names are often words ("Centre", "Unity")
    return any(
        e.kind == "region" and (e.country == "US" or several_words)
        or e.population >= FOUND_CITY_POPULATION
        for e in gazetteer.lookup(name)
    )
