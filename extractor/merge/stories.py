"""Stories: the events of a collection that report one happening, gathered as they stream by.

An event joins a story of the same action (its lemma, nouns and synonyms read as one verb: see
lemmas.py) and polarity whose dates it fits (dates.py: a day apart, and never after a report
that tells it), either in its document's coverage group (the documents about one
happening: "the launch" there is that launch) or anywhere when it shares a participant and a
known date with it ("North Korea fired a missile on Monday" told in a piece about something
else). Among fitting stories it takes the one sharing most participants, then the larger, then
the older; none fits, it starts its own. A story keeps aggregates (counts, dates, readings) and
its members packed as integers: memory grows with stories, not with the records read.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .dates import close, reported
from .documents import DocSummary, EventSummary, Reading
from .entities import MEMBER_SHIFT

# Stories each (group, lemma) and (lemma, participant) pair indexes (the latest ones): bounds
# the candidates of one event however long a coverage group runs.
POSTINGS = 50
Roles = tuple[tuple[int, ...], ...]  # entity numbers of an event's agents, patients, places


@dataclass(slots=True)
class StoryAggregate:
    """One story as it grows: what its members say, summed."""

    number: int
    lemma: str
    group: int
    negative: bool
    lemmas: Counter[str] = field(default_factory=Counter)  # the members' own lemmas
    categories: Counter[str] = field(default_factory=Counter)
    agents: Counter[int] = field(default_factory=Counter)
    patients: Counter[int] = field(default_factory=Counter)
    places: Counter[int] = field(default_factory=Counter)
    everyone: set[int] = field(default_factory=set)  # agents, patients and places
    hard_dates: Counter[str] = field(default_factory=Counter)
    soft_dates: Counter[str] = field(default_factory=Counter)
    date: str | None = None  # the most specific hard date: they refine one another
    members: array = field(default_factory=lambda: array("q"))  # doc << shift | id number
    dated: list[tuple[int, str | None, bool]] = field(default_factory=list)  # doc, date, soft
    readings: list[tuple[int, Reading]] = field(default_factory=list)  # doc, reading
    joined_by_participants: bool = False

    def fits(self, event: EventSummary) -> bool:
        """True when the event's polarity is the story's and its date fits the story's dates: a
        hard date is close to each hard date and no later than each report's publication day;
        a soft one (a publication day) comes after each hard date."""
        if event.negative != self.negative:
            return False
        if event.date is None:
            return True
        if event.soft:
            return all(reported(d, event.date) for d in self.hard_dates)
        return all(close(event.date, d) for d in self.hard_dates) and all(
            reported(event.date, d) for d in self.soft_dates
        )

    def add_date(self, value: str, soft: bool) -> None:
        (self.soft_dates if soft else self.hard_dates)[value] += 1
        if not soft and (self.date is None or len(value) > len(self.date)):
            self.date = value


class StoryTable:
    """Assigns events to stories; `stories` is every story in creation order."""

    def __init__(self, lemma_of: dict[str, str], entity_of: list[int]) -> None:
        self.lemma_of = lemma_of  # event lemma -> the lemma stories compare (nouns -> verbs)
        self.entity_of = entity_of  # entity key number -> entity number
        self.stories: list[StoryAggregate] = []
        self.by_group: dict[tuple[int, str], list[int]] = {}
        self.by_participant: dict[tuple[str, int], list[int]] = {}

    def add_document(
        self, doc: DocSummary, group: int, id_number: Callable[[str], int]
    ) -> list[int]:
        """Assign each event of `doc` (in coverage group `group`); returns their story numbers."""
        assigned = []
        for event in doc.events:
            roles = tuple(self._entities(keys) for keys in
                          (event.agents, event.patients, event.places))
            story = self._find(event, roles, group) or self._new(event, group)
            member = doc.number << MEMBER_SHIFT | id_number(event.id)
            self._join(story, event, roles, member, group)
            assigned.append(story.number)
        return assigned

    def _entities(self, keys: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(sorted({self.entity_of[k] for k in keys}))

    def key(self, event: EventSummary) -> str:
        """The action a story compares: the event's lemma, nouns read as their verbs."""
        return self.lemma_of.get(event.lemma, event.lemma)

    def _find(self, event: EventSummary, roles: Roles, group: int) -> StoryAggregate | None:
        lemma = self.key(event)
        mine = {entity for role in roles for entity in role}
        candidates = set(self.by_group.get((group, lemma), ()))
        if event.date is not None and not event.soft:
            for entity in mine:
                candidates.update(self.by_participant.get((lemma, entity), ()))
        best, best_rank = None, None
        for number in sorted(candidates):
            story = self.stories[number]
            if not story.fits(event):
                continue
            shared = len(mine & story.everyone)
            if story.group != group and (not shared or story.date is None):
                continue
            rank = (shared, len(story.members), -number)
            if best_rank is None or rank > best_rank:
                best, best_rank = story, rank
        return best

    def _new(self, event: EventSummary, group: int) -> StoryAggregate:
        lemma = self.key(event)
        story = StoryAggregate(len(self.stories), lemma, group, event.negative)
        self.stories.append(story)
        _post(self.by_group, (group, lemma), story.number)
        return story

    def _join(self, story: StoryAggregate, event: EventSummary, roles: Roles, member: int,
              group: int) -> None:
        """Add one event (its packed member, its entities by role) to a story, from a document
        of `group`."""
        doc = member >> MEMBER_SHIFT
        if story.group != group:
            story.joined_by_participants = True
        story.lemmas[event.lemma] += 1
        story.categories[event.category] += 1
        by_role = (story.agents, story.patients, story.places)
        for counts, entities in zip(by_role, roles, strict=True):
            counts.update(entities)
            for entity in entities:
                if entity not in story.everyone:
                    story.everyone.add(entity)
                    _post(self.by_participant, (story.lemma, entity), story.number)
        if event.date is not None:
            story.add_date(event.date, event.soft)
        story.members.append(member)
        story.dated.append((doc, event.date, event.soft))
        story.readings.extend((doc, reading) for reading in event.readings)


def _post(index: dict[Any, list[int]], key: Any, number: int) -> None:
    """Index a story under `key`, keeping the latest POSTINGS stories there."""
    posting = index.setdefault(key, [])
    posting.append(number)
    del posting[:-POSTINGS]
