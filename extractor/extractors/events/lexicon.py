"""The event lexicon and the word lists around it, read once from data/events/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from ...data import lines, table
from ..claims import reporting_verbs

AGENT = "agent"
PATIENT = "patient"
INTRANSITIVE = "intransitive"


@dataclass(frozen=True, slots=True)
class Entry:
    """What the lexicon says of one lemma in one part of speech."""

    category: str
    possessor: str  # the role of "X's <noun>": agent, patient, or intransitive (also "of X")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """lemma -> entry, per part of speech."""

    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    adjectives: dict[str, Entry]


@cache
def lexicon() -> Lexicon:
    """The lemmas of data/events/lexicon.tsv by part of speech."""
    found = Lexicon({}, {}, {})
    parts = {"v": found.verbs, "n": found.nouns, "a": found.adjectives}
    for line in lines("events/lexicon.tsv"):
        cells = line.split("\t")
        entry = Entry(cells[2], cells[3] if len(cells) > 3 else AGENT)
        for part in cells[1]:
            parts[part][cells[0]] = entry
    return found


def noun_entry(token: Token) -> Entry | None:
    """The lexicon's entry for a noun as written or by its lemma ("talks", "sanctions")."""
    nouns = lexicon().nouns
    return nouns.get(token.lower_) or nouns.get(token.lemma_.lower())


@cache
def not_events() -> frozenset[str]:
    """Verb lemmas that never name a happening by themselves, and the plain reporting verbs.

    A verb of the claims table is plain speech when it reports a clause or introduces a quote
    without acting on an object ("say", "state", "speak"); "condemn the launch" acts on
    something, so the judging verbs stay events, and a reporting verb the lexicon lists is an
    event too ("accuse", "threaten").
    """
    verbs = lexicon().verbs
    plain_speech = {
        lemma
        for lemma, verb in reporting_verbs().items()
        if lemma not in verbs
        and ("c" in verb.frames or ("q" in verb.frames and "o" not in verb.frames))
    }
    return frozenset(lines("events/not_events.txt")) | plain_speech


PERSON_OBJECT = "PERSON"  # in data/events/object_senses.tsv: a person's name as the object
INFINITIVE = "INFINITIVE"  # ... and an infinitive as the object: "tried to flee"


Sense = tuple[str, frozenset[str]]
"""A category and the words that give it."""


@cache
def _senses(name: str) -> dict[str, list[Sense]]:
    """lemma -> its (category, words) rows of a senses table of data/events/, in file order:
    "lemmas <TAB> category <TAB> words", lemmas and words comma-separated (one row may serve
    "fire" and "dismiss")."""
    found: dict[str, list[Sense]] = {}
    for line in lines(f"events/{name}"):
        lemmas, category, words = line.split("\t")
        listed = frozenset(w.strip() for w in words.split(","))
        for lemma in lemmas.split(","):
            found.setdefault(lemma.strip(), []).append((category, listed))
    return found


def sense_by_object(verb: Token, lemma: str, category: str) -> str:
    """The category `verb` takes by its direct object ("fired two officials": personnel) or
    its infinitive ("tried to flee": no trial), else `category`."""
    rows = _senses("object_senses.tsv").get(lemma)
    if rows is None:
        return category
    infinitive = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                     for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for sense, words in rows:
        if infinitive and INFINITIVE in words:
            return sense
        if obj is not None and (obj.ent_type_ == "PERSON" and PERSON_OBJECT in words or
                                obj.lower_ in words or obj.lemma_.lower() in words):
            return sense
    return category


def sense_by_subject(verb: Token, lemma: str, category: str) -> str:
    """The category `verb` takes by what did it, its subject or its passive's agent ("the quake
    hit the coast", "was destroyed by the flood": a disaster), else `category`."""
    rows = _senses("subject_senses.tsv").get(lemma)
    if rows is None:
        return category
    doer = verb if verb.dep_ != "conj" or any(c.dep_ == "nsubj" for c in verb.children) \
        else verb.head  # "The quake hit at dawn and killed 12": the first verb's subject
    doers = [c for c in doer.children if c.dep_ == "nsubj"]
    doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    for sense, words in rows:
        if any(d.lemma_.lower() in words for d in doers):
            return sense
    return category


AFTER_ON = "ON"  # in data/events/modifier_senses.tsv: the noun stands after "on"


def sense_by_modifier(noun: Token, lemma: str, category: str) -> str:
    """The category `noun` takes by the first row a word before it matches ("a drone strike":
    assault; "a 48-hour strike": protest) or, for a row marked ON, by standing after "on"
    ("went on strike"), else `category`."""
    rows = _senses("modifier_senses.tsv").get(lemma)
    if rows is None:
        return category
    words = noun.doc[noun.left_edge.i : noun.i]
    after_on = noun.dep_ == "pobj" and noun.head.lower_ == "on"
    for sense, modifiers in rows:
        if after_on and AFTER_ON in modifiers or any(
                w.lemma_.lower() in modifiers or w.lower_ in modifiers for w in words):
            return sense
    return category


@cache
def phrasal_events() -> frozenset[str]:
    """Phrasal verbs the claims table marks as no cue ("call off", "show up"): happenings."""
    return frozenset(lemma for lemma, verb in reporting_verbs().items() if verb.frames == "-")


@cache
def modality_words() -> dict[str, dict[str, str]]:
    """role (aux, head, modifier, mark) -> word -> value, from data/events/modality.tsv."""
    out: dict[str, dict[str, str]] = {}
    for line in lines("events/modality.tsv"):
        word, role, value = line.split("\t")
        out.setdefault(role, {})[word] = value
    return out


@cache
def figure_words() -> dict[str, str]:
    """Trigger lemma -> what its count of people counts ("kill" -> "killed")."""
    return dict(line.split("\t") for line in lines("events/figures.tsv"))


@cache
def roles() -> dict[str, Any]:
    """Prepositions and pronouns that give an event's participants (data/events/roles.json)."""
    data = table("events/roles.json")
    return {k: v if k == "pronouns" else frozenset(v) for k, v in data.items() if k != "_"}
