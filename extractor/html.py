"""Saved web pages -> the article text and its publication date (trafilatura, htmldate).

trafilatura's precision mode finds the article; what it still leaves in (bylines, share prompts,
"Related:" links, photo credits, "Advertisement", contact lines, an author's bio) is then dropped
line by line, so `newsfacts text` prints the article alone. What is dropped is only ever whole
lines that look like page furniture; anything doubtful stays for the body finder to mask.

Deterministic: the same page always gives the same text, whatever was read before it
(trafilatura's `deduplicate` keeps a process-wide cache, so it gets a fresh one per page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .body import find_body
from .continuation import continuation
from .dateline import find_publication_date
from .errors import InputError
from .furniture import (
    is_caption,
    is_embedded_post,
    is_furniture_line,
    is_list_heading,
    is_metadata_row,
    is_summary_heading,
    is_summary_point,
)
from .lines import Line, ends_like_sentence, is_prose
from .site import Site, find_site
from .visible_text import visible_text

_HTML_STARTS = ("<!doctype html", "<html")
_PREAMBLE = re.compile(r"\A(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.DOTALL)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
# A page's own markup starts within this many characters (after comments, an XML prolog).
SNIFF_CHARS = 4096
# A browser writes its "saved from url" comment within this many characters of the top.
SAVED_FROM_CHARS = 2048
# trafilatura drops a paragraph repeated in its page; it remembers this many distinct ones (a
# fresh memory per page, so one page's paragraphs never hide another's).
DEDUPLICATE_PARAGRAPHS = 1024

# A page whose precision extraction kept less than this share of the prose that the balanced
# mode finds has lost part of its article; the balanced extraction is used instead.
MIN_PRECISION_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    published: date | None
    warning: str | None = None


def looks_like_html(text: str) -> bool:
    """Whether a document's content starts like a web page (after comments, an XML prolog)."""
    return strip_preamble(text[:SNIFF_CHARS]).lower().startswith(_HTML_STARTS)


def strip_preamble(html: str) -> str:
    """The page without a leading BOM, XML prolog or comments (a browser's "saved from url"):
    lxml would take a leading comment for the whole document and find no article."""
    head = html.lstrip("\ufeff")
    return head[_PREAMBLE.match(head).end() :]  # type: ignore[union-attr]


def _saved_from(html: str) -> str | None:
    match = _SAVED_FROM.search(html[:SAVED_FROM_CHARS])
    return match.group(1) if match else None


def extract_article(path: str, html: str) -> Article:
    """The main text of a page, furniture lines dropped, and the date it was published.

    Where trafilatura finds no article (a bare snippet, a page nested deeper than lxml reads,
    markup it cannot parse), the page's visible text is read instead, with a warning.
    """
    page = strip_preamble(html)
    url = _saved_from(html)
    warning = None
    try:
        raw = _main_text(page)
    except Exception as exc:  # lxml/trafilatura failures on broken markup
        raw, reason = None, f"could not read the article ({type(exc).__name__})"
    else:
        reason = "no article found"
    if not raw:
        raw = visible_text(page)
        if not raw:
            raise InputError(path, "no article text found in the HTML page")
        warning = f"{path}: {reason} in the HTML page; read its visible text"
    text = clean_text(raw, find_site(page, url))
    return Article(text=text, published=publication_date(page, raw, url=url), warning=warning)


def _main_text(html: str) -> str | None:
    """trafilatura's article, with the rest of a story its page splits in two."""
    text = _extraction(html)
    rest = continuation(html, text) if text else []
    return "\n".join([text, *rest]) if text and rest else text


def _extraction(html: str) -> str | None:
    """trafilatura's precision extraction, unless it lost most of the article; then balanced."""
    precise = _trafilatura(html, favor_precision=True)
    balanced = _trafilatura(html, favor_precision=False)
    if not precise:
        return balanced or _trafilatura(html, favor_precision=False, favor_recall=True)
    if balanced and _prose_chars(precise) < MIN_PRECISION_SHARE * _prose_chars(balanced):
        return balanced
    return _with_adjoining_prose(precise, balanced) if balanced else precise


