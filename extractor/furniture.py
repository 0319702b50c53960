"""What a line of page furniture looks like: the one set of patterns for HTML and plain text.

Bylines, timestamps and reading times, picture and production credits, share bars, navigation
rows, link prompts, advertising labels, contact lines, author bios, notes about the story
(contributors, updates, where it first ran), copyright and cookie lines, calls to action and
the headings of related-story lists. The HTML cleaner (html.py) drops whole lines that
`is_furniture_line` flags; the body finder (body.py) masks them and uses `is_list_heading` and
`is_hard_end` to find where the article stops. Word lists are data
files under `data/furniture/`; no site's own phrases. Each rule sees one line on its own.
"""

from __future__ import annotations

import re
from functools import cache

from .calendar_names import MONTH_PATTERN
from .data import lines as data_lines
from .lines import (
    MIN_PARAGRAPH_WORDS,
    Line,
    ends_like_sentence,
    has_quote,
    unmarked,
)

# A line longer than this is article text, unless it is an author's bio, an appeal with an
# e-mail address or a newsletter's long prompt (which runs to MAX_PROMPT_WORDS).
MAX_FURNITURE_WORDS = 25
MAX_PROMPT_WORDS = 40
# An author's bio ("Ellen Marsh is the Echo's environment reporter. She has covered ...") runs
# to this many words; any other line longer than MAX_FURNITURE_WORDS is article text.
MAX_BIO_WORDS = 60
# Bylines, timestamps and picture credits are labels: at most this many words.
MAX_LABEL_WORDS = 12
# A row of items split by separators ("Sofie Lindqvist · Copenhagen · 4 min read") is a
# metadata row up to this many words; a navigation row's items are at most NAV_ITEM_WORDS.
MAX_ROW_WORDS = 15
NAV_ITEM_WORDS = 4
# An embedded post (on X, Bluesky, Threads) is at most this many characters long.
MAX_POST_CHARS = 500
# A line without a single word is furniture when it is this short ("|", "--").
MAX_BARE_SYMBOLS = 3
# A navigation row has at least this many separators ("Home › World › Europe").
MIN_NAV_SEPARATORS = 2
# An imperative this short is a call to action whatever its object ("Sign up now"); a longer
# line needs one of the usual objects after the verb ("Read our newsletter ...").
MAX_BARE_IMPERATIVE_WORDS = 3
# A line with a telephone number is a contact line up to this many words ("Advertise with us!
# Call Bill at 515-555-0143."); a longer one is a story's own appeal for witnesses.
MAX_PHONE_LINE_WORDS = 12
# A summary box's point is one sentence of at most this many words.
MAX_SUMMARY_POINT_WORDS = 15
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")
# A list heading ("Most read", "More from World") has at most this many words.
MAX_LIST_HEADING_WORDS = 6


@cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in data_lines(name))


@cache
def _wordset(name: str) -> frozenset[str]:
    return frozenset(_phrases(name))


def _alternation(name: str) -> str:
    """The phrases of a data file as a regex alternation, longest first, spaces as `\\s+`, an
    apostrophe as either form ("author's" and "author’s")."""
    phrases = sorted(_phrases(name), key=len, reverse=True)
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+").replace("'", _APOSTROPHES) for p in phrases
    )


def _straight(text: str) -> str:
    """`text` with its curly apostrophes straight, as the data files write them."""
    return text.replace("’", "'")


