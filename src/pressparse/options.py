"""Options of one parse, and the limits that bound the work on any input."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: how ``normalized_text`` resolves a gloss: keep the Korean term, keep the loanword,
#: keep both as written, or do not build normalized_text at all
NormalizeMode = Literal["korean", "loanword", "both", "none"]

MB = 1024 * 1024
#: the largest input read, and the most one input may unpack to (HWPX sections, archive members)
DEFAULT_MAX_BYTES = 64 * MB
#: the most characters of text one document analyses (a long release has about 30,000)
DEFAULT_MAX_CHARS = 1_000_000
#: the per-document time limit of ``convert``: this many seconds per MB of input …
DEFAULT_SECONDS_PER_MB = 5.0
#: … and never less than this (Kiwi's start-up in a fresh worker is part of the first document)
MIN_TIME_LIMIT = 20.0


@dataclass(frozen=True)
class Options:
    """What :func:`pressparse.parse` extracts and how, and the limits of its work."""

    quotes: bool = True
    glosses: bool = True
    normalize: NormalizeMode = "korean"
    #: keep ``record.text`` in the output (large archives may drop it)
    keep_text: bool = True
    #: inputs larger than this, or unpacking to more, are not read past it (an ``errors`` entry says so)
    max_bytes: int = DEFAULT_MAX_BYTES
    #: text past this many characters is not analysed (an ``errors`` entry says so)
    max_chars: int = DEFAULT_MAX_CHARS
    #: ``convert``'s time limit per document, in seconds per MB of input (0: no limit) …
    seconds_per_mb: float = DEFAULT_SECONDS_PER_MB
    #: … and the least time any document gets
    min_seconds: float = MIN_TIME_LIMIT

    def time_limit(self, size: int) -> float | None:
        """Seconds one document of ``size`` bytes may take in ``convert``; None for no limit."""
        if self.seconds_per_mb <= 0:
            return None
        return max(self.min_seconds, self.seconds_per_mb * size / MB)
