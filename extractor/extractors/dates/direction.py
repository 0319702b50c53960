"""Which way an underspecified date points ("on Monday" in a past-tense clause is the Monday
on or before the reference date), read from the tense of the verb that governs it."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...calendar_names import DAY_NAMES, MONTHS, WEEKDAYS
from ...data import lines
from ...dateline import dateline_date_at
from ...lines import text_ends_like_sentence
from ..common import word_after
from .modifiers import MODIFIER_TOKENS, point_phrase_length

_FUTURE_LEANING = {
    "plan", "schedule", "expect", "promise", "vow", "pledge", "threaten", "intend", "prepare",
    "hope", "aim", "due", "propose", "arrange", "postpone", "delay", "adjourn", "slate",
    "await", "reschedule",
}
# A date after these words is when something starts: "beginning Friday", "effective Jan. 1".
_STARTING_WORDS = ("beginning", "starting", "effective")
_AHEAD_WORDS = ("ahead of", "in advance of", "run - up to", "lead - up to")
_BEFORE_WORDS = 4  # the words before a date its lead phrases are read from: "the run - up to"
# "ahead of" compares, and tells nothing of what is to come, after a margin ("orders ran 4%
# ahead of September's pace") or before a measure the date owns ("ahead of last year's level")
_MARGIN_WORDS = frozenset({"%", "percent", "point", "points", "pct"})
_MEASURE_NOUNS = frozenset({"pace", "level", "levels", "rate", "total", "figure", "figures",
                            "record", "average", "mark"})
# Verbs whose simple present, dated, is a timetable: "the session opens Monday" lies ahead.
_SCHEDULED = {"begin", "start", "open", "end", "close", "expire", "resume", "conclude",
              "convene", "reopen"}
# Any other verb's simple present before a weekday or a month is one too ("the Electoral
# College meets Monday", "he leaves office in January"), but for reporting verbs: "says
# Friday" is a headline's or a lead's historical present.
_REPORTING = {"say", "tell", "report", "announce", "add", "state", "note", "show", "find",
              "confirm", "claim"}
# Verbs whose infinitive names what they decided, asked or promised: it lies after them
_INTENDING = {"vote", "decide", "agree", "plan", "promise", "vow", "pledge", "threaten", "intend",
              "prepare", "aim", "hope", "seek", "want", "choose", "resolve", "urge", "ask",
              "order", "tell", "call", "expect", "advise", "warn", "encourage", "invite",
              "instruct"}
_SCHEDULING = {"plan", "schedule", "slate", "reschedule", "arrange"}
# "was expected on Thursday", "is scheduled for May": the participle names a time still ahead
_AWAITED_PARTICIPLES = {"expect", "schedule", "slate", "reschedule"}
_DEFERRING = {"postpone", "delay", "adjourn", "defer", "extend", "push", "move", "put"}
# Verbs that fix a date for what is still to come: "set sentencing for Jan. 15"
_SETTING = {"set", "fix", "book"}
# Verbs that leave their object in the state a participle after it names ("keep the road
# closed until May"): the participle's time is the verb's, not a past of its own
_STATE_LEAVING = {"leave", "keep", "hold", "want", "need", "get", "have"}
# Verbs whose object did what the infinitive below says ("forced residents to flee"), or whose
# subject did it in the time their object counts ("took three hours to reach a verdict"): the
# infinitive's event shares the verb's tense, unlike "ordered them to leave", still ahead.
_IMPLICATIVE_CAUSATIVES = {"force", "compel", "cause", "prompt", "lead", "drive", "help", "enable",
                           "take"}
# A month naming when a traded commodity is delivered: the next such month.
_DELIVERY_NOUNS = {"delivery", "futures", "future", "option", "options"}
# ... and a month naming a traded contract that moves ("The December contract fell", "May crude
# rose"); "ratified the June contract" is a labour deal's month
_TRADED_NOUNS = {"contract", "crude"}
# Nouns for what is still to come: a date below them is theirs, whatever the verb's tense
# ("lowered their estimates for the fourth quarter" in October: this year's quarter); the
# parse may hang the date's "for" on the verb whose object they are
_FUTURE_NOUNS = {"deadline", "target", "expiry", "expiration", "plan", "schedule", "estimate",
                 "forecast", "projection", "outlook", "guidance", "prediction"}
# Verbs that put a figure on what may still be to come: a date in their object is not made past
# by their tense ("She estimated fourth-quarter earnings at $1 a share" in October: this
# quarter's), though it may be over ("estimated May's output" in June)
_ESTIMATING = {"estimate", "forecast", "project", "predict"}
_CHANGE_ADVERBS = {"down", "up"}  # "down from", "up from": the figure compared with
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "going"}
_MODAL_AUX = {"can", "may", "might", "must", "should", "ca"}
_PERFECT_AUX = {"has", "have", "'ve"}
_PROGRESSIVE_PRESENT = {"is", "are", "am", "'s", "'re", "'m"}
_ADJUNCT_PREPS = {"in", "at", "during"}
_PERIOD_NOUNS = {"day", "week", "month", "quarter", "half", "year", "period"}
# How far up the parse a date looks for the verb that governs it: a date hangs a few heads
# below its verb ("on" -> "morning" -> "of" -> "Friday"); further up is another clause.
MAX_HEADS_TO_VERB = 12
# Infinitives above infinitives whose tense is read off the verb above ("agreed to try to
# visit"): news prose stacks two or three; more is a degenerate parse.
MAX_INFINITIVE_CHAIN = 4
# The tokens between a verb and its date that are searched for a dash or a colon: a clause's
# verb stands well within this of its date, and the search must not grow with a long sentence.
FRAGMENT_WINDOW = 40
# A list of months or weekdays ("April, May and June") is read by its first name: the parse
# hangs the later ones anywhere ("May" as a modal verb). No list is longer than this.
MAX_LIST_NAMES = 12
_LIST_LINKS = {",", "and", "or"}
# How far ahead of a date its line's end is sought: a caption or a headline ends well within
# this; a longer line is a paragraph of prose.
LINE_REACH = 300


def _words_before(doc: Doc, start: int) -> list[Token]:
    """The last `_BEFORE_WORDS` words before token `start`, past the blanks Markdown's marks
    leave ("ahead of [Monday](...)")."""
    words: list[Token] = []
    i = start - 1
    while i >= 0 and len(words) < _BEFORE_WORDS:
        if not doc[i].is_space:
            words.insert(0, doc[i])
        i -= 1
    return words


def _compared_ahead(span: Span, words: list[Token]) -> bool:
    """Whether the "ahead of" closing `words` compares ("4% ahead of September's pace",
    "ahead of April's level") rather than tells what is to come."""
    if len(words) > 2 and words[-2].lower_ == "ahead" and (
            words[-3].lower_ in _MARGIN_WORDS or words[-3].like_num):
        return True
    owner = word_after(span[-1])
    measure = word_after(owner) if owner is not None and owner.tag_ == "POS" else None
    return measure is not None and measure.lower_ in _MEASURE_NOUNS


def direction_of(span: Span, text: str) -> str | None:
    """"past", "future", "generic" (habitual: any year's) or None (present or unknown) for the
    clause that holds `span`; `text`
    is the doc's text (`Doc.text` joins every token anew: read it once per document)."""
    span = _list_head(span)
    doc = span.doc
    if any(t.lower_ == "ago" for t in span) or dateline_date_at(text, span.start_char):
        return "past"  # "four days ago", "KITWE, Oct 2 (AP) -"
    if span.root.dep_ in ("compound", "nmod", "amod") and _delivered(span.root.head):
        return "future"  # "crude for January delivery", "December futures": still to come
    start = span.start + point_phrase_length(
        [t.lower_ for t in span[:MODIFIER_TOKENS + 1]])
    words = _words_before(doc, start)
    before = " ".join(t.lower_ for t in words)
    if before.endswith("since"):
        return "past"
    if (before == "for" or before.endswith(" for")) and _weekday_only(span) and \
            span.root.dep_ != "poss":
        return "future"  # "Unions have called a strike for Monday": the day it is set for
    if before.endswith(("as soon as", "as early as", "as late as", "no later than")):
        return "future"
    if before.endswith(_AHEAD_WORDS) and not _compared_ahead(span, words):
        return "future"  # "final rallies on Saturday ahead of Monday's election": still to come
    if before.endswith(_STARTING_WORDS):
        return "future"  # "three days of mourning, beginning Friday": a start still ahead
    open_ended = before.endswith(("until", "till", "by", "before", "through", "deadline of"))
    tense = None
    token = span.root
    direct = True  # only prepositions between the date and the verb so far
    object_noun = False  # the date hangs off the verb's object: "announced the sailing on 2 June"
    borrowed = False  # the past comes from a verb above: "decided to admit them in March"
    intended = False  # ... through an infinitive: "voted to stage a walkout on Wednesday"
    for _ in range(MAX_HEADS_TO_VERB):
        if token.head.i == token.i:
            break
        if token.head.pos_ in ("VERB", "AUX") and _fragment_break(span, token.head):
            return None  # "Route confirmed — first sailing on 2 June": a verbless fragment
        token = token.head
        if token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj", "attr", "oprd", "appos") \
                and not _adjunct_noun(token):
            object_noun = True
        if token.lower_ == "since" and token.dep_ == "prep":
            return "past"
        if _compared_from(token):
            return "past?"  # "expect growth of 1%, down from a 1.9% rate in the first quarter"
        if token.pos_ == "NOUN" and token.lemma_.lower() in _FUTURE_NOUNS:
            open_ended = True
        if token.pos_ in ("VERB", "AUX"):
            lemma = token.lemma_.lower()
            if lemma in _FUTURE_LEANING and not direct:
                tense = "future"  # "planned a rally on Saturday", "scheduled talks for May"
                break
            if lemma in _SCHEDULING and any(c.dep_ == "dobj" for c in token.children):
                tense = "future"  # "has scheduled a news conference Thursday"
                break
            if lemma in _DEFERRING and before.endswith(("until", "till", "to")):
                return "future"  # "postponed the vote until Tuesday"
            if lemma in _SETTING and before.endswith("for"):
                return "future"  # "set sentencing for Jan. 15"
            if before.endswith("for") and any(c.dep_ == "dobj" and c.lemma_.lower() in
                                              _FUTURE_NOUNS for c in token.children):
                open_ended = True  # "cut their forecasts for the fourth quarter"
            if lemma in _ESTIMATING and object_noun:
                open_ended = True  # "estimated fourth-quarter earnings at $1 a share"
            if _awaited(token):
                tense = "future"  # "was expected on Thursday", "was due in Paris on Friday"
                break
            tense = _tense(token)
            if tense == "present" and _habitual(token):
                return "generic"  # "the rainy season usually begins in October"
            if tense == "present" and direct and (lemma in _SCHEDULED or (
                    lemma not in _REPORTING and not object_noun and _calendar_named(span)
                    and not _unfinished_line(span, text))):
                tense = "future"  # "the fiscal year begins Oct. 1", "the offer expires May 5"
            if tense is not None:
                borrowed = tense == "past" and (borrowed or _borrowed_tense(token))
                intended = intended or _intended(token)
                break
            if token.pos_ == "VERB":
                borrowed = True  # "said that a cut in August could not be ruled out"
                intended = intended or _intended(token)
        if token.pos_ != "ADP" or token.lower_ == "for":
            direct = False
    if tense == "past" and open_ended:
        # "By January, the airline had cut 300 jobs": a past perfect done by then is past
        perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)
        return "past" if perfect and before.endswith(("by", "before")) else None
    if tense == "present" and open_ended and direct:
        return "future"  # "the new models don't arrive until the fall", "before spring"
    if tense is None and before.endswith(("until", "till")):
        return "future"  # a headline's "Bridge closure to last until spring"
    if tense == "past" and intended and _weekday_only(span):
        return None  # "voted Monday to strike on Wednesday": the week's nearest Wednesday
    if tense == "past" and (object_noun or borrowed):
        return "past?"  # weak: the event the object names may lie ahead
    if tense == "future" and span.root.dep_ == "poss":
        return None  # "they would appeal Wednesday's ruling": the ruling is done
    return None if tense == "present" else tense


