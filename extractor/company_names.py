"""Company names: the legal forms a company's full name ends in ("Tesla Inc", "Alibaba Group"),
which later mentions and other outlets drop ("Tesla").

The one place that knows them, so that a document's actors and a collection's merged entities
agree that "Norvik Holdings Inc." and "Norvik" are one company. The forms are the data file
`data/actors/legal_forms.txt`. This module reads data files only: it must not import spaCy.
"""

from __future__ import annotations

from functools import cache

from .data import lines


@cache
def legal_forms() -> frozenset[str]:
    """ "Inc.", "Ltd", "Group", ... as written."""
    return frozenset(lines("actors/legal_forms.txt"))


def shorter_names(name: str) -> list[str]:
    """The shorter names a company goes by, longest first: "Alibaba Group Holding Ltd" ->
    "Alibaba Group Holding", "Alibaba Group", "Alibaba"; none for a name without a legal form."""
    forms = legal_forms()
    out = []
    base, _, last = name.rpartition(" ")
    while base and last in forms:
        base = base.rstrip(",")
        out.append(base)
        base, _, last = base.rpartition(" ")
    return out
