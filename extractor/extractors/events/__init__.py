"""Events: one record per reported happening, tied to who, whom, where, when and how far.

1. `triggers`: the words that name a happening (verbs that are not states or plain speech, and
   the event nouns of data/events/lexicon.tsv), each with its category.
2. `participants`: agents, patients and object from the dependency parse (passive turned round,
   coordination split, subjects shared by "voted to impeach", pronouns resolved by `pronouns`).
3. `timing`: the date records each event owns in the parse, else its clause's, the sentence's,
   the last same-lemma event's (context), or the publication day for a past-tense report.
4. `locations`: places and country actors of its locative phrases; distances it owns (flew
   1,100km); `mood`: polarity and modality; `figures`: counts of people; the claim whose content
   holds it.
The records the events point at come from `ctx.records` through `links`, indexed by token once,
so every look-up is constant time and the whole pass is linear in the document's length.

Events run last and read the other kinds only as records: they must not change those records.
Two tables are borrowed rather than copied: the reporting verbs of `claims` (a plain "said" is
a claim, not an event) and the number words of `distances.numbers` (for figures).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...records import Event, EventFigure
from .figures import figures
from .links import build_links
from .locations import places
from .mood import ACTUAL, POSITIVE, mood
from .participants import participants
from .timing import Timer, Timing, anchor
from .triggers import Trigger, find_triggers

if TYPE_CHECKING:
    from .. import Context


def extract(doc: Doc, ctx: Context) -> list[Event]:
    """The events of the parsed article, in text order."""
    links = build_links(doc, ctx)
    triggers = find_triggers(doc, links, ctx.body.is_nonprose)
    anchors = anchor(doc, links, triggers)
    timer = Timer(links, triggers, anchors)
    by_token = {t.token.i: t for t in triggers}
    read_text = ctx.read_text()  # its line ends are those the model saw (wrapped ones joined)
    # every date, duration and set, by end: an event's words never stop inside one
    spans_of_times = sorted((r.end, r.start) for r in ctx.records.get("date", []))
    ends_of_times = [end for end, _ in spans_of_times]
    events = []
    for n, trigger in enumerate(triggers):
        polarity, modality = mood(trigger)
        actual = polarity == POSITIVE and modality == ACTUAL
        timing = timer.timing(n, ctx.reference_date, actual)
        found = participants(trigger, links)
        place_ids, place_extent = places(trigger, links)
        distances = anchors.distances[n]
        points = [(trigger.start, trigger.end), *found.extent, *place_extent]
        points += [(r.start, r.end) for r in [*timing.dates, *distances]]
        start, end = _clause_span(
            read_text, links.sentences[links.sentence[trigger.token.i]], trigger, points
        )
        end = _past_open_expression(end, spans_of_times, ends_of_times)
        obj = found.object
        events.append(
            Event(
                doc=ctx.doc_id,
                text=ctx.text[start:end],
                start=start,
                end=end,
                rule=trigger.rule,
                sentence=ctx.sentence(trigger.start),
                id=f"E{len(events) + 1}",
                trigger=ctx.text[trigger.start : trigger.end],
                trigger_start=trigger.start,
                trigger_end=trigger.end,
                lemma=trigger.lemma,
                category=trigger.category,
                agent_ids=found.agents,
                patient_ids=found.patients,
                object=ctx.text[obj[0] : obj[1]] if obj else None,
                object_start=obj[0] if obj else None,
                object_end=obj[1] if obj else None,
                place_ids=place_ids,
                date_ids=[d.id for d in timing.dates],
                date=_date_value(timing),
                date_basis=timing.basis,  # type: ignore[arg-type]
                distance_ids=[d.id for d in distances],
                polarity=polarity,  # type: ignore[arg-type]
                modality=modality,  # type: ignore[arg-type]
                claim_id=links.claim[trigger.token.i],
                figures=[_located(ctx.text, f) for f in figures(trigger, by_token)],
            )
        )
    return events


def _clause_span(
    text: str, sentence: Span, trigger: Trigger, points: list[tuple[int, int]]
) -> tuple[int, int]:
    """From the first of trigger and arguments to the last, within the trigger's sentence and
    line (a heading without a full stop is parsed with the line after it)."""
    low = text.rfind("\n", sentence.start_char, trigger.start) + 1 or sentence.start_char
    high = text.find("\n", trigger.end, sentence.end_char)
    high = sentence.end_char if high < 0 else high
    low = max(low, sentence.start_char)
    inside = [(s, e) for s, e in points if low <= s and e <= high]
    return min(s for s, _ in inside), max(e for _, e in inside)


def _past_open_expression(end: int, spans: list[tuple[int, int]], ends: list[int]) -> int:
    """`end`, or the end of the temporal expression it falls inside ("on the second Tuesday"
    of "the second Tuesday of each month", a set no event takes as its time); `spans` are
    (end, start) pairs sorted by end, `ends` their ends."""
    k = bisect_right(ends, end)
    if k < len(spans) and spans[k][1] < end:
        return spans[k][0]
    return end


def _date_value(timing: Timing) -> str | None:
    """The value that times the event: its first date's, or the publication day's."""
    return timing.dates[0].value if timing.dates else timing.value


def _located(text: str, figure: dict) -> EventFigure:
    """A figure with its text from the document itself (the parsed text has furniture blanked)."""
    return EventFigure(**{**figure, "text": text[figure["start"] : figure["end"]]})


__all__ = ["extract"]
