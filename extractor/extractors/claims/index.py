"""The actor records of one document indexed once, so that resolving a speaker looks up the
few actors it may name instead of scanning every actor and mention for every claim."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from ...records import Actor

_WORD = re.compile(r"[\w.]+(?:[’'][\w]+)?")  # the words of names, as speakers are read
_ROLE_WORD = re.compile(r"\w+")  # the words a post is matched on, as `\b` sees them


class ActorIndex:
    """Names, aliases, last names, roles by word and mention offsets of the actor records."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.forms: dict[str, str] = {}  # a name or alias, lowercased -> the first actor
        self.last_names: dict[str, str] = {}  # a person's last name -> the first such person
        self.form_words: dict[str, frozenset[str]] = {}  # actor -> words of names and roles
        self.head_words: dict[tuple[str, str], int] = {}  # (actor, a mention's last word) -> end
        self.seen: dict[str, list[int]] = {}  # actor -> sorted starts of its mentions
        self.roles: dict[str, list[tuple[str, str]]] = {}  # word -> (role, person) holding it
        for actor in actors:
            self._add(actor)

    def _add(self, actor: Actor) -> None:
        forms = [actor.name, *actor.aliases]
        for form in forms:
            self.forms.setdefault(form.lower(), actor.id)
        if actor.type == "person" and actor.name.strip():
            self.last_names.setdefault(actor.name.lower().split()[-1], actor.id)
        self.form_words[actor.id] = frozenset(
            word for form in [*forms, *actor.roles] for word in _WORD.findall(form.lower())
        )
        for mention in actor.mentions:
            last = _WORD.findall(mention.text.lower())[-1:]
            if last:
                key = (actor.id, last[0])
                self.head_words[key] = min(mention.end, self.head_words.get(key, mention.end))
        self.seen[actor.id] = sorted(m.start for m in actor.mentions)
        if actor.type != "person":
            return
        for role in actor.roles:
            for word in set(_ROLE_WORD.findall(role.lower())):
                self.roles.setdefault(word, []).append((role, actor.id))

    def roles_sharing_words(self, phrases: Iterable[str]) -> list[tuple[str, str]]:
        """(role, person) of every role with a word in common with one of `phrases`: the only
        roles that can hold one of them or be held by one."""
        out: dict[tuple[str, str], None] = {}
        for phrase in phrases:
            for word in _ROLE_WORD.findall(phrase):
                out.update(dict.fromkeys(self.roles.get(word, ())))
        return list(out)

    def last_seen(self, actor_id: str, before: int) -> int:
        """Start of the actor's last mention before `before`, or -1."""
        starts = self.seen.get(actor_id, [])
        k = bisect_left(starts, before)
        return starts[k - 1] if k else -1


__all__ = ["ActorIndex"]