def _compared_from(token: Token) -> bool:
    """Whether `token` is the "from" of a figure compared with ("down from", "up from"): what
    it dates is already known, whatever the tense of the verb above."""
    if token.lower_ != "from" or token.pos_ != "ADP":
        return False
    before = token.nbor(-1) if token.i > 0 else None
    return token.head.lower_ in _CHANGE_ADVERBS or \
        before is not None and before.lower_ in _CHANGE_ADVERBS


def _delivered(noun: Token) -> bool:
    """Whether a month before `noun` names when a traded commodity is delivered."""
    lemma = noun.lemma_.lower()
    return lemma in _DELIVERY_NOUNS or (lemma in _TRADED_NOUNS and noun.dep_ == "nsubj")


def _list_head(span: Span) -> Span:
    """The first name of the list of months or of weekdays that a one-name `span` ends ("June"
    of "April, May and June": "April"), else `span`."""
    names = _names_of(span[0]) if len(span) == 1 else None
    if names is None:
        return span
    doc, first = span.doc, span.start
    for _ in range(MAX_LIST_NAMES):
        link = first - 1
        if link >= 1 and doc[link].lower_ in ("and", "or") and doc[link - 1].text == ",":
            link -= 1  # the serial comma of "April, May, and June"
        if link < 1 or doc[link].lower_ not in _LIST_LINKS or _names_of(doc[link - 1]) is not names:
            break
        first = link - 1
    return doc[first:first + 1]


