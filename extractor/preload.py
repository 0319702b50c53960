"""Imported by the workers' forkserver before it forks them (see `forkserver.py`).

A forkserver can only be told modules to import, so importing this one does the work: it loads
the model the starting process named and warms an Extractor of every kind, which each worker
then inherits ready to use. Anywhere else (the variable unset) it does nothing.
"""

from __future__ import annotations

import os
from contextlib import suppress

from .forkserver import PRELOAD_MODEL_ENV
from .parallel import cached_extractor
from .pipeline import ALL_KINDS


def _preload() -> None:
    model = os.environ.get(PRELOAD_MODEL_ENV)
    if model is None:
        return
    with suppress(Exception):  # each worker then loads it itself, and says why it fails
        cached_extractor(model or None, ALL_KINDS)


_preload()
