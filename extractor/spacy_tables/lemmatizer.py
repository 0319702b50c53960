"""spaCy's rule lemmatizer with its lemmas remembered: the same lemmas at a fraction of the cost.

spaCy's rule `Lemmatizer` visits every token from Python and remembers only the lemmas its
rules derive, not the commonest case, a base form (a singular noun, a present verb), which it
works out again each time. Its answer depends only on the token's word, part of speech and
morphology, the key of its own cache; `LemmaTable` remembers every answer by that key and
writes a Doc's lemmas at once, asking the lemmatizer only for a combination it has not seen.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

# The name under which the table is a spaCy component factory.
FACTORY = "newsfacts_lemma_table"
# Lemmatizer classes whose answer is a function of (word, part of speech, morphology) alone.
PURE_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)
# What a token's lemma depends on, and the lemma itself (0 where none is set yet).
READ_ATTRS = [ORTH, POS, MORPH, LEMMA]
# Lemmas remembered; the memory starts afresh once it holds this many, so a long run's
# ever-new words cannot grow it without bound.
MAX_REMEMBERED_LEMMAS = 200_000


class LemmaTable:
    """Drop-in for a rule-mode spaCy `Lemmatizer` that does not overwrite lemmas."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        values = doc.to_array(READ_ATTRS)
        lemmas = values[:, READ_ATTRS.index(LEMMA)].copy()
        missing = numpy.flatnonzero(lemmas == 0).tolist()
        if not missing:
            return doc
        strings = doc.vocab.strings
        keys = [tuple(row) for row in values[missing, :3].tolist()]
        for i, key in zip(missing, keys, strict=True):
            lemma = self._lemmas.get(key)
            if lemma is None:
                lemma = self._lemma(doc, i, key)
            lemmas[i] = strings.add(lemma)
        doc.from_array([LEMMA], lemmas)
        return doc

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> str:
        lemma = self.lemmatizer.lemmatize(doc[i])[0]
        if key[1]:  # with no part of speech spaCy warns each time: let it
            if len(self._lemmas) >= MAX_REMEMBERED_LEMMAS:
                self._lemmas.clear()
            self._lemmas[key] = lemma
        return lemma


def use_lemma_table(nlp: Language) -> None:
    """Swap each rule lemmatizer of `nlp` whose answers the table can remember for its table."""
    for name, component in nlp.pipeline:
        if _rememberable(component):
            nlp.add_pipe(FACTORY, name=f"{name}_table", after=name, config={"lemmatizer": name})
            nlp.remove_pipe(name)
            nlp.rename_pipe(f"{name}_table", name)


def _rememberable(component: object) -> bool:
    """A rule lemmatizer of spaCy's own classes, its tables loaded, not overwriting lemmas."""
    if type(component) not in PURE_LEMMATIZERS:
        return False
    required, _ = type(component).get_lookups_config("rule")
    return (
        component.mode == "rule"
        and not component.overwrite
        and all(component.lookups.has_table(table) for table in required)
    )


@Language.factory(FACTORY)
def make_lemma_table(nlp: Language, name: str, lemmatizer: str) -> LemmaTable:
    """The table of the pipeline's rule lemmatizer named `lemmatizer`."""
    return LemmaTable(nlp.get_pipe(lemmatizer))
