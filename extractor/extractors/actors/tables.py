"""Actor tables and matchers: country names and codes, capitals, demonyms, titles, group nouns.

Everything here is loaded or built once per process (matchers once per spaCy vocab) and only read
afterwards. The tables are data files under `extractor/data/actors/`; ISO 3166-1 alpha-3 codes
and official names come from pycountry.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from spacy.lang.en import English
from spacy.matcher import Matcher, PhraseMatcher
from spacy.vocab import Vocab

from ...data import lines, table

#: Match labels of the gazetteer matcher.
COUNTRY, CAPITAL, DEMONYM, MEDIA = "COUNTRY", "CAPITAL", "DEMONYM", "MEDIA"
TITLE = "TITLE"
#: Match labels of the noun matcher: plural groups, collectives, organisations.
GROUP, COLLECTIVE, ORGANIZATION = "GROUP", "COLLECTIVE", "ORGANIZATION"


def _table(name: str) -> dict[str, str]:
    return {k: v for k, v in table(name).items() if not k.startswith("_")}


@cache
def country_aliases() -> dict[str, str]:
    """Surface form (as written, case kept) -> alpha-3, from pycountry and the press table."""
    import pycountry

    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                out[value] = country.alpha_3
    out.update(table("actors/countries.json")["aliases"])
    return out


def fold(text: str) -> str:
    """Text without accents ("São Tomé" -> "Sao Tome"), for names the tables write without them."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _folded_aliases() -> dict[str, str]:
    return {fold(k).casefold(): v for k, v in country_aliases().items() if len(k) > 4}


@cache
def country_name(code: str) -> str:
    """Canonical (press) name of a country code: "PRK" -> "North Korea"."""
    import pycountry

    names = table("actors/countries.json")["names"]
    if code in names:
        return names[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@cache
def country_code(text: str) -> str | None:
    """Alpha-3 code of a country name as written ("the US", "DPRK", "North Korea"), else None."""
    text = text.strip()
    if text[:4].lower() == "the " and text[4:5].isupper():
        text = text[4:]
    code = country_aliases().get(text)
    if code is None and not text.isupper():
        code = _folded_aliases().get(fold(text).casefold())
    return code


@cache
def capitals() -> dict[str, str]:
    """Capital (as written) -> alpha-3 of the country whose government it can stand for."""
    return _table("actors/capitals.json")


@cache
def _folded_capitals() -> dict[str, str]:
    return {fold(k): v for k, v in capitals().items()}


def capital_code(text: str) -> str | None:
    """Alpha-3 code of the country a capital stands for, accents or none ("Bogota", "Bogotá")."""
    return capitals().get(text) or _folded_capitals().get(fold(text))


@cache
def demonyms() -> dict[str, str]:
    """Nationality adjective ("South Korean") -> alpha-3."""
    return _table("actors/demonyms.json")


@cache
def institutions() -> dict[str, str]:
    """Institution named without its country ("State Department") -> alpha-3."""
    return _table("actors/institutions.json")


@cache
def subdivisions() -> frozenset[str]:
    """Names of states, provinces and regions (pycountry): places, never people."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions)


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(lines(name))


@dataclass(frozen=True, slots=True)
class Matchers:
    """The matchers of one vocab: place names, titles, group and organisation nouns."""

    places: PhraseMatcher
    titles: PhraseMatcher
    nouns: Matcher
    needs_affiliation: frozenset[str]


_MATCHERS: dict[int, tuple[Vocab, Matchers]] = {}


def matchers(vocab: Vocab) -> Matchers:
    """The matchers for `vocab`, built on first use and kept for the process."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        cached = (vocab, _build(vocab))
        _MATCHERS[id(vocab)] = cached
    return cached[1]


def _build(vocab: Vocab) -> Matchers:
    tokenizer = English(vocab=vocab).tokenizer
    places = PhraseMatcher(vocab, attr="ORTH")
    places.add(COUNTRY, list(tokenizer.pipe(sorted(country_aliases()))))
    places.add(CAPITAL, list(tokenizer.pipe(sorted(capitals()))))
    places.add(DEMONYM, list(tokenizer.pipe(sorted(demonyms()))))
    places.add(MEDIA, list(tokenizer.pipe(sorted(word_set("actors/media.txt")))))
    titles = PhraseMatcher(vocab, attr="LOWER")
    words = sorted(set(lines("actors/titles.txt")) | set(lines("actors/courtesy_titles.txt")))
    titles.add(TITLE, list(tokenizer.pipe(words)))

    group, needs = _noun_entries("actors/group_nouns.txt")
    collective, needs_collective = _noun_entries("actors/collective_nouns.txt")
    org, needs_org = _noun_entries("actors/org_nouns.txt")
    nouns = Matcher(vocab)
    for label, entries in ((GROUP, group), (COLLECTIVE, collective), (ORGANIZATION, org)):
        single = sorted(e for e in entries if " " not in e)
        patterns: list[list[dict]] = [[{"LEMMA": {"IN": single}, "POS": {"IN": ["NOUN", "PROPN"]}}]]
        for entry in sorted(e for e in entries if " " in e):
            *head, last = entry.split()
            patterns.append([*({"LOWER": w} for w in head), {"LEMMA": last}])
        nouns.add(label, patterns)
    return Matchers(
        places=places,
        titles=titles,
        nouns=nouns,
        needs_affiliation=frozenset(needs | needs_collective | needs_org),
    )


def _noun_entries(name: str) -> tuple[set[str], set[str]]:
    """Entries of a noun list; those marked `*` count only with an affiliation."""
    entries, needs = set(), set()
    for line in lines(name):
        word = line.rstrip("*")
        entries.add(word)
        if line.endswith("*"):
            needs.add(word)
    return entries, needs
