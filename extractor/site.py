"""The publishing site's own name: its masthead, promotions and "about us" lines give no fact.

Read from the page's metadata (og:site_name, application-name, the publisher: trafilatura's
metadata reader), the suffix of its <title> ("Ferry link approved | The Northern Ledger") and
its domain ("www.coastlinecourier.example", matched with spaces and case ignored).
"""

from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .lines import Line, is_prose

# A site's name is short; a longer title part is the headline.
MAX_NAME_WORDS = 5
# A domain's core shorter than this ("ap", "bbc") would match inside ordinary words.
MIN_DOMAIN_KEY = 6
# The <title> is looked for in the page's first characters only.
HEAD_CHARS = 65536

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·:-]\s+|\s*::\s*")
_SQUASH = re.compile(r"[\W_]+")
_READER = re.compile(r"\b(?:you|your)\b", re.I)
_HOSTNAME = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_DOMAIN_PREFIXES = ("www.", "m.", "amp.", "edition.", "news.")


@dataclass(frozen=True, slots=True)
class Site:
    """The names a site goes by, and the core of its domain."""

    names: tuple[str, ...] = ()
    domain_key: str | None = None
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        spelled = [r"\s+".join(map(re.escape, name.split())) for name in self.names]
        pattern = rf"(?<!\w)(?:the\s+)?(?:{'|'.join(spelled)})(?!\w)" if spelled else r"(?!)"
        object.__setattr__(self, "pattern", re.compile(pattern, re.I))

    def named_in(self, text: str) -> bool:
        if self.pattern.search(text):
            return True
        return bool(self.domain_key) and self.domain_key in _SQUASH.sub("", text.lower())

    def opens(self, text: str) -> bool:
        return bool(self.pattern.match(text))

    def is_own_line(self, text: str) -> bool:
        """A line about the site, not the news: its masthead ("The Harbour Post | World"), a
        promotion ("Get the Harbour Post app"), or an "about us" line opening with its name.
        A paragraph that quotes or reports to the site ("..., she told the Harbour Post.")
        stays."""
        if not self.named_in(text):
            return False
        line = Line.of(text)
        return not is_prose(line) or self.opens(text) or bool(_READER.search(text))


def find_site(page: str, url: str | None = None) -> Site:
    """The site of a saved page: its metadata's name, its title's suffix, its domain."""
    names: list[str] = []
    hostname = None
    try:
        from trafilatura.metadata import extract_metadata

        meta = extract_metadata(page, default_url=url, extensive=False)
        if meta.sitename:
            names.append(meta.sitename)
        hostname = meta.hostname
        headline = meta.title
    except Exception:  # lxml on a page it cannot parse: the title and URL may still say
        headline = None
    suffix = _title_suffix(page, headline)
    if suffix:
        names.append(suffix)
    hostname = hostname or (urlsplit(url).hostname if url else None)
    names = [n for n in dict.fromkeys(n.strip() for n in names) if _plausible_name(n)]
    return Site(names=tuple(names), domain_key=_domain_key(hostname))


def _title_suffix(page: str, headline: str | None) -> str | None:
    """The last part of "Headline | Site name" when it is short and not the headline."""
    match = _TITLE.search(page[:HEAD_CHARS])
    if not match:
        return None
    parts = _TITLE_SEPARATOR.split(html_entities.unescape(" ".join(match.group(1).split())))
    if len(parts) < 2:
        return None
    last = parts[-1]
    if headline and last.lower() in headline.lower():
        return None
    return last


def _plausible_name(name: str) -> bool:
    """A short name with letters; a bare hostname ("site.example") is the domain's to match."""
    if not name or len(name.split()) > MAX_NAME_WORDS or not any(c.isalpha() for c in name):
        return False
    return not _HOSTNAME.fullmatch(name)


def _domain_key(hostname: str | None) -> str | None:
    """"www.coastlinecourier.example" -> "coastlinecourier"."""
    if not hostname:
        return None
    host = hostname.lower()
    for prefix in _DOMAIN_PREFIXES:
        host = host.removeprefix(prefix)
    core = _SQUASH.sub("", host.split(".")[0])
    return core if len(core) >= MIN_DOMAIN_KEY else None
