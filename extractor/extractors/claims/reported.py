"""Claims from reported speech, "according to X" and transcript lines.

Reporting verbs of `data/claims/verbs.tsv` not used by a quote take their content from the
dependency parse by their frames (see `content`); the content stays within the cue's sentence
and paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import islice

from spacy.tokens import Token

from ...data import lines
from ..common import word_after, word_before
from .content import FrameContent
from .speakers import speaker_span
from .state import (
    QUOTE_CHARS,
    ClaimDraft,
    Verb,
    finding_sources,
    loose_conjunct,
)

# "..., campaign finance records show.": a finding's cue closing its sentence, after its source
_FINDING_CUES = ("show", "shows", "showed", "suggest", "suggests", "suggested", "indicate",
                 "indicates", "indicated", "find", "finds", "found")
_SOURCE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
_SENTENCE_ENDS = (".", "!", "?")
MAX_SOURCE_TOKENS = 6  # words walked back from the source's head: "a new Sunshine Herald poll"
MIN_ACCORDING_WORDS = 2  # words an "according to" claim reports at least
MIN_TRANSCRIPT_TURNS = 2  # lines "NAME: ..." that make a transcript
# "SMITH:", "LINDA WERTHEIMER, host:", "TOM HALE, Reuters correspondent:": the label, its role
_TRANSCRIPT = re.compile(
    r"[ \t]*[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})(?:,[ \t]+[A-Za-z][\w.'’ -]{0,40}?)?"
    r"(:)[ \t]+\S"
)
_LINE = re.compile(r"[^\n]+")
_RESTATING_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
# rules whose claim may stand without a speaker: a reported clause ("that ..." is someone's
# words even when the parse hides whose), and a passive with no agent ("was accused of ...")
_UNATTRIBUTED = {"ccomp", "passive-unattributed"}
_MARKER_SUBJECTS = {"that", "all", "this"}  # "That said,", "All told,"
_SENTENCE_CLOSES = {*_SENTENCE_ENDS, '"', "”"}  # what a sentence's first word may follow
_MAX_CLIMB = 8  # steps up the parse tree from a cue to the verb it hangs on
# a content ending this few characters before a quotation's end takes its closing marks; one
# starting this few after its start, the opening marks
_MAX_CHARS_TO_CLOSE = 3
_MAX_CHARS_TO_OPEN = 2
_WHOLE_QUOTE_SHARE = 0.8  # a content covering more of a quotation's inner text is that quotation


@cache
def _standards() -> frozenset[str]:
    """What "according to" may name that is no source ("according to plan")."""
    return frozenset(lines("claims/standards.txt"))


_PERMISSIONS = {"authorize", "authorise", "allow", "permit", "entitle", "empower", "able",
                "unable", "free"}


def _discourse_marker(tok: Token) -> bool:
    """Whether the cue opens its sentence in a set phrase that reports nothing: "That said,",
    "All told,"."""
    doc, first = tok.doc, tok.sent.start
    return tok.i == first + 1 and doc[first].lower_ in _MARKER_SUBJECTS and \
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


def _set_phrase(tok: Token) -> bool:
    """Whether the cue is no one's report: a verb of saying after "without" ("It goes without
    saying that ...", "left without saying a word"), an imperative opening its sentence ("Say
    what you like about him, he ..."), or a plural noun the tagger took for a verb."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ == "without":
        return True
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if subjectless and tok.tag_ == "VBZ" and tok.i > 0 and doc[tok.i - 1].text == ",":
        return True  # "..., remarks that most outlets ignored": a plural noun read as a verb
    before = word_before(tok)
    opens = before is None or "\n" in before.text_with_ws or before.text in _SENTENCE_CLOSES
    return opens and tok.tag_ == "VB" and tok.is_title and subjectless


