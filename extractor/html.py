"""Saved web pages -> the article text and its publication date (trafilatura, htmldate)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import InputError

_HTML_STARTS = ("<!doctype html", "<html")


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    published: date | None


def looks_like_html(text: str) -> bool:
    """Whether a document's content starts like a web page."""
    return text.lstrip()[:20].lower().startswith(_HTML_STARTS)


def extract_article(path: str, html: str) -> Article:
    """The main text of a page (precision-first) and the date it was published, if found."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(
        html, favor_precision=True, include_comments=False, include_tables=False, deduplicate=True
    )
    if not text:
        raise InputError(path, "no article text found in the HTML page")
    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return Article(text=text, published=date.fromisoformat(found) if found else None)