_APOSTROPHES = "['’]"
_FOLLOW_VERBS = frozenset({"follow", "join"})
"""Verbs that open a site's request for followers on a network ("Follow us on X")."""
_FOLLOW_TARGETS = frozenset({"us", "our", "channel", "group", "page", "account", "latest"})
"""Words of a request for followers that reads like a sentence ("Join X's Telegram channel for
the latest news"), where "Follow the minister on X, where she posts ..." is prose."""
_NAME = r"[A-Z][\w'’.-]*"
_AGENCIES = _alternation("furniture/photo_agencies.txt")
_READER = re.compile(r"\b(?:you|your|yours|you're|you’re|you've|you’ve)\b", re.I)
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:we|you|your|our|accept|consent|policy|preferences|settings|reject|allow)\b", re.I
)
COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?(?:\d{4}|by\b)|^copyright\b[^.!?]*$|"
    r"\ball rights reserved\b|"
    r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
    re.I,
)
BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|text by|(?:additional\s+)?reporting by|writing by|"
    r"editing by|compiled by)\s+\S",
    re.I,
)
# "By Ana Ruiz, Tom Lee and Omar Said in Lisbon": several names after a capital "By".
_BYLINE_OF_SEVERAL = re.compile(rf"^By\s+{_NAME}[^.!?]*?(?:\s(?:and|&)\s|,)")
_PRODUCTION_CREDIT = re.compile(rf"\b(?:{_alternation('furniture/credit_verbs.txt')})\s+by\b", re.I)
TIMESTAMP_START = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\b|"
    r"\d+\s+(?:min|mins|minutes?|hours?|hrs?|days?|weeks?)\s+(?:ago|read)\b)",
    re.I,
)
READ_TIME = re.compile(r"\b\d+\s*(?:-\s*)?(?:min|minute)s?\s+read\b", re.I)
# "Image caption, Divers search the harbour": the label is furniture, the caption is not.
CAPTION_LABEL = re.compile(
    r"^(?:(?:image|video|media|photo|picture)\s+caption\b\s*[,:.-]?|caption\s*[,:])\s*", re.I
)
_CREDIT_LABEL = re.compile(
    rf"^(?:{_alternation('furniture/credit_labels.txt')})\s*(?:[:,/|©]|by\b)", re.I
)
_BRACKET_CREDIT = re.compile(
    r"^[\[(]\s*(?:file(?:\s+photo)?|photo|ap\s+photo|image|pictured|credit)\b[^\])]*[\])]$", re.I
)
# "(AP Photo/Jo Smith)", "/ AFP"; not a dateline's "LIMA (AP) --".
_AGENCY_CREDIT = re.compile(rf"(?:/|©|\()\s*(?:{_AGENCIES})\b(?!\s*\)\s*(?:--?|[–—_]))", re.I)
# A caption ending in its credit: "... on Monday. REUTERS/Jane Doe", "... Photo: Jo Smith/AFP".
_CAPTION_CREDIT = re.compile(
    rf"(?:\b(?:{_AGENCIES})/[\w .'’-]{{2,40}}|"
    rf"(?:/|©|\||photo:|photograph:|image:)\s*(?:{_AGENCIES})(?:\s+via\s+getty\s+images)?)"
    r"\s*\)?\s*$",
    re.I,
)
# The credit closing a caption line, after its words: "... on Monday. REUTERS/Jo Smith",
# "... on Monday. Photo: Jo Smith/Valley Press", "... in Lisbon [Jo Smith/Pool via AFP]",
# "... in Lisbon (AP Photo/Jo Smith)". A labelled credit or an agency's follows a sentence end
# (not "..., a Reuters/Ipsos poll finds"); a bracketed one names an agency, a pool or a photo.
# A credit is at most MAX_CREDIT_CHARS long.
MAX_CREDIT_CHARS = 60
_CLOSING_CREDIT = re.compile(
    rf"(?:(?<=[.!?]\s)(?:{_alternation('furniture/credit_labels.txt')})\s*:"
    rf"\s*[^.!?:]{{2,{MAX_CREDIT_CHARS}}}"
    rf"|(?<=[.!?]\s)(?:{_AGENCIES})/[\w .'’-]{{2,40}}"
    rf"|(?<=\s)[\[(](?=[^\[\]()]*/)(?=[^\[\]()]*\b(?:{_AGENCIES}|pool|photo)\b)"
    rf"[^\[\]()]{{2,{MAX_CREDIT_CHARS}}}[\])])\s*$",
    re.I,
)
_AGENCY_OR_BUTTON = re.compile(
    rf"^(?:{_AGENCIES}|\d+\s+comments?|comments?|print|email|share)$", re.I
)
# "Related: ...", "READ MORE: ...", "More from GlobalNews: ..." (a site's or section's name).
_LINK_PROMPT = re.compile(
    rf"^(?:{_alternation('furniture/link_prompts.txt')}|more\s+from\s+[\w ]{{1,30}})\s*[:|>»›]",
    re.I,
)
_AD_LABEL = re.compile(
    rf"^(?:{_alternation('furniture/ad_labels.txt')}|"
    r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|"
    r"continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+to\s+continue(?:\s+with\s+content)?)"
    r"\W*$",
    re.I,
)
# A sponsor's label: "Presented by Tidewater Credit Union", "Sponsored by Acme Bank."
_SPONSOR_LABEL = re.compile(
    rf"^(?i:(?:presented|sponsored|brought\s+to\s+you|paid\s+for)\s+by)\s+{_NAME}(?:\s+{_NAME}){{0,5}}"
    r"\.?$"
)
# A reader poll: its question to the reader ("Do you support the new parking fees?") and its
# tally ("2,087 votes · Poll closes at midnight").
_READER_QUESTION = re.compile(
    r"^(?:do|did|are|were|have|has|would|should|will)\s+(?:you|your)\b[^.!?\"“”]{0,120}\?$",
    re.I,
)
_POLL = re.compile(
    r"\bpoll\s+(?:closes|closed|results)\b|\?\s*[\d,]+\s+votes\b|\b[\d,]+\s+votes\s*[·|•]",
    re.I,
)
_STORY_NOTE = re.compile(rf"\b(?:{_alternation('furniture/story_notes.txt')})\b", re.I)
# A line that opens with a note may quote the story's print headline ("A version of this
# article appears in print with the headline: “...”"); a note inside a quote is a speaker's.
_OPENING_NOTE = re.compile(rf"^(?:{_alternation('furniture/story_notes.txt')})\b", re.I)
_CONTACT = re.compile(rf"\b(?:{_alternation('furniture/contact_phrases.txt')})\b", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# A telephone number in three groups ("515-555-0143", "020 7946 0000", "(515) 555-0143",
# "+44 20 7946 0000"); two groups are a span of years or a score ("1998-2004")
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])"
                   r"\d{3,4}[ .-]\d{3,4}\b")
