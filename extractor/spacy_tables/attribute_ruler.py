"""spaCy's `attribute_ruler` as table look-ups: the same token attributes at a fraction of the cost.

spaCy's `AttributeRuler` runs a Matcher over every token and then sets each match's attributes
from Python, one match at a time. The rules of the English pipelines test only a token's tag,
lower-case form, dependency label or whether it is a space, and most of them one token alone; so
what the rules do to a token follows from a few of its values. `AttributeTable` works that out
once per combination of (canonical) values, keeps it, and writes every token's attributes back
in one `Doc.from_array`. Rules over several tokens ("gon na") are checked only where a token
could start one. `attribute_table` builds it from a loaded ruler's own patterns and gives
up (None) on any pattern it does not understand, so a pipeline is never changed in meaning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

# What a rule's token may test, by the Matcher's names (it reads TEXT as ORTH): the token's
# own attribute ids, as `Doc.to_array` reads them.
TESTED_ATTRS = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "TAG": TAG,
    "DEP": DEP,
    "IS_SPACE": IS_SPACE,
}
# Tested attributes that are flags: a rule tests them with True or False.
FLAG_ATTRS = frozenset({IS_SPACE})
# What a rule may set: attributes of the token alone (spaCy's ruler also writes a rule's
# attributes to the lexeme, where these ids are ignored).
WRITTEN_ATTRS = (POS, TAG, MORPH, LEMMA, DEP)
# Regex outcomes are remembered per raw value (a word's lower-case form, say); the memory starts
# afresh once it holds this many, so a long run's ever-new words cannot grow it without bound.
MAX_REMEMBERED_VALUES = 100_000

# The name under which the table is a spaCy component factory.
FACTORY = "newsfacts_attribute_table"

# One test of one token: (column, operator, operand); operators "==", "IN", "NOT_IN", "REGEX".
Test = tuple[int, str, Any]
# A rule's writes to its target token: (column of WRITTEN_ATTRS, rule index, value).
Write = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the ruler: its tokens' tests, which token it sets, and what."""

    index: int  # the rule's position in the ruler: a later rule's value wins
    tokens: tuple[tuple[Test, ...], ...]
    target: int  # the token of the match that is set, 0 <= target < len(tokens)
    writes: tuple[Write, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the rules make of one token by itself, and which longer rules it takes part in."""

    writes: dict[int, tuple[int, int]]  # column -> (rule index, value) of one-token rules
    starts: tuple[int, ...]  # longer rules (their numbers) whose first token it satisfies
    satisfied: frozenset[tuple[int, int]]  # (longer rule, position) whose token test it passes


@dataclass(frozen=True, slots=True)
class Tables:
    """Every outcome so far as arrays indexed by outcome id, for writing a Doc at once."""

    values: numpy.ndarray  # (outcomes, WRITTEN_ATTRS) the values one-token rules write
    written: numpy.ndarray  # (outcomes, WRITTEN_ATTRS) whether they write one there
    starts: numpy.ndarray  # (outcomes,) whether a longer rule may start at the token


class AttributeTable:
    """Drop-in for a loaded `AttributeRuler`: the same annotations, by table look-up."""

    def __init__(self, rules: list[Rule], columns: tuple[int, ...]) -> None:
        self.columns = list(columns)
        self.single = [r for r in rules if len(r.tokens) == 1]
        self.longer = [r for r in rules if len(r.tokens) > 1]
        tests = [test for r in rules for token in r.tokens for test in token]
        self._named = [_named(tests, c) for c in range(len(columns))]
        self._regexes = [
            tuple(op for c, kind, op in tests if c == column and kind == "REGEX")
            for column in range(len(columns))
        ]
        self._canonical_of = [{v: v for v in named} for named in self._named]
        self._ids: dict[tuple[Any, ...], int] = {}
        self._outcomes: list[Outcome] = []
        self._tables: Tables | None = None

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        raw = doc.to_array(self.columns).reshape(len(doc), len(self.columns)).T.tolist()
        strings = doc.vocab.strings
        keys = list(
            zip(*(self._canonical(c, values, strings) for c, values in enumerate(raw)), strict=True)
        )
        ids = list(map(self._ids.get, keys))
        if None in ids:
            ids = [
                i if i is not None else self._add(k, strings)
                for i, k in zip(ids, keys, strict=True)
            ]
        tables = self._tables or self._build_tables()
        at = numpy.array(ids, dtype=numpy.intp)
        written = doc.to_array(list(WRITTEN_ATTRS)).reshape(len(doc), len(WRITTEN_ATTRS))
        numpy.copyto(written, tables.values[at], where=tables.written[at])
        starts = numpy.flatnonzero(tables.starts[at]).tolist()
        for (i, column), (_, value) in self._longer_writes(ids, starts).items():
            written[i, column] = value
        doc.from_array(list(WRITTEN_ATTRS), written)
        return doc

    def _canonical(self, c: int, values: list[int], strings: StringStore) -> list[Any]:
        """The column's values as the rules see them: a value a rule names stays itself; any
        other is only its regex outcomes (None for a column no regex reads), so the table of
        outcomes stays small however many words a run meets."""
        known = self._canonical_of[c]
        found = list(map(known.get, values))
        if self._regexes[c] and None in found:
            found = [
                f if f is not None else self._regex_outcomes(c, v, strings)
                for f, v in zip(found, values, strict=True)
            ]
        return found

    def _regex_outcomes(self, c: int, value: int, strings: StringStore) -> tuple[bool, ...]:
        known = self._canonical_of[c]
        if len(known) >= MAX_REMEMBERED_VALUES:
            known.clear()
            known.update((v, v) for v in self._named[c])
        text = strings[value]
        found = known[value] = tuple(bool(r.search(text)) for r in self._regexes[c])
        return found

    def _add(self, key: tuple[Any, ...], strings: StringStore) -> int:
        """The id of a new combination of canonical values, its outcome worked out."""
        value_of = self._value_reader(key, strings)
        writes: dict[int, tuple[int, int]] = {}
        for rule in self.single:
            if all(_passes(test, value_of) for test in rule.tokens[0]):
                for column, index, value in rule.writes:
                    writes[column] = (index, value)
        satisfied = frozenset(
            (n, position)
            for n, rule in enumerate(self.longer)
            for position, token in enumerate(rule.tokens)
            if all(_passes(test, value_of) for test in token)
        )
        starts = tuple(n for n in range(len(self.longer)) if (n, 0) in satisfied)
        self._outcomes.append(Outcome(writes, starts, satisfied))
        self._tables = None
        self._ids[key] = len(self._outcomes) - 1
        return self._ids[key]

    def _build_tables(self) -> Tables:
        shape = (len(self._outcomes), len(WRITTEN_ATTRS))
        values = numpy.zeros(shape, dtype=numpy.uint64)
        written = numpy.zeros(shape, dtype=bool)
        for i, outcome in enumerate(self._outcomes):
            for column, (_, value) in outcome.writes.items():
                values[i, column] = value
                written[i, column] = True
        starts = numpy.array([bool(o.starts) for o in self._outcomes])
        self._tables = Tables(values, written, starts)
        return self._tables

    def _value_reader(
        self, key: tuple[Any, ...], strings: StringStore
    ) -> Callable[[int, str, Any], Any]:
        """How a test reads the canonical values of one token (None: the rules name no value)."""

        def read(column: int, kind: str, operand: Any) -> Any:
            value = key[column]
            if kind == "REGEX":
                if isinstance(value, tuple):
                    return value[self._regexes[column].index(operand)]
                return bool(operand.search(strings[value]))
            return value

        return read

    def _longer_writes(
        self, ids: list[int], starts: list[int]
    ) -> dict[tuple[int, int], tuple[int, int]]:
        """(token, column) -> (rule index, value) where a rule over several tokens, matched at
        one of `starts`, outranks the token's own one-token rules (the later rule wins, as in
        spaCy's ruler)."""
        found: dict[tuple[int, int], tuple[int, int]] = {}
        for start in starts:
            for n in self._outcomes[ids[start]].starts:
                rule = self.longer[n]
                if start + len(rule.tokens) > len(ids) or not all(
                    (n, p) in self._outcomes[ids[start + p]].satisfied
                    for p in range(1, len(rule.tokens))
                ):
                    continue
                i = start + rule.target
                own = self._outcomes[ids[i]].writes
                for column, index, value in rule.writes:
                    if index > found.get((i, column), own.get(column, (-1, 0)))[0]:
                        found[i, column] = (index, value)
        return found


def _passes(test: Test, read: Callable[[int, str, Any], Any]) -> bool:
    column, kind, operand = test
    value = read(column, kind, operand)
    if kind == "REGEX":
        return bool(value)
    if kind == "==":
        return value == operand
    if kind == "IN":
        return value in operand
    return value not in operand  # NOT_IN


def _named(tests: list[Test], column: int) -> frozenset[int]:
    """Every value a rule names for the column: only these need telling apart."""
    named: set[int] = set()
    for c, kind, operand in tests:
        if c == column and kind == "==":
            named.add(operand)
        elif c == column and kind in ("IN", "NOT_IN"):
            named.update(operand)
    return frozenset(named)


def attribute_table(ruler: AttributeRuler) -> AttributeTable | None:
    """An `AttributeTable` doing what `ruler` does, or None if any of its patterns or
    attributes is beyond what the table understands."""
    columns: list[int] = []
    rules = []
    for index, (pattern, attrs) in enumerate(zip(ruler.patterns, ruler.attrs, strict=True)):
        writes = _writes(attrs, index)
        if writes is None:
            return None
        for alternative in pattern["patterns"]:
            tokens = [_token_tests(spec, columns) for spec in alternative]
            target = pattern["index"]
            if not tokens or None in tokens or not -len(tokens) <= target < len(tokens):
                return None
            rules.append(Rule(index, tuple(tokens), target % len(tokens), writes))  # type: ignore[arg-type]
    return AttributeTable(rules, tuple(columns))


def _writes(attrs: dict[Any, Any], index: int) -> tuple[Write, ...] | None:
    """A rule's normalized attributes (spaCy's ids and values) as writes, or None."""
    if any(attr not in WRITTEN_ATTRS for attr in attrs):
        return None
    return tuple((WRITTEN_ATTRS.index(attr), index, int(value)) for attr, value in attrs.items())


def _token_tests(spec: dict[str, Any], columns: list[int]) -> tuple[Test, ...] | None:
    """One token's tests as the Matcher reads them, or None for anything else (an operator,
    an extension attribute, a comparison); `columns` gains the attributes read."""
    tests: list[Test] = []
    for name, value in spec.items():
        attr = TESTED_ATTRS.get(name.upper()) if isinstance(name, str) else None
        if attr is None:
            return None
        if attr not in columns:
            columns.append(attr)
        column = columns.index(attr)
        if attr in FLAG_ATTRS:
            if not isinstance(value, bool):
                return None
            tests.append((column, "==", int(value)))
        elif isinstance(value, str):
            tests.append((column, "==", get_string_id(value)))
        elif isinstance(value, dict) and value:
            for kind, operand in value.items():
                test = _predicate(column, str(kind).upper(), operand)
                if test is None:
                    return None
                tests.append(test)
        else:
            return None
    return tuple(tests)


def _predicate(column: int, kind: str, operand: Any) -> Test | None:
    strings = isinstance(operand, list | tuple) and all(isinstance(v, str) for v in operand)
    if kind in ("IN", "NOT_IN") and strings:
        return (column, kind, frozenset(get_string_id(v) for v in operand))
    if kind == "REGEX" and isinstance(operand, str):
        return (column, kind, re.compile(operand))
    return None


def use_attribute_tables(nlp: Language) -> None:
    """Swap each spaCy `AttributeRuler` of `nlp` for its table, where every pattern is
    understood; any other ruler stays as it is."""
    for name, component in nlp.pipeline:
        if type(component) is AttributeRuler and attribute_table(component) is not None:
            nlp.replace_pipe(name, FACTORY, config={"patterns": component.patterns})


@Language.factory(FACTORY)
def make_attribute_table(
    nlp: Language, name: str, patterns: list[dict[str, Any]]
) -> AttributeTable | AttributeRuler:
    """The table of the ruler these patterns make (spaCy's ruler itself if not understood)."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return attribute_table(ruler) or ruler
