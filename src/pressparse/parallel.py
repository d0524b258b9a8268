"""Converting many documents on several processes, output in input order.

The main process walks the inputs and reads their bytes; worker processes parse and return
each record as its JSON line (each worker builds its own Kiwi, lazily, once). At most
``jobs × IN_FLIGHT_PER_JOB`` documents are in flight, so memory stays flat however large the
archive, and lines come back in input order.
"""
from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .batch import Input, read_input, record_of
from .options import Options

#: documents queued per worker process
IN_FLIGHT_PER_JOB = 4


def convert_lines(items: Iterable[Input], options: Options, jobs: int) -> Iterator[str]:
    """The JSON line of every input, in input order, parsed on ``jobs`` processes."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future] = deque()
        for item in items:
            data, error = read_input(item)
            pending.append(pool.submit(_parse_line, item.path, data, error, options))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _parse_line(path: str, data: bytes | None, error: str | None, options: Options) -> str:
    return record_of(path, data, error, options).to_json()


def done_paths(lines: Iterable[str]) -> set[str]:
    """The source paths of the records already written (for ``convert --resume``)."""
    paths = set()
    for line in lines:
        try:
            paths.add(json.loads(line)["source"]["path"])
        except (ValueError, KeyError, TypeError):
            continue
    return paths