def _with_adjoining_prose(precise: str, balanced: str) -> str:
    """`precise` with the paragraphs the balanced extraction has right before its first line
    and right after its last, up to the first line that is no paragraph: precision mode may
    drop an article's first or last block (a live blog's entries, each closed by a share
    link)."""
    kept = precise.split("\n")
    lines = balanced.split("\n")
    first, last = kept[0].strip(), kept[-1].strip()
    if not first or not last:
        return precise  # a blank edge line would match any blank line of the balanced text
    starts = [i for i, line in enumerate(lines) if line.strip() == first]
    ends = [i for i, line in enumerate(lines) if line.strip() == last]
    if not starts or not ends or starts[0] > ends[-1]:
        return precise
    before = _paragraphs_from(reversed(lines[: starts[0]]))[::-1]
    after = _paragraphs_from(lines[ends[-1] + 1 :])
    return "\n".join([*before, *kept, *after])


def _paragraphs_from(lines: Iterable[str]) -> list[str]:
    """The paragraphs in `lines`, in order, with a subhead between two of them, up to the first
    line that is neither (furniture, a list's heading, a title without a paragraph beside it)."""
    taken: list[str] = []
    pending: str | None = None  # a subhead, taken when a paragraph follows it
    for line in lines:
        alone = Line.of(line.strip())
        if is_dropped_line(line) or is_list_heading(alone):
            break
        if is_prose(alone):
            taken += [pending, line] if pending is not None else [line]
            pending = None
        elif pending is None:
            pending = line
        else:
            break
    return taken


def _trafilatura(html: str, **mode: bool) -> str | None:
    import trafilatura
    from trafilatura.deduplication import LRUCache

    return trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=LRUCache(maxsize=DEDUPLICATE_PARAGRAPHS),  # within this page only
        **mode,
    )


def _prose_chars(text: str) -> int:
    return sum(len(line) for line in text.split("\n") if is_prose(Line.of(line)))


def is_dropped_line(text: str) -> bool:
    """A line of extracted page text to drop: page furniture, or a picture's caption
    (trafilatura keeps "Image caption, Residents queue for water" among the paragraphs)."""
    line = Line.of(text.strip())
    return is_furniture_line(line) or is_caption(line) or is_metadata_row(line)


def clean_text(raw: str, site: Site | None = None) -> str:
    """The extracted text without furniture lines, paragraphs separated by a blank line.

    Dropped: furniture lines, an embedded post's text above its signature, a site's summary
    box (its heading and points), the site's own lines (masthead, promotions, "about us"), and
    a list heading ("Most read", "Related") with the headlines under it. Lines after the last
    prose paragraph that do not end like a sentence (lists of related headlines, tags) go too.
    If nothing of substance would be left, the text is kept whole.
    """
    lines = [line.strip() for line in raw.split("\n")]
    present = [Line.of(line) for line in lines if line]
    kept = []
    in_list = in_summary = False
    for alone, following in zip(present, [*present[1:], None], strict=True):
        line = alone.text
        if following is not None and is_embedded_post(alone, following):
            continue
        if is_summary_heading(alone):
            in_summary = True
            continue
        in_summary = in_summary and (is_summary_point(alone) or not is_prose(alone))
        if in_summary:
            continue
        if is_list_heading(alone):
            in_list = True
            continue
        in_list = in_list and not ends_like_sentence(alone)
        if not in_list and not is_dropped_line(line) and not (site and site.is_own_line(line)):
            kept.append(line)
    prose = [i for i, line in enumerate(kept) if is_prose(Line.of(line))]
    if not prose:
        kept = [line for line in lines if line]
        return "\n\n".join(kept)
    last = prose[-1]
    tail = [line for line in kept[last + 1 :] if ends_like_sentence(Line.of(line))]
    return "\n\n".join(kept[: last + 1] + tail)


def publication_date(
    html: str, raw_text: str | None = None, *, url: str | None = None
) -> date | None:
    """The page's original publication date: metadata, <time>, its URL, else a "Published"
    line in the article's text or, above it, in the page's visible text."""
    from htmldate import find_date

    try:
        found = find_date(
            html,
            url=url or _saved_from(html),
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
        )
    except Exception:  # htmldate on broken markup
        found = None
    if found:
        try:
            return date.fromisoformat(found)
        except ValueError:
            pass
    for text in (raw_text, visible_text(html)):  # the article's lines, then the page's
        if text:  # (a "Published: Mar. 12, 2024" line sits above the article, in furniture)
            day = find_publication_date(text, find_body(text))
            if day is not None:
                return day
    return None
