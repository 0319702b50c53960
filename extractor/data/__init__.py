"""Word lists and tables, kept as data files beside this module, one subfolder per kind or topic
(`actors/`, `claims/`, `countries/`, `dates/`, `distances/`, `furniture/`, ...).

Every file is read through `lines()` or `table()`, once per process; no code opens these files
another way. This module must stay a leaf: it imports nothing else of `extractor`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of data file `name`, stripped, in file order."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def table(name: str) -> Any:
    """A JSON data file, parsed once per process."""
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
