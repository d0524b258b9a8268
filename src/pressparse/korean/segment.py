"""Splitting a word written without spaces into known words: `팀장선임` → 팀장 + 선임."""
from __future__ import annotations

from collections.abc import Container


def split_known(text: str, vocabulary: Container[str], longest: int = 6) -> list[str] | None:
    """``text`` as a sequence of words from ``vocabulary`` (longest match first), or None."""
    if not text:
        return []
    for size in range(min(len(text), longest), 1, -1):
        if text[:size] in vocabulary:
            rest = split_known(text[size:], vocabulary, longest)
            if rest is not None:
                return [text[:size], *rest]
    return None
