"""The extractor registry: `EXTRACTORS` is the only list of kinds, in dependency order.

Every extractor is `extract(doc, ctx) -> list[Record]`: no I/O, no printing, no shared state.
Claims run after actors, so they can point at the actor records in `ctx.records`.

Extractors read the parsed doc and `ctx` only. They must not import the writers, the CLI, the
batch machinery (batch, parallel, cluster, resume, progress), the pipeline, views or merge, and
must not change the records of the kinds run before them (tests/test_layout.py checks imports).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from ..body import Body
from ..records import Record
from . import actors, claims, dates, distances, events, places
from .common import LocationMention, sentence_index


@dataclass(slots=True, kw_only=True)
class Context:
    """What an extractor may know besides the parsed doc."""

    doc_id: str
    text: str
    reference_date: date | None
    body: Body
    sentence_starts: list[int]
    records: dict[str, list[Record]] = field(default_factory=dict)
    #: Named locations found by the actor analysis, from which places builds its records.
    locations: list[LocationMention] = field(default_factory=list)
    # The pipeline's tokenizer, for extractors that tokenize phrase patterns as the documents
    # are tokenized (None: they build an English one, 0.06 s of every process's start-up).
    tokenizer: Tokenizer | None = None

    def sentence(self, offset: int) -> int | None:
        """Index of the body sentence holding `offset`."""
        return sentence_index(self.sentence_starts, offset)

    def read_text(self) -> str:
        """The text as the model reads it, for patterns over raw text (a dateline): Markdown's
        markup blanked, same offsets; `text` itself for any other document. Record strings
        come from `text`."""
        return self.body.without_markup(self.text)


Extract = Callable[[Doc, Context], list]

EXTRACTORS: dict[str, Extract] = {
    "actor": actors.extract,
    "place": places.extract,
    "date": dates.extract,
    "distance": distances.extract,
    "claim": claims.extract,
    "event": events.extract,
}

DEPENDS_ON: dict[str, tuple[str, ...]] = {
    "claim": ("actor",),
    "place": ("actor",),
    "event": ("actor", "place", "date", "distance", "claim"),
}


def kinds_to_run(wanted: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds asked for plus the ones they depend on, in registry order."""
    needed = set(wanted)
    for kind in wanted:
        needed.update(DEPENDS_ON.get(kind, ()))
    return tuple(kind for kind in EXTRACTORS if kind in needed)


__all__ = ["EXTRACTORS", "Context", "kinds_to_run"]
