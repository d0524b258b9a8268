"""``pressparse.convert``: the command line's batch as a Python generator."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .batch import InputError, convert_inputs, iter_inputs, pending
from .models import Release
from .options import Options
from .parallel import convert_lines
from .paths import shown_path


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
    todo = pending(iter_inputs(paths, options.max_bytes), done)
    if jobs == 0:
        return convert_inputs(todo, options)
    return (Release.model_validate_json(line) for line in convert_lines(todo, options, jobs))
