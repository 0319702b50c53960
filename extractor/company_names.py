"""Company names: the legal forms and business words a company's full name ends in ("Tesla
Inc", "Alibaba Group", "Norvik Motors"), which later mentions and other outlets drop ("Tesla",
"Norvik").

The one place that knows them, so that a document's actors and a collection's merged entities
agree that "Norvik Holdings Inc." and "Norvik" are one company, and a story's "Norvik Motors"
and its later "Norvik". The words are the data files
`data/actors/legal_forms.txt` and `data/actors/company_words.txt`. This module reads data files
only: it must not import spaCy.
"""

from __future__ import annotations

from functools import cache

from . import countries
from .data import lines


@cache
def legal_forms() -> frozenset[str]:
    """ "Inc.", "Ltd", "Group", ... as written."""
    return frozenset(lines("actors/legal_forms.txt"))


@cache
def company_words() -> frozenset[str]:
    """ "Motors", "Airlines", ... as written."""
    return frozenset(lines("actors/company_words.txt"))


def shorter_names(name: str) -> list[str]:
    """The shorter names a company goes by anywhere, longest first: "Alibaba Group Holding
    Ltd" -> "Alibaba Group Holding", "Alibaba Group", "Alibaba"; none for a name without a
    legal form."""
    forms = legal_forms()
    out = []
    base, _, last = name.rpartition(" ")
    while base and last in forms:
        base = base.rstrip(",")
        out.append(base)
        base, _, last = base.rpartition(" ")
    return out


def names_in_story(name: str) -> list[str]:
    """The shorter names a company goes by later in a story that names it in full, longest
    first: those of `shorter_names`, then the name without its business word ("Norvik Motors
    Inc." -> "Norvik Motors", "Norvik"), unless that leaves a country ("Japan Airlines").
    Across stories "Norvik" may be another company of a group ("Norvik Steel"): only the legal
    forms are dropped there."""
    out = shorter_names(name)
    base, _, last = (out[-1] if out else name).rpartition(" ")
    if base and last in company_words() and \
            countries.country_code(base, forms=countries.ANY_FORM) is None:
        out.append(base)
    return out
