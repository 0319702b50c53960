"""Read the amount written before a length unit: digits, number words, fractions, ranges, vague.

Pure functions over lower-cased token texts, so they are testable without a model. Values are
`Decimal`, exact as written: "2,400" -> 2400, "1.5 million" -> 1500000, "half a" -> 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from ...data import table

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
FRACTIONS = {"½": "0.5", "¼": "0.25", "¾": "0.75", "⅓": "1/3", "⅔": "2/3", "⅛": "0.125"}
_FRACTION_CHARS = "".join(FRACTIONS)
SIGN_QUALIFIERS = {
    "~": "about",
    "∼": "about",  # the tilde operator, as typeset papers write "∼120 km"
    "≈": "about",
    "±": "about",
    "<": "less than",
    ">": "more than",
    "≤": "up to",
    "≥": "at least",
}
"""Qualifier of a sign written on the number itself ("~200", "≥10")."""
SIGNS = "".join(SIGN_QUALIFIERS)
"""Signs written before a number ("~200", ">2", "±2.5"): the tagger may call ">" a currency sign."""
SIGN = rf"[{SIGNS}]"
NUMERIC_TOKEN = re.compile(
    rf"(?P<sign>{SIGN})?(?P<signed>[-−+])?(?:(?P<a>{NUMBER})(?P<af>[{_FRACTION_CHARS}])?|(?P<f>[{_FRACTION_CHARS}]))"
    rf"(?:[-–—](?P<b>{NUMBER}))?"
)
SLASH_FRACTION = re.compile(r"(?P<n>\d)/(?P<d>[2348])")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPTS = str.maketrans(f"{SUPERSCRIPT_DIGITS}⁻", "0123456789-")
SCIENTIFIC = re.compile(
    r"(?P<m>\d+(?:\.\d+)?)(?:[eE](?P<e>[-−+]?\d{1,2})"
    rf"|\s*[×x*]\s*10\s*(?:\^\s*(?P<p>[-−]?\s*\d{{1,2}})|(?P<s>[⁻]?[{SUPERSCRIPT_DIGITS}]{{1,2}})"
    r"|[-−]\s*(?P<n>\d{1,2})))"
)
"""Scientific notation: "1.2e3", "3 × 10^4", "3×10⁴", "2.5 × 10−3" (a lost superscript minus)."""
POWER_OF_TEN = re.compile(
    rf"10(?:\^(?P<power>[-−]?\d{{1,2}})|(?P<raised>[⁻]?[{SUPERSCRIPT_DIGITS}]{{1,2}}))")
"""A power of ten alone: "10^3", "10³" (1000)."""
PLUS_MINUS_TOKEN = re.compile(rf"(?P<a>{NUMBER})(?:±|\+/?-)(?P<b>{NUMBER})")
"""A value and its uncertainty written in one token: "12.0±0.3"."""
LAST_DIGITS_UNCERTAINTY = re.compile(r"(?P<a>\d+\.\d+)\(\d{1,3}")
"""A value with the uncertainty of its last digits in brackets, as crystallography writes it:
"10.482(2)" (10.482 ± 0.002), left by the tokenizer as "10.482(2" and ")"."""
HYPHENS = frozenset({"-", "–"})
"""How the tokenizer leaves the hyphen of "50-m", "10–20 km" as a token."""
RANGE_SEPARATORS = frozenset({"to", "-", "–", "—", "and", "or"})
PLUS_MINUS = frozenset({"±", "+/-", "+-"})
SCIENTIFIC_TIMES = frozenset({"×", "x", "*"})
LIST_ENDS = frozenset({"and", "or"})
"""The word before a list's last item ("5, 10 and 20"); commas go between the others."""
LIST_FORMS = frozenset({"digits", "words", "scientific"})
DIMENSION_TIMES = frozenset({"×", "x", "by"})
"""What joins the sides of a size: "20 × 20 m", "4.1 x 3.3 x 1.8 km", "0.9 by 0.7 m"."""
ARTICLES = frozenset({"a", "an"})
_VAGUE_FEW = re.compile(
    r"(?:a )?(?:few|couple|several|many)(?: (?:dozen|hundred|thousand|million))?(?: of)?"
)
_GROUPED = re.compile(r"[.,]")
_THOUSANDS_HEAD, _THOUSANDS_TAIL = re.compile(r"\d{1,3}"), re.compile(r"\d{3}")


