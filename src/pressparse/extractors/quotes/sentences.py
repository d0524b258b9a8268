"""Sentence bounds around quotes, without a full sentence splitter.

A sentence ends at a full stop outside quotation marks, a tab (table cell), a paragraph
end or a list bullet. A blank line ends a paragraph only after closing punctuation, so
that text converted with a blank line after every wrapped line still reads as sentences.
"""
from __future__ import annotations

import regex

from ...korean.sentences import SENTENCE_STOP

#: a paragraph that is a list item starts a new sentence (matched at a position: `\G` anchors a
#: search there too, so that no search reads a long run of spaces from each of its spaces)
BULLET = regex.compile(r"\G[ \t]*+(?:[□■◇◆○●◦ㅇ▲△▶▷•∙·*※\-–]|\d++[.)])\s*+")
#: a blank line that ends a paragraph: what comes before it ends a sentence (a wrapped line does not)
PARAGRAPH_BREAK = regex.compile(r"(?<=[.!?。”\"’:)\]])[ \t]*\n(?:[ \t]*\n)+")
#: longest stretch searched for the start or end of one sentence
MAX_SENTENCE = 600


def sentence_start(text: str, pos: int) -> int:
    """Start of the sentence that holds ``pos``: after a full stop, tab, paragraph end or bullet."""
    floor = max(_last_break(text, pos), text.rfind("\t", max(0, pos - MAX_SENTENCE), pos) + 1, 0)
    start = floor
    for m in SENTENCE_STOP.finditer(text, floor, pos):
        if not _inside_quote(text, floor, m.start()):
            start = m.end()
    newline = text.rfind("\n", max(0, pos - MAX_SENTENCE), pos)
    line_start = newline + 1 if newline >= 0 else -1  # -1: the line starts out of reach
    if line_start > start and BULLET.match(text, line_start):
        start = line_start
    bullet = BULLET.match(text, start)
    start = bullet.end() if bullet and bullet.end() <= pos else start
    return start + len(text[start:pos]) - len(text[start:pos].lstrip())


def sentence_end(text: str, pos: int) -> int:
    """End of the sentence that goes on at ``pos`` (a full stop, tab, paragraph end or the text's end)."""
    ceiling = min(len(text), pos + MAX_SENTENCE)
    limit = min(x for x in (_next_break(text, pos), text.find("\t", pos, ceiling), ceiling) if x >= 0)
    for m in SENTENCE_STOP.finditer(text, pos, limit):
        if not _inside_quote(text, pos, m.start()):
            return m.start()
    return limit


def _last_break(text: str, pos: int) -> int:
    """Just after the last paragraph end before ``pos`` (a wrapped line is no paragraph end)."""
    ends = [m.end() for m in PARAGRAPH_BREAK.finditer(text, max(0, pos - MAX_SENTENCE), pos)]
    return ends[-1] if ends else max(0, pos - MAX_SENTENCE)


def _next_break(text: str, pos: int) -> int:
    """The first paragraph end from ``pos``, or -1."""
    m = PARAGRAPH_BREAK.search(text, pos, pos + MAX_SENTENCE)
    return m.start() if m else -1


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """True when ``pos`` lies inside a “…” opened after ``start``."""
    return text.count("“", start, pos) > text.count("”", start, pos)
