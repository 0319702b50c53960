"""Claims cued by a stance noun or adjective: "his claims about X", "the senator's concerns over
X", "critics were skeptical that ...", "Smith has been critical of X". The content is the object
of the listed preposition or the "that" clause; the speaker is the noun's possessor, the subject
of the verb the noun is the object of ("voters expressed concern about X"), or the adjective's
subject. Without a speaker the phrase is an abstract noun ("concerns about the economy"), and no
claim is made of it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...data import lines
from .speakers import speaker_span
from .state import SUBJECTS, VOICING, ClaimDraft, passive
from .subjects import SpeakerFinder

_WHEN = {"DATE", "TIME"}


@cache
def stance_words() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in lines("claims/stance_words.tsv"):
        word, _, preps = line.partition("\t")
        table.setdefault(word.strip(), set()).update(p.strip() for p in preps.split(","))
    return {w: frozenset(p) for w, p in table.items()}


class StanceCues(SpeakerFinder):
    """Finds the claims of stance nouns and adjectives."""

    def _stance_cues(self) -> None:
        words = stance_words()
        for tok in self._tokens_named(words):
            if tok.i in self.used_cues or not (
                tok.pos_ in ("NOUN", "ADJ") or (tok.tag_ == "VBN" and (
                    tok.dep_ == "acomp" or passive(tok)))
            ):
                continue
            preps = words.get(tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_)
            if preps is None:
                continue
            content, cue_end = self._stance_content(tok, preps)
            if content is None:
                continue
            speaker = self._stance_speaker(tok)
            if speaker is None:
                continue
            para = self._paragraph(tok.idx)
            s, e = self._clean(max(content[0], para[0]), min(content[1], para[1]))
            if e <= s or not any(ch.isalpha() for ch in self.text[s:e]):
                continue
            if not self._prose(s, e) or any(s <= self.doc[i].idx < e for i in range(*speaker)):
                continue
            self.used_cues.add(tok.i)
            self.drafts.append(
                ClaimDraft(
                    "stance",
                    self.text[tok.idx : cue_end].lower(),
                    (tok.idx, cue_end),
                    [(s, e)],
                    speaker,
                    used=set(range(*speaker)),
                )
            )

    def _stance_content(
        self, tok: Token, preps: frozenset[str]
    ) -> tuple[tuple[int, int] | None, int]:
        for child in tok.children:
            if child.i < tok.i:
                continue
            if child.dep_ == "prep" and child.lower_ in preps:
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and obj.ent_type_ not in _WHEN:
                    return self._subtree(obj), child.idx + len(child)
            if (
                "that" in preps
                and child.dep_ in ("acl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
            ):
                start, end = self._subtree(child)
                mark = next(m for m in child.children if m.dep_ == "mark")
                return (mark.idx + len(mark), end), tok.idx + len(tok)
        return None, tok.idx + len(tok)

    def _stance_speaker(self, tok: Token) -> tuple[int, int] | None:
        if tok.pos_ == "NOUN":
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                if owner.lower_ in ("its", "their", "his", "her", "my", "our", "your"):
                    return (owner.i, owner.i + 1)
                start, end = speaker_span(owner)
                if end - start > 1 and self.doc[end - 1].tag_ == "POS":
                    end -= 1
                return (start, end)
            if tok.dep_ == "dobj" and tok.head.lemma_ in VOICING:
                verb = tok.head
                subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
                if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN"):
                    return speaker_span(subject)
            return None
        if tok.dep_ in ("acomp", "oprd") or passive(tok):
            # "critics were skeptical that ...", "fishermen were frustrated that ...", which
            # the parser reads as a passive verb
            holder = tok.head if tok.dep_ in ("acomp", "oprd") else tok
            subject = next((c for c in holder.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.lower_ not in ("it", "there"):
                return speaker_span(subject)
        return None

