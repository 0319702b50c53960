"""Speakers of claims: the noun phrase that says something, and the actor record it refers to.

Resolution reads only the actor records' fields (`id`, `name`, `type`, `mentions`, `aliases`,
`roles`, `affiliation`, `country_code`), so it works with any actor extractor and gets better as
that one finds more mentions and roles. In order: an actor mention on the phrase's head; a
pronoun's antecedent; a description by post ("the interim president", "Canberra's top
diplomat") matched against roles or against a title written before a name earlier in the text;
the actor a proxy noun stands for ("a Justice Department statement"); a name match.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from ...countries import ANY_FORM, country_code
from ...data import lines, table
from ...records import Actor
from ..common import word_before
from .index import ActorIndex

# children of a speaker's head that are not part of the speaker as written
_CUT_DEPS = {"relcl", "acl", "advcl", "parataxis", "ccomp", "punct", "mark"}
_PERSON_RELATIVES = {"who", "whom", "whose"}  # a clause about the speaker, at any depth
_TIME_ENTITIES = {"DATE", "TIME"}  # a phrase of these hung on the speaker dates the verb
_MODIFIER_DEPS = {"poss", "compound", "nmod", "amod", "case", "det", "appos", "conj", "cc"}
_TYPE_RANK = {"person": 0, "organization": 1, "country": 2, "group": 3, "location": 4}
_WORD = re.compile(r"[\w.]+(?:[’'][\w]+)?")
_FOCUS_WORDS = {"even", "only", "also", "just", "especially", "particularly", "notably"}
_STRIP = {"the", "a", "an", "its", "his", "her", "their", "both", "'s", "’s"}
_AFTER_NAME = re.compile(r",\s+(?:the |a |an |[\w.’'-]+ ){0,4}")  # "Name, a former "
_COUNTRY_WORD = re.compile(r"[\w.]+")
_FIRST_WORD = re.compile(r"\w+")
# occurrences of a post's first word, latest first, examined for a title written before a name
_MAX_TITLE_LOOKBACK = 24
_CONTEXT_CHARS = 80  # text before a title read for the country its holder serves
_CONTEXT_WORDS = 3  # of which the last few words ("Japan's Foreign Minister")
_MAX_NAME_CHARS = 60  # a person's name right after a title is no longer than this
_MAX_NAME_TITLE_GAP = 40  # characters between a name and the title after it ("X, a former ")
_MAX_MENTION_CHARS = 200  # no actor mention is longer: how far back one covering a point starts
_MAX_MODIFIER_STEPS = 6  # steps up the parse from a modifier ("Ministry of X's") to its head
_MAX_COUNTRY_WORDS = 3  # the longest country name looked for in a description, in words
# (match quality, offset, actor id, country) of a person a description may stand for
_Candidate = tuple[int, int, str, str | None]


@cache
def proxy_nouns() -> frozenset[str]:
    return frozenset(lines("claims/nouns.txt"))


@cache
def person_pronouns() -> frozenset[str]:
    return frozenset(lines("claims/pronouns.txt"))


@cache
def _roles() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    data = table("claims/roles.json")
    return frozenset(data["heads"]), {k: tuple(v) for k, v in data["synonyms"].items()}


def speaker_span(subject: Token, *, stop: int | None = None) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by `subject`, as a speaker.

    Relative clauses and participle phrases set off by commas are left out ("the agency's
    reporter, speaking from Lima, said" -> "the agency's reporter"), as is a "who" clause
    anywhere in the phrase ("a person familiar with the talks who spoke on condition of
    anonymity"); appositions stay.
    """
    subject = _named_apposition(subject)
    keep = {subject.i}
    stack = list(subject.children)
    while stack:
        tok = stack.pop()
        if tok.head.i == subject.i and tok.dep_ in _CUT_DEPS and not _joins_words(tok):
            continue
        if tok.dep_ == "relcl" and tok.left_edge.lower_ in _PERSON_RELATIVES:
            continue  # "a person familiar with the matter who spoke on condition of ..."
        if tok.head.i == subject.i and _dates_the_saying(tok):
            continue  # "Sen. Ana Lima on Thursday dismissed ...": the day is the verb's
        if stop is not None and tok.i >= stop and tok.i > subject.i:
            continue
        keep.add(tok.i)
        stack.extend(tok.children)
    start, end = min(keep), max(keep) + 1
    doc = subject.doc
    # never across a line break: a headline or caption the parser glued on
    for i in range(subject.i - 1, start - 1, -1):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
            break
    for i in range(subject.i, end):
        if "\n" in doc[i].text_with_ws and i + 1 < end:
            end = i + 1
            break
    # the speaker is contiguous: cut at the first excluded piece after the head
    for i in range(subject.i + 1, end):
        if i not in keep:
            end = i
            break
    for i in range(subject.i - 1, start - 1, -1):
        if i not in keep:
            start = i + 1
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end < len(doc) and doc[end].text == ")" and doc[end].head.i in keep and \
            any(doc[i].text == "(" for i in range(start, end)):
        end += 1  # "Sen. Ana Ruiz (D-Calif.)": the bracket closes
    while start < end and (doc[start].is_punct or doc[start].is_space or (
            start < subject.i and doc[start].lower_ in _FOCUS_WORDS and doc[start].pos_ == "ADV")):
        start += 1  # "Even China, its only ally, said": the focus is the writer's, not a name's
    while start >= 2 and _joins_words(doc[start - 1]):
        start -= 2  # "Co-chairman Tom Harlan": the word before a hyphen is the same word
    return start, end


