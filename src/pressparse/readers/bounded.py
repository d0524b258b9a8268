"""Reading files and zip members in bounded chunks, never trusting a size the input claims.

A zip member may claim 1,000 bytes and inflate to a gigabyte; a path may name a FIFO or a
device (`/dev/zero`). Everything here reads at most ``cap`` bytes (and one more to tell that
the cap was passed), so memory stays bounded whatever the input says about itself.
"""
from __future__ import annotations

import os
import stat
import zipfile
from typing import BinaryIO

#: the size of one read
CHUNK = 1024 * 1024


class TooLarge(ValueError):
    """The input holds more than the cap allows; the message says how much was allowed."""


class NotRegular(ValueError):
    """The path names something other than a regular file (FIFO, device, socket)."""


def read_stream(stream: BinaryIO, cap: int, what: str) -> bytes:
    """All of ``stream``, or :class:`TooLarge` as soon as it passes ``cap`` bytes."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(CHUNK, cap + 1 - total))
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > cap:
            raise TooLarge(f"{what} is larger than the limit of {_mb(cap)} (max_bytes)")
        parts.append(chunk)


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo | str, cap: int) -> bytes:
    """One member of an open archive, inflated in chunks and stopped at ``cap`` bytes."""
    name = info if isinstance(info, str) else info.filename
    with archive.open(info) as stream:
        return read_stream(stream, cap, f"the archive member {name}")


def special_kind(path: str) -> str | None:
    """What a path names when it is not a regular file (after links): 'a FIFO', 'a device' …"""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # the read itself will say why
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_file(path: str | os.PathLike, cap: int) -> bytes:
    """The bytes of a regular file, refusing special files and stopping at ``cap`` bytes."""
    kind = special_kind(os.fspath(path))
    if kind:
        raise NotRegular(f"skipped: {kind}, not a document file")
    with open(path, "rb") as stream:
        return read_stream(stream, cap, "the file")


def _mb(size: int) -> str:
    return f"{size / 2**20:g} MB" if size >= 2**20 else f"{size:,} bytes"
