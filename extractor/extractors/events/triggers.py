"""Which words name a happening: verbs that are not states or plain speech, and event nouns.

A verb is an event unless `not_events` rules out its lemma (states, attitudes, perception,
aspect, causation, plain reporting) or it works as a preposition ("according to", "following
the vote"). A noun is an event when the lexicon lists it, or when it is the -ing form of a listed
verb ("the shooting", "the rioting"). Words inside an actor's or place's name are never triggers
("the Election Commission").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import LEMMA, LOWER, POS, SUFFIX
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ...data import lines
from ..common import listed_lemma, word_before
from .lexicon import (
    AGENT,
    Entry,
    lexicon,
    not_events,
    phrasal_events,
    sense_by_modifier,
    sense_by_object,
    sense_by_subject,
)
from .links import Links

OTHER = "other"
NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
"""A proper noun inside one of these spaCy entities is a name, not an event ("Operation X")."""
NOT_EVENT_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"})
"""A noun inside one of these is a month or a measure ("March", "a round 100"), not an event."""
VERB_AS_PREPOSITION = frozenset({"prep", "case"})
GERUND_SUFFIX = "ing"
GERUND_HASH = hash_string(GERUND_SUFFIX)  # spaCy's SUFFIX attribute is a word's last 3 letters
MIN_GERUND_STEM = 3
"""Shortest verb stem read from an -ing noun ("ring" and "king" have none)."""
HEADLINE_VERB = "headline-verb"  # the rule of a headline's verb the tagger read as a name
# Token rows turned into Python values at a time when looking for triggers: memory bounded
# however long the text, each block still read in one call.
ROWS_AT_ONCE = 4096


@dataclass(slots=True)
class Trigger:
    """One word that names a happening, with what the lexicon says of it."""

    token: Token
    lemma: str
    category: str
    possessor: str
    start: int  # the trigger words as written: "was launched", "fired"
    end: int
    rule: str

    @property
    def is_verb(self) -> bool:
        return self.token.pos_ == "VERB"


def _rows(array: numpy.ndarray) -> Iterator[tuple[int, list[int]]]:
    """(index, row) of every row, read as Python ints a block of `ROWS_AT_ONCE` at a time: a
    list of lists over a 1 MB text's 240,000 tokens is 50 MB."""
    for block in range(0, len(array), ROWS_AT_ONCE):
        yield from enumerate(array[block : block + ROWS_AT_ONCE].tolist(), block)


def find_triggers(doc: Doc, links: Links, headline: Callable[[int, int], bool]) -> list[Trigger]:
    """Every event word of the parsed text, in text order; `headline` tells whether a span
    lies in a headline or other line that is no prose.

    Nouns and adjectives are sifted by their hashed lower form, lemma and suffix first, so only
    words the lexicon may list become spaCy tokens.
    """
    out = []
    verb, adjective = doc.vocab.strings["VERB"], doc.vocab.strings["ADJ"]
    nominal = {doc.vocab.strings["NOUN"], doc.vocab.strings["PROPN"]}
    listed, verb_forms = _listed_hashes(), _verb_form_hashes()
    for i, (pos, lower, lemma, suffix) in _rows(doc.to_array([POS, LOWER, LEMMA, SUFFIX])):
        if pos == verb:
            finder = _verb
        elif (pos in nominal or pos == adjective) and (
            lower in listed or lemma in listed or suffix == GERUND_HASH
        ):
            finder = _adjective if pos == adjective else _noun
        elif pos in nominal and lower in verb_forms and _in_headline(doc[i], headline):
            finder = _headline_verb
        else:
            continue
        if not _named(i, links):
            trigger = finder(doc[i])
            if trigger is not None:
                out.append(trigger)
    return out


@cache
def _listed_hashes() -> frozenset[int]:
    """Hashes of every noun and adjective the lexicon lists, to sift tokens without strings."""
    lex = lexicon()
    return frozenset(hash_string(word) for word in [*lex.nouns, *lex.adjectives])


@cache
def _verb_form_hashes() -> frozenset[int]:
    """Hashes of the forms a headline writes a listed verb in ("bombs", "escaped", "acquire")."""
    forms = set()
    for verb in lexicon().verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + "s", verb + "es", verb + "d", stem + "ed"}
    return frozenset(hash_string(form) for form in forms)


def _in_headline(token: Token, headline: Callable[[int, int], bool]) -> bool:
    """A capitalised word of a headline after its first, in its verb's place: with an ending
    ("Bombs", "Escaped") or after "to" ("AMD to Acquire SeaMicro"); the first word is its
    subject ("Rebels Attack Border Post")."""
    if not token.text[:1].isupper():
        return False
    before = word_before(token)  # a line break when the word opens its line
    if before is None or before.is_space:
        return False
    ending = token.lower_.endswith(("s", "ed")) or before.lower_ == "to"
    return ending and headline(token.idx, token.idx + len(token))


