"""The one place text becomes HTML, for every page newsfacts writes (`show --html`, the merge
report): escaping, JSON that is safe inside a script element, and the page's own files (template,
stylesheet, script) read as package resources. No imports beyond the standard library, so a page
can be built without the model's.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from typing import Any


def esc(text: str) -> str:
    """Text as HTML: every character that could be markup escaped."""
    return html.escape(text, quote=True)


def script_json(value: Any) -> str:
    """JSON safe inside a script element: no `<`, `>` or `&` can end or open a tag."""
    return (
        json.dumps(value, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


@cache
def resource(package: str, name: str) -> str:
    """A file shipped beside a page's module (`page.html`, `report.css`, ...), read once."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")
