"""Actors, step 4: groups and offices named by common nouns that speak.

"Chilean lawmakers", "the mayor's office", "investigators": a group or organisation noun
counts when it has a possessor or nationality, or when it is the source of a statement. A
people or a party's members named in the plural ("Palestinians", "Senate Democrats") are a
group where they act or speak.
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import countries
from . import tables
from .state import (
    POSSESSIVE,
    SUBJECT_DEPS,
    DocumentState,
    TokenMention,
)

#: Where a named group in the plural acts: doing, undergoing, owning.
GROUP_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "conj"})


class GroupNounFinder(DocumentState):
    """Finds group and organisation nouns."""

    def find_group_nouns(self) -> None:
        doc = self.doc
        strings = doc.vocab.strings
        ends = {m.end: m for m in self.mentions}
        for label_id, s, e in self.matchers.nouns(doc):
            head = doc[e - 1]
            if any(self.taken[s:e]) or head.dep_ in ("compound", "amod"):
                continue
            label = strings[label_id]
            plural = head.tag_ in ("NNS", "NNPS")
            if plural != (label == tables.GROUP) and label != tables.COLLECTIVE:
                continue  # "an official" is one person; "the two governments" are two actors
            lemma = " ".join([*(t.lower_ for t in doc[s : e - 1]), head.lemma_.lower()])
            start, possessor, qualifier, left = s, None, None, s
            i = s - 1
            while i >= 0:
                t = doc[i]
                if (
                    t.lower_ in POSSESSIVE
                    and i in ends
                    and ends[i].type in ("country", "person", "organization")
                ):
                    possessor = ends[i]
                    start = possessor.start
                    break
                if t.lower_ in POSSESSIVE:
                    owner = self.title_owner_start(i)  # "the sheriff's office"
                    if owner is not None:
                        # "sheriff office" needs no affiliation as "office" does
                        left, lemma = owner, f"{self.surface(owner, i).lower()} {lemma}"
                    break
                if i + 1 in self.demonym_end:
                    start, qualifier = self.demonym_end[i + 1]
                    break
                if i + 1 in ends and ends[i + 1].type == "country":
                    start, qualifier = ends[i + 1].start, ends[i + 1].code
                    break
                if (
                    t.dep_ in ("amod", "compound")
                    and t.pos_ in ("ADJ", "NOUN", "PROPN")
                    and not self.taken[i]
                ):
                    left = i
                    i -= 1
                    continue
                break
            demonym = qualifier is not None and start in self.demonym_start
            if possessor is None and qualifier is None:
                start = left
                if lemma in self.matchers.needs_affiliation or not self.speaks(head):
                    continue
            elif not demonym and not self.speaks(head):
                continue
            rules = (
                "common-noun",
                "possessor" if possessor else "nationality" if qualifier else "bare",
            )
            kind = "organization" if label == tables.ORGANIZATION else "group"
            self.mentions.append(
                TokenMention(
                    start, e, kind, rules, head=lemma, possessor=possessor, qualifier=qualifier
                )
            )
        self.find_named_groups()
        self.mentions.sort(key=lambda x: (x.start, -x.end))

    def find_named_groups(self) -> None:
        """Parties' members and peoples named in the plural that act or speak: "Republicans
        said", "Senate Democrats blocked the bill", "Palestinians marched" (NER's NORP; its
        singular, "a Republican senator", names nobody)."""
        named = bytearray(self.n)  # the tokens of the mentions found so far
        for m in self.mentions:
            named[m.start : m.end] = b"\x01" * (m.end - m.start)
        for ent in self.doc.ents:
            head = ent.root
            if (
                ent.label_ != "NORP"
                or head.tag_ not in ("NNPS", "NNS")
                or not any(c.isupper() for c in ent.text)
                or any(named[ent.start : ent.end])
            ):
                continue
            if head.dep_ not in GROUP_ROLES and not self.speaks(head):
                continue
            if any(c.dep_ == "nummod" for c in head.children):
                continue  # "40 Palestinians were hurt": people counted, not a people acting
            s, e = self.clean(ent.start, ent.end, person=False)
            if s >= e:
                continue
            name = self.surface(s, e)
            one = _singular(name)
            nationality = countries.demonyms().get(one)  # "Americans"
            if nationality is None and one not in tables.word_set("actors/party_members.txt"):
                continue  # a team ("the Titans"), a headline's word ("Protests")
            self.taken[s:e] = b"\x01" * (e - s)
            self.mentions.append(
                TokenMention(
                    s, e, "group", ("ner", "named-group"), head=name.lower(), qualifier=nationality
                )
            )

    def title_owner_start(self, possessive: int) -> int | None:
        """Where "the sheriff's office" is named from: the title that owns the office ("district
        attorney's office"), which no name follows; None when the owner is no title. Offices of
        two titles are two actors."""
        doc = self.doc
        first = possessive - 1
        if first < 0 or doc[first].pos_ != "NOUN" or not doc[first].is_lower or self.taken[first]:
            return None
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].is_lower and \
                not self.taken[first - 1]:
            first -= 1
        titles = tables.title_words()
        owner = " ".join(t.lower_ for t in doc[first:possessive])
        if owner in titles or doc[possessive - 1].lower_ in titles:
            return first
        return None

    def speaks(self, head: Token) -> bool:
        """Whether a noun is a source: subject of a verb of saying, or "according to" X."""
        token = head
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        if token.dep_ in SUBJECT_DEPS:
            verb = token.head.head if token.dep_ == "pobj" else token.head
            return verb.lemma_.lower() in tables.word_set("actors/speech_verbs.txt")
        if token.dep_ == "pobj":
            prep = token.head
            if prep.lower_ == "to" and prep.head.lower_ == "according":
                return True
            if prep.lower_ == "by" and prep.dep_ == "agent":
                return prep.head.lemma_.lower() in tables.word_set("actors/speech_verbs.txt")
        return False


def _singular(name: str) -> str:
    """ "Tories" -> "Tory", "Democrats" -> "Democrat"; "Sudanese" stays."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name.removesuffix("s")