def _names_of(token: Token) -> dict[str, int] | None:
    """The table of names (months or weekdays) that `token` is one of, else None."""
    word = token.lower_.rstrip(".")
    return MONTHS if word in MONTHS else WEEKDAYS if word in WEEKDAYS else None


def _unfinished_line(span: Span, text: str) -> bool:
    """Whether the line that holds `span` ends without a full stop: a caption or a headline,
    whose present tense tells what is done ("Rescuers search the port on Monday"). Looks
    `LINE_REACH` characters ahead at most; a longer line is prose."""
    ahead = text[span.end_char:span.end_char + LINE_REACH]
    if "\n" not in ahead and len(ahead) == LINE_REACH:
        return False
    line_end = ahead.split("\n", 1)[0].rstrip()
    return not text_ends_like_sentence(line_end or span.text)


def _calendar_named(span: Span) -> bool:
    """Whether `span` names a weekday or a month ("Monday", "Saturday night", "in January")."""
    return any(t.lower_.rstrip(".") in DAY_NAMES for t in span)


def _fragment_break(span: Span, verb: Token) -> bool:
    """Whether a lone dash or a colon stands between a verb and the date after it: the date
    is in a fragment of its own ("Route confirmed — first sailing on 2 June"); a pair of
    dashes is an aside ("sailed — despite the storm — on 2 June")."""
    if span.start <= verb.i:
        return False
    first = max(verb.i + 1, span.start - FRAGMENT_WINDOW)
    between = [t.text for t in span.doc[first:span.start]]
    dashes = sum(t in ("—", "–", "--") for t in between)
    return dashes % 2 == 1 or any(t in (":", ";") for t in between)


