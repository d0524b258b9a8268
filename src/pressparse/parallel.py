"""Converting many documents on worker processes, each document within a time limit.

The main process walks the inputs and reads their bytes; each worker process parses one
document at a time and sends back its JSON line. Each worker is sent ``QUEUED_PER_WORKER``
documents ahead, so it starts the next one while the main process collects the last (no idle
round trip between documents); the worker's reader thread takes them off the pipe at once, so
neither side ever blocks the other on a full pipe. A document that passes its time limit
(``Options.time_limit``, counted from when it reaches the head of its worker's queue) or kills
its worker (out of memory, a crash in a C library) gets a record with an error, and a fresh
worker takes the documents queued behind it, so one bad input never stops a batch. At most
``jobs × IN_FLIGHT_PER_JOB`` documents are in flight, so memory stays flat however large the
archive, and lines come back in input order.
"""
from __future__ import annotations

import logging
import queue
import selectors
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

from .batch import Input, read_input, record_of
from .models import Release, Source
from .options import Options
from .server import START_METHOD, context, start

log = logging.getLogger("pressparse")

#: documents read ahead per worker process (finished lines wait for the slower ones before them)
IN_FLIGHT_PER_JOB = 4
#: documents sent to one worker at a time: the one it parses and the next
QUEUED_PER_WORKER = 2


@dataclass
class _Task:
    index: int
    path: str
    data: bytes  # kept until done, to hand to a fresh worker if this one dies before reaching it
    limit: float | None
    deadline: float | None = None
    delivered: bool = False  # it reached the worker's pipe (a worker found dead on sending never had it)

    def start(self) -> None:
        """Its time starts now (it heads its worker's queue)."""
        self.deadline = time.monotonic() + self.limit if self.limit is not None else None


class _Worker:
    """One worker process and the documents queued on it (the head is the one being parsed)."""

    def __init__(self, context, options: Options):
        tasks_in, self.tasks_out = context.Pipe(duplex=False)
        self.results, results_out = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, args=(tasks_in, results_out, options), daemon=True)
        self.process.start()
        tasks_in.close()
        results_out.close()
        self.tasks: deque[_Task] = deque()

    def send(self, task: _Task) -> None:
        if not self.tasks:
            task.start()
        self.tasks.append(task)
        try:
            self.tasks_out.send((task.path, task.data))
        except OSError:  # the process is gone (killed while idle): _collect sees it end
            return
        task.delivered = True

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.tasks_out.close()
        self.results.close()


