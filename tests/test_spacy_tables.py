"""The spaCy tables set exactly what spaCy's attribute_ruler and lemmatizer set, token by token."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from extractor.models import DEFAULT_MODELS
from extractor.sources import iter_sources
from extractor.spacy_tables.attribute_ruler import (
    AttributeTable,
    attribute_table,
    use_attribute_tables,
)
from extractor.spacy_tables.lemmatizer import LemmaTable, use_lemma_table

COMPARED = [POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
# Words the English ruler's rules name (contractions, pronouns, auxiliaries, spaces) and
# ordinary words around them, for generated texts.
WORDS = [
    "gonna", "gotta", "gon", "na", "let's", "Let", "'s", "c'm", "on", "y'all", "Y'", "all",
    "ain't", "Ai", "n't", "nt", "I", "you", "it", "It", "There", "there", "is", "are", "'re",
    "was", "do", "does", "did", "'d", "have", "has", "had", "gets", "got", "ta", "but", "But",
    "that", "which", "this", "Dr.", "U.S.", "Mr.", "e.g.", "the", "minister", "said", "to",
    "go", "see", "them", "us", "\n", "\n\n", "  ", "\t", ",", ".", '"', "?", "-", "1,100km",
]  # fmt: skip
ODD_TEXTS = [
    "I'm gonna go, y'all gotta see it. Let's go!  C'm on.\n\n",
    "Ain't nobody there. It ain't so; you ain't either, I ain't.",
    "There is a way. There's more, there were two and there are none.",
    "Did you? She did. They have had it, and he has. We'd do it; it does.",
    "But he left, but then. That is that, which is which; this one.",
    "   Leading spaces, \t a tab,\n\n\n   and blank lines \n",
    "Dr. Ruiz of the U.S. Dept. met Mr. Oduya at 5 p.m., e.g. on Jan. 6.",
    "He gets it; she got it; it gets better; they got ta go.",
    "",
    " ",
]


@pytest.fixture(scope="module")
def original() -> Language:
    """The pipeline as spaCy loads it, with its own attribute ruler."""
    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise AssertionError("no English pipeline installed")


def assert_same_annotations(original: Language, nlp: Language, texts: list[str]) -> None:
    for expected, got in zip(original.pipe(texts), nlp.pipe(texts), strict=True):
        assert got.text == expected.text
        assert (got.to_array(COMPARED) == expected.to_array(COMPARED)).all(), got.text
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in got] == [
            (t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in expected
        ]


def test_spacy_tables_replace_the_ruler_and_lemmatizer_of_the_loaded_model(
    nlp: Language,
) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def test_spacy_tables_annotate_samples_as_spacy(original: Language, nlp: Language, samples) -> None:
    texts = [s.text for s in iter_sources([str(samples)]) if hasattr(s, "text")]
    paragraphs = [p for text in texts for p in text.split("\n\n")]
    assert len(texts) >= 10
    assert_same_annotations(original, nlp, texts + paragraphs)


def test_spacy_tables_annotate_contractions_spaces_and_pronouns_as_spacy(
    original: Language, nlp: Language
) -> None:
    assert_same_annotations(original, nlp, ODD_TEXTS)
    doc = nlp("I'm gonna go, y'all.")
    # the ruler's two-token rules: "gon na" is lemmatized "go" "to", "y' all" as "you" "all"
    assert [(t.text, t.lemma_) for t in doc][2:6] == [
        ("gon", "go"),
        ("na", "to"),
        ("go", "go"),
        (",", ","),
    ]
    assert doc[6].text == "y'" and doc[6].lemma_ == "you"
    assert str(doc[0].morph) == "Case=Nom|Number=Sing|Person=1|PronType=Prs"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), cap=st.booleans())
def test_spacy_tables_annotate_generated_texts_as_spacy(
    original: Language, nlp: Language, words: list[str], cap: bool
) -> None:
    text = " ".join(words)
    assert_same_annotations(original, nlp, [text.capitalize() if cap else text])


def toy_ruler(patterns: list[dict]) -> tuple[Language, AttributeRuler]:
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return blank, ruler


TOY_PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    # later than the rule above: its MORPH wins, the POS above stays
    {"patterns": [[{"LOWER": "data", "TAG": "NN"}]], "attrs": {"MORPH": "Number=Plur"}},
    {
        "patterns": [[{"LOWER": {"REGEX": "^gon$"}}, {"LOWER": "na"}]],
        "attrs": {"LEMMA": "to"},
        "index": -1,
    },
    # '' is a missing label: a token with no dependency label is not matched
    {
        "patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]],
        "attrs": {"POS": "PRON"},
    },
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    # every rule reads the tags the tagger gave ("SP"), not the "_SP" a rule above writes
    {"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "X"}},
]


def toy_doc(blank: Language, deps: list[str] | None) -> Doc:
    words = ["The", "data", "gon", "na", "  ", "that", "this"]
    tags = ["DT", "NN", "VBG", "TO", "SP", "DT", "DT"]
    if deps is None:
        return Doc(blank.vocab, words=words, tags=tags)
    return Doc(blank.vocab, words=words, tags=tags, deps=deps, heads=[1, 1, 1, 2, 3, 6, 1])


@pytest.mark.parametrize(
    ("deps", "expected_pos"),
    [
        # "that" is a subject, not a determiner: PRON; "The" and "this" are determiners
        (
            ["det", "ROOT", "dep", "dep", "dep", "nsubj", "det"],
            ["", "NOUN", "", "", "SPACE", "PRON", ""],
        ),
        # no parse: no dependency rule applies
        (None, ["", "NOUN", "", "", "SPACE", "", ""]),
    ],
)  # fmt: skip
def test_attribute_table_applies_rules_in_order_as_spacys_ruler(
    deps: list[str] | None, expected_pos: list[str]
) -> None:
    blank, ruler = toy_ruler(TOY_PATTERNS)
    table = attribute_table(ruler)
    assert table is not None
    expected, got = ruler(toy_doc(blank, deps)), table(toy_doc(blank, deps))
    assert [t.pos_ for t in got] == expected_pos
    assert [str(t.morph) for t in got][:2] == ["", "Number=Plur"]
    assert [t.lemma_ for t in got][2:4] == ["", "to"]
    assert [t.tag_ for t in got][4] == "_SP"
    assert (got.to_array(COMPARED) == expected.to_array(COMPARED)).all()


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "?"}],  # an operator
        [{"POS": "NOUN"}],  # an attribute the table does not read
        [{"LENGTH": {">=": 3}}],  # a comparison
        [{"_": {"flag": True}}],  # an extension attribute
    ],
)
def test_attribute_table_leaves_a_ruler_it_does_not_understand(pattern: list[dict]) -> None:
    blank, ruler = toy_ruler([*TOY_PATTERNS, {"patterns": [pattern], "attrs": {"LEMMA": "x"}}])
    assert attribute_table(ruler) is None
    use_attribute_tables(blank)
    assert blank.get_pipe("attribute_ruler") is ruler


def test_attribute_table_leaves_a_ruler_setting_other_attributes() -> None:
    blank, ruler = toy_ruler([{"patterns": [[{"LOWER": "a"}]], "attrs": {"NORM": "an"}}])
    assert attribute_table(ruler) is None


@pytest.mark.parametrize(
    "config",
    [
        {"mode": "lookup"},  # looks words up in a table spaCy ships apart
        {"mode": "rule", "overwrite": True},  # replaces lemmas the ruler set
    ],
)
def test_lemma_table_leaves_other_lemmatizers(config: dict) -> None:
    blank = spacy.blank("en")
    lemmatizer = blank.add_pipe("lemmatizer", config=config)
    use_lemma_table(blank)
    assert blank.get_pipe("lemmatizer") is lemmatizer


def test_lemma_table_keeps_lemmas_the_ruler_set_and_lemmatizes_the_rest(nlp: Language) -> None:
    # the ruler sets "got"'s lemma (VBD); the lemmatizer's rules give "ministers" -> "minister"
    # and "running" -> "run"; its base-form check keeps the singular "minister" as it is
    doc = nlp("He got the ministers running twice; the minister got more.")
    assert [t.lemma_ for t in doc] == [
        "he", "get", "the", "minister", "run", "twice", ";", "the", "minister", "get", "more", ".",
    ]  # fmt: skip
