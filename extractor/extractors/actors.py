"""Actors: one record per real-world actor of a document, with roles, affiliation and country code.

Mentions come from spaCy's entities, corrected by rules, plus matchers run over the doc (never
added to the shared pipeline; built once per vocab in `_actors_tables`): a gazetteer of country
names, capitals and demonyms, a title matcher, and a matcher of group and organisation nouns.
Then, per document:

1. clean: leading "the", possessive "'s", titles and nationality words come off names; time
   zones, weekdays, numbers, lowercase phrases and words capitalised only because they open a
   headline or sentence are dropped, and so is an entity inside a title ("State" of "Secretary of
   State");
2. type: country names are countries (ISO 3166-1 alpha-3); a capital that is the subject or
   possessor of a verb or noun, or the object of a non-locative preposition, is its country
   (rule `capital-as-government`), else a place; a name right after a title is a person;
3. consolidate: a short form ("Smith") joins the full name used elsewhere and takes its type; an
   acronym joins the organisation it abbreviates; a bare "the military" joins the group named
   before; ids follow the order of first mention;
4. describe: roles and affiliation from the title before a name ("US Secretary of State X",
   "Japan's then-prime minister X", "Reuters' X") or the appositive after it ("X, the foreign
   minister of Y"); the affiliation of organisations and groups from their possessor or
   nationality adjective ("Japan's Ministry of Defense", "South Korean legislators").

`find_actor(actors, start, end)` gives the actor mentioned at a span, for claims' speakers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..records import Actor, Mention
from . import _actors_tables as tables
from ._spans import char_span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from . import Context

NER_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
DETERMINERS = frozenset({"the", "a", "an"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
HEADLINE_TITLE_CASE = 0.75


@dataclass(slots=True, eq=False)
class _Mention:
    """One mention, as token offsets, while the document is analysed."""

    start: int
    end: int
    type: str
    rules: tuple[str, ...]
    label: str = ""
    code: str | None = None
    capital: bool = False
    actor: _Actor | None = None
    # group and organisation nouns: head lemma, possessor mention, nationality code
    head: str = ""
    possessor: _Mention | None = None
    qualifier: str | None = None
    name_start: int | None = None  # an institution's name with its country ("US Army")
    fixed: bool = False  # typed by a rule that short forms of names do not override


@dataclass(slots=True, eq=False)
class _Actor:
    type: str
    mentions: list[_Mention]
    name: str = ""
    code: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliation: _Actor | str | None = None
    head: str = ""


def extract(doc: Doc, ctx: Context) -> list[Actor]:
    """One record per actor of the document, in order of first mention."""
    return _Analysis(doc, ctx).records()


def find_actor(actors: Sequence[Actor], start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping [start, end), for pointing a span at an actor.

    Among overlapping mentions the one sharing the most characters with the span wins, then the
    one closest in length (so "Choi's office" finds the office, "Choi" the person); None if no
    mention overlaps.
    """
    best, best_key = None, None
    for actor in actors:
        for m in actor.mentions:
            shared = min(end, m.end) - max(start, m.start)
            if shared <= 0:
                continue
            key = (shared, -abs((m.end - m.start) - (end - start)))
            if best_key is None or key > best_key:
                best, best_key = actor, key
    return best


