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


def spaced_words(text: str) -> list[str]:
    """The words of ``text`` with justified spacing undone: a run of single syllables is one
    word (`경 찰 청 융위원회` → 경찰청, 융위원회)."""
    words: list[str] = []
    run: list[str] = []
    for piece in text.split():
        if len(piece) == 1:
            run.append(piece)
            continue
        if run:
            words.append("".join(run))
            run = []
        words.append(piece)
    if run:
        words.append("".join(run))
    return words
