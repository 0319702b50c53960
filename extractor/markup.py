"""The one place text becomes HTML, for every page newsfacts writes (`show --html`, the merge
report): escaping, and JSON that is safe inside a script element. No imports beyond the standard
library, so a page can be built without the model's.
"""

from __future__ import annotations

import html
import json
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
