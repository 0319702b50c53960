"""Claims: what a reporting verb reports, read from the dependency parse by the verb's frames.

The frames of `data/claims/verbs.tsv`, tried in order: a clausal complement (said that ...,
said when ...), an object (condemned the strike, accused them of ...), the subject of a passive
with its agent (the plan was criticized by X), an infinitive (vowed to ...), a prepositional
object or particle (called for ..., called on X to ...), or the clause around a parenthetical
"he said" or "as he put it".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .state import (
    QUOTE_CHARS,
    SUBJECTS,
    Verb,
    agent_completion,
    finding_sources,
    loose_conjunct,
    passive,
    trailing_speaker,
)
from .subjects import SpeakerFinder

_OBJECT_PREPS = ("as", "of", "for")  # accused X of ..., described X as ..., blamed X for ...
# A standing the object is in, with its margin: "a poll shows Carver ahead by 12 points" (the
# parser hangs the adverb and "by" on the verb, not on the object)
_STANDING_ADVERBS = {"ahead", "behind", "level", "even", "tied", "up", "down"}
_MARGIN_PREP = "by"
_EVENT_PREPS = {"after", "before", "upon", "since", "while", "without", "following"}
_WHEN = {"DATE", "TIME"}  # NER's labels of a date or time after the cue ("said on Wednesday")
# words opening an embedded question: "has not said when ...", "asked whether ..."
_WH_WORDS = {"when", "whether", "how", "why", "where", "what", "who", "which", "if"}
_RELATIVE = {"who", "which", "that", "whom"}
_SAID_PRONOUNS = {"it", "so"}  # "as she put it", "as he said so"
_OWN_OBJECTS = {"dobj", "ccomp", "xcomp", "dative"}  # what a cue says or does itself
_LINK_WORDS = {"but", "and", "yet", "so", "or", "still", "indeed", "now", "then", "and yet"}
_CONTRASTS = {"while", "whereas", "whilst"}  # "..., while others say ...": another source
_SHARE_WORDS = {"%", "percent", "cent", "majority", "minority", "half", "third", "most"}

# cues whose passive before an infinitive tells what someone holds ("is expected to", "is said
# to"); "were told to", "were urged to" pass on an instruction instead
_HELD_BY_SOMEONE = {"say", "believe", "expect", "report", "allege", "rumor", "rumour", "know",
                    "understand", "estimate", "suspect", "fear", "assume"}
_RELATIVE_PRONOUNS = {"WDT", "WP"}  # "which", "that", "who" opening a relative clause
# Verbs whose object is a finding when a poll, a study or a record is their subject ("the survey
# found broad support"); of anyone else, an object found is a thing ("found a way")
_FINDING_VERBS = {"find"}
Content = tuple[list[tuple[int, int]], str, Token]  # spans, rule, last token of the cue


class FrameContent(SpeakerFinder):
    """Finds the content of a reporting verb by the frames the verb takes."""

    def _content_of(self, tok: Token, verb: Verb) -> Content | None:
        """The content spans, the rule that found them and the cue's last token."""
        if "o" not in verb.frames and tok.lemma_.lower() in _FINDING_VERBS and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in finding_sources() for c in tok.children):
            verb = replace(verb, frames=verb.frames + "o")  # "a 2014 study found 31 cases"
        frames = verb.frames
        if "c" in frames:
            comp = self._clause_of(tok)
            if comp is not None:
                relative = self._said_in_relative(tok, comp)
                if relative is not None:
                    return relative, "ccomp", tok
                start, end = self._without_outer_conjunct(comp, tok)
                speaker = trailing_speaker(tok) if comp.i < tok.i else None
                if speaker is not None:  # "..., its chief, Amy Cole, said": hung in the clause
                    end = min(end, self.doc[speaker.left_edge.i - 1].idx)
                subject = _subject_after(comp, tok)
                if subject is not None and (comp.dep_ == "advcl" and comp.left_edge.dep_ == "prep"
                                            or comp.i == tok.head.i):
                    start = subject.left_edge.idx  # "after the meeting", "after she admitted"
                if comp.i > tok.i:
                    end = self._past_quoted_conjunct(tok, comp, end)
                    end = _past_subjectless_head(tok, end)
                    start = min(start, _object_as_subject(tok, comp, start))
                return [(self._past_cue_date(tok, comp, start), end)], "ccomp", tok
            span = self._clause_glued_before(tok) or self._clause_taken_for_object(tok) or \
                self._clause_after_that(tok) or self._clause_before_trailing_cue(tok)
            if span is not None:
                return [span], "ccomp", tok
        # under a preposition ("after showing his passport") a verb tells an event; only
        # "after saying that ..." reports
        event = tok.dep_ == "pcomp" and tok.head.lower_ in _EVENT_PREPS
        if ("o" in frames or "k" in frames) and not event:
            pieces = self._relative_object(tok)
            if pieces is not None:
                return pieces, "dobj", tok
            span = self._object_of(tok, verb)
            if span is not None:
                return [span], "dobj", tok
        if "o" in frames and not event:
            pieces = self._passive_subject(tok)
            if pieces is not None:
                return pieces, "passive", tok
        if ("o" in frames or "k" in frames) and not event:
            pieces = self._unattributed_passive(tok, verb)
            if pieces is not None:
                return pieces, "passive-unattributed", tok
        if "c" in frames and not event:
            pieces = self._raised_passive(tok)
            if pieces is not None:
                return pieces, "passive-unattributed", tok
        if "x" in frames:
            span = self._infinitive_of(tok)
            if span is not None:
                return [span], "xcomp", tok
        if verb.preps:
            found = self._prep_object(tok, verb)
            if found is not None:
                return found
        if "c" in frames and tok.dep_ == "parataxis":
            return self._around(tok), "parataxis", tok
        if ("c" in frames or "a" in frames) and self._as_clause(tok):
            return self._around(tok), "as-clause", tok
        return None

    def _said_in_relative(self, cue: Token, comp: Token) -> list[tuple[int, int]] | None:
        """ "a debate, which organizers say could draw a record audience": a cue inside a
        relative clause whose pronoun is the reported clause's subject says the pronoun and
        the words after the cue, its speaker left out, to the clause's end ("The plan, which
        critics say will raise taxes, passed"); None for any other clause."""
        pronoun = comp.left_edge
        if cue.dep_ != "relcl" or comp.i < cue.i or pronoun.i > cue.i or \
                pronoun.tag_ not in _RELATIVE_PRONOUNS:
            return None
        end = comp.right_edge.idx + len(comp.right_edge)
        outside = next((c for c in comp.rights if loose_conjunct(c)), None)
        if outside is not None and self.doc[outside.i - 1].text == ",":
            end = self.doc[outside.i - 1].idx
        return [(pronoun.idx, pronoun.idx + len(pronoun)), (self.doc[cue.i + 1].idx, end)]

    def _past_cue_date(self, cue: Token, comp: Token, start: int) -> int:
        """The content's start past a date the parser hung on the clause though it tells when
        it was said: "said on Wednesday it would cut 800 jobs" reports "it would cut ..."."""
        doc = cue.doc
        i = cue.i + 1
        if i < len(doc) and doc[i].idx == start and doc[i].dep_ == "prep" and \
                doc[i].head.i == comp.i and i + 1 < len(doc) and doc[i + 1].ent_type_ in _WHEN:
            i += 2  # past the preposition and the date's first word
            while i < len(doc) and doc[i].ent_iob_ == "I":
                i += 1
            return doc[i].idx if i < len(doc) else start
        return start

    def _as_clause(self, tok: Token) -> bool:
        """ "Paris, as the minister pointed out, has never hosted the games", "as the governor
        put it, ...": a cue in an "as" clause with nothing to report of its own says the clause
        it hangs on."""
        if tok.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children
        ):
            return False
        said = [c for c in tok.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
        return all(c.lower_ in _SAID_PRONOUNS for c in said)

    def _clause_of(self, tok: Token) -> Token | None:
        """The reported clause: a clausal complement in the cue's paragraph (the one after it
        first), one parsed under a prepositional object, or an embedded question."""
        para = self._paragraph(tok.idx)
        comps = [
            c for c in tok.children if c.dep_ == "ccomp" and para[0] <= c.idx < para[1]
        ]  # a clause the parser took from another paragraph is not this cue's
        comp = next((c for c in comps if c.i > tok.i), comps[0] if comps else None)
        if comp is not None and comp.i != comps[0].i and self._inside_quote(comps[0].idx) and \
                self.doc[comp.left_edge.i - 1].text == ",":
            comp = comps[0]  # '"Step down," Patel told Brook, after she admitted she ...'
        return comp or self._that_clause_after_prep(tok) or self._question_after(tok) or \
            self._clause_after_time(tok) or self._clause_hung_above(tok)

    def _clause_hung_above(self, tok: Token) -> Token | None:
        """ "Patel told Brook, after she admitted under questioning she had not been held
        accountable": the parser hangs the cue's clause on the verb that says it ("held" a
        complement of "told", "after she admitted" adverbial to it). A cue of an adverbial
        clause with a conjunction and a subject of its own, and no object or clause, reports
        the clause it hangs on when that one's subject comes after the cue."""
        clause = tok.head
        if tok.dep_ != "advcl" or clause.dep_ != "ccomp" or clause.i < tok.i:
            return None
        deps = {c.dep_ for c in tok.children}
        if "mark" not in deps or not deps.intersection(SUBJECTS) or deps & _OWN_OBJECTS:
            return None
        if _subject_after(clause, tok) is None or \
                self._paragraph(clause.idx) != self._paragraph(tok.idx):
            return None
        return clause

    def _clause_after_time(self, tok: Token) -> Token | None:
        """ "Berg said after the meeting he would not accept": a time phrase between the cue
        and its clause makes the parser read the clause as adverbial; one with a subject of
        its own and no conjunction ("if", "when") is what was said."""
        para_end = self._paragraph(tok.idx)[1]
        for clause in tok.rights:
            if clause.dep_ != "advcl" or clause.idx >= para_end:
                continue
            if any(c.dep_ == "mark" for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.i < clause.i and clause.left_edge.i < subject.i \
                    and clause.left_edge.dep_ == "prep":
                return clause
        return None

    def _clause_glued_before(self, tok: Token) -> tuple[int, int] | None:
        """ "The storm reached the coast, officials said" under a headline the parser joined to
        it: the cue's clause hangs in the line above, and what was said is the line's own
        words before ", officials said"."""
        para_start = self._paragraph(tok.idx)[0]
        if not any(c.dep_ == "ccomp" and c.idx < para_start for c in tok.lefts):
            return None
        subject = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
        if subject is None or subject.idx < para_start:
            return None
        comma = self.doc[subject.left_edge.i - 1]
        if comma.text != "," or comma.idx <= para_start:
            return None
        words = self.doc[self._token_before(para_start) + 1 : comma.i]
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        return para_start, comma.idx

    def _clause_taken_for_object(self, tok: Token) -> tuple[int, int] | None:
        """ 'The loopholes he cited are "...," the Courier reported': the parser takes the
        clause's subject, with the clause in its relative, for an object or a second subject
        before the cue's own. What was said is the words from there to the comma before the
        cue's subject."""
        subject = next((c for c in reversed(list(tok.lefts)) if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.lefts if c.dep_ in ("dobj", "nsubj")), None)
        if obj is None or subject is None or obj.i >= subject.i:
            return None
        last = subject.left_edge.i - 1
        while last > obj.i and self.doc[last].text in QUOTE_CHARS:
            last -= 1
        if self.doc[last].text != "," or not any(
                t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX") for t in obj.subtree):
            return None
        closing = self.doc[subject.left_edge.i - 1]
        return obj.left_edge.idx, closing.idx + len(closing)

    def _clause_before_trailing_cue(self, tok: Token) -> tuple[int, int] | None:
        """ "Ministers will press ahead, the secretary, Helen Marsh, told MPs": a cue the
        parser joined to the clause before its speaker says that clause, from the sentence's
        start to the comma before the speaker."""
        speaker = trailing_speaker(tok)
        if speaker is None:
            return None
        comma = self.doc[speaker.left_edge.i - 1]
        return max(tok.sent.start_char, self._paragraph(tok.idx)[0]), comma.idx

    def _clause_after_that(self, tok: Token) -> tuple[int, int] | None:
        """ "has long maintained that the tax cuts paid for themselves", parsed with the
        clause's subject as the cue's object and "that" as the object's mark: the object's
        words, "that" first."""
        for obj in tok.rights:
            first = obj.left_edge
            if obj.dep_ == "dobj" and first.dep_ == "mark" and first.lower_ == "that":
                return self._subtree(obj)
        return None

    def _question_after(self, tok: Token) -> Token | None:
        """ "Lawmakers have not said when they would vote": an embedded question right after
        the cue, which the parser hangs on it as an adverbial clause."""
        for clause in tok.rights:
            if clause.dep_ == "advcl" and clause.left_edge.lower_ in _WH_WORDS:
                return clause if clause.left_edge.i == tok.i + 1 else None
        return None

    def _object_of(self, tok: Token, verb: Verb) -> tuple[int, int] | None:
        """ "condemned the strike", "called him a liar", "accused them of lying": the object,
        with the predicate or preposition phrase that completes it. A bare pronoun object says
        nothing of its own ("denied it"); a verb of frame "k" reports only with the completion
        ("saw the vote as a warning", "likened the plan to theft", not "saw the vote")."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:  # "condemned what he called a breach": a free relative as object
            obj = next(
                (c for c in tok.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "what"), None
            )
        if obj is None:
            return self._object_in_predicate(tok, verb)
        preps = _OBJECT_PREPS + tuple(verb.preps) if "k" in verb.frames else _OBJECT_PREPS
        standing = [c for c in tok.children if c.dep_ == "advmod" and c.i == obj.right_edge.i + 1
                    and c.lower_ in _STANDING_ADVERBS]
        if standing:
            preps = (*preps, _MARGIN_PREP)
        completions = [
            c
            for c in tok.children
            if c.i > obj.i
            and (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
                 or c.dep_ == "dobj")  # "called her testimony | a story ...": a second object
        ] + standing
        if not completions and (obj.pos_ == "PRON" or "o" not in verb.frames):
            return None
        span = self._subtree(obj)
        for c in completions:
            span = (span[0], max(span[1], self._subtree(c)[1]))
        return span

    def _relative_object(self, tok: Token) -> list[tuple[int, int]] | None:
        """ "an explosion that the mayor described as an intentional act": a cue in a relative
        clause whose object is the relative pronoun says its completion of the noun the clause
        describes: "an explosion" and "as an intentional act", around speaker and cue."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if tok.dep_ != "relcl" or obj is None or obj.lower_ not in _RELATIVE or obj.i > tok.i:
            return None
        completions = [c for c in tok.rights if c.dep_ in ("oprd", "xcomp", "dobj") or
                       c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS]
        if not completions:
            return None
        noun = self._clean(tok.head.left_edge.idx, obj.idx)
        return [noun, (completions[0].left_edge.idx, self._subtree(completions[-1])[1])]

    def _object_in_predicate(self, tok: Token, verb: Verb) -> tuple[int, int] | None:
        """ "called Trump a liar" parsed with the name inside the predicate ("Trump" a
        modifier of "liar", or a predicate of its own): the words from the name to the last
        predicate, when a determiner after the name shows where the predicate starts."""
        predicates = [c for c in tok.rights if c.dep_ == "oprd"]
        if "o" not in verb.frames or not predicates:
            return None
        first = predicates[0]
        named_first = len(predicates) > 1 or any(
            c.dep_ == "det" and first.left_edge.i < c.i for c in first.children
        )
        if not named_first or first.left_edge.pos_ not in ("PROPN", "NOUN"):
            return None
        return self._subtree(first)[0], self._subtree(predicates[-1])[1]

    def _passive_subject(self, tok: Token) -> list[tuple[int, int]] | None:
        """ "The plan was criticized by the union": what a passive cue's agent said something
        about is its subject."""
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None:
            return None
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ in _RELATIVE or subject.i > tok.i:
            return None
        completion = agent_completion(agent)
        if completion is not None:  # "was described by a colleague as a safe pair of hands"
            return [self._subtree(subject), self._subtree(completion)]
        return [self._subtree(subject)]

    def _raised_passive(self, tok: Token) -> list[tuple[int, int]] | None:
        """ "The veto is expected to come before the deadline", "Ruiz is said to be furious": a
        passive cue of belief or report with no agent, whose subject the infinitive after it
        tells of, says someone unnamed holds it; the subject and the infinitive are the
        content."""
        if self._lemma(tok) not in _HELD_BY_SOMEONE or \
                not passive(tok) or \
                any(c.dep_ == "agent" for c in tok.children):
            return None
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        told = next((c for c in tok.rights if c.dep_ == "xcomp"), None)
        if subject is None or subject.i > tok.i or subject.lower_ in _RELATIVE or told is None \
                or not any(c.tag_ == "TO" for c in told.children):
            return None
        return [self._subtree(subject), self._subtree(told)]

    def _unattributed_passive(self, tok: Token, verb: Verb) -> list[tuple[int, int]] | None:
        """ "The official was accused of taking bribes", "the plan is considered a threat": a
        passive with no agent says someone unnamed holds the subject to be what completes the
        verb; the subject and the completion are the content, and no speaker is named."""
        if any(c.dep_ == "agent" for c in tok.children):
            return None
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ in _RELATIVE or subject.i > tok.i:
            return None
        preps = _OBJECT_PREPS + tuple(verb.preps)
        completion = next(
            (
                c
                for c in tok.rights
                if c.dep_ in ("oprd", "attr")
                or (
                    c.dep_ == "prep"
                    and c.lower_ in preps
                    and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
                )
            ),
            None,
        )
        if completion is None:
            return None
        return [self._subtree(subject), self._subtree(completion)]

    def _infinitive_of(self, tok: Token) -> tuple[int, int] | None:
        """ "vowed to stay", "urged all sides to talk": who is urged belongs to it. The parser
        sometimes hangs the infinitive on as an adverbial clause ("told them at a rally to
        go"): one opening with "to" counts too."""
        comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if comp is None:
            comp = next(
                (c for c in tok.rights if c.dep_ == "advcl" and c.left_edge.tag_ == "TO"), None
            )
        if comp is None or comp.i < tok.i:
            return None
        span = self._subtree(comp)
        obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < comp.i), None)
        if obj is not None:
            span = (self._subtree(obj)[0], span[1])
        return span

    def _prep_object(self, tok: Token, verb: Verb) -> Content | None:
        """ "spoke about X", "called for X to be Y", "called on X to Y": the preposition joins
        the cue."""
        for child in tok.rights:
            if child.dep_ == "advcl":
                # "called for the fees to be returned": a clause the parser opened with "for"
                mark = child.left_edge
                if mark.dep_ == "mark" and mark.head.i == child.i and mark.lower_ in verb.preps:
                    return [(mark.idx + len(mark), self._subtree(child)[1])], "prep", mark
                continue
            if child.lower_ not in verb.preps:
                continue
            if child.dep_ == "prep":
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    start, end = self._subtree(obj)
                    for later in tok.rights:  # "pointed to the deal as proof of ..."
                        as_proof = later.dep_ == "prep" and later.lower_ == "as"
                        # "called on supporters to watch the polls": the parser hangs the
                        # infinitive on the verb
                        asked_to = later.dep_ == "xcomp" and \
                            later.left_edge.i == obj.right_edge.i + 1
                        if later.i > child.i and (as_proof or asked_to):
                            end = max(end, self._subtree(later)[1])
                    return [(start, end)], "prep", child
            if child.dep_ == "prt":  # "called on police to act": the particle is in the cue
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                comp = next((c for c in tok.rights if c.dep_ == "xcomp"), None)
                if obj is not None:
                    end = self._subtree(comp if comp is not None else obj)[1]
                    return [(self._subtree(obj)[0], end)], "prep", tok
        return None

    def _past_quoted_conjunct(self, cue: Token, comp: Token, end: int) -> int:
        """The content's end past a quotation the parser joins to the cue instead of the
        clause ('said fraud is “a big problem” but “nobody dares to talk about it.”': the
        quoted words are the speaker's too)."""
        for conj in cue.children:
            if conj.dep_ != "conj" or conj.i < comp.i:
                continue
            cc = next((c for c in cue.children if c.dep_ == "cc" and comp.i < c.i < conj.i), None)
            if cc is None or cc.i + 1 >= len(self.doc):
                continue
            first, last = self.doc[cc.i + 1], self.doc[conj.right_edge.i]
            if first.text in QUOTE_CHARS and last.text in QUOTE_CHARS:
                return last.idx + len(last)
        return end

    def _without_outer_conjunct(self, comp: Token, cue: Token) -> tuple[int, int]:
        """The reported clause up to a reporting verb joined to it that reports on its own
        ("warned that A and said B": A only; `_outer_reporter` gives B the same speaker).
        A clause written before its cue holds all its verbs ("X stressed A and spoke with B
        about C, a statement said": the statement's words are all of it)."""
        start, end = self._subtree(comp)
        if comp.i < cue.i:
            return start, end
        contrast = self._contrasted_report(comp)
        if contrast is not None:
            return self._clean(start, contrast)
        for conj in comp.children:
            if conj.dep_ != "conj" or conj.i <= comp.i:
                continue
            left = conj.left_edge
            cc = next((c for c in comp.children if c.dep_ == "cc" and c.i < conj.i), None)
            if cc is not None and cc.i < left.i:
                left = cc
            if self._reports_alone(conj) or self._another_report(conj, left):
                return self._clean(start, left.idx)
        return start, end

    def _another_report(self, verb: Token, left: Token) -> bool:
        """A reporting verb with a subject and content of its own, set off by a comma
        ("that the deal would cost jobs, and several Democrats have signaled they will vote
        against it"): a report of its own, no part of the one before."""
        entry = self._entry(verb)
        if entry is None or verb.pos_ != "VERB" or passive(verb) or left.i == 0 or \
                self.doc[left.i - 1].text != ",":
            return False
        deps = {c.dep_ for c in verb.children}
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return False  # "said A, and that one mother told her B": said's second clause
        return "nsubj" in deps and self._has_content(verb, entry, deps)

    def _contrasted_report(self, comp: Token) -> int | None:
        """Where the reported clause stops before another source's report set against it after
        a comma ("warn that the rally may not last, while others say stocks remain cheap"),
        else None."""
        for clause in comp.rights:
            opener = clause.left_edge
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if clause.dep_ != "advcl" or opener.lower_ not in _CONTRASTS or \
                    self._entry(clause) is None or not subjects or _a_share(subjects[0]):
                continue
            comma = self.doc[opener.i - 1]
            if comma.text == ",":  # "as police shout" without one tells when, not who else
                return comma.idx
        return None

    def _reports_alone(self, verb: Token) -> bool:
        """A subjectless reporting verb with content of its own kind ("and said that ...")."""
        entry = self._entry(verb)
        if entry is None or verb.pos_ != "VERB":
            return False
        deps = {c.dep_ for c in verb.children}
        if deps & {"nsubj", "nsubjpass"} or passive(verb):
            return False
        return self._has_content(verb, entry, deps)

    @staticmethod
    def _has_content(verb: Token, entry: Verb, deps: set[str]) -> bool:
        """Whether a reporting verb has content of a kind its entry takes: a clause, an
        object, an infinitive or a preposition it reports with."""
        return bool(
            ("c" in entry.frames and "ccomp" in deps)
            or ("o" in entry.frames and "dobj" in deps)
            or ("x" in entry.frames and "xcomp" in deps)
            or any(c.dep_ == "prep" and c.lower_ in entry.preps for c in verb.children)
        )

    def _that_clause_after_prep(self, tok: Token) -> Token | None:
        """`said in a statement that ...`, `told a meeting that ...`: the clause parsed as one
        of the noun's, its "that" a conjunction (or an adverb) rather than the relative pronoun
        of "the report that the agency published"."""
        for prep in tok.children:
            if prep.dep_ not in ("prep", "dobj") or prep.i < tok.i:
                continue
            for obj in [prep] if prep.dep_ == "dobj" else prep.children:
                for clause in obj.children:
                    if clause.dep_ in ("acl", "relcl") and any(
                        m.dep_ in ("mark", "advmod") and m.lower_ == "that" for m in clause.children
                    ):
                        return clause
        return None

    def _around(self, tok: Token) -> list[tuple[int, int]]:
        """The clause around a parenthetical attribution: ", he said, " cut out of it."""
        sent = tok.sent
        inner = self._subtree(tok)
        own = [c.left_edge.idx for c in tok.lefts if c.dep_ in (*SUBJECTS, "mark")]
        if own:  # "What the plan does do, | economists agree, | is ...": the parser may hang
            inner = (min(own), inner[1])  # the host's words on the cue before its subject
        left = (sent.start_char, inner[0])
        right = (inner[1], sent.end_char)
        pieces = [p for p in (left, right) if p[1] > p[0]]
        return [p for p in pieces if not _only_a_link(self.text[p[0]:p[1]])]


def _only_a_link(text: str) -> bool:
    """Whether a piece around a parenthetical cue is a conjunction or a sentence adverb alone
    ("But | as the office noted, | most of it ...")."""
    return text.strip(" ,;:—–-\n").lower() in _LINK_WORDS


def _object_as_subject(cue: Token, clause: Token, start: int) -> int:
    """Where a clause starts whose subject the parser took for the cue's object ("warned |
    the city | cannot afford it"): at that object, when it stands right before a clause with
    no subject of its own; else `start`."""
    if any(c.dep_ in (*SUBJECTS, "expl") for c in clause.children) or \
            clause.left_edge.dep_ == "mark":
        return start
    for obj in cue.children:
        if obj.dep_ == "dobj" and obj.right_edge.i + 1 == clause.left_edge.i and \
                not any(c.dep_ == "relcl" for c in obj.children):
            return obj.left_edge.idx  # not "told a woman who asked ... | is not ...": whom
    return start


def _subject_after(clause: Token, cue: Token) -> Token | None:
    """The clause's subject after the cue: "he would not accept" of "said after the meeting he
    would not accept", "his record" of "Berg, even as he says his record makes him ..."."""
    return next((c for c in clause.children if c.dep_ in SUBJECTS and c.i > cue.i), None)


def _past_subjectless_head(cue: Token, end: int) -> int:
    """ "Critics note that Berg, even as he says ..., has proposed little": the parser ends the
    clause before the verb that lost its subject to it ("has proposed", on which it hangs the
    cue as a clause or as the subject); what was said runs on through that verb's words."""
    head = cue.head
    if cue.dep_ not in ("ccomp", "nsubj") or head.i < cue.i or head.idx < end or \
            any(c.dep_ in SUBJECTS and c.i != cue.i for c in head.children):
        return end
    last = head.right_edge
    while last.is_punct and last.i > head.i:
        last = last.nbor(-1)
    return last.idx + len(last.text)


def _a_share(subject: Token) -> bool:
    """Whether `subject` is a share of those the report is about ("found that 48 percent
    support the plan, while 44 percent oppose it"): the rest of one finding, no other source."""
    return subject.like_num or subject.lower_ in _SHARE_WORDS
