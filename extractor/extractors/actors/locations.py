"""Actor mentions, step 2b: which names are places, and which places are really clubs or people.

A city's name that plays a game is its club, an organisation: "Leeds beat Hull", "a 3-1 win over
Lyon", "the Hartford 55ers", "Real Madrid" (rule `team`). A country's name that is also a
US state is the state where the text places it in the US: "Savannah, Georgia", "the state of
Georgia", or a document that names other US states and nothing of the country (rule `us-state`).
An organisation whose name ends in a facility word, where something happens or someone goes
("taken to the X Medical Center"), is the facility (rule `facility`); a name NER took for a
person or organisation that the gazetteer knows as a city, where a place stands ("in X", "X,
Calif."), is the city (rule `gazetteer-place`).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from ... import countries
from ...body import TABLE_ROW
from ...data import lines
from ..places import gazetteer
from ..places import tables as place_tables
from ..places.tables import DISTANCE_FROM_PLACE
from . import tables
from .state import POSSESSIVE, RESULTS_LINE_RULE, SUBJECT_DEPS, TokenMention
from .types import DATELINE_RULE, MentionTyper

#: Prepositions after which a known city's name is the place, whatever NER called it.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "to", "into", "inside"})
#: A name NER took for a person or organisation is taken for a city of that name from this many
#: people up ("in Leicester"; not "in his new Mercedes" for a small town called Mercedes).
RESCUED_CITY_POPULATION = 50_000
MAX_CITY_WORDS = 3
#: Prepositions whose object is somewhere, never someone: a name NER took for a person there is a
#: place ("a fire in Dunmore").
INSIDE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "into"})
#: Prepositions whose object, under a word of a game, is the opposing team.
#: ("at" is left out: "the game at Denver" names where it is played.)
TEAM_PREPOSITIONS = frozenset({"over", "against", "to", "past", "versus", "vs", "vs."})
#: A game's score right after a team: "31-24", "(11-4)".
_SCORE = re.compile(r"\(?\d{1,3}-\d{1,3}\)?")
#: Scores in a text that make it a game report: there a city acting is its team.
_SCORE_IN_TEXT = re.compile(r"\b\d{1,3}-\d{1,3}\b")
#: A line that is a row of a table.
_TABLE_ROW_LINE = re.compile(rf"(?m)^[ \t]*(?:{TABLE_ROW.pattern})[ \t]*$")
#: Score digits in a results line ("Barcelona 2 Sevilla 1") are at most this long.
MAX_SCORE_DIGITS = 3


class LocationTyper(MentionTyper):
    """Retypes the mentions that are places, clubs or facilities."""

    def retype_locations(self) -> None:
        self.mentions = [m for m in self.mentions if not self.currency(m)]
        people = self.person_names()
        teams: set[str] = set()
        places: set[str] = set()
        filed = {m.end for m in self.mentions if DATELINE_RULE in m.rules}
        for mention in self.mentions:
            if self.club_prefix(mention):
                continue
            if mention.type == "country":
                self.country_as_state(mention)
            elif mention.type in ("person", "organization") and not self.titled(mention):
                self.named_place(mention, people)
                if mention.type == "location":
                    places.add(self.surface(mention.start, mention.end))
            elif mention.type == "location" and self.located_by_distance(mention):
                mention.rules = (*mention.rules, DISTANCE_FROM_PLACE)  # its country is the other's
            if mention.type in ("location", "organization", "person") and \
                    not self.in_dateline(mention, filed) and self.plays(mention):
                mention.type, mention.fixed = "organization", True
                mention.rules = (*mention.rules, "team")
                teams.add(self.surface(mention.start, mention.end))
        self.same_places(places, people)
        teams |= self.find_teams_before_positions()
        tabled = {self.surface(m.start, m.end) for m in self.mentions
                  if RESULTS_LINE_RULE in m.rules}
        teams |= tabled
        sports = bool(teams) or self.reports_games()
        if sports:
            teams |= self.find_team_plurals()
        for mention in self.mentions:  # the club's other mentions, unless a place stands there
            name = self.surface(mention.start, mention.end)
            if mention.type == "person" and not self.titled(mention) and (
                name in tabled
                or mention.end - mention.start == 1 and name in teams
                and name.casefold() not in people
            ):  # a results table's team, or a club's one-word name NER calls a person
                mention.type, mention.fixed = "organization", True
                mention.rules = (*mention.rules, "team")
                continue
            if mention.type != "location" or self.after_place_preposition(mention) or \
                    self.in_dateline(mention, filed):
                continue
            if name in teams or name.isupper() and name.title() in teams or \
                    sports and (self.acts(mention) or self.heads_table_row(mention)):
                # "DENVER" of a headline in capitals too; "CHICAGO 17 1 .944 -" of standings
                mention.type, mention.fixed = "organization", True
                mention.rules = (*mention.rules, "team")
        self.find_teams_written_again()

    def find_teams_written_again(self) -> None:
        """The other writings of a team's name of several words ("the Philadelphia 76ers"),
        where NER tagged nothing: an organisation's mention each."""
        names: dict[str, list[list[str]]] = {}
        for mention in self.mentions:
            if "team" in mention.rules and mention.end - mention.start > 1:
                words = [t.text for t in self.doc[mention.start : mention.end]]
                if words not in names.setdefault(words[0], []):
                    names[words[0]].append(words)
        if not names:
            return
        doc, added = self.doc, False
        for token in doc:
            for words in names.get(token.text, ()):
                end = token.i + len(words)
                if end <= self.n and not any(self.taken[token.i : end]) and \
                        [t.text for t in doc[token.i : end]] == words:
                    self.taken[token.i : end] = b"\x01" * len(words)
                    self.mentions.append(TokenMention(token.i, end, "organization", ("team",),
                                                      "ORG", fixed=True))
                    added = True
        if added:
            self.mentions.sort(key=lambda m: m.start)

    def heads_table_row(self, mention: TokenMention) -> bool:
        """Whether the mention is the name a row of a table opens with ("CHICAGO 17 1 .944")."""
        text = self.text
        start, end = self.chars(mention.start, mention.end)
        if text[text.rfind("\n", 0, start) + 1 : start].strip():
            return False
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        while line_end > end and text[line_end - 1] in " \t":
            line_end -= 1
        row = TABLE_ROW.fullmatch(text, start, line_end)
        return row is not None and row.end("name") == end

    def in_dateline(self, mention: TokenMention, dateline_ends: set[int]) -> bool:
        """Whether the mention is an agency dateline's place (ending at one of `dateline_ends`),
        or the state or country after it: where the story was filed, never a team ("LEEDS,
        England (AP) — Berg scored ...")."""
        comma = mention.start - 1
        return mention.end in dateline_ends or \
            comma in dateline_ends and self.doc[comma].text == ","

    def same_places(self, places: set[str], people: set[str]) -> None:
        """The other mentions of a name found to be a place here are the place too."""
        for mention in self.mentions:
            if (
                mention.type in ("person", "organization")
                and not mention.fixed
                and self.surface(mention.start, mention.end) in places
                and not self.is_person(mention, people)
                and self.org_evidence(mention) is None
            ):
                mention.type, mention.fixed = "location", True
                mention.rules = (*mention.rules, "same-place")

    def reports_games(self) -> bool:
        """A score ("31-24") or a table's row ("MIAMI 14 4 .778 -"), and words of teams
        ("coach", "basketball") in the document."""
        if _SCORE_IN_TEXT.search(self.text) is None and _TABLE_ROW_LINE.search(self.text) is None:
            return False
        words = _team_nouns()
        return any(t.lemma_.lower() in words for t in self.doc)

    def acts(self, mention: TokenMention) -> bool:
        """Subject or possessor: in a game report, "Kentucky's record" is the team's."""
        doc, end = self.doc, mention.end
        if end < self.n and doc[end].lower_ in POSSESSIVE:
            return True
        return self.root(mention).dep_ in SUBJECT_DEPS | {"poss"}

    def currency(self, mention: TokenMention) -> bool:
        """ "US $5.4 billion": the country's name is the currency's, no mention of it."""
        end = mention.end
        return mention.type == "country" and end < self.n and self.doc[end].text == "$"

    # ------------------------------------------------------------------ clubs
    def plays(self, mention: TokenMention) -> bool:
        """Whether the name is a club's: club words, a team name after it, or a game around it."""
        words = self.surface(mention.start, mention.end).split()
        if place_tables.head_type(words) is not None:
            return False  # "Riverside Stadium", "Lake X"
        clubs = _club_words()
        if len(words) > 1 and ((words[-1], "last") in clubs or (words[0], "first") in clubs):
            return True
        if mention.type == "organization" or mention.type == "person" and (
            self.titled(mention) or not self.known_city(words)
        ):
            return False  # a city's name NER took for a person's may still play: "Leeds beat X"
        if self.extend_by_team_name(mention) or self.scored(mention):
            return True
        root = self.root(mention)
        verbs = tables.word_set("actors/sports_verbs.txt")
        if root.dep_ in SUBJECT_DEPS | {"dobj"} and root.head.lemma_.lower() in verbs:
            return True
        if root.dep_ == "compound" and root.head.lemma_.lower() in _team_nouns():
            return True  # "Kentucky basketball"
        if root.dep_ == "pobj" and root.head.lower_ in TEAM_PREPOSITIONS:
            word = root.head.head
            return word.lemma_.lower() in tables.word_set("actors/sports_nouns.txt")
        return False

    def find_team_plurals(self) -> set[str]:
        """In a game report, a capitalised plural the running text writes as a name inside a
        sentence ("the Raptors beat the Stallions 24-17") is a team, which NER leaves untagged or
        calls a person: every writing of it, a headline's too, is an organisation's mention.
        The names found."""
        doc = self.doc
        named = {t.text for t in doc if self.team_plural(t) and not self.opens(t)
                 and not self.ctx.body.is_nonprose(*self.chars(t.i, t.i + 1))}
        if not named:
            return set()
        people = self.person_names()  # "Combs" of "Drew Combs" is no team, nor a scorer
        people |= {self.surface(m.start, m.end).casefold() for m in self.mentions
                   if m.fixed and m.type == "person"}
        named = {name for name in named if name.casefold() not in people}
        by_start = {m.start: m for m in self.mentions}
        for token in doc:
            if token.text not in named:
                continue
            mention = by_start.get(token.i)
            if mention is not None and mention.end == token.i + 1 and \
                    mention.type in ("person", "location", "group"):
                mention.type, mention.fixed = "organization", True
                mention.rules = (*mention.rules, "team")
            elif not self.taken[token.i]:
                self.taken[token.i] = 1
                self.mentions.append(
                    TokenMention(token.i, token.i + 1, "organization", ("team",), "ORG", fixed=True)
                )
        self.mentions.sort(key=lambda m: m.start)
        return named

    def find_teams_before_positions(self) -> set[str]:
        """A capitalised plural right before a player's position or a manager's title and a
        name ("Falcons quarterback Eli Morrow", "Rovers boss Mike Shaw") is their team, in any
        story: an organisation's mention there. The names found."""
        sports_titles = tables.word_set("actors/sports_titles.txt")
        named_at = {m.start for m in self.mentions}
        found = set()
        for start, end in self.title_start.items():
            i = start - 1
            if i < 0 or self.taken[i] or not self.team_plural(self.doc[i]):
                continue
            if end not in named_at or self.surface(start, end).lower() not in sports_titles:
                continue
            self.taken[i] = 1
            self.mentions.append(
                TokenMention(i, i + 1, "organization", ("team",), "ORG", fixed=True)
            )
            found.add(self.doc[i].text)
        if found:
            self.mentions.sort(key=lambda m: m.start)
        return found

    def opens(self, token: Token) -> bool:
        """Whether only marks stand before `token` in its sentence or line ('"Boys kept
        fighting', "Notes: ..."): its capital says nothing."""
        i = token.i - 1
        while i >= 0 and (self.doc[i].is_punct or self.doc[i].is_space) and \
                "\n" not in self.doc[i].text and not self.doc[i + 1].is_sent_start:
            i -= 1
        return i < 0 or self.doc[i + 1].is_sent_start or "\n" in self.doc[i].text

    def team_plural(self, token: Token) -> bool:
        """A capitalised plural noun no people or party is called by: "Raptors", "Stallions"."""
        return (
            token.tag_ in ("NNPS", "NNS")
            and token.is_title
            and token.is_alpha
            and token.text.endswith("s")
            and token.text[:-1] not in countries.demonyms()  # "Israelis", "Americans"
            and token.text[:-1] not in tables.word_set("actors/party_members.txt")
            and not self.in_longer_name(token)  # "Rhys Evans"
        )

    def in_longer_name(self, token: Token) -> bool:
        """Whether a capitalised name word stands right before or after `token`."""
        doc, i = self.doc, token.i
        after = doc[i + 1] if i + 1 < self.n else None
        before = doc[i - 1] if i > 0 else None
        return any(t is not None and t.is_title and t.pos_ == "PROPN" and not t.is_sent_start
                   for t in (before, after))

    def club_prefix(self, mention: TokenMention) -> bool:
        """ "Real Madrid", "Inter Milan": a club word before a city's name makes it the club's."""
        s = mention.start
        if s == 0 or mention.type not in ("location", "country") or self.taken[s - 1]:
            return False
        word = self.doc[s - 1].text
        if (word, "first") not in _club_words():
            return False
        mention.start, mention.type, mention.code, mention.fixed = s - 1, "organization", None, True
        mention.capital = False
        mention.rules = (*mention.rules, "team")
        self.taken[s - 1] = 1
        return True

    def extend_by_team_name(self, mention: TokenMention) -> bool:
        """ "Hartford 55ers", "Portland Owls": a plural name after a city is its team (in a line
        in capitals, only one with digits: "CREIGHTON DEFEATS" is a verb's)."""
        doc, end = self.doc, mention.end
        if mention.end - mention.start > 1 and self.team_name(doc[end - 1]):
            first = self.surface(mention.start, end - 1)
            return bool(gazetteer.lookup(first)) and self.team_name(doc[end - 1])
        if (
            end < self.n
            and self.team_name(doc[end])
            and (not self.taken[end] or doc[end].ent_type_ == "CARDINAL")  # "55ers"
            and not (doc[end].is_alpha and doc[end].is_upper and doc[mention.start].is_upper)
        ):
            self.taken[end] = 1
            mention.end = end + 1
            return True
        return False

    def team_name(self, token: Token) -> bool:
        """A plural name: "Owls", "Rams", "55ers" (not "Islands", "Heights")."""
        text = token.text
        low = text.lower()
        plural = low.endswith("s") and not low.endswith("ss") and len(text) > 3
        if not plural or (text, "last") in place_tables.heads():
            return False
        if text[0].isdigit():
            return True  # "55ers"
        return (token.is_title or token.is_upper) and token.tag_ in ("NNPS", "NNP", "NNS")

    def scored(self, mention: TokenMention) -> bool:
        """A score after the name: "Leeds 31-24", "Dayton (25-7)", "Ajax 2 PSV 1"."""
        doc, end = self.doc, mention.end
        if end >= self.n:
            return False
        following = doc[end : min(end + 5, self.n)].text
        if _SCORE.match(following):
            return True
        token = doc[end]
        return (
            token.is_digit
            and len(token) <= MAX_SCORE_DIGITS
            and end + 1 < self.n
            and doc[end + 1].is_title
            and not doc[end + 1].is_stop
            and doc[end + 1].ent_type_ not in ("DATE", "TIME")
        )

    def after_place_preposition(self, mention: TokenMention) -> bool:
        root = self.root(mention)
        return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS - {"to", "at"}

    # ------------------------------------------------------------------ states, facilities, cities
    def country_as_state(self, mention: TokenMention) -> None:
        text = self.surface(mention.start, mention.end)
        if not gazetteer.is_us_state(text) or not self.placed_in_us(mention, text):
            return
        mention.type, mention.code, mention.fixed = "location", None, True
        mention.rules = (*mention.rules, "us-state")

    def placed_in_us(self, mention: TokenMention, text: str) -> bool:
        doc, s, e = self.doc, mention.start, mention.end
        if s >= 2 and doc[s - 1].text == "," and self.mention_type_ending(s - 1) == "location":
            return True  # "Savannah, Georgia"
        if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ == "state":
            return True  # "the state of Georgia"
        if e < self.n and doc[e].lower_ == "state" and not doc[e].is_title:
            return True  # "Georgia state lawmakers"
        code = mention.code
        for other in self.mentions:
            if other.code == code and other is not mention and other.type != "country":
                return False  # its capital or people: the country
        if any(code == c for _, c in self.demonym_start.values()):
            return False  # "Georgian troops"
        return any(
            other is not mention and other.type == "location" and self.in_us(other)
            for other in self.mentions
        )

    def in_us(self, mention: TokenMention) -> bool:
        """A US state's name, or a city's whose best-known bearer is in the US ("Savannah")."""
        text = self.surface(mention.start, mention.end)
        if self.is_us_state_name(text):
            return True
        entries = gazetteer.lookup(text)
        return bool(entries) and entries[0].kind == "city" and entries[0].country == "US"

    def is_us_state_name(self, text: str) -> bool:
        return text in place_tables.state_abbreviations() or gazetteer.is_us_state(text)

    def mention_type_ending(self, end: int) -> str | None:
        for other in self.mentions:
            if other.end == end:
                return other.type
        return None

    def named_place(self, mention: TokenMention, people: set[str]) -> None:
        if mention.fixed or self.is_person(mention, people):
            return
        words = self.surface(mention.start, mention.end).split()
        named_head = place_tables.head_type(words)
        head = named_head or self.feature_type(mention)
        rule = None
        if head in ("water", "landform") and not self.org_evidence(mention):
            rule = "place-head"  # "Mt Kenya", "the Tana River", "the Danube", "the Po river"
        elif head == "facility":
            # nobody's name ends in "Center", nor names "the Oosterbrug bridge"; an
            # organisation's name before a building's noun is its owner's ("the UN school")
            if mention.type == "person" or named_head and self.where_something_happens(mention):
                rule = "facility"
        elif self.known_city(words):
            if self.where_something_happens(mention) or self.qualified(mention):
                rule = "gazetteer-place"
            elif len(words) > 1 and mention.label == "PERSON":
                rule = "gazetteer-place"  # "Kuala Lumpur": a city's full name, not a person's
            elif self.hometown(mention):
                rule = "hometown"
        elif self.located_by_distance(mention):
            rule = DISTANCE_FROM_PLACE  # "at Loftus, about 15 miles east of Middlesbrough"
        elif mention.label == "PERSON" and self.inside(mention):
            rule = "locative"  # "a fire in Dunmore": NER's person, but nobody is "in" a person
        if rule is not None:
            mention.type, mention.fixed = "location", True
            mention.rules = (*mention.rules, rule)

    def feature_type(self, mention: TokenMention) -> str | None:
        """The type of a sea, river or mountain the features table names ("Danube"), or that
        the lowercase noun after the name gives ("the Po river")."""
        feature = place_tables.features().get(self.surface(mention.start, mention.end))
        if feature is not None:
            return feature.type
        return place_tables.type_after(self.doc[mention.end] if mention.end < self.n else None)

    def known_city(self, words: list[str]) -> bool:
        """A name of at most three words that the gazetteer knows as a sizeable city or a region
        (an acronym is never taken for one: "UN" is no town)."""
        if len(words) > MAX_CITY_WORDS or any(w.isupper() for w in words):
            return False
        return any(
            e.kind == "region" or e.population >= RESCUED_CITY_POPULATION
            for e in gazetteer.lookup(" ".join(words))
        )

    def where_something_happens(self, mention: TokenMention) -> bool:
        """The object of a place preposition ("in X", "into X") or of a verb of going or
        striking ("entered X", "left X")."""
        root = self.root(mention)
        if root.dep_ == "pobj":
            return root.head.lower_ in PLACE_PREPOSITIONS
        if root.dep_ == "dobj":
            return root.head.lemma_.lower() in tables.word_set("actors/place_verbs.txt")
        return False

    def inside(self, mention: TokenMention) -> bool:
        root = self.root(mention)
        return root.dep_ == "pobj" and root.head.lower_ in INSIDE_PREPOSITIONS

    def located_by_distance(self, mention: TokenMention) -> bool:
        """Followed by ", <distance> from/<compass point> of": a place told by how far it lies
        from another ("Loftus, about 15 miles east of Middlesbrough"; "Vinca, 20 km from
        Belgrade")."""
        doc, i = self.doc, mention.end + 1
        if i >= self.n or doc[i - 1].text != "," or doc[i].ent_type_ != "QUANTITY":
            return False
        i += 1
        while i < self.n and doc[i].ent_iob_ == "I":
            i += 1  # to the distance's end
        if i < self.n and doc[i].lower_ == "from":
            return True
        points = tables.word_set("actors/place_nouns.txt")
        return i + 1 < self.n and doc[i].lower_ in points and doc[i + 1].lower_ == "of"

    def hometown(self, mention: TokenMention) -> bool:
        """ "Jane Doe, 66, of X," : where someone lives."""
        doc, s = self.doc, mention.start
        return s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].text == ","

    def qualified(self, mention: TokenMention) -> bool:
        """Followed by ", <US state>" or ", <country>": "Utica, N.Y.", "Geelong, Australia"."""
        doc, e = self.doc, mention.end
        if e + 1 >= self.n or doc[e].text != ",":
            return False
        following = doc[e + 1 : min(e + 4, self.n)].text
        if any(following.startswith(a) for a in place_tables.state_abbreviations()):
            return True
        return (e + 1) in self.country_start or self.is_us_state_name(doc[e + 1].text)


@cache
def _team_nouns() -> frozenset[str]:
    team_sports = {name for name, by_teams in tables.sports().items() if by_teams}
    return frozenset(lines("actors/team_nouns.txt")) | team_sports


@cache
def _club_words() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.split("\t")) for line in lines("actors/club_words.txt"))
