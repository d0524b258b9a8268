"""What the command line tells a person while it works: log lines and a progress bar on stderr.

Everything goes through the ``pressparse`` logger (``-v`` debug, default info, ``-q`` warnings
only); the progress bar (tqdm) shows only when stderr is a terminal, unless asked for.
"""
from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

log = logging.getLogger("pressparse")


@contextmanager
def logging_to_stderr(verbose: int, quiet: bool):
    """Send the ``pressparse`` logger to stderr for the length of one command."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("pressparse: %(message)s"))
    level = logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO
    previous = log.level
    log.addHandler(handler)
    log.setLevel(level)
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(previous)


def progress(items: Iterable, wanted: bool | None, unit: str = "doc") -> Iterator:
    """``items`` unchanged, with a progress bar on stderr when ``wanted`` (None: when stderr is a
    terminal and not quieted)."""
    if wanted is None:
        wanted = sys.stderr.isatty() and log.getEffectiveLevel() <= logging.INFO
    if not wanted:
        yield from items
        return
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is a dependency; a broken install only loses the bar
        yield from items
        return
    with tqdm(items, unit=unit, file=sys.stderr, dynamic_ncols=True, leave=False) as bar:
        yield from bar


def skipped_note(skipped: Counter) -> str | None:
    """`3 file(s) skipped: 2 not a document type (.docx, .xlsx), 1 hidden`, or None when none were;
    ``skipped`` counts ``(reason, detail)`` pairs."""
    if not skipped:
        return None
    counts: Counter = Counter()
    details: dict[str, list[str]] = {}
    for (reason, detail), count in sorted(skipped.items()):
        counts[reason] += count
        if detail:
            details.setdefault(reason, []).append(detail)
    parts = [f"{count} {reason}" + (f" ({', '.join(details[reason])})" if reason in details else "")
             for reason, count in counts.most_common()]
    return f"{sum(skipped.values())} file(s) skipped: {', '.join(parts)}"