_BIO = re.compile(
    rf"^{_NAME}(?:\s+{_NAME}){{0,3}}\s+(?:is|has been)\s+"
    rf"(?:a|an|the|our|{_NAME}(?:\s+{_NAME}){{0,3}}['’]s)\b.{{0,80}}?\b"
    rf"(?:{_alternation('furniture/bio_jobs.txt')})\b",
)
# "Dana Reyes covers education for The Observer.": a full name, a beat, and the paper's name
# ending the sentence (not "Medicare covers most costs for older Americans over 65").
_BEAT_BIO = re.compile(
    rf"^{_NAME}(?:\s+{_NAME}){{1,3}}\s+(?:covers|writes\s+about|reports\s+on)\s[^.!?]{{1,60}}?"
    rf"\bfor\s+(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}(?:[.!?]|$)"
)
# The signature under an embedded post: "— Gwen Attwell (@gwenattwell) February 16, 2025",
# with or without its dash.
_POST_SIGNATURE = re.compile(
    rf"^(?:[—–-]+\s*)?[^()]{{1,60}}\(@\w+\)\s+(?:{MONTH_PATTERN})\b.{{0,20}}$", re.I
)
# A long bio's second sentence tells the author's career ("She has covered the valley since
# 2017"), where a paragraph about a journalist tells what befell them ("He was detained").
_BIO_CAREER = re.compile(
    r"[.!?]\s+(?:He|She|They)\s+(?:has\s+|have\s+|previously\s+)?(?:covers|covered|writes|"
    r"wrote|written|reports|reported|joined|worked|is\s+based|lives)\b"
)
_SEPARATORS = "|•·›»"
# Items of a navigation row may also be split by a slash ("World / Europe"); a metadata row's
# single separator may not, as "Kyiv / Moscow talks" is a headline.
_NAV_SEPARATOR = re.compile(rf"\s[{_SEPARATORS}/]\s|\s[{_SEPARATORS}]$|^[{_SEPARATORS}]\s")
_NAV_SPLIT = re.compile(rf"[{_SEPARATORS}/]")
_ROW_SEPARATOR = re.compile(rf"\s[{_SEPARATORS}]\s")
LIST_MARK = re.compile(r"^(?:[-*•–]|\d+[.)])\s+")


def is_furniture_line(line: Line) -> bool:
    """A line of page text that is not article text, judged on its own.

    Any one sign is enough on a short line; a line that reads like a paragraph needs a sign
    that article text never carries (a copyright notice, a credit line's opening).
    """
    bare = LIST_MARK.sub("", unmarked(line.text))
    words = Line.of(bare).words
    if not words:
        return len(bare) <= MAX_BARE_SYMBOLS
    if (has_quote(bare) and not _OPENING_NOTE.match(bare)) or len(words) > MAX_BIO_WORDS:
        return False
    if len(words) > MAX_FURNITURE_WORDS:  # "Ellen Marsh is our reporter. She has covered ..."
        bio = _is_bio(bare) and bool(_BIO_CAREER.search(bare))
        # "Do you have a tip ...? Email reporter Ellen Marsh at tips@site.example or call ..."
        contact = bool(_CONTACT.search(bare)) and bool(EMAIL.search(bare))
        # "Legal notice: This report is a fair and accurate account of proceedings ..."
        note = len(words) <= MAX_PROMPT_WORDS and bool(_STORY_NOTE.search(bare))
        return bio or contact or note or _long_prompt(Line.of(bare))
    alone = Line.of(bare)
    return (
        is_metadata(alone)
        or bool(_READER_QUESTION.match(bare) or _POLL.search(bare))
        or is_call_to_action(alone)
        or _is_credit_or_contact(bare, words)
        or _is_bio(bare)
        or bool(_STORY_NOTE.search(bare))
    )


