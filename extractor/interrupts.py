"""A Ctrl-C that compiled code swallowed still ends a batch.

Python raises KeyboardInterrupt wherever the signal lands. Inside compiled code that cannot pass
an exception on (a Cython callback declared `noexcept`), the exception is reported as
"unraisable" and dropped: the run would go on to its end and exit 0. `noting_interrupts` keeps
Python's behaviour and also notes the signal, so the batch loop can stop at the next document.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def noting_interrupts() -> Iterator[threading.Event]:
    """An Event that every SIGINT during the block sets, before the handler in place runs as
    before. Outside the main thread (where no handler can be set), or where SIGINT is ignored,
    the Event is never set."""
    noted = threading.Event()
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(previous):
        yield noted
        return
    handler = previous

    def note(signum: int, frame: FrameType | None) -> None:
        noted.set()
        handler(signum, frame)

    signal.signal(signal.SIGINT, note)
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)
