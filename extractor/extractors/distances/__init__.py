"""Distances: every reported length, with its value in metres, qualifier, range and restatement.

How it works:
1. A cheap check on the text (a unit spelling after a digit, or a spelled-out unit word) skips
   documents with nothing to find (built once per vocab in `matcher`).
2. A spaCy `Matcher` finds amount + unit token sequences in the shapes the tokenizer leaves:
   "2,400" + "km", "5,000" + "-" + "kilometre", "10" + "-" + "20" + "km", "between 10 and 20
   kilometres", "half a mile", "hundreds of kilometres", attached "15km" / "10km-20" + "km",
   lists "5, 10 and 20 cm", sizes "20 × 20 m", uncertainties "12.0±0.3 cm" / "(12 ± 0.5) mm",
   a mean and its spread "24.6 (SD 8.3) cm", scientific notation "3 × 10^4 m" / "1.2e3 km",
   two-word units "light-years", "10" + "km–20" + "km".
3. Each match is read: the amount (`numbers`), the unit and its size in metres (pint,
   `units`). Readings that are not distances are dropped: areas, volumes, speeds and
   rates ("m s⁻¹"), concentrations ("50 µM", "0.5 nM"), "m" meaning million or minutes
   ("3h 20m", "5 m 30 s"), "in" the preposition, "pc" meaning per cent (a parsec only among
   stars), "Eight Mile" names, feet on which one stands, "won by a mile". "nm" is the nautical
   mile near ships and coasts, unless light or small things are nearer ("a 532 nm laser").
   spaCy's QUANTITY entities vouch for doubtful readings ("6 in", "5 m" near talk of money).
4. Neighbours are joined: "10km to 20km" and "5 mm to 2 cm" into a range (`max_value` in the
   first's unit), "5 mm × 5 mm" into a size, "12 m ± 0.5 m" into one value, "6ft 2in" into
   one height; the qualifier words before ("about", "more than", ...) and after ("or so") join
   the span; a restatement in another unit ("2,400km (1,490 miles)", "... or 1,490 miles")
   points at the first with `same_as`.

Numbers: `value` is the amount as written (2400 for "2,400km"); for "6ft 2in" it is in decimal
feet; for a list or a size it is the first item's. `meters` is computed in exact decimal
arithmetic, then given as an int when whole and otherwise as a float rounded to 12 significant
digits (1,490 mi -> 2397922.56). Vague amounts ("hundreds of kilometres") have `value` and
`meters` null. A race length ("the 100m final") is a length, so it is a distance too.

Distances read the doc alone: no other kind's records, no knowledge of places or dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from ...records import Distance
from ..common import outermost, word_before
from .matcher import DistanceTables, tables_for
from .numbers import (
    DIMENSION_TIMES,
    HYPHENS,
    PLUS_MINUS,
    SIGN_QUALIFIERS,
    SIGNS,
    Amount,
    between,
    parse,
)
from .units import MILE_KINDS, NAUTICAL, Unit, as_number, units

if TYPE_CHECKING:
    from .. import Context

AMBIGUOUS_ABBREVIATIONS = frozenset(
    {
        *("m", "in", "mi", "nm", "um", "yd", "ft", "cm", "mm", "nmi", "dm"),
        *("au", "ly", "pc", "kpc", "mpc", "gpc"),
    }
)
"""Short units that need digits before them: "seven m" or "an in" are not distances."""
CASED_ABBREVIATIONS = frozenset(
    {"m", "nm", "um", "µm", "μm", "in", "mm", "cm", "mi", "yd", "dm", "ly", "pc", "kpc"}
)
"""Written in lower case only: "5M" is five million, "5 DM" five marks, "50 µM" and "2 mM"
concentrations ("NM", "Nm" are taken as nautical miles, "nM" is nanomolar)."""
NANOMOLAR = "nM"
"""How "nm" is written as a concentration, neither the nanometre nor the nautical mile."""
ARTICLE_NEEDS_CONTEXT = frozenset({"foot", "feet", "yard", "yards", "inch", "inches"})
"""'a foot' / 'one inch' / 'a yard' count as distances only before a dimension word ('tall')."""
INCHES_PER_FOOT = 12
"""A height "6ft 2in" joins feet and fewer inches than this."""
MIN_NAME_UNIT_CHARS = 4
"""A capitalised unit word this long inside a sentence names something ("Eight Mile", "8 Mile
Road"); shorter ones are abbreviations ("Km")."""
FRACTIONS_AFTER = {("and", "a", "half"): Decimal("0.5"), ("and", "a", "quarter"): Decimal("0.25")}
"""Fractions written after the unit ("a mile and a half"): the words and what they add."""
CURRENCY_WINDOW = 3
"""A currency sign this many tokens before "5m" makes it money ("$5m", "US$ 5m", "Rs 5m")."""
MAX_AMOUNT_WORDS = 16
"""An amount is read from at most this many words before its unit (a long run of numbers, as
in a table pasted as text, is read by its tail: linear, not quadratic, in its length)."""
MAX_LIST_TOKENS = 12
"""Tokens read back before a match for the head of a list ("5, 10, 15 and 20 cm")."""
MAX_EQUIVALENT_TOKENS = 4
"""Tokens a water or ice equivalent after a unit may take ("ice", "eq", ".")."""
SEA_WINDOW = 20
"""Tokens either side of "nm" searched for ships, coasts and islands (a bounded look-around)."""
NANOMETRE_WINDOW = 8
"""Tokens either side of "nm" searched for light and small things ("absorbance at 470 nm", "a
532 nm laser"): they make it the nanometre even on a ship."""
ASTRONOMY_WINDOW = 40
"""Tokens either side of "pc" searched for stars and galaxies: elsewhere "5pc" is per cent."""
SAME_AS_RATIO = (0.6, 1.67)
"""A restatement's metres lie within this ratio of the first's (news rounds conversions)."""
_SUPERSCRIPT_AFTER = re.compile(r"(?:[²³]|\^?[-−]?[123])")
_RATE_EXPONENT = re.compile(r"(?:[a-zµμ]{0,3}\^?[-−⁻][\d¹²³]|[²³].*)")  # "s-1", "s^-1", "a⁻¹"
_NEGATIVE_EXPONENT = ("-", "−", "⁻")
_YEAR = re.compile(r"(?:19|20)\d\d")
_INCHES = re.compile(r"\d{1,2}")
# a person's or a player's height as one compound: "5-foot-10"
_HEIGHT_COMPOUND = re.compile(
    r"(?<![\w.-])(?P<feet>[1-9])-(?P<unit>foot|feet)-(?P<inches>\d{1,2})(?![\w-])", re.IGNORECASE
)
_HOURS = re.compile(r"\d{1,3}(?:h|hr|hrs)")
_SPACES = re.compile(r"\s+")
_CLAUSE_MARKS = (",", ";", ")")  # after an abbreviating full stop: no sentence ends there


@dataclass(slots=True)
class _Found:
    """One distance being read: token range [first, last], char range [start, end)."""

    first: int
    last: int
    start: int
    end: int
    amount: Amount
    unit_key: str
    rule: str
    qualifier: str = "exact"
    same_as: int | None = None

    @property
    def unit(self) -> Unit:
        return units()[self.unit_key]

    @property
    def meters(self) -> Decimal | None:
        if self.amount.low is None:
            return None
        return self.amount.low * self.unit.meters


def extract(doc: Doc, ctx: Context) -> list[Distance]:
    """Every distance in `doc`, in text order."""
    tables = tables_for(doc.vocab)
    text = doc.text  # built from every token: once per document, not once per distance
    if not tables.precheck.search(text):
        return []
    found = [f for f in _candidates(doc, tables) if _plausible(doc, f, tables)]
    found += _hyphenated_heights(doc, text)
    found = outermost(sorted(found, key=lambda f: (f.start, -(f.end - f.start))))
    found = _join_feet_inches(doc, found, tables)
    found = _join_ranges(doc, text, found)
    for item in found:
        _add_and_a_half(doc, item)
    for item in found:
        _add_qualifier(doc, item, tables)
    _link_restatements(text, found)
    return [_record(number, item, ctx) for number, item in enumerate(found, 1)]


# ---------------------------------------------------------------- reading the matches


def _candidates(doc: Doc, tables: DistanceTables) -> list[_Found]:
    out = []
    for _, s, e in tables.matcher(doc):
        found = _read(doc, s, e, tables)
        if found is not None:
            out.append(found)
    return out


def _unit_key(token: Token) -> str | None:
    """The unit a token spells, with or without a full stop ("km", "ft."), else None."""
    lower = token.lower_
    if lower in units():
        return lower
    if lower.endswith(".") and lower[:-1] in units():
        return lower[:-1]
    return None


def _read(doc: Doc, s: int, e: int, tables: DistanceTables) -> _Found | None:
    last = doc[e - 1]
    attached = tables.attached.fullmatch(last.text)
    if attached is not None and (e - s == 1 or _unit_key(last) is None):
        return _read_attached(doc, s, e, attached, tables)
    if doc[s].text == "(" and doc[e - 2].text == ")":
        return _read_bracketed(doc, s, e)
    if doc[s + 1].text == "(" and doc[e - 2].text == ")":
        return _read_spread(doc, s, e, tables)
    closed = tables.unit_open.fullmatch(doc[s + 1].text) if e - s == 3 else None
    if closed is not None:
        return _read_unit_open(doc, s, e, closed)
    opened = tables.attached_open.fullmatch(doc[s].text)
    if opened is not None and e - s == 2:
        key = _unit_key(last)
        if key is None or opened["ua"].lower() != key:
            return None
        words = [opened["a"], "-", opened["b"]]
        amount = parse(words)
        if amount is None:
            return None
        return _found(doc, s, e - 1, doc[s].idx, _unit_end(last), amount, key, "range:attached")
    key = _unit_key(last)
    unit_first = e - 1
    if (pair := _pair_unit(doc, s, e)) is not None:
        key, unit_first = pair
    if key is None:
        return None
    if e - s >= 2 and doc[e - 2].lower_ in MILE_KINDS:
        if key not in ("mile", "miles"):
            return None
        key, unit_first = (NAUTICAL if doc[e - 2].lower_ == "nautical" else key), e - 2
    key = _nautical_nm(key, last.text.rstrip("."), doc, e, tables)
    words_end = unit_first
    if words_end > s and doc[words_end - 1].is_space:  # "5\u00a0km": a no-break space token
        words_end -= 1
    hyphenated = words_end > s and doc[words_end - 1].text in HYPHENS
    if hyphenated:
        if doc[words_end - 1].whitespace_ or doc[words_end - 2].whitespace_:
            return None  # "5 - km" is no compound adjective
        words_end -= 1
    sizes = last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in tables.words["repeat_nouns"]
    read = _amount_from(doc, s, [t.lower_ for t in doc[s:words_end]], sizes=sizes)
    if read is None:
        return None
    first, amount = read
    rule = _rule(amount, ":hyphenated" if hyphenated else "")
    return _found(doc, first, e - 1, doc[first].idx, _unit_end(last), amount, key, rule)


def _amount_from(
    doc: Doc, s: int, words: list[str], sizes: bool = True
) -> tuple[int, Amount] | None:
    """The longest tail of `words` (the texts of tokens from `s` on) that spells an amount,
    with the head of a list it ends ("5, 10 and 20"): its first token and the amount. Without
    `sizes`, "4 × 100" is no size but a count of the last ("the 4 × 100 m relay")."""
    skip = max(len(words) - MAX_AMOUNT_WORDS, 0)  # a long run of numbers: only its tail
    for i in range(skip, len(words)):
        amount = parse(words[i:])
        if amount is not None and (sizes or amount.form != "dimensions"):
            opener = doc[s + i - 1].lower_ if s + i > 0 else ""
            return _with_list_head(doc, s + i, words[i:], between(amount, opener))
    return None


def _with_list_head(doc: Doc, first: int, words: list[str], amount: Amount) -> tuple[int, Amount]:
    """ "5, 10 and 20 cm", "5, 10, and 20 cm": the items before the match's commas, read back
    over at most `MAX_LIST_TOKENS` tokens, none of them part of a date ("In 2019, 10 and 20")."""
    listed = amount.form in ("digits", "list", "range")  # "100 or 200" alone is a range
    if first == 0 or doc[first - 1].lower_ not in (",", "and", "or") or not listed:
        return first, amount
    for j in range(max(first - MAX_LIST_TOKENS, 0), first - 1):
        head = doc[j:first]
        if head[0].text == "," or any(_dated(t) for t in doc[max(j - 1, 0) : first]):
            continue
        longer = parse([t.lower_ for t in head] + words)
        if longer is not None and longer.form == "list":
            return j, longer
    return first, amount


def _read_bracketed(doc: Doc, s: int, e: int) -> _Found | None:
    """ "(12 ± 0.5) mm": a value and its uncertainty, bracketed before their unit."""
    key = _unit_key(doc[e - 1])
    amount = parse([t.lower_ for t in doc[s + 1 : e - 2]])
    if key is None or amount is None or amount.form != "plus-minus":
        return None
    return _found(doc, s, e - 1, doc[s].idx, _unit_end(doc[e - 1]), amount, key, "plus-minus+unit")


def _read_spread(doc: Doc, s: int, e: int, tables: DistanceTables) -> _Found | None:
    """ "24.6 (SD 8.3) cm", "285 (74) µm": a mean and its spread in brackets before the unit.
    Unlabelled, the bracket holds a spread only when it is smaller than the mean."""
    key = _unit_key(doc[e - 1])
    mean, spread = parse([doc[s].lower_]), parse([doc[e - 3].lower_])
    if key is None or mean is None or spread is None or mean.form != "digits":
        return None
    labelled = doc[s + 2].lower_ in tables.words["spread_labels"]
    if spread.low is None or not (labelled or spread.low < mean.low):  # type: ignore[operator]
        return None
    amount = Amount(low=mean.low, high=None, sign="±", form="plus-minus")
    return _found(doc, s, e - 1, doc[s].idx, _unit_end(doc[e - 1]), amount, key, "mean-spread+unit")


def _read_unit_open(doc: Doc, s: int, e: int, closed: re.Match[str]) -> _Found | None:
    """ "10 km–20 km", "250 μm–2 mm": a range whose ends may be in different units."""
    low_key, high_key = closed["ua"].lower(), _unit_key(doc[e - 1])
    low = parse([doc[s].lower_])
    if low is None or low.form != "digits" or high_key is None:
        return None
    if low_key in CASED_ABBREVIATIONS and closed["ua"] != low_key:
        return None
    high_metres = Decimal(closed["b"].replace(",", "")) * units()[high_key].meters
    high = high_metres / units()[low_key].meters  # the upper end in the lower end's unit
    if high <= low.low:  # type: ignore[operator]
        return None
    amount = Amount(low=low.low, high=high, sign=low.sign, form="range")
    return _found(doc, s, e - 1, doc[s].idx, _unit_end(doc[e - 1]), amount, low_key, "range:units")


def _dated(token: Token) -> bool:
    """A month's name or a year in a date: "March 5, 10 and 20 km" is no list of three."""
    dated = token.ent_type_ in ("DATE", "TIME")
    return dated and (token.is_alpha or bool(_YEAR.fullmatch(token.text)))


def _pair_unit(doc: Doc, s: int, e: int) -> tuple[str, int] | None:
    """A two-word unit ending the match ("light years", "light-years"), and its first token."""
    first = e - 2
    if first > s and doc[first].text in HYPHENS:
        first -= 1
    if first <= s:
        return None
    key = f"{doc[first].lower_} {doc[e - 1].lower_}"
    return (key, first) if key in units() else None


def _read_attached(
    doc: Doc, s: int, e: int, match: re.Match[str], tables: DistanceTables
) -> _Found | None:
    last = doc[e - 1]
    unit_text = match["u"]
    if match["ua"] and match["ua"].lower() != unit_text.lower():
        return None
    key = _nautical_nm(unit_text.lower(), unit_text, doc, e, tables)
    if key in CASED_ABBREVIATIONS and unit_text != key:
        return None
    number = (match["sign"] or "") + match["a"] + (f"-{match['b']}" if match["b"] else "")
    read = _amount_from(doc, s, [t.lower_ for t in doc[s : e - 1]] + [number])
    if read is None:
        return None
    first, amount = read
    end = last.idx + len(last)
    return _found(doc, first, e - 1, doc[first].idx, end, amount, key, _rule(amount, ":attached"))


def _nautical_nm(key: str, written: str, doc: Doc, after: int, tables: DistanceTables) -> str:
    """ "nm" is pint's nanometre, but "12NM", "12 nm off the coast" and "nm" near talk of ships,
    coasts or islands are nautical miles, unless light or small things are nearer still."""
    if key != "nm" or written == NANOMOLAR:
        return key  # a nanomolar "nM" is left to the case check, which drops it
    if written != "nm":
        return NAUTICAL
    if _near(doc, after, NANOMETRE_WINDOW, tables.words["nanometre_words"]):
        return key  # "the ship's 532 nm laser", "the scanner worked at 1,064 nm from 900 m up"
    if after < len(doc) and doc[after].lower_ in tables.words["nautical_cues"]:
        return NAUTICAL
    if _near(doc, after, SEA_WINDOW, tables.words["sea_words"], nouns_only=True):
        return NAUTICAL  # "a 200 nm zone around the islands"
    return key


def _near(
    doc: Doc, index: int, window: int, lemmas: frozenset[str], nouns_only: bool = False
) -> bool:
    """Whether a word of `lemmas` lies within `window` tokens either side of `index`, in its
    sentence ("2-nm gold clusters. The ship sailed on": no ship's); with `nouns_only`, not as
    a verb ("plans to ship samples" is no talk of ships)."""
    sentence = doc[min(index, len(doc) - 1)].sent
    return any(
        t.lemma_.lower() in lemmas and not (nouns_only and t.pos_ == "VERB")
        for t in doc[max(index - window, sentence.start) : min(index + window, sentence.end)]
    )


def _unit_end(token: Token) -> int:
    """End of a unit token, without the full stop of "m." at a sentence end."""
    end = token.idx + len(token)
    if token.text.endswith(".") and token.lower_ not in units():
        end -= 1
    return end


def _rule(amount: Amount, shape: str) -> str:
    return f"{amount.form}+unit{shape}"


def _found(
    doc: Doc, first: int, last: int, start: int, end: int, amount: Amount, key: str, rule: str
) -> _Found:
    return _Found(
        first=first,
        last=last,
        start=start,
        end=end,
        amount=amount,
        unit_key=key,
        rule=rule,
        qualifier=SIGN_QUALIFIERS.get(amount.sign, "exact"),
    )


# ---------------------------------------------------------------- what is not a distance


def _plausible(doc: Doc, f: _Found, tables: DistanceTables) -> bool:
    words = tables.words
    unit_token = doc[f.last]
    first = doc[f.first]
    unit_text = unit_token.text.rstrip(".")
    key = f.unit_key
    after = doc[f.last + 1] if f.last + 1 < len(doc) else None
    after2 = doc[f.last + 2] if f.last + 2 < len(doc) else None
    own_token = tables.attached.fullmatch(unit_token.text) is None  # not "15km"
    before_unit = doc[f.last - 1]
    spaced = own_token and bool(before_unit.whitespace_ or before_unit.is_space)  # not "15"+"km"
    in_quantity = unit_token.ent_type_ == "QUANTITY"
    # case: "5M" is five million, "In" is a word (the unit token's own: "250 μm–2 mm" is keyed
    # by its first unit)
    if own_token and key in CASED_ABBREVIATIONS and unit_text.lower() == key != unit_text:
        return False
    # short units need digits: "seven m", "an in"
    if key in AMBIGUOUS_ABBREVIATIONS and f.amount.form in ("words", "article", "vague"):
        return False
    # names: "Eight Mile", "Three Mile Island", "8 Mile Road"
    titled = (
        len(unit_text) >= MIN_NAME_UNIT_CHARS and unit_text[0].isupper() and not unit_text.isupper()
    )
    if titled and not unit_token.is_sent_start:
        return False
    if f.first > 0 and _currency_sign(doc[f.first - 1]):  # "$5 m", never "5 yd" tagged MONEY
        return False
    if _YEAR.fullmatch(first.text) and first.ent_type_ in ("DATE", "TIME"):
        return False
    # areas, volumes, speeds and rates after the unit, or after a water or ice equivalent
    # written between ("-0.82 m w.e. yr⁻¹" is a glacier's mass balance, a rate)
    if after is not None and not _ends_clean(unit_token, after, after2, words):
        return False
    rate, rate2 = _after_equivalent(doc, f.last, words["equivalent_marks"])
    if rate is not None and not _ends_clean(unit_token, rate, rate2, words):
        return False
    # "in": the preposition unless bracketed, abbreviated, measuring or vouched for ("(10 in)",
    # "6 in. wide", "6.5 in thick", QUANTITY)
    bracketed = after is not None and after.text in (")", "]")
    if (
        key == "in"
        and spaced
        and not in_quantity
        and not bracketed
        and not _abbreviation_mark(unit_token, after, after2)
        and not _inches_measured(doc, f, after, after2, words)
    ):
        return False
    # "pc" is the parsec spaced from its number among stars and galaxies; "rose 5pc" is per cent
    astronomy = _near(doc, f.last, ASTRONOMY_WINDOW, words["astronomy_words"])
    if key == "pc" and not (spaced and astronomy):
        return False
    # calibres and film gauges name a weapon or a format, not a distance: "a 9mm pistol"
    if f.unit.symbol in ("mm", "cm", "in") and _calibre(after, after2, words):
        return False
    # "10 cm of water" is a pressure; "moored in 42 m of water", "under 3 feet of water" depths
    water = words["water_column"]
    if f.unit.symbol in water["units"] and _phrase_after(after, after2) in water["after"]:
        return False
    # "2.5 AU from the Sun", but "the 55 AU member states" (the African Union)
    if key == "au" and after is not None and after.tag_[:2] in ("NN", "JJ"):
        return False
    if key == "m" and _is_million(doc, f, own_token, spaced, after, after2, words):
        return False
    # "on two feet", "his feet"
    owned = f.first > 0 and doc[f.first - 1].lower_ in words["feet_owners"]
    if key in ("feet", "foot") and f.amount.form in ("words", "article") and owned:
        return False
    # "room for 400 foot passengers": people on foot, counted
    if key == "foot" and spaced and after is not None and after.lower_ in words["on_foot_nouns"]:
        return False
    if f.amount.form == "article" and _after_a_price(doc, f, words):
        return False  # "$2 a mile" is a price
    if f.amount.form == "article" and _by_a_mile(doc, f, words):
        return False
    if key == "m" and (_after_hours(doc, f, words) or _before_seconds(after, after2, words)):
        return False  # "3h 20m", "2 hrs 15 m", "5 m 30 s": minutes
    single = f.amount.form == "article" or (f.amount.form == "words" and f.amount.low == 1)
    if single and key in ARTICLE_NEEDS_CONTEXT:
        return _measured_after(after, after2, words)  # "a foot tall", not "one foot in the door"
    return True


def _calibre(after: Token | None, after2: Token | None, words: dict[str, Any]) -> bool:
    """Whether a weapon's or a film's word follows in the sentence ("a 9mm pistol", "35mm
    film"), unless it measures a length ("a 25-mm gauge length")."""
    if after2 is not None and after2.lemma_.lower() in words["dimension_nouns"]:
        return False
    return any(t.lemma_.lower() in words["calibre_nouns"] for t in _same_sentence(after, after2))


def _same_sentence(*tokens: Token | None) -> list[Token]:
    """The tokens given, up to the first that is missing or starts another sentence ("... was
    55 mm. Film thickness ...": the next sentence's "Film" names no film gauge)."""
    out = []
    for token in tokens:
        if token is None or token.is_sent_start:
            break
        out.append(token)
    return out


def _phrase_after(after: Token | None, after2: Token | None) -> str:
    """The two words after a unit, lower case and spaced ("of water"), or fewer."""
    return " ".join(t.lower_ for t in (after, after2) if t is not None)


def _abbreviation_mark(unit: Token, after: Token | None, after2: Token | None) -> bool:
    """Whether a full stop on the unit marks it abbreviated, not a sentence's end: "6 in. wide"
    (the tokenizer splits "in." there), the sentence going on in lower case or after a comma
    ("a wall 0.5 in., and"), or the figure converted in brackets ("2 in. (5 cm)")."""
    return (
        after is not None
        and after.text == "."
        and not unit.whitespace_
        and after2 is not None
        and (
            after2.is_lower and after2.is_alpha
            or after2.text in _CLAUSE_MARKS
            or _opens_conversion(after2)
        )
    )


def _opens_conversion(token: Token) -> bool:
    """Whether a bracket opens on a number, converting the figure before it: "(5 cm)"."""
    doc = token.doc
    return token.text == "(" and token.i + 1 < len(doc) and doc[token.i + 1].like_num


def _inches_measured(
    doc: Doc, f: _Found, after: Token | None, after2: Token | None, words: dict[str, Any]
) -> bool:
    """Whether a spaced "in" measures: "6.5 in thick" (no noun after the adjective: "5 in thick
    fog" is not), or a number that counts no heads ends the sentence ("averaged 6.5 in.")."""
    if after is not None and after.lower_ in words["inch_measures"]:
        return after2 is None or not after2.tag_.startswith("NN")
    ends = after is None or (after.text in (".", ";") and after.i == doc[f.last].sent.end - 1)
    low = f.amount.low
    return ends and low is not None and low != low.to_integral_value()


def _before_seconds(after: Token | None, after2: Token | None, words: dict[str, Any]) -> bool:
    """Whether seconds come right after the amount, so "m" is minutes ("5 m 30 s")."""
    return (
        after is not None
        and after.like_num
        and after2 is not None
        and after2.lower_.rstrip(".") in words["second_marks"]
    )


def _currency_sign(token: Token) -> bool:
    """Whether the tagger's currency sign is one ("$", "€"): it tags ">" in ">2 mm" the same."""
    return token.tag_ == "$" and token.text not in SIGNS


def _currency_word(token: Token, words: dict[str, Any]) -> bool:
    """Whether `token` names a currency: "won" and "pounds" are verbs too ("won the 100m")."""
    return token.lower_ in words["currency"] and token.pos_ not in ("VERB", "AUX")


def _after_a_price(doc: Doc, f: _Found, words: dict[str, Any]) -> bool:
    """Whether an amount or a currency comes right before the article of "a mile"."""
    if f.first == 0:
        return False
    before = doc[f.first - 1]
    return (
        before.like_num
        or _currency_word(before, words)
        or _currency_sign(before)
        or before.lower_ in ("p", "pence", "cents")
    )


def _by_a_mile(doc: Doc, f: _Found, words: dict[str, Any]) -> bool:
    """ "won by a mile", "the best by a mile": an idiom, unless "by" measures a change of
    length or place ("the runway was extended by a mile")."""
    if f.first == 0 or doc[f.first - 1].lower_ != "by":
        return False
    return doc[f.first - 1].head.lemma_.lower() not in words["by_a_mile_literal"]


def _after_hours(doc: Doc, f: _Found, words: dict[str, Any]) -> bool:
    """Whether hours come right before the amount, so "m" is minutes ("3h 20m")."""
    if f.first == 0:
        return False
    before = doc[f.first - 1].lower_
    return before in words["hour_marks"] or bool(_HOURS.fullmatch(before))


def _measured_after(after: Token | None, after2: Token | None, words: dict[str, Any]) -> bool:
    """ "a foot tall", "an inch of rain", "a yard in length"."""
    if after is None:
        return False
    if after.lower_ in words["dimension_words"]:
        return True
    return (
        after.lower_ in ("of", "in")
        and after2 is not None
        and after2.lemma_.lower() in words["dimension_nouns"]
    )


def _ends_clean(unit: Token, after: Token, after2: Token | None, words: dict[str, Any]) -> bool:
    """Whether what follows the unit leaves it a length (not km/h, km², m s−1, miles an hour)."""
    lower = after.lower_
    if not unit.whitespace_ and _SUPERSCRIPT_AFTER.fullmatch(after.text):
        return False
    negative = any(mark in lower for mark in _NEGATIVE_EXPONENT)
    if _RATE_EXPONENT.fullmatch(lower.rstrip(".")) and (not unit.whitespace_ or negative):
        return False  # "m2", "m s-1", "km a⁻¹", "cm cm⁻³": areas, rates and densities
    if lower == "per":  # "400 m per lap" is a length; "5 cm per year", "per 100 km" and
        return (  # "per thousand years" rates
            after2 is not None
            and after2.is_alpha
            and not after2.like_num
            and after2.lower_ not in words["rate_words"]
        )
    if lower == "/" or (lower.startswith("/") and len(lower) > 1):
        return after2 is not None and lower == "/" and after2.like_num  # "2,400km/1,490 miles"
    if lower in words["after_not_distance"]:
        return False
    if after2 is not None and _phrase_after(after, after2) in words["after_not_distance"]:
        return False
    rate = lower in ("a", "an") and after2 is not None and after2.lower_ in words["rate_words"]
    return not rate


def _after_equivalent(
    doc: Doc, last: int, marks: frozenset[str]
) -> tuple[Token | None, Token | None]:
    """The two tokens after a water or ice equivalent that follows the unit ("m w.e. yr⁻¹",
    "m ice eq. a⁻¹"), or (None, None) where none follows."""
    said: list[str] = []
    for i in range(last + 1, min(last + 1 + MAX_EQUIVALENT_TOKENS, len(doc))):
        if doc[i].text != ".":
            said.append(doc[i].lower_.rstrip("."))
        if " ".join(said) in marks:
            j = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "." else i + 1
            return (doc[j] if j < len(doc) else None), (doc[j + 1] if j + 1 < len(doc) else None)
    return None, None


def _is_million(
    doc: Doc,
    f: _Found,
    own_token: bool,
    spaced: bool,
    after: Token | None,
    after2: Token | None,
    words: dict[str, Any],
) -> bool:
    """ "$5m", "5m people", "2m years ago", "a 40m-year-old": m for million, not metres."""
    unit = doc[f.last]
    if own_token and doc[f.last - 1].text in HYPHENS:
        return False  # "50-m intervals": a million is never hyphenated to its number
    # the tagger calls an attached "m" a number ("5m"); a spaced one ("2340.73 m") it also may
    attached_number = own_token and not spaced and unit.tag_ == "CD"
    # spaCy's MONEY on a spaced "243.72 m" with no currency near is its own guess at "m"
    money_entity = "MONEY" in (doc[f.first].ent_type_, unit.ent_type_)
    if attached_number or (money_entity and not spaced):
        return True
    if after is not None:
        plural = after.tag_ in ("NNS", "NNPS") and after.lower_ not in words["million_plural_ok"]
        if plural and not spaced:  # "5m people"; but "1 m quadrats" is written spaced
            return True
        if _currency_word(after, words):
            return True
        if (
            after.text == "-"
            and after2 is not None
            and after2.lower_ in ("year", "strong", "dollar", "pound")
        ):
            return True
    window = doc[max(f.first - CURRENCY_WINDOW, 0) : f.first]
    if any(_currency_sign(t) or _currency_word(t, words) for t in window):
        return True
    if unit.ent_type_ == "QUANTITY":  # spaCy's hint: a measure, whatever else the sentence says
        return False
    money = words["money_words"]
    return any(t.lemma_.lower() in money for t in doc[f.first].sent)  # "revenue was 5.2m"


# ---------------------------------------------------------------- joining neighbours


def _join_feet_inches(doc: Doc, found: list[_Found], tables: DistanceTables) -> list[_Found]:
    """ "6ft 2in", "5 feet 11 inches", "5 foot 11": one height, value in decimal feet."""
    out: list[_Found] = []
    skip_to = -1
    for item in found:
        if item.start < skip_to:
            continue
        out.append(item)
        if (
            item.unit.symbol != "ft"
            or item.amount.form not in ("digits", "words")
            or item.amount.high
        ):
            continue
        i = item.last + 1
        if i < len(doc) and doc[i].lower_ in (",", "and"):
            i += 1
        if i >= len(doc):
            continue
        inches, end = _inches_at(doc, i, tables)
        if inches is None:
            continue
        feet = item.amount.low
        total = feet + inches / Decimal(INCHES_PER_FOOT)  # type: ignore[operator]
        item.amount = Amount(low=total, high=None, sign=item.amount.sign, form="feet-inches")
        item.end, item.rule = end, "feet-inches"
        item.last = doc.char_span(item.start, end, alignment_mode="expand").end - 1
        skip_to = end
    return out


def _hyphenated_heights(doc: Doc, text: str) -> list[_Found]:
    """ "5-foot-10", "a 6-foot-4 forward": a height in feet and inches written as one compound
    (the tokenizer leaves "foot-10" whole, so no unit matches it). One search of the text."""
    out = []
    for m in _HEIGHT_COMPOUND.finditer(text):
        inches = int(m["inches"])
        span = doc.char_span(m.start(), m.end())
        if inches >= INCHES_PER_FOOT or span is None:
            continue
        total = Decimal(m["feet"]) + Decimal(inches) / Decimal(INCHES_PER_FOOT)
        amount = Amount(low=total, high=None, sign="", form="feet-inches")
        out.append(_found(doc, span.start, span.end - 1, m.start(), m.end(), amount,
                          m["unit"].lower(), "feet-inches"))
    return out


def _inches_at(doc: Doc, i: int, tables: DistanceTables) -> tuple[Decimal | None, int]:
    token = doc[i]
    attached = tables.attached.fullmatch(token.text)
    if attached and attached["u"].lower() == "in" and not attached["b"]:
        inches = Decimal(attached["a"].replace(",", ""))
        return (inches, token.idx + len(token)) if inches < INCHES_PER_FOOT else (None, 0)
    if not _INCHES.fullmatch(token.text) or int(token.text) >= INCHES_PER_FOOT:
        return None, 0
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_.rstrip(".") in ("in", "inch", "inches"):
        return Decimal(token.text), _unit_end(nxt)
    if nxt is None or nxt.is_punct or nxt.lower_ in ("tall", "high", "and"):
        return Decimal(token.text), token.idx + len(token)  # "he stood 6 foot 2"
    return None, 0


_RANGE_FORMS = ("digits", "words", "scientific")
"""Amounts that may end a range or carry an uncertainty: not vague, not fractions or ranges."""
_RANGE_GAPS = {
    "to": ("from", ""),
    "-": ("from", ""),
    "–": ("from", ""),
    "—": ("from", ""),
    "and": ("between",),
}


def _join_ranges(doc: Doc, text: str, found: list[_Found]) -> list[_Found]:
    """ "10km to 20km", "between 10 km and 20 km", "5km-10km": one range."""
    out: list[_Found] = []
    for item in found:
        prev = out[-1] if out else None
        if prev is not None and _is_uncertainty(text, prev, item):  # "12 m ± 0.5 m"
            prev.end, prev.last, prev.rule = item.end, item.last, "plus-minus+unit"
            prev.qualifier = SIGN_QUALIFIERS["±"]
            continue
        if prev is not None and _is_next_side(text, prev, item):  # "5 mm × 5 mm"
            sides = prev.amount.items or (prev.amount.low,)
            prev.amount = Amount(low=prev.amount.low, high=None, sign=prev.amount.sign,
                                 form="dimensions", items=(*sides, item.amount.low))
            prev.end, prev.last, prev.rule = item.end, item.last, "dimensions+units"
            continue
        if prev is not None and _ascending(prev, item):
            gap = text[prev.end : item.start].strip().lower()
            opener = doc[prev.first - 1].lower_ if prev.first > 0 else ""
            openers = _RANGE_GAPS.get(gap)
            if openers is not None and (opener in openers or "" in openers):
                same_unit = prev.unit.symbol == item.unit.symbol
                high = item.amount.low if same_unit else item.meters / prev.unit.meters  # type: ignore[operator]
                prev.amount = Amount(
                    low=prev.amount.low, high=high, sign=prev.amount.sign, form="range"
                )
                prev.end, prev.last, prev.rule = item.end, item.last, "range:two-units"
                continue
        out.append(item)
    return out


def _ascending(prev: _Found, item: _Found) -> bool:
    """Whether two neighbours can be a range's ends: plain amounts, the second longer; in two
    units ("5 mm to 2 cm") only when too far apart to be one length restated."""
    if prev.amount.form not in _RANGE_FORMS or item.amount.form not in _RANGE_FORMS:
        return False
    low, high = prev.meters, item.meters
    if low is None or high is None or not 0 < low < high:
        return False
    return prev.unit.symbol == item.unit.symbol or float(high / low) > SAME_AS_RATIO[1]


def _is_next_side(text: str, prev: _Found, item: _Found) -> bool:
    """ "5 mm × 5 mm", "2 m x 3 m": the second is another side of the first's size."""
    return (
        text[prev.end : item.start].strip() in DIMENSION_TIMES
        and prev.unit.symbol == item.unit.symbol
        and prev.amount.form in ("digits", "dimensions")
        and item.amount.form == "digits"
        and not item.amount.sign
    )


def _is_uncertainty(text: str, prev: _Found, item: _Found) -> bool:
    """ "12 m ± 0.5 m", "12 m ±0.5 m": the second is the first's uncertainty."""
    gap = text[prev.end : item.start].replace(" ", "")
    signed = gap in PLUS_MINUS and not item.amount.sign or not gap and item.amount.sign == "±"
    return (
        signed
        and prev.amount.high is None
        and prev.amount.form in _RANGE_FORMS
        and item.amount.form == "digits"
    )


def _add_and_a_half(doc: Doc, f: _Found) -> None:
    """ "a mile and a half", "two kilometres and a half"."""
    if f.amount.low is None or f.amount.high is not None or f.amount.form == "fraction":
        return
    for words, extra in FRACTIONS_AFTER.items():
        tail = tuple(t.lower_ for t in doc[f.last + 1 : f.last + 1 + len(words)])
        if tail != words:
            continue
        f.amount = Amount(low=f.amount.low + extra, high=None, sign=f.amount.sign, form="fraction")
        f.last += len(words)
        f.end = doc[f.last].idx + len(doc[f.last])
        f.rule = "fraction+unit"
        return


def _add_qualifier(doc: Doc, f: _Found, tables: DistanceTables) -> None:
    """Take the qualifier words before (and "or so" after) into the span and the field."""
    if f.amount.high is not None and f.first > 0:
        opener = doc[f.first - 1]
        if opener.lower_ in tables.words["range_openers"]:
            f.first, f.start = f.first - 1, opener.idx
    else:
        longest = len(tables.qualifiers[0][0]) if tables.qualifiers else 0  # longest first
        words = _words_before(doc, f.first, longest)
        before = tuple(doc[i].lower_ for i in words)
        for phrase, name in tables.qualifiers:
            n = len(phrase)
            if n <= len(before) and before[len(before) - n :] == phrase:
                first = words[len(words) - n]
                f.first, f.start, f.qualifier = first, doc[first].idx, name
                break
    longest = len(tables.qualifiers_after[0][0]) if tables.qualifiers_after else 0
    after = tuple(t.lower_ for t in doc[f.last + 1 : f.last + 1 + longest])
    for phrase, name in tables.qualifiers_after:
        n = len(phrase)
        if after[:n] == phrase:
            f.last, f.end = f.last + n, doc[f.last + n].idx + len(doc[f.last + n])
            if f.qualifier == "exact":
                f.qualifier = name
            break


def _words_before(doc: Doc, index: int, count: int) -> list[int]:
    """The indices of up to `count` words before token `index`, in order, past the blank tokens
    Markdown's marks leave ("about **31 km**") and never across a line break."""
    found: list[int] = []
    word = word_before(doc[index])
    while word is not None and not word.is_space and len(found) < count:  # a line break ends
        found.append(word.i)
        word = word_before(word)
    return found[::-1]


def _link_restatements(text: str, found: list[_Found]) -> None:
    """ "2,400km (1,490 miles)", "2,400km, or 1,490 miles": the second restates the first."""
    for first, second in zip(found, found[1:], strict=False):
        if first.unit.symbol == second.unit.symbol:
            continue
        gap = _SPACES.sub(" ", text[first.end : second.start]).strip().lower()
        if gap not in ("(", "[", "/", "or", ", or", "- or", "– or", "— or", "(or", "( or"):
            continue
        a, b = first.meters, second.meters
        if (a is None) != (b is None):
            continue
        if (
            a is not None
            and b is not None
            and (a == 0 or not SAME_AS_RATIO[0] <= float(b / a) <= SAME_AS_RATIO[1])
        ):
            continue
        second.same_as = first.same_as if first.same_as is not None else first.start


def _record(number: int, f: _Found, ctx: Context) -> Distance:
    low, high = f.amount.low, f.amount.high
    meters = f.meters
    return Distance(
        doc=ctx.doc_id,
        text=ctx.text[f.start : f.end],
        start=f.start,
        end=f.end,
        rule=f.rule,
        sentence=ctx.sentence(f.start),
        id=f"D{number}",
        value=None if low is None else as_number(low),
        unit=f.unit.symbol,
        meters=None if meters is None else as_number(meters),
        qualifier=f.qualifier,  # type: ignore[arg-type]
        max_value=None if high is None else as_number(high),
        same_as=f.same_as,
    )
