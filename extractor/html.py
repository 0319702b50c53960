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
from dataclasses import dataclass
from datetime import date

from .body import (
    MAX_FURNITURE_WORDS,
    MIN_PARAGRAPH_WORDS,
    Line,
    ends_like_sentence,
    find_body,
    is_call_to_action,
    is_prose,
)
from .data import lines as data_lines
from .dateline import find_publication_date
from .errors import InputError

_HTML_STARTS = ("<!doctype html", "<html")
_PREAMBLE = re.compile(r"\A(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.DOTALL)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)

# A page whose precision extraction kept less than this share of the prose that the balanced
# mode finds has lost part of its article; the balanced extraction is used instead.
MIN_PRECISION_SHARE = 0.25

_NAME = r"[A-Z][\w'’.-]*"
_BYLINE = re.compile(
    rf"^(?:by|written by|words by|story by|text by)\s+(?:{_NAME}|[a-z]+ {_NAME})", re.I
)
_BYLINE_BY = re.compile(rf"^By\s+{_NAME}")
_SEVERAL_NAMES = re.compile(r"\s(?:and|&)\s|,")
_CREDITS = re.compile(
    r"\b(?:reporting|reported|editing|edited|writing|written|compiled|produced|"
    r"additional reporting|contributed|research)\s+by\b",
    re.I,
)
_CREDIT_STARTS = ("reporting by", "additional reporting", "editing by", "writing by", "compiled by")
_PICTURE = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|video|illustration|graphic|credit|"
    r"photo credit|image source|source)\s*(?::|/|\||©|by\b)",
    re.I,
)
_AGENCIES = "|".join(data_lines("html/photo_agencies.txt"))
_AGENCY_CREDIT = re.compile(rf"(?:/|©|\()\s*(?:{_AGENCIES})\b", re.I)
_LINK_PROMPT = re.compile(
    r"^(?:related(?: stories| articles| content| coverage| topics)?|read more|more|read also|"
    r"also read|see also|read next|recommended|watch|listen|further reading|"
    r"more on this(?: story)?|more on|explore more|latest|trending|in pictures|more from [\w ]+|"
    r"tags|topics|filed under|categories|keywords)\s*[:|>»›]|"
    r"^(?:image caption|media caption|caption|image source)\s*[:,]",
    re.I,
)
_CAPTION_CREDIT = re.compile(
    rf"(?:\b(?:{_AGENCIES})/[\w .'’-]{{2,40}}|"
    rf"(?:/|©|\||photo:|photograph:|image:)\s*(?:{_AGENCIES})(?: via getty images)?)\s*\)?\s*$",
    re.I,
)
_AGENCY_ONLY = re.compile(
    rf"^(?:{_AGENCIES}|\d+\s+comments?|comments?|print|email|share)$",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b|"
    r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
    re.I,
)
_ADS = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|"
    r"(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
    r"continue reading (?:below|the main story)|scroll to continue(?: with content)?)\W*$",
    re.I,
)
_META = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|-minute)\s+read\b|"
    r"^(?:published|updated|last updated|posted|first published|modified)\b",
    re.I,
)
_SEPARATORS = re.compile(r"\s[·|•›»]\s")
_US = re.compile(
    r"\b(?:contact us|email us|e-mail us|write to us|tell us|send us|follow us|join us|"
    r"contact (?:him|her|them|the author|the reporter))\b",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_BIO = re.compile(
    rf"^{_NAME}(?:\s+{_NAME}){{0,3}}\s+(?:is|has been)\s+(?:a|an|the|our)\b.{{0,80}}?\b"
    r"(?:writer|reporter|correspondent|journalist|editor|columnist|contributor|"
    r"freelancer|photographer|producer|author)\b",
)
_LIST_MARK = re.compile(r"^(?:[-*•]\s+|\d+[.)]\s+)")


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    published: date | None


def looks_like_html(text: str) -> bool:
    """Whether a document's content starts like a web page (after comments, an XML prolog)."""
    return strip_preamble(text[:4096])[:20].lower().startswith(_HTML_STARTS)


def strip_preamble(html: str) -> str:
    """The page without a leading BOM, XML prolog or comments (a browser's "saved from url"):
    lxml would take a leading comment for the whole document and find no article."""
    head = html.lstrip("\ufeff")
    return head[_PREAMBLE.match(head).end() :]  # type: ignore[union-attr]


def _saved_from(html: str) -> str | None:
    match = _SAVED_FROM.search(html[:2048])
    return match.group(1) if match else None


def extract_article(path: str, html: str) -> Article:
    """The main text of a page, furniture lines dropped, and the date it was published."""
    page = strip_preamble(html)
    try:
        raw = _main_text(page)
    except Exception as exc:  # lxml/trafilatura failures on broken markup
        raise InputError(path, f"could not read the HTML page ({type(exc).__name__})") from None
    if not raw:
        raise InputError(path, "no article text found in the HTML page")
    text = clean_text(raw)
    return Article(text=text, published=publication_date(page, raw, url=_saved_from(html)))


def _main_text(html: str) -> str | None:
    """trafilatura's precision extraction, unless it lost most of the article; then balanced."""
    precise = _trafilatura(html, favor_precision=True)
    balanced = _trafilatura(html, favor_precision=False)
    if not precise:
        return balanced or _trafilatura(html, favor_precision=False, favor_recall=True)
    if balanced and _prose_chars(precise) < MIN_PRECISION_SHARE * _prose_chars(balanced):
        return balanced
    return precise


def _trafilatura(html: str, **mode: bool) -> str | None:
    import trafilatura
    from trafilatura.deduplication import LRUCache

    return trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=LRUCache(maxsize=1024),  # a fresh cache: within this page only
        **mode,
    )


