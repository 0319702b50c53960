"""Which claims found inside another claim's content stand as claims of their own.

A clause reported inside reported speech is a nested attribution and stays, beside the outer
claim: "Duarte said Spain believed that the talks ..." gives Duarte's claim and Spain's. An
act described inside someone's words is that someone's account, not a statement of the actor
doing it: in "the union said Holm had shown bad judgment", Holm showed, said nothing;
in "the ad suggests that the officers support the campaign", the officers made no claim. Such
inner cues (an object, an infinitive, a prepositional object, a stance word, a passive) are
dropped, except a verb of speech that is the main clause of a sentence whose source comes last
("The envoy reiterated the commitment ..., a statement said"): the sentence tells that the envoy
spoke, and the statement is where the telling comes from.
"""

from __future__ import annotations

from bisect import bisect_right

from .state import ClaimDraft, reporting_verbs

# rules whose content describes an act rather than reporting a clause or a quotation
_ACT_RULES = {"dobj", "xcomp", "prep", "stance", "passive", "passive-unattributed"}
_SPEECH_FRAMES = set("cq")  # a verb that can report a clause or introduce a quotation


def without_nested_acts(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The drafts less the acts whose cue lies inside another draft's content."""
    covered = _Coverage(drafts)
    kept = []
    for k, draft in enumerate(drafts):
        outer = None
        if draft.rule in _ACT_RULES and draft.cue_span is not None:
            outer = covered.by_other(draft.cue_span[0], k)
        if outer is None or (_is_speech(draft) and _source_last(drafts[outer])):
            kept.append(draft)
    return kept


def _is_speech(draft: ClaimDraft) -> bool:
    verbs = reporting_verbs()
    entry = verbs.get(draft.cue) or verbs.get(draft.cue.split()[0])
    return entry is not None and bool(_SPEECH_FRAMES & set(entry.frames))


def _source_last(draft: ClaimDraft) -> bool:
    """Whether the claim's cue comes after its content ("..., a statement said")."""
    return draft.cue_span is not None and draft.cue_span[0] >= draft.content_end


class _Coverage:
    """Answers "which other draft's content covers this offset" by bisect: the content pieces
    sorted once by start, with the furthest end reached so far and its draft, and the furthest
    end of any other draft with that one (an act's own content may hold its cue: "condemned
    what he called a breach")."""

    def __init__(self, drafts: list[ClaimDraft]) -> None:
        pieces = sorted((s, e, k) for k, draft in enumerate(drafts) for s, e in draft.fragments)
        self.starts = [s for s, _, _ in pieces]
        self.best: list[tuple[int, int]] = []  # (furthest end so far, its draft)
        self.second: list[tuple[int, int]] = []  # the same among the other drafts
        best, second = (-1, -1), (-1, -1)
        for _, end, k in pieces:
            if k == best[1]:
                best = (max(best[0], end), k)
            elif end > best[0]:
                best, second = (end, k), best
            elif end > second[0]:
                second = (end, k)
            self.best.append(best)
            self.second.append(second)

    def by_other(self, offset: int, draft: int) -> int | None:
        """A draft other than `draft` whose content covers `offset`, if any."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        end, owner = self.best[i] if self.best[i][1] != draft else self.second[i]
        return owner if end > offset else None