def _is_bio(text: str) -> bool:
    return bool(_BIO.match(text) or _BEAT_BIO.match(text))


def is_embedded_post(line: Line, following: Line) -> bool:
    """The text of a post embedded in the page: a line no longer than a post, right above
    the post's signature ("— Carver Health (@carverhealth) April 2, 2025")."""
    signature = unmarked(following.text)
    return len(line.text) <= MAX_POST_CHARS and bool(_POST_SIGNATURE.match(signature))


def is_metadata(line: Line) -> bool:
    """Bylines, timestamps, reading times, credits, link prompts, share bars, navigation."""
    text = unmarked(line.text)
    words = line.words
    if not words or len(words) > MAX_FURNITURE_WORDS or has_quote(text):
        return False
    label = len(words) <= MAX_LABEL_WORDS
    sentence = ends_like_sentence(line)
    if (label or not sentence) and (TIMESTAMP_START.match(text) or READ_TIME.search(text)):
        return True
    if label and (_CREDIT_LABEL.match(text) or _BRACKET_CREDIT.match(text) or
                  _SPONSOR_LABEL.match(text)):
        return True
    if not sentence and ((label and BYLINE.match(text)) or _BYLINE_OF_SEVERAL.match(text)):
        return True
    if CAPTION_LABEL.fullmatch(text) or _AD_LABEL.match(text) or _LINK_PROMPT.match(text):
        return True
    if _social_line().fullmatch(text.lower()) or _AGENCY_OR_BUTTON.match(text) or \
            _POST_SIGNATURE.match(text):
        return True
    return _is_nav_row(text)


def _is_nav_row(text: str) -> bool:
    """A navigation row: "Home › World › Europe", "Terms of use | Privacy policy | Contact us"."""
    return len(_NAV_SEPARATOR.findall(text)) >= MIN_NAV_SEPARATORS and all(
        len(part.split()) <= NAV_ITEM_WORDS for part in _NAV_SPLIT.split(text)
    )


def is_metadata_row(line: Line) -> bool:
    """A row of a byline, a place and a date split by a separator ("Sofie Lindqvist ·
    Copenhagen · 4 min read"). Only in extracted page text: in a whole page a date row
    ("May 3, 2013 | 8:20 am") may head a live blog's entry."""
    return (
        bool(_ROW_SEPARATOR.search(line.text))
        and not ends_like_sentence(line)
        and len(line.words) <= MAX_ROW_WORDS
    )


def _is_credit_or_contact(bare: str, words: list[str]) -> bool:
    """Production credits, and lines asking the reader to get in touch (an address or a
    telephone number on a short line: "Advertise with us! Call Bill at 515-555-0143.")."""
    short = len(words) < MIN_PARAGRAPH_WORDS or not ends_like_sentence(Line.of(bare))
    if _PRODUCTION_CREDIT.search(bare) and (short or BYLINE.match(bare)):
        return True
    if _CONTACT.search(bare):  # "For advertising, contact us at ads@site.example."
        return short or bool(_CONTACT.match(bare) or EMAIL.search(bare))
    if len(words) <= MAX_PHONE_LINE_WORDS and PHONE.search(bare):
        return True
    return short and bool(EMAIL.search(bare))


def is_caption(line: Line) -> bool:
    """A picture's caption: labelled ("Image caption, ...") or ending in its credit ("... on
    Monday. REUTERS/Jane Doe", "(AP Photo/Jo Smith)"). Not furniture: its words are the
    article's, but not its running text."""
    text = unmarked(line.text)
    if len(line.words) > MAX_FURNITURE_WORDS or has_quote(text):
        return False
    if CAPTION_LABEL.match(text) or _CAPTION_CREDIT.search(text):
        return True
    short = len(line.words) < MIN_PARAGRAPH_WORDS or not ends_like_sentence(line)
    return short and bool(_AGENCY_CREDIT.search(text))


def closing_credit(text: str) -> int | None:
    """Where the picture credit closing a caption line starts (its words before it stay the
    caption); None when the line ends in no credit or is nothing but one."""
    match = _CLOSING_CREDIT.search(text)
    return match.start() if match is not None and match.start() > 0 else None


