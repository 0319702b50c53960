"""Whether it happened: polarity ("did not fire") and modality (planned, possible, hypothetical).

Read from the trigger's own clause and the verbs it depends on: a negation ("not", "never",
"no attack", "without firing"), a modal auxiliary ("will meet", "could strike"), a verb whose
infinitive it is ("plans to attack", "failed to stop": negative), an adjective before an event
noun ("the planned summit"), an "if"/"unless" clause. The words are in data/events/modality.tsv.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import modality_words
from .triggers import Trigger

ACTUAL = "actual"
HYPOTHETICAL = "hypothetical"
NEGATIVE = "negative"
POSITIVE = "positive"
MAX_MOOD_DEPTH = 3
"""How many governing verbs (xcomp, conj, a noun's verb) are read for negation and modality."""
CLIMBS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "nsubjpass"})
"""Dependencies along which a governing verb's mood reaches the trigger."""


def mood(trigger: Trigger) -> tuple[str, str]:
    """(polarity, modality) of one event."""
    words = modality_words()
    polarity, modality = POSITIVE, ACTUAL
    token = trigger.token
    # a verb's negation reaches no event under its prepositions: "did not respond to a
    # request", "declined to comment on the talks" (the request was made, the talks held)
    negatable = True
    for _ in range(MAX_MOOD_DEPTH):
        for child in token.children:
            negation = child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") or (
                token is trigger.token and _none_did_it(child))
            if negation and negatable:
                polarity = NEGATIVE
            elif not negation and child.dep_ == "mark" and child.lower_ in words["mark"]:
                return polarity, HYPOTHETICAL
            elif child.dep_ == "aux" and modality == ACTUAL:
                modality = words["aux"].get(child.lower_, ACTUAL)
            elif child.dep_ == "amod" and modality == ACTUAL and token.pos_ != "VERB":
                modality = words["modifier"].get(child.lower_, ACTUAL)
        head = token.head
        if token.dep_ in ("pobj", "pcomp") and head.lower_ == "without":
            polarity = NEGATIVE  # "without firing a shot"
        if head.i == token.i or token.dep_ not in CLIMBS:
            break
        negatable = negatable and token.dep_ != "prep"
        value = _governing(token, head, words["head"])
        if value == NEGATIVE:
            polarity = NEGATIVE if negatable else polarity
        elif value is not None and modality == ACTUAL:
            modality = value
        token = head
    return polarity, modality


def _none_did_it(child: Token) -> bool:
    """Whether `child` is a subject that says nobody did or underwent the event: "no students
    were hurt", "No aircraft were lost"."""
    return child.dep_ in ("nsubj", "nsubjpass") and any(
        g.dep_ == "det" and g.lower_ == "no" for g in child.children)


def _governing(token: Token, head: Token, heads: dict[str, str]) -> str | None:
    """What the verb or adjective `token` depends on says of it: "plans to", "failed to"."""
    if token.dep_ in ("xcomp", "dobj") or (token.dep_ == "conj" and head.dep_ == "xcomp"):
        return heads.get(head.lemma_.lower())
    return None