def _prose_chars(text: str) -> int:
    return sum(len(line) for line in text.split("\n") if is_prose(Line.of(line)))


def is_furniture_line(text: str) -> bool:
    """A line of extracted page text that is not article text: a byline, credit, prompt, ad."""
    line = text.strip()
    bare = _LIST_MARK.sub("", line)
    words = Line.of(bare).words
    if not words:
        return len(line) < 4
    if len(words) > MAX_FURNITURE_WORDS or '"' in bare or "“" in bare:
        return False
    sentence = ends_like_sentence(Line.of(bare))
    short = len(words) < MIN_PARAGRAPH_WORDS or not sentence
    if _ADS.match(bare) or _LINK_PROMPT.match(bare) or _PICTURE.match(bare):
        return True
    if _CREDITS.search(bare) and (short or bare.lower().startswith(_CREDIT_STARTS)):
        return True
    if _BYLINE.match(bare) and not sentence and len(words) <= 12:
        return True
    if _BYLINE_BY.match(bare) and _SEVERAL_NAMES.search(bare) and not sentence:
        return True
    if _META.search(bare) and short:
        return True
    if _SEPARATORS.search(bare) and not sentence and len(words) <= 15:
        return True
    if _AGENCY_CREDIT.search(bare) and short:
        return True
    if _CAPTION_CREDIT.search(bare) or _AGENCY_ONLY.match(bare) or _COPYRIGHT.search(bare):
        return True
    if (_US.search(bare) or _EMAIL.search(bare)) and (short or _US.match(bare)):
        return True
    if _BIO.match(bare):
        return True
    return is_call_to_action(Line.of(bare))  # prose-like lines need two signs there


def clean_text(raw: str) -> str:
    """The extracted text without furniture lines, paragraphs separated by a blank line.

    Lines after the last prose paragraph that do not end like a sentence (lists of related
    headlines, tags) go too. If nothing of substance would be left, the text is kept whole.
    """
    lines = [line.strip() for line in raw.split("\n")]
    kept = [line for line in lines if line and not is_furniture_line(line)]
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
    """The page's original publication date: metadata, <time>, its URL, a "Published" line."""
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
    if raw_text:
        return find_publication_date(raw_text, find_body(raw_text))
    return None
