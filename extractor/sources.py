"""PATH arguments -> documents: files, folders, stdin and JSONL batches, decoded exactly.

Everything is read lazily, one document at a time, so a folder of any size streams. A document
that cannot be read becomes a `Failure` value and the run goes on.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from fnmatch import fnmatch
from pathlib import Path

from . import html as pages
from .errors import InputError, UsageError, internal_error
from .markdown import MARKDOWN_SUFFIXES, front_matter_date, front_matter_saved, markup_spans

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.md", "*.jsonl")
HTML_SUFFIXES = (".html", ".htm")
_BOM = "\ufeff"
# A NUL byte among the first this many bytes makes a file binary (unless UTF-16 by its BOM).
_SNIFF_BYTES = 8192
# Legacy bytes at least this share ASCII are read as Windows-1252 (English text with a few
# accented letters or curly quotes); others go to charset-normalizer.
ASCII_SHARE_FOR_CP1252 = 0.9

Warn = Callable[[str], None]
"""Where a warning about an input goes (a line without the `Warning:` prefix)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One readable document: its id, the text offsets index, and its own reference date.

    `markup` holds the [start, end) spans of a Markdown file's markup, which the model reads
    as blanks; `saved` the day a clipper saved the page, which no dateline's day follows."""

    doc: str
    text: str
    reference_date: date | None = None
    reference_date_source: str = "none"
    warnings: tuple[str, ...] = ()
    markup: tuple[tuple[int, int], ...] = ()
    saved: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure:
    """A document that could not be read, with the reason."""

    doc: str
    reason: str


def parse_date(value: str) -> date:
    """A YYYY-MM-DD string as a date; ValueError with a plain reason otherwise."""
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def check_paths(paths: Iterable[str], globs: Iterable[str] | None = None) -> None:
    """Raise UsageError for a missing path or a folder with no matching file, before any work."""
    globs = tuple(globs or DEFAULT_GLOBS)
    for path in paths:
        if path == "-":
            continue
        if not os.path.exists(path):
            raise UsageError(f"{path}: no such file or directory")
        if os.path.isdir(path) and next(walk(path, globs), None) is None:
            raise UsageError(f"{path}: no files matching {' '.join(globs)}")


def walk(folder: str, globs: Iterable[str], warn: Warn | None = None) -> Iterator[str]:
    """Files under `folder` whose names match one of `globs`, recursively, in sorted order.

    Only regular files: reading a named pipe, socket or device found in a folder could block
    or never end, so each is left out, with a `warn` line naming it.
    """
    globs = tuple(globs)
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if any(fnmatch(name, g) for g in globs):
                path = os.path.join(root, name)
                special = _special_file(path)
                if special is None:
                    yield path
                elif warn is not None:
                    warn(f"{path}: {special}, not a regular file; skipped")


def _special_file(path: str) -> str | None:
    """What a path is when it is not a regular file ("a named pipe"), else None (also when it
    cannot be examined: reading it then fails with the reason)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else _file_type(mode)


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def warn_on_stderr(message: str) -> None:
    """The default `Warn`: a `Warning:` line on stderr."""
    print(f"Warning: {message}", file=sys.stderr)


@dataclass(frozen=True, slots=True)
class Unit:
    """One document on its way to the model.

    `kind` is `file` (a text or HTML file; `data` holds its bytes once read), `jsonl` (one line
    of a JSONL batch in `data`) or `ready` (`item` holds an already read Source or Failure).
    `key` names the input stably (the path, or `path:line`) for a resume sidecar. `walked`: found
    in a folder, so it is read only if it is (still) a regular file.
    """

    key: str
    kind: str
    data: bytes | None = None
    item: Source | Failure | None = None
    walked: bool = False

    def load(self) -> Unit:
        """The unit with its bytes read; a file that cannot be read becomes a Failure."""
        if self.kind != "file" or self.data is not None:
            return self
        try:
            return Unit(self.key, "file", read_file(self.key, regular_only=self.walked))
        except OSError as exc:
            failure = Failure(doc=self.key, reason=exc.strerror or str(exc))
            return Unit(self.key, "ready", item=failure)


def read_file(path: str, *, regular_only: bool = False) -> bytes:
    """The bytes of a file. With `regular_only`, a path that is no longer a regular file (a
    pipe put there since the folder was listed) is an error at once, never a blocking read."""
    if not regular_only:
        return Path(path).read_bytes()
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"{_file_type(mode)}, not a regular file")
        return handle.read()


def iter_units(
    paths: Iterable[str], globs: Iterable[str], warn: Warn | None = None
) -> Iterator[Unit]:
    """One unit per document named by `paths`, in input order.

    Lazy and cheap: files are only listed (their bytes are read by `Unit.load`); JSONL batches
    are read a line at a time; stdin is read whole, as one document. A folder's special files
    are skipped, each with a `warn` line.
    """
    globs = tuple(globs)
    for path in paths:
        walked = path != "-" and os.path.isdir(path)
        for file in walk(path, globs, warn) if walked else (path,):
            if file == "-":
                yield Unit(file, "file", sys.stdin.buffer.read())
            elif file.endswith(".jsonl"):
                yield from _jsonl_units(file)
            else:
                yield Unit(file, "file", walked=walked)


def _jsonl_units(path: str) -> Iterator[Unit]:
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if raw.strip():
                    yield Unit(f"{path}:{number}", "jsonl", raw)
    except OSError as exc:
        yield Unit(path, "ready", item=Failure(doc=path, reason=exc.strerror or str(exc)))


def to_source(unit: Unit, reference_date: date | None = None) -> Source | Failure:
    """Decode a loaded unit into the document the pipeline reads."""
    try:
        if unit.kind == "ready":
            assert unit.item is not None
            item = unit.item
        elif unit.kind == "jsonl":
            assert unit.data is not None
            item = _jsonl_source(unit.key, unit.data)
        else:
            data = unit.data
            if data is None:
                data = read_file(unit.key, regular_only=unit.walked)
            suffix = unit.key.lower()
            item = _source(
                unit.key,
                decode(unit.key, data),
                html=suffix.endswith(HTML_SUFFIXES),
                markdown=suffix.endswith(MARKDOWN_SUFFIXES),
            )
    except InputError as exc:
        return Failure(doc=exc.path, reason=exc.reason)
    except OSError as exc:
        return Failure(doc=unit.key, reason=exc.strerror or str(exc))
    except Exception as exc:  # a bug on one document must not end the run
        return Failure(doc=unit.key, reason=internal_error("decoding", exc))
    return _with_reference(item, reference_date)


def unit_doc(unit: Unit) -> str:
    """The `doc` of a unit's records."""
    return to_source(unit).doc