def _permitted(tok: Token) -> bool:
    """Whether the cue is what someone may or may not do ("not authorized to discuss the
    matter", "allowed to comment"), or why they spoke unnamed ("spoke on condition of anonymity
    to discuss the talks"): leave to speak, not speech."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _PERMISSIONS:
        return True
    return tok.dep_ in ("advcl", "xcomp") and tok.i > tok.head.i and \
        any(t.lower_ == "anonymity" for t in tok.doc[tok.head.i:tok.i])


class ReportedSpeech(FrameContent):
    """Finds the claims the parse and the line shapes give."""

    def _reported_speech(self) -> None:
        for tok in self._verbs():
            if tok.i in self.used_cues:
                continue
            if tok.dep_ in ("amod", "compound", "aux", "auxpass"):
                continue
            verb = self._entry(tok)  # none for "showed off", "called off"
            if verb is None:
                continue
            if self._addressed_participle(tok) or _discourse_marker(tok) or _permitted(tok) or \
                    _set_phrase(tok):
                continue
            draft = self._from_parse(tok, verb)
            if draft is None or self._restates_reporter(tok, draft):
                continue
            if not self._prose(draft.content_start, draft.content_end):
                continue
            self.used_cues.add(tok.i)
            self.drafts.append(draft)

    def _from_parse(self, tok: Token, verb: Verb) -> ClaimDraft | None:
        found = self._content_of(tok, verb)
        if found is None:
            return None
        content, rule, cue_end_tok = found
        para_start, para_end = self._paragraph(tok.idx)
        content = [self._clean(max(s, para_start), min(e, para_end)) for s, e in content]
        content = [(s, e) for s, e in content if e > s]
        if not content or not any(any(ch.isalnum() for ch in self.text[s:e]) for s, e in content):
            return None
        speaker = None if rule == "passive-unattributed" else self._speaker_of(tok)
        if speaker is None and (rule not in _UNATTRIBUTED or content[-1][1] <= tok.idx):
            return None  # no one says a clause before the cue ("X note that ..., has proposed")
        if self._nested_in_quote(tok, speaker):
            return None
        content = [self._one_sentence(s, e, tok) for s, e in content]
        content = [self._clean(s, e) for s, e in content if e > s]
        content = [(s, e) for s, e in content if e > s]
        if not content:
            return None
        content = [self._without_according(s, e) for s, e in content]
        content = self._with_quote_marks(content, tok)
        used = set()
        if speaker is not None:
            used |= set(range(*speaker))
            if any(s <= self.doc[speaker[0]].idx < e for s, e in content):
                speaker = None
        cue = self._cue_lemma(tok)
        cue_span = self._cue_span(tok)
        if cue_end_tok.i != tok.i:
            cue = f"{cue} {cue_end_tok.lower_}"
            cue_span = (cue_span[0], cue_end_tok.idx + len(cue_end_tok))
        return ClaimDraft(rule, cue, cue_span, content, speaker, used=used)

    def _without_according(self, start: int, end: int) -> tuple[int, int]:
        """A trailing ", according to X" is the source of the words, not part of them."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        for tok in self.doc[first:last]:
            if (
                tok.lower_ == "according"
                and tok.i > first
                and self.doc[tok.i - 1].text == ","
                and tok.i + 1 < len(self.doc)
                and self.doc[tok.i + 1].lower_ == "to"
                and tok.right_edge.idx + len(tok.right_edge) >= end - 1
            ):
                return self._clean(start, self.doc[tok.i - 1].idx)
        return start, end

    def _addressed_participle(self, tok: Token) -> bool:
        """ "Asked whether ..., the minister said": a passive participle opening the clause; the
        subject it shares is the one addressed, and the words are someone else's."""
        return (
            tok.tag_ == "VBN"
            and tok.dep_ in ("advcl", "ccomp")
            and tok.i < tok.head.i
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "agent") for c in tok.children
            )
        )

    def _restates_reporter(self, tok: Token, draft: ClaimDraft) -> bool:
        """ "Madrid said it welcomed the talks": a cue in the reported clause of another whose
        subject is a pronoun standing for that reporter is the reporter's own claim, already
        held by the outer one."""
        if draft.speaker is None or draft.speaker[1] - draft.speaker[0] != 1:
            return False
        if tok.dep_ == "conj" and self._reports_alone(tok):
            return False  # "said she closed the pier and denied that ...": not in the outer claim
        if self.doc[draft.speaker[0]].lower_ not in _RESTATING_PRONOUNS:
            return False
        clause = tok
        for _ in range(_MAX_CLIMB):
            if clause.dep_ != "conj" or clause.head is clause:
                break
            clause = clause.head
        outer = clause.head
        return (
            clause.dep_ == "ccomp"
            and self._lemma(outer) in self.verbs
            and outer.i < tok.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in outer.children)
        )

    def _one_sentence(self, start: int, end: int, cue: Token) -> tuple[int, int]:
        """Keep the content to the sentence of its cue, and leave out a trailing participle
        that reports on its own (", citing ...", ", adding that ...") or that the parser joined
        to the content as a conjunct with no "and" (", escalating a feud ...": the writer's
        words on the claim, not the claim's)."""
        doc = self.doc
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        for tok in doc[first:last]:
            if tok.text not in _SENTENCE_ENDS or self._inside_quote(tok.idx):
                if (
                    tok.i > cue.i
                    and tok.tag_ == "VBG"
                    and (self._lemma(tok) in self.verbs or loose_conjunct(tok))
                    and tok.i > first
                    and doc[tok.i - 1].text == ","
                ):
                    return start, min(end, doc[tok.i - 1].idx)
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            while (
                nxt is not None
                and (nxt.is_space or nxt.text in QUOTE_CHARS)
                and nxt.i + 1 < len(doc)
            ):
                nxt = doc[nxt.i + 1]
            if nxt is None or nxt.idx >= end or not (nxt.is_title or nxt.is_upper):
                continue
            if tok.idx < cue.idx:
                start = nxt.idx
            else:
                return start, tok.idx
        return start, end

    def _with_quote_marks(
        self, content: list[tuple[int, int]], cue: Token
    ) -> list[tuple[int, int]]:
        """Extend content to the marks of quotes it ends or starts inside; a content that is
        (nearly) a whole quotation becomes that quotation, marks included."""
        out = []
        for s, e in content:
            for q in self._quotes_over(s, e):
                if q.end <= s or q.start >= e:
                    continue
                if s <= q.start < e < q.end and q.closed and (
                    q.end - e <= _MAX_CHARS_TO_CLOSE or q.end <= self._paragraph(cue.idx)[1]
                ):  # a quotation the content opens closes in it: 'called the plan "a slap
                    e = q.end  # in the face to families"', however the parser cut the phrase
                elif q.start < s < q.end <= e and s - q.start <= _MAX_CHARS_TO_OPEN:
                    s = q.start
                elif q.start < s and e == q.end and q.closed:
                    e = self._clean(s, q.end - 1)[1]  # a closing mark without its opening
                elif q.start < s and e <= q.end:
                    inner_s, inner_e = q.inner()
                    covered = (e - s) / max(1, inner_e - inner_s)
                    if covered > _WHOLE_QUOTE_SHARE and not (q.start <= cue.idx < q.end):
                        s, e = q.start, q.end
            out.append((s, e))
        return out

    def _nested_in_quote(self, tok: Token, speaker: tuple[int, int] | None) -> bool:
        """A cue inside a quotation whose speaker is quoted too is the quoted person's speech."""
        k = bisect_right(self.quote_starts, tok.idx) - 1
        if k < 0 or self.quotes[k].end <= tok.idx:
            return False
        quote = self.quotes[k]
        if speaker is None:
            return True
        start = self.doc[speaker[0]].idx
        return quote.start <= start < quote.end

    def _sources_named(self) -> Iterator[tuple[Token, Token, Token, str, str]]:
        """Each phrase that names a source before or after what it said, as (first token, last
        token, the source's head, cue, rule): "according to X", "In the words of X, ...", "Per
        X, ...".
        """
        for tok in self._tokens_named(["according", "words", "per"]):
            if tok.lower_ == "per":
                # "Per CME Group data, traders see ...": a source opening its sentence, set off
                # by a comma ("$5 per share", "per cent" name none)
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                after = self.doc[pobj.right_edge.i + 1] if pobj is not None and \
                    pobj.right_edge.i + 1 < len(self.doc) else None
                if tok.text == "Per" and tok.is_sent_start and after is not None and \
                        after.text == "," and pobj.lemma_.lower() not in _standards():
                    yield tok, tok, pobj, "per", "per"
            elif tok.lower_ == "according":
                to = word_after(tok)  # past the blanks of "*according* to" in Markdown
                if to is None or to.lower_ != "to":
                    continue
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if pobj is not None and not self._standard_followed(tok, pobj):
                    yield tok, to, pobj, "according to", "according-to"
            elif tok.i >= 2 and [t.lower_ for t in self.doc[tok.i - 2 : tok.i]] == ["in", "the"]:
                of = word_after(tok)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) \
                    if of is not None and of.lower_ == "of" else None
                first = self.doc[tok.i - 2]
                before = self.doc[first.i - 1] if first.i else None
                opens = before is None or first.is_sent_start or before.is_space or \
                    "\n" in before.text_with_ws
                if pobj is not None and opens:
                    yield first, of, pobj, "in the words of", "in-the-words-of"

    def _according_to(self) -> None:
        doc = self.doc
        for tok, to, pobj, cue, rule in self._sources_named():
            if tok.i in self.used_cues:
                continue
            speaker = speaker_span(pobj)
            phrase = self._subtree(tok)
            last = doc[speaker[1] - 1]
            phrase = (min(phrase[0], tok.idx), max(phrase[1], last.idx + len(last)))
            comma = doc[speaker[1]] if speaker[1] < len(doc) else None
            if tok.is_sent_start and comma is not None and comma.text == "," and \
                    phrase[1] > comma.idx:
                # "According to X, the move reeks of fear": the parser may hang the reported
                # clause on the source; an opening phrase ends at the comma after it
                phrase = (phrase[0], comma.idx)
            sent = tok.sent
            para_start, para_end = self._paragraph(tok.idx)
            lo, hi = max(sent.start_char, para_start), min(sent.end_char, para_end)
            reported = self._reported_clause(tok)
            if reported is not None:
                lo = max(lo, reported)  # "X said that Y, according to Z": Y only
            pieces = [(lo, phrase[0]), (phrase[1], hi)]
            content = [self._clean(s, e) for s, e in pieces]
            content = [
                (s, e) for s, e in content if e > s and any(c.isalpha() for c in self.text[s:e])
            ]
            if not content or not self._prose(content[0][0], content[-1][1]):
                continue
            if sum(len(self.text[s:e].split()) for s, e in content) < MIN_ACCORDING_WORDS:
                continue  # "According to X, basically.": no words of X's
            self.used_cues.add(tok.i)
            self.drafts.append(
                ClaimDraft(
                    rule,
                    cue,
                    (tok.idx, to.idx + len(to)),
                    content,
                    speaker,
                    used=set(range(*speaker)),
                )
            )

    def _standard_followed(self, according: Token, pobj: Token) -> bool:
        """ "went according to plan", "vary according to seniority": "according to" runs on
        from its verb to a standard, not set off as a source ("According to the plan, ...",
        "..., according to the rules")."""
        if pobj.lemma_.lower() not in _standards() or according.is_sent_start:
            return False
        return according.i > 0 and not self.doc[according.i - 1].is_punct

    def _reported_clause(self, according: Token) -> int | None:
        """Where the reported clause starts when "according to" sits in a sentence that reports
        speech itself ("X said that Y, according to Z"): the clause after the cue, its "that"
        left out."""
        for verb in [according, *islice(according.ancestors, _MAX_CLIMB)]:
            frames = self.verbs.get(self._lemma(verb))
            if frames is None or "c" not in frames.frames or verb.pos_ != "VERB":
                continue
            comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if comp is None:
                continue
            first = comp.left_edge
            while first.i < comp.i and (first.dep_ == "mark" or first.is_punct):
                first = self.doc[first.i + 1]
            return first.idx
        return None

    def _trailing_findings(self) -> None:
        """ "Delgado raised $41 million, campaign finance records show.": a poll's, a
        record's or a study's finding, its source and cue after it, closing the sentence. The
        parser often reads "records show" as one noun, so the words' order decides."""
        for cue in self._tokens_named(_FINDING_CUES):
            if cue.i in self.used_cues or cue.lower_ not in _FINDING_CUES:
                continue
            after = self.doc[cue.i + 1] if cue.i + 1 < len(self.doc) else None
            if after is not None and after.text not in _SENTENCE_ENDS:
                continue
            head = self.doc[cue.i - 1] if cue.i > 0 else None
            if head is None or head.lemma_.lower() not in finding_sources():
                continue
            first = head.i
            while first > head.i - MAX_SOURCE_TOKENS and first > 0 and \
                    self.doc[first - 1].pos_ in _SOURCE_POS:
                first -= 1
            comma = self.doc[first - 1] if first > 0 else None
            if comma is None or comma.text != "," or comma.sent.start != cue.sent.start:
                continue
            start = max(cue.sent.start_char, self._paragraph(cue.idx)[0])
            content = self._clean(start, comma.idx)
            if content[1] <= content[0] or not self._prose(*content):
                continue
            self.used_cues.add(cue.i)
            self.drafts.append(ClaimDraft("trailing-finding", cue.lemma_,
                                          (cue.idx, cue.idx + len(cue)), [content],
                                          (first, head.i + 1)))

    def _opening_findings(self) -> None:
        """ "In the latest Harbour Post poll, Ruiz leads Brook by five points.": a poll's, a
        study's or a report's finding, its source opening the sentence after "In"; not where
        the sentence has a claim of its own ("In the report, the agency said ...")."""
        doc = self.doc
        claimed = {doc[i].sent.start for i in self.used_cues}
        for sent in doc.sents:
            opener = sent[0]
            if opener.lower_ != "in" or sent.start in claimed or opener.dep_ != "prep":
                continue
            source = next((c for c in opener.children if c.dep_ == "pobj"), None)
            if source is None or source.lemma_.lower() not in finding_sources():
                continue
            comma = source.right_edge.i + 1
            if comma >= sent.end or doc[comma].text != ",":
                continue
            para_end = self._paragraph(opener.idx)[1]
            content = self._clean(doc[comma].idx + 1, min(sent.end_char, para_end))
            if content[1] <= content[0] or not self._prose(*content) or \
                    len(self.text[content[0]:content[1]].split()) < MIN_ACCORDING_WORDS:
                continue
            speaker = speaker_span(source)
            self.used_cues.add(opener.i)
            self.drafts.append(ClaimDraft("in-source", "in", (opener.idx, opener.idx + 2),
                                          [content], speaker, used=set(range(*speaker))))

    def _transcripts(self) -> None:
        """Transcript lines: "SMITH: We will ..." (speaker label in capitals, then a colon), in
        a run of turns: one such line alone is a kicker ("HARBOUR FIGHT: Council Delays Vote")
        or an editor's note ("CLARIFICATION: ...")."""
        text = self.text
        turns: list[ClaimDraft] = []
        for line in _LINE.finditer(text):
            match = _TRANSCRIPT.match(line.group())
            if not match:
                continue
            label_start = line.start() + match.start(1)
            label_end = line.start() + match.end(1)
            if len(match.group(1)) < 2:
                continue
            colon = line.start() + match.start(2)
            s, e = self._clean(colon + 1, line.end())
            if e <= s or not self._prose(s, e) or not self._prose(label_start, label_end):
                continue
            i, j = bisect_left(self.starts, label_start), bisect_left(self.starts, label_end)
            turns.append(
                ClaimDraft(
                    "transcript",
                    ":",
                    (colon, colon + 1),
                    [(s, e)],
                    (i, max(j, i + 1)),
                    quote="direct",  # a transcript gives the words as spoken
                )
            )
        if len(turns) >= MIN_TRANSCRIPT_TURNS:
            self.drafts.extend(turns)