class WorkerPool:
    """``jobs`` worker processes parsing documents with ``options``; :meth:`close` ends them all.

    With forkserver (Linux), the workers fork from a server that has imported the parsers and,
    when ``options`` need it, built Kiwi (:mod:`pressparse.server`): the model is built once, and
    the workers share its memory (copy-on-write) instead of each building its own.
    """

    def __init__(self, jobs: int, options: Options, server_started: float | None = None):
        """``server_started``: when the caller started the server itself (:func:`pressparse.server.start`)."""
        self.options = options
        self.context = context()
        needs_kiwi = options.quotes or options.glosses
        started = server_started or start(needs_kiwi)
        # what _collect waits on (each worker's results and its process's end), kept from one
        # wait to the next: a selector made per wait costs half the main process's time per document
        self.selector = selectors.DefaultSelector()
        self.workers = [self._started() for _ in range(jobs)]
        if needs_kiwi and started is not None:  # the first worker waited for the server's preload
            log.info("Korean model (Kiwi) loaded in %.1f s, shared by the %d worker(s)",
                     time.perf_counter() - started, jobs)
        elif needs_kiwi and START_METHOD != "forkserver":
            log.info("Korean model (Kiwi) loading in each of the %d worker(s)", jobs)

    def _started(self) -> _Worker:
        worker = _Worker(self.context, self.options)
        self.selector.register(worker.results, selectors.EVENT_READ)
        self.selector.register(worker.process.sentinel, selectors.EVENT_READ)
        return worker

    def _stop(self, worker: _Worker) -> None:
        self.selector.unregister(worker.results)
        self.selector.unregister(worker.process.sentinel)
        worker.stop()

    def close(self) -> None:
        for worker in self.workers:
            self._stop(worker)
        self.workers = []
        self.selector.close()

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
            for depth in range(QUEUED_PER_WORKER):  # one each first, then the next one each
                for worker in self.workers:
                    if len(worker.tasks) > depth:
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
            if exhausted and held is None and not any(w.tasks for w in self.workers):
                return
            self._collect(done)

    def _dispatch(self, worker: _Worker, index: int, item: Input, done: dict[int, str]) -> None:
        data, error = read_input(item, self.options.max_bytes)
        if data is None:  # nothing to parse: the record of the read error needs no worker
            done[index] = record_of(item.path, None, error, self.options).to_json()
            return
        worker.send(_Task(index, item.path, data, self.options.time_limit(len(data))))

    def _collect(self, done: dict[int, str]) -> None:
        """Wait for a finished document, a dead worker or a passed deadline, and handle each."""
        busy = [w for w in self.workers if w.tasks]
        if not busy:
            return
        deadlines = [w.tasks[0].deadline for w in busy if w.tasks[0].deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = {key.fileobj for key, _ in self.selector.select(timeout)}
        now = time.monotonic()
        for worker in self.workers:
            if not worker.tasks and worker.process.sentinel in ready:  # an idle worker was killed
                self._renew(worker)
        for worker in busy:
            task = worker.tasks[0]
            if worker.results in ready and self._received(worker, done):
                continue
            if worker.process.sentinel in ready or not worker.process.is_alive():
                self._replace(worker, done, f"internal error: the worker process parsing this document died "
                                            f"(exit code {worker.process.exitcode}); out of memory or a crash")
            elif task.deadline is not None and now >= task.deadline:
                self._replace(worker, done, f"time limit: parsing took more than {task.limit:.3g} s and was "
                                            "stopped (seconds_per_mb, --time-limit)")

    @staticmethod
    def _received(worker: _Worker, done: dict[int, str]) -> bool:
        """Take the line of ``worker``'s head document; False when its pipe was closed instead."""
        try:
            done[worker.tasks[0].index] = worker.results.recv()
        except (EOFError, OSError):
            return False
        worker.tasks.popleft()
        if worker.tasks:
            worker.tasks[0].start()
        return True

    def _replace(self, worker: _Worker, done: dict[int, str], error: str) -> None:
        """Stop ``worker``; its head document gets ``error`` (unless it never reached the worker),
        the ones queued behind it a fresh worker."""
        if worker.tasks[0].delivered:
            task = worker.tasks.popleft()
            done[task.index] = Release(source=Source(path=task.path), errors=[error]).to_json()
        self._renew(worker)

    def _renew(self, worker: _Worker) -> None:
        """Stop ``worker`` and put a fresh one in its place, sent the documents queued on it."""
        self._stop(worker)
        fresh = self._started()
        for queued in worker.tasks:
            fresh.send(queued)
        self.workers[self.workers.index(worker)] = fresh


def _serve(tasks: Connection, results: Connection, options: Options) -> None:
    """A worker's loop: parse each document sent, send back its JSON line; end at EOF.

    A reader thread takes the documents off the pipe as they come, so the main process never
    waits on a full pipe while this process is sending a result.
    """
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_read, args=(tasks, inbox), daemon=True).start()
    while True:
        try:
            item = inbox.get()
        except KeyboardInterrupt:
            return
        if item is None:
            return
        path, data = item
        try:
            results.send(record_of(path, data, None, options).to_json())
        except (BrokenPipeError, OSError, KeyboardInterrupt):
            return


def _read(tasks: Connection, inbox: queue.SimpleQueue) -> None:
    while True:
        try:
            inbox.put(tasks.recv())
        except (EOFError, OSError, KeyboardInterrupt):
            inbox.put(None)
            return


def convert_lines(items: Iterable[Input], options: Options, jobs: int,
                  server_started: float | None = None) -> Iterator[str]:
    """The JSON line of every input, in input order, parsed on ``jobs`` worker processes
    (``server_started``: see :class:`WorkerPool`)."""
    with WorkerPool(jobs, options, server_started) as pool:
        yield from pool.lines(items)

