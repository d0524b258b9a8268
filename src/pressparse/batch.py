"""Finding the documents behind command-line paths (files, folders, .zip archives) and
converting them in order, one record each.

Nothing found here is lost: a folder, archive or member that cannot be read, a special file
(FIFO, device), a nested archive too deep, all still yield an :class:`Input` that carries
an error, and so a record.
"""
from __future__ import annotations

import io
import logging
import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .models import Release, Source
from .options import DEFAULT_MAX_BYTES, Options
from .paths import MEMBER_SEPARATOR, resume_key, shown_path
from .pipeline import parse
from .readers import MARKDOWN_SUFFIXES
from .readers.bounded import NotRegular, TooLarge, read_file, read_member, special_kind

#: file endings a folder or archive walk picks up (anything named explicitly is always read)
DOCUMENT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".hwpx", ".hwp", ".pdf", ".xml", *MARKDOWN_SUFFIXES}
log = logging.getLogger("pressparse")

#: how deep archives inside archives are opened
MAX_ARCHIVE_DEPTH = 3
#: the flag of a zip entry whose name is UTF-8; names without it are CP949 on Korean systems
ZIP_UTF8_FLAG = 0x800


class InputError(Exception):
    """A command-line path that names nothing readable."""


@dataclass(frozen=True)
class Input:
    """One document to convert: where it is, how to read it (at most ``cap`` bytes), or why it cannot be read."""

    path: str
    read: Callable[[int], bytes] | None = None
    error: str | None = None


def iter_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
                skipped: Counter | None = None) -> Iterator[Input]:
    """Every document, in the order given; folders and archives in sorted name order.

    ``max_bytes`` bounds what an archive inside an archive may unpack to. Files a folder walk
    passes over are counted by ``(reason, detail)`` in ``skipped`` (and logged at debug level).
    """
    for unit in iter_units(paths, skipped):
        yield from inputs_of(unit, max_bytes)


def pending(items: Iterable[Input], done: set[str]) -> Iterable[Input]:
    """The inputs whose records an earlier run (``done``: their :func:`resume_key`) does not hold;
    with nothing done, ``items`` as they are (a resolved path costs a system call or more)."""
    return (item for item in items if resume_key(item.path) not in done) if done else items


def iter_units(paths: Iterable[str], skipped: Counter | None = None) -> Iterator[str]:
    """The given paths with folders walked: files, archives, and folders that cannot be listed.

    ``iter_inputs([unit])`` gives a unit's documents; units can be converted anywhere that sees
    the same files (``pressparse.dask`` sends them to the workers).
    """
    for given in paths:
        if not os.path.exists(given) and not os.path.islink(given):
            raise InputError(f"no such file or folder: {shown_path(given)}")
        if os.path.isdir(given):
            yield from _walk(given, skipped if skipped is not None else Counter())
        else:
            yield given


def inputs_of(unit: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Input]:
    """The documents of one unit: a file, an archive's members, or a folder's listing error."""
    if os.path.isdir(unit):
        try:
            os.scandir(unit).close()
        except OSError as exc:
            yield Input(shown_path(unit), error=f"read: cannot list folder: {exc.strerror or exc}")
            return
        yield from iter_inputs([unit], max_bytes)
    elif unit.lower().endswith(".zip") and not special_kind(unit):
        yield from _archive_file(unit, max_bytes)
    else:
        yield _file(unit)


def _file(path: str) -> Input:
    kind = special_kind(path)
    if kind:
        return Input(shown_path(path), error=f"read: skipped: {kind}, not a document file")
    return Input(shown_path(path), read=lambda cap: read_file(path, cap))


