"""Converting many documents on worker processes, each document within a time limit.

The main process walks the inputs and reads their bytes; each worker process parses one
document at a time and sends back its JSON line (each worker builds its own Kiwi, lazily,
once). A document that passes its time limit (``Options.time_limit``) or kills its worker
(out of memory, a crash in a C library) gets a record with an error, and a fresh worker takes
the next document, so one bad input never stops a batch. At most ``jobs × IN_FLIGHT_PER_JOB``
documents are in flight, so memory stays flat however large the archive, and lines come back
in input order.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from .batch import Input, InputError, convert_inputs, iter_inputs, read_input, record_of
from .models import Release, Source
from .options import Options
from .paths import resume_key, shown_path

log = logging.getLogger("pressparse")

#: documents read ahead per worker process (finished lines wait for the slower ones before them)
IN_FLIGHT_PER_JOB = 4
#: how workers start: forkserver where there is one (no fork of a threaded parent), else spawn
START_METHOD = "forkserver" if sys.platform.startswith("linux") else "spawn"


@dataclass
class _Task:
    index: int
    path: str
    deadline: float | None
    limit: float | None


class _Worker:
    """One worker process and the task it is on."""

    def __init__(self, context, options: Options):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.task: _Task | None = None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """``jobs`` worker processes parsing documents with ``options``; :meth:`close` ends them all.

    With forkserver (Linux), the server imports :mod:`pressparse.preload` before it forks any
    worker when ``options`` need Kiwi: the model is built once, and the workers share its memory
    (copy-on-write) instead of each building its own.
    """

    def __init__(self, jobs: int, options: Options):
        self.options = options
        self.context = multiprocessing.get_context(START_METHOD)
        needs_kiwi = options.quotes or options.glosses
        if START_METHOD == "forkserver":
            self.context.set_forkserver_preload(["pressparse.preload" if needs_kiwi else "pressparse.pipeline"])
        if needs_kiwi:
            where = "once, shared by" if START_METHOD == "forkserver" else "in each of"
            log.info("loading the Korean model (Kiwi) %s the %d worker(s)", where, jobs)
        self.workers = [_Worker(self.context, options) for _ in range(jobs)]

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def lines(self, items: Iterable[Input]) -> Iterator[str]:
        """The JSON line of every input, in input order."""
        done: dict[int, str] = {}
        todo = enumerate(items)
        window = len(self.workers) * IN_FLIGHT_PER_JOB
        next_out = 0
        held: tuple[int, Input] | None = None  # taken from ``todo``, waiting for room in the window
        exhausted = False
        while True:
            for worker in self.workers:
                if worker.task is not None:
                    continue
                if held is None and not exhausted:
                    held = next(todo, None)
                    exhausted = held is None
                if held is None or held[0] - next_out >= window:
                    break
                self._dispatch(worker, *held, done)
                held = None
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if exhausted and held is None and all(w.task is None for w in self.workers):
                return
            self._collect(done)

    def _dispatch(self, worker: _Worker, index: int, item: Input, done: dict[int, str]) -> None:
        data, error = read_input(item, self.options.max_bytes)
        if data is None:  # nothing to parse: the record of the read error needs no worker
            done[index] = record_of(item.path, None, error, self.options).to_json()
            return
        limit = self.options.time_limit(len(data))
        deadline = time.monotonic() + limit if limit is not None else None
        worker.task = _Task(index, item.path, deadline, limit)
        worker.conn.send((item.path, data))

    def _collect(self, done: dict[int, str]) -> None:
        """Wait for a finished document, a dead worker or a passed deadline, and handle each."""
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        deadlines = [w.task.deadline for w in busy if w.task.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        now = time.monotonic()
        for worker in busy:
            task = worker.task
            if worker.conn in ready:
                try:
                    done[task.index] = worker.conn.recv()
                    worker.task = None
                    continue
                except (EOFError, OSError):
                    pass
            if worker.process.sentinel in ready or not worker.process.is_alive():
                self._replace(worker, done, f"internal error: the worker process parsing this document died "
                                            f"(exit code {worker.process.exitcode}); out of memory or a crash")
            elif task.deadline is not None and now >= task.deadline:
                self._replace(worker, done, f"time limit: parsing took more than {task.limit:.3g} s and was "
                                            "stopped (seconds_per_mb, --time-limit)")

    def _replace(self, worker: _Worker, done: dict[int, str], error: str) -> None:
        task = worker.task
        worker.stop()
        done[task.index] = Release(source=Source(path=task.path), errors=[error]).to_json()
        fresh = _Worker(self.context, self.options)
        self.workers[self.workers.index(worker)] = fresh


def _serve(conn: Connection, options: Options) -> None:
    """A worker's loop: parse each document sent, send back its JSON line; end at EOF."""
    while True:
        try:
            path, data = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            conn.send(record_of(path, data, None, options).to_json())
        except (BrokenPipeError, OSError, KeyboardInterrupt):
            return


def convert_lines(items: Iterable[Input], options: Options, jobs: int) -> Iterator[str]:
    """The JSON line of every input, in input order, parsed on ``jobs`` worker processes."""
    with WorkerPool(jobs, options) as pool:
        yield from pool.lines(items)


def convert(paths: Iterable[str | os.PathLike], *, jobs: int = 1, resume: str | os.PathLike | None = None,
            options: Options | None = None, **kwargs) -> Iterator[Release]:
    """One record per document under ``paths`` (files, folders, .zip archives), in input order,
    with the guarantees of ``pressparse convert``: every input gets a record (errors in
    ``record.errors``), each document within its time limit on ``jobs`` worker processes
    (``jobs=0``: in this process, no time limit).

    ``resume``: a JSON Lines file of an earlier run; the inputs whose records it holds are skipped.
    Keyword arguments are :class:`Options` fields. A missing path raises :class:`InputError` here.
    """
    from .output import done_inputs

    if jobs < 0:
        raise ValueError("jobs takes a whole number of 0 or more")
    options = options or Options(**kwargs)
    paths = [os.fspath(path) for path in paths]
    missing = [path for path in paths if not os.path.lexists(path)]
    if missing:
        raise InputError(f"no such file or folder: {shown_path(missing[0])}")
    done = done_inputs(resume) if resume is not None else set()
    todo = (item for item in iter_inputs(paths, options.max_bytes) if resume_key(item.path) not in done)
    if jobs == 0:
        return convert_inputs(todo, options)
    return (Release.model_validate_json(line) for line in convert_lines(todo, options, jobs))
