"""Dates: every temporal expression, normalized to a TIMEX3 value against the reference date.

Candidates are spaCy's DATE and TIME entities plus Matcher rules for what the small model misses
(`candidates`); nothing scans the raw text with a date parser. Each candidate is trimmed
to TimeML extent and split where it holds two dates (`extent`), filtered (ages, "Section
2023", numbers that are not years: `filters`), and read (`read`) by
`normalize.normalize` with a direction from the tense of the verb that governs it
(`direction`); the words at an expression's front give its TIMEX3 `mod` (`modifiers`). Bare
times take their day from a date in the same clause, anaphoric dates count from the date before
them (`anchor`); a range's start lies before its end (`ranges`); a headline's date is read as
the article reads the same words (`headlines`).

Dates read the doc, the reference date, the dateline and the body's line kinds only: no other
kind's records. Month, weekday and time-zone words come from `extractor.calendar_names`, never a
list of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...records import DateFact
from ..common import char_span
from .anchor import Reading, anchored
from .candidates import candidates
from .extent import split, trimmed
from .filters import is_not_a_date
from .headlines import as_in_article
from .ranges import forward
from .read import read
from .timex import Timex

if TYPE_CHECKING:
    from .. import Context


def extract(doc: Doc, ctx: Context) -> list[DateFact]:
    """One DateFact per temporal expression of `doc`, in text order."""
    ref = ctx.reference_date
    doc_text = ctx.read_text()  # same offsets; Doc.text would join every token anew
    found: list[Reading] = []
    for start, end, source in candidates(doc):
        start, end = trimmed(doc, start, end)
        if end <= start or is_not_a_date(doc, start, end):
            continue
        for s, e, text in split(doc, start, end):
            span = doc[s:e]
            timex = read(span, text, source, ref, doc_text)
            if timex is not None:
                found.append((span, timex))
    readings = as_in_article(forward(list(anchored(found, ref, ctx.sentence, doc_text))),
                             ctx.body.nonprose)
    return [_record(number, span, timex, ctx) for number, (span, timex) in enumerate(readings, 1)]


def _record(number: int, span: Span, timex: Timex, ctx: Context) -> DateFact:
    start, end = char_span(span)
    return DateFact(
        doc=ctx.doc_id,
        text=ctx.text[start:end],
        start=start,
        end=end,
        rule=timex.rule,
        sentence=ctx.sentence(start),
        id=f"T{number}",
        type=timex.type,  # type: ignore[arg-type]
        value=timex.value,
        granularity=timex.granularity,  # type: ignore[arg-type]
        relative=timex.relative,
        approximate=timex.approximate,
        mod=timex.mod,  # type: ignore[arg-type]
        freq=timex.freq,
    )
