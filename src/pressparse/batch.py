"""Finding the documents behind command-line paths and converting them in order."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .models import Release, Source
from .options import Options
from .pipeline import parse_file

#: file endings a folder walk picks up (anything named explicitly is always read)
DOCUMENT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".hwpx", ".hwp", ".pdf", ".xml", ".md"}


class InputError(Exception):
    """A command-line path that names nothing readable."""


def iter_inputs(paths: list[str]) -> Iterator[str | tuple[str, str]]:
    """Every document path, in the order given; folders are walked in sorted order.

    A folder or file that cannot be listed yields ``(path, message)`` so that it still
    gets a record with an error instead of vanishing.
    """
    for given in paths:
        if not os.path.exists(given):
            raise InputError(f"no such file or folder: {given}")
        if os.path.isdir(given):
            yield from _walk(given)
        else:
            yield given


def _walk(folder: str) -> Iterator[str | tuple[str, str]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield (folder, f"read: cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif Path(entry.name).suffix.lower() in DOCUMENT_SUFFIXES:
            yield entry.path


def convert(paths: list[str], options: Options | None = None) -> Iterator[Release]:
    """One record per input document, in input order."""
    for item in iter_inputs(paths):
        if isinstance(item, tuple):
            path, message = item
            yield Release(source=Source(path=path), errors=[message])
        else:
            yield parse_file(item, options=options)
