"""Claims: the speaker of a reporting verb, found in the dependency parse.

The cue's subject (or the subject it shares through a conjunction, an infinitive or a relative
clause), the agent of a passive, or the noun a participle hangs on; the words before the cue
when the parser took the subject from the line before.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from spacy.tokens import Token

from ...data import lines
from ..common import MEASURE_ENTITIES
from .speakers import speaker_span
from .state import (
    ClaimState,
    agent_completion,
    passive,
    trailing_speaker,
)

_INHERIT_DEPS = {"conj", "xcomp", "advcl", "pcomp"}
_QUOTED_AS = frozenset({"quote"})  # "was quoted as saying": its subject is the speaker
_MAIN_CLAUSE_DEPS = {"ROOT", "conj", "parataxis"}
_RELATIVE = {"who", "which", "that"}
_SPEAKING_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}  # "Trump" the tagger took for "INTJ"
_LOOSE_OBJECTS = ("dobj", "attr", "npadvmod", "appos", "dep")
# tokens from a line start to its cue read as a speaker ("Name, a teacher from the north, said")
_MAX_LINE_SPEAKER = 40
# of which, once trimmed, a noun phrase of at most this many
_MAX_LINE_SPEAKER_TOKENS = 12
# a cue shares a subject or a reporting verb through at most this many conjunctions,
# infinitives or adverbial clauses up the parse ("said X, adding that ...")
_MAX_SHARED_STEPS = 4


class SpeakerFinder(ClaimState):
    """Finds the token range of a cue's speaker."""

    def _speaker_of(self, tok: Token, *, after_quote: int | None = None) -> tuple[int, int] | None:
        """Token range of the cue's speaker: its subject, or the subject it shares; never empty."""
        found = self._subject_range(tok, after_quote=after_quote)
        return found if found is not None and found[0] < found[1] else None

    def _subject_range(self, tok: Token, *, after_quote: int | None) -> tuple[int, int] | None:
        trailing = trailing_speaker(tok)
        if trailing is not None:
            return speaker_span(trailing, stop=tok.i)  # "..., the secretary, Helen Marsh, told"
        said_before = _verb_before_participle(tok) or _audience_verb(tok)
        current = tok if said_before is None else said_before
        for _ in range(_MAX_SHARED_STEPS):
            subject = _nearest_subject(current)
            if subject is not None:
                subject = _speaking_conjunct(subject)
            if subject is None and current is not tok and current.lemma_ in _QUOTED_AS:
                # "The minister was quoted (by the paper) as saying": the one quoted speaks
                subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
            if subject is None:
                agent = next((c for c in current.children if c.dep_ == "agent"), None)
                if agent is not None:
                    subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
                completion = agent_completion(agent) if agent is not None else None
                if subject is not None and completion is not None:
                    return speaker_span(subject, stop=completion.i)
            if subject is not None:
                if subject.pos_ == "VERB" and subject.is_lower and subject.tag_ != "VBG":
                    return None  # "some note that X ... has proposed": a verb is no speaker
                relative = _relative_clause(current) if subject.lower_ in _RELATIVE else None
                if relative is not None:
                    subject = _antecedent(relative.head)
                if after_quote is not None and subject.idx < after_quote:
                    return None
                if self._paragraph(subject.idx) != self._paragraph(tok.idx):
                    return self._speaker_in_line(self._on_cue_line(current, tok))
                return speaker_span(subject)
            if current.dep_ in ("acl", "relcl") and current.head.pos_ in ("NOUN", "PROPN"):
                verb = _speaking_at(current.head)
                if verb is None:
                    return speaker_span(current.head, stop=current.i)
                current = verb  # "she said at a news conference announcing": hers
                continue
            outer = self._outer_reporter(current) if current is tok else None
            if outer is not None:
                current = outer
                continue
            if current.dep_ in _INHERIT_DEPS and current.head is not current:
                if current.dep_ == "pcomp" and current.head.pos_ != "ADP":
                    return None
                current = current.head
                if current.pos_ == "ADP":
                    current = current.head
                current = self._out_of_quote(current, tok)
                continue
            break
        if after_quote is None and self._paragraph(current.head.idx) != self._paragraph(tok.idx):
            return self._speaker_in_line(self._on_cue_line(current, tok))  # hung on a caption
        return None

    def _out_of_quote(self, verb: Token, cue: Token) -> Token:
        """`verb`, or the first of its heads outside the quotation it lies in when the cue is
        outside it: a cue the parser joined to a verb inside a quote ('said she ordered it "the
        moment I saw the figures" and denied ...') shares no subject with the quoted words."""
        if self._inside_quote(cue.idx):
            return verb
        for _ in range(_MAX_SHARED_STEPS):
            if not self._inside_quote(verb.idx) or verb.head is verb:
                return verb
            verb = verb.head
        return verb

    def _on_cue_line(self, verb: Token, cue: Token) -> Token:
        """The verb whose line-start words may be the speaker: `verb` when on the cue's line,
        else the cue itself (a caption's verb the parser hung the cue on is no speaker's)."""
        return verb if self._paragraph(verb.idx) == self._paragraph(cue.idx) else cue

    def _outer_reporter(self, cue: Token) -> Token | None:
        """The reporting verb whose subject a subjectless cue shares when the parser hung the
        cue inside that verb's reported clause: "X warned that A and said B" (a conjunct) or
        "X denied that A, saying B" (a participle after a comma)."""
        participle = (
            cue.dep_ == "advcl"
            and cue.tag_ == "VBG"
            and cue.i > cue.head.i
            and self.doc[cue.i - 1].text == ","
        )
        if cue.dep_ != "conj" and not participle or passive(cue):
            return None
        verb = cue.head
        for _ in range(_MAX_SHARED_STEPS):
            if verb.dep_ == "ccomp" and self._lemma(verb.head) in self.verbs and \
                    verb.head.i < verb.i:
                return verb.head
            if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
                return None
            verb = verb.head
        return None

    def _speaker_in_line(self, cue: Token) -> tuple[int, int] | None:
        """The words from the line start to the cue, when the parser took its subject from the
        line before (a headline or caption glued to the sentence) and they form a noun phrase."""
        line_start = self._paragraph(cue.idx)[0]
        first = bisect_left(self.starts, line_start)
        if cue.i - first > _MAX_LINE_SPEAKER:
            return None
        tokens = [t for t in self.doc[first : cue.i] if not t.is_space]
        while tokens and tokens[-1].pos_ in ("AUX", "ADV", "PART"):
            tokens.pop()  # "has said", "also said", "repeatedly said"
        if len(tokens) > 2 and tokens[-1].text == ",":
            # "Name, a teacher from the north, said": the name before the apposition
            comma = next(i for i, t in enumerate(tokens) if t.text == ",")
            if 0 < comma < len(tokens) - 1:
                tokens = tokens[:comma]
        if not tokens or len(tokens) > _MAX_LINE_SPEAKER_TOKENS:
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in tokens):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tokens):
            return None
        return tokens[0].i, tokens[-1].i + 1

    def _speaker_in_window(self, window: list[Token], cue: Token) -> tuple[int, int] | None:
        """`"...," said the spokesman` parsed without a subject: the noun after the cue."""
        index = window.index(cue)
        for tok in window[index + 1 :]:
            if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ in _LOOSE_OBJECTS:
                return speaker_span(tok)
            if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "ADV"):
                break
        for tok in reversed(window[:index]):
            if tok.pos_ in ("NOUN", "PROPN", "PRON"):
                return speaker_span(tok, stop=cue.i)
        return None


