"""Document text -> article body -> one spaCy Doc -> the extractors -> records.

The model is loaded once per `Extractor`; documents stream through `nlp.pipe` in small ordered
batches, and each document's records (its `document` record last) come back as one value.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import islice
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__, sections
from .body import Body, find_body
from .dateline import HEAD_CHARS, dateline_end, find_publication_date
from .errors import UsageError, internal_error
from .extractors import EXTRACTORS, Context, kinds_to_run
from .extractors.common import sentence_starts
from .models import DEFAULT_MODELS
from .records import DateFact, Document, Record
from .sources import Failure, Source, iter_sources
from .spacy_tables import use_spacy_tables
from .unmarked import Reading, reading

ALL_KINDS: tuple[str, ...] = ("document", *EXTRACTORS)
_BLANKS = re.compile(r"\s*")  # the blanks after a line: they end its piece of the text
# Documents handed to nlp.pipe at a time: spaCy's speed with the small model, bounded memory.
BATCH_SIZE = 16
# Words an Extractor adds to the vocabulary for good before its batches run in memory zones
# (about 440 bytes each: 22 MB): spaCy's tokenizer caches no word inside a zone, so a run zoned
# from the start tokenizes every "the" anew (0.9 s CPU per 300 articles against 0.07 s). The
# first articles' words, the commonest, stay cached; past the budget, memory stays flat.
PERMANENT_WORDS_BUDGET = 50_000
# Warms every extractor's tables. No distance in it: pint's unit registry (half a second) is
# built only by a run that reads one, and it holds no spaCy strings.
WARM_UP_TEXT = (
    "GENEVA, March 3 (Reuters) - Foreign Minister Ana Duarte of Portugal said on Monday that "
    "the talks near the border would resume next week.\n\n"
    '"We will not give up," the mayor told reporters in 2023.'
)


def load_model(name: str | None = None) -> Language:
    """Load `name`, or the official small English pipeline, else its registry twin. No downloads.

    Cached, so a process loads each pipeline once however many Extractors it makes (and
    however it is asked for: `load_model()` and `load_model(None)` are the same pipeline).
    Its attribute ruler and lemmatizer become tables that set the same attributes in a fraction
    of the time (`spacy_tables`).
    """
    return _load(name or None)


@cache
def _load(name: str | None) -> Language:
    """The pipeline `name`, else the first default one installed.

    What is imported before it and the pipeline itself are kept for the life of the process, so
    they are frozen out of the cyclic garbage collector's sight (`gc.freeze`): the full
    collections that loading, the first extractions and the interpreter's exit trigger then do
    not walk their hundreds of thousands of objects again (about 0.35 s CPU of a one-line run).
    """
    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            gc.freeze()  # the modules imported so far live as long as the process ...
            nlp = spacy.load(candidate)
        except OSError:
            continue
        use_spacy_tables(nlp)
        gc.freeze()  # ... and so does the pipeline: see _load's docstring
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise UsageError(f"spaCy pipeline {wanted} is not installed")


def forget_models() -> None:
    """Drop the pipelines loaded so far: the next `load_model` loads afresh (a worker process
    whose job must set things up before its model loads)."""
    _load.cache_clear()


def model_label(nlp: Language) -> str:
    """`lang_name version` of a loaded pipeline, e.g. `en_core_web_sm 3.8.0`."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '')}"


@dataclass(frozen=True, slots=True)
class Result:
    """All records of one document, its `document` record last."""

    doc: str
    records: list[Record]
    error: str | None
    warnings: tuple[str, ...] = ()

    @property
    def document(self) -> Document:
        return self.records[-1]  # type: ignore[return-value]