def _headline_verb(token: Token) -> Trigger | None:
    """ "Sudan Bombs Refugee Camp", "Texas Lifer Escapes Prison Van": the tagger reads a
    headline's capitalised verb as a name; a listed verb's form is the event."""
    verbs = lexicon().verbs
    lemma = listed_lemma(token, verbs)
    entry = verbs.get(lemma)
    if entry is None:
        return None
    return Trigger(token, lemma, entry.category, entry.possessor, token.idx, _end(token),
                   HEADLINE_VERB)


def _named(i: int, links: Links) -> bool:
    """Part of an actor's or place's name, a date or a distance."""
    return (
        links.actor[i] is not None
        or links.place[i] is not None
        or links.date[i] is not None
        or links.distance[i] is not None
    )


def _verb(token: Token) -> Trigger | None:
    verbs = lexicon().verbs
    lemma = listed_lemma(token, verbs)
    entry = verbs.get(lemma)
    if entry is None:
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
        if particle is not None and f"{lemma} {particle}" in phrasal_events():
            lemma = f"{lemma} {particle}"  # "called off", "showed up"
        elif lemma in not_events() or not lemma.replace("-", "").isalpha():
            return None
        entry = Entry(OTHER, AGENT)
    if token.dep_ in VERB_AS_PREPOSITION or _second_of_compound(token) or _adjectival(token):
        return None
    start = token.idx
    before = word_before(token)  # past the blanks of "was *launched*" in Markdown
    if before is not None and before.dep_ == "auxpass" and before.head.i == token.i:
        start = before.idx  # "was launched"
    rule = "verb+lexicon" if lemma in verbs else "verb"
    category = sense_by_subject(token, lemma, sense_by_object(token, lemma, entry.category))
    return Trigger(token, lemma, category, entry.possessor, start, _end(token), rule)


def _adjectival(verb: Token) -> bool:
    """A participle before a noun describes it: "the acting president", "the failed coup";
    one with its own perfect's auxiliary is a verb the parser misread ("Chelsea have sacked
    manager X": "sacked" hung on "manager")."""
    return verb.dep_ == "amod" and not any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.i < verb.i for c in verb.children)


def _second_of_compound(verb: Token) -> bool:
    """A verb coordinated with a noun or modifier is part of its name ("a hit-and-run")."""
    return verb.dep_ == "conj" and verb.head.dep_ in ("amod", "compound", "nmod")


@cache
def _set_phrases() -> frozenset[str]:
    return frozenset(lines("events/set_phrases.txt"))


def _noun(token: Token) -> Trigger | None:
    if token.ent_type_ in NOT_EVENT_ENTITIES:
        return None
    if token.dep_ == "pobj" and f"{token.head.lower_} {token.lower_}" in _set_phrases():
        return None  # "one season in charge", "in exchange for cash"
    if token.pos_ == "PROPN" and token.ent_type_ in NAME_ENTITIES and not token.is_upper:
        return None  # a name, unless a listed acronym ("DUI")
    lex = lexicon()
    verb = _gerund_stem(token.lower_)
    for word in (token.lower_, token.lemma_.lower()):
        if word in lex.nouns:  # an -ing noun keeps its verb's lemma: "the shooting" -> shoot
            return _listed(token, verb or word, lex.nouns[word], "noun+lexicon")
    if verb is None:
        return None
    return _listed(token, verb, lex.verbs[verb], "gerund+lexicon")


def _adjective(token: Token) -> Trigger | None:
    word = token.lower_
    entry = lexicon().adjectives.get(word)
    return None if entry is None else _listed(token, word, entry, "adjective+lexicon")


def _listed(token: Token, lemma: str, entry: Entry, rule: str) -> Trigger:
    category = sense_by_modifier(token, lemma, entry.category)
    return Trigger(token, lemma, category, entry.possessor, token.idx, _end(token), rule)


def _end(token: Token) -> int:
    return token.idx + len(token)


def _gerund_stem(word: str) -> str | None:
    """The listed verb an -ing noun is made from: shooting -> shoot, robbing -> rob."""
    if not word.endswith(GERUND_SUFFIX):
        return None
    stem = word[: -len(GERUND_SUFFIX)]
    if len(stem) < MIN_GERUND_STEM:
        return None
    verbs = lexicon().verbs
    for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if candidate in verbs:
            return candidate
    return None