def _verb_before_participle(tok: Token) -> Token | None:
    """ "Lutz said, suggesting a few questions": the verb right before the comma whose subject
    a participle with none of its own shares, whatever the parser hung the participle on."""
    if tok.tag_ != "VBG" or tok.i < 2 or tok.doc[tok.i - 1].text != "," or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    before = tok.doc[tok.i - 2]
    verb = before if before.pos_ == "VERB" else before.head  # "told reporters, adding"
    if verb.pos_ != "VERB" or verb.i >= tok.i or verb.dep_ not in _MAIN_CLAUSE_DEPS or \
            _nearest_subject(verb) is None:
        return None  # not the verb of a clause reported ("denied that X left, saying")
    return verb


def _audience_verb(tok: Token) -> Token | None:
    """ "Whitlow wants voters to believe that ...": the verb that puts an infinitive cue in its
    audience's mouth; its subject speaks, not the audience the parser makes the cue's subject."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in _audience_verbs() or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or \
            not any(c.dep_ == "nsubj" for c in tok.children) or _nearest_subject(head) is None:
        return None
    return head


def _speaking_at(noun: Token) -> Token | None:
    """The verb whose subject spoke at the occasion `noun` names, as "said" of "said at a news
    conference announcing ..."; None for any other noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _occasion_nouns() or \
            prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