class Extractor:
    """Turns news text into fact records. Load once, call many times."""

    def __init__(
        self,
        *,
        model: str | None = None,
        kinds: Iterable[str] = ALL_KINDS,
        nlp: Language | None = None,
    ) -> None:
        self.kinds = tuple(kinds)
        unknown = [k for k in self.kinds if k not in ALL_KINDS]
        if unknown:
            raise UsageError(
                f"unknown kind {', '.join(unknown)}; valid kinds: {', '.join(ALL_KINDS)}"
            )
        self.nlp = nlp if nlp is not None else load_model(model)
        self.model = model_label(self.nlp)
        self._run = kinds_to_run(tuple(k for k in self.kinds if k != "document"))
        self._warm_up()
        self._words_at_start = len(self.nlp.vocab)
        self._zoned = False

    def _warm_up(self) -> None:
        """Extract a short text outside any memory zone, so that what the extractors build on
        first use (matchers, tables, their strings) is built now and kept."""
        warm_up = Source(doc="warm-up", text=WARM_UP_TEXT, reference_date=date(2025, 3, 3))
        self._extract_batch([warm_up])

    def extract(
        self, text: str, *, doc_id: str = "-", reference_date: date | None = None
    ) -> list[Record]:
        """Records of one text, its `document` record last."""
        source = Source(
            doc=doc_id,
            text=text,
            reference_date=reference_date,
            reference_date_source="option" if reference_date else "none",
        )
        return next(self.extract_sources([source])).records

    def extract_paths(
        self,
        paths: Iterable[str],
        *,
        globs: Iterable[str] | None = None,
        reference_date: date | None = None,
    ) -> Iterator[Result]:
        """Results for every document under `paths`, in input order, read lazily."""
        return self.extract_sources(iter_sources(paths, globs=globs, reference_date=reference_date))

    def extract_sources(self, sources: Iterable[Source | Failure]) -> Iterator[Result]:
        """Results for already-read sources, in order; failures pass through as values.

        Once the Extractor has added `PERMANENT_WORDS_BUDGET` words to the vocabulary, each
        batch runs in a spaCy memory zone: the strings a batch adds are dropped after it
        (results hold plain values), so memory stays flat over any number of documents.
        Whatever goes wrong with one document fails that document alone.
        """
        iterator = iter(sources)
        while batch := list(islice(iterator, BATCH_SIZE)):
            with self._memory_zone():
                results = self._extract_batch(batch)
            yield from results

    def _memory_zone(self) -> AbstractContextManager[object]:
        """A memory zone once the budget of permanent words is spent, else none."""
        if not self._zoned:
            self._zoned = len(self.nlp.vocab) - self._words_at_start >= PERMANENT_WORDS_BUDGET
        return self.nlp.memory_zone() if self._zoned else nullcontext()

    def _extract_batch(self, batch: list[Source | Failure]) -> list[Result]:
        results: list[Result | None] = [None] * len(batch)
        ready: list[tuple[int, Source, Body, list[Reading]]] = []
        for i, item in enumerate(batch):
            if isinstance(item, Failure):
                results[i] = self._failed(item.doc, item.reason)
                continue
            try:
                body = find_body(item.text, item.markup)
                ready.append((i, item, body, _around_body(body, item.text)))
            except Exception as exc:  # a bug on one document must not end the run
                results[i] = self._failed(item.doc, internal_error("body detection", exc))
        parsed = self._parse([parts for *_, parts in ready])
        for (i, source, body, _), doc in zip(ready, parsed, strict=True):
            if isinstance(doc, str):
                results[i] = self._failed(source.doc, doc)
                continue
            try:
                results[i] = self._extract_doc(source, body, doc)
            except Exception as exc:
                results[i] = self._failed(source.doc, internal_error("extraction", exc))
        return results  # type: ignore[return-value]  # every slot is filled above

    def _parse(self, pieces: list[list[Reading]]) -> list[Doc | str]:
        """One Doc per document (its pieces parsed apart and joined), or why it failed.

        All documents are parsed together; if that raises, each is parsed alone, so that one
        document the parser cannot handle fails alone (spaCy's result for a text does not
        depend on the batch it is in, so the others come out the same).
        """
        try:
            return list(self._parse_together(pieces))
        except Exception:
            return [self._parse_alone(parts) for parts in pieces]

    def _parse_together(self, pieces: list[list[Reading]]) -> Iterator[Doc]:
        docs = sections.parse(self.nlp, (part.text for parts in pieces for part in parts))
        for parts in pieces:
            if len(parts) == 1:
                yield parts[0].restore(next(docs), self._parse_text)
                continue
            joined = sections.Joined()  # each piece's Doc is dropped once added
            for part in parts:
                joined.add(part.restore(next(docs), self._parse_text), part.piece)
            yield joined.doc(self.nlp.vocab)

    def _parse_text(self, text: str) -> Doc:
        return next(sections.parse(self.nlp, [text]))

    def _parse_alone(self, parts: list[Reading]) -> Doc | str:
        try:
            (doc,) = self._parse_together([parts])
        except Exception as exc:
            return internal_error("parsing", exc)
        return doc

    def _extract_doc(self, source: Source, body: Body, doc: Doc) -> Result:
        reference_date, date_source = source.reference_date, source.reference_date_source
        if reference_date is None:
            reference_date = find_publication_date(
                body.without_markup(source.text), body, saved=source.saved
            )
            date_source = "dateline" if reference_date else "none"
        ctx = Context(
            doc_id=source.doc,
            text=source.text,
            reference_date=reference_date,
            body=body,
            sentence_starts=sentence_starts(doc),
            tokenizer=self.nlp.tokenizer,
        )
        for kind in self._run:
            try:
                ctx.records[kind] = EXTRACTORS[kind](doc, ctx)
            except Exception as exc:
                return self._failed(source.doc, internal_error(f"the {kind} extractor", exc))
        facts = [r for kind in self._run if kind in self.kinds for r in ctx.records[kind]]
        counts = {kind: 0 for kind in self.kinds if kind != "document"}
        for record in facts:
            counts[record.kind] += 1
        document = document_record(
            source.doc,
            model=self.model,
            status="ok",
            error=None,
            sha256=hashlib.sha256(source.text.encode("utf-8")).hexdigest(),
            chars=len(source.text),
            body_start=body.start,
            body_end=body.end,
            reference_date=reference_date.isoformat() if reference_date else None,
            reference_date_source=date_source,
            counts=counts,
        )
        warnings = source.warnings
        if reference_date is None:
            warnings += unresolved_dates_warning(source.doc, ctx.records.get("date", ()))
        return Result(source.doc, [*facts, document], None, warnings)

    def _failed(self, doc_id: str, reason: str) -> Result:
        return failed_result(doc_id, reason, kinds=self.kinds, model=self.model)


