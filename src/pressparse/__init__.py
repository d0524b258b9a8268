"""pressparse: Korean government press releases (보도자료) into typed records.

    >>> import pressparse
    >>> record = pressparse.parse_file("samples/seeds/000_fe458012feba4043.txt")
    >>> record.header.release_time
    '2023-01-30T10:00:00+09:00'

The names below are imported on first use, so ``import pressparse.cli`` (and the command line's
start-up) does not pay for the parsers it may not need yet.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"
#: the public names and the module that defines each
_EXPORTS = {
    "parse": "pipeline", "parse_file": "pipeline", "convert": "api", "to_dataframe": "frames",
    "Release": "models", "SCHEMA_VERSION": "models", "Options": "options", "InputError": "batch",
}
__all__ = [*_EXPORTS, "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import convert
    from .batch import InputError
    from .frames import to_dataframe
    from .models import SCHEMA_VERSION, Release
    from .options import Options
    from .pipeline import parse, parse_file


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'pressparse' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
