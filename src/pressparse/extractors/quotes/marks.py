"""Quoted segments of the body, grouped into the sentences that report them.

A :class:`Mark` is one “…” (or "…" on one line) in the body. Marks joined only by a
connective (`”며, “`, `”라며 ⏎ “`) form one :class:`Chain`: one reported utterance with
one speaker. Each chain knows its lead (sentence start up to the first mark) and its
clause (after the last mark up to the end of the sentence).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ...document import Body
from ...korean import is_syllable
from .sentences import sentence_end, sentence_start

#: the longest quotation read
MAX_QUOTE = 2000
#: curly double quotes; they may wrap lines inside one paragraph, never cross a tab
CURLY = regex.compile(r"“([^“”\t]{1,2000}?)”")
#: one curly double mark, either way (finding them is cheaper than reading every character)
CURLY_MARK = regex.compile("[“”]")
#: straight double quotes, paired within one line
STRAIGHT = regex.compile(r'"([^"\t\n]{1,2000}?)"')
#: what may stand between two quotes of one utterance: a connective (`며`, `라며`, `라고 강조하며`), a comma
CHAIN_GAP = regex.compile(r"\s*+(?:(?:이)?라고?|고)?(?:\s?[가-힣]{0,4}?(?:며|면서))?\s*+,?\s*+")
#: a connective that makes a chain a report even without a verb (`”며 “`)
CONNECTIVE = regex.compile(r"며|면서|고")
#: quotative particle or connective right after the closing mark (`”라고`, `”이라며`, `”며`, `”라고했다`)
QUOTATIVE_TAIL = regex.compile(r"\s?(?:(?:이)?라(?:고|며|면서)|고|며|면서|하고|하며|하면서)(?![가-힣])"
                               r"|\s?(?:이)?라고(?=했|하였|한다|말)")
#: share of Hangul among the letters of a Korean quote
MIN_HANGUL_SHARE = 0.5


@dataclass(frozen=True)
class Mark:
    """One quoted segment: ``start``/``end`` bound the inside, marks and edge spaces excluded."""

    start: int
    end: int
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class Chain:
    """Quotes of one utterance with the sentence around them."""

    marks: list[Mark]
    connected: bool = False  # two quotes joined by a connective ending
    lead_start: int = 0  # start of the sentence
    lead_end: int = 0  # the opening mark of the first quote
    clause_start: int = 0  # just after the closing mark of the last quote
    clause_end: int = 0  # end of the sentence


def is_korean(text: str) -> bool:
    """True when Hangul makes up at least half the letters of ``text``."""
    letters = [c for c in text if c.isalpha()]
    hangul = sum(map(is_syllable, letters))
    return bool(letters) and hangul / len(letters) >= MIN_HANGUL_SHARE


def find_marks(doc: Body) -> list[Mark]:
    """The Korean quoted segments of the body, in order."""
    marks: list[Mark] = []
    for first, last in _regions(doc):
        chunk = doc.text[first:last]
        curly = [_mark(first, m) for m in CURLY.finditer(chunk)]
        curly += _misclosed(chunk, first, {i for m in curly for i in (m.open, m.close)})
        straight = [_mark(first, m) for m in STRAIGHT.finditer(chunk)]
        marks += curly + [m for m in straight if not any(c.start <= m.start < c.end for c in curly)]
    return [m for m in sorted(marks, key=lambda m: m.start) if is_korean(doc.slice(m.span))]


def _mark(offset: int, match: regex.Match) -> Mark:
    """The inside of a matched pair of marks, without white space at its edges."""
    inner, start = match.group(1), offset + match.start(1)
    lead = len(inner) - len(inner.lstrip())
    return Mark(start + lead, start + len(inner.rstrip()), offset + match.start(), offset + match.end() - 1)


def _misclosed(chunk: str, offset: int, used: set[int]) -> list[Mark]:
    """Quotes whose closing mark is typed as an opening one (`“…지원하겠다“라고`) or the
    reverse: two curly marks left unpaired, the second followed by a quotative ending."""
    stray = [m.start() for m in CURLY_MARK.finditer(chunk) if offset + m.start() not in used]
    out: list[Mark] = []
    for a, b in zip(stray, stray[1:]):
        inner = chunk[a + 1:b]
        taken = out and out[-1].close == offset + a
        if not taken and 0 < len(inner.strip()) <= MAX_QUOTE and "\t" not in inner and QUOTATIVE_TAIL.match(chunk, b + 1):
            lead = len(inner) - len(inner.lstrip())
            out.append(Mark(offset + a + 1 + lead, offset + a + 1 + len(inner.rstrip()), offset + a, offset + b))
    return out


def _regions(doc: Body) -> list[tuple[int, int]]:
    """(start, end) of each run of consecutive body lines (the header and title cut runs)."""
    out: list[tuple[int, int]] = []
    run: list = []
    for line in doc.body_lines() + [None]:
        if line is None or (run and line.index != run[-1].index + 1):
            if run:
                out.append((run[0].start, run[-1].end))
            run = []
        if line is not None:
            run.append(line)
    return out


def build_chains(text: str, marks: list[Mark]) -> list[Chain]:
    """Group marks into utterances and find each one's lead and clause."""
    chains: list[Chain] = []
    for mark in marks:
        prev = chains[-1] if chains else None
        gap = text[prev.marks[-1].close + 1:mark.open] if prev else ""
        if prev and CHAIN_GAP.fullmatch(gap) and gap.count("\n\n") <= 1:
            prev.marks.append(mark)
            prev.connected |= bool(CONNECTIVE.search(gap))
        else:
            chains.append(Chain([mark]))
    for chain in chains:
        chain.lead_end = chain.marks[0].open
        chain.lead_start = sentence_start(text, chain.lead_end)
        chain.clause_start = chain.marks[-1].close + 1
        chain.clause_end = sentence_end(text, chain.clause_start)
    return chains
