"""Actor mentions, step 2: types decided in context.

A capital that is the subject or possessor of a verb or noun, or the object of a non-locative
preposition, is its country (rule `capital-as-government`), else a place; a name right after a
title is a person; a dateline's place and "the X region" are places.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..common import word_before
from ..places.dateline import dateline_follows
from . import tables
from .state import (
    DETERMINERS,
    MAX_ACRONYM_CHARS,
    MIN_ACRONYM_CHARS,
    POSSESSIVE,
    SUBJECT_DEPS,
    DocumentState,
    TokenMention,
)

#: A place or organisation name right after a title is a person only up to this many tokens.
MAX_TITLED_NAME_TOKENS = 4
#: The oldest age a name set off by commas may be followed by ("Darren Holt, 34,").
MAX_AGE = 120
#: An appositive (", a small mountain town") has at most this many modifiers before its noun.
MAX_APPOSITIVE_MODIFIERS = 4


#: A road's number, a route by itself: "the A59 between X and Y", "I-95 to X", "the M6".
_ROAD_NUMBER = re.compile(r"(?:[A-Z]{1,2}|US|I)-?\d{1,4}")

DATELINE_RULE = "dateline"  # the place an agency dateline opens with


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
            if prep.lower_ not in tables.word_set("actors/government_preps.txt"):
                return False
            if prep.lower_ == "of":
                return prep.head.lemma_.lower() not in tables.word_set("actors/place_nouns.txt")
            return True
        if dep == "dobj":
            return token.head.lemma_.lower() not in tables.word_set("actors/place_verbs.txt")
        return False

    def retype_titled(self) -> None:
        """A name right after a title ("President Lee") is a person, whatever NER said; so is
        a one-word name that speaks ("Lee said") and is no known place."""
        speech = tables.word_set("actors/speech_verbs.txt")
        place_heads = tables.word_set("actors/place_heads.txt") | tables.word_set(
            "actors/geo_nouns.txt"
        )
        doc = self.doc
        for mention in self.mentions:
            after = doc[mention.end] if mention.end < self.n else None
            before = word_before(doc[mention.start])
            at_line_start = before is None or "\n" in before.text
            if (
                at_line_start
                and after is not None
                and all(t.is_upper for t in doc[mention.start : mention.end] if t.is_alpha)
                and dateline_follows(
                    self.ctx.read_text(), self.chars(mention.start, mention.end)[1]
                )
            ):  # dateline: "LIMA (Reuters) -", "**LIMA (Reuters)** -" in Markdown
                mention.type, mention.fixed = "location", True
                mention.rules = (*mention.rules, DATELINE_RULE)
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
            if mention.type in ("location", "organization") and not mention.capital and (
                self.aged(mention) or self.kin_apposition(mention)
            ):  # "Darren Holt, 34, of Bramley", "Owusu's daughter, Grace, said"
                mention.type = "person"
                mention.rules = (*mention.rules, "person-apposition")
                continue
            if mention.type in ("location", "organization") and not mention.capital:
                ts = self.title_end.get(mention.start)
                if ts is None or mention.end - mention.start > MAX_TITLED_NAME_TOKENS:
                    continue
                if not all(
                    t.is_title or not t.is_alpha for t in self.doc[mention.start : mention.end]
                ):
                    continue
                mention.type = "person"
                mention.rules = (*mention.rules, "title")

    def aged(self, mention: TokenMention) -> bool:
        """Followed by an age set off by commas: "Darren Holt, 34, of Bramley"."""
        doc, e = self.doc, mention.end
        if e + 2 >= self.n or doc[e].text != "," or doc[e + 2].text not in (",", ")"):
            return False
        age = doc[e + 1].text
        listed = e + 3 < self.n and doc[e + 3].like_num  # "Series 5, 6, 7": a list of numbers
        named = not any(c.isdigit() for c in self.surface(mention.start, e))
        return age.isdigit() and 0 < int(age) <= MAX_AGE and named and not listed

    def kin_apposition(self, mention: TokenMention) -> bool:
        """Set off by commas right after a noun of family or friendship: "his daughter, Grace,"
        (not "his father, Rovers coach Tom Hale", where the name is a modifier), or by a comma
        and its sentence's end after a one-word title: "said the council leader, Marion Hale."."""
        doc, s, e = self.doc, mention.start, mention.end
        if s < 2 or doc[s - 1].text != "," or doc[s - 2].pos_ != "NOUN" or e >= self.n:
            return False
        noun = doc[s - 2].lemma_.lower()
        if noun in tables.word_set("actors/kin_nouns.txt"):
            return doc[e].text == ","
        return doc[e].text in (",", ".") and doc[s - 2].is_lower and noun in \
            tables.title_words() and noun not in tables.word_set("actors/org_appositives.txt")

    def named_body_of_place(self, mention: TokenMention) -> bool:
        """A place's name NER ran on into the body it names: "West Yorkshire Police", "Kent
        County Council"."""
        return (
            mention.type == "location"
            and not mention.fixed
            and not mention.capital
            and mention.end - mention.start > 1
            and self.doc[mention.end - 1].text in tables.org_last_words()
        )

    def retype_by_context(self) -> None:
        """Organisations and places NER typed as something else, from the words around them.

        A name ending in an organisation word ("X Lines") or in apposition to a company noun
        ("the operator, X,") is an organisation (rule `org-word`, `org-apposition`); a name that
        is the "of" complement, appositive or possessor of a geographic noun ("the town of X",
        "X, a village of ...", "the X's channel"), or the object of a locative preposition ("near
        X", "a ferry link between X and Y") with no title, speech or organisation word of its
        own, is a place (rules `place-of`, `place-apposition`, `place-possessor`, `locative`);
        so are the names listed with it and the other mentions of the same name.
        """
        people = self.person_names()
        by_root = self.mentions_by_root()
        places: set[str] = set()
        for mention in self.mentions:
            if self.named_body_of_place(mention):  # "West Yorkshire Police said", NER's place
                mention.type, mention.fixed = "organization", True
                mention.rules = (*mention.rules, "org-word")
                continue
            if (
                mention.capital
                or mention.fixed
                or "gazetteer" in mention.rules
                or mention.type not in ("person", "organization")
                or self.titled(mention)
            ):
                continue
            rule = self.org_evidence(mention) if mention.type == "person" else None
            if rule is not None:
                mention.type, mention.fixed = "organization", True
                mention.rules = (*mention.rules, rule)
                continue
            if self.is_person(mention, people):
                continue
            rule = self.place_evidence(mention)
            if rule is None:
                continue
            mention.type, mention.fixed = "location", True
            mention.rules = (*mention.rules, rule)
            places.add(self.surface(mention.start, mention.end).casefold())
            for other in self.conjuncts(mention, by_root):
                if (
                    other.type in ("person", "organization")
                    and not other.fixed
                    and not self.is_person(other, people)
                    and self.org_evidence(other) is None
                ):
                    other.type, other.fixed = "location", True
                    other.rules = (*other.rules, "listed-with-places")
                    places.add(self.surface(other.start, other.end).casefold())
        if not places:
            return
        for mention in self.mentions:  # the other mentions of a name once seen as a place
            if (
                mention.type in ("person", "organization")
                and not mention.fixed
                and "gazetteer" not in mention.rules
                and self.surface(mention.start, mention.end).casefold() in places
                and not self.is_person(mention, people)
            ):
                mention.type, mention.fixed = "location", True
                mention.rules = (*mention.rules, "same-place")

    def person_names(self) -> set[str]:
        """Names the text shows to be people's (casefolded): given a title or speaking somewhere,
        and the first and last words of longer person names ("Scott" of "Bobby Scott")."""
        names: set[str] = set()
        for mention in self.mentions:
            if mention.type != "person":
                continue
            text = self.surface(mention.start, mention.end).casefold()
            if self.has_person_evidence(mention):
                names.add(text)
            words = text.split()
            if len(words) > 1 and mention.label == "PERSON":
                names.update((words[0], words[-1]))
        return names

    def is_person(self, mention: TokenMention, people: set[str]) -> bool:
        if self.has_person_evidence(mention):
            return True
        return self.surface(mention.start, mention.end).casefold() in people

    def root(self, mention: TokenMention) -> Token:
        """The mention's syntactic head, climbed to the first of a list ("X and Y")."""
        token = self.doc[mention.start : mention.end].root
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        return token

    def mentions_by_root(self) -> dict[int, list[tuple[int, TokenMention]]]:
        """The mentions (with their place in `mentions`) by their syntactic head's index, so
        that a mention's conjuncts are looked up, not searched for among all mentions."""
        by_root: dict[int, list[tuple[int, TokenMention]]] = {}
        for position, m in enumerate(self.mentions):
            by_root.setdefault(self.doc[m.start : m.end].root.i, []).append((position, m))
        return by_root

    def conjuncts(
        self, mention: TokenMention, by_root: dict[int, list[tuple[int, TokenMention]]]
    ) -> list[TokenMention]:
        """The other mentions listed with this one ("X and Y", "X, Y and Z"), in text order;
        `by_root` is `mentions_by_root()`."""
        root = self.root(mention)
        indices = {t.i for t in root.conjuncts} | {root.i}
        found = sorted(pm for i in indices for pm in by_root.get(i, ()) if pm[1] is not mention)
        return [m for _, m in found]

    def org_evidence(self, mention: TokenMention) -> str | None:
        doc = self.doc
        last = doc[mention.end - 1]
        if mention.end - mention.start > 1 and last.text in tables.org_last_words():
            return "org-word"
        if mention.label == "PERSON" and self.acronym(mention):
            return "acronym"  # "data compiled by LSEG": nobody's name is written so
        nouns = tables.word_set("actors/org_appositives.txt")
        s, e = mention.start, mention.end
        if (
            s >= 2
            and doc[s - 1].text == ","
            and doc[s - 2].tag_ == "NN"
            and doc[s - 2].is_lower
            and doc[s - 2].lemma_.lower() in nouns
            and not (e < self.n and self.speaks_here(doc[e]))
        ):
            return "org-apposition"  # "the operator, X, plans"
        if s >= 1 and doc[s - 1].tag_ == "NN" and doc[s - 1].lemma_.lower() in nouns:
            return "org-apposition"  # "the ferry operator X"
        noun = self.appositive_noun(e)
        if noun is not None and noun.lemma_.lower() in nouns:
            return "org-apposition"  # "X, a regional carrier"
        if self.workplace(mention):
            return "workplace"  # "analysts at Peel Hunt said"
        if self.employer_before_title(mention):
            return "employer"  # "Blackburn manager Ray Harford"
        return None

    def employer_before_title(self, mention: TokenMention) -> bool:
        """A one-word name before a title and a person's name ("Blackburn manager Ray Harford"),
        which NER calls a person: whose the title is, a club or a company. Not a surname the
        text writes after a first name ("Trump adviser X" after "Donald Trump"), nor a name
        after a title of its own ("President Obama adviser X")."""
        doc, s, e = self.doc, mention.start, mention.end
        after = self.title_start.get(e)
        if e - s != 1 or after is None or after >= self.n or \
                doc[after].ent_type_ != "PERSON" or doc[after].ent_iob_ != "B":
            return False
        if s > 0 and (doc[s - 1].is_title or any(end == s for end in self.title_start.values())):
            return False
        word = doc[s].text
        return not any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word
                       for ent in doc.ents)

    def workplace(self, mention: TokenMention) -> bool:
        """The object of "at" after people who work there: "analysts at Peel Hunt"."""
        root = self.root(mention)
        prep = root.head
        return (
            root.dep_ == "pobj"
            and prep.lower_ == "at"
            and prep.head.tag_ == "NNS"
            and prep.head.lemma_.lower() in tables.word_set("actors/staff_nouns.txt")
        )

    def acronym(self, mention: TokenMention) -> bool:
        """One word in capitals, as organisations abbreviate their names; not a transcript's
        speaker ("PENCE: We will ...") nor a word of a line written all in capitals."""
        token = self.doc[mention.start]
        after = self.doc[mention.end] if mention.end < self.n else None
        start, end = self.chars(mention.start, mention.end)
        return (
            mention.end - mention.start == 1
            and token.is_upper
            and token.is_alpha
            and MIN_ACRONYM_CHARS <= len(token) <= MAX_ACRONYM_CHARS
            and (after is None or after.text != ":")
            and not self.ctx.body.is_nonprose(start, end)
            and not self.in_capitals_line(start)
        )

    def appositive_noun(self, e: int) -> Token | None:
        """The lowercase noun of an appositive right after token e: ", a (small) town"."""
        doc = self.doc
        if e + 2 >= self.n or doc[e].text != "," or doc[e + 1].lower_ not in DETERMINERS:
            return None
        j = e + 2
        stop = min(self.n, j + MAX_APPOSITIVE_MODIFIERS)
        while j < stop and doc[j].is_lower and doc[j].dep_ in ("amod", "compound"):
            j += 1
        if j < self.n and doc[j].is_lower and doc[j].dep_ == "appos":
            return doc[j]
        return None  # "X, the company said": a new clause, not an appositive

    def speaks_here(self, token: Token) -> bool:
        return token.lemma_.lower() in tables.word_set("actors/speech_verbs.txt")

    def titled(self, mention: TokenMention) -> bool:
        """A title or courtesy title before the name ("Mr. X", "President X")."""
        return "title" in mention.rules or mention.start in self.title_end

    def has_person_evidence(self, mention: TokenMention) -> bool:
        """A title before the name, a courtesy title, or the name speaking ("X said")."""
        if self.titled(mention) or "speaker" in mention.rules:
            return True
        root = self.doc[mention.start : mention.end].root
        return root.dep_ in SUBJECT_DEPS and self.speaks_here(root.head)

    def place_evidence(self, mention: TokenMention) -> str | None:
        doc = self.doc
        geo = tables.word_set("actors/geo_nouns.txt")
        root = self.root(mention)
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in geo:
            return "place-of"  # "the city of X", "the slopes of the X"
        if root.dep_ == "poss" and root.head.lemma_ in geo and root.head.is_lower:
            return "place-possessor"  # "the X's northern channel"
        noun = self.appositive_noun(mention.end)
        if noun is not None and noun.lemma_ in geo:
            return "place-apposition"  # "X, a town of 130,000 people"
        if root.dep_ != "pobj" or mention.end - mention.start > (
            1 if mention.label == "PERSON" else 2
        ):
            return None  # "a message to Jane Doe": a person's full name stays a person
        if doc[mention.end - 1].text in tables.org_last_words():
            return None
        if any(t.is_upper and len(t) > 1 for t in doc[mention.start : mention.end]):
            return None  # an acronym: "from IBM"
        prep = root.head
        if prep.lower_ in tables.word_set("actors/locative_preps.txt"):
            return "locative"
        if prep.lower_ == "via" and mention.label == "PERSON":
            return "locative"  # "a diversion via Machynlleth"; "via Twitter" stays a medium
        if prep.lower_ in ("from", "between", "to", "in", "into", "via") and (
            prep.head.lemma_.lower() in tables.word_set("actors/route_words.txt")
            or _ROAD_NUMBER.fullmatch(prep.head.text)
        ):
            return "locative"  # "a ferry link between X and Y", "the A59 between X and Y"
        return None
