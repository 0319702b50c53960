"""Actor mentions, step 2: types decided in context.

A capital that is the subject or possessor of a verb or noun, or the object of a non-locative
preposition, is its country (rule `capital-as-government`), else a place; a name right after a
title is a person; a dateline's place and "the X region" are places.
"""

from __future__ import annotations

from . import _actors_tables as tables
from ._actors_state import (
    POSSESSIVE,
    SUBJECT_DEPS,
    DocumentState,
    TokenMention,
)


class MentionTyper(DocumentState):
    """Retypes mentions by what surrounds them."""

    def decide_capitals(self) -> None:
        for mention in self.mentions:
            if mention.capital and self.stands_for_government(mention):
                mention.type = "country"
                mention.rules = (*mention.rules, "capital-as-government")

    def stands_for_government(self, mention: TokenMention) -> bool:
        doc = self.doc
        if mention.end < self.n and doc[mention.end].lower_ in POSSESSIVE:
            return True
        token = doc[mention.start : mention.end].root
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        dep = token.dep_
        if dep in SUBJECT_DEPS or dep == "poss":
            return True
        if dep == "pobj":
            prep = token.head
            if prep.lower_ not in tables.word_set("actors_government_preps.txt"):
                return False
            if prep.lower_ == "of":
                return prep.head.lemma_.lower() not in tables.word_set("actors_place_nouns.txt")
            return True
        if dep == "dobj":
            return token.head.lemma_.lower() not in tables.word_set("actors_place_verbs.txt")
        return False

    def retype_titled(self) -> None:
        """A name right after a title ("President Lee") is a person, whatever NER said; so is
        a one-word name that speaks ("Lee said") and is no known place."""
        speech = tables.word_set("actors_speech_verbs.txt")
        place_heads = tables.word_set("actors_place_heads.txt")
        doc = self.doc
        for mention in self.mentions:
            after = doc[mention.end] if mention.end < self.n else None
            at_line_start = mention.start == 0 or "\n" in doc[mention.start - 1].text
            if (
                at_line_start
                and after is not None
                and after.text in (",", "(")
                and all(t.is_upper for t in doc[mention.start : mention.end] if t.is_alpha)
            ):  # dateline: "LIMA (Reuters) -"
                mention.type, mention.fixed = "location", True
                mention.rules = (*mention.rules, "dateline")
                continue
            if (
                mention.type in ("person", "organization")
                and mention.end - mention.start == 1
                and after is not None
                and after.is_lower
                and after.lemma_ in place_heads
            ):  # "the Alentejo region"
                mention.type, mention.fixed = "location", True
                mention.rules = (*mention.rules, "place-noun")
                continue
            if (
                mention.type == "location"
                and not mention.capital
                and mention.end - mention.start == 1
                and mention.label in ("GPE", "LOC")
            ):
                token = self.doc[mention.start]
                if (
                    token.dep_ == "nsubj"
                    and token.head.lemma_ in speech
                    and token.text not in tables.subdivisions()
                ):
                    mention.type = "person"
                    mention.rules = (*mention.rules, "speaker")
                    continue
            if mention.type in ("location", "organization") and not mention.capital:
                ts = self.title_end.get(mention.start)
                if ts is None or mention.end - mention.start > 4:
                    continue
                if not all(
                    t.is_title or not t.is_alpha for t in self.doc[mention.start : mention.end]
                ):
                    continue
                mention.type = "person"
                mention.rules = (*mention.rules, "title")
