"""Finding the documents behind command-line paths (files, folders, .zip archives) and
converting them in order, one record each."""
from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .models import Release, Source
from .options import Options
from .pipeline import parse

#: file endings a folder or archive walk picks up (anything named explicitly is always read)
DOCUMENT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".hwpx", ".hwp", ".pdf", ".xml", ".md"}
#: separator between an archive's path and a member's name in ``source.path``
MEMBER_SEPARATOR = "!"
#: the largest archive member pressparse unpacks
MAX_MEMBER_BYTES = 256 * 1024 * 1024


class InputError(Exception):
    """A command-line path that names nothing readable."""


@dataclass(frozen=True)
class Input:
    """One document to convert: where it is, how to read it, or why it cannot be read."""

    path: str
    read: Callable[[], bytes] | None = None
    error: str | None = None


def iter_inputs(paths: list[str]) -> Iterator[Input]:
    """Every document, in the order given; folders and archives in sorted name order.

    A folder, archive or member that cannot be read still yields an :class:`Input` with an
    error, so that it gets a record instead of vanishing.
    """
    for given in paths:
        if not os.path.exists(given) and not os.path.islink(given):
            raise InputError(f"no such file or folder: {given}")
        if os.path.isdir(given):
            yield from _walk(given)
        elif given.lower().endswith(".zip"):
            yield from _archive(given)
        else:
            yield Input(given, read=Path(given).read_bytes)


def _walk(folder: str) -> Iterator[Input]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Input(folder, error=f"read: cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.name.lower().endswith(".zip"):
            yield from _archive(entry.path)
        elif Path(entry.name).suffix.lower() in DOCUMENT_SUFFIXES:
            yield Input(entry.path, read=Path(entry.path).read_bytes)


def _archive(path: str) -> Iterator[Input]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        yield Input(path, error=f"read: cannot open archive: {exc}")
        return
    with archive:
        members = sorted((i for i in archive.infolist()
                          if not i.is_dir() and Path(i.filename).suffix.lower() in DOCUMENT_SUFFIXES),
                         key=lambda i: i.filename)
        for info in members:
            name = f"{path}{MEMBER_SEPARATOR}{info.filename}"
            if info.file_size > MAX_MEMBER_BYTES:
                yield Input(name, error=f"read: archive member is larger than {MAX_MEMBER_BYTES // 2**20} MB")
            else:
                yield Input(name, read=lambda info=info: archive.read(info))


def convert(paths: list[str], options: Options | None = None) -> Iterator[Release]:
    """One record per input document, in input order."""
    return convert_inputs(iter_inputs(paths), options)


def convert_inputs(items: Iterable[Input], options: Options | None = None) -> Iterator[Release]:
    """One record per input, in order."""
    for item in items:
        data, error = read_input(item)
        yield record_of(item.path, data, error, options)


def read_input(item: Input) -> tuple[bytes | None, str | None]:
    """The bytes of an input, or the error that keeps it from being read."""
    if item.error:
        return None, item.error
    try:
        return item.read(), None
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError) as exc:
        message = getattr(exc, "strerror", None) or str(exc)
        return None, f"read: cannot read file: {message}"


def record_of(path: str, data: bytes | None, error: str | None, options: Options | None) -> Release:
    """The record of one input's bytes, or an empty record carrying the read error."""
    if error is not None:
        return Release(source=Source(path=path), errors=[error])
    return parse(data, path=path, options=options)
