"""Claims from direct quotes: each quotation and its attribution.

The attribution after the quote ("...," the ministry said), before it (X said: "...") or in a
signature after a dash; quotes that carry on after the attribution in the same paragraph join
the claim; a paragraph that is only a quote continues the previous speaker's turn.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from heapq import heapify, heappop, heappush
from itertools import accumulate

from spacy.tokens import Token

from ..common import word_before
from .quotes import Quote
from .speakers import speaker_span
from .state import (
    QUOTE_CHARS,
    SUBJECTS,
    VOICING,
    ClaimDraft,
    utterance_nouns,
)
from .subjects import SpeakerFinder

_FINAL = {".", "!", "?", ";"}
_ATTRIBUTION_END = ",?!—–-…:"  # how a quote that hands over to "he said" ends
_MAX_SPEAKER_GAP = 14  # tokens between a quote and its "he said"
_MAX_CUE_GAP = 60  # tokens between "he told reporters on Monday" and the colon before a quote
_DASH_NAME = re.compile(
    r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*"
    r"([A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,5})[ \t\u00a0.]*(?:\n|$)"
)
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
# characters between a claim and a quote paragraph that may still continue its turn: a line
# break and the claim's own attribution ("..., the minister said on Tuesday in a statement.")
_MAX_TURN_GAP = 400
_MAX_INDENT = 40  # blanks before the mark of a paragraph that opens with a quote
_MIN_SIGNED_QUOTE_WORDS = 5  # a quote signed with a dash outside prose: a claim from this long
_MAX_PLAIN_ATTRIBUTION = 5  # tokens of "he said" after a quote that hands over no comma
_MAX_CARRY_GAP = 3  # characters (spaces, commas, stops) between an attribution and its quote
_PERSON_RELATIVES = frozenset({"who", "whose"})  # a clause on a speaker: ", who chairs the board"
_MAX_ATTRIBUTION_CHARS = 120  # a sentence between two quotes that only attributes the first
_MIN_CONTINUATION_WORDS = 4  # a quote paragraph continuing the last speaker: at least this long
_MAX_LEFTOVER_WORDS = 3  # short words left beside a claim's attribution before a paragraph break


class DirectQuotes(SpeakerFinder):
    """Finds the claims whose content is a quotation."""

    def _direct_quotes(self) -> None:
        quotes = self.quotes
        i = 0
        while i < len(quotes):
            quote = quotes[i]
            if not self._prose(quote.start, quote.end):
                # captions and headlines hold no claims; a signed quote is neither
                words = len(self.text[quote.start : quote.end].split())
                long_enough = words >= _MIN_SIGNED_QUOTE_WORDS
                draft = self._dash_attribution(quote) if long_enough else None
            else:
                draft = self._quote_after(quote) or self._quote_before(quote)
            if draft is None:
                i += 1
                continue
            # quotes that carry on after the attribution, in the same paragraph
            last_token = max(draft.used) if draft.used else self._token_before(quote.end)
            last_token = self._past_speaker_title(last_token)
            j = i + 1
            while j < len(quotes) and (
                self._carries_on(last_token, quotes[j])
                or self._resumed_by(draft, quotes[j])
                or self._past_attribution(draft, quotes[j - 1], quotes[j])
            ):
                nxt = quotes[j]
                if self._quote_after(nxt, probe=True):
                    break
                draft.fragments.extend(nxt.pieces)
                last_token = self._token_before(nxt.end)
                j += 1
            self.drafts.append(draft)
            i = j

    def _continued_turns(self) -> None:
        """Quote paragraphs with no attribution of their own continue the turn of the speaker
        of the paragraph before, quoted or reported (run after the other passes).

        One walk over the quotes in text order: the drafts that end before each quote come off
        a heap, so the last of them is known without a scan of all drafts per quote.
        """
        claimed = self._claimed()
        pending = [(d.content_end, k, d) for k, d in enumerate(self.drafts)]
        heapify(pending)
        last: ClaimDraft | None = None
        for quote in self.quotes:
            while pending and pending[0][0] <= quote.start:
                end, _, draft = heappop(pending)
                if last is None or end > last.content_end:
                    last = draft  # of drafts ending together, the one found first
            if claimed(quote.start, quote.start + 1) or not self._prose(quote.start, quote.end):
                continue
            draft = self._continuation(quote, last)
            if draft:
                heappush(pending, (draft.content_end, len(self.drafts), draft))
                self.drafts.append(draft)

    def _quote_after(self, quote: Quote, *, probe: bool = False) -> ClaimDraft | None:
        """ "...," the ministry said. / "...," said Smith. / "...," according to X."""
        text = self.text
        if not quote.closed or not self._starts_sentence(quote.start):
            return None
        dash = self._dash_attribution(quote)
        if dash is not None:
            return dash
        inner_end = quote.end - 1
        while inner_end > quote.start and text[inner_end - 1] in QUOTE_CHARS:
            inner_end -= 1
        handover = text[inner_end - 1 : inner_end] in _ATTRIBUTION_END or text[
            quote.end : quote.end + 1
        ] in (",", "—", "–")
        window = self._window_after(quote)
        if not window or (not handover and len(window) > _MAX_PLAIN_ATTRIBUTION):
            return None
        if window[0].lower_ == "according" and len(window) > 2 and window[1].lower_ == "to":
            return self._quote_according_to(quote, window, probe=probe)
        return self._cue_in_window(quote, window, probe=probe)

    def _window_after(self, quote: Quote) -> list[Token]:
        """The tokens after a quote up to the sentence's or line's end or the next quote, at
        most `_MAX_SPEAKER_GAP`, leading punctuation dropped: where its attribution can be."""
        doc = self.doc
        window: list[Token] = []
        j = bisect_left(self.starts, quote.end)
        while j < len(doc) and len(window) < _MAX_SPEAKER_GAP:
            tok = doc[j]
            if "\n" in tok.text or tok.text in _FINAL or tok.idx in self.quote_start_set:
                break
            window.append(tok)
            j += 1
        while window and window[0].is_punct:
            window.pop(0)
        return window

    def _quote_according_to(
        self, quote: Quote, window: list[Token], *, probe: bool
    ) -> ClaimDraft:
        """ "...," according to X."""
        first, to = window[0], window[1]
        if probe:
            return ClaimDraft("probe", "", None, [])
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        speaker = speaker_span(pobj) if pobj is not None else None
        used = {first.i, to.i} | (set(range(*speaker)) if speaker else set())
        self.used_cues.add(first.i)
        return ClaimDraft(
            "quote-according-to",
            "according to",
            (first.idx, to.idx + len(to.text)),
            list(quote.pieces),
            speaker,
            quote="direct",
            used=used,
        )

    def _cue_in_window(
        self, quote: Quote, window: list[Token], *, probe: bool
    ) -> ClaimDraft | None:
        """ "...," the ministry said: the first verb after the quote, if it reports speech."""
        resumes = self._next_quote_start(quote)
        for tok in window:
            if self._introduces_quotes(tok):
                # '..., he said that ...' reports more; '..., he said, "..."' resumes the quote
                if any(
                    c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.idx < resumes
                    and not _absolute_participle(c)
                    for c in tok.children
                ):
                    return None
                if probe:
                    return ClaimDraft("probe", "", None, [])
                speaker = self._speaker_of(tok, after_quote=quote.end)
                if speaker is None:
                    speaker = self._speaker_in_window(window, tok)
                self.used_cues.add(tok.i)
                # the attribution runs to the sentence end or to the comma after the cue
                rest = window[window.index(tok) :]
                comma = next((t for t in rest if t.text in (",", ";", "—", "–")), None)
                used = {t.i for t in window if comma is None or t.i < comma.i}
                if speaker:
                    used |= set(range(*speaker))
                return ClaimDraft(
                    "quote-after",
                    self._cue_lemma(tok),
                    self._cue_span(tok),
                    list(quote.pieces),
                    speaker,
                    quote="direct",
                    used=used,
                )
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass", "amod"):
                return None  # another verb comes first: not an attribution
        return None

    def _next_quote_start(self, quote: Quote) -> int:
        """Where the quote after `quote` opens (the text's end if none does)."""
        k = bisect_right(self.quote_starts, quote.start)
        return self.quotes[k].start if k < len(self.quotes) else len(self.text)

    def _dash_attribution(self, quote: Quote) -> ClaimDraft | None:
        """ "..." ― Jane Doe: a quote signed with a dash and a name closing its paragraph."""
        text = self.text
        match = _DASH_NAME.match(text, quote.end)
        if not match:
            return None
        first = bisect_left(self.starts, match.start(2))
        last = bisect_left(self.starts, match.end(2))
        if first >= last:
            return None
        return ClaimDraft(
            "quote-dash",
            match.group(1),
            match.span(1),
            list(quote.pieces),
            (first, last),
            quote="direct",
            used=set(range(first, last)),
        )

    def _quote_before(self, quote: Quote) -> ClaimDraft | None:
        """X said: "..." / X said, "..." / X continued:<paragraph>"..." """
        doc = self.doc
        i = bisect_left(self.starts, quote.start) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text not in (":", ",", "—", "–"):
            return None
        separator = doc[i]
        if "\n" in self.text[separator.idx : quote.start] and separator.text != ":":
            return None
        lower = doc[i].sent.start
        k = bisect_right(self.quote_starts, quote.start) - 2
        if k >= 0 and self.quotes[k].end > doc[lower].idx:
            lower = bisect_left(self.starts, self.quotes[k].end)
        found = self._introducer(i, lower)
        if found is None:
            return None
        tok, cue, cue_span = found
        speaker = self._speaker_of(tok)
        self.used_cues.add(tok.i)
        subject = self._subject_before(speaker, tok, separator, quote)
        if subject is not None:  # "His rivals, he said, "have nothing to say.""
            return ClaimDraft("quote-before", cue, cue_span, [subject, *quote.pieces], speaker,
                              quote="mixed")
        return ClaimDraft(
            "quote-before",
            cue,
            cue_span,
            list(quote.pieces),
            speaker,
            quote="direct",
        )

    def _subject_before(self, speaker: tuple[int, int] | None, cue: Token, separator: Token,
                        quote: Quote) -> tuple[int, int] | None:
        """The words opening the sentence before a parenthetical "he said," when the quote
        after it carries on their sentence in lower case ("The plan, the mayor said, "will pay
        for itself""): the claim's subject, as its character range; else None."""
        opening = self.text[quote.start:quote.end].lstrip("".join(QUOTE_CHARS) + " ")
        if speaker is None or not opening[:1].islower() or speaker[0] < 2 or \
                self.doc[speaker[0] - 1].text != "," or \
                max(cue.i + 1, speaker[1]) != separator.i:
            return None  # "X said Friday that if ..., "she would ..."": said's own clause
        comma = self.doc[speaker[0] - 1]
        first = comma.sent.start
        start, end = self.doc[first].idx, comma.idx
        words = self.text[start:end]
        if first >= comma.i or any(c in words for c in QUOTE_CHARS) or "\n" in words:
            return None
        return start, end

    def _introducer(self, i: int, lower: int) -> tuple[Token, str, tuple[int, int]] | None:
        """The verb that introduces what follows the separator at token `i`, with its cue
        and the cue's span: a reporting verb ("X said:", "she told them,"), or before a colon a
        verb voicing a noun of something said right before it ('The governor issued a
        statement:', 'made the following comment:', the cue running from verb to noun)."""
        tok = self._cue_before(i, lower)
        if tok is not None:
            return tok, self._cue_lemma(tok), self._cue_span(tok)
        noun = self.doc[i - 1] if i > 0 and self.doc[i].text == ":" else None
        if noun is None or noun.lemma_.lower() not in utterance_nouns() or noun.dep_ != "dobj":
            return None
        verb = noun.head
        if verb.lemma_ not in VOICING or verb.i in self.used_cues or verb.i > noun.i:
            return None
        return verb, self.text[verb.idx:noun.idx + len(noun)].lower(), \
            (verb.idx, noun.idx + len(noun))

    def _blocks_after_colon(self) -> None:
        """ "Brook added:" closing its paragraph, then a paragraph without quotation marks: the
        paragraph is what was said, as a blockquote sets it off (one paragraph; a quoted one is
        `_quote_before`'s)."""
        claimed = self._claimed()
        for colon in self._tokens_named([":"]):
            line_end = self._paragraph(colon.idx)[1]
            if self.text[colon.idx + 1 : line_end].strip():
                continue
            start = line_end
            while start < len(self.text) and self.text[start].isspace():
                start += 1
            if start >= len(self.text) or self.text[start] in QUOTE_CHARS:
                continue
            block = self.text[start : self._paragraph(start)[1]].rstrip()
            start, end = self._clean(start, start + len(block))
            if len(block.split()) < _MIN_CONTINUATION_WORDS or not self._prose(start, end) or \
                    block[-1] not in _FINAL:
                continue
            if claimed(start, end):
                continue  # a claim holds some of it already
            found = self._introducer(colon.i, colon.sent.start)
            speaker = self._speaker_of(found[0]) if found is not None else None
            if speaker is None:
                continue
            tok, cue, cue_span = found
            self.used_cues.add(tok.i)
            self.drafts.append(ClaimDraft(
                "block-after-colon", cue, cue_span, [(start, end)], speaker, quote="direct",
            ))

    def _claimed(self) -> Callable[[int, int], bool]:
        """Whether the characters [start, end) overlap a content found so far: one search of
        the drafts' sorted starts and running ends, not a scan of every draft per question."""
        spans = sorted((d.content_start, d.content_end) for d in self.drafts)
        starts = [s for s, _ in spans]
        reach = list(accumulate((e for _, e in spans), max))  # furthest end so far

        def overlaps(start: int, end: int) -> bool:
            k = bisect_left(starts, end) - 1  # the drafts starting before `end`
            return k >= 0 and reach[k] > start

        return overlaps

    def _cue_before(self, i: int, lower: int) -> Token | None:
        """The unused verb that introduces what follows the separator at token `i` ("X said:",
        "she told them,"), looked for back to token `lower`; None when a verb of another clause
        or something the verb says itself comes first."""
        doc = self.doc
        for j in range(i - 1, max(lower, i - _MAX_CUE_GAP) - 1, -1):
            tok = doc[j]
            if "\n" in tok.text:
                return None
            if self._introduces_quotes(tok):
                if tok.i in self.used_cues:
                    return None
                if any(
                    c.dep_ in ("ccomp", "dobj") and tok.i < c.i < i for c in tok.children
                ) and not self._only_addressee(tok, i):
                    return None
                if self._subject_of_quote(tok.i, i):
                    return None
                return tok
            if tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "ccomp", "conj", "advcl"):
                return None
        return None

    def _subject_of_quote(self, verb: int, separator: int) -> bool:
        """Whether a subject stands between the verb and the separator whose own verb is in
        the quotation: 'Hale said the incumbent, Sen. Laura Benning, "has never met ..."'
        reports the incumbent's clause, of which the quotation is the rest."""
        doc = self.doc
        return any(
            doc[j].dep_ in SUBJECTS and doc[j].head.i > separator
            for j in range(verb + 1, separator)
        )

    def _introduces_quotes(self, tok: Token) -> bool:
        """Whether `tok` is a verb that can attribute a quotation ("said", "added")."""
        verb = self._entry(tok)
        return verb is not None and "q" in verb.frames and tok.pos_ in ("VERB", "AUX")

    def _only_addressee(self, verb: Token, limit: int) -> bool:
        """`told reporters:` - the object between the cue and the quote is the addressee."""
        objects = [c for c in verb.children if c.dep_ in ("ccomp", "dobj") and verb.i < c.i < limit]
        return all(
            c.dep_ == "dobj"
            and c.ent_type_ in ("", "PERSON", "ORG", "NORP")
            and verb.lemma_ in ("tell", "ask", "remind", "inform", "assure")
            for c in objects
        )

    def _past_speaker_title(self, last_token: int) -> int:
        """The end of the title or clause set off after an attribution's last word, its
        speaker: the quotation carries on after '"...," said Rafael Ostrowski, her campaign
        chairman.', '"...," said one member, who asked not to be named.' and past the last of
        several: '"...," said Ann Lee, 42, who farms nearby.' (not past a clause on a place:
        '..., he told a crowd in Dover, where supporters cheered.')."""
        speaker = self.doc[last_token]
        if speaker.is_space:  # the blanks of a link's target after the name, in Markdown
            speaker = word_before(speaker) or speaker
        titles = [c for c in speaker.children if c.i > speaker.i and (
            c.dep_ == "appos" or c.dep_ == "relcl" and c.left_edge.lower_ in _PERSON_RELATIVES
        )]
        return titles[-1].right_edge.i if titles else last_token

    def _carries_on(self, last_token: int, quote: Quote) -> bool:
        """Whether `quote` follows the attribution ending at `last_token` in the same paragraph."""
        end = self.doc[last_token].idx + len(self.doc[last_token]) if last_token >= 0 else 0
        gap = self.text[end : quote.start]
        return (
            "\n" not in gap and len(gap) <= _MAX_CARRY_GAP and all(c in " ,.;:—–" for c in gap)
        )

    def _past_attribution(self, draft: ClaimDraft, before: Quote, quote: Quote) -> bool:
        """Whether `quote` follows a sentence that is nothing but the attribution of the one
        `before` it, however long, in the same paragraph: '"...," he told a crowd in Naples,
        Florida, on Sunday. "..."' (no verb between the quotes but the cue and participles)."""
        if draft.rule != "quote-after" or draft.cue_span is None:
            return False
        gap = self.text[before.end : quote.start]
        if "\n" in gap or len(gap) > _MAX_ATTRIBUTION_CHARS or not gap.rstrip().endswith("."):
            return False
        first, last = bisect_left(self.starts, before.end), bisect_left(self.starts, quote.start)
        # a participle tells how it was said: "..., his voice cracking.", "..., pointing at it."
        verbs = [t for t in self.doc[first:last] if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"]
        return len(verbs) == 1 and verbs[0].idx == draft.cue_span[0]

    def _resumed_by(self, draft: ClaimDraft, quote: Quote) -> bool:
        """Whether `quote` is the rest of the quotation its cue's parse takes as said's
        complement, past a longer attribution in the same paragraph ('"...," Smith said at a
        rally in Dover, "..."')."""
        if draft.rule != "quote-after" or draft.cue_span is None:
            return False
        cue = self.doc[bisect_left(self.starts, draft.cue_span[0])]
        if "\n" in self.text[cue.idx : quote.start]:
            return False
        return any(
            c.dep_ == "ccomp" and quote.start <= c.left_edge.idx < quote.end for c in cue.children
        )

    def _continuation(self, quote: Quote, last: ClaimDraft | None) -> ClaimDraft | None:
        """A paragraph that is a quote with no cue continues the speaker of `last`, the claim
        ending last before it, when only that claim's attribution lies between them."""
        text = self.text
        line_start = self._paragraph(quote.start)[0]
        if quote.start - line_start > _MAX_INDENT or text[line_start : quote.start].strip():
            return None
        if len(text[quote.start : quote.end].split()) < _MIN_CONTINUATION_WORDS:
            return None
        if last is None or line_start - last.content_end > _MAX_TURN_GAP:
            return None
        between = text[last.content_end : line_start]
        only_marks = "\n" in between and not between.strip(" \t\n\r.,\"”’'").strip()
        if not only_marks and not self._only_attribution(between, last):
            return None
        if last.speaker is None and last.speaker_text is None:
            return None
        speaker_text = last.speaker_text
        if speaker_text is None and last.speaker is not None:
            speaker_text = self.doc[last.speaker[0] : last.speaker[1]].text
        ids = last.speaker_ids
        if ids is None and last.speaker is not None:
            ids = self._resolve(last.speaker)
        return ClaimDraft(
            "quote-continuation",
            last.cue,
            None,
            list(quote.pieces),
            None,
            speaker_text,
            ids or [],
            quote="direct",
        )

    def _only_attribution(self, tail: str, last: ClaimDraft) -> bool:
        """The text between a claim's content and the next paragraph is its own attribution."""
        if tail.count("\n") == 0:
            return False
        spans = [last.cue_span] if last.cue_span else []
        if last.speaker is not None:
            sp = self.doc[last.speaker[0] : last.speaker[1]]
            spans.append((sp.start_char, sp.end_char))
        rest = tail
        for s, e in spans:
            piece = self.text[s:e]
            rest = rest.replace(piece, " ", 1)
        return len(rest.split()) <= _MAX_LEFTOVER_WORDS and not _LONG_WORD.search(rest)


def _absolute_participle(clause: Token) -> bool:
    """Whether a clause the parser hangs on a cue as its complement is a participle set off by
    a comma, telling how the words were said ("..., his voice cracking."), not what."""
    first = clause.left_edge
    return clause.tag_ == "VBG" and first.i > 0 and clause.doc[first.i - 1].text == "," and \
        not any(c.dep_ == "mark" for c in clause.children)
