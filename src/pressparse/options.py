"""Options of one parse."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: how ``normalized_text`` resolves a gloss: keep the Korean term, keep the loanword,
#: keep both as written, or do not build normalized_text at all
NormalizeMode = Literal["korean", "loanword", "both", "none"]


@dataclass(frozen=True)
class Options:
    """What :func:`pressparse.parse` extracts and how."""

    quotes: bool = True
    glosses: bool = True
    normalize: NormalizeMode = "korean"
    #: keep ``record.text`` in the output (large archives may drop it)
    keep_text: bool = True
