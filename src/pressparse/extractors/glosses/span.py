"""The span of the Korean term a parenthesis glosses.

Usually the word before ``(``; the rules below extend it leftwards only with evidence
and flag the span as uncertain when a bare noun before it could belong to the term.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .classify import word_before
from .scan import Paren
from .tokens import Token, tokens_between

#: a Hangul word directly before a single space: the previous eojeol of a term
PREVIOUS_WORD = regex.compile(r"(?<![^\s‘“'\"])[가-힣]+ $")
#: Kiwi tags of nouns (a bare noun before a term may be part of it)
NOUN_TAGS = ("NNG", "NNP", "NR", "SL")


@dataclass(frozen=True)
class TermSpan:
    start: int
    end: int
    uncertain: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def previous_word(text: str, start: int, line_start: int) -> tuple[int, int] | None:
    """The Hangul eojeol separated from ``start`` by one space, on the same line."""
    m = PREVIOUS_WORD.search(text, line_start, start)
    return (m.start(), m.end() - 1) if m else None


def term_span(text: str, paren: Paren, gloss: str, tokens: list[Token]) -> TermSpan:
    """The glossed term before ``paren`` (see the module docstring)."""
    start, end = word_before(text, paren)
    if end != paren.open:  # a quoted term: the quotation marks are its edges
        return TermSpan(start, end)
    extended = _shared_tail(text, start, end, gloss, paren.context_start)
    if extended is None:
        extended = _bound_noun_phrase(text, start, end, tokens, paren.context_start)
    if extended is not None:
        return TermSpan(extended, end)
    return TermSpan(start, end, uncertain=_bare_noun_before(text, start, tokens, paren.context_start))


def extend_by_document(text: str, span: TermSpan, line_start: int, known: set[str]) -> TermSpan:
    """Include the previous word when the document writes the two as one glossed word.

    ``주요 핵심 임무(미션)`` becomes ``핵심 임무`` when ``핵심임무(미션)`` occurs elsewhere.
    """
    prev = previous_word(text, span.start, line_start)
    if prev and text[prev[0]:prev[1]] + text[span.start:span.end] in known:
        return TermSpan(prev[0], span.end)
    return span


def _shared_tail(text: str, start: int, end: int, gloss: str, line_start: int) -> int | None:
    """``이음터 사(플랫폼 사)``: a gloss of several words ending in the term takes as many words."""
    words = gloss.split()
    if len(words) < 2 or words[-1] != text[start:end]:
        return None
    for _ in words[:-1]:
        prev = previous_word(text, start, line_start)
        if prev is None:
            return None
        start = prev[0]
    return start


def _bound_noun_phrase(text: str, start: int, end: int, tokens: list[Token], line_start: int) -> int | None:
    """``정책 한 조(원팀)``: a bound noun after a determiner takes the determiner and the noun before."""
    before = tokens_between(tokens, line_start, end)
    if len(before) < 3 or before[-1].tag != "NNB" or before[-1].start != start:
        return None
    det, noun = before[-2], before[-3]
    if det.tag != "MM" or not noun.tag.startswith("NN"):
        return None
    prev = previous_word(text, det.start, line_start)
    return prev[0] if prev and prev[1] == noun.end else None


def _bare_noun_before(text: str, start: int, tokens: list[Token], line_start: int) -> bool:
    """True when the word before the term ends in a noun (it may belong to the term)."""
    prev = previous_word(text, start, line_start)
    if prev is None:
        return False
    last = [t for t in tokens if t.end == prev[1]]
    return bool(last) and last[-1].tag in NOUN_TAGS