def _dates_the_saying(token: Token) -> bool:
    """Whether `token` opens a phrase of time the parser hung on the speaker: "on Thursday",
    "late Monday" (a preposition or modifier whose words past it are all a date or time)."""
    if token.dep_ not in ("prep", "npadvmod"):
        return False
    words = [t for t in token.subtree if t.i != token.i or token.dep_ == "npadvmod"]
    return bool(words) and all(t.ent_type_ in _TIME_ENTITIES for t in words)


def _joins_words(token: Token) -> bool:
    """A hyphen inside a word ("fact-checkers", "Co-chairman"), which the tokenizer splits; not
    a dash written without spaces ("Capaldi-a long-time fan-revealed")."""
    doc = token.doc
    return (
        token.text in ("-", "–")
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and not doc[token.i + 1].is_stop
    )


def _named_apposition(subject: Token) -> Token:
    """ "The region's governor, Ana Lima, said": the person's name set off beside a post is the
    speaker as written (the post stays in the actor's roles)."""
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return subject
    for child in subject.children:
        left = child.left_edge
        if child.dep_ != "appos" or child.i < subject.i or left.i == 0:
            continue
        before = word_before(left)
        if before is None or before.text != ",":
            continue  # "its chief executive Jane Doe": one phrase, kept whole
        # beside a post ("spokesman"), NER may call a name it does not know ORG
        named = ("", "ORG") if subject.pos_ == "NOUN" else ("",)
        if child.ent_type_ == "PERSON" or (
            child.pos_ == "PROPN" and child.ent_type_ in named and child.is_title
        ):
            return child
    return subject


