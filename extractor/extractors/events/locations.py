"""Where it happened: place records and country actors named in the event's locative phrases.

From the trigger the parse is walked down through prepositional phrases, compounds,
coordination and appositions, at most MAX_PLACE_DEPTH steps: a place is taken once the path
has passed a locative preposition ("landing in waters between the peninsula and Japan", "a
summit at Camp David", "killed in the war on Ukraine"), or when it modifies an event noun
directly ("the Camp David summit"). "with" and "against" phrases name partners and foes, not
places, so they close the path again ("in talks with Russia").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import roles
from .links import Links
from .triggers import Trigger

MAX_PLACE_DEPTH = 5
"""Dependency steps walked down from the trigger in search of a place."""
FOLLOW = frozenset(
    {"prep", "pobj", "pcomp", "compound", "conj", "appos", "nmod", "amod", "npadvmod"}
)
"""Dependencies walked: phrases that may still name where, not clauses of their own."""
NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def places(trigger: Trigger, links: Links) -> tuple[list[str], list[tuple[int, int]]]:
    """Ids of the places (or country actors) where the event happened, and their offsets.

    Coordinated verbs sharing a subject share a place: "were killed or injured in the war".
    """
    if links.sentence[trigger.token.i] not in links.place_sentences:
        return [], []
    ids, extent = _walk(trigger.token, not trigger.is_verb, links)
    if ids or not trigger.is_verb:
        return ids, extent
    for other in _coordinated(trigger.token):
        ids, _ = _walk(other, False, links)
        if ids:
            return ids, []
    return [], []


def _coordinated(verb: Token) -> list[Token]:
    """Verbs coordinated with `verb` that share its subject."""
    out = [c for c in verb.children if c.dep_ == "conj" and not _has_subject(c)]
    if verb.dep_ == "conj" and not _has_subject(verb):
        out.append(verb.head)
    return out


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in token.children)


def _walk(root: Token, is_noun: bool, links: Links) -> tuple[list[str], list[tuple[int, int]]]:
    words = roles()
    first_seen: dict[str, int] = {}
    extent: list[tuple[int, int]] = []
    stack: list[tuple[Token, int, bool]] = []
    for child in root.children:
        if child.dep_ == "prep":
            stack.append((child, 1, child.lower_ in words["locative_preps"]))
        elif child.dep_ in NOUN_MODIFIERS and is_noun and child.i < root.i:
            stack.append((child, 1, True))  # "the Camp David summit"
    while stack:
        token, depth, locative = stack.pop()
        place_id = links.place[token.i]
        if place_id is not None and locative:
            first_seen[place_id] = min(token.i, first_seen.get(place_id, token.i))
            extent.append((token.idx, token.idx + len(token)))
        if depth >= MAX_PLACE_DEPTH:
            continue
        for child in token.children:
            if child.dep_ in FOLLOW:
                stack.append((child, depth + 1, _still_locative(child, locative, words)))
    return sorted(first_seen, key=first_seen.__getitem__), extent


def _still_locative(child: Token, locative: bool, words: dict) -> bool:
    if child.dep_ != "prep":
        return locative
    if child.lower_ in words["locative_preps"]:
        return True
    return False if child.lower_ in words["closing_preps"] else locative
