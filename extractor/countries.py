"""Countries: every way a text names a country, resolved to its ISO 3166-1 alpha-3 code.

The one place in `extractor/` that knows countries, so actors, claims and places agree on them.
Official and common names come from pycountry; what the press writes that pycountry lacks
(short forms, abbreviations, demonyms, the press name of a code) is one table,
`data/countries/countries.json`; capitals and institutions that stand for their governments
("Pyongyang fired", "a Kremlin statement") are `capitals.json` and `institutions.json` beside it.
Tables are built once per process and only read afterwards. This module reads data files only:
it must not import spaCy, an extractor or anything that runs documents.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Literal

from .data import table

#: The kinds of words that can stand for a country.
Form = Literal["name", "demonym", "capital", "institution"]
#: Names and aliases only: "North Korea", "DPRK", "the US".
NAMES: tuple[Form, ...] = ("name",)
#: Every kind of word that stands for a country ("Canberra's top diplomat", "the White House").
ANY_FORM: tuple[Form, ...] = ("name", "demonym", "capital", "institution")

#: Forms this long or longer also match in another case or without accents ("Sao Tome"); shorter
#: ones are abbreviations whose case matters ("US" the country, "us" the pronoun).
MIN_FOLDED_LENGTH = 5


def fold(text: str) -> str:
    """Text without accents ("São Tomé" -> "Sao Tome"), for names the tables write without them."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _entries(data: dict[str, str]) -> dict[str, str]:
    """A table's entries without its `_comment` key."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def names() -> dict[str, str]:
    """Country name as written (case kept) -> alpha-3: pycountry's names and the press aliases."""
    import pycountry

    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:  # "Korea, Republic of"
                out[value] = country.alpha_3
    out.update(table("countries/countries.json")["aliases"])
    return out


@cache
def demonyms() -> dict[str, str]:
    """Nationality adjective ("South Korean") -> alpha-3."""
    return dict(table("countries/countries.json")["demonyms"])


@cache
def capitals() -> dict[str, str]:
    """Capital (as written) -> alpha-3 of the country whose government it can stand for."""
    return _entries(table("countries/capitals.json"))


@cache
def institutions() -> dict[str, str]:
    """Institution named without its country ("State Department") -> alpha-3."""
    return _entries(table("countries/institutions.json"))


_TABLES: dict[Form, Callable[[], dict[str, str]]] = {
    "name": names,
    "demonym": demonyms,
    "capital": capitals,
    "institution": institutions,
}


@cache
def _folded(form: Form) -> dict[str, str]:
    """The long forms of one table, accents dropped and case folded."""
    return {
        fold(k).casefold(): v for k, v in _TABLES[form]().items() if len(k) >= MIN_FOLDED_LENGTH
    }


@cache
def country_name(code: str) -> str:
    """Canonical (press) name of a country code: "PRK" -> "North Korea"."""
    import pycountry

    press = table("countries/countries.json")["names"]
    if code in press:
        return press[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@cache
def from_alpha2(code: str) -> str | None:
    """Alpha-3 code of an ISO 3166-1 alpha-2 code ("KR" -> "KOR"), as gazetteers write them."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return country.alpha_3 if country is not None else None


@cache
def to_alpha2(code: str) -> str | None:
    """Alpha-2 code of an alpha-3 code ("KOR" -> "KR")."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country is not None else None


def country_code(text: str, *, forms: tuple[Form, ...] = NAMES) -> str | None:
    """Alpha-3 code of a country as written, else None.

    By default only names count ("the US", "DPRK", "North Korea", "Japan's"); `forms` adds
    demonyms ("South Korean", "Americans"), capitals ("Canberra") and institutions ("Kremlin").
    """
    return _code(text, forms)


@cache
def _code(text: str, forms: tuple[Form, ...]) -> str | None:
    text = text.strip().removesuffix("’s").removesuffix("'s")
    article, _, rest = text.partition(" ")
    if article.lower() == "the" and rest[:1].isupper():  # "the US" -> "US"
        text = rest
    # all capitals: an abbreviation, matched only as written, unless as long as a name
    # ("KENYA" heading a box of figures)
    any_case = not text.isupper() or len(text) >= MIN_FOLDED_LENGTH
    for form in forms:
        keys = [text, text[:-1]] if form == "demonym" and text.endswith("s") else [text]
        for key in keys:
            code = _TABLES[form]().get(key)
            if code is None and any_case:
                code = _folded(form).get(fold(key).casefold())
            if code is not None:
                return code
    return None


__all__ = [
    "ANY_FORM",
    "NAMES",
    "Form",
    "capitals",
    "country_code",
    "country_name",
    "demonyms",
    "fold",
    "from_alpha2",
    "institutions",
    "names",
    "to_alpha2",
]
