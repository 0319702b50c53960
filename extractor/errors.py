"""The library's own errors; the CLI maps them to exit codes in one place."""

from __future__ import annotations


class NewsfactsError(Exception):
    """Base of every error newsfacts raises on purpose."""


class InputError(NewsfactsError):
    """One document could not be read: reported, and the run goes on (exit 1)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(NewsfactsError):
    """The command line asks for something impossible (exit 2)."""


# An error message is cut to its first line, and to this many characters, in a reason.
MAX_REASON_CHARS = 300


def internal_error(stage: str, exc: BaseException) -> str:
    """The one-line reason of a document that failed on a bug or a resource limit."""
    message = (str(exc).splitlines() or [""])[0][:MAX_REASON_CHARS]
    return f"internal error in {stage}: {type(exc).__name__}" + (f": {message}" if message else "")
