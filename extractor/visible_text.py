"""A web page's visible text, one line per block, for pages where no article was found.

trafilatura finds nothing in a bare snippet (`<p>Rome on Friday</p>` from a JSONL line) or in a
page nested deeper than lxml parses (libxml2 stops at 256 levels, 2048 with huge_tree). The
standard library's HTMLParser only tokenizes, so it reads any depth in one pass: text outside
scripts, styles and other invisible elements, a line break at each block element.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose content a reader never sees as text.
_HIDDEN = frozenset(
    {"script", "style", "noscript", "template", "title", "svg", "math", "iframe", "object",
     "select", "option", "textarea", "button"}
)
# Elements that start a new line of text.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
     "tr", "table", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
     "figure", "figcaption", "pre", "hr", "address", "form", "fieldset", "legend", "details",
     "summary", "caption", "body", "html"}
)

_BLANKS = str.maketrans("\r\n\t\f", "    ")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.pieces.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:  # line breaks in the source are blanks, as a browser shows them
            self.pieces.append(data.translate(_BLANKS))


def visible_text(html: str) -> str:
    """The text a browser would show, one line per block, runs of blanks made one space."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.pieces).split("\n"))
    return "\n".join(line for line in lines if line)
