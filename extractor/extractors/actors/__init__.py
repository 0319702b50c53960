"""Actors: one record per real-world actor of a document, with roles, affiliation and country code.

Mentions come from spaCy's entities, corrected by rules, plus matchers run over the doc (never
added to the shared pipeline; built once per vocab in `tables`): a gazetteer of country
names, capitals and demonyms, a title matcher, and a matcher of group and organisation nouns.
Then, per document (state in `state`, one module per step):

1. clean (`mentions`): leading "the", possessive "'s", titles and nationality words come
   off names; time zones, weekdays, numbers, lowercase phrases and words capitalised only because
   they open a headline or sentence are dropped, and so is an entity inside a title ("State" of
   "Secretary of State"); a leader's name before the body under them is one organisation
   ("the Carter administration", "the Okafor campaign": `data/actors/leader_bodies.txt`);
   the story's names are found again in a headline in capitals (`capitals`: "WAUGH HITS
   CENTURY"), where NER, reading case, misses them;
2. type (`types`): country names are countries (ISO 3166-1 alpha-3); a capital that is
   the subject or possessor of a verb or noun, or the object of a non-locative preposition, is its
   country (rule `capital-as-government`), else a place; a name right after a title is a person;
3. consolidate (`people`, `nouns`, `consolidate`): a short form
   ("Smith") joins the full name used elsewhere and takes its type; an acronym joins the
   organisation it abbreviates; a bare "the military" joins the group named before; ids follow
   the order of first mention;
4. describe (`roles`): roles and affiliation from the title before a name ("French
   Interior Minister X", "Peru's then-president X", "Reuters' X") or the appositive after it ("X,
   the foreign minister of Y"); the affiliation of organisations and groups from their possessor
   or nationality adjective ("Brazil's Ministry of Health", "Chilean lawmakers").

`find_actor(actors, start, end)` gives the actor mentioned at a span, for kinds that point at
actors. Actors run first: this package reads no other kind's records, takes every country name,
capital and demonym from `extractor.countries`, and never adds its matchers to the shared spaCy
pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ... import countries
from ...company_names import names_in_story
from ...records import Actor, Mention
from ..common import LocationMention
from .capitals import CapitalsFinder
from .consolidate import Consolidator
from .locations import LocationTyper
from .mentions import MentionFinder
from .nouns import GroupNounFinder
from .people import PeopleClusterer
from .roles import RoleDescriber
from .state import ActorDraft

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .. import Context


def extract(doc: Doc, ctx: Context) -> list[Actor]:
    """One record per actor of the document, in order of first mention."""
    return _Analysis(doc, ctx).records()


def find_actor(actors: Sequence[Actor], start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping [start, end), for pointing a span at an actor.

    Among overlapping mentions the one sharing the most characters with the span wins, then the
    one closest in length (so "Okafor's office" finds the office, "Okafor" the person); None if no
    mention overlaps.
    """
    best, best_key = None, None
    for actor in actors:
        for m in actor.mentions:
            shared = min(end, m.end) - max(start, m.start)
            if shared <= 0:
                continue
            key = (shared, -abs((m.end - m.start) - (end - start)))
            if best_key is None or key > best_key:
                best, best_key = actor, key
    return best


