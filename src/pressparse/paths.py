"""Paths as records show them, and as ``convert --resume`` recognises them."""
from __future__ import annotations

import os

#: separator between an archive's path and a member's name in ``source.path``
MEMBER_SEPARATOR = "!"


def shown_path(path: str | os.PathLike) -> str:
    """A path as text that any JSON writer accepts: a file name in CP949 (common on Korean
    disks) is shown in Hangul, other bytes that are not UTF-8 as ``\\xNN`` escapes."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp949")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="backslashreplace")


def resume_key(path: str) -> str:
    """The identity of a shown path whatever way it was typed (`./in/a.txt`, `in/a.txt`)."""
    cut = path.lower().find(".zip" + MEMBER_SEPARATOR)
    head, tail = (path[:cut + 4], path[cut + 4:]) if cut >= 0 else (path, "")
    return os.path.realpath(head) + tail
