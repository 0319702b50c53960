"""Docs checked by tests: every command has help, every `extract` option is in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from extractor.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = get_command(app).commands  # type: ignore[attr-defined]


def test_docs_every_extract_option_is_in_the_readme() -> None:
    options = [
        name
        for param in COMMANDS["extract"].params
        for name in param.opts
        if name.startswith("--") and name != "--help"
    ]
    assert options
    missing = [name for name in options if f"`{name}" not in README and f" {name}" not in README]
    assert missing == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_docs_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    assert COMMANDS[name].help
    assert f"newsfacts {name}" in README


def test_docs_readme_gives_the_contract_set_up_commands() -> None:
    assert 'pip install -e ".[dev]" && newsfacts extract samples/' in README
    assert "\n    pytest\n" in README
