"""When it happened: the date records that time an event, and on what basis (CONTRACT.md).

A date belongs to the event word it hangs from in the parse ("fired on Monday", "the December
3 declaration", "at about noon"), found by walking up from the date at most MAX_HEAD_WALK heads
and stopping at a verb that is no event ("said Monday"); a "when" clause on a date belongs to
that date ("since November 5, when it fired"). Then, for each event in text order:
- clause: its own dates, or those of the event it depends on ("voted last month to impeach",
  "joined in 2023 for a summit") or of a coordinated verb sharing its subject;
- sentence: a date of the same sentence that no event owns;
- context: a definite event noun ("the launch") takes the date of the last event of the same
  lemma that had one, or of the same category in the sentences just before;
- reference: an actual, positive past-tense or present-perfect verb with no date is dated to
  the publication day, as news reports are;
- none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from ...records import DateFact, Distance
from .links import Links, tokens
from .triggers import OTHER, Trigger

MAX_HEAD_WALK = 5
"""Heads walked up from a date or distance to the event word it belongs to."""
MAX_INHERIT_DEPTH = 3
"""Governing events followed when an event has no date of its own."""
CONTEXT_SENTENCES = 2
"""Sentences back an event of the same category (not lemma) lends a definite noun its date."""
INHERITS = frozenset({"xcomp", "conj", "advcl", "dobj", "pobj", "prep", "nsubjpass", "acl"})
AUXILIARIES = frozenset({"aux", "auxpass"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
CLAUSE, SENTENCE, CONTEXT, REFERENCE, NONE = "clause", "sentence", "context", "reference", "none"


@dataclass(slots=True)
class Timing:
    dates: list[DateFact] = field(default_factory=list)
    basis: str = NONE
    value: str | None = None


@dataclass(slots=True)
class Anchors:
    """Dates and distances owned by each trigger, and the dates no trigger owns, by sentence."""

    dates: list[list[DateFact]]
    distances: list[list[Distance]]
    free: dict[int, list[DateFact]]


def anchor(doc: Doc, links: Links, triggers: list[Trigger]) -> Anchors:
    """Give every date and distance record to the event word it hangs from, if any."""
    by_token = {t.token.i: n for n, t in enumerate(triggers)}
    found = Anchors([[] for _ in triggers], [[] for _ in triggers], {})
    for record in links.dates:
        owner = _owner(doc, record, by_token)
        if owner is not None:
            found.dates[owner].append(record)
        else:
            span = tokens(doc, record.start, record.end)
            if span is not None:
                found.free.setdefault(links.sentence[span.start], []).append(record)
    for record in links.distances:
        owner = _owner(doc, record, by_token)
        if owner is not None:
            found.distances[owner].append(record)
    for n, trigger in enumerate(triggers):  # "since November 5, when it fired"
        head = trigger.token.head
        record = links.date[head.i]
        if trigger.token.dep_ in ("relcl", "advcl") and record is not None:
            if record not in found.dates[n]:
                found.dates[n].append(record)
            sentence_free = found.free.get(links.sentence[head.i], [])
            if record in sentence_free:
                sentence_free.remove(record)
    return found


def _owner(doc: Doc, record: DateFact | Distance, by_token: dict[int, int]) -> int | None:
    span = tokens(doc, record.start, record.end)
    if span is None:
        return None
    token = span.root
    for _ in range(MAX_HEAD_WALK):
        if token.head.i == token.i:
            return None
        token = token.head
        if span.start <= token.i < span.end:
            continue
        if token.i in by_token:
            return by_token[token.i]
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


class Timer:
    """Dates each event in text order, remembering dated lemmas for `context`."""

    def __init__(self, links: Links, triggers: list[Trigger], anchors: Anchors) -> None:
        self.links = links
        self.triggers = triggers
        self.anchors = anchors
        self.by_token = {t.token.i: n for n, t in enumerate(triggers)}
        self.by_lemma: dict[str, list[DateFact]] = {}
        self.by_category: dict[str, tuple[int, list[DateFact]]] = {}

    def timing(self, n: int, reference: date | None, actual: bool) -> Timing:
        trigger = self.triggers[n]
        own = self._clause(n, 0)
        if own:
            return self._remember(trigger, Timing(own, CLAUSE))
        free = self.anchors.free.get(self.links.sentence[trigger.token.i])
        if free:
            nearest = min(free, key=lambda d: abs(d.start - trigger.start))
            return self._remember(trigger, Timing([nearest], SENTENCE))
        if not trigger.is_verb and _definite(trigger.token):
            earlier = self._earlier(trigger)
            if earlier:
                return Timing(earlier, CONTEXT)
        if reference is not None and actual and trigger.is_verb and _past(trigger.token):
            return Timing([], REFERENCE, reference.isoformat())
        return Timing()

    def _clause(self, n: int, depth: int) -> list[DateFact]:
        """The trigger's own dates, else its governing or coordinated event's."""
        if self.anchors.dates[n]:
            return self.anchors.dates[n]
        if depth >= MAX_INHERIT_DEPTH:
            return []
        token = self.triggers[n].token
        governor = self._governor(token)
        if governor is not None:
            found = self._clause(governor, depth + 1)
            if found:
                return found
        for child in token.children:
            if child.dep_ == "conj" and child.i in self.by_token and not _has_subject(child):
                found = self.anchors.dates[self.by_token[child.i]]
                if found:
                    return found  # "was arrested and charged on Monday"
        return []

    def _governor(self, token: Token) -> int | None:
        for _ in range(MAX_INHERIT_DEPTH):
            if token.dep_ not in INHERITS or token.head.i == token.i:
                return None
            if token.dep_ in ("conj", "advcl") and _has_subject(token):
                return None
            token = token.head
            if token.i in self.by_token:
                return self.by_token[token.i]
        return None

    def _earlier(self, trigger: Trigger) -> list[DateFact]:
        """The dates of the last dated event of the same lemma, or of the same category in the
        sentences just before ("fired rockets on Friday. The attack ...")."""
        if trigger.lemma in self.by_lemma:
            return self.by_lemma[trigger.lemma]
        recent = self.by_category.get(trigger.category)
        if recent is None or trigger.category == OTHER:
            return []
        sentence, dates = recent
        return dates if self.links.sentence[trigger.token.i] - sentence <= CONTEXT_SENTENCES else []

    def _remember(self, trigger: Trigger, timing: Timing) -> Timing:
        self.by_lemma[trigger.lemma] = timing.dates
        self.by_category[trigger.category] = (self.links.sentence[trigger.token.i], timing.dates)
        return timing


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children)


def _definite(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children
    )


def _past(verb: Token) -> bool:
    """Simple past or present perfect: "fired", "was launched", "has fired", "have been killed".

    A coordinated verb without auxiliaries of its own shares its head's ("killed or injured").
    """
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in AUXILIARIES for c in verb.children)
    ):
        verb = verb.head
    if verb.tag_ == "VBD":
        return True
    for child in verb.children:
        if child.dep_ in AUXILIARIES and child.tag_ == "VBD" and child.lower_ != "had":
            return True
        if child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ in ("VBZ", "VBP"):
            return True
    return False
