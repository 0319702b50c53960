"""Many documents at once: units of work, a per-process cached Extractor, local worker processes.

The parent lists the inputs lazily and reads their bytes (so a file that cannot be read fails in
its place in the order); decoding, HTML extraction and the extraction itself happen where the
model is, in a worker process or in the parent for `--jobs 1`. A `Unit` is one document on its
way: raw bytes of a file or of one JSONL line, or a document the parent already read (stdin).

Workers are forked from a server that has the model loaded (`forkserver.py`). They get chunks
of `POOL_CHUNK` units and send back the chunk's `Result`s, each record as its JSON text (spaCy's
result for a text does not depend on the batch it is parsed in). At most `IN_FLIGHT_PER_WORKER`
units per worker are out at any time and results are taken in submission order, so memory
stays flat and the output is the same for any `--jobs`.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Any

from .errors import UsageError, internal_error
from .forkserver import pool_context, worker_count
from .pipeline import BATCH_SIZE, Extractor, Result, failed_result, forget_models
from .sources import Unit, to_source, unit_doc
from .writers import JsonRecord

# Units per chunk extracted in this process (`--jobs 1`) or on a dask worker: the pipeline's
# batch size.
CHUNK = BATCH_SIZE
# Units per chunk sent to a local worker process: about half a second of work for news-length
# documents, so at the end of a run one worker waits at most that long for the other.
POOL_CHUNK = 4
# Units out per local worker process at any time, working or queued: a long document holds up
# the writing of those behind it but not the other workers, and memory stays flat.
IN_FLIGHT_PER_WORKER = 32
LOST_WORKER = "a worker process died while extracting this document"


@dataclass(frozen=True, slots=True)
class Job:
    """What every worker needs to know to process a chunk; small and picklable.

    `setup`, when given, is a module-level function every process that extracts calls once,
    before it loads the model: to register the custom spaCy components of a `--model`
    pipeline, say, or (in the tests) to inject faults. It is pickled by reference, so its
    module must be importable in the workers.
    """

    model: str | None
    kinds: tuple[str, ...]
    reference_date: date | None = None
    setup: Callable[[], None] | None = None


EXTRACTOR_LOCK = threading.Lock()
_SET_UP: set[Callable[[], None]] = set()


@lru_cache(maxsize=4)
def cached_extractor(model: str | None, kinds: tuple[str, ...]) -> Extractor:
    """One Extractor per process (and per model and kinds); the model is loaded on first use."""
    return Extractor(model=model, kinds=kinds)


def extractor_for(job: Job) -> Extractor:
    """This process's Extractor for `job`, after the job's `setup` (once per process)."""
    if job.setup is not None and job.setup not in _SET_UP:
        job.setup()
        _SET_UP.add(job.setup)
    return cached_extractor(job.model, job.kinds)


def run_chunk(units: list[Unit], job: Job) -> list[Result]:
    """The results of a chunk of units, in order, with this process's cached Extractor.

    Each unit's failure stays its own (the pipeline isolates every stage of a document). A
    lock keeps threads of one process (a dask worker with several threads) off the shared
    pipeline at the same time.
    """
    with EXTRACTOR_LOCK:
        extractor = extractor_for(job)
        sources = [to_source(unit, job.reference_date) for unit in units]
        return list(extractor.extract_sources(sources))


def run_chunk_for_writing(units: list[Unit], job: Job) -> list[Result]:
    """`run_chunk` in a worker process: each record comes back as its JSON text (`JsonRecord`),
    which pickles several times faster than the record, so the process that writes, which
    shares the cores with the workers, has little left to do but write.

    A document whose records cannot be serialised fails alone, as when it is written."""
    return [_for_writing(result, job) for result in run_chunk(units, job)]


def _for_writing(result: Result, job: Job) -> Result:
    try:
        records: list[Any] = [JsonRecord.of(record) for record in result.records]
    except Exception as exc:  # a bug on one document must not end the run
        reason = internal_error("serialization", exc)
        model = result.document.model
        failed = failed_result(result.doc, reason, kinds=job.kinds, model=model)
        records = [JsonRecord.of(record) for record in failed.records]
        return replace(failed, records=records)
    return replace(result, records=records)


def chunks(units: Iterable[Unit], size: int = CHUNK) -> Iterator[list[Unit]]:
    """Consecutive lists of `size` loaded units (the last one shorter)."""
    iterator = iter(units)
    while chunk := [unit.load() for unit in islice(iterator, size)]:
        yield chunk


class LocalEngine:
    """Extraction in this process (`jobs=1`) or in a pool of worker processes.

    `start()` loads the model (or starts the workers, which load it) so that a missing model is
    a usage error before any output is written; `results(units)` yields one Result per unit, in
    order; `close()` ends the workers.
    """

    def __init__(self, job: Job, *, jobs: int = 1) -> None:
        self.job = job
        self.workers = max(1, worker_count(jobs))
        self.pool: ProcessPoolExecutor | None = None
        self.max_in_flight = 0  # the most chunks ever out at once (tests check the bound)
        self.model = ""  # the pipeline's label, as `document` records give it

    def start(self) -> LocalEngine:
        if self.workers == 1:
            self.model = extractor_for(self.job).model
            return self
        self.pool = self._new_pool()
        # Every worker has the model as it starts; wait for one so a bad --model is caught now.
        try:
            self.model = self.pool.submit(_check_model, self.job).result()
        except BaseException:
            self.close(interrupted=True)
            raise
        return self

    def pids(self) -> list[int]:
        """The worker processes' ids (empty when running in this process)."""
        return sorted(self.pool._processes) if self.pool is not None else []  # noqa: SLF001

    def results(self, units: Iterable[Unit]) -> Iterator[Result]:
        if self.pool is None:
            for chunk in chunks(units):
                self.max_in_flight = max(self.max_in_flight, 1)
                yield from run_chunk(chunk, self.job)
            return
        yield from self._pooled(units)

    def _pooled(self, units: Iterable[Unit]) -> Iterator[Result]:
        window = self.workers * IN_FLIGHT_PER_WORKER // POOL_CHUNK
        pending: deque[tuple[list[Unit], Future[list[Result]]]] = deque()
        for chunk in chunks(units, POOL_CHUNK):
            pending.append((chunk, self._submit(chunk)))
            self.max_in_flight = max(self.max_in_flight, len(pending))
            if len(pending) >= window:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _submit(self, chunk: list[Unit]) -> Future[list[Result]]:
        assert self.pool is not None
        return self.pool.submit(run_chunk_for_writing, chunk, self.job)

    def _collect(self, pending: deque[tuple[list[Unit], Future[list[Result]]]]) -> list[Result]:
        """The oldest chunk's results. When a worker died (a crash, out of memory), the pool is
        rebuilt, that chunk's documents are done again one by one (so only a document that
        kills a worker again fails), and the other chunks are sent again."""
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart()
            results = self._one_by_one(chunk)
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, self._submit(other))
            return results

    def _one_by_one(self, chunk: list[Unit]) -> list[Result]:
        results = []
        for unit in chunk:
            try:
                results += self._submit([unit]).result()
            except BrokenProcessPool:
                self._restart()
                results += lost_chunk([unit], LOST_WORKER, self.job, self.model)
        return results

    def _restart(self) -> None:
        assert self.pool is not None
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        """Workers forked from a server that has this job's model loaded (unless the job has a
        `setup`, which must come before the model loads)."""
        server = pool_context(self.job.model, preload=self.job.setup is None)
        return ProcessPoolExecutor(
            self.workers, mp_context=server, initializer=_init_worker, initargs=(self.job,)
        )

    def close(self, *, interrupted: bool = False) -> None:
        if self.pool is None:
            return
        pool, self.pool = self.pool, None
        if interrupted:
            for process in list(pool._processes.values()):  # noqa: SLF001
                process.kill()
        pool.shutdown(wait=not interrupted, cancel_futures=True)

    def __enter__(self) -> LocalEngine:
        return self.start()

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        self.close(interrupted=exc is not None)


def lost_chunk(chunk: list[Unit], reason: str, job: Job, model: str) -> list[Result]:
    """The Results of a chunk whose worker was lost: each document failed, for `reason`."""
    return [failed_result(unit_doc(u), reason, kinds=job.kinds, model=model) for u in chunk]


def _init_worker(job: Job) -> None:
    """In each worker: ignore Ctrl-C (the parent ends the workers), end when the parent is
    gone (killed with -9, it cannot end us), have the model (a job with a `setup` drops the
    one inherited from the forkserver: its setup comes first)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    if job.setup is not None:
        cached_extractor.cache_clear()
        forget_models()
    with suppress(UsageError):  # raised again by the first chunk, in the parent
        extractor_for(job)


def _check_model(job: Job) -> str:
    return extractor_for(job).model


def _exit_with_parent() -> None:
    """End this worker when the main process is gone, even killed with -9: the pipe end it
    keeps for each child closes then. (A forkserver's workers would otherwise keep the server,
    and each other, alive.)"""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)