class _Analysis:
    """The per-document state of one `extract` call."""

    def __init__(self, doc: Doc, ctx: Context) -> None:
        self.doc = doc
        self.ctx = ctx
        self.text = ctx.text
        self.m = tables.matchers(doc.vocab)
        self.n = len(doc)
        self.taken = bytearray(self.n)
        self.mentions: list[_Mention] = []
        self._lower_words: set[int] | None = None
        self._title_case_lines: dict[tuple[int, int], bool] = {}
        self._find_titles()
        self._find_places()

    # ------------------------------------------------------------------ matchers
    def _find_titles(self) -> None:
        self.title_end: dict[int, int] = {}
        self.title_start: dict[int, int] = {}
        self.title_cover: dict[int, tuple[int, int]] = {}
        for _, s, e in self.m.titles(self.doc):
            if s < self.title_end.get(e, e):
                self.title_end[e] = s
            if e > self.title_start.get(s, s):
                self.title_start[s] = e
            for i in range(s, e):
                old = self.title_cover.get(i)
                if old is None or e - s > old[1] - old[0]:
                    self.title_cover[i] = (s, e)

    def _find_places(self) -> None:
        strings = self.doc.vocab.strings
        spans = [Span(self.doc, s, e, label=lab) for lab, s, e in self.m.places(self.doc)]
        self.places: list[tuple[int, int, str]] = []
        self.place_starts: set[int] = set()
        self.country_start: dict[int, int] = {}
        self.demonym_start: dict[int, tuple[int, str]] = {}
        self.demonym_end: dict[int, tuple[int, str]] = {}
        demonyms = tables.demonyms()
        for span in filter_spans(spans):
            label = strings[span.label]
            if label == tables.DEMONYM:
                code = demonyms[span.text]
                self.demonym_start[span.start] = (span.end, code)
                self.demonym_end[span.end] = (span.start, code)
            else:
                self.places.append((span.start, span.end, label))
                self.place_starts.add(span.start)
                if label == tables.COUNTRY:
                    self.country_start[span.start] = span.end

    # ------------------------------------------------------------------ helpers
    def chars(self, s: int, e: int) -> tuple[int, int]:
        """Character offsets of the tokens [s, e)."""
        return char_span(self.doc[s:e])

    def surface(self, s: int, e: int) -> str:
        a, b = self.chars(s, e)
        return self.text[a:b]

    def lower_words(self) -> set[int]:
        """Hashes of the words written in lowercase somewhere in the document."""
        if self._lower_words is None:
            arr = self.doc.to_array([LOWER, IS_LOWER])
            self._lower_words = set(arr[arr[:, 1] == 1, 0].tolist())
        return self._lower_words

    def line_is_title_case(self, start: int, end: int) -> bool:
        """Whether the headline line around [start, end) capitalises its common words.

        Most longer words capitalised, and either none left lowercase or a capitalised function
        word inside ("Markets Rally As ..."); a caption full of names ("X, left, is escorted by
        Y") is not title case.
        """
        for span in self.ctx.body.nonprose:
            if span[0] <= start and end <= span[1]:
                if span not in self._title_case_lines:
                    line = self.doc.char_span(span[0], span[1], alignment_mode="expand")
                    tokens = [t for t in line or () if t.is_alpha][1:]
                    long = [t for t in tokens if len(t) > 3]
                    upper = sum(1 for t in long if t.is_title or t.is_upper)
                    self._title_case_lines[span] = (
                        len(long) >= 2
                        and upper >= HEADLINE_TITLE_CASE * len(long)
                        and (upper == len(long) or any(t.is_stop and t.is_title for t in tokens))
                    )
                return self._title_case_lines[span]
        return False

    # ------------------------------------------------------------------ 1. mentions
    def find_mentions(self) -> None:
        doc = self.doc
        not_actors = tables.word_set("actors_not_actors.txt")
        capitals = tables.capitals()
        media = tables.word_set("actors_media.txt")
        for ent in doc.ents:
            label = ent.label_
            if label not in NER_TYPES:
                self.taken[ent.start : ent.end] = b"\x01" * len(ent)
                continue
            s, e = self.clean(ent.start, ent.end, person=label == "PERSON")
            if label == "PERSON":
                if s < e:
                    self.taken[s:e] = b"\x01" * (e - s)
            else:
                self.taken[ent.start : ent.end] = b"\x01" * len(ent)
            if s >= e:
                continue
            name_start = s
            if label == "ORG":
                s = self.split_country_prefix(s, e)
            text = self.surface(s, e)
            if not any(c.isupper() for c in text):  # "the coast guard": left to the nouns
                self.taken[ent.start : ent.end] = b"\x00" * len(ent)
                continue
            if text in not_actors or self.inside_title(s, e):
                continue
            code = tables.country_code(text)
            if text in media:
                self.mentions.append(_Mention(s, e, "organization", ("ner", "gazetteer"), label))
            elif code is not None:
                self.mentions.append(_Mention(s, e, "country", ("ner", "gazetteer"), label, code))
            elif text in capitals:
                self.mentions.append(
                    _Mention(s, e, "location", ("ner",), label, capitals[text], capital=True)
                )
            elif self.capitalised_by_position(s, e, text):  # a place inside stays findable
                self.taken[ent.start : ent.end] = b"\x00" * len(ent)
            else:
                mention = _Mention(s, e, NER_TYPES[label], ("ner",), label)
                if name_start < s:
                    mention.name_start = name_start
                self.mentions.append(mention)
        for s, e, label in self.places:
            if any(self.taken[s:e]):
                continue
            self.taken[s:e] = b"\x01" * (e - s)
            text = self.surface(s, e)
            if label == tables.COUNTRY:
                code = tables.country_code(text)
                self.mentions.append(_Mention(s, e, "country", ("gazetteer",), "", code))
            elif label == tables.MEDIA:
                self.mentions.append(_Mention(s, e, "organization", ("gazetteer",)))
            else:
                self.mentions.append(
                    _Mention(s, e, "location", ("gazetteer",), "", capitals[text], capital=True)
                )
        self.find_acronyms()
        self.mentions.sort(key=lambda x: x.start)

    def find_acronyms(self) -> None:
        """An acronym in brackets right after an organisation's name: "(KBS)"."""
        doc = self.doc
        for mention in list(self.mentions):
            i = mention.end
            if mention.type != "organization" or i + 2 >= self.n:
                continue
            if doc[i].text == "(" and doc[i + 2].text == ")" and not self.taken[i + 1]:
                token = doc[i + 1]
                if token.is_upper and token.is_alpha and len(token) >= 2:
                    self.taken[i + 1] = 1
                    self.mentions.append(
                        _Mention(i + 1, i + 2, "organization", ("acronym",), mention.label)
                    )

    def clean(self, s: int, e: int, *, person: bool) -> tuple[int, int]:
        """Trim determiners, possessives, punctuation (and, for people, titles) off [s, e)."""
        doc = self.doc
        for i in range(s, e):
            if "\n" in doc[i].text:
                e = i
                break
        # a hyphenated name NER cut short: "Lee Hyun" of "Lee Hyun-woo", "Emilia" of
        # "Emilia-Romagna" (but "Korea" of "Korea-US" stays)
        while (
            e + 1 < self.n
            and doc[e].text == "-"
            and not doc[e - 1].whitespace_
            and not doc[e].whitespace_
            and (
                doc[e + 1].is_lower
                if person
                else doc[e + 1].is_title and e + 1 not in self.place_starts
            )
        ):
            e += 2
        # an entity that starts inside a title: "State Karen Holt" of "Secretary of State ..."
        cover = self.title_cover.get(s)
        if cover is not None and cover[0] < s < cover[1] < e:
            s = cover[1]
        modifiers = tables.word_set("actors_title_modifiers.txt")
        while s < e:
            t = doc[s]
            low = t.lower_
            if low in DETERMINERS or t.is_punct or t.is_space or low in POSSESSIVE:
                s += 1
            elif (
                person
                and e - s > 1
                and (low in modifiers or s in self.title_start and self.title_start[s] < e)
            ):
                s = self.title_start.get(s, s + 1)
            elif not person and t.is_lower and t.whitespace_ and e - s > 1:
                s += 1
            elif person and s in self.demonym_start and self.demonym_start[s][0] < e:
                s = self.demonym_start[s][0]
            elif person and s in self.country_start and self.country_start[s] < e:
                s = self.country_start[s]
            else:
                break
        while e > s and (
            doc[e - 1].lower_ in POSSESSIVE or doc[e - 1].is_punct or doc[e - 1].is_space
        ):
            e -= 1
        while not person and e - s > 1 and doc[e - 1].is_lower:
            e -= 1
        return s, e

    def split_country_prefix(self, s: int, e: int) -> int:
        """Start of an institution's name after a country or nationality word inside its entity
        ("U.S. State Department" -> "State Department"); the country stays a mention of its own."""
        end = self.country_start.get(s) or self.demonym_start.get(s, (None,))[0]
        if end is None or end >= e:
            return s
        rest = self.surface(end, e)
        heads = tables.word_set("actors_org_heads.txt")
        if rest in tables.institutions() or any(rest == h or rest.endswith(" " + h) for h in heads):
            self.taken[s:end] = b"\x00" * (end - s)
            return end
        return s

    def inside_title(self, s: int, e: int) -> bool:
        cover = self.title_cover.get(s)
        return cover is not None and cover[0] <= s and e <= cover[1] and cover[1] - cover[0] > e - s

    def capitalised_by_position(self, s: int, e: int, text: str) -> bool:
        """A name capitalised only because it opens a headline or a sentence."""
        start, end = self.chars(s, e)
        if self.ctx.body.is_nonprose(start, end) and self.line_is_title_case(start, end):
            return self.text.count(text) < 2
        if e - s > 1:
            return False
        token = self.doc[s]
        opens = s == 0 or token.is_sent_start or "\n" in self.doc[s - 1].text
        if not opens:
            return False
        return token.is_stop or token.lower in self.lower_words()

    # ------------------------------------------------------------------ 2. types
    def decide_capitals(self) -> None:
        for mention in self.mentions:
            if mention.capital and self.stands_for_government(mention):
                mention.type = "country"
                mention.rules = (*mention.rules, "capital-as-government")

    def stands_for_government(self, mention: _Mention) -> bool:
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

    # ------------------------------------------------------------------ 3. people
    def cluster_people(self) -> list[_Actor]:
        people: list[_Actor] = []
        by_name: dict[str, _Actor] = {}
        words_of: dict[int, list[str]] = {}
        for mention in self.mentions:
            if mention.type != "person":
                continue
            text = self.surface(mention.start, mention.end)
            words = text.split()
            if len(words) < 2:
                continue
            actor = by_name.get(text)
            if actor is None:
                actor = _Actor("person", [])
                by_name[text] = actor
                people.append(actor)
                words_of[id(actor)] = words
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
                text = self.surface(mention.start, mention.end)
                actor = by_name.get(text)
                if actor is None:
                    actor = _Actor("person", [])
                    by_name[text] = actor
                    people.append(actor)
                    words_of[id(actor)] = text.split()
                mention.actor = actor
                actor.mentions.append(mention)
        people = [a for a in people if not self.is_listed_place(a)]
        self.find_surnames(people, words_of)
        return people

    def is_listed_place(self, actor: _Actor) -> bool:
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
        self, words: list[str], start: int, people: list[_Actor], words_of: dict[int, list[str]]
    ) -> _Actor | None:
        n = len(words)
        before = after = None
        for actor in people:
            full = words_of[id(actor)]
            if len(full) <= n or (full[:n] != words and full[-n:] != words):
                continue
            first = actor.mentions[0].start
            if first < start:
                before = actor
            elif after is None:
                after = actor
        return before or after

    def find_surnames(self, people: list[_Actor], words_of: dict[int, list[str]]) -> None:
        """Short forms NER missed: a proper noun that is the first or last word of a full name."""
        strings = self.doc.vocab.strings
        blocked = tables.word_set("actors_not_actors.txt")
        forms: dict[int, _Actor] = {}
        for actor in people:
            words = words_of[id(actor)]
            if len(words) < 2:
                continue
            for word in {words[0], words[-1]}:
                if (
                    word[:1].isupper()
                    and word not in blocked
                    and tables.country_code(word) is None
                    and word not in tables.capitals()
                    and word not in tables.demonyms()
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
            mention = _Mention(i, i + 1, "person", ("surname",), actor=actor)
            actor.mentions.append(mention)
            self.mentions.append(mention)
            self.taken[i] = 1
            added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    # ------------------------------------------------------------------ 4. groups and offices
    def find_group_nouns(self) -> None:
        doc = self.doc
        strings = doc.vocab.strings
        ends = {m.end: m for m in self.mentions}
        for label_id, s, e in self.m.nouns(doc):
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
                if lemma in self.m.needs_affiliation or not self.speaks(head):
                    continue
            elif not demonym and not self.speaks(head):
                continue
            rules = (
                "common-noun",
                "possessor" if possessor else "nationality" if qualifier else "bare",
            )
            kind = "organization" if label == tables.ORGANIZATION else "group"
            self.mentions.append(
                _Mention(
                    start, e, kind, rules, head=lemma, possessor=possessor, qualifier=qualifier
                )
            )
        self.mentions.sort(key=lambda x: (x.start, -x.end))

    def speaks(self, head: Token) -> bool:
        """Whether a noun is a source: subject of a verb of saying, or "according to" X."""
        token = head
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        if token.dep_ in SUBJECT_DEPS:
            verb = token.head.head if token.dep_ == "pobj" else token.head
            return verb.lemma_.lower() in tables.word_set("actors_speech_verbs.txt")
        if token.dep_ == "pobj":
            prep = token.head
            if prep.lower_ == "to" and prep.head.lower_ == "according":
                return True
            if prep.lower_ == "by" and prep.dep_ == "agent":
                return prep.head.lemma_.lower() in tables.word_set("actors_speech_verbs.txt")
        return False

    # ------------------------------------------------------------------ 5. actors
    def build_actors(self, people: list[_Actor]) -> list[_Actor]:
        actors: list[_Actor] = list(people)
        countries: dict[str, _Actor] = {}
        places: dict[str, _Actor] = {}
        orgs: dict[str, list[_Actor]] = {}
        nouns: dict[tuple, _Actor] = {}
        self.by_end = {m.end: m for m in self.mentions if not m.head}
        self.by_start = {m.start: m for m in self.mentions if not m.head}
        entities = [m for m in self.mentions if not m.head]
        for mention in entities + [m for m in self.mentions if m.head]:
            if mention.actor is not None:
                continue
            text = self.surface(mention.start, mention.end)
            if mention.type == "country":
                actor = countries.get(mention.code)
                if actor is None:
                    actor = countries[mention.code] = _Actor("country", [], code=mention.code)
                    actor.name = tables.country_name(mention.code)
                    actors.append(actor)
            elif mention.type == "location":
                actor = places.get(text.casefold())
                if actor is None:
                    actor = places[text.casefold()] = _Actor("location", [], name=text)
                    actors.append(actor)
                elif actor.name.isupper():  # a dateline's "LIMA" is named "Lima"
                    actor.name = text
            elif mention.head:
                actor = self.noun_actor(mention, nouns, actors)
            elif mention.type == "organization":
                actor = self.org_actor(mention, text, orgs, actors)
            else:
                continue
            mention.actor = actor
            actor.mentions.append(mention)
        self.merge_acronyms(orgs, actors)
        return actors

    def noun_actor(self, mention: _Mention, nouns: dict, actors: list[_Actor]) -> _Actor:
        if mention.possessor is not None:
            key: tuple = (mention.type, mention.head, id(mention.possessor.actor))
        elif mention.qualifier is not None:
            key = (mention.type, mention.head, mention.qualifier)
        else:
            actor = self.antecedent(mention, actors)
            if actor is not None:
                return actor
            key = (mention.type, mention.head, None)
        actor = nouns.get(key)
        if actor is None:
            actor = nouns[key] = _Actor(mention.type, [], head=mention.head)
            if mention.possessor is not None:
                actor.affiliation = mention.possessor.actor
            elif mention.qualifier is not None:
                actor.affiliation = self.country_affiliation(mention.qualifier)
            actors.append(actor)
        return actor

    def antecedent(self, mention: _Mention, actors: list[_Actor]) -> _Actor | None:
        """The group or organisation a bare "the military" / "the ministry" refers back to: the
        last one mentioned before it with that head noun."""
        best, best_at = None, -1
        for actor in actors:
            if actor.type not in ("group", "organization"):
                continue
            if actor.head != mention.head:
                last = actor.name.rsplit(None, 1)[-1].casefold() if actor.name else ""
                if actor.head or last != mention.head:
                    continue
            at = max((m.start for m in actor.mentions if m.start < mention.start), default=-1)
            if at > best_at:
                best, best_at = actor, at
        return best

    def org_actor(
        self, mention: _Mention, text: str, orgs: dict[str, list[_Actor]], actors: list[_Actor]
    ) -> _Actor:
        affiliation = self.org_affiliation(mention, text)
        candidates = orgs.setdefault(text.casefold(), [])
        for actor in reversed(candidates):
            if affiliation is None or actor.affiliation is None or actor.affiliation is affiliation:
                if actor.affiliation is None:
                    actor.affiliation = affiliation
                return actor
        actor = _Actor("organization", [], name=text, affiliation=affiliation)
        candidates.append(actor)
        actors.append(actor)
        return actor

    def org_affiliation(self, mention: _Mention, text: str) -> _Actor | str | None:
        doc, s = self.doc, mention.start
        if s >= 2 and doc[s - 1].lower_ in POSSESSIVE:
            owner = self.mention_ending_at(s - 1)
            if owner is not None and owner.type in ("country", "organization", "person"):
                mention.possessor = owner
                return owner.actor
        if s in self.demonym_end:
            return self.country_affiliation(self.demonym_end[s][1])
        before = self.mention_ending_at(s)
        if before is not None and before.type == "country":
            return before.actor
        code = tables.institutions().get(text)
        if code is None and s in self.demonym_start and self.demonym_start[s][0] < mention.end:
            code = self.demonym_start[s][1]
        if code is None and s in self.country_start and self.country_start[s] < mention.end:
            code = tables.country_code(self.surface(s, self.country_start[s]))
        return self.country_affiliation(code) if code else None

    def country_affiliation(self, code: str) -> _Actor | str:
        for mention in self.mentions:
            if mention.type == "country" and mention.code == code and mention.actor is not None:
                return mention.actor
        return code

    def mention_ending_at(self, end: int) -> _Mention | None:
        return self.by_end.get(end)

    def merge_acronyms(self, orgs: dict[str, list[_Actor]], actors: list[_Actor]) -> None:
        initials: dict[str, _Actor] = {}
        for group in orgs.values():
            for actor in group:
                words = [w for w in actor.name.split() if w[:1].isupper()]
                if len(words) >= 2:
                    initials.setdefault("".join(w[0] for w in words), actor)
        for group in orgs.values():
            for actor in group:
                name = actor.name
                target = initials.get(name.replace(".", ""))
                if (
                    name.isupper()
                    and 2 <= len(name) <= 6
                    and target is not None
                    and target is not actor
                ):
                    for mention in actor.mentions:
                        mention.actor = target
                    target.mentions.extend(actor.mentions)
                    actor.mentions = []
        actors[:] = [a for a in actors if a.mentions]

    # ------------------------------------------------------------------ 6. roles
    def describe_people(self, people: list[_Actor]) -> None:
        for actor in people:
            for mention in actor.mentions:
                self.roles_before(actor, mention)
                self.roles_after(actor, mention)

    def add_role(self, actor: _Actor, role: str) -> None:
        if role.casefold() not in (r.casefold() for r in actor.roles):
            actor.roles.append(role)

    def extend_modifiers(self, ts: int) -> int:
        """Start of a role before the title at ts: "acting", "then-" and capitalised words of
        the title ("Environment Minister"), up to a country, nationality or name."""
        modifiers = tables.word_set("actors_title_modifiers.txt")
        doc = self.doc
        while ts > 0 and ts not in self.demonym_end and ts not in self.by_end:
            t = doc[ts - 1]
            if t.lower_ in modifiers:
                ts -= 1
            elif t.text == "-" and ts > 1 and doc[ts - 2].lower_ in modifiers:
                ts -= 2
            elif t.is_title and t.is_alpha and t.dep_ == "compound" and not t.is_sent_start:
                ts -= 1
            else:
                break
        return ts

    def roles_before(self, actor: _Actor, mention: _Mention) -> None:
        ts = self.title_end.get(mention.start)
        if ts is None:
            affiliation = self.affiliation_ending_at(mention.start, direct=False)
            if affiliation is not None and actor.affiliation is None:
                actor.affiliation = affiliation
            return
        ts = self.extend_modifiers(ts)
        role = self.surface(ts, mention.start)
        if role.lower() not in tables.word_set("actors_courtesy_titles.txt"):
            self.add_role(actor, role)
        affiliation = self.affiliation_ending_at(ts, direct=True)
        if affiliation is not None and actor.affiliation is None:
            actor.affiliation = affiliation

    def affiliation_ending_at(self, i: int, *, direct: bool) -> _Actor | str | None:
        """The country or organisation written right before token i ("US", "Japan's")."""
        doc = self.doc
        if i >= 2 and doc[i - 1].lower_ in POSSESSIVE:
            owner = self.mention_ending_at(i - 1)
            if owner is not None and owner.type in ("country", "organization"):
                return owner.actor
        if not direct:
            return None
        if i in self.demonym_end:
            return self.country_affiliation(self.demonym_end[i][1])
        before = self.mention_ending_at(i)
        if before is not None and before.type in ("country", "organization"):
            return before.actor
        return None

    def roles_after(self, actor: _Actor, mention: _Mention) -> None:
        doc, j = self.doc, mention.end
        if j >= self.n or doc[j].text != ",":
            return
        j += 1
        if j < self.n and doc[j].lower_ in DETERMINERS:
            j += 1
        affiliation = None
        if j in self.demonym_start:
            affiliation = self.country_affiliation(self.demonym_start[j][1])
            j = self.demonym_start[j][0]
        else:
            owner = self.by_start.get(j)
            if owner is not None and owner.end < self.n and doc[owner.end].lower_ in POSSESSIVE:
                if owner.type in ("country", "organization"):
                    affiliation = owner.actor
                j = owner.end + 1
        k = j
        modifiers = tables.word_set("actors_title_modifiers.txt")
        while k < self.n and (doc[k].lower_ in modifiers or doc[k].text == "-"):
            k += 1
        te = self.title_start.get(k)
        if te is None:
            return
        after = doc[te] if te < self.n else None
        if after is not None and not (
            after.is_punct or after.lower_ in ("of", "for", "at", "who", "and")
        ):
            return
        role = self.surface(j, te)
        if role.lower() not in tables.word_set("actors_courtesy_titles.txt"):
            self.add_role(actor, role)
        if affiliation is None and after is not None and after.lower_ in ("of", "for", "at"):
            k = te + 1
            if k < self.n and doc[k].lower_ in DETERMINERS:
                k += 1
            owner = self.by_start.get(k)
            if owner is not None and owner.type in ("country", "organization"):
                affiliation = owner.actor
        if affiliation is not None and actor.affiliation is None:
            actor.affiliation = affiliation

    # ------------------------------------------------------------------ 7. records
    def records(self) -> list[Actor]:
        self.find_mentions()
        self.decide_capitals()
        self.retype_titled()
        people = self.cluster_people()
        self.find_group_nouns()
        actors = self.build_actors(people)
        self.describe_people(people)
        for actor in actors:
            actor.mentions.sort(key=lambda x: (x.start, x.end))
        actors.sort(key=lambda a: (a.mentions[0].start, a.mentions[0].end))
        for actor in actors:
            if actor.type == "person":
                actor.name = max(
                    (self.surface(m.start, m.end) for m in actor.mentions),
                    key=lambda t: (len(t.split()), len(t)),
                )
        for actor in actors:
            if actor.head:
                actor.name = self.noun_name(actor)
            elif actor.type == "organization":
                owned = next((m for m in actor.mentions if m.possessor is not None), None)
                prefixed = next((m for m in actor.mentions if m.name_start is not None), None)
                if owned is not None and owned.possessor.actor is not None:
                    owner = owned.possessor
                    actor.name = owner.actor.name + self.surface(owner.end, owned.end)
                elif prefixed is not None:
                    actor.name = self.surface(prefixed.name_start, prefixed.end)
        return [self.record(number, actor) for number, actor in enumerate(actors, 1)]

    def noun_name(self, actor: _Actor) -> str:
        """ "South Korea's military", "the mayor's office", "investigators"."""
        named = [m for m in actor.mentions if m.possessor is not None or m.qualifier is not None]
        mention = named[0] if named else actor.mentions[0]
        owner = mention.possessor
        if owner is not None and owner.actor is not None and owner.type == "person":
            return owner.actor.name + self.surface(owner.end, mention.end)
        return self.surface(mention.start, mention.end)

    def affiliation_of(self, actor: _Actor) -> tuple[str | None, str | None]:
        affiliation = actor.affiliation
        if affiliation is None:
            return None, None
        if isinstance(affiliation, str):
            return tables.country_name(affiliation), affiliation
        if affiliation.type == "country":
            return affiliation.name, affiliation.code
        code = None
        if isinstance(affiliation.affiliation, str):
            code = affiliation.affiliation
        elif affiliation.affiliation is not None and affiliation.affiliation.type == "country":
            code = affiliation.affiliation.code
        return affiliation.name, code

    def record(self, number: int, actor: _Actor) -> Actor:
        mentions = []
        seen: set[tuple[int, int]] = set()
        rules: list[str] = []
        for m in actor.mentions:
            start, end = self.chars(m.start, m.end)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            mentions.append(Mention(start=start, end=end, text=self.text[start:end]))
            rules.extend(r for r in m.rules if r not in rules)
        aliases: list[str] = []
        for m in mentions:
            if m.text != actor.name and m.text not in aliases:
                aliases.append(m.text)
        if actor.type == "country":
            affiliation, code = None, actor.code
        else:
            affiliation, code = self.affiliation_of(actor)
        first = mentions[0]
        return Actor(
            doc=self.ctx.doc_id,
            text=first.text,
            start=first.start,
            end=first.end,
            rule="+".join(rules),
            sentence=self.ctx.sentence(first.start),
            id=f"A{number}",
            name=actor.name,
            type=actor.type,  # type: ignore[arg-type]
            mentions=mentions,
            aliases=aliases,
            roles=list(actor.roles),
            affiliation=affiliation,
            country_code=code,
        )


__all__ = ["extract", "find_actor"]
