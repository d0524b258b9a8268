"""The server the worker processes of ``convert`` start from, started as early as possible.

On Linux the workers fork from a forkserver that has imported the parsers and built Kiwi
(:mod:`pressparse.preload`), so the model is built once and its memory shared copy-on-write.
The command line starts the server before its own imports (:func:`start` needs only the standard
library), so the server's second or so of work runs on one core while the main process imports
and walks the inputs on the other. Elsewhere workers are spawned and each builds its own model.

This module stays light: importing it must not import the parsers.
"""
from __future__ import annotations

import multiprocessing
import sys
import time

#: how workers start: forkserver where there is one (no fork of a threaded parent), else spawn
START_METHOD = "forkserver" if sys.platform.startswith("linux") else "spawn"
#: what the server imports before it forks a worker: the parsers and Kiwi, or the parsers alone
PRELOAD_KIWI, PRELOAD_PARSERS = "pressparse.preload", "pressparse.pipeline"


def context():
    """The multiprocessing context the workers start in."""
    return multiprocessing.get_context(START_METHOD)


def start(needs_kiwi: bool) -> float | None:
    """Start the server (if this platform has one and it is not running) with what the workers
    need preloaded, and return when it started (``time.perf_counter()``); None if nothing started."""
    if START_METHOD != "forkserver" or running():
        return None
    ctx = context()
    ctx.set_forkserver_preload([PRELOAD_KIWI if needs_kiwi else PRELOAD_PARSERS])
    started = time.perf_counter()
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return started


def running() -> bool:
    """True when this process's forkserver runs (its preload is under way or done)."""
    if START_METHOD != "forkserver":
        return False
    from multiprocessing import forkserver

    return getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None) is not None