class SpeakerResolver:
    """Finds the actor records a speaker phrase refers to, for one document."""

    def __init__(
        self, doc: Doc, text: str, actors: Sequence[Actor], quoted: Sequence[tuple[int, int]]
    ) -> None:
        self.doc = doc
        self.text = text
        self.lower = text.lower()
        self.actors = {a.id: a for a in actors}
        mentions = sorted(
            (m.start, m.end, a.id) for a in actors for m in a.mentions if m.end > m.start
        )
        self.mentions = mentions
        self.mention_starts = [m[0] for m in mentions]
        self.quoted = sorted(quoted)
        self.quote_starts = [q[0] for q in self.quoted]
        self.index = ActorIndex(actors)
        self.ents = list(doc.ents)
        self.ent_starts = [e.start for e in self.ents]
        self._latest: dict[tuple[str, ...], list[int]] = {}
        self._words: dict[str, list[int]] | None = None

    # ------------------------------------------------------------------ public
    def resolve(self, start: int, end: int) -> list[str]:
        """Actor ids for the speaker tokens doc[start:end], the main one first."""
        if start >= end:
            return []
        parts = self._coordinated_parts(start, end)
        ids: list[str] = []
        for s, e in parts:
            for actor_id in self._resolve_part(s, e):
                if actor_id not in ids:
                    ids.append(actor_id)
                    break
        if not ids and len(parts) > 1:
            ids = self._resolve_part(start, end)[:1]
        return ids

    def antecedent(self, offset: int, types: tuple[str, ...] = ("person",)) -> str | None:
        """The most recent actor of `types` named before `offset`, outside quotations."""
        i = bisect_left(self.mention_starts, offset) - 1
        if i < 0:
            return None
        latest = self._latest.get(types)
        if latest is None:
            latest = self._latest[types] = self._latest_of(types)
        found = latest[i]
        return self.mentions[found][2] if found >= 0 else None

    def _latest_of(self, types: tuple[str, ...]) -> list[int]:
        """For each mention, the index of the latest one up to it of an actor of `types`
        outside quotations (-1 for none): every antecedent is then one lookup."""
        out, last = [], -1
        for k, (start, end, actor_id) in enumerate(self.mentions):
            if self.actors[actor_id].type in types and not self._in_quote(start, end):
                last = k
            out.append(last)
        return out

    # ------------------------------------------------------------------ steps
    def _coordinated_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        doc = self.doc
        cuts = [
            t.i
            for t in doc[start:end]
            if t.lower_ in ("and", "&") and t.dep_ == "cc" and not self._mention_at(t.idx)
        ]
        if not cuts:
            return [(start, end)]
        parts, last = [], start
        for cut in cuts:
            parts.append((last, cut))
            last = cut + 1
        parts.append((last, end))
        return [(s, e) for s, e in parts if e > s]

    def _resolve_part(self, start: int, end: int) -> list[str]:
        doc = self.doc
        span = doc[start:end]
        head = span.root
        s_char, e_char = span.start_char, span.end_char
        inside = self._mentions_in(s_char, e_char)
        # 0. "his office", "her spokesman": the person the pronoun stands for
        if head.lower_ in proxy_nouns():
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ in ("his", "her"):
                found = self.antecedent(owner.idx)
                return [found] if found else []
        # 1. a mention on the head word ("the company" only for an actor called so before)
        for m_start, m_end, actor_id in inside:
            if m_start <= head.idx < m_end:
                if head.pos_ == "NOUN" and not self._same_head(actor_id, head):
                    break
                return [actor_id]
        # 2. pronouns
        if head.lower_ in person_pronouns() and end - start == 1:
            found = self.antecedent(head.idx)
            return [found] if found else []
        # 3. descriptions by post
        role_heads, _ = _roles()
        definite = span[0].lower_ in ("the", "this", "that") or span[0].dep_ == "poss"
        if head.lower_ in role_heads or any(t.lower_ in role_heads for t in span) or definite:
            found = self._by_role(start, end)
            if found:
                return [found]
        # 4. proxies: the actor a statement, office or military belongs to
        if head.lower_ in proxy_nouns() or head.pos_ == "NOUN":
            ranked = sorted(
                (
                    (_TYPE_RANK.get(self.actors[a].type, len(_TYPE_RANK)), -m_start, a)
                    for m_start, m_end, a in inside
                    if self._modifies(m_start, m_end, head)
                ),
            )
            if ranked and (head.lower_ in proxy_nouns() or head.lower_ in role_heads):
                return [ranked[0][2]]
        # 5. names
        found = self.by_name(span.text)
        if found:
            return [found]
        if inside and (head.pos_ == "PROPN"):
            return [inside[-1][2]]
        return []

    def _by_role(self, start: int, end: int) -> str | None:
        """A person described by post, checked against roles and titles written earlier."""
        hint, words = self._post(start, end)
        if not words:
            return None
        core = " ".join(words)
        _, synonyms = _roles()
        phrases = [core, *synonyms.get(core, ()), *synonyms.get(words[-1], ())]
        before = self.doc[start].idx
        candidates = self._role_candidates(core, phrases, before)
        candidates += self._title_candidates(core, phrases, before)
        if not candidates:
            return None
        if hint:
            matching = [c for c in candidates if c[3] == hint]
            if matching:
                candidates = matching
            elif all(c[3] for c in candidates):
                return None
        return max(candidates, key=lambda c: c[:3])[2]

    def _post(self, start: int, end: int) -> tuple[str | None, list[str]]:
        """The country a description names ("the South Korean envoy") and its other words."""
        doc = self.doc
        hint: str | None = None
        words: list[str] = []
        for tok in doc[start:end]:
            code = country_code(tok.text, forms=ANY_FORM)
            if tok.dep_ == "poss" or (code and tok.ent_type_ in ("GPE", "NORP", "")):
                if code:
                    hint = code
                continue
            if tok.lower_ in _STRIP or tok.is_punct:
                continue
            words.append(tok.lower_)
        # multiword country names inside the phrase ("South Korean")
        if hint is None:
            for ent in self._ents_in(start, end):
                code = country_code(ent.text, forms=ANY_FORM)
                if code:
                    hint = code
                    words = [w for w in words if w not in ent.text.lower().split()]
        return hint, words

    def _role_candidates(self, core: str, phrases: list[str], before: int) -> list[_Candidate]:
        """People whose roles hold the post or are held by it; the exact post ranks first."""
        candidates: list[_Candidate] = []
        for role, actor_id in self.index.roles_sharing_words(phrases):
            role_l = role.lower()
            quality = max(
                (
                    2 if role_l == p else 1 if _contains_words(role_l, p) else 0
                    for p in phrases
                    if _contains_words(role_l, p) or _contains_words(p, role_l)
                ),
                default=-1,
            )
            if quality < 0:
                continue
            if role_l != core and quality == 2:
                quality = 1  # a synonym
            seen = self.index.last_seen(actor_id, before)
            candidates.append((quality, seen, actor_id, self._role_country(actor_id, role)))
        return candidates

    def _role_country(self, actor_id: str, role: str) -> str | None:
        actor = self.actors[actor_id]
        code = actor.country_code or (
            country_code(actor.affiliation, forms=ANY_FORM) if actor.affiliation else None
        )
        return code or _country_in(role)

    def _title_candidates(self, core: str, phrases: list[str], before: int) -> list[_Candidate]:
        """People named beside the post written as a title before `before` ("Foreign Minister
        Ana Lima", "Lima, the foreign minister,"): the latest few occurrences only."""
        candidates: list[_Candidate] = []
        for phrase in phrases:
            for m_start, m_end in self._occurrences(phrase, before):
                actor_id = self._titled_person(m_start, m_end)
                if actor_id:
                    window = self.text[max(0, m_start - _CONTEXT_CHARS) : m_start]
                    context = " ".join(window.split()[-_CONTEXT_WORDS:])
                    quality = 2 if phrase == core else 1
                    candidates.append((quality, m_start, actor_id, _country_in(context, last=True)))
        return candidates

    def _occurrences(self, phrase: str, before: int) -> list[tuple[int, int]]:
        """Where `phrase` stands as whole words ending before `before`, the latest
        `_MAX_TITLE_LOOKBACK` places its first word is written at, looked up in a word index."""
        first = _FIRST_WORD.match(phrase)
        if first is None:
            return []
        if self._words is None:
            self._words = {}
            for match in _FIRST_WORD.finditer(self.lower):
                self._words.setdefault(match.group(), []).append(match.start())
        positions = self._words.get(first.group(), [])
        k = bisect_left(positions, before)
        pattern = _whole_words(phrase)
        out = []
        for pos in positions[max(0, k - _MAX_TITLE_LOOKBACK) : k]:
            match = pattern.match(self.lower, pos)
            if match and match.end() <= before:
                out.append(match.span())
        return out

    def _titled_person(self, start: int, end: int) -> str | None:
        """The person a title at [start, end) belongs to: named right after it or before it."""
        text = self.text
        j = end
        while j < len(text) and text[j] in " \t":
            j += 1
        for m_start, _m_end, actor_id in self._mentions_in(j, j + _MAX_NAME_CHARS):
            if m_start == j and self.actors[actor_id].type == "person":
                return actor_id
            break
        # "Name, the title," / "Name, a former title,"
        k = bisect_right(self.mention_starts, start) - 1
        while k >= 0 and self.mentions[k][1] > start:
            k -= 1
        if k >= 0:
            m_start, m_end, actor_id = self.mentions[k]
            between = text[m_end:start]
            if (
                self.actors[actor_id].type == "person"
                and len(between) < _MAX_NAME_TITLE_GAP
                and _AFTER_NAME.fullmatch(between.lower())
                and not self._has_verb(m_end, start)
            ):
                return actor_id
        return None

    def by_name(self, phrase: str) -> str | None:
        """The actor named so, else the first person of that last name (one or two words)."""
        words = [w for w in _WORD.findall(phrase.lower()) if w not in _STRIP]
        if not words:
            return None
        found = self.index.forms.get(" ".join(words))
        if found is None and len(words) <= 2:
            found = self.index.last_names.get(words[-1])
        return found

    # ------------------------------------------------------------------ helpers
    def _has_verb(self, start: int, end: int) -> bool:
        """Whether a verb stands in [start, end): "Sato, argued that the board" is no
        "Name, the title" apposition."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(
            t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" for t in span
        )

    def _same_head(self, actor_id: str, head: Token) -> bool:
        """Whether a common-noun speaker ("the company") may stand for the actor: a place never
        speaks as one; the actor's name, an alias or a role holds the noun, or the text called
        the actor by a phrase on that noun before."""
        if self.actors[actor_id].type == "location":
            return False
        word = head.lower_
        if word in self.index.form_words[actor_id]:
            return True
        first_end = self.index.head_words.get((actor_id, word))
        return first_end is not None and first_end <= head.idx

    def _ents_in(self, start: int, end: int) -> list[Span]:
        """The named entities inside doc[start:end] (`Span.ents` walks every entity of the doc)."""
        i = bisect_left(self.ent_starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            if self.ents[i].end <= end:
                out.append(self.ents[i])
            i += 1
        return out

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _mention_at(self, offset: int) -> bool:
        i = bisect_right(self.mention_starts, offset) - 1
        while i >= 0 and offset - self.mentions[i][0] < _MAX_MENTION_CHARS:
            if self.mentions[i][1] > offset:
                return True
            i -= 1
        return False

    def _modifies(self, start: int, end: int, head: Token) -> bool:
        """Whether the mention at [start, end) is a modifier of `head` (possessor, compound)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        steps = 0
        while tok.i != head.i and steps < _MAX_MODIFIER_STEPS:
            of_phrase = tok.lower_ == "of" or tok.head.lower_ == "of"  # "Ministry of Defense"
            if tok.dep_ not in _MODIFIER_DEPS and not of_phrase:
                return False
            tok = tok.head
            steps += 1
        return tok.i == head.i

    def _in_quote(self, start: int, end: int) -> bool:
        i = bisect_right(self.quote_starts, start) - 1
        return i >= 0 and self.quoted[i][1] >= end


@lru_cache(maxsize=1024)
def _whole_words(phrase: str) -> re.Pattern[str]:
    """`phrase` as whole words, compiled once (bounded: roles come from documents)."""
    return re.compile(r"\b" + re.escape(phrase) + r"\b")


def _contains_words(haystack: str, needle: str) -> bool:
    """Whether `needle` stands in `haystack` as whole words."""
    return bool(needle) and _whole_words(needle).search(haystack) is not None


def _country_in(words: str, *, last: bool = False) -> str | None:
    """A country named among `words`: the first one, or the last when `last`."""
    tokens = _COUNTRY_WORD.findall(words)
    hits = []
    for n in range(_MAX_COUNTRY_WORDS, 0, -1):
        for i in range(len(tokens) - n + 1):
            code = country_code(" ".join(tokens[i : i + n]), forms=ANY_FORM)
            if code:
                hits.append((i + n, n, code) if last else (i, -n, code))
    if not hits:
        return None
    return max(hits)[2] if last else min(hits)[2]


__all__ = ["SpeakerResolver", "speaker_span"]
