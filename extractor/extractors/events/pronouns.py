"""A pronoun participant stands for the nearest actor it can refer to, when only one fits.

An object "it" with a thing named as an object nearer than any actor stands for the thing:
no actor ("The panel delayed a vote on the bill after farmers rallied to oppose it").

"North Korea's first launch since November, when it fired ...": "it" takes a country or
organisation named earlier in the same sentence when there is exactly one; with none there, the
last fitting actor named as a subject in the sentences just before. Two fitting actors in the
sentence ("Jordan thanked Syria after it ...") leave the participant unresolved.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from .lexicon import roles
from .links import Links

MAX_SENTENCES_BACK = 2
"""How many sentences before the pronoun's own are searched for a subject antecedent."""
MAX_MENTIONS_BACK = 40
"""How many earlier actor mentions are looked at, at most, per pronoun."""
_OBJECT_PRONOUNS = frozenset({"it"})
_OBJECT_DEPS = frozenset({"dobj", "pobj"})


def antecedent(token: Token, links: Links) -> str | None:
    """The actor id `token` (a pronoun) refers to, or None when none or several fit."""
    types = roles()["pronouns"].get(token.lower_)
    if types is None:
        return None
    sentence = links.sentence[token.i]
    mentions = links.mentions
    index = bisect_left(mentions, (token.i,))
    window = mentions[max(0, index - MAX_MENTIONS_BACK) : index]
    if not window:
        return None
    same: list[tuple[str, bool]] = []
    thing = _nearer_thing(token, window[0][0])
    for head, actor_id, is_subject in reversed(window):
        if links.actor_types.get(actor_id) not in types:
            continue
        if head < thing:
            return None  # a thing nearer than this actor and every one further back
        distance = sentence - links.sentence[head]
        if distance == 0:
            same.append((actor_id, is_subject))
            continue
        if same or distance > MAX_SENTENCES_BACK:
            break
        if is_subject:
            return actor_id
    return _one_of(same)


def _nearer_thing(pronoun: Token, first: int) -> int:
    """Where the nearest thing an object "it" may stand for lies, at or after token `first`:
    a singular common noun taken as an object ("The panel delayed a vote on the bill after
    farmers rallied to oppose it": the bill, not the panel); -1 when there is none."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ not in _OBJECT_DEPS:
        return -1
    doc = pronoun.doc
    for i in range(pronoun.i - 1, first - 1, -1):
        t = doc[i]
        if t.tag_ == "NN" and t.dep_ in _OBJECT_DEPS and not t.ent_type_:
            return i
    return -1


def _one_of(candidates: list[tuple[str, bool]]) -> str | None:
    distinct = {actor_id for actor_id, _ in candidates}
    return distinct.pop() if len(distinct) == 1 else None