@cache
def _social_line() -> re.Pattern[str]:
    """A share bar: a line made only of the words of social.txt and networks.txt."""
    names = sorted({*_phrases("furniture/social.txt"), *_phrases("furniture/networks.txt")},
                   key=len, reverse=True)
    return re.compile(rf"(?:[\W_]*(?:{'|'.join(map(re.escape, names))}))+[\W_]*")


def is_call_to_action(line: Line) -> bool:
    """Subscription prompts, navigation, share bars and footer lines, by their vocabulary.

    A line that reads like a paragraph needs two signs (addressing the reader, an imperative
    opening, a prompt's words) where a short line needs one, so that "Share prices fell ..."
    or "... NATO membership ..." stay prose.
    """
    words = line.words
    if not words or len(words) > MAX_FURNITURE_WORDS or has_quote(line.text):
        return False
    lowered = unmarked(line.text).lower()
    reader = bool(_READER.search(lowered))
    prose_like = len(words) >= MIN_PARAGRAPH_WORDS and ends_like_sentence(line)
    if is_hard_end(lowered):
        return True
    phrases = _prompt_phrases(lowered)
    phrase = phrases > 0
    follow = _follow_prompt(words)
    if follow and (not prose_like or reader or _FOLLOW_TARGETS & {w.lower() for w in words}):
        return True  # "Join our Telegram channel for the latest news", not "Follow the minister"
    imperative = _imperative_start(words) or follow
    if prose_like:
        weak = _has_weak_word(words)
        return (reader and (phrase or imperative or weak)) or (imperative and (phrase or weak)) \
            or phrases > 1  # "Want more stories like this? Sign up for our newsletter."
    if phrase or imperative:
        return True
    return reader and _has_weak_word(words)


def _long_prompt(line: Line) -> bool:
    """A prompt too long for `is_call_to_action` that holds two prompts' words ("Never miss a
    story — sign up for our free daily newsletter to stay up to date on ...")."""
    if len(line.words) > MAX_PROMPT_WORDS or has_quote(line.text):
        return False
    return _prompt_phrases(unmarked(line.text).lower()) > 1


def _prompt_phrases(lowered: str) -> int:
    """How many phrases of `furniture/prompts.txt` a lower-cased line holds."""
    lowered = _straight(lowered)
    return sum(p in lowered for p in _phrases("furniture/prompts.txt"))


def is_hard_end(text: str) -> bool:
    """A copyright or cookie line: what follows it is the site's footer, not the article."""
    return bool(COPYRIGHT.search(text)) or bool(
        _COOKIE.search(text) and _COOKIE_CONTEXT.search(text)
    )


def _imperative_start(words: list[str]) -> bool:
    """An imperative verb opening a call to action: "Sign up", "Read more", "Share this"."""
    if words[0].lower() not in _wordset("furniture/imperatives.txt"):
        return False
    if len(words) <= MAX_BARE_IMPERATIVE_WORDS:
        return True
    return words[1].lower() in _wordset("furniture/imperative_objects.txt")


def _follow_prompt(words: list[str]) -> bool:
    """ "Follow Valley Echo on Facebook and X for the latest news", "Join our Telegram channel
    for ...": a site asking for followers."""
    networks = _wordset("furniture/networks.txt")
    return words[0].lower() in _FOLLOW_VERBS and any(w.lower() in networks for w in words[1:])


def _has_weak_word(words: list[str]) -> bool:
    weak = _wordset("furniture/weak_words.txt")
    return any(w.lower() in weak for w in words)


def is_summary_point(line: Line) -> bool:
    """A point of a summary box: a bulleted line, or one sentence of at most
    MAX_SUMMARY_POINT_WORDS words (a story's paragraph after the box runs longer)."""
    text = unmarked(line.text)
    if LIST_MARK.match(text):
        return True
    return len(line.words) <= MAX_SUMMARY_POINT_WORDS and not _SENTENCE_BREAK.search(text)


def is_summary_heading(line: Line) -> bool:
    """The heading of a site's summary box ("Key takeaways", "Quick read:")."""
    plain = _straight(unmarked(line.text).lower().rstrip(":").strip())
    return len(line.words) <= MAX_LIST_HEADING_WORDS and plain in _wordset(
        "furniture/summary_headings.txt"
    )


def is_list_heading(line: Line) -> bool:
    """The heading of a related-stories, most-read or comments list."""
    plain = _straight(unmarked(line.text).lower().rstrip(":").strip())
    if len(line.words) > MAX_LIST_HEADING_WORDS or ends_like_sentence(Line.of(plain)):
        return False
    return any(
        plain.startswith(p) or plain.endswith(p) or plain == p
        for p in _phrases("furniture/list_headings.txt")
    )
