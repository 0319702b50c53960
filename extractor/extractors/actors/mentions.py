"""Actor mentions, step 1: spaCy's entities cleaned by rules, gazetteer places, acronyms.

Leading "the", possessive "'s", titles and nationality words come off names; time zones,
weekdays, numbers, lowercase phrases and words capitalised only because they open a headline or
sentence are dropped, and so is an entity inside a title ("State" of "Secretary of State").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from ... import countries
from ...body import RESULTS_ROW, SCORERS_ROW
from ...calendar_names import DAY_NAMES
from ...company_names import names_in_story
from ..common import word_after, word_before
from ..places import gazetteer
from ..places import tables as place_tables
from ..places.dateline import dateline_follows
from . import tables
from .state import (
    DETERMINERS,
    LINE,
    MAX_ACRONYM_CHARS,
    MIN_ACRONYM_CHARS,
    NER_TYPES,
    POSSESSIVE,
    RESULTS_LINE_RULE,
    DocumentState,
    TokenMention,
)

#: Double quote marks: where a name NER ran on ends ('Pacific "Ring of Fire'); an apostrophe
#: may stand inside a name ("Sudanese Peoples' Liberation Army").
QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»"})
#: A given name with an apostrophe between capitals ("Ka'Loni", "D'Andre"), no common word's
#: shape: NER may leave it out of the name it starts.
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,2}['’][A-Z][a-z]+")
#: The rule of a scorer a match summary's brackets name ("Ajax 3 (Rivas 12, de Jong 40)").
SCORERS_RULE = "scorers"
# NER's labels for things that a company's noun before them shows to be the company's name
_NAMES_NER_MISTYPES = frozenset({"PRODUCT", "WORK_OF_ART"})
_INITIAL = re.compile(r"[A-Z]\.")  # a given name's initial: "J." of "J. Okafor"
#: A person's name NER ran into an organisation after a title has this many words: first and
#: last name, a middle one at most ("Sheriff Curtis Johnson"; not "the President Hotel").
MIN_NAME_AFTER_TITLE, MAX_NAME_AFTER_TITLE = 2, 3
#: The dash that ends a dateline: "OBAN —", "PARIS (AP) --".
DATELINE_DASHES = frozenset({"-", "--", "–", "—", "_"})
#: The dash between a result's two scores ("6-3", "2–1").
SCORE_DASHES = frozenset({"-", "–"})
#: A dateline before its dash has at most this many tokens: "FLINT, Mich., Oct. 4 (UPI)".
MAX_DATELINE_TOKENS = 12
#: An untagged word in capitals that acts is an organisation's acronym from this many letters
#: ("LNER advised"; "US" and "UK" are NER's, two letters are too often something else).
MIN_ACTING_ACRONYM_CHARS = 3


@cache
def _scorer() -> re.Pattern[str]:
    """One scorer in a match summary's brackets: the name before the minutes ("Van Gastel 55",
    "de Jong 40 pen", "Rivas 12, 45"), its surname particles with it."""
    particles = "|".join(sorted(tables.word_set("actors/name_particles.txt"), key=len,
                                reverse=True))
    word = r"[A-Z][\w'’.-]*"
    return re.compile(rf"(?P<name>(?:(?:{particles})[ \t]+){{0,2}}{word}"
                      rf"(?:[ \t]+(?:(?:{particles})[ \t]+)?{word}){{0,2}})[ \t]+\d{{1,3}}\b")


class MentionFinder(DocumentState):
    """Finds and cleans the named mentions of a document."""

    def find_mentions(self) -> None:
        """Mentions from NER entities, then from gazetteer places NER missed, then acronyms."""
        countries_at: dict[int, list[tuple[int, int]]] = {}  # token -> country spans over it
        for s, e, label in self.places:
            if label == tables.COUNTRY:
                for i in range(s, e):
                    countries_at.setdefault(i, []).append((s, e))
        self.find_results_lines()
        name_end = 0  # where the last person's name ends, past NER's entity if it ran on
        for ent in self.doc.ents:
            if ent.start < name_end or any(self.taken[ent.start : ent.end]):
                continue  # "Leyen" of "Ursula von der Leyen", NER's place; a results line
            if ent.label_ in _NAMES_NER_MISTYPES and self.after_org_noun(ent.start):
                ent = Span(self.doc, ent.start, ent.end, label="ORG")
            found = self.entity_span(ent, countries_at)
            if found is not None:
                self.add_entity(ent, *found)
                if ent.label_ == "PERSON":
                    name_end = found[1]
        self.add_gazetteer_places()
        self.find_acronyms()
        self.find_acting_acronyms()
        if self.ctx.body.credits:  # "... on Monday. REUTERS/Jo Smith" names no actor
            credit = self.ctx.body.in_credit
            self.mentions = [m for m in self.mentions if not credit(*self.chars(m.start, m.end))]
        self.mentions = [m for m in self.mentions if not self.dateline_agency(m.start, m.end)
                         and self.surface(m.start, m.end).lower() not in tables.sports()]
        self.find_names_written_again()
        self.find_company_short_names()
        self.find_names_after_titles()
        self.mentions.sort(key=lambda x: x.start)

    def find_results_lines(self) -> None:
        """The two teams of each line of a results table ("Aston Villa 2 Derby County 0"):
        clubs, whatever NER makes of the line (it runs names and scores together)."""
        text = self.parsed_text
        for found in LINE.finditer(text):
            start, end = found.span()
            while start < end and text[start] in " \t":
                start += 1
            while end > start and text[end - 1] in " \t":
                end -= 1
            line = RESULTS_ROW.fullmatch(text, start, end) or SCORERS_ROW.match(text, start, end)
            if line is None:
                continue
            for group in ("home", "away"):
                self.add_row_name(line.start(group), line.end(group), "organization",
                                  RESULTS_LINE_RULE)
            for group in ("home_scorers", "away_scorers"):
                if line.re is SCORERS_ROW and line[group]:
                    for scorer in _scorer().finditer(text, line.start(group), line.end(group)):
                        self.add_row_name(*scorer.span("name"), "person", SCORERS_RULE)

    def add_row_name(self, start: int, end: int, kind: str, rule: str) -> None:
        """A team or a scorer a results line names, whatever NER makes of the line."""
        name = self.doc.char_span(start, end)
        if name is None or any(self.taken[name.start : name.end]) or \
                name[0].is_stop or name.text in tables.never_actors():
            return
        self.taken[name.start : name.end] = b"\x01" * len(name)
        label = "ORG" if kind == "organization" else "PERSON"
        self.mentions.append(TokenMention(name.start, name.end, kind, (rule,), label, fixed=True))

    def entity_span(
        self, ent: Span, countries_at: dict[int, list[tuple[int, int]]]
    ) -> tuple[int, int, int] | None:
        """(start, end, name start) of the actor an entity names, cleaned and marked taken;
        None when it names none (a date, a storm, a role's words, a piece of a country).
        `countries_at` gives the country names' token spans over each token."""
        label = ent.label_
        if label not in NER_TYPES:
            # a surname NER calls a nationality ("champion Melikian") is left to its person
            if not (label == "NORP" and len(ent) == 1 and self.is_surname(ent.text)):
                self.taken[ent.start : ent.end] = b"\x01" * len(ent)
            return None
        covering = countries_at.get(ent.start, ())
        if any(ent.end <= e and e - s > len(ent) for s, e in covering):
            return None  # "São Tomé" of "São Tomé and Príncipe": the country's name wins
        if self.names_storm(ent.start, ent.end):
            self.taken[ent.start : ent.end] = b"\x01" * len(ent)
            return None
        role_words = self.role_words(ent.start, ent.end)
        if role_words is not None:  # "Kenyan Transport" of "Kenyan Transport Secretary X"
            self.taken[role_words : ent.end] = b"\x01" * (ent.end - role_words)
            return None
        s, e = self.clean(ent.start, ent.end, person=label == "PERSON")
        if label == "PERSON" and s == ent.start and s > 0 and \
                _APOSTROPHE_NAME.fullmatch(self.doc[s - 1].text) and not self.taken[s - 1]:
            s -= 1  # "Ka'Loni" of "Ka'Loni Marie Flynn", which NER left out
        if label == "PERSON":
            if s < e:
                self.taken[s:e] = b"\x01" * (e - s)
        else:
            self.taken[ent.start : ent.end] = b"\x01" * len(ent)
        if s >= e:
            return None
        name_start = s
        if label == "ORG":
            s = self.split_country_prefix(s, e)
            e = self.owner_end(s, e)
        if not any(c.isupper() for c in self.surface(s, e)):  # "the coast guard": the nouns'
            self.taken[ent.start : ent.end] = b"\x00" * len(ent)
            return None
        return s, e, name_start

    def add_entity(self, ent: Span, s: int, e: int, name_start: int) -> None:
        """The mention of an entity's name: a medium, a country, a capital or its NER type."""
        label, text = ent.label_, self.surface(s, e)
        if text in tables.never_actors() or self.inside_title(s, e) or self.names_a_law(e) or \
                self.title_before_name(s, e) or self.names_holiday(e) or self.names_a_contest(e):
            return
        capitals = countries.capitals()
        code = countries.country_code(text)
        if text in tables.word_set("actors/media.txt"):
            mention = TokenMention(s, e, "organization", ("ner", "gazetteer"), label)
        elif code is not None:
            mention = TokenMention(s, e, "country", ("ner", "gazetteer"), label, code)
        elif text in capitals:
            mention = TokenMention(s, e, "location", ("ner",), label, capitals[text], capital=True)
        elif self.capitalised_by_position(s, e):  # a place inside stays findable
            self.taken[ent.start : ent.end] = b"\x00" * len(ent)
            named = self.name_written_in_prose(s, e)
            if named is None:
                return
            # "Joanna Pike Quits Parliament": NER ran the headline's name on; one word left is
            # the surname of a person ("Pike Checks into Clinic")
            self.taken[s:named] = b"\x01" * (named - s)
            kind = "person" if self.is_surname(self.doc[s].text) else NER_TYPES[label]
            mention = TokenMention(s, named, kind, ("ner",), label)
        elif (named := self.name_in_capitals_written_in_prose(s, e, label)) is not None:
            # "WALKER HOLDS SEAT", NER's one person in a headline in capitals: "WALKER"
            self.taken[named : ent.end] = b"\x00" * (ent.end - named)
            mention = TokenMention(s, named, NER_TYPES[label], ("ner",), label)
        elif self.road_number_after(e):  # "Highway" of "Highway 20": the road, not a body
            self.taken[e] = 1
            mention = TokenMention(s, e + 1, "location", ("ner", "road-number"), label,
                                   fixed=True)
        elif self.leader_body_after(s, e):  # "the Carter administration": a body, not Carter
            self.taken[e] = 1
            mention = TokenMention(s, e + 1, "organization", ("ner", "leader-body"), label,
                                   fixed=True)
        else:
            kind = "person" if s in self.nationals or self.initial_and_surname(s, e) \
                else NER_TYPES[label]
            mention = TokenMention(s, e, kind, ("ner",), label)
            if name_start < s:
                mention.name_start = name_start
        self.mentions.append(mention)

    def after_org_noun(self, s: int) -> bool:
        """Whether a company's or a body's noun stands right before token `s`: "the shipping
        company Marlow Freight" names a company, whatever NER made of the name."""
        before = self.doc[s - 1] if s > 0 else None
        return before is not None and before.tag_ == "NN" and before.is_lower and \
            before.lemma_ in tables.word_set("actors/org_appositives.txt")

    def road_number_after(self, e: int) -> bool:
        """Whether a name NER ended before a number is a road's that the number names
        ("Highway" of "Highway 20", "Route" of "Route 9")."""
        if e >= self.n or not self.doc[e].is_digit or self.taken[e]:
            return False
        return place_tables.heads().get((self.doc[e - 1].text, "first")) == "facility"

    def leader_body_after(self, s: int, e: int) -> bool:
        """Whether a name is a leader's before the body under them: "the Carter administration",
        "the Harris campaign" (the name modifies the noun; "Carter's administration" is the
        possessor's, found with the organisation nouns)."""
        if e >= self.n or self.taken[e]:
            return False
        body = self.doc[e]
        return body.lower_ in tables.word_set("actors/leader_bodies.txt") and \
            body.tag_ == "NN" and self.doc[e - 1].head.i == e and \
            self.doc[e - 1].dep_ == "compound"

    def add_gazetteer_places(self) -> None:
        """Countries, capitals and media the gazetteer found where NER saw nothing."""
        capitals = countries.capitals()
        for s, e, label in self.places:
            if any(self.taken[s:e]):
                continue
            self.taken[s:e] = b"\x01" * (e - s)
            text = self.surface(s, e)
            if label == tables.COUNTRY:
                code = countries.country_code(text)
                self.mentions.append(TokenMention(s, e, "country", ("gazetteer",), "", code))
            elif label == tables.MEDIA:
                self.mentions.append(TokenMention(s, e, "organization", ("gazetteer",)))
            else:
                self.mentions.append(
                    TokenMention(s, e, "location", ("gazetteer",), "", capitals[text], capital=True)
                )

    def find_acronyms(self) -> None:
        """An acronym in brackets right after an organisation's name: "(KBS)"."""
        doc = self.doc
        for mention in list(self.mentions):
            i = mention.end
            if mention.type != "organization" or i + 2 >= self.n:
                continue
            if doc[i].text == "(" and doc[i + 2].text == ")" and not self.taken[i + 1]:
                token = doc[i + 1]
                if token.is_upper and token.is_alpha and len(token) >= MIN_ACRONYM_CHARS:
                    self.taken[i + 1] = 1
                    self.mentions.append(
                        TokenMention(i + 1, i + 2, "organization", ("acronym",), mention.label)
                    )

    def find_names_written_again(self) -> None:
        """The other writings of an organisation's acronym NER tagged somewhere ("OVC"), which
        it missed elsewhere ("could lock OVC out of the market"). Acronyms only: a surname NER
        calls an organisation in one sentence may be a person's in the next."""
        names = {
            text
            for m in self.mentions
            if m.type == "organization" and m.end - m.start == 1 and not m.head
            and (text := self.surface(m.start, m.end)).isupper() and text.isalpha()
            and len(text) >= MIN_ACTING_ACRONYM_CHARS and text not in tables.never_actors()
        }
        if not names:
            return
        for token in self.doc:  # an acronym's capitals never come from its position
            if token.text in names and not self.taken[token.i]:
                self.taken[token.i] = 1
                self.mentions.append(
                    TokenMention(token.i, token.i + 1, "organization", ("same-name",), "ORG")
                )

    def find_names_after_titles(self) -> None:
        """A full name NER missed right after a lowercase title in prose: "said councillor Gwen
        Price" (two or three capitalised proper nouns, none a title, month or weekday)."""
        doc = self.doc
        for end, start in self.title_end.items():
            if not doc[start].is_lower or end >= self.n:
                continue
            stop = end
            while stop < min(end + MAX_NAME_AFTER_TITLE, self.n) and not self.taken[stop] and \
                    doc[stop].is_title and doc[stop].is_alpha and doc[stop].pos_ == "PROPN" and \
                    stop not in self.title_start and doc[stop].lower_ not in DAY_NAMES:
                stop += 1
            if stop - end < MIN_NAME_AFTER_TITLE or (stop < self.n and doc[stop].is_title) or \
                    self.ctx.body.is_nonprose(*self.chars(end, stop)):
                continue
            self.taken[end:stop] = b"\x01" * (stop - end)
            self.mentions.append(TokenMention(end, stop, "person", ("title",), "PERSON"))

    def find_company_short_names(self) -> None:
        """A company's one-word short name where NER tagged nothing ("Ostara" after "Ostara
        Motors"), a proper noun standing alone in prose: no capitalised word joins it on either
        side ("Ostara Steel" is another name), and no line opens with it (a headline's
        "Creamery lacks ..." is a common noun)."""
        doc = self.doc
        short = {
            names[-1]
            for m in self.mentions
            if m.type == "organization" and not m.head
            and (names := names_in_story(self.surface(m.start, m.end)))
            and " " not in names[-1]
        }
        if not short:
            return
        people = {w for m in self.mentions if m.type == "person" and m.end - m.start > 1
                  for w in self.surface(m.start, m.end).split()}
        for mention in self.mentions:  # "Bellwood said" after "Bellwood Homes Ltd": NER's person
            if mention.type == "person" and mention.end - mention.start == 1 and \
                    (word := self.surface(mention.start, mention.end)) in short and \
                    word not in people:
                mention.type = "organization"
        for token in doc:
            if token.text not in short or self.taken[token.i]:
                continue
            before, after = word_before(token), word_after(token)
            if after is not None and after.is_title or \
                    before is not None and before.is_title and before.is_sent_start is not True:
                continue
            if before is None or "\n" in before.whitespace_ or token.pos_ != "PROPN":
                continue  # a headline's capitals: "Creamery lacks the cheddar"
            self.taken[token.i] = 1
            self.mentions.append(
                TokenMention(token.i, token.i + 1, "organization", ("short-name",), "ORG")
            )

    def find_acting_acronyms(self) -> None:
        """Untagged words in capitals that are a verb's subject in running text: "LNER advised
        passengers" (not "GDP rose", a table's word; not a dateline's "ALASKA (AP) -")."""
        blocked = tables.never_actors()
        doc = self.doc
        for token in doc:
            if not token.is_upper or self.taken[token.i] or token.ent_type_:
                continue
            if (
                token.is_alpha
                and MIN_ACTING_ACRONYM_CHARS <= len(token) <= MAX_ACRONYM_CHARS
                and token.dep_ == "nsubj"
                and token.head.pos_ == "VERB"
                and token.text not in blocked
                and token.i not in self.place_starts
                and not dateline_follows(self.parsed_text, token.idx + len(token))
                and not self.ctx.body.is_nonprose(*self.chars(token.i, token.i + 1))
            ):
                self.taken[token.i] = 1
                self.mentions.append(
                    TokenMention(token.i, token.i + 1, "organization", ("acting-acronym",), "ORG")
                )

    def clean(self, s: int, e: int, *, person: bool) -> tuple[int, int]:
        """Trim determiners, possessives, punctuation (and, for people, titles) off [s, e)."""
        doc = self.doc
        for i in range(s, e):
            if "\n" in doc[i].text or (not person and i > s and doc[i].text in QUOTE_MARKS):
                # a line end, or a quote mark inside a name that is no person's (a person's may
                # hold a nickname: 'Joaquín "El Chapo" Guzmán'): 'Pacific "Ring of Fire'
                e = i
                break
        # a surname NER cut off after its particles: "Ursula von der" + "Leyen"
        particles = tables.word_set("actors/name_particles.txt")
        while (
            person
            and e - s >= 2
            and e < self.n
            and doc[e - 1].lower_ in particles
            and doc[e - 1].is_lower
            and doc[e].is_title
            and doc[e].is_alpha
        ):
            e += 1
        # a hyphenated name NER cut short: "Lee Hyun" of "Lee Hyun-woo", "Emilia" of
        # "Emilia-Romagna" (but "Peru" of "Peru-US" stays)
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
        if not person:
            s = self.name_after_title(s, e)
        modifiers = tables.word_set("actors/title_modifiers.txt")
        portfolios = tables.word_set("actors/portfolios.txt")
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
            elif not person and t.is_lower and t.whitespace_ and e - s > 1 and t.is_alpha:
                s += 1
            elif person and low in portfolios and e - s > 1 and self.title_after(s, e):
                s = self.title_after(s, e)
            elif person and s in self.demonym_start and self.demonym_start[s][0] < e:
                s = self.demonym_start[s][0]
            elif person and s in self.country_start and self.names_after(self.country_start[s], e):
                s = self.country_start[s]  # "US Secretary of State X", not "Jordan Peterson"
            elif person and t.is_digit and e - s > 1:
                s += 1  # a scoreboard's "67 Greg Norman": no name opens with a number
            else:
                break
        while e > s:
            if doc[e - 1].lower_ in POSSESSIVE or doc[e - 1].is_punct or doc[e - 1].is_space:
                e -= 1
            elif e - s > 3 and self.score_ends(e):
                e -= 3  # "Kimiko Date 6-3 6-4": a result line's score, which NER ran on
            elif person and e - s > 1 and doc[e - 1].is_digit:
                e -= 1  # a scorecard's "Tariq Aziz 61": no person's name ends in a number
            else:
                break
        while not person and e - s > 1 and doc[e - 1].is_lower:
            e -= 1
        return s, e

    def score_ends(self, e: int) -> bool:
        """Whether [e-3, e) is a score ("6 - 3"): no name ends in one."""
        doc = self.doc
        return doc[e - 3].is_digit and doc[e - 2].text in SCORE_DASHES and doc[e - 1].is_digit

    def initial_and_surname(self, s: int, e: int) -> bool:
        """Whether [s, e) is a person's initial and surname ("J. Okafor", a scorecard's way),
        which NER may call an organisation or a place; not "J. Okafor Holdings" nor "U. N."."""
        return e - s == 2 and _INITIAL.fullmatch(self.doc[s].text) is not None and \
            self.doc[s + 1].is_title and self.doc[s + 1].is_alpha and \
            self.doc[s + 1].text not in tables.org_last_words()

    def name_after_title(self, s: int, e: int) -> int:
        """Where a person's full name starts that NER ran into an organisation with its post
        before it ("Boulder County Sheriff Curtis Johnson": "Curtis Johnson", whom the title
        then makes a person); `s` where no title stands before the entity's last words."""
        for k in range(max(s + 1, e - MAX_NAME_AFTER_TITLE), e - MIN_NAME_AFTER_TITLE + 1):
            if k in self.title_end and all(t.is_title and t.is_alpha for t in self.doc[k:e]):
                return k
        return s

    def names_after(self, i: int, e: int) -> bool:
        """Whether a person's name or title follows token i inside [i, e): a country's name
        before one word is the person's first name ("Georgia Harris")."""
        return e - i >= 2 or i in self.title_start

    def names_storm(self, s: int, e: int) -> bool:
        """ "Typhoon X", "Hurricane X": a named storm, not an actor."""
        storms = tables.word_set("actors/storm_words.txt")
        words = self.doc[max(s - 1, 0) : e - 1]
        return any(t.lower_ in storms and not t.is_lower for t in words)

    def role_words(self, s: int, e: int) -> int | None:
        """Where the words of a role start in an entity that is a nationality and department
        words before a title ("Ugandan Works" of "Ugandan Works Minister X"), or department words
        after "<title> of" ("Humanitarian Affairs"); a bare nationality word ("Ugandan") counts.
        None for anything else (a country before a title stays: "US" of "US Secretary ...")."""
        doc = self.doc
        while s < e and doc[s].lower_ in DETERMINERS:
            s += 1
        if s in self.demonym_start and self.demonym_start[s][0] >= e:
            return s
        before_title = e in self.title_start
        after_title = s >= 2 and doc[s - 1].lower_ in ("of", "for") and s - 1 in self.title_end
        if not (before_title or after_title):
            return None
        i = s
        if i in self.demonym_start:
            i = self.demonym_start[i][0]
        elif i in self.country_start:
            i = self.country_start[i]
            if i >= e:
                return None
        portfolios = tables.word_set("actors/portfolios.txt")
        if all(t.lower_ in portfolios for t in doc[i:e]):
            return i if i < e else s
        return None

    def split_country_prefix(self, s: int, e: int) -> int:
        """Start of an institution's name after a country or nationality word inside its entity
        ("U.S. State Department" -> "State Department"); the country stays a mention of its own."""
        end = self.country_start.get(s) or self.demonym_start.get(s, (None,))[0]
        if end is None or end >= e:
            return s
        rest = self.surface(end, e)
        heads = tables.word_set("actors/org_heads.txt")
        institution = rest in countries.institutions()
        if institution or any(rest == h or rest.endswith(" " + h) for h in heads):
            self.taken[s:end] = b"\x00" * (end - s)
            return end
        if e - end > 1 and self.is_surname(self.doc[e - 1].text):
            self.nationals.add(end)  # "the American Hasim Rahman": a person, "American" his
            self.taken[s:end] = b"\x00" * (end - s)
            return end
        return s

    def owner_end(self, s: int, e: int) -> int:
        """End of an organisation's name that NER ran on past its possessive into what it owns
        ("the African Union's Agenda": the African Union); `e` when the words after the
        possessive end in an organisation's word of their own ("the Party's Youth League")."""
        ends = tables.org_last_words()
        for i in range(s + 1, e - 1):
            if self.doc[i].lower_ in POSSESSIVE:
                if self.doc[i - 1].text in ends and self.doc[e - 1].text not in ends:
                    return i
                break
        return e

    def title_after(self, s: int, e: int) -> int:
        """End of a title right after the department words at s, inside [s, e); else 0."""
        portfolios = tables.word_set("actors/portfolios.txt")
        k = s
        while k < e and self.doc[k].lower_ in portfolios:
            k += 1
        end = self.title_start.get(k, 0)
        return end if end < e else 0

    def inside_title(self, s: int, e: int) -> bool:
        cover = self.title_cover.get(s)
        return cover is not None and cover[0] <= s and e <= cover[1] and cover[1] - cover[0] > e - s

    def name_written_in_prose(self, s: int, e: int) -> int | None:
        """The end of the longest name at the start of tokens [s, e) that the running text
        writes too, or None: a title-case headline's "Joanna Pike Quits Parliament", NER's one
        name, opens with "Joanna Pike". A name of one word counts where NER finds a person of
        that surname ("Pike Checks into Clinic" over "Joanna Pike has ..."), not a word that
        opens other names ("Greek Socialist Workers Party"), or where a line in capitals writes
        it ("CREIGHTON DEFEATS DRAKE" over "Creighton won")."""
        for k in range(e - 1, s, -1):  # one word only in capitals ("CREIGHTON DEFEATS")
            if (k - s > 1 or self.doc[s].is_upper) and self.written_in_prose(s, k):
                return k
        if e - s > 1 and self.is_surname(self.doc[s].text):
            return s + 1
        return None

    def name_in_capitals_written_in_prose(self, s: int, e: int, label: str) -> int | None:
        """Where a person's or organisation's name NER ran on in a line in capitals ends, as
        far as the running text writes it ("WALKER" of "WALKER HOLDS SEAT" over "Ann Walker");
        None for a name written whole, or not at all."""
        if label not in ("PERSON", "ORG") or e - s < 2 or \
                not self.in_capitals_line(self.chars(s, e)[0]) or self.written_in_prose(s, e):
            return None
        return self.name_written_in_prose(s, e)

    def title_before_name(self, s: int, e: int) -> bool:
        """Whether tokens [s, e) are a whole title right before a capitalised name
        ("Linebacker Tomas Reyes", NER's organisation "Linebacker")."""
        return self.title_start.get(s) == e and e < self.n and self.doc[e].is_title

    def names_a_law(self, e: int) -> bool:
        """Whether the name ending at token `e` is a law's or treaty's ("the Endangered Species
        Act", "the Paris Accord"), which NER may call a person or an organisation."""
        return self.doc[e - 1].text in tables.word_set("actors/law_words.txt")

    def names_a_contest(self, e: int) -> bool:
        """Whether the name ending at token `e` is a sports competition's ("the Pan Pacific
        Open", "the Ryder Cup"), which NER calls an organisation."""
        return self.doc[e - 1].text in tables.word_set("actors/contest_words.txt")

    def names_holiday(self, e: int) -> bool:
        """Whether the name ending at token `e` names a holiday ("the Martin Luther King Jr.
        holiday", "Columbus Day"): the day is a date, not the person."""
        return e < self.n and (self.doc[e].lower_ == "holiday" or self.doc[e].text == "Day")

    def is_surname(self, word: str) -> bool:
        """Whether `word` ends a name NER calls a person somewhere."""
        if self._surnames is None:
            self._surnames = {ent[-1].text for ent in self.doc.ents if ent.label_ == "PERSON"}
        return word in self._surnames

    def capitalised_by_position(self, s: int, e: int) -> bool:
        """A name capitalised only because it opens a headline or a sentence."""
        start, end = self.chars(s, e)
        if self.ctx.body.is_nonprose(start, end) and self.line_is_title_case(start, end):
            return not self.written_in_prose(s, e)  # a name the story never writes again
        if e - s > 1:
            return False
        token = self.doc[s]
        opens = s == 0 or token.is_sent_start or "\n" in self.doc[s - 1].text
        if not opens and not self.after_dateline(token):
            return False
        if token.is_stop or token.lower in self.lower_words():
            return True  # "One app": a word, no name
        if token.tag_ in ("NN", "NNS") and not token.is_upper and \
                not self.named_inside_sentence(s, e) and \
                token.text[:-1] not in countries.demonyms() and not self.place_name(token.text):
            # "Commuters will pay more", "Ferry sailings resumed": a common noun, not an
            # acronym ("RSF commander X"), a name written inside a sentence ("coach Maurice
            # Cheeks"), a people ("Turkmens") or a place ("Leeds", "Wales")
            return True
        # "Ferry service to resume": a headline's first word the story never names
        return self.ctx.body.is_nonprose(start, end) and not self.named_in_prose(s, e)

    @staticmethod
    def place_name(word: str) -> bool:
        """Whether a word is the name of a country, a region or a town the gazetteer knows."""
        return countries.country_code(word) is not None or word in tables.subdivisions() or \
            bool(gazetteer.lookup(word))

    def dateline_agency(self, s: int, e: int) -> bool:
        """The agency a dateline credits in brackets before its dash ("SEOUL, Jan 6 (Reuters)
        -", "BEIRUT (AP) --"): who filed the story, no actor in it."""
        doc = self.doc
        if s == 0 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
            return False
        dash = word_after(doc[e])
        if dash is None or dash.text not in DATELINE_DASHES:
            return False
        i = s - 1
        while i > 0 and "\n" not in doc[i - 1].text and s - i <= MAX_DATELINE_TOKENS:
            i -= 1
        return s - i <= MAX_DATELINE_TOKENS

    def after_dateline(self, token: Token) -> bool:
        """The word after a dateline's dash ("OBAN — Ferry sailings"), which opens the story's
        first sentence though the parser runs the dateline into it."""
        dash = word_before(token)
        if dash is None or dash.text not in DATELINE_DASHES:
            return False
        line = []
        i = dash.i - 1
        while i >= 0 and "\n" not in self.doc[i].text and len(line) <= MAX_DATELINE_TOKENS:
            line.append(self.doc[i])
            i -= 1
        words = [t for t in reversed(line) if t.is_alpha]
        return bool(words) and len(line) <= MAX_DATELINE_TOKENS and words[0].is_upper