class _Analysis(
    MentionFinder, LocationTyper, CapitalsFinder, PeopleClusterer, GroupNounFinder,
    Consolidator, RoleDescriber,
):
    """One `extract` call: the steps in order, then the records."""

    def records(self) -> list[Actor]:
        self.find_mentions()
        self.decide_capitals()
        self.retype_titled()
        self.retype_by_context()
        self.retype_locations()
        self.find_names_in_capitals()
        people = self.cluster_people()
        self.find_group_nouns()
        actors = self.build_actors(people)
        self.describe_people(people)
        actors = self.hand_over_locations(actors)
        for actor in actors:
            actor.mentions.sort(key=lambda x: (x.start, x.end))
        actors.sort(key=lambda a: (a.mentions[0].start, a.mentions[0].end))
        for actor in actors:
            if actor.type == "person":  # the longest name; a headline's capitals the last
                actor.name = max(
                    (self.surface(m.start, m.end) for m in actor.mentions),
                    key=lambda t: (len(t.split()), not t.isupper(), len(t)),
                )
        for actor in actors:
            if actor.head:
                actor.name = self.noun_name(actor)
            elif actor.type == "organization":
                owned = next((m for m in actor.mentions if m.possessor is not None), None)
                prefixed = next((m for m in actor.mentions if m.name_start is not None), None)
                if owned is not None and owned.possessor.actor is not None and not any(
                        names_in_story(self.surface(m.start, m.end)) for m in actor.mentions):
                    # "Russia's Defence Ministry"; a company's full name needs no owner
                    # ("Germany's Volkswagen AG" is Volkswagen AG, "AMD's Norvik" is Norvik
                    # Motors where the story names it so)
                    owner = owned.possessor
                    actor.name = owner.actor.name + self.surface(owner.end, owned.end)
                elif prefixed is not None:
                    actor.name = self.surface(prefixed.name_start, prefixed.end)
        return [self.record(number, actor) for number, actor in enumerate(actors, 1)]

    def hand_over_locations(self, actors: list[ActorDraft]) -> list[ActorDraft]:
        """The actors that are not locations; the locations' mentions go to `ctx.locations`,
        where the places take them (a name is an actor or a place, never both)."""
        kept, locations = [], []
        for actor in actors:
            if actor.type != "location":
                kept.append(actor)
                continue
            for m in actor.mentions:
                start, end = self.chars(m.start, m.end)
                locations.append(LocationMention(start, end, "+".join(m.rules), m.label))
        self.ctx.locations = sorted(locations, key=lambda m: (m.start, m.end))
        return kept

    def noun_name(self, actor: ActorDraft) -> str:
        """ "Chile's navy", "the mayor's office", "investigators"."""
        named = [m for m in actor.mentions if m.possessor is not None or m.qualifier is not None]
        mention = named[0] if named else actor.mentions[0]
        owner = mention.possessor
        if owner is not None and owner.actor is not None and owner.type == "person":
            return owner.actor.name + self.surface(owner.end, mention.end)
        return self.surface(mention.start, mention.end)

    def affiliation_of(self, actor: ActorDraft) -> tuple[str | None, str | None]:
        affiliation = actor.affiliation
        if affiliation is None:
            return None, None
        if isinstance(affiliation, str):
            return countries.country_name(affiliation), affiliation
        if affiliation.type == "country":
            return affiliation.name, affiliation.code
        code = None
        if isinstance(affiliation.affiliation, str):
            code = affiliation.affiliation
        elif affiliation.affiliation is not None and affiliation.affiliation.type == "country":
            code = affiliation.affiliation.code
        return affiliation.name, code

    def record(self, number: int, actor: ActorDraft) -> Actor:
        mentions = []
        seen: set[tuple[int, int]] = set()
        rules: list[str] = []
        for m in actor.mentions:
            start, end = self.chars(m.start, m.end)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            mentions.append(Mention(start=start, end=end, text=self.text[start:end]))
            rules.extend(r for r in m.rules if r not in rules)
        aliases: list[str] = []
        for m in mentions:
            alias = self.as_read(m.start, m.end)
            if alias != actor.name and alias not in aliases:
                aliases.append(alias)
        if actor.type == "country":
            affiliation, code = None, actor.code
        else:
            affiliation, code = self.affiliation_of(actor)
        first = mentions[0]
        return Actor(
            doc=self.ctx.doc_id,
            text=first.text,
            start=first.start,
            end=first.end,
            rule="+".join(rules),
            sentence=self.ctx.sentence(first.start),
            id=f"A{number}",
            name=actor.name,
            type=actor.type,  # type: ignore[arg-type]
            mentions=mentions,
            aliases=aliases,
            roles=list(actor.roles),
            affiliation=affiliation,
            country_code=code,
        )


__all__ = ["extract", "find_actor"]
