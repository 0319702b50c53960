"""One merge: read the records (pass one), resolve entities, then gather stories (pass two).

Pass one streams the input, counting actors and places into the entity table and spooling a
summary per document. Entities are resolved once the whole collection is known. Pass two reads
the summaries back in content order, assigns each document to a coverage group and each event to
a story. Nothing here depends on input order or on `doc` strings.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from ..records import Entity, Story
from .build import DocInfo, EntityBuilder, StoryBuilder
from .coverage import Coverage, Feature
from .documents import summarize
from .entities import EntityTable
from .lemmas import compared_lemmas
from .reading import check_inputs, documents, read_lines
from .spool import EVENT, KEY, Spool
from .stories import StoryTable

Report = Callable[[str, str], None]


class Merge:
    """The state of one merge run; `close()` removes its temporary files."""

    def __init__(self, *, keep_records: bool = False, report: Report | None = None) -> None:
        self.report: Report = report or (lambda where, reason: None)
        self.table = EntityTable()
        self.spool = Spool(keep_records=keep_records)
        self.docs: list[DocInfo] = []
        self.lemma_docs: Counter[str] = Counter()  # lemma -> documents with an event of it
        self.story_of: dict[int, array] = {}  # document number -> story number per event
        self.entities: EntityBuilder | None = None
        self.stories: StoryBuilder | None = None

    def read(self, files: Iterable[str]) -> None:
        """Pass one: every document of `files`."""
        for records in documents(read_lines(files, self.report)):
            number = len(self.docs)
            summary, keys = summarize(records, number, self.table)
            self.docs.append(DocInfo(records.doc, summary.order, summary.reference_date))
            self.lemma_docs.update({event.lemma for event in summary.events})
            self.spool.put(summary)
            self.spool.put_records(records, keys, number)

    def resolve(self) -> None:
        """Entities, then pass two: coverage groups and stories, documents in content order."""
        self.entities = EntityBuilder(self.table, self.table.resolve(), self.docs)
        lemma_of = compared_lemmas(self.lemma_docs)
        coverage = Coverage(self._rarity(lemma_of))
        stories = StoryTable(lemma_of, self.entities.entity_of)
        for number in sorted(range(len(self.docs)), key=lambda n: self.docs[n].order):
            summary = self.spool.get(number)
            entities: Counter[int] = Counter()
            for key, mentions in summary.entities.items():
                entities[self.entities.entity_of[key]] += mentions
            lemmas = [lemma_of.get(e.lemma, e.lemma) for e in summary.events]
            group = coverage.assign(coverage.vector(entities, lemmas), summary.reference_date)
            assigned = stories.add_document(summary, group, self.table.id_number)
            self.story_of[number] = array("i", assigned)
        self.stories = StoryBuilder(stories.stories, self.table, self.entities, self.docs)

    def _rarity(self, lemma_of: dict[str, str]) -> dict[Feature, float]:
        """Inverse document frequency of every entity and compared lemma."""
        assert self.entities is not None
        total = max(len(self.docs), 1)
        rarity: dict[Feature, float] = {
            n: math.log(1 + total / max(e.doc_count, 1))
            for n, e in enumerate(self.entities.records)
        }
        lemmas: Counter[str] = Counter()
        for lemma, count in self.lemma_docs.items():
            lemmas[lemma_of.get(lemma, lemma)] += count
        rarity.update({lemma: math.log(1 + total / count) for lemma, count in lemmas.items()})
        return rarity

    def output(self) -> Iterator[Entity | Story]:
        """The entity records, then the story records."""
        assert self.entities is not None and self.stories is not None
        yield from self.entities.records
        yield from self.stories.records()

    def linked_records(self) -> Iterator[tuple[str, str | None, str | None]]:
        """The input records in input order (kept only with `keep_records`), each as (its JSON
        text, the link field it gains or None, the entity or story id): actors and places
        gain `entity`, events `cluster`."""
        assert self.entities is not None and self.stories is not None
        entity_ids = [self.entities.records[n].id for n in self.entities.entity_of]
        for marker, first, second, text in self.spool.read_records():
            if marker == KEY:
                yield text, "entity", entity_ids[first]
            elif marker == EVENT:
                yield text, "cluster", self.stories.story_id[self.story_of[first][second]]
            else:
                yield text, None, None

    def close(self) -> None:
        self.spool.close()


def merge_paths(
    paths: Iterable[str], *, with_records: bool = False, report: Report | None = None
) -> Merge:
    """Read and resolve the records of `paths` (files, folders of .jsonl, `-` for stdin).

    Raises UsageError for a missing path; bad records go to `report(where, reason)`. The caller
    reads `output()` (and `linked_records()` with `with_records`) and then calls `close()`.
    """
    files = check_inputs(paths)
    merge = Merge(keep_records=with_records, report=report)
    try:
        merge.read(files)
        merge.resolve()
    except BaseException:
        merge.close()
        raise
    return merge
