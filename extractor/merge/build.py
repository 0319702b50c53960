"""The `entity` and `story` records of a merge, with ids in content order.

Entities are numbered by how widely they are reported (documents, then mentions), then by name;
stories by date (undated last), then by their first report. Ties end on content keys (the
documents' content order), so the same documents give the same ids in any input order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..records import Entity, FirstReport, Member, SourceDate, Story
from .dates import most_specific
from .entities import Aggregate, EntityTable
from .figures import figures
from .names import fold
from .stories import StoryAggregate

# How an entity's keys were joined, by the kind of key: the record's `rule`.
KEY_RULES = {"country": "country-code", "geonames": "geonames-id", "person": "full-name",
             "organization": "name", "group": "name", "place": "name", "country-name": "name"}
JOIN_RULES = {"person": "surname", "organization": "acronym", "place": "name-to-geonames-id",
              "country-name": "name-to-country-code"}
# Entity and place names a story's one-line summary lists, at most, per role.
SUMMARY_NAMES = 2
_DIGITS = re.compile(r"(\d+)")
# Record ids repeat across documents ("A1", "E3"): their sort keys are cached.
NATURAL_CACHE = 1 << 14


@dataclass(slots=True, frozen=True)
class DocInfo:
    """What the records of a merge say about one input document."""

    doc: str
    order: tuple[str, str]
    reference_date: str | None


@lru_cache(maxsize=NATURAL_CACHE)
def natural(record_id: str) -> tuple[object, ...]:
    """Sort key of a record id: "A2" before "A10"."""
    return tuple(int(p) if p.isdigit() else p for p in _DIGITS.split(record_id))


class EntityBuilder:
    """Gathers the keys of each resolved entity and makes its record."""

    def __init__(self, table: EntityTable, roots: list[int], docs: Sequence[DocInfo]) -> None:
        self.table = table
        self.docs = docs
        groups: dict[int, list[int]] = {}
        for number, root in enumerate(roots):
            groups.setdefault(root, []).append(number)
        keyed = list(groups.values())
        records = [self._record(keys) for keys in keyed]
        ranked = sorted(range(len(records)), key=lambda i: _entity_rank(records[i]))
        self.records = [replace(records[i][0], id=f"X{n + 1}") for n, i in enumerate(ranked)]
        self.entity_of = [0] * len(roots)  # key number -> entity number (its place in records)
        for n, i in enumerate(ranked):
            for key in keyed[i]:
                self.entity_of[key] = n

    def _record(self, keys: list[int]) -> tuple[Entity, tuple[str, ...]]:
        parts = [self.table.aggregates[k] for k in keys]
        names: Counter[str] = sum((a.names for a in parts), Counter())
        families = {a.key[0] for a in parts}
        members = sorted(
            (self.table.member(m) for a in parts for m in a.members),
            key=lambda m: (self.docs[m[0]].order, natural(m[1])),
        )
        seen = sorted(d for d in (self.docs[m[0]].reference_date for m in members) if d)
        name = _name(names, families)
        entity = Entity(
            text=name,
            rule="+".join(sorted(
                {KEY_RULES.get(f, "name") for f in families}
                | ({JOIN_RULES.get(a.key[0], "name") for a in parts} if len(parts) > 1 else set())
            )),
            id="",
            members=[Member(doc=self.docs[d].doc, id=i) for d, i in members],
            name=name,
            type=_most(sum((a.place_types for a in parts), Counter()))
            or _most(sum((a.types for a in parts), Counter())) or "location",
            country_code=_most(sum((a.codes for a in parts), Counter())),
            geonames_id=_most(sum((a.geonames for a in parts), Counter())),
            aliases=_aliases(name, names, parts),
            role_counts=_roles(parts),
            doc_count=len({d for d, _ in members}),
            mention_count=sum(a.mentions for a in parts),
            first_seen=seen[0] if seen else None,
            last_seen=seen[-1] if seen else None,
        )
        return entity, tuple(sorted(str(a.key) for a in parts))


def _entity_rank(item: tuple[Entity, tuple[str, ...]]) -> tuple[object, ...]:
    entity, keys = item
    return (-entity.doc_count, -entity.mention_count, fold(entity.name), entity.type,
            entity.country_code or "", entity.geonames_id or 0, keys)


def _most(counts: Counter) -> object | None:
    """The most frequent value, ties to the smallest; None for no values."""
    if not counts:
        return None
    return min(counts, key=lambda value: (-counts[value], value))


def _name(names: Counter[str], families: set[str]) -> str:
    """The fullest form: for people the name with most words; for organisations not an
    acronym; then the most frequent, the longest, the smallest."""
    def rank(name: str) -> tuple[object, ...]:
        words = len(name.split()) if "person" in families else 0
        spelled = 0 if name.replace(".", "").isupper() else 1
        return (-words, -spelled, -names[name], -len(name), name)

    return min(names, key=rank)


def _aliases(name: str, names: Counter[str], parts: Iterable[Aggregate]) -> list[str]:
    forms: dict[str, str] = {}
    for form in (*names, *(alias for a in parts for alias in a.aliases)):
        folded = fold(form)
        if folded and folded != fold(name):
            forms[folded] = min(forms.get(folded, form), form)
    return sorted(forms.values())


def _roles(parts: Iterable[Aggregate]) -> dict[str, int]:
    surfaces: dict[str, Counter[str]] = {}
    docs: dict[str, set[int]] = {}
    for aggregate in parts:
        for folded, counts in aggregate.roles.items():
            surfaces.setdefault(folded, Counter()).update(counts)
            docs.setdefault(folded, set()).update(aggregate.role_docs[folded])
    counted = {str(_most(surfaces[f])): len(docs[f]) for f in surfaces}
    return dict(sorted(counted.items(), key=lambda item: (-item[1], item[0])))


class StoryBuilder:
    """Numbers the stories by date and first report, and makes their records one at a time
    (`records()`), so that only the aggregates stay in memory."""

    def __init__(self, stories: Sequence[StoryAggregate], table: EntityTable,
                 entities: EntityBuilder, docs: Sequence[DocInfo]) -> None:
        self.table, self.entities, self.docs = table, entities, docs
        self.stories = stories
        self.names = {e.id: e.name for e in entities.records}
        self.ranked = sorted(range(len(stories)), key=lambda n: self._rank(stories[n]))
        self.story_id = [""] * len(stories)  # story number -> its id
        for place, number in enumerate(self.ranked):
            self.story_id[number] = f"S{place + 1}"

    def records(self) -> Iterator[Story]:
        """The story records, in id order."""
        for number in self.ranked:
            yield self._record(self.stories[number])

    def _members(self, story: StoryAggregate) -> list[tuple[int, str]]:
        return sorted((self.table.member(m) for m in story.members),
                      key=lambda m: (self.docs[m[0]].order, natural(m[1])))

    def _rank(self, story: StoryAggregate) -> tuple[object, ...]:
        date = _story_date(story)
        first = self._members(story)[0]
        return (date is None, date or "", self.docs[first[0]].order, natural(first[1]))

    def _record(self, story: StoryAggregate) -> Story:
        members = self._members(story)
        sources = sorted({d for d, _ in members}, key=lambda d: self.docs[d].order)
        date = _story_date(story)
        dated = _dates_by_source(story)
        agents, patients, places = (self._entity_ids(c) for c in
                                    (story.agents, story.patients, story.places))
        return Story(
            text=self._summary(str(_most(story.lemmas)), agents, patients, places, date),
            rule=_story_rule(story, len(members)),
            id=self.story_id[story.number],
            members=[Member(doc=self.docs[d].doc, id=i) for d, i in members],
            lemma=str(_most(story.lemmas)),
            category=str(_most(story.categories)),
            date=date,
            dates=[SourceDate(doc=self.docs[d].doc, date=dated.get(d)) for d in sources],
            agents=agents,
            patients=patients,
            places=places,
            doc_count=len(sources),
            first_reported=self._first_report(sources),
            figures=figures(story.readings, lambda d: self.docs[d].doc,
                            lambda d: self.docs[d].order),
        )

    def _entity_ids(self, counts: Counter[int]) -> list[str]:
        ranked = sorted(counts, key=lambda n: (-counts[n], n))
        return [self.entities.records[n].id for n in ranked]

    def _first_report(self, sources: list[int]) -> FirstReport | None:
        dated = [(self.docs[d].reference_date, self.docs[d].order, d) for d in sources
                 if self.docs[d].reference_date]
        if not dated:
            return None
        when, _, doc = min(dated)
        return FirstReport(date=str(when), doc=self.docs[doc].doc)

    def _summary(self, lemma: str, agents: list[str], patients: list[str], places: list[str],
                 date: str | None) -> str:
        def listed(ids: list[str]) -> str:
            return " and ".join(self.names[i] for i in ids[:SUMMARY_NAMES])

        text = " ".join(p for p in (listed(agents), lemma, listed(patients)) if p)
        if places:
            text += f" in {listed(places)}"
        return text + (f" ({date})" if date else "")


def _story_date(story: StoryAggregate) -> str | None:
    return story.date or most_specific(list(story.soft_dates))


def _dates_by_source(story: StoryAggregate) -> dict[int, str | None]:
    """The date each source gives a story: its most specific hard date, else its soft one."""
    hard: dict[int, list[str]] = {}
    soft: dict[int, list[str]] = {}
    for doc, value, is_soft in story.dated:
        if value:
            (soft if is_soft else hard).setdefault(doc, []).append(value)
    return {doc: most_specific(hard.get(doc, [])) or most_specific(soft.get(doc, []))
            for doc in {*hard, *soft}}


def _story_rule(story: StoryAggregate, members: int) -> str:
    if members == 1:
        return "single-report"
    return "same-action+coverage" + ("+shared-participant" if story.joined_by_participants else "")
