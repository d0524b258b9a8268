"""Kiwi tokens around a parenthesis, analysing only a short window of its line."""
from __future__ import annotations

from dataclasses import dataclass

from ..korean.kiwi import get_kiwi
from .paren_scan import Paren

#: characters analysed on each side of a parenthesis when its line is longer than a window
WINDOW_SIDE = 160


@dataclass(frozen=True)
class Token:
    """One Kiwi morpheme with offsets into the document text."""

    form: str
    tag: str
    start: int
    end: int


class TokenWindows:
    """Tokens of the lines (or line windows) around parentheses; each window analysed once."""

    def __init__(self, text: str):
        self._text = text
        self._cache: dict[tuple[int, int], list[Token]] = {}

    def around(self, paren: Paren) -> list[Token]:
        """The tokens of the window that holds ``paren``."""
        window = self._window(paren)
        if window not in self._cache:
            self._cache[window] = self._tokenize(*window)
        return self._cache[window]

    def _window(self, paren: Paren) -> tuple[int, int]:
        start, end = paren.line_start, paren.line_end
        if end - start <= 2 * WINDOW_SIDE:
            return start, end
        lo = max(start, paren.open - WINDOW_SIDE)
        hi = min(end, paren.close + WINDOW_SIDE)
        space = self._text.find(" ", lo, paren.open)  # begin on a word boundary
        lo = space + 1 if space >= 0 and lo > start else lo
        space = self._text.rfind(" ", paren.close, hi)
        hi = space if space >= 0 and hi < end else hi
        return lo, hi

    def _tokenize(self, start: int, end: int) -> list[Token]:
        return [Token(t.form, t.tag, start + t.start, start + t.start + t.len)
                for t in get_kiwi().tokenize(self._text[start:end])]


def tokens_between(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens that lie inside ``[start, end)``."""
    return [t for t in tokens if t.start >= start and t.end <= end]


def token_at(tokens: list[Token], offset: int) -> Token | None:
    """The first token that starts at ``offset``."""
    return next((t for t in tokens if t.start == offset), None)
