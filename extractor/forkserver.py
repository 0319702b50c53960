"""Where `--jobs N` worker processes come from: a forkserver that has loaded the model.

The server imports the pipeline, loads the model and warms an Extractor once (`preload.py`)
before it forks any worker, so every worker starts ready to extract instead of each loading the
model itself, and the second worker is not a model load behind the first. This module is light
(no spaCy), so that `newsfacts extract --jobs N` can start the server before it imports the
pipeline itself: the server's start-up then runs on another core while this process imports.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.context import BaseContext

BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PRELOAD_MODULE = "extractor.preload"
# The model the server preloads ("" for the default), set only while the server is started.
PRELOAD_MODEL_ENV = "NEWSFACTS_PRELOAD_MODEL"


def pool_context(model: str | None = None, *, preload: bool = True) -> BaseContext:
    """The multiprocessing context of the worker pool, its forkserver started (with `model`
    loaded in it when `preload`); spawn where there is no forkserver.

    A forkserver already running (started earlier in this process) is kept as it is: a worker
    that needs another model, or a job's `setup` first, loads the model itself.
    """
    for name in BLAS_THREADS:  # one BLAS thread per worker: idle BLAS threads spin on the cores
        os.environ.setdefault(name, "1")  # read by the forkserver and the workers at start
    try:
        server = multiprocessing.get_context("forkserver")
    except ValueError:
        return multiprocessing.get_context("spawn")
    from multiprocessing import forkserver

    server.set_forkserver_preload([PRELOAD_MODULE])
    if preload:
        os.environ[PRELOAD_MODEL_ENV] = model or ""
    try:
        forkserver.ensure_running()
    finally:  # only the server reads it: no other child of this process may preload
        os.environ.pop(PRELOAD_MODEL_ENV, None)
    return server


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(jobs: int) -> int:
    """`--jobs N` as a number of processes: 0 means one per core."""
    return cpu_count() if jobs == 0 else jobs