@dataclass(frozen=True, slots=True)
class Amount:
    """What a distance's number says: `low` null for a vague amount, `high` for a range."""

    low: Decimal | None
    high: Decimal | None
    sign: str  # "~", "<", "≥", "±" ... written before the number, or ""
    form: str  # digits, words, article, fraction, range, vague, plus-minus, scientific, list,
    # dimensions
    items: tuple[Decimal, ...] = ()  # every value of a list ("5, 10 and 20") or of a size
    # ("20 × 30"), low the first


@cache
def _words() -> dict[str, Any]:
    return table("distances/words.json")


def number_words() -> frozenset[str]:
    """Every word that can start or continue a written amount."""
    w = _words()
    return frozenset(
        [*w["ones"], *w["tens"], *w["scales"], *w["vague_plural"], *w["vague_words"]]
        + ["a", "an", "half", "quarter", "quarters", "third", "thirds", "dozen"]
    )


def _decimal(text: str) -> Decimal:
    if "/" in text:
        num, den = text.split("/")
        return Decimal(num) / Decimal(den)
    return Decimal(text.replace(",", ""))


def scientific(text: str) -> Decimal | None:
    """The number that scientific notation spells ("1.2e3" -> 1200, "3 × 10^-2" -> 0.03)."""
    match = SCIENTIFIC.fullmatch(text)
    if match is None:
        return None
    exponent = next(g for g in match.group("e", "p", "s", "n") if g is not None)
    exponent = exponent.translate(SUPERSCRIPTS).replace("−", "-").replace(" ", "")
    if match["n"] is not None:
        exponent = f"-{exponent}"
    return Decimal(match["m"]).scaleb(int(exponent))


def numeric_token(text: str) -> Amount | None:
    """One token of digits: "2,400", "1.5", "~200", "10–15", "1½", "½", "1/2", "1.2e3",
    "12.0±0.3"."""
    match = NUMERIC_TOKEN.fullmatch(text)
    if match is None:
        if (sci := scientific(text)) is not None:
            return Amount(low=sci, high=None, sign="", form="scientific")
        if (pm := PLUS_MINUS_TOKEN.fullmatch(text)) is not None:
            return Amount(low=_decimal(pm["a"]), high=None, sign="±", form="plus-minus")
        slash = SLASH_FRACTION.fullmatch(text)
        if slash is None:
            return None
        return Amount(low=_decimal(text), high=None, sign="", form="fraction")
    sign = match["sign"] or ""
    if match["f"]:
        low = _decimal(FRACTIONS[match["f"]])
    else:
        low = _decimal(match["a"])
        if match["af"]:
            low += _decimal(FRACTIONS[match["af"]])
    if match["signed"]:  # "−200 m" below a datum, "+4.5 m" above it
        if match["b"] or not match["a"]:
            return None
        if match["signed"] != "+":
            low = -low
    if match["b"]:
        high = _decimal(match["b"])
        if high <= low:
            return None
        return Amount(low=low, high=high, sign=sign, form="range")
    form = "fraction" if match["f"] or match["af"] else "digits"
    return Amount(low=low, high=None, sign=sign, form=form)


_FRACTION_PHRASES = [
    (re.compile(r"(?:(?:a|one) )?half(?: (?:a|an|of an?))?"), Decimal("0.5")),
    (re.compile(r"(?:(?:a|one) )?quarter(?: of an?)?"), Decimal("0.25")),
    (re.compile(r"(?:three|3)(?: -)? quarters(?: of an?)?"), Decimal("0.75")),
    (re.compile(r"(?:a|one) third(?: of an?)?|third of an?"), Decimal(1) / Decimal(3)),
    (re.compile(r"(?:two|2)(?: -)? thirds(?: of an?)?"), Decimal(2) / Decimal(3)),
]


