"""Entity resolution: which actor and place records of a collection name one real-world entity.

Every record gets a key from its content (`key_of`), and records with one key share one
aggregate: countries by ISO code, places by GeoNames id, everything else by its folded name and
kind (an organisation's name without its legal form: "Intel Corp." is "intel"). After the whole
collection is read, `resolve` joins keys the collection shows to be one entity, each only where
exactly one candidate fits: a bare surname to the one full name that carries it, an acronym to
the one organisation it abbreviates, a place or country named without an id or code to the one
entry with that name. Memory holds one aggregate per key, not records.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..company_names import shorter_names
from .names import acronym, fold, initials, is_bare_surname, is_generic, surname

Key = tuple[str, Any]
# A member is stored as one integer: the document's number shifted past the id's number.
MEMBER_SHIFT = 24
MEMBER_MASK = (1 << MEMBER_SHIFT) - 1
ACTOR_FAMILY = {"person": "person", "organization": "organization", "group": "group",
                "location": "place", "country": "country-name"}
# Families whose generic names are scoped to a country or a document.
SCOPED_FAMILIES = frozenset({"organization", "group"})


@dataclass(slots=True)
class Aggregate:
    """What the records of one key say, summed: names, types, codes, roles, members."""

    key: Key
    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    place_types: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    geonames: Counter[int] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    roles: dict[str, Counter[str]] = field(default_factory=dict)
    role_docs: dict[str, set[int]] = field(default_factory=dict)
    mentions: int = 0
    members: array = field(default_factory=lambda: array("q"))


def key_of(record: dict[str, Any], document: str) -> Key:
    """The key of an actor or place record, from its content only. A generic name ("Foreign
    Ministry", "officials") is one entity only within its country or else its `document` (the
    document's content hash)."""
    if record["kind"] == "place":
        if record.get("geonames_id") is not None:
            return ("geonames", record["geonames_id"])
        return ("place", fold(record["name"]))
    if record["type"] == "country" and record.get("country_code"):
        return ("country", record["country_code"])
    family = ACTOR_FAMILY.get(record["type"], record["type"])
    name = record["name"]
    if family == "organization":  # "Norvik Holdings Inc." and another's "Norvik": one company
        name = (shorter_names(name) or [name])[-1]
    name = fold(name)
    if family in SCOPED_FAMILIES and is_generic(name):
        return (family, name, record.get("country_code") or f"doc:{document}")
    return (family, name)


class EntityTable:
    """Aggregates per key, filled one document at a time, resolved once at the end."""

    def __init__(self) -> None:
        self.index: dict[Key, int] = {}
        self.aggregates: list[Aggregate] = []
        self.ids: dict[str, int] = {}  # record ids ("A3") as small numbers
        self.id_names: list[str] = []

    def add(self, record: dict[str, Any], doc: int, document: str) -> int:
        """Count one actor or place record of document number `doc` (content hash `document`);
        returns its key's number."""
        key = key_of(record, document)
        number = self.index.get(key)
        if number is None:
            number = self.index[key] = len(self.aggregates)
            self.aggregates.append(Aggregate(key))
        aggregate = self.aggregates[number]
        aggregate.names[record["name"]] += 1
        if record["kind"] == "place":
            aggregate.place_types[record["type"]] += 1
        else:
            aggregate.types[record["type"]] += 1
        if record.get("country_code"):
            aggregate.codes[record["country_code"]] += 1
        if record.get("geonames_id") is not None:
            aggregate.geonames[record["geonames_id"]] += 1
        aggregate.aliases.update(a for a in record["aliases"] if isinstance(a, str))
        for role in record.get("roles", ()):
            if isinstance(role, str) and role.strip():
                folded = role.strip().casefold()
                aggregate.roles.setdefault(folded, Counter())[role.strip()] += 1
                aggregate.role_docs.setdefault(folded, set()).add(doc)
        aggregate.mentions += len(record["mentions"]) or 1
        aggregate.members.append(doc << MEMBER_SHIFT | self.id_number(record["id"]))
        return number

    def id_number(self, record_id: str) -> int:
        """A record id ("A3", "E12") as a small number, the same for every document."""
        number = self.ids.get(record_id)
        if number is None:
            number = self.ids[record_id] = len(self.id_names)
            self.id_names.append(record_id)
        return number

    def member(self, packed: int) -> tuple[int, str]:
        """(document number, record id) of a packed member."""
        return packed >> MEMBER_SHIFT, self.id_names[packed & MEMBER_MASK]

    def resolve(self) -> list[int]:
        """For every key number, the number of the key that stands for its entity."""
        joins = UnionFind(len(self.aggregates))
        for family, lookup in (
            ("person", self._surname_candidates()),
            ("organization", self._acronym_candidates()),
            ("country-name", self._named_candidates("country")),
            ("place", self._named_candidates("geonames")),
        ):
            for number, aggregate in enumerate(self.aggregates):
                if aggregate.key[0] != family:
                    continue
                found = {joins.find(c) for c in lookup(aggregate) if c != number}
                if len(found) == 1:
                    joins.union(found.pop(), number)
        return [joins.find(n) for n in range(len(self.aggregates))]

    def _surname_candidates(self) -> Any:
        """A bare surname's candidates: the full names ending in it or listing it as an alias."""
        by_surname: dict[str, set[int]] = defaultdict(set)
        for number, aggregate in self._of_family("person"):
            name = aggregate.key[1]
            if is_bare_surname(name):
                continue
            by_surname[surname(name)].add(number)
            for alias in aggregate.aliases:
                if is_bare_surname(fold(alias)):
                    by_surname[fold(alias)].add(number)

        def lookup(aggregate: Aggregate) -> Iterable[int]:
            name = aggregate.key[1]
            return by_surname.get(name, ()) if is_bare_surname(name) else ()

        return lookup

    def _acronym_candidates(self) -> Any:
        """An acronym's candidates: the organisations whose initials or aliases give it."""
        by_acronym: dict[str, set[int]] = defaultdict(set)
        for number, aggregate in self._of_family("organization"):
            for name in aggregate.names:
                if acronym(name) is None and initials(name):
                    by_acronym[initials(name) or ""].add(number)
            for alias in aggregate.aliases:
                if acronym(alias):
                    by_acronym[acronym(alias) or ""].add(number)

        def lookup(aggregate: Aggregate) -> Iterable[int]:
            short = {acronym(n) for n in aggregate.names}
            if None in short or len(short) != 1:
                return ()
            return by_acronym.get(short.pop() or "", ())

        return lookup

    def _named_candidates(self, family: str) -> Any:
        """A name's candidates among keys of `family` (codes, GeoNames ids) with that name."""
        by_name: dict[str, set[int]] = defaultdict(set)
        for number, aggregate in self._of_family(family):
            for name in (*aggregate.names, *aggregate.aliases):
                by_name[fold(name)].add(number)

        def lookup(aggregate: Aggregate) -> Iterable[int]:
            return by_name.get(aggregate.key[1], ())

        return lookup

    def _of_family(self, family: str) -> Iterable[tuple[int, Aggregate]]:
        return ((n, a) for n, a in enumerate(self.aggregates) if a.key[0] == family)


class UnionFind:
    """Disjoint sets of numbers; the smaller number of two joined roots becomes the root, so
    the result does not depend on the order of joins."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, number: int) -> int:
        root = number
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[number] != root:
            self.parent[number], number = root, self.parent[number]
        return root

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
