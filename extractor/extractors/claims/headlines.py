"""Headline attributions: "Pence: Rival won't be at debate", "Poll: Voters abandon party".

A headline often names who says what it reports before a colon. The label is a speaker only
when it is someone the story names (a person or an organisation among the actor records, or
an entity NER calls so) or a poll, survey or study; a section label ("Analysis:", "Live
updates:"), a place ("Ukraine:") or a title ("A Curious Plan: ...") is not, and what follows
the colon must be a clause, not a phrase ("Biden: A Life in Politics").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...body import has_verb
from ...calendar_names import MONTHS, WEEKDAYS
from ...lines import Line
from .state import ClaimDraft, ClaimState, finding_sources

# the label before the colon: a few words, no sentence ("Obama on Climate Change")
_LABEL = re.compile(r"[ \t]*(?P<label>[^:\n]{2,60}?):[ \t]+\S")
_TOPIC = re.compile(r"\s+on\s+", re.IGNORECASE)  # "Obama on Climate Change": who, then what of
_SPEAKING_TYPES = {"person", "organization", "group"}
_SPEAKING_ENTITIES = {"PERSON", "ORG"}
# sources of findings whose name also labels a kind of article ("Analysis: Why the vote
# matters", "Review: ...")
_ARTICLE_KINDS = {"analysis", "review"}
_MAX_LABEL_TOKENS = 4
# the headline is the body's first line and the title lines (subheads) right after it
MAX_HEADLINE_LINES = 4


class HeadlineAttributions(ClaimState):
    """The claims headlines attribute by a speaker's label and a colon."""

    def _headline_labels(self) -> None:
        for start, end in self._headline_lines():
            match = _LABEL.match(self.text, start, end)
            if match is None:
                continue
            label_start, label_end = match.span("label")
            topic = _TOPIC.search(self.text, label_start, label_end)
            speaker_end = topic.start() if topic else label_end
            speaker = self._label_speaker(label_start, speaker_end)
            content = self._clean(label_end + 1, end)
            if self.text[content[1] - 1 : content[1]] == ".":
                content = (content[0], content[1] - 1)  # the headline's full stop
            if speaker is None or content[1] <= content[0] or not self._holds_clause(*content) \
                    or self._dated(content[0]):
                continue
            self.drafts.append(ClaimDraft("headline-label", ":", (label_end, label_end + 1),
                                          [content], speaker, quote=self._headline_quote(*content)))

    def _headline_quote(self, start: int, end: int) -> str:
        """`direct` for a headline's words in one quotation ("Lynch: 'Be the voice people
        hear.'"); else `indirect`: quote marks around a word or two of a headline are the desk's
        shorthand ("Trump Was 'Mocking' Clinton Camp"), no speaker's words set apart."""
        quotes = self._quotes_over(start, end)
        whole = len(quotes) == 1 and quotes[0].start <= start and end <= quotes[0].end
        return "direct" if whole else "indirect"

    def _headline_lines(self) -> list[tuple[int, int]]:
        """The body's first line and the non-prose lines after it, up to the first prose."""
        found: list[tuple[int, int]] = []
        offset = self.ctx.body.start
        while offset < len(self.text) and len(found) < MAX_HEADLINE_LINES:
            start, end = self._paragraph(offset)
            offset = end + 1
            if not self.text[start:end].strip():
                continue
            if found and self._prose(start, end):
                break
            found.append((start, end))
        return found

    def _label_speaker(self, start: int, end: int) -> tuple[int, int] | None:
        """The token range of a label that names a speaker, else None."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if not 0 < j - i <= _MAX_LABEL_TOKENS:
            return None
        tokens = self.doc[i:j]
        if len(tokens) > 1 and all(t.is_upper for t in tokens if t.is_alpha):
            return None  # a kicker in capitals: "LIKELY FOE:", "BREAKING NEWS:"
        noun = tokens[-1].lemma_.lower()
        if noun in finding_sources() and noun not in _ARTICLE_KINDS and \
                tokens[-1].text[:1].isupper():
            return i, j  # "Poll:", "New Survey:"
        if any(e.label_ in _SPEAKING_ENTITIES and e.start == i and e.end == j
               for e in tokens.ents):
            return i, j
        named = self.resolver.by_name(tokens.text)  # "Pence:" after "Mike Pence" in the story
        if named is not None and self.resolver.actors[named].type in _SPEAKING_TYPES and \
                all(t.text[:1].isupper() for t in tokens):
            return i, j
        return None

    def _dated(self, start: int) -> bool:
        """Whether what follows the colon opens with a date: a timestamp's label ("Story
        Created: Aug 7, 2012 at 9:56 AM"), which NER may take for a name."""
        first = self.doc[bisect_left(self.starts, start)]
        word = first.lower_.rstrip(".")
        return first.ent_type_ in ("DATE", "TIME") or word in MONTHS or word in WEEKDAYS

    def _holds_clause(self, start: int, end: int) -> bool:
        """Whether [start, end) holds a verb: a claim, not a title's noun phrase. Title case
        hides verbs from the tagger ("Voters Worried About ..."): a common verb form counts."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return any(t.pos_ in ("VERB", "AUX") for t in self.doc[i:j]) or \
            has_verb(Line.of(self.text[start:end]))
