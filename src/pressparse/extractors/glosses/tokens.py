"""Kiwi tokens around a parenthesis, analysing only a short window of its line."""
from __future__ import annotations

from dataclasses import dataclass

from ...korean.kiwi import DOCUMENT_BUDGET_CHARS, get_kiwi
from .scan import Paren

#: characters of context every parenthesis gets on each side when its line is long
WINDOW_SIDE = 160
#: a long line is analysed in aligned blocks of this many characters (plus WINDOW_SIDE on each
#: side), so each character is analysed about once however many parentheses the line holds
BLOCK = 2000


@dataclass(frozen=True)
class Token:
    """One Kiwi morpheme with offsets into the document text."""

    form: str
    tag: str
    start: int
    end: int


class TokenWindows:
    """Tokens of the lines (or line windows) around parentheses; each window analysed once."""

    def __init__(self, text: str, budget: int = DOCUMENT_BUDGET_CHARS):
        self._text = text
        self._cache: dict[tuple[int, int], list[Token]] = {}
        self._left = budget
        #: True once a window was refused because the document's Kiwi budget ran out
        self.exhausted = False

    def around(self, paren: Paren) -> list[Token]:
        """The tokens of the window that holds ``paren``; [] once the budget is spent."""
        window = self._window(paren)
        if window not in self._cache:
            size = window[1] - window[0]
            if size > self._left:
                self.exhausted = True
                return []
            self._left -= size
            self._cache[window] = self._tokenize(*window)
        return self._cache[window]

    def _window(self, paren: Paren) -> tuple[int, int]:
        start, end = paren.line_start, paren.line_end
        if end - start <= BLOCK:
            return start, end
        first = paren.open - paren.open % BLOCK  # the block is aligned on the text, not the line
        lo = max(start, first - WINDOW_SIDE)
        hi = min(end, max(first + BLOCK, paren.close + 1) + WINDOW_SIDE)
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