def _walk(folder: str, skipped: Counter) -> Iterator[str]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError:
        yield folder  # its Input carries the listing error
        return
    for entry in entries:
        if entry.name.startswith("."):
            _skip(skipped, entry.path, "hidden")
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, skipped)
        elif entry.name.lower().endswith(".zip") or Path(entry.name).suffix.lower() in DOCUMENT_SUFFIXES:
            yield entry.path
        else:
            suffix = Path(entry.name).suffix.lower()
            _skip(skipped, entry.path, "not a document type" if suffix else "no file ending", suffix)


def _skip(skipped: Counter, path: str, reason: str, detail: str = "") -> None:
    """Count a file a walk passes over under ``(reason, detail)``."""
    skipped[reason, detail] += 1
    log.debug("skipped %s: %s", shown_path(path), f"{reason} ({detail})" if detail else reason)


def _archive_file(path: str, cap: int) -> Iterator[Input]:
    try:
        archive = zipfile.ZipFile(path)
    except Exception as exc:  # BadZipFile, OSError, a name flagged UTF-8 that is not (UnicodeDecodeError) …
        yield Input(shown_path(path), error=f"read: cannot open archive: {_why(exc)}")
        return
    with archive:
        yield from _members(archive, shown_path(path), 1, cap)


def _members(archive: zipfile.ZipFile, shown: str, depth: int, cap: int) -> Iterator[Input]:
    """The documents of an open archive; archives inside it are opened in turn."""
    infos = sorted((i for i in archive.infolist() if not i.is_dir()), key=lambda i: i.filename)
    for info in infos:
        name = _member_name(info)
        path = f"{shown}{MEMBER_SEPARATOR}{name}"
        suffix = Path(name).suffix.lower()
        if suffix == ".zip":
            yield from _nested(archive, info, path, depth, cap)
        elif suffix in DOCUMENT_SUFFIXES:
            yield Input(path, read=lambda cap, info=info: read_member(archive, info, cap))


def _nested(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, depth: int, cap: int) -> Iterator[Input]:
    """The documents of an archive inside an archive, read into memory within the size cap."""
    if depth >= MAX_ARCHIVE_DEPTH:
        yield Input(path, error=f"read: archive nested more than {MAX_ARCHIVE_DEPTH} deep was not opened")
        return
    try:
        inner = zipfile.ZipFile(io.BytesIO(read_member(archive, info, cap)))
    except Exception as exc:
        yield Input(path, error=f"read: cannot open archive: {_why(exc)}")
        return
    with inner:
        yield from _members(inner, path, depth + 1, cap)


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name; one stored in CP949 without the UTF-8 flag is decoded as CP949."""
    if info.flag_bits & ZIP_UTF8_FLAG:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("cp949")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def convert(paths: list[str], options: Options | None = None) -> Iterator[Release]:
    """One record per input document, in input order."""
    options = options or Options()
    return convert_inputs(iter_inputs(paths, options.max_bytes), options)


def convert_inputs(items: Iterable[Input], options: Options | None = None) -> Iterator[Release]:
    """One record per input, in order."""
    options = options or Options()
    for item in items:
        data, error = read_input(item, options.max_bytes)
        yield record_of(item.path, data, error, options)


def read_input(item: Input, cap: int) -> tuple[bytes | None, str | None]:
    """The bytes of an input (at most ``cap``), or the error that keeps it from being read."""
    if item.error:
        return None, item.error
    try:
        return item.read(cap), None
    except TooLarge as exc:
        return None, f"input too large: {exc}"
    except NotRegular as exc:
        return None, f"read: {exc}"
    except OSError as exc:
        return None, f"read: cannot read file: {exc.strerror or exc}"
    except Exception as exc:  # a corrupt deflate stream (zlib.error), a bad CRC, an encrypted member …
        return None, f"read: cannot read archive member: {_why(exc)}"


def record_of(path: str, data: bytes | None, error: str | None, options: Options | None) -> Release:
    """The record of one input's bytes, or an empty record carrying the read error."""
    if error is not None:
        return Release(source=Source(path=path), errors=[error])
    return parse(data, path=path, options=options)


def _why(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
