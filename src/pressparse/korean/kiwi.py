"""The Kiwi morphological analyser, built once per process and only when first asked for.

Building Kiwi takes about a second and 0.3–0.5 GB, so nothing here runs at import time.
Components that need it call :func:`get_kiwi`; everything else never pays for it.
"""
from __future__ import annotations

import logging
import threading
import time
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from kiwipiepy import Kiwi

_lock = threading.Lock()
#: characters one document may send to Kiwi for one component (about 1.5 s of analysis; the
#: longest real releases have about 30,000 characters in all); past it the component falls back
#: to its rules and says so in the record's warnings
DOCUMENT_BUDGET_CHARS = 100_000


@lru_cache(maxsize=1)
def _build() -> "Kiwi":
    from kiwipiepy import Kiwi

    started = time.perf_counter()
    # the typo and multi-word dictionaries cost 0.5 s and 1.4 s of the 2.5 s build, and the
    # default dictionary (Wikipedia's titles as proper nouns) 0.6 s and 70 MB of the rest; with
    # them off, every record of the 605 corpus documents came out the same (typo correction is
    # never asked for; the extractors read single words and tell a place by its name's stem)
    kiwi = Kiwi(num_workers=1, load_default_dict=False, load_typo_dict=False, load_multi_dict=False)
    kiwi.tokenize("")  # the first call loads the model; pay it here, not mid-document
    logging.getLogger("pressparse").info("Korean model (Kiwi) loaded in %.1f s", time.perf_counter() - started)
    return kiwi


def get_kiwi() -> "Kiwi":
    """The process-wide Kiwi instance (single-threaded, built on first use)."""
    with _lock:
        return _build()


def kiwi_loaded() -> bool:
    """True once Kiwi has been built in this process."""
    return _build.cache_info().currsize > 0
