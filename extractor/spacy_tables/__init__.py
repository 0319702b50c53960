"""Drop-ins for spaCy components whose work follows from a few values of each token.

spaCy's `attribute_ruler` and rule `lemmatizer` do their work token by token in Python; what
they give a token depends only on a few of its values (tag, lower-case form, dependency label;
word, part of speech, morphology). Each drop-in works that out once per combination, keeps it,
and writes a whole Doc at once: the same annotations, byte for byte, at a fraction of the cost.
A component is swapped only where every rule it holds is understood.
"""

from __future__ import annotations

from spacy.language import Language

from .attribute_ruler import use_attribute_tables
from .lemmatizer import use_lemma_table


def use_spacy_tables(nlp: Language) -> None:
    """Swap `nlp`'s attribute ruler and rule lemmatizer for their tables, where understood."""
    use_attribute_tables(nlp)
    use_lemma_table(nlp)
