"""Actor tables and matchers: titles, group and organisation nouns, and the gazetteer matcher.

Everything here is loaded or built once per process (matchers once per spaCy vocab) and only read
afterwards. The word lists are data files under `extractor/data/actors/`; country names, capitals
and demonyms come from `extractor.countries`, the one country module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from ... import countries
from ...company_names import company_words, legal_forms
from ...data import lines
from ..sparse_matcher import SparseMatcher

#: Match labels of the gazetteer matcher.
COUNTRY, CAPITAL, DEMONYM, MEDIA = "COUNTRY", "CAPITAL", "DEMONYM", "MEDIA"
TITLE = "TITLE"
#: Match labels of the noun matcher: plural groups, collectives, organisations.
GROUP, COLLECTIVE, ORGANIZATION = "GROUP", "COLLECTIVE", "ORGANIZATION"


@cache
def org_last_words() -> frozenset[str]:
    """Words an organisation's name ends in: "X Lines", "X Ministry", "X Inc."."""
    return word_set("actors/org_words.txt") | company_words() | legal_forms()


@cache
def subdivisions() -> frozenset[str]:
    """Names of states, provinces and regions (pycountry): places, never people."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions)


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(lines(name))


@cache
def title_words() -> frozenset[str]:
    """Titles and roles written before or after a name, sports positions among them."""
    return word_set("actors/titles.txt") | word_set("actors/sports_titles.txt")


@cache
def people_nouns() -> frozenset[str]:
    """Lemmas of the nouns for people of the group, collective, staff and kin lists
    ("soldier", "police", "analyst", "mother")."""
    names = ("group_nouns", "collective_nouns", "staff_nouns", "kin_nouns")
    return frozenset(w for name in names for w in _noun_entries(f"actors/{name}.txt")[0])


@cache
def sports() -> dict[str, bool]:
    """Sports by name, lower case ("basketball", "rugby union"): never actors; whether each
    is played by teams."""
    return {name: kind == "team" for name, kind in
            (line.split("\t") for line in lines("actors/sports.txt"))}


@cache
def never_actors() -> frozenset[str]:
    """Names that are never actors, whatever NER says: time zones, weekdays, and words in
    capitals for things ("GDP", "COVID")."""
    return word_set("actors/not_actors.txt") | word_set("actors/common_acronyms.txt")


@dataclass(frozen=True, slots=True)
class Matchers:
    """The matchers of one vocab: place names, titles, group and organisation nouns."""

    places: PhraseMatcher
    longest_place: int  # tokens of the longest name the places matcher knows
    titles: PhraseMatcher
    nouns: SparseMatcher
    needs_affiliation: frozenset[str]


_MATCHERS: dict[int, tuple[Vocab, Matchers]] = {}


def matchers(vocab: Vocab, tokenizer: Tokenizer | None = None) -> Matchers:
    """The matchers for `vocab`, built on first use and kept for the process; their phrases
    are tokenized with `tokenizer` (the pipeline's), else a new English tokenizer."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        cached = (vocab, _build(vocab, tokenizer or English(vocab=vocab).tokenizer))
        _MATCHERS[id(vocab)] = cached
    return cached[1]


def _build(vocab: Vocab, tokenizer: Tokenizer) -> Matchers:
    places = PhraseMatcher(vocab, attr="ORTH")
    country_names = set(countries.names())
    # a headline in capitals writes them so ("JAPAN GET LUCKY WIN"); short ones ("US") only
    # as written
    country_names |= {n.upper() for n in country_names if len(n) >= countries.MIN_FOLDED_LENGTH}
    place_names = {
        COUNTRY: list(tokenizer.pipe(sorted(country_names))),
        CAPITAL: list(tokenizer.pipe(sorted(countries.capitals()))),
        DEMONYM: list(tokenizer.pipe(sorted(countries.demonyms()))),
        MEDIA: list(tokenizer.pipe(sorted(word_set("actors/media.txt")))),
    }
    for label, names in place_names.items():
        places.add(label, names)
    titles = PhraseMatcher(vocab, attr="LOWER")
    words = title_words() | set(lines("actors/courtesy_titles.txt"))
    titles.add(TITLE, list(tokenizer.pipe(sorted(words | {_as_title(w) for w in words}))))

    group, needs = _noun_entries("actors/group_nouns.txt")
    collective, needs_collective = _noun_entries("actors/collective_nouns.txt")
    org, needs_org = _noun_entries("actors/org_nouns.txt")
    nouns = SparseMatcher(vocab)
    for label, entries in ((GROUP, group), (COLLECTIVE, collective), (ORGANIZATION, org)):
        single = sorted(e for e in entries if " " not in e)
        patterns: list[list[dict]] = [[{"LEMMA": {"IN": single}, "POS": {"IN": ["NOUN", "PROPN"]}}]]
        for entry in sorted(e for e in entries if " " in e):
            *head, last = entry.split()
            patterns.append([*({"LOWER": w} for w in head), {"LEMMA": last}])
        nouns.add(label, patterns)
    return Matchers(
        places=places,
        longest_place=max(len(name) for names in place_names.values() for name in names),
        titles=titles,
        nouns=nouns,
        needs_affiliation=frozenset(needs | needs_collective | needs_org),
    )


def _as_title(words: str) -> str:
    """ "lt. gov." -> "Lt. Gov.": the tokenizer keeps "Gov." whole as written before a name,
    but splits "gov." in two, so an abbreviated title is matched in the case news writes it."""
    return " ".join(word[:1].upper() + word[1:] for word in words.split(" "))


def _noun_entries(name: str) -> tuple[set[str], set[str]]:
    """Entries of a noun list; those marked `*` count only with an affiliation."""
    entries, needs = set(), set()
    for line in lines(name):
        word = line.rstrip("*")
        entries.add(word)
        if line.endswith("*"):
            needs.add(word)
    return entries, needs