def failed_result(doc_id: str, reason: str, *, kinds: Iterable[str], model: str) -> Result:
    """The Result of a document that could not be extracted: its failed `document` record."""
    document = document_record(
        doc_id,
        model=model,
        status="failed",
        error=reason,
        sha256=None,
        chars=0,
        body_start=None,
        body_end=None,
        reference_date=None,
        reference_date_source="none",
        counts={kind: 0 for kind in kinds if kind != "document"},
    )
    return Result(doc_id, [document], reason)


def document_record(doc_id: str, *, model: str, **fields: Any) -> Document:
    """A `document` record: no span of its own, made by this version of newsfacts."""
    return Document(
        doc=doc_id,
        text="",
        start=0,
        end=0,
        rule=None,
        sentence=None,
        version=__version__,
        model=model,
        **fields,
    )


def _around_body(body: Body, text: str) -> list[Reading]:
    """The masked text cut at the body's start and end and around each headline, subhead,
    caption or dateline line in it and after an agency dateline opening its first paragraph,
    empty pieces left out (one piece at least), each as the model reads it (a Markdown piece
    without its markup). A line parsed on its own cannot run into the paragraph under it (a
    headline has no full stop to end its sentence), nor a dateline into its sentence."""
    masked = body.mask(text)
    lines = [(s, e) for s, e in body.nonprose if body.start <= s and e <= body.end]
    # a line's piece keeps the blanks after it: the next piece opens with its first word
    inner = [x for s, e in lines for x in (s, _BLANKS.match(masked, e).end())]
    # an agency dateline opening the first paragraph is no part of its first sentence
    openings = [body.start, *(x for x in inner if x < body.start + HEAD_CHARS)]
    datelines = [dateline_end(masked, x) for x in openings]
    bounds = sorted({0, body.start, *inner, *filter(None, datelines), body.end, len(masked)})
    cuts = zip(bounds, bounds[1:], strict=False)
    parts = [reading(masked[a:b], a, body.markup) for a, b in cuts if b > a]
    return parts or [reading(masked, 0, body.markup)]


def unresolved_dates_warning(doc_id: str, dates: Iterable[Record]) -> tuple[str, ...]:
    """A warning for a document whose relative dates could not be resolved, if it has any."""
    unresolved = sum(1 for d in dates if isinstance(d, DateFact) and d.relative and d.value is None)
    if not unresolved:
        return ()
    plural = "s" if unresolved > 1 else ""
    return (
        f"{doc_id}: no reference date, so {unresolved} relative date expression{plural} "
        "left without a value; give --reference-date YYYY-MM-DD",
    )
