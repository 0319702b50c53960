"""Find the article body inside a saved page and mask the page furniture around and within it.

Saved news carries calls to action, subscription prompts, navigation, bylines, share bars,
related-story lists and footers. Rather than cutting them out (which would shift offsets), their
characters are replaced by spaces in the text spaCy reads, so every offset still indexes the
original document text.

Every line is first classified on its own (`classify_line`): furniture (calls to action,
bylines, "Updated 3 hours ago", share bars, credits, navigation rows, cookie and copyright
lines), a related-list heading, prose (a paragraph of at least `MIN_PARAGRAPH_WORDS` words ending
like a sentence), a short sentence ("He declined to comment."), a dateline, a date or time alone,
or a title (headline, subhead, caption, list item). Then, in context: the items of related lists,
runs of title-like lines and short lines that repeat are furniture; the body is the largest block
of prose, extended back over its headline and standfirst and forward over closing short
sentences and fact boxes. Everything outside the body is furniture. What a furniture line looks
like is furniture.py's; the rules are generic, no site's own phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .calendar_names import MONTHS, WEEKDAYS, ZONES, alternation
from .data import lines as data_lines
from .furniture import (
    CAPTION_LABEL,
    LIST_MARK,
    closing_credit,
    is_embedded_post,
    is_furniture_line,
    is_hard_end,
    is_list_heading,
    is_summary_heading,
    is_summary_point,
)
from .lines import (
    MIN_PARAGRAPH_WORDS,
    Line,
    ends_like_sentence,
    has_quote,
    is_prose,
    opens_and_closes_with_quote,
    split_lines,
    unmarked,
)

# A line of more words than this is no headline (a standfirst, a paragraph).
MAX_HEADLINE_WORDS = 25
# A line of at least this many words above the first paragraph is a standfirst.
MIN_STANDFIRST_WORDS = 15
# This many title-like lines in a row, not leading into prose, are a list of links.
MIN_TITLE_RUN = 3
# At least this many lines between two prose lines, MIN_FURNITURE_IN_GAP of them furniture,
# split the blocks.
MIN_FURNITURE_GAP = 3
# A paragraph this long on its own may join the article across furniture.
LONG_PARAGRAPH_WORDS = 25
# A line just above the first paragraph longer than this is not its headline or standfirst.
MAX_LEAD_WORDS = 60
# A dateline line has at most this many words; a heading of a fact box at most FACT_HEADING_WORDS.
MAX_DATELINE_WORDS = 8
FACT_HEADING_WORDS = 3
MAX_CAPS_HEADING_WORDS = 6  # a table's heading in capitals may be longer
# A fact box below the article ("Length: 12 km") has at least this many data rows, each of at
# most MAX_DATA_ROW_CHARS characters (a paragraph is no row).
MIN_FACT_ROWS = 2
MAX_DATA_ROW_CHARS = 200
# A run of this many short lines or more, each of MIN_TABLE_ROW_WORDS words or more closing on
# a figure, is a table in the story (a scorecard's "M. Atherton b W. Younis 31"), read as data
# rows; a headline comes alone, and a pager's "Page 2" is too short.
MIN_TABLE_ROWS = 3
MIN_TABLE_ROW_WORDS = 3
# Such a row writes in lowercase only words this short ("b", "c", "not out", "lbw"): a line of
# links' headline has longer ones ("Storm toll climbs to 40").
MAX_TABLE_ROW_LOWER_CHARS = 3
MIN_FURNITURE_IN_GAP = 2
# A press release names its distributor in its dateline ("CEDARVALE, Ontario, March 4, 2025
# /PRNewswire/ --", "(BUSINESS WIRE) --") within this many characters of the top; its closing
# "About Acme Corp." heading then starts the company's boilerplate, not more of the story.
RELEASE_DATELINE_CHARS = 2000
_SPACES = re.compile(r"[ \t]{2,}")  # the blanks markup left between two words
_RELEASE_DATELINE = re.compile(
    r"/[A-Z][\w .&-]{1,30}/\s*(?:--|—|–)|\((?:[A-Z]+ ){0,2}(?:WIRE|NEWSWIRE)\)\s*(?:--|—|–)"
)
_ABOUT_HEADING = re.compile(r"^About\s+(?:the\s+)?[A-Z][\w&.,'’ -]{1,60}$")
# The headline and standfirst above the first paragraph: at most this many lines, each of at
# least MIN_LEAD_WORDS words.
MAX_LEAD_LINES = 2
MIN_LEAD_WORDS = 3
# A headline and the short deck under it each have at least this many words (a site's name or a
# section label above a headline has fewer).
MIN_SUBDECK_WORDS = 5
# A word in -ed of at least this many letters may be a past-tense verb (not "red", "bed").
MIN_PAST_FORM_CHARS = 5

FURNITURE = "furniture"
LIST_HEADING = "list-heading"
SUMMARY = "summary"  # a site's summary box inside the article: masked, but no gap in it
PROSE = "prose"
SENTENCE = "sentence"
DATELINE = "dateline"
TIMESTAMP = "timestamp"
TITLE = "title"
DATA_ROW = "data-row"  # a row of a fact box or a table closing the article: read as prose

_NOT_LINE_END = re.compile(r"[^\r\n]")
_LINE_BREAK = re.compile(r"\r?\n")
_DATE_WORDS = "|".join((  # the words a timestamp line may hold besides digits
    alternation(MONTHS), alternation(WEEKDAYS), alternation(ZONES),
    "am|pm|a\\.m|p\\.m|a\\. m|p\\. m|(?<=\\d)[ap]|hrs|at|on|th|st|nd|rd|today|yesterday",
    "updated|published|posted|released|created|edited|originally|last|story|time",  # labels
))
# One character or word per repetition: nested runs ("\s+" inside "(...)+") would try every
# split of a long gap ("On April" and a masked link target before "26, ...") and never end.
_DATE_ONLY = re.compile(rf"^(?:[\d:./,|–—\s-]|(?:{_DATE_WORDS})\b\.?)+$", re.IGNORECASE)
# a live entry's time alone on its line: "18:42", "6.30pm", "10:05 GMT" (no date: a date line
# above the first paragraph is the page's own)
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", re.IGNORECASE)
# who filed a story, before the date on its line: "Reuters", "By Ana Ruiz"
_CREDIT_NAME = re.compile(r"(?:By\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}")
_FULL_DATE = re.compile(rf"\b(?:{alternation(MONTHS)})\.?\s+\d{{1,2}},?\s+\d{{4}}\b",
                        re.IGNORECASE)  # "Sep 18, 2013"
# A line of a results table: a team, its score, the other team, its score ("Aston Villa 2
# Derby County 0"), perhaps a note in brackets; and a row of a league table or a scorecard: a
# name and three numbers or more ("Arsenal 5 3 2 0 9 3 11").
_TEAM = r"[A-Z][\w.'’&-]*(?:[ \t][A-Z][\w.'’&-]*){0,3}"
RESULTS_ROW = re.compile(
    rf"(?P<home>{_TEAM})[ \t]+\d{{1,3}}[ \t]+(?P<away>{_TEAM})[ \t]+\d{{1,3}}"
    r"(?:[ \t]+\([^()\n]*\))?"
)
# A match summary: each team's score with its scorers and their minutes in brackets ("Ajax 3
# (Rivas 12, Lund 40 pen) Breda 1 (Kok 55). Halftime 2-0."), matched from the line's start.
_SCORERS = r"\((?P<{}>[^()\n]*)\)"
SCORERS_ROW = re.compile(
    rf"(?P<home>{_TEAM})[ \t]+\d{{1,3}}[ \t]+{_SCORERS.format('home_scorers')}[ \t]+"
    rf"(?P<away>{_TEAM})[ \t]+\d{{1,3}}(?:[ \t]+{_SCORERS.format('away_scorers')})?"
)
_CELL = r"(?:\d{1,4}|\d*\.\d+|\d{1,3}-\d{1,3}|\d{1,2}/\d{1,2}|-)"  # 14, .778, 3-1, 1/2, -
TABLE_ROW = re.compile(rf"(?P<name>{_TEAM})(?:[ \t]+{_CELL}){{3,}}")
# a match result ending in its scores ("X ( Croatia ) beat Y ( Sweden ) 7-6(5) 6-4"), and a
# scored or ranked name ("66 Phil Mickelson", "1 - Pete Sampras ( U.S. )"; not a numbered
# list of links, "1 Storm hits coast", which a page closes with)
_SCORE_ROW = re.compile(r"[^\n]*[A-Za-z][^\n]*?(?:[ \t]+\d{1,3}-\d{1,3}(?:\(\d{1,3}\))?){1,5}")
_RANKED_ROW = re.compile(r"(?:\d{2,3}|\d{1,3}[ \t]+-)[ \t]+[A-Z][^\n]{0,80}")
_DATA_ROW = re.compile(
    r"[A-Za-z][\w ’'/()-]{0,40}:\s*[$€£]?\d[\d,.]*\s*(?:%|[a-zA-Z]{1,3})?\.?"
    r"(?:\s*\([^()]{1,40}\))?"  # a note on the figure: "(5 cm)", "(city airport)"
)
# A fact box's labelled line with a figure in its words: "Rainfall: 110 mm in 24 hours", "Road
# closed: A59 between Ashby and Kell" ("Tags: Flooding" has no figure)
_LABELLED_FACT = re.compile(r"[A-Z][\w’'/()-]*(?: [\w’'/()-]+){0,3}:\s+[^\s\[].*\d.*")
_FIGURE_END = re.compile(r"[ \t]\d{1,4}\*?$")  # "... 31", a scorecard's "not out 54*"
_DATELINE = re.compile(
    r"^[*_]*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"  # a place
    r"(?:[ \t]?,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"  # its country or state
    r"(?P<date>(?:[ \t]?,)?\s+(?:[A-Za-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]+)(?:,?\s+\d{4})?"
    r"|\s+\d{4}-\d{2}-\d{2})?"  # "OSLO 1996-09-08", a wire archive's dateline
    r"\s*(?P<agency>\([A-Za-z ]+\))?\s*(?P<dash>--?|[–—_])?\s*[*_]*$"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """Where the article is, and which parts of the document to leave unread."""

    start: int
    end: int
    furniture: tuple[tuple[int, int], ...]
    nonprose: tuple[tuple[int, int], ...]
    markup: tuple[tuple[int, int], ...] = ()
    # Picture credits closing a caption line ("... on Monday. REUTERS/Jo Smith"): furniture that
    # stays in the text the model reads, as blanking it would glue the caption to the next line.
    credits: tuple[tuple[int, int], ...] = ()
    # The line breaks inside the paragraphs of hard-wrapped text: spaces to the model, which
    # reads them as a paragraph's words running on.
    wraps: tuple[tuple[int, int], ...] = ()

    def mask(self, text: str) -> str:
        """The text with its furniture and markup blanked (paragraph breaks kept), same length."""
        if not self.markup:
            return _spaced(blank(text, self.furniture), self.wraps)
        return _spaced(blank(text, sorted(self.furniture + self.markup)), self.wraps)

    def without_markup(self, text: str) -> str:
        """The text with only its markup blanked: what a reader of the words sees."""
        return _spaced(blank(text, self.markup), self.wraps)

    def words(self, text: str, start: int, end: int) -> str:
        """The words of text[start:end] without the markup among them, as a reader sees them:
        "north of [Grindavik](https://...), and" -> "north of Grindavik, and"."""
        if not self.markup:
            return text[start:end]
        kept, at = [], start
        for s, e in self.markup[max(0, bisect_left(self.markup, (start,)) - 1):]:
            if s >= end:
                break
            if e <= at:
                continue
            kept.append(text[at:max(at, s)])
            at = max(at, e)
        kept.append(text[at:end])
        return _SPACES.sub(" ", "".join(kept)).strip()

    def is_nonprose(self, start: int, end: int) -> bool:
        """Whether [start, end) lies in a headline, subhead, caption or dateline line."""
        return any(s <= start and end <= e for s, e in self.nonprose)

    def is_furniture(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps page furniture: masked, or a caption's credit."""
        return any(s < end and start < e for s, e in self.furniture) or self.in_credit(start, end)

    def in_credit(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a caption's closing credit (a few per page)."""
        return any(s < end and start < e for s, e in self.credits)


@cache
def _verbs() -> frozenset[str]:
    return frozenset(v.lower() for v in data_lines("body/verbs.txt"))


def blank(text: str, spans: Iterable[tuple[int, int]], fill: str = " ") -> str:
    """`text` with the characters of `spans` (in order, maybe overlapping) made spaces (or
    `fill`), line ends kept: the same length, so every offset still indexes `text`."""
    pieces, last = [], 0
    for start, end in spans:
        start = max(start, last)
        if end <= start:
            continue
        pieces.append(text[last:start])
        pieces.append(_NOT_LINE_END.sub(fill, text[start:end]))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _spaced(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """`text` with the characters of `spans` (line breaks) made spaces, same length."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _wraps(text: str, lines: list[Line]) -> tuple[tuple[int, int], ...]:
    """The line breaks inside `lines`: where hard-wrapped paragraphs were joined."""
    return tuple(
        m.span()
        for line in lines
        if "\n" in line.text
        for m in _LINE_BREAK.finditer(text, line.start, line.end)
    )


def has_verb(line: Line) -> bool:
    """A cheap test for a finite verb: a common verb form, or a past form in -ed."""
    verbs = _verbs()
    for word in line.words:
        lowered = word.lower().strip("'’.")
        if lowered in verbs or (len(lowered) >= MIN_PAST_FORM_CHARS and lowered.endswith("ed")):
            return True
    return False


def is_dateline(line: Line) -> bool:
    """A dateline on a line of its own: "LISBON, March 4 (Reuters) -", "*Nairobi, January 22*"."""
    match = _DATELINE.fullmatch(line.text.strip())
    if len(line.words) > MAX_DATELINE_WORDS or not match:
        return False
    return bool(match["date"] or match["agency"] or match["dash"])


def is_timestamp(line: Line) -> bool:
    """A line holding only a date or a time: "12 May 2025, 14:05 GMT", a live blog's "7 p.m.",
    or a full date after the name of who filed it: "Reuters Sep 18, 2013, 02.16PM IST"."""
    plain = unmarked(line.text)
    plain = plain[_credit_before_date(plain):]
    return bool(_DATE_ONLY.fullmatch(plain)) and any(c.isdigit() for c in plain)


def _credit_before_date(text: str) -> int:
    """Where the full date after the name of who filed the story starts in a line ("Reuters
    Sep 18, 2013"), or 0 when no name stands before one."""
    day = _FULL_DATE.search(text)
    return day.start() if day and _CREDIT_NAME.fullmatch(text, 0, day.start()) else 0


def is_data_row(line: Line) -> bool:
    """A row of a fact box ("Injured: 4,877", "Total dead: 10"), of a results or league
    table ("Ajax 2 PSV 1", "Ajax 5 3 2 0 9 3 11") or of a scoreboard ("X beat Y 6-4 6-3",
    "66 Phil Mickelson")."""
    text = line.text.strip()
    return len(text) <= MAX_DATA_ROW_CHARS and any(
        row.fullmatch(text) for row in (_DATA_ROW, RESULTS_ROW, TABLE_ROW, _SCORE_ROW, _RANKED_ROW))


def _is_labelled_fact(line: Line) -> bool:
    """A fact box's row that labels a fact in words: "Homes evacuated: about 200", "- Rainfall:
    96 mm in a day" (a plain-text list's mark before it)."""
    text = LIST_MARK.sub("", line.text.strip(), count=1)
    return len(text) <= MAX_DATA_ROW_CHARS and _LABELLED_FACT.fullmatch(text) is not None


def is_fact_heading(line: Line) -> bool:
    """The heading of a fact box or a part of a table: "Key figures:", "BY THE NUMBERS",
    "Men's singles"."""
    text, n = line.text, len(line.words)
    return n <= FACT_HEADING_WORDS and not text.endswith(".") or \
        text.isupper() and n <= MAX_CAPS_HEADING_WORDS  # "W L PCT GB", "EASTERN CONFERENCE"


def classify_line(line: Line) -> str:
    """The kind of one line seen on its own: furniture, list-heading, prose, sentence, ..."""
    if is_list_heading(line):
        return LIST_HEADING
    if is_furniture_line(line):
        return FURNITURE
    if is_dateline(line):
        return DATELINE
    if is_timestamp(line):
        return TIMESTAMP
    if is_prose(line):
        return PROSE
    if ends_like_sentence(line) and _is_short_sentence(line):
        return SENTENCE
    return TITLE


def _is_short_sentence(line: Line) -> bool:
    """ "He declined to comment." or a one-line quoted paragraph, not "One app." """
    if opens_and_closes_with_quote(unmarked(line.text)):
        return True
    return any(w[:1].islower() for w in line.words) and has_verb(line)


def find_body(text: str, markup: tuple[tuple[int, int], ...] = ()) -> Body:
    """Locate the article body and the furniture to mask inside and around it.

    `markup` (Markdown's link targets, emphasis and heading marks) is read as blanks.
    """
    lines = split_lines(blank(text, markup))
    wraps = _wraps(text, lines)
    kinds = [classify_line(line) for line in lines]
    _mark_repeated(lines, kinds)
    _mark_embedded_posts(lines, kinds)
    bullets = [_is_list_item(text, line) for line in lines]
    _mark_summaries(lines, kinds, bullets)
    _mark_lists(lines, kinds)
    _mark_table_rows(lines, kinds)
    _mark_title_runs(lines, kinds, bullets)
    _mark_capital_headlines(lines, kinds)
    prose = [i for i, kind in enumerate(kinds) if kind == PROSE]
    if not prose:
        pairs = zip(lines, kinds, strict=True)
        furniture = [(line.start, line.end) for line, kind in pairs if _masked(kind)]
        return Body(
            start=0,
            end=len(text),
            furniture=tuple(furniture),
            nonprose=(),
            markup=markup,
            wraps=wraps,
        )
    release = bool(_RELEASE_DATELINE.search(text, 0, RELEASE_DATELINE_CHARS))
    first, last = _main_block(lines, kinds, prose, release)
    first = _with_entry_time(lines, kinds, _extend_back(lines, kinds, first))
    last = _extend_forward(lines, kinds, last)
    furniture: list[tuple[int, int]] = []
    nonprose: list[tuple[int, int]] = []
    credits: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if not first <= i <= last or _masked(kinds[i]):
            furniture.append((line.start, line.end))
            continue
        label = CAPTION_LABEL.match(line.text)
        credit = closing_credit(line.text) if kinds[i] == TITLE else None
        if label and label.end() < len(line.text):
            furniture.append((line.start, line.start + label.end()))
            nonprose.append((line.start + label.end(), line.end))
        elif credit is not None:  # "... on Monday. REUTERS/Jo Smith": the credit is no fact
            nonprose.append((line.start, line.start + credit))
            credits.append((line.start + credit, line.end))
        elif kinds[i] in (TITLE, DATELINE, TIMESTAMP):
            nonprose.append((line.start, line.end))
            filer = _credit_before_date(line.text) if kinds[i] == TIMESTAMP else 0
            if filer:  # "Reuters Sep 18, 2013": who filed it is no actor of the story
                credits.append((line.start, line.start + filer))
    return Body(
        start=lines[first].start,
        end=lines[last].end,
        furniture=tuple(furniture),
        nonprose=tuple(nonprose),
        markup=markup,
        credits=tuple(credits),
        wraps=wraps,
    )


def _mark_capital_headlines(lines: list[Line], kinds: list[str]) -> None:
    """A long line written all in capitals is a headline, even ending in a full stop ("SOCCER -
    HOSTS HELD TO DRAW IN QUALIFIER ."), where the story's paragraphs are in ordinary case; a
    story written all in capitals keeps its paragraphs."""
    shouted = [i for i, kind in enumerate(kinds) if kind == PROSE and lines[i].text.isupper()]
    if shouted and len(shouted) < kinds.count(PROSE):
        for i in shouted:
            kinds[i] = TITLE


def _mark_table_rows(lines: list[Line], kinds: list[str]) -> None:
    """Runs of title lines that are a table's rows, not headlines: at least `MIN_FACT_ROWS`
    rows of a known shape (a leaderboard's "203 Colin Hale, Paul Broad"), or at least
    `MIN_TABLE_ROWS` lines that each close on a figure (a scorecard). They are read as data
    rows, so that their names are names, not words capitalised by a headline's style."""
    run: list[int] = []
    known = 0  # rows of the run of a known shape
    for i, line in enumerate([*lines, None]):
        if line is not None and kinds[i] == TITLE:
            shaped = is_data_row(line)
            if shaped or _is_table_row(line):
                run.append(i)
                known += shaped
                continue
        if len(run) >= MIN_TABLE_ROWS or len(run) >= MIN_FACT_ROWS and known == len(run):
            for k in run:
                kinds[k] = DATA_ROW
        run, known = [], 0


def _is_table_row(line: Line) -> bool:
    """A short line of a few words closing on a figure, its lowercase words short: "P. Sato
    not out 33", not a headline's "Floods displace 3000"."""
    text, words = line.text.rstrip(), line.words
    return len(text) <= MAX_DATA_ROW_CHARS and len(words) >= MIN_TABLE_ROW_WORDS and \
        _FIGURE_END.search(text) is not None and \
        not any(w.islower() and len(w) > MAX_TABLE_ROW_LOWER_CHARS for w in words)


def _masked(kind: str) -> bool:
    return kind in (FURNITURE, LIST_HEADING, SUMMARY)


def _mark_repeated(lines: list[Line], kinds: list[str]) -> None:
    """Short lines that occur more than once: site names, menus, repeated prompts."""
    counts = Counter(
        line.text
        for line in lines
        if len(line.words) < MIN_PARAGRAPH_WORDS and not has_quote(line.text)
    )
    for i, line in enumerate(lines):
        if counts.get(line.text, 0) > 1:
            kinds[i] = FURNITURE


def _mark_embedded_posts(lines: list[Line], kinds: list[str]) -> None:
    """The text of a post embedded in the page, above its signature."""
    for i in range(len(lines) - 1):
        if is_embedded_post(lines[i], lines[i + 1]):
            kinds[i] = FURNITURE


def _mark_summaries(lines: list[Line], kinds: list[str], bullets: list[bool]) -> None:
    """A site's summary box: its heading and its points (bulleted, or one short sentence each),
    up to the first paragraph of running text."""
    i = 0
    while i < len(lines):
        if not is_summary_heading(lines[i]):
            i += 1
            continue
        kinds[i] = SUMMARY
        i += 1
        while i < len(lines) and (bullets[i] or kinds[i] != PROSE or is_summary_point(lines[i])):
            kinds[i] = SUMMARY
            i += 1


def _mark_lists(lines: list[Line], kinds: list[str]) -> None:
    """The items after a list heading: title-like lines, up to the first line of running text.

    Before any prose, a title directly followed by prose is the article's headline: it ends
    the list unmasked. After prose, it is a related link or a teaser's title, and is masked.
    """
    following: list[str | None] = [None] * len(kinds)  # the next kind that is not furniture
    for k in range(len(kinds) - 2, -1, -1):
        following[k] = kinds[k + 1] if kinds[k + 1] != FURNITURE else following[k + 1]
    i = 0
    seen_prose = False
    while i < len(kinds):
        if kinds[i] != LIST_HEADING:
            seen_prose = seen_prose or kinds[i] == PROSE
            i += 1
            continue
        i += 1
        while i < len(kinds) and kinds[i] in (TITLE, FURNITURE, DATELINE, TIMESTAMP):
            if kinds[i] == TITLE and following[i] in (PROSE, SENTENCE) and not seen_prose:
                break
            kinds[i] = FURNITURE
            i += 1


def _mark_title_runs(lines: list[Line], kinds: list[str], bullets: list[bool]) -> None:
    """Three or more title-like lines in a row not leading into prose, none of them a bulleted
    list item: a list of links."""
    i = 0
    while i < len(kinds):
        if kinds[i] != TITLE or bullets[i]:
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == TITLE and not bullets[j]:
            j += 1
        if j - i >= MIN_TITLE_RUN and (j == len(kinds) or kinds[j] not in (PROSE, SENTENCE)):
            for k in range(i, j):
                kinds[k] = FURNITURE
        i = j


def _is_list_item(text: str, line: Line) -> bool:
    """A line opening with a bullet or number, as written or as blanked Markdown markup."""
    if LIST_MARK.match(line.text):
        return True
    prefix = text[text.rfind("\n", 0, line.start) + 1 : line.start]
    return bool(prefix.strip()) and bool(LIST_MARK.match(prefix.lstrip(" >") + " "))


def _main_block(
    lines: list[Line], kinds: list[str], prose: list[int], release: bool
) -> tuple[int, int]:
    """First and last prose line of the block of prose with the most words, and its neighbours.

    Prose lines are in different blocks when the lines between them hold a copyright or
    cookie line (a hard end: an "about us" footer follows; so is a press release's "About
    Acme Corp."), a list heading (teasers follow),
    or at least `MIN_FURNITURE_GAP` lines of which two are furniture (a promotional box, a
    marketing header). A neighbouring block joins the main one, except across a hard end,
    when it holds two paragraphs in a row, or across furniture only, one long paragraph.
    """
    blocks: list[list[int]] = [[prose[0]]]
    gaps: list[str] = []
    for a, b in zip(prose, prose[1:], strict=False):
        gap = _gap_kind(lines, kinds, a, b, release)
        if gap:
            blocks.append([b])
            gaps.append(gap)
        else:
            blocks[-1].append(b)
    words = [sum(len(lines[i].words) for i in block) for block in blocks]
    lo = hi = words.index(max(words))
    while hi < len(gaps) and _joins(lines, blocks[hi + 1], gaps[hi]):
        hi += 1
    while lo > 0 and _joins(lines, blocks[lo - 1], gaps[lo - 1]):
        lo -= 1
    return blocks[lo][0], blocks[hi][-1]


def _gap_kind(lines: list[Line], kinds: list[str], a: int, b: int, release: bool) -> str:
    """Why prose lines `a` and `b` are in different blocks: "hard", "list", "furniture" or "".
    In a press release, an "About Acme Corp." heading is a hard end."""
    gap = range(a + 1, b)
    if any(is_hard_end(lines[k].text) for k in gap):
        return "hard"
    if release and any(_ABOUT_HEADING.match(unmarked(lines[k].text)) for k in gap):
        return "hard"
    if any(kinds[k] == LIST_HEADING for k in gap):
        return "list"
    masked = sum(_masked(kinds[k]) and kinds[k] != SUMMARY for k in gap)
    return "furniture" if len(gap) >= MIN_FURNITURE_GAP and masked >= MIN_FURNITURE_IN_GAP else ""


def _joins(lines: list[Line], block: list[int], gap: str) -> bool:
    if gap == "hard":
        return False
    in_a_row = any(b == a + 1 for a, b in zip(block, block[1:], strict=False))
    long = any(len(lines[i].words) >= LONG_PARAGRAPH_WORDS for i in block)
    return in_a_row or (gap == "furniture" and (long or any(_attributes(lines[i])
                                                            for i in block)))


def _attributes(line: Line) -> bool:
    """Whether a paragraph attributes what it tells, as a story does ("the company said")."""
    return any(w.lower() in _attribution_words() for w in line.words)


@cache
def _attribution_words() -> frozenset[str]:
    return frozenset(data_lines("body/attribution_words.txt"))


def _extend_back(lines: list[Line], kinds: list[str], first: int) -> int:
    """Take in the headline and standfirst above the first paragraph, skipping furniture.

    At most two lines: the one just above (a headline, standfirst or caption), and above it a
    headline only when the lower one reads like a standfirst or caption (long, or a sentence).
    """
    taken = 0
    i = first - 1
    lower: Line | None = None
    while i >= 0 and taken < MAX_LEAD_LINES:
        kind = kinds[i]
        if _masked(kind) or kind == TIMESTAMP:
            i -= 1
            continue
        if kind == DATELINE:
            first = i
            i -= 1
            continue
        line = lines[i]
        n = len(line.words)
        if kind not in (TITLE, SENTENCE) or n < MIN_LEAD_WORDS:
            break
        if lower is None:
            if n > MAX_LEAD_WORDS:
                break
        elif not (_is_standfirst(lower) or _is_subdeck(lower, line)) or \
                n > MAX_HEADLINE_WORDS or line.text.endswith("."):
            break
        first, lower, taken = i, line, taken + 1
        i -= 1
    return first


def _with_entry_time(lines: list[Line], kinds: list[str], first: int) -> int:
    """The first line of the body with the time of a live blog's first entry right above it
    ("18:42"), where times open the entries below too."""
    above = first - 1
    if above >= 0 and kinds[above] == TIMESTAMP and TIMESTAMP in kinds[first:] and \
            _ENTRY_TIME.fullmatch(unmarked(lines[above].text).strip()):
        return above
    return first


def _is_subdeck(line: Line, above: Line) -> bool:
    """Whether `line` is a headline's short second deck ("Running back to miss two games"
    under "Saints rule out Hale for the season"): both too long for a site's name or a section
    label."""
    return len(line.words) >= MIN_SUBDECK_WORDS and len(above.words) >= MIN_SUBDECK_WORDS


def _is_standfirst(line: Line) -> bool:
    return (
        len(line.words) >= MIN_STANDFIRST_WORDS
        or ends_like_sentence(line)
        or line.text.endswith(("]", ")"))
    )


def _extend_forward(lines: list[Line], kinds: list[str], last: int) -> int:
    """Take in what closes the article after its last paragraph: short sentences ("He declined
    to comment.") and a fact box of data rows ("Injured: 4,877") with its short headings."""
    while last + 1 < len(kinds):
        if kinds[last + 1] == SENTENCE:
            last += 1
            continue
        box = last + 1
        rows: list[bool] = []  # of the lines from last + 1 on: a table's row?
        while box < len(lines):
            rows.append(kinds[box] == DATA_ROW or is_data_row(lines[box]) or (
                _is_labelled_fact(lines[box]) and not is_furniture_line(lines[box])))
            if not rows[-1] and (kinds[box] == LIST_HEADING or not is_fact_heading(lines[box])):
                break  # "Related stories" heads links, whatever figures they hold
            box += 1
        while box > last + 1 and not rows[box - 1 - (last + 1)]:
            box -= 1  # a heading closing the box heads nothing: "Share this" after the table
        rows = rows[: box - (last + 1)]
        if sum(rows) < MIN_FACT_ROWS:
            break
        for k, row in enumerate(rows, start=last + 1):
            kinds[k] = DATA_ROW if row else TITLE
        last = box - 1
    return last