def value(words: Sequence[str]) -> Amount | None:
    """A single amount (or a one-token range like "10–15"), or None."""
    if not words:
        return None
    last_digits = LAST_DIGITS_UNCERTAINTY.fullmatch(words[0])
    if last_digits is not None and words[1:] == [")"]:  # "10.482(2" ")"
        return Amount(low=_decimal(last_digits["a"]), high=None, sign="±", form="plus-minus")
    if len(words) == 1:
        single = numeric_token(words[0])
        if single is not None:
            return single
        if words[0] in ARTICLES:
            return Amount(low=Decimal(1), high=None, sign="", form="article")
    joined = "".join(words)
    if SCIENTIFIC_TIMES.intersection(joined) and (sci := scientific(joined)) is not None:
        return Amount(low=sci, high=None, sign="", form="scientific")  # "3", "×", "10^4"
    if (power := POWER_OF_TEN.fullmatch(joined)) is not None:  # "10", "^", "3"; "10³"
        exponent = (power["power"] or power["raised"]).translate(SUPERSCRIPTS).replace("−", "-")
        return Amount(low=Decimal(1).scaleb(int(exponent)), high=None, sign="", form="scientific")
    joined = " ".join(words)
    for pattern, amount in _FRACTION_PHRASES:
        if pattern.fullmatch(joined):
            return Amount(low=amount, high=None, sign="", form="fraction")
    if len(words) >= 7 and all(w == "-" for w in words[1::2]) and words[-5:-1:2] == ["and", "a"]:
        return value(words[::2])  # "one-and-a-half"
    if len(words) >= 4 and words[-3:-1] == ["and", "a"] and words[-1] in ("half", "quarter"):
        whole = value(words[:-3])
        if whole is not None and whole.high is None and whole.form != "article":
            extra = Decimal("0.5") if words[-1] == "half" else Decimal("0.25")
            return Amount(low=whole.low + extra, high=None, sign="", form="fraction")
    if len(words) == 2:
        first, second = numeric_token(words[0]), numeric_token(words[1])
        whole = first is not None and first.form == "digits" and not _GROUPED.search(words[0])
        if whole and second is not None and second.form == "fraction":  # "5 1/2", "5 ½"
            low = first.low + second.low  # type: ignore[operator,union-attr]
            return Amount(low=low, high=None, sign=first.sign, form="fraction")  # type: ignore[union-attr]
        if (
            first
            and second
            and _THOUSANDS_HEAD.fullmatch(words[0])
            and _THOUSANDS_TAIL.fullmatch(words[1])
        ):
            return Amount(low=Decimal(words[0] + words[1]), high=None, sign="", form="digits")
    return _spelled(words)


def _spelled(words: Sequence[str]) -> Amount | None:
    """ "seven", "twenty - five", "two hundred and fifty", "1.5 million", "a hundred"."""
    w = _words()
    ones, tens, scales = w["ones"], w["tens"], w["scales"]
    total, current = Decimal(0), None
    used_digits = False
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        prev = words[i - 1] if i else None
        if word == "and":
            if prev not in scales or nxt is None or (nxt not in ones and nxt not in tens):
                return None
        elif word == "-":
            if prev not in tens or nxt not in ones:
                return None
        elif word in ARTICLES:
            if i != 0 or nxt not in scales:
                return None
            current = Decimal(1)
        elif i == 0 and (digits := numeric_token(word)) is not None and digits.form == "digits":
            if digits.sign or nxt not in scales:
                return None
            current, used_digits = digits.low, True
        elif word in ones or word in tens:
            n = Decimal(ones.get(word, tens.get(word, 0)))
            if current is not None and (current % 100 != 0 if word in tens else current % 10 != 0):
                return None
            current = (current or 0) + n
        elif word in scales:
            if current is None:
                return None
            scale = Decimal(scales[word])
            if scale == 100 and current % 100 != 0:
                current *= scale
            elif scale == 100:
                return None
            else:
                total += current * scale
                current = None
        else:
            return None
    result = total + (current or 0)
    if result == 0 and "zero" not in words:
        return None
    return Amount(low=result, high=None, sign="", form="digits" if used_digits else "words")


@cache
def _vague_plurals() -> re.Pattern[str]:
    """ "hundreds of", "tens of thousands of", from the `vague_plural` words."""
    plural = "|".join(_words()["vague_plural"])
    return re.compile(rf"(?:(?:{plural}) of)(?: (?:{plural}) of)*")


