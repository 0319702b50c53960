"""Actors, step 3: people. Full names become actors; short forms ("Smith") join them.

A one-word name that is the first or last word of a full name used elsewhere joins that person
and takes its type, whatever NER said; surnames NER missed are found too.
"""

from __future__ import annotations

from spacy.attrs import ORTH

from ... import countries
from . import tables
from .state import (
    ActorDraft,
    DocumentState,
    TokenMention,
)

#: A name NER calls an organisation is a person's, by a surname it writes alone, up to this many
#: words ("Tom Ellis", "Mary Jo Ellis").
MAX_NAME_WORDS = 3


class PeopleClusterer(DocumentState):
    """Groups person mentions into people."""

    def cluster_people(self) -> list[ActorDraft]:
        """People with their mentions: full names first, then short forms and one-word names."""
        people: list[ActorDraft] = []
        by_name: dict[str, ActorDraft] = {}
        words_of: dict[int, list[str]] = {}

        def person_named(text: str) -> ActorDraft:
            actor = by_name.get(text.casefold())
            if actor is None:
                actor = by_name[text.casefold()] = ActorDraft("person", [])
                people.append(actor)
                words_of[id(actor)] = text.split()
            elif not text.isupper():  # a headline's "WLADIMIR KLITSCHKO": the story's writing
                words_of[id(actor)] = text.split()
            return actor

        self.retype_named_by_surname()
        for mention in self.mentions:
            if mention.type != "person":
                continue
            text = self.surface(mention.start, mention.end)
            if len(text.split()) < 2:
                continue
            actor = person_named(text)
            mention.actor = actor
            actor.mentions.append(mention)
        # short forms: first or last word of a full name, any NER type but a country
        for mention in self.mentions:
            if mention.actor is not None or mention.type not in (
                "person",
                "location",
                "organization",
            ):
                continue
            if mention.fixed or mention.capital and mention.label != "PERSON":
                continue
            words = self.surface(mention.start, mention.end).split()
            actor = self.full_name_for(words, mention.start, people, words_of)
            if actor is None:
                continue
            mention.actor = actor
            mention.type = "person"
            if "ner" in mention.rules and mention.label != "PERSON":
                mention.rules = (*mention.rules, "short-form")
            actor.mentions.append(mention)
        for mention in self.mentions:  # one-word people with no full name
            if mention.type == "person" and mention.actor is None:
                actor = person_named(self.surface(mention.start, mention.end))
                mention.actor = actor
                actor.mentions.append(mention)
        people = [a for a in people if not self.is_listed_place(a)]
        self.find_surnames(people, words_of)
        self.join_names_side_by_side(people)
        return people

    def join_names_side_by_side(self, people: list[ActorDraft]) -> None:
        """One person's first and last name, side by side but found apart ("b Waqar Younis":
        NER's "Younis", the surname step's "Waqar"), are one mention."""
        joined: set[int] = set()
        for actor in people:
            in_order = sorted(actor.mentions, key=lambda m: m.start)
            last = in_order[0] if in_order else None
            for mention in in_order[1:]:
                if last.end == mention.start:
                    last.end = mention.end
                    last.rules = (*last.rules, *(r for r in mention.rules if r not in last.rules))
                    joined.add(id(mention))
                else:
                    last = mention
            if joined:
                actor.mentions = [m for m in actor.mentions if id(m) not in joined]
        if joined:
            self.mentions = [m for m in self.mentions if id(m) not in joined]

    def retype_named_by_surname(self) -> None:
        """A name NER calls an organisation, of a few capitalised words and no organisation
        word, whose last word NER calls a person wherever it stands alone ("Tom Ellis scored
        twice ... Ellis"; not a team "the Jaguars") and whose first word it never calls an
        organisation alone ("Intel Xeon"), is that person's full name."""
        alone: dict[str, set[str]] = {}  # one-word mentions: their NER labels and types
        speaking: set[str] = set()  # one-word names that say something: "Davenport said"
        speech = tables.word_set("actors/speech_verbs.txt")
        for m in self.mentions:
            if m.end - m.start == 1:
                token = self.doc[m.start]
                alone.setdefault(token.text, set()).update((m.label, m.type))
                if token.dep_ == "nsubj" and token.head.lemma_.lower() in speech:
                    speaking.add(token.text)
        surnames = {word for word, seen in alone.items() if seen == {"PERSON", "person"}}
        surnames |= speaking - {word for word, seen in alone.items() if "country" in seen}
        if not surnames:
            return
        for mention in self.mentions:
            if mention.type != "organization" or mention.label != "ORG" or mention.fixed or \
                    not 1 < mention.end - mention.start <= MAX_NAME_WORDS:
                continue
            words = self.doc[mention.start : mention.end]
            if (
                mention.rules == ("ner",)
                and words[-1].text in surnames
                and "ORG" not in alone.get(words[0].text, ())  # "Intel Xeon": "Intel" alone
                and words[-1].text not in tables.org_last_words()
                and all(t.is_title and t.is_alpha for t in words)
            ):
                mention.type = "person"
                mention.rules = (*mention.rules, "surname-elsewhere")

    def is_listed_place(self, actor: ActorDraft) -> bool:
        """A one-word "person" listed with places ("near Bologna and Ravenna") is a place."""
        if any(m.end - m.start > 1 or m.label != "PERSON" for m in actor.mentions):
            return False
        places = {
            i
            for m in self.mentions
            if m.type in ("location", "country")
            for i in range(m.start, m.end)
        }
        for mention in actor.mentions:
            token = self.doc[mention.start]
            near = [c.i for c in token.children if c.dep_ == "conj"]
            if token.dep_ == "conj":
                near.append(token.head.i)
            if any(i in places for i in near):
                break
        else:
            return False
        for mention in actor.mentions:
            mention.type, mention.actor = "location", None
            mention.rules = (*mention.rules, "listed-with-places")
        return True

    def full_name_for(
        self, words: list[str], start: int, people: list[ActorDraft], words_of: dict[int, list[str]]
    ) -> ActorDraft | None:
        n = len(words)
        capitals = all(w.isupper() for w in words)  # a headline's "WILLIAMS" of Jamal Williams
        folded = [w.casefold() for w in words]
        before = after = None
        for actor in people:
            full, short = words_of[id(actor)], words
            if capitals or all(w.isupper() for w in full):  # "Linda" of "LINDA WERTHEIMER"
                full, short = [w.casefold() for w in full], folded
            if len(full) <= n or (full[:n] != short and full[-n:] != short):
                continue
            first = actor.mentions[0].start
            if first < start:
                before = actor
            elif after is None:
                after = actor
        return before or after

    def find_surnames(self, people: list[ActorDraft], words_of: dict[int, list[str]]) -> None:
        """Short forms NER missed: a proper noun that is the first or last word of a full name
        (both, side by side, are one mention)."""
        strings = self.doc.vocab.strings
        blocked = tables.word_set("actors/not_actors.txt")
        forms: dict[int, ActorDraft] = {}
        for actor in people:
            words = words_of[id(actor)]
            if len(words) < 2:
                continue
            for word in {words[0], words[-1]}:
                if (
                    word[:1].isupper()
                    and word not in blocked
                    and countries.country_code(word) is None
                    and word not in countries.capitals()
                    and word not in countries.demonyms()
                ):
                    forms.setdefault(strings.add(word), actor)
        if not forms:
            return
        orths = self.doc.to_array([ORTH])
        hits = [i for i, h in enumerate(orths.tolist()) if h in forms]
        added = False
        for i in hits:
            token = self.doc[i]
            if self.taken[i] or token.pos_ != "PROPN" or i in self.title_cover:
                continue
            actor = forms[token.orth]
            end = i + 1
            while end < self.n and not self.taken[end] and forms.get(int(orths[end])) is actor:
                end += 1  # "Wladimir Klitschko" NER missed: the first and the last name, one
            if self.dateline_agency(i, end):  # "TOKYO, March 5 (Kato Wire) -": who filed it
                self.taken[i:end] = b"\x01" * (end - i)
                continue
            mention = TokenMention(i, end, "person", ("surname",), actor=actor)
            actor.mentions.append(mention)
            self.mentions.append(mention)
            self.taken[i:end] = b"\x01" * (end - i)
            added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)
