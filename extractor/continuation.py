"""The rest of an article that its page splits across containers, which trafilatura leaves out.

Some sites break a story with a full-width advertisement: the story's container closes and
another of the same tag and class opens after the break (`<div class="story-body">` twice).
trafilatura keeps the first. The paragraphs of the later containers, with the class of the
article's own paragraphs, are the rest of the story; furniture among them is dropped afterwards
like any other line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lines import Line, is_prose

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_SPACE = re.compile(r"\s+")
# An extracted paragraph is found in the page by this many of its first characters (trafilatura
# may join or trim an element's text differently at its end).
MATCH_CHARS = 80


def continuation(page: str, extracted: str) -> list[str]:
    """The paragraphs after the extracted text's last one, in later containers of the same
    tag and class as its own, that the extracted text does not hold."""
    prose = [line for line in extracted.split("\n") if is_prose(Line.of(line.strip()))]
    if not prose:
        return []
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(page)
    except Exception:  # lxml on markup it cannot read: keep what trafilatura found
        return []
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    anchor = _paragraph_element(elements, prose[-1])
    container = anchor.getparent() if anchor is not None else None
    if anchor is None or container is None or not container.get("class"):
        return []
    position = {id(el): i for i, el in enumerate(elements)}
    after = max(position[id(el)] for el in container.iter() if isinstance(el.tag, str)) + 1
    held = {_normal(line) for line in extracted.split("\n")}
    taken: list[str] = []
    for element in elements[after:]:
        if element.tag != container.tag or element.get("class") != container.get("class"):
            continue
        for paragraph in element.iter("p"):
            text = _normal(paragraph.text_content())
            if text and text not in held and paragraph.get("class") == anchor.get("class"):
                taken.append(text)
                held.add(text)
    return taken


def _paragraph_element(elements: list[HtmlElement], line: str) -> HtmlElement | None:
    """The <p> element whose text the extracted line is."""
    key = _normal(line)[:MATCH_CHARS]
    return next(
        (el for el in elements if el.tag == "p" and _normal(el.text_content()).startswith(key)),
        None,
    )


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