@cache
def _occasion_nouns() -> frozenset[str]:
    return frozenset(lines("claims/occasion_nouns.txt"))


@cache
def _audience_verbs() -> frozenset[str]:
    return frozenset(lines("claims/audience_verbs.txt"))


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of several ("Speaking in the capital, Lima, the minister said"), the
    one closest before it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1:
        before = [c for c in subjects if c.i < verb.i]
        return max(before, key=lambda c: c.i) if before else subjects[0]
    return subjects[0] if subjects else _subject_set_off(verb)


def _subject_set_off(verb: Token) -> Token | None:
    """A name or noun the parser left unattached ("dep") before a verb with no subject, set off
    by an adverb between commas: "Trump, however, posted that ..." (the parse makes "Trump"
    no subject)."""
    doc = verb.doc
    for child in verb.lefts:
        after = child.right_edge.i + 1
        named = child.pos_ in ("PROPN", "NOUN") or child.ent_type_ in _SPEAKING_ENTITIES
        if child.dep_ == "dep" and named and after < verb.i and \
                doc[after].text == "," and doc[after + 1].pos_ == "ADV":
            return child
    return None


def _speaking_conjunct(subject: Token) -> Token:
    """The subject that can speak when the parser joined a measure before it to the speaker
    ("... near the city, about 65 km away, and the regional chief warned that ...": "km" and
    "chief" as one subject): the last conjunct that is no measure. A subject that is no
    measure stays as it is ("the mayor and the governor said")."""
    if not _is_measure(subject):
        return subject
    speakers = [c for c in subject.children if c.dep_ == "conj" and not _is_measure(c)]
    return speakers[-1] if speakers else subject


def _is_measure(token: Token) -> bool:
    """An amount with its unit ("65 km", "40%", "$5 million"): nobody who speaks. A count may
    ("one or more of its members said", "two officials and a spokesman said")."""
    return token.ent_type_ in MEASURE_ENTITIES


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause whose pronoun is the subject of `verb`: `verb`'s own, or the one a
    cue inside it reports `verb` in ("polling that they say shows the message working")."""
    for _ in range(_MAX_SHARED_STEPS):
        if verb.dep_ == "relcl":
            return verb
        if verb.dep_ != "ccomp" or verb.head is verb:
            return None
        verb = verb.head
    return None


def _antecedent(head: Token) -> Token:
    """What a relative clause hung on `head` is about: `head`, unless it is a date the parser
    hung it on ("released its report Monday, which found ..."): then the verb's object or
    subject just before the date."""
    if head.dep_ != "npadvmod" or head.ent_type_ not in ("DATE", "TIME"):
        return head
    before = [c for c in head.head.children if c.dep_ in ("dobj", "nsubj") and c.i < head.i]
    return before[-1] if before else head