def _adjunct_noun(noun: Token) -> bool:
    """A noun in a prepositional adjunct of the verb ("raised this in writing in July", "said
    in a statement on Monday"): a date below it dates the verb's own event."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _ADJUNCT_PREPS and \
        prep.head.pos_ in ("VERB", "AUX")


def _habitual(verb: Token) -> bool:
    """Whether an adverb makes the verb's clause habitual: "usually begins", "is often"."""
    adverbs = _habitual_adverbs()
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children)


@lru_cache(maxsize=1)
def _habitual_adverbs() -> frozenset[str]:
    return frozenset(lines("dates/habitual_adverbs.txt"))


def _awaited(verb: Token) -> bool:
    """A passive "expected", "scheduled", or "be due": what it dates is still ahead; also
    after a noun ("with results expected on Monday")."""
    if verb.lemma_.lower() in _AWAITED_PARTICIPLES and verb.tag_ == "VBN":
        return verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children)


def _intended(verb: Token) -> bool:
    """Whether `verb` is an infinitive of what a verb above decided, asked or promised ("voted
    to stage", "urged them to leave"): an event after that verb's, not its past ("forced them
    to leave" is done)."""
    return any(c.tag_ == "TO" for c in verb.children) and \
        verb.head.lemma_.lower() in _INTENDING


