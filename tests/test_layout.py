"""The layout of the code, as issue 11 asks for it: one package per kind, one country module, no
page markup in Python, and an import graph in which extractors stay pure and records stand alone.

These tests read the source tree; they are the layout's guard rails, so that a later change
that slips back (a `_dates_x.py` file, a second `country_code`, an extractor importing the
writers) fails here with the offending file named.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor.extractors import EXTRACTORS

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"
EXTRACTORS_DIR = PACKAGE / "extractors"
#: What an extractor must never import: output, the command line, the batch machinery, views.
FORBIDDEN_IN_EXTRACTORS = (
    "writers",
    "cli",
    "batch",
    "parallel",
    "cluster",
    "resume",
    "progress",
    "views",
    "merge",
    "pipeline",
)


def _python_files(root: Path) -> Iterator[Path]:
    yield from sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The absolute names of the `extractor` modules (and names) one file imports."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
    return {name for name in found if name == "extractor" or name.startswith("extractor.")}


# ----------------------------------------------------------------------------- one package per kind


def test_layout_no_kind_prefixed_modules() -> None:
    """No `_<kind>_*.py` (or `_<kinds>_*.py`) file anywhere under extractor/extractors/."""
    kinds = "|".join(rf"{k}s?" for k in EXTRACTORS)
    prefixed = re.compile(rf"_(?:{kinds})_\w*\.py")
    found = [p for p in _python_files(EXTRACTORS_DIR) if prefixed.fullmatch(p.name)]
    assert found == []


@pytest.mark.parametrize("kind", list(EXTRACTORS))
def test_layout_each_kind_is_a_package_exposing_extract(kind: str) -> None:
    package = EXTRACTORS_DIR / f"{kind}s"
    assert (package / "__init__.py").is_file(), f"{kind}: no package extractors/{kind}s/"
    module = importlib.import_module(f"extractor.extractors.{kind}s")
    assert module.extract is EXTRACTORS[kind], f"{kind}: the registry's function is not its extract"


def test_layout_data_files_grouped_in_subfolders() -> None:
    """Word lists and tables live in data/<kind>/, never loose in data/."""
    loose = [p.name for p in (PACKAGE / "data").iterdir() if p.is_file() and p.suffix != ".py"]
    assert loose == []


# ----------------------------------------------------------------------------- one source per fact


def test_layout_one_country_code_function() -> None:
    defined = [
        f"{_module_name(p)}:{node.lineno}"
        for p in _python_files(PACKAGE)
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "country_code"
    ]
    assert len(defined) == 1 and defined[0].startswith("extractor.countries:"), defined


def test_layout_no_style_or_script_markup_in_python() -> None:
    """The pages' stylesheets and scripts are package resources, not Python strings."""
    markup = re.compile(r"<(?:style|script)\b", re.IGNORECASE)
    found = [
        f"{p.relative_to(PACKAGE)}:{n}"
        for p in _python_files(PACKAGE)
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if markup.search(line)
    ]
    assert found == []


# ----------------------------------------------------------------------------- the import graph


def test_layout_extractors_import_no_output_cli_or_batch_machinery() -> None:
    bad = []
    for path in _python_files(EXTRACTORS_DIR):
        for name in _imports(path):
            parts = name.split(".")
            if len(parts) > 1 and parts[1] in FORBIDDEN_IN_EXTRACTORS:
                bad.append(f"{_module_name(path)} imports {name}")
    assert bad == []


def test_layout_records_import_no_extractor() -> None:
    """records.py is the data model: it stands below every extractor, never beside them."""
    names = _imports(PACKAGE / "records.py")
    assert [n for n in names if n.startswith("extractor.extractors")] == []


def test_layout_import_reader_sees_relative_imports() -> None:
    """The graph tests are only as good as `_imports`: it must resolve relative imports."""
    names = _imports(EXTRACTORS_DIR / "actors" / "tables.py")
    assert "extractor.countries" in names
    assert "extractor.data.lines" in names
    names = _imports(EXTRACTORS_DIR / "__init__.py")
    assert "extractor.records" in names and "extractor.extractors.actors" in names
