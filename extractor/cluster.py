"""Cluster runs: `--dask ADDRESS`, and `extract_records` for your own Dask, Spark or Ray job.

`DaskEngine` sends chunks of documents (their bytes, read here, so workers need no shared file
system) to an existing dask.distributed cluster. Every worker process loads the model once (a
per-process cached Extractor, warmed on each worker at start) and results come back in input
order, with a bounded number of chunks in flight, so the output is the same as a local run.
Workers need newsfacts installed; one thread per worker process uses the cores best (a lock
keeps a process's threads off the shared pipeline at the same time).

Dask is an optional extra (`pip install "newsfacts[dask]"`), imported only here and only when
used.
"""

from __future__ import annotations

import gc
import socket
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from .errors import UsageError
from .parallel import (
    EXTRACTOR_LOCK,
    Job,
    cached_extractor,
    chunks,
    extractor_for,
    lost_chunk,
    run_chunk_for_writing,
)
from .pipeline import ALL_KINDS, Result
from .sources import Source, Unit, parse_date

# A scheduler that does not answer within this many seconds is reported as unreachable.
CONNECT_TIMEOUT_SECONDS = 5
# Chunks out on the cluster per worker thread: enough to keep each busy, few enough that memory
# and the reorder buffer stay bounded.
IN_FLIGHT_PER_THREAD = 2


def extract_records(
    text: str,
    *,
    doc_id: str = "-",
    reference_date: date | str | None = None,
    kinds: Iterable[str] | None = None,
    model: str | None = None,
) -> list[dict[str, Any]]:
    """The records of one text as plain dicts (JSON-ready), its `document` record last.

    A top-level function that pickles by reference, for `map` in Dask, Spark or Ray: each worker
    process loads the model once, on its first call, and keeps it. `reference_date` may be a
    date or a `YYYY-MM-DD` string; `kinds` keeps only those kinds (default: all).
    """
    wanted = tuple(kinds) if kinds is not None else ALL_KINDS
    if isinstance(reference_date, str):
        reference_date = parse_date(reference_date)
    source = Source(
        doc=doc_id,
        text=text,
        reference_date=reference_date,
        reference_date_source="option" if reference_date else "none",
    )
    with EXTRACTOR_LOCK:
        (result,) = cached_extractor(model, wanted).extract_sources([source])
    return [record.to_dict() for record in result.records if record.kind in wanted]


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError('--dask needs the dask extra: pip install "newsfacts[dask]"') from None
    return distributed


class DaskEngine:
    """The same extraction as `LocalEngine`, on the dask.distributed cluster at `address`."""

    def __init__(self, address: str, job: Job) -> None:
        self.address = address
        self.job = job
        self.client: Any = None
        self.model = ""
        self.window = 2
        self.max_in_flight = 0

    def start(self) -> DaskEngine:
        distributed = _distributed()
        reason = None
        quiet, sys.unraisablehook = sys.unraisablehook, lambda _: None
        try:
            _reachable(self.address)
            self.client = distributed.Client(
                self.address, timeout=f"{CONNECT_TIMEOUT_SECONDS}s", set_as_default=False
            )
        except Exception as exc:  # noqa: BLE001 - whatever the cause, one line and exit 2
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        finally:
            gc.collect()  # a half-made Client complains as it goes; not to the user
            sys.unraisablehook = quiet
        if reason is not None:
            raise UsageError(f"cannot reach the dask scheduler at {self.address}: {reason}")
        workers = sorted(self.client.scheduler_info().get("workers", {}))
        warm = [
            self.client.submit(
                _warm, self.job, workers=[worker], allow_other_workers=False, pure=False
            )
            for worker in workers
        ] or [self.client.submit(_warm, self.job, pure=False)]
        self.model = self.client.gather(warm)[0]
        threads = sum(self.client.nthreads().values()) or 1
        self.window = max(2, IN_FLIGHT_PER_THREAD * threads)
        return self

    def results(self, units: Iterable[Unit]) -> Iterator[Result]:
        pending: deque[tuple[list[Unit], Any]] = deque()
        for chunk in chunks(units):
            future = self.client.submit(run_chunk_for_writing, chunk, self.job, pure=False)
            pending.append((chunk, future))
            self.max_in_flight = max(self.max_in_flight, len(pending))
            if len(pending) >= self.window:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _collect(self, pending: deque[tuple[list[Unit], Any]]) -> list[Result]:
        """The oldest chunk's results; if the cluster lost it (a killed worker), its
        documents are sent again one by one, so only the one that fails again fails."""
        chunk, future = pending.popleft()
        try:
            return self._gather(future)
        except UsageError:
            raise
        except Exception:  # noqa: BLE001 - a lost worker (KilledWorker) or a task error
            pass
        results = []
        for unit in chunk:
            single = self.client.submit(run_chunk_for_writing, [unit], self.job, pure=False)
            try:
                results += self._gather(single)
            except UsageError:
                raise
            except Exception as exc:  # noqa: BLE001 - this document alone fails
                reason = f"dask: {type(exc).__name__}: {(str(exc).splitlines() or [''])[0]}"
                results += lost_chunk([unit], reason, self.job, self.model)
        return results

    @staticmethod
    def _gather(future: Any) -> list[Result]:
        try:
            return future.result()
        finally:
            future.release()

    def close(self, *, interrupted: bool = False) -> None:
        if self.client is not None:
            client, self.client = self.client, None
            client.close()

    def __enter__(self) -> DaskEngine:
        return self.start()

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        self.close(interrupted=exc is not None)


def _reachable(address: str) -> None:
    """Fail fast (refused, unknown host, no route) before dask's retrying connect."""
    scheme, _, rest = address.rpartition("://")
    if scheme not in ("", "tcp", "tls"):
        return
    host, _, port = rest.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"not a tcp://host:port address: {address!r}")
    with socket.create_connection((host.strip("[]"), int(port)), CONNECT_TIMEOUT_SECONDS):
        pass


def _warm(job: Job) -> str:
    """On a worker: load the model into the process's cache; its label."""
    with EXTRACTOR_LOCK:
        return extractor_for(job).model