def _weekday_only(span: Span) -> bool:
    """Whether `span` names a weekday and no month ("Wednesday", "Friday night")."""
    words = [t.lower_.rstrip(".") for t in span]
    return any(w in WEEKDAYS for w in words) and not any(w in MONTHS for w in words)


def _borrowed_tense(verb: Token) -> bool:
    """Whether a verb's past is read off another verb: an infinitive under a past verb
    ("decided to admit"), a bare participle ("a summit set for April")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ == "TO" for a in auxes) or (verb.tag_ == "VBN" and not auxes and
                                                  not _closed_period(verb))


def _closed_period(verb: Token) -> bool:
    """"the three months ended Dec. 31": a period that has ended, its last day behind us."""
    return verb.lemma_.lower() == "end" and verb.dep_ == "acl" and \
        verb.head.lemma_.lower() in _PERIOD_NOUNS


def _tense(verb: Token, depth: int = 0) -> str | None:
    """"past", "future", "present" or None (unknown) from a verb's form and auxiliaries; an
    infinitive's from the verb above it, at most `MAX_INFINITIVE_CHAIN` verbs up."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # the parser may hang "will" under the passive's "be": "will be closed Monday"
    auxes += [g for a in auxes if a.dep_ == "auxpass" for g in a.children if g.dep_ == "aux"]
    lowers = {a.lower_ for a in auxes}
    if not auxes and verb.dep_ == "conj" and verb.lower_ == verb.lemma_.lower() and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.head.children):
        return "future"  # "will ground 14 aircraft and cut 22 routes from September": a base
        # form sharing the "will" of the verb before it (the tagger calls "cut" a past)
    if lowers & _FUTURE_AUX or (verb.lower_ == "going" and any(
            c.dep_ == "xcomp" for c in verb.children)):
        return "future"
    if any(a.tag_ == "TO" for a in auxes):
        head = verb.head
        if head.i == verb.i:
            return "future"
        if depth >= MAX_INFINITIVE_CHAIN:
            return None
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            return None  # "celebrations to mark ...": the clause above decides
        implicative = head.lemma_.lower() in _IMPLICATIVE_CAUSATIVES
        if head.lemma_.lower() in _FUTURE_LEANING or not implicative and verb.dep_ in (
                "xcomp", "ccomp") and any(c.dep_ == "dobj" for c in head.children):
            return "future"  # "plans to visit", "subpoenaed him to testify"
        return _tense(head, depth + 1) or ("future" if head.tag_ in ("VBZ", "VBP") else None)
    if lowers & _PERFECT_AUX or lowers & {"had", "'d"}:
        return "past"
    if lowers & _MODAL_AUX or ("could" in lowers and verb.dep_ == "ccomp"):
        return "future"  # "could" under a reporting verb is a backshifted "can"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "advcl", "relcl", "amod"):
        owner = verb.head  # "cannot leave the harbour exposed for another winter": the
        if verb.dep_ == "acl" and owner.dep_ == "dobj" and depth < MAX_INFINITIVE_CHAIN and \
                owner.head.lemma_.lower() in _STATE_LEAVING and \
                _tense(owner.head, depth + 1) == "future":  # state the verb leaves lies ahead
            return "future"
        return "past"  # "the injunction issued Thursday"
    if verb.tag_ == "VBG" and lowers & _PROGRESSIVE_PRESENT:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return None
