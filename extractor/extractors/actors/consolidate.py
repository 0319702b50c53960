"""Actors, step 5: mentions of countries, places, organisations and nouns joined into actors.

An acronym joins the organisation it abbreviates; a bare "the military" joins the group named
before; an organisation takes its affiliation from its possessor or nationality adjective.
"""

from __future__ import annotations

from ... import countries
from ...company_names import names_in_story
from .state import (
    MAX_ACRONYM_CHARS,
    MIN_ACRONYM_CHARS,
    POSSESSIVE,
    ActorDraft,
    DocumentState,
    TokenMention,
)

#: A nationality describes an organisation across at most this many lowercase nouns: "German
#: carmaker Volkswagen", "Norwegian ferry operator Fjordline".
MAX_DESCRIPTOR_NOUNS = 3


class Consolidator(DocumentState):
    """Joins the mentions into actors."""

    def build_actors(self, people: list[ActorDraft]) -> list[ActorDraft]:
        actors: list[ActorDraft] = list(people)
        by_code: dict[str, ActorDraft] = {}
        places: dict[str, ActorDraft] = {}
        orgs: dict[str, list[ActorDraft]] = {}
        nouns: dict[tuple, ActorDraft] = {}
        self.by_end = {m.end: m for m in self.mentions if not m.head}
        self.by_start = {m.start: m for m in self.mentions if not m.head}
        entities = [m for m in self.mentions if not m.head]
        for mention in entities + [m for m in self.mentions if m.head]:
            if mention.actor is not None:
                continue
            text = self.surface(mention.start, mention.end)
            if mention.type == "country":
                actor = by_code.get(mention.code)
                if actor is None:
                    actor = by_code[mention.code] = ActorDraft("country", [], code=mention.code)
                    actor.name = countries.country_name(mention.code)
                    actors.append(actor)
            elif mention.type == "location":
                actor = places.get(text.casefold())
                if actor is None:
                    actor = places[text.casefold()] = ActorDraft("location", [], name=text)
                    actors.append(actor)
                elif actor.name.isupper():  # a dateline's "LIMA" is named "Lima"
                    actor.name = text
            elif mention.head:
                actor = self.noun_actor(mention, nouns, actors)
            elif mention.type == "organization":
                actor = self.org_actor(mention, text, orgs, actors)
            else:
                continue
            mention.actor = actor
            actor.mentions.append(mention)
        self.merge_acronyms(orgs, actors)
        self.merge_short_names(orgs, actors)
        self.merge_last_words(orgs, actors)
        return actors

    def noun_actor(
        self, mention: TokenMention, nouns: dict[tuple, ActorDraft], actors: list[ActorDraft]
    ) -> ActorDraft:
        if mention.possessor is not None:
            key: tuple = (mention.type, mention.head, id(mention.possessor.actor))
        elif mention.qualifier is not None:
            key = (mention.type, mention.head, mention.qualifier)
        else:
            actor = self.antecedent(mention, actors)
            if actor is not None:
                return actor
            key = (mention.type, mention.head, None)
        actor = nouns.get(key)
        if actor is None:
            actor = nouns[key] = ActorDraft(mention.type, [], head=mention.head)
            if mention.possessor is not None:
                actor.affiliation = mention.possessor.actor
            elif mention.qualifier is not None:
                actor.affiliation = self.country_affiliation(mention.qualifier)
            actors.append(actor)
        return actor

    def antecedent(self, mention: TokenMention, actors: list[ActorDraft]) -> ActorDraft | None:
        """The group or organisation a bare "the military" / "the ministry" refers back to: the
        last one mentioned before it with that head noun ("the office" after "the sheriff's
        office")."""
        best, best_at = None, -1
        for actor in actors:
            if actor.type not in ("group", "organization"):
                continue
            if actor.head != mention.head and not (actor.head or "").endswith(f" {mention.head}"):
                last = actor.name.rsplit(None, 1)[-1].casefold() if actor.name else ""
                if actor.head or last != mention.head:
                    continue
            at = max((m.start for m in actor.mentions if m.start < mention.start), default=-1)
            if at > best_at:
                best, best_at = actor, at
        return best

    def org_actor(
        self,
        mention: TokenMention,
        text: str,
        orgs: dict[str, list[ActorDraft]],
        actors: list[ActorDraft],
    ) -> ActorDraft:
        affiliation = self.org_affiliation(mention, text)
        candidates = orgs.setdefault(text.casefold(), [])
        # a bare later mention joins the last one named; a possessed one ("Russia's Defence
        # Ministry") never takes over an earlier bare one, which may be another country's
        for actor in reversed(candidates):
            if affiliation is None or actor.affiliation is affiliation:
                if actor.name.isupper() and text.istitle():  # a headline's "DENVER": "Denver"
                    actor.name = text
                return actor
        actor = ActorDraft("organization", [], name=text, affiliation=affiliation)
        candidates.append(actor)
        actors.append(actor)
        return actor

    def org_affiliation(self, mention: TokenMention, text: str) -> ActorDraft | str | None:
        doc, s = self.doc, mention.start
        if s >= 2 and doc[s - 1].lower_ in POSSESSIVE:
            owner = self.mention_ending_at(s - 1)
            if owner is not None and owner.type in ("country", "organization", "person"):
                mention.possessor = owner
                return owner.actor
        described = self.after_descriptor(s)  # "German carmaker Volkswagen"
        if described in self.demonym_end:
            return self.country_affiliation(self.demonym_end[described][1])
        before = self.mention_ending_at(s)
        if before is not None and before.type == "country":
            return before.actor
        code = countries.institutions().get(text)
        if code is None and s in self.demonym_start and self.demonym_start[s][0] < mention.end:
            code = self.demonym_start[s][1]
        if code is None and s in self.country_start and self.country_start[s] < mention.end:
            code = countries.country_code(self.surface(s, self.country_start[s]))
        return self.country_affiliation(code) if code else None

    def after_descriptor(self, s: int) -> int:
        """Where the lowercase nouns describing the name at `s` start ("carmaker", "ferry
        operator" of "German ferry operator Fjordline"); `s` when there are none."""
        doc, i = self.doc, s
        while i > 0 and s - i < MAX_DESCRIPTOR_NOUNS and doc[i - 1].is_lower and \
                doc[i - 1].tag_ in ("NN", "NNS"):
            i -= 1
        return i

    def merge_acronyms(self, orgs: dict[str, list[ActorDraft]], actors: list[ActorDraft]) -> None:
        initials: dict[str, ActorDraft] = {}
        for group in orgs.values():
            for actor in group:
                words = [w for w in actor.name.split() if w[:1].isupper()]
                if len(words) >= 2:
                    initials.setdefault("".join(w[0] for w in words), actor)
        for group in orgs.values():
            for actor in group:
                name = actor.name
                target = initials.get(name.replace(".", ""))
                if (
                    name.isupper()
                    and MIN_ACRONYM_CHARS <= len(name) <= MAX_ACRONYM_CHARS
                    and target is not None
                    and target is not actor
                ):
                    _absorb(actor, target)
        actors[:] = [a for a in actors if a.mentions]

    def merge_short_names(
        self, orgs: dict[str, list[ActorDraft]], actors: list[ActorDraft]
    ) -> None:
        """ "Tesla Inc" and a later "Tesla" are one company: an organisation named without the
        legal form ("Inc", "Group") or business word ("Motors") of another's name joins it,
        when their affiliations agree."""
        for group in list(orgs.values()):
            for full in group:
                for base in names_in_story(full.name):
                    for short in orgs.get(base.casefold(), ()):
                        if short is full or not short.mentions:
                            continue
                        if not _same_affiliation(short, full):
                            continue
                        _absorb(short, full)
        actors[:] = [a for a in actors if a.mentions]

    def merge_last_words(
        self, orgs: dict[str, list[ActorDraft]], actors: list[ActorDraft]
    ) -> None:
        """ "The Commission said" after "the European Commission", "Nuggets coach" after "the
        Denver Nuggets": an organisation named by the last word of one other organisation's
        longer name joins it; of two ("the Labour Party", "the Green Party"), "the Party" is
        neither's."""
        by_last: dict[str, list[ActorDraft]] = {}
        for group in orgs.values():
            for full in group:
                words = full.name.split()
                if len(words) > 1 and full.mentions:
                    by_last.setdefault(words[-1].casefold(), []).append(full)
        for last, fulls in by_last.items():
            if len(fulls) != 1 or last in _OTHER_BODIES:
                continue
            full = fulls[0]
            for short in orgs.get(last, ()):
                if short is full or not short.mentions or not _same_affiliation(short, full):
                    continue
                _absorb(short, full)
        actors[:] = [a for a in actors if a.mentions]


# Last words that, alone, name another body than the longer name ending in them: "the House"
# is Congress's lower chamber, not "the White House"
_OTHER_BODIES = frozenset({"house"})


def _absorb(actor: ActorDraft, into: ActorDraft) -> None:
    """`actor`'s mentions become `into`'s; `actor` is left with none, to be dropped."""
    for mention in actor.mentions:
        mention.actor = into
    into.mentions.extend(actor.mentions)
    actor.mentions = []


def _same_affiliation(one: ActorDraft, other: ActorDraft) -> bool:
    return one.affiliation is None or other.affiliation is None or (
        one.affiliation is other.affiliation
    )