def _vague(words: Sequence[str]) -> bool:
    joined = " ".join(words)
    return bool(_vague_plurals().fullmatch(joined) or _VAGUE_FEW.fullmatch(joined))


def scale_of(words: Sequence[str]) -> Decimal | None:
    """The last scale word of an amount ("1 to 2 million" -> 1000000)."""
    scales = _words()["scales"]
    for word in reversed(words):
        if word in scales:
            return Decimal(scales[word])
    return None


def _joined_plus_minus(words: Sequence[str]) -> Sequence[str]:
    """ "+", "/-" (as the tokenizer splits "+/-") back into one "+/-"."""
    if "+" not in words:
        return words
    out: list[str] = []
    for word in words:
        if out and out[-1] == "+" and word in ("/-", "-"):
            out[-1] = "+/-"
        else:
            out.append(word)
    return out


def _list(words: Sequence[str]) -> Amount | None:
    """ "5 , 10 and 20", "5 , 10 , or 20", "10 and 20": a list of plain amounts, or None.
    Two amounts joined by "or" are no list: "one or two" is a range."""
    items: list[Decimal] = []
    ends: list[str] = []
    current: list[str] = []
    for word in [*words, ","]:
        if word not in LIST_ENDS and word != ",":
            current.append(word)
            continue
        if not current and ends and ends[-1] == "," and word in LIST_ENDS:
            ends[-1] = word  # the serial comma of "5, 10, and 20"
            continue
        amount = value(current) if current else None
        if amount is None or amount.form not in LIST_FORMS or amount.low is None:
            return None
        items.append(amount.low)
        ends.append(word)
        current = []
    ends.pop()  # the comma added at the end
    if len(items) < 2 or ends[-1] not in LIST_ENDS or any(end != "," for end in ends[:-1]):
        return None
    if len(items) == 2 and ends[-1] != "and":
        return None
    return Amount(low=items[0], high=None, sign="", form="list", items=tuple(items))


def dimensions(words: Sequence[str]) -> Amount | None:
    """ "20 × 30", "4.1 x 3.3 x 1.8": the sides of a size, low the first; else None."""
    sides = [value(words[i : i + 1]) for i in range(0, len(words), 2)]
    joints = set(words[1::2])
    if len(words) < 3 or len(words) % 2 == 0 or not joints <= DIMENSION_TIMES:
        return None
    if any(side is None or side.form != "digits" or side.sign for side in sides):
        return None
    items = tuple(side.low for side in sides)  # type: ignore[union-attr]
    return Amount(low=items[0], high=None, sign="", form="dimensions", items=items)  # type: ignore[arg-type]


def between(amount: Amount, opener: str) -> Amount:
    """ "between 5 and 8" is a range, where "5 and 8" alone is a list of two."""
    if opener != "between" or amount.form != "list" or len(amount.items) != 2:
        return amount
    low, high = amount.items
    if low >= high:
        return amount
    return Amount(low=low, high=high, sign=amount.sign, form="range")


def parse(words: Sequence[str]) -> Amount | None:
    """The amount that exactly `words` spell, or None."""
    if not words:
        return None
    words = _joined_plus_minus(words)
    if _vague(words):
        return Amount(low=None, high=None, sign="", form="vague")
    single = value(words)
    if single is not None:
        return single
    for i, word in enumerate(words):
        if word in PLUS_MINUS and 0 < i < len(words) - 1:
            left, right = value(words[:i]), value(words[i + 1 :])
            if left and right and left.high is None and right.high is None:
                return Amount(low=left.low, high=None, sign="±", form="plus-minus")
    listed = _list(words) or dimensions(words)
    if listed is not None:
        return listed
    for i, word in enumerate(words):
        if word not in RANGE_SEPARATORS or not 0 < i < len(words) - 1:
            continue
        left, right = value(words[:i]), value(words[i + 1 :])
        if not left or not right or left.high is not None or right.high is not None:
            continue
        low, high = left.low, right.low
        scale = scale_of(words[i + 1 :])
        if scale and scale_of(words[:i]) is None and low * scale <= high:  # type: ignore[operator]
            low = low * scale  # type: ignore[operator]
        if low < high:  # type: ignore[operator]
            return Amount(low=low, high=high, sign=left.sign, form="range")
    return None
