"""One document as `show` presents it: its text, where its body is, and its facts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from ..body import Body, find_body
from ..pipeline import ALL_KINDS, Extractor, Result
from ..records import Record
from ..sources import Failure, Source, iter_sources


@dataclass(frozen=True, slots=True)
class View:
    """One document as `show` presents it: its text, where the body is, and its facts."""

    doc: str
    text: str
    body: Body
    records: list[Record]  # the facts, without the document record
    document: Record | None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def views(
    path: str,
    *,
    extractor: Extractor | None = None,
    reference_date: date | None = None,
    kinds: Sequence[str] = ALL_KINDS,
) -> Iterator[View]:
    """Extract every document of one file (several for a .jsonl batch) and pair it with its text."""
    extractor = extractor or Extractor(kinds=kinds)
    sources = list(iter_sources([path], reference_date=reference_date))
    for source, result in zip(sources, extractor.extract_sources(sources), strict=True):
        yield view_of(source, result, kinds=kinds)


def view_of(source: Source | Failure, result: Result, *, kinds: Sequence[str] = ALL_KINDS) -> View:
    """The view of one extracted document: its facts of `kinds`, or its failure."""
    if isinstance(source, Failure):
        return View(source.doc, "", find_body(""), [], result.records[-1], result.error)
    facts = [r for r in result.records if r.kind != "document" and r.kind in kinds]
    return View(
        doc=source.doc,
        text=source.text,
        body=find_body(source.text, source.markup),
        records=facts,
        document=result.records[-1],
        error=result.error,
        warnings=result.warnings,
    )