def count_units(paths: Iterable[str], globs: Iterable[str]) -> int:
    """How many documents `iter_units` gives, without reading files or stdin (for an ETA)."""
    globs = tuple(globs)
    total = 0
    for path in paths:
        files = walk(path, globs) if path != "-" and os.path.isdir(path) else (path,)
        for file in files:
            if file.endswith(".jsonl") and file != "-":
                total += sum(1 for _ in _jsonl_units(file))
            else:
                total += 1
    return total


def iter_sources(
    paths: Iterable[str],
    *,
    globs: Iterable[str] | None = None,
    reference_date: date | None = None,
    warn: Warn | None = warn_on_stderr,
) -> Iterator[Source | Failure]:
    """Every document named by `paths`, in order. `reference_date` overrides a document's own;
    `warn` hears of special files skipped in folders."""
    for unit in iter_units(paths, globs or DEFAULT_GLOBS, warn):
        yield to_source(unit.load(), reference_date)


def read_path(path: str) -> Iterator[Source | Failure]:
    """The documents of one file (several for a .jsonl batch), or of stdin for "-"."""
    for unit in iter_units([path], ("*",)):
        yield to_source(unit.load())


def decode(path: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes -> text: UTF-8 (BOM removed), else the detected encoding with a warning."""
    if b"\x00" in data[:_SNIFF_BYTES] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "binary file, not text")
    try:
        return data.decode("utf-8").removeprefix(_BOM), ()
    except UnicodeDecodeError:
        pass
    encoding, text = _legacy_decode(data)
    if text is None:
        raise InputError(path, "not text in any known encoding")
    return text.removeprefix(_BOM), (f"{path}: not UTF-8, read as {encoding}",)


def _legacy_decode(data: bytes) -> tuple[str, str | None]:
    """Mostly-ASCII English text is Windows-1252 (a superset of Latin-1); else ask
    charset-normalizer, whose guesses on short Western text tie between code pages."""
    ascii_share = sum(b < 0x80 for b in data) / max(len(data), 1)
    if ascii_share >= ASCII_SHARE_FOR_CP1252:
        try:
            return "cp1252", data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    return (match.encoding, str(match)) if match is not None else ("", None)


def _source(
    doc: str, decoded: tuple[str, tuple[str, ...]], *, html: bool = False, markdown: bool = False
) -> Source:
    text, warnings = decoded
    if html or pages.looks_like_html(text):
        try:
            article = pages.extract_article(doc, text)
        except InputError:
            raise
        except Exception as exc:  # a bug on one page must not end the run
            raise InputError(doc, internal_error("HTML extraction", exc)) from None
        return Source(
            doc=doc,
            text=article.text,
            reference_date=article.published,
            reference_date_source="html" if article.published else "none",
            warnings=(*warnings, article.warning) if article.warning else warnings,
        )
    if not markdown:
        return Source(doc=doc, text=text, warnings=warnings)
    published = front_matter_date(text)  # a clipper's "published:", as a publication line
    return Source(
        doc=doc,
        text=text,
        warnings=warnings,
        markup=markup_spans(text),
        reference_date=published,
        reference_date_source="dateline" if published else "none",
        saved=front_matter_saved(text),
    )


def _jsonl_source(where: str, raw: bytes) -> Source:
    try:
        item = json.loads(raw.decode("utf-8").removeprefix(_BOM))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(where, f"not a JSON object ({exc})") from None
    if not isinstance(item, dict):
        raise InputError(where, "not a JSON object")
    doc = str(item["id"]) if item.get("id") is not None else where
    content = item.get("text", item.get("html"))
    if not isinstance(content, str):
        raise InputError(doc, 'a JSONL document needs a "text" or "html" string')
    source = _source(doc, (content, ()), html="text" not in item)
    if item.get("reference_date") is None:
        return source
    try:
        published = parse_date(item["reference_date"])
    except ValueError as exc:
        raise InputError(doc, f"reference_date {exc}") from None
    return Source(
        doc=doc,
        text=source.text,
        reference_date=published,
        reference_date_source="jsonl",
        warnings=source.warnings,
    )


def _with_reference(item: Source | Failure, reference_date: date | None) -> Source | Failure:
    if reference_date is None or isinstance(item, Failure):
        return item
    return replace(item, reference_date=reference_date, reference_date_source="option")
