"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extractor import Extractor, load_model

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="run tests marked slow")
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden from current output"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    """An Extractor of every kind, sharing the session's model."""
    return Extractor(nlp=nlp)


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
