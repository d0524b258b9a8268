"""The JSON Lines file ``convert`` writes: checked, locked, and resumable.

- An output that is one of the inputs (or a document file inside an input folder) is refused
  before anything is opened, so ``convert b.txt -o b.txt`` cannot destroy its input.
- The file is locked (``flock``) for the whole run: a second ``convert`` on the same output is
  refused instead of interleaving its lines with the first.
- ``--resume`` keeps the records already written, drops a last line cut short by a crash and
  any line that is not a record, and knows the inputs done by their resolved paths.
"""
from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable

from .paths import resume_key

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks
    fcntl = None


class OutputError(Exception):
    """An output that cannot or must not be written; the message says why."""


class Output:
    """An open output: ``write`` one line at a time; ``done`` holds the inputs already written."""

    def __init__(self, stream, done: set[str], dropped: int):
        self.stream = stream
        self.done = done
        self.dropped = dropped

    def write(self, line: str) -> None:
        if self.stream is sys.stdout:
            self.stream.write(line + "\n")
        else:
            self.stream.write(line.encode("utf-8") + b"\n")

    def __enter__(self) -> Output:
        return self

    def __exit__(self, *exc) -> None:
        if self.stream is sys.stdout:
            self.stream.flush()
        else:
            self.stream.close()


def open_output(path: str, inputs: Iterable[str], *, resume: bool) -> Output:
    """Open ``path`` for ``convert`` over ``inputs``, or say why not (:class:`OutputError`)."""
    if path == "-":
        return Output(sys.stdout, set(), 0)
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a folder; give a file such as {os.path.join(path, 'out.jsonl')}")
    _refuse_input(path, inputs)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # /dev/null, a pipe: nothing to lock or resume
        return Output(os.fdopen(fd, "wb"), set(), 0)
    try:
        _lock(fd, path)
        done, dropped = _keep_records(fd) if resume else (set(), 0)
        if not resume:
            os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_END)
    except BaseException:
        os.close(fd)
        raise
    return Output(os.fdopen(fd, "wb"), done, dropped)


def _refuse_input(path: str, inputs: Iterable[str]) -> None:
    from .batch import DOCUMENT_SUFFIXES

    target = os.path.realpath(path)
    for given in inputs:
        real = os.path.realpath(given)
        if real == target:
            raise OutputError(f"the output {path} is also an input; writing it would destroy it")
        inside = os.path.isdir(real) and target.startswith(real.rstrip(os.sep) + os.sep)
        if inside and os.path.splitext(target)[1].lower() in DOCUMENT_SUFFIXES:
            raise OutputError(f"the output {path} lies in the input folder {given} and would be read as a document")


def _lock(fd: int, path: str) -> None:
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        raise OutputError(f"{path} is being written by another pressparse convert; "
                          "wait for it or choose another output") from exc


def _keep_records(fd: int) -> tuple[set[str], int]:
    """The input keys of the records in the file. Every other line (one cut short by a crash,
    anything that is not a record) is removed, compacting the file in place line by line, so
    memory stays flat however large the file. Returns the keys and the count removed."""
    done: set[str] = set()
    dropped = 0
    read_at = write_at = 0
    os.lseek(fd, 0, os.SEEK_SET)
    with open(os.dup(fd), "rb") as reader:
        for raw in reader:
            path = _record_path(raw) if raw.endswith(b"\n") else None
            if path is None:
                dropped += bool(raw.strip())
            else:
                if write_at != read_at:
                    os.pwrite(fd, raw, write_at)
                write_at += len(raw)
                done.add(resume_key(path))
            read_at += len(raw)
    os.ftruncate(fd, write_at)
    return done, dropped


def done_inputs(path: str | os.PathLike) -> set[str]:
    """The input keys of the records in a JSON Lines file (none when it does not exist); read only."""
    if not os.path.exists(path):
        return set()
    with open(path, "rb") as lines:
        return {resume_key(p) for p in map(_record_path, lines) if p is not None}


def _record_path(line: bytes) -> str | None:
    try:
        path = json.loads(line)["source"]["path"]
    except (ValueError, KeyError, TypeError):
        return None
    return path if isinstance(path, str) else None


class TableOutput:
    """A ``.parquet`` or ``.csv`` output of ``convert``: one table (``releases`` or a long one),
    its rows gathered line by line (the records themselves are not kept) and written at the end,
    through a temporary file beside it, so an interrupted run leaves no half table."""

    done: set[str] = frozenset()
    dropped = 0

    def __init__(self, path: str, inputs: Iterable[str], table: str, kind: str):
        from .frames import check_table, require_writer

        check_table(table)
        require_writer(kind)
        if os.path.isdir(path):
            raise OutputError(f"cannot write {path}: it is a folder; give a file such as "
                              f"{os.path.join(path, 'out.' + kind)}")
        _refuse_input(path, inputs)
        self.path, self.table, self.kind, self.rows, self.count = path, table, kind, [], 0
        try:  # fail now, not after the whole batch, when the folder cannot be written
            self._check_writable()
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc

    def _check_writable(self) -> None:
        import tempfile

        with tempfile.NamedTemporaryFile(dir=os.path.dirname(os.path.abspath(self.path)), prefix=".pressparse-"):
            pass

    def write(self, line: str) -> None:
        from .frames import iter_rows
        from .models import Release

        self.rows.extend(iter_rows([Release.model_validate_json(line)], self.table, self.count))
        self.count += 1

    def __enter__(self) -> TableOutput:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is not None:
            return
        import pandas

        from .frames import frame_of, write_table

        folder, name = os.path.split(os.path.abspath(self.path))
        temporary = os.path.join(folder, f".{name}.partial")
        try:
            write_table(frame_of(pandas, self.table, self.rows), temporary, self.kind)
            os.replace(temporary, self.path)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
