"""Gold documents from TimeML `.tml` files (TimeBank, TempEval-3, one's own annotations).

The document text is the content of the TEXT element with every tag taken out (entities decoded,
white space kept): the text newsfacts analyses, which gold offsets index. Each non-empty TIMEX3
inside it is a gold date with its `type` (lower case) and `value`; the DCT TIMEX3 (the one whose
`functionInDocument` is CREATION_TIME, else the one inside DCT) gives the reference date.
A document's id is its path inside the folder, without `.tml`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..sources import walk
from .gold import GoldDocument, GoldError

TIMEML_GLOBS = ("*.tml",)
# A DCT value's day: "1998-08-07", "1998-08-07T08:15" or the compact "19980807".
_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def timeml_files(path: str) -> list[str]:
    """The `.tml` files of a folder (walked, sorted), or the one file given."""
    if not Path(path).is_dir():
        return [path]
    files = list(walk(path, TIMEML_GLOBS))
    if not files:
        raise GoldError(path, "no .tml files in this folder")
    return files


def read_timeml(path: str) -> Iterator[GoldDocument]:
    """The documents of a TimeML folder (or of one `.tml` file), in file-name order."""
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    for file in timeml_files(path):
        doc_id = Path(file).relative_to(folder).with_suffix("").as_posix()
        yield parse_timeml(file, doc_id)


def parse_timeml(file: str, doc_id: str) -> GoldDocument:
    """One TimeML file as a gold document of dates."""
    try:
        root = ElementTree.parse(file).getroot()
    except ElementTree.ParseError as exc:
        line = exc.position[0]
        raise GoldError(f"{file}:{line}", f"not well-formed XML ({exc})") from None
    except OSError as exc:
        raise GoldError(file, exc.strerror or str(exc)) from None
    body = next((e for e in root.iter() if _tag(e) == "TEXT"), None)
    if body is None:
        raise GoldError(file, "no TEXT element: not a TimeML document")
    text, timexes = flatten(body)
    items = tuple(
        {"kind": "date", "start": start, "end": end, "text": text[start:end],
         "type": attrib.get("type", "").lower(), "value": attrib.get("value") or None,
         "tid": attrib.get("tid")}
        for start, end, attrib in timexes
        if end > start
    )
    return GoldDocument(id=doc_id, text=text, reference_date=creation_date(root), items=items)


def flatten(element: ElementTree.Element) -> tuple[str, list[tuple[int, int, dict[str, Any]]]]:
    """The text inside `element` with its tags taken out, and the (start, end, attributes) of
    each TIMEX3 in it, in text order. Walked with a stack: no recursion limit on deep nesting."""
    chunks: list[str] = [element.text or ""]
    length = len(chunks[0])
    timexes: list[tuple[int, int, dict[str, Any]]] = []
    stack = [(element, iter(element), 0)]
    while stack:
        current, children, start = stack[-1]
        child = next(children, None)
        if child is not None:
            stack.append((child, iter(child), length))
            chunks.append(child.text or "")
            length += len(chunks[-1])
            continue
        stack.pop()
        if current is element:
            continue
        if _tag(current) == "TIMEX3":
            timexes.append((start, length, dict(current.attrib)))
        chunks.append(current.tail or "")
        length += len(chunks[-1])
    timexes.sort(key=lambda t: (t[0], t[1]))
    return "".join(chunks), timexes


def creation_date(root: ElementTree.Element) -> date | None:
    """The document creation time's day, or None when the file gives none that reads."""
    dct = next((e for e in _timexes(root) if e.get("functionInDocument") == "CREATION_TIME"), None)
    holder = next((e for e in root.iter() if _tag(e) == "DCT"), None)
    if dct is None and holder is not None:
        dct = next(_timexes(holder), None)
    found = _DAY.match(dct.get("value") or "") if dct is not None else None
    if found is None:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def _timexes(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    return (e for e in element.iter() if _tag(e) == "TIMEX3")


def _tag(element: ElementTree.Element) -> str:
    """The tag without its namespace."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
