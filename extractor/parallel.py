"""Many documents at once: units of work, a per-process cached Extractor, local worker processes.

The parent lists the inputs lazily and reads their bytes (so a file that cannot be read fails in
its place in the order); decoding, HTML extraction and the extraction itself happen where the
model is, in a worker process or in the parent for `--jobs 1`. A `Unit` is one document on its
way: raw bytes of a file or of one JSONL line, or a document the parent already read (stdin).

Workers get chunks of `CHUNK` units (the pipeline's batch size, so `nlp.pipe` sees the same
batches whatever the number of workers) and send back the chunk's `Result`s. At most
`IN_FLIGHT_PER_WORKER` chunks per worker are out at any time and results are taken in
submission order, so memory stays flat and the output is the same for any `--jobs`.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path

from .errors import InputError, UsageError
from .pipeline import BATCH_SIZE, Extractor, Result
from .sources import (
    HTML_SUFFIXES,
    Failure,
    Source,
    _jsonl_source,
    _source,
    _with_reference,
    decode,
    read_path,
    walk,
)

CHUNK = BATCH_SIZE
IN_FLIGHT_PER_WORKER = 2
WARM_UP_TEXT = (
    "GENEVA, March 3 (Reuters) - Foreign Minister Ana Duarte of Portugal said on Monday that "
    "the talks, about 20 km from the border, would resume next week.\n\n"
    '"We will not give up," the mayor told reporters in 2023.'
)
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(frozen=True, slots=True)
class Unit:
    """One document on its way to the model.

    `kind` is `file` (a text or HTML file; `data` holds its bytes once read), `jsonl` (one line
    of a JSONL batch in `data`) or `ready` (`item` holds an already read Source or Failure).
    `key` names the input stably (the path, or `path:line`) for a resume sidecar.
    """

    key: str
    kind: str
    data: bytes | None = None
    item: Source | Failure | None = None

    def load(self) -> Unit:
        """The unit with its bytes read; a file that cannot be read becomes a Failure."""
        if self.kind != "file" or self.data is not None:
            return self
        try:
            return Unit(self.key, "file", Path(self.key).read_bytes())
        except OSError as exc:
            failure = Failure(doc=self.key, reason=exc.strerror or str(exc))
            return Unit(self.key, "ready", item=failure)


def iter_units(paths: Iterable[str], globs: Iterable[str]) -> Iterator[Unit]:
    """One unit per document named by `paths`, in the order `iter_sources` reads them.

    Lazy and cheap: files are only listed (their bytes are read by `Unit.load`); JSONL batches
    are read a line at a time; stdin is read whole, as one document.
    """
    globs = tuple(globs)
    for path in paths:
        files = walk(path, globs) if path != "-" and os.path.isdir(path) else (path,)
        for file in files:
            if file == "-":
                for item in read_path(file):
                    yield Unit(file, "ready", item=item)
            elif file.endswith(".jsonl"):
                yield from _jsonl_units(file)
            else:
                yield Unit(file, "file")


def _jsonl_units(path: str) -> Iterator[Unit]:
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if raw.strip():
                    yield Unit(f"{path}:{number}", "jsonl", raw)
    except OSError as exc:
        yield Unit(path, "ready", item=Failure(doc=path, reason=exc.strerror or str(exc)))


def to_source(unit: Unit, reference_date: date | None = None) -> Source | Failure:
    """Decode a loaded unit into the document the pipeline reads (what `read_path` gives)."""
    try:
        if unit.kind == "ready":
            assert unit.item is not None
            item = unit.item
        elif unit.kind == "jsonl":
            assert unit.data is not None
            item = _jsonl_source(unit.key, unit.data)
        else:
            data = unit.data if unit.data is not None else Path(unit.key).read_bytes()
            html = unit.key.lower().endswith(HTML_SUFFIXES)
            item = _source(unit.key, decode(unit.key, data), html=html)
    except InputError as exc:
        return Failure(doc=exc.path, reason=exc.reason)
    except OSError as exc:
        return Failure(doc=unit.key, reason=exc.strerror or str(exc))
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


@dataclass(frozen=True, slots=True)
class Job:
    """What every worker needs to know to process a chunk; small and picklable."""

    model: str | None
    kinds: tuple[str, ...]
    reference_date: date | None = None


_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def cached_extractor(model: str | None, kinds: tuple[str, ...]) -> Extractor:
    """One Extractor per process (and per model and kinds); the model is loaded on first use.

    It extracts a short text at once, outside any memory zone, so that whatever the extractors
    build on first use (matchers, tables) is built now and kept.
    """
    extractor = Extractor(model=model, kinds=kinds)
    list(extractor.extract_sources([Source(doc="warm-up", text=WARM_UP_TEXT)]))
    return extractor


def extract_chunk(extractor: Extractor, sources: list[Source | Failure]) -> list[Result]:
    """The results of `sources`, inside a spaCy memory zone: the strings and lexemes the chunk
    added to the vocabulary are dropped after it, so a long run's memory stays flat (results
    hold plain values only)."""
    with extractor.nlp.memory_zone():
        return list(extractor.extract_sources(sources))


def run_chunk(units: list[Unit], job: Job) -> list[Result]:
    """The results of a chunk of units, in order, with this process's cached Extractor.

    A lock keeps threads of one process (a dask worker with several threads) off the shared
    pipeline at the same time.
    """
    with _LOCK:
        extractor = cached_extractor(job.model, job.kinds)
        return extract_chunk(extractor, [to_source(unit, job.reference_date) for unit in units])


def chunks(units: Iterable[Unit], size: int = CHUNK) -> Iterator[list[Unit]]:
    """Consecutive lists of `size` loaded units (the last one shorter)."""
    iterator = iter(units)
    while chunk := [unit.load() for unit in islice(iterator, size)]:
        yield chunk


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(jobs: int) -> int:
    """`--jobs N` as a number of processes: 0 means one per core."""
    return cpu_count() if jobs == 0 else jobs


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
            self.model = cached_extractor(self.job.model, self.job.kinds).model
            return self
        self.pool = ProcessPoolExecutor(
            self.workers, mp_context=_context(), initializer=_init_worker, initargs=(self.job,)
        )
        # Every worker loads the model as it starts; wait for one so a bad --model is caught now.
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
            extractor = cached_extractor(self.job.model, self.job.kinds)
            for chunk in chunks(units):
                self.max_in_flight = max(self.max_in_flight, 1)
                sources = [to_source(unit, self.job.reference_date) for unit in chunk]
                yield from extract_chunk(extractor, sources)
            return
        yield from self._pooled(units)

    def _pooled(self, units: Iterable[Unit]) -> Iterator[Result]:
        window = self.workers * IN_FLIGHT_PER_WORKER
        pending: deque[tuple[list[Unit], Future[list[Result]]]] = deque()
        for chunk in chunks(units):
            pending.append((chunk, self._submit(chunk)))
            self.max_in_flight = max(self.max_in_flight, len(pending))
            if len(pending) >= window:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _submit(self, chunk: list[Unit]) -> Future[list[Result]]:
        assert self.pool is not None
        return self.pool.submit(run_chunk, chunk, self.job)

    def _collect(self, pending: deque[tuple[list[Unit], Future[list[Result]]]]) -> list[Result]:
        """The oldest chunk's results. A worker that died (a crash, out of memory) fails the
        oldest chunk's documents; the pool is rebuilt and the other chunks sent again."""
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart()
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, self._submit(other))
            reason = "a worker process died while extracting this document's batch"
            return [failed_result(unit_doc(u), reason, self.job, self.model) for u in chunk]

    def _restart(self) -> None:
        assert self.pool is not None
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = ProcessPoolExecutor(
            self.workers, mp_context=_context(), initializer=_init_worker, initargs=(self.job,)
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


def failed_result(doc: str, reason: str, job: Job, model: str) -> Result:
    """The Result of a document whose worker was lost, as the Extractor would make it."""
    extractor = object.__new__(Extractor)  # its model lives in another process
    extractor.kinds, extractor.model = job.kinds, model
    return extractor._failed(doc, reason)  # noqa: SLF001


def _context():  # noqa: ANN202 - a multiprocessing context
    """forkserver where there is one (no fork of a threaded parent; spaCy imported once in the
    server, so workers start quickly), else spawn."""
    import multiprocessing

    for name in BLAS_THREADS:  # one BLAS thread per worker: idle BLAS threads spin on the cores
        os.environ.setdefault(name, "1")  # read by the workers (and the forkserver) at start
    try:
        context = multiprocessing.get_context("forkserver")
    except ValueError:
        return multiprocessing.get_context("spawn")
    context.set_forkserver_preload(["extractor.parallel"])
    return context


def _init_worker(job: Job) -> None:
    """In each worker: ignore Ctrl-C (the parent ends the workers), end when the parent is
    gone (killed with -9, it cannot end us), load the model once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    with suppress(UsageError):  # raised again by the first chunk, in the parent
        cached_extractor(job.model, job.kinds)


def _check_model(job: Job) -> str:
    return cached_extractor(job.model, job.kinds).model


def _exit_with_parent() -> None:
    """End this worker when the main process is gone, even killed with -9: the pipe end it
    keeps for each child closes then. (A forkserver's workers would otherwise keep the server,
    and each other, alive.)"""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)
