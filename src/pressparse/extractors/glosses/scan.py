"""Finding the parentheses of a document, with the context the classifier reads."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ...document import Document

#: one innermost parenthesis (ASCII or full-width brackets); it may wrap onto a second line
PAREN = regex.compile(r"[(（]([^()（）\n]{1,80}(?:\n[^()（）\n]{1,80})?)[)）]")
#: how far before '(' and after ')' the classifier looks; on a very long line the context
#: stops here (a label at the start of a line is always nearer than this)
CONTEXT_CHARS = 300

@dataclass(frozen=True)
class Paren:
    """One parenthesis: ``open`` and ``close`` index the brackets in the document text."""

    open: int
    close: int
    inner: str
    line_start: int  # of the line that holds '('
    line_end: int  # of the line that holds ')'

    @property
    def context_start(self) -> int:
        """Where the classifier's look-behind starts: the line start, at most CONTEXT_CHARS back."""
        return max(self.line_start, self.open - CONTEXT_CHARS)

    @property
    def context_end(self) -> int:
        return min(self.line_end, self.close + 1 + CONTEXT_CHARS)

    @property
    def inner_span(self) -> tuple[int, int]:
        """The inside of the brackets without surrounding white space."""
        lead = len(self.inner) - len(self.inner.lstrip())
        return (self.open + 1 + lead, self.open + 1 + len(self.inner.rstrip()))

    @property
    def span(self) -> tuple[int, int]:
        return (self.open, self.close + 1)


def find_parens(doc: Document, header: frozenset[int]) -> list[Paren]:
    """Every parenthesis outside the header block (the lines ``header``), in text order."""
    out: list[Paren] = []
    for m in PAREN.finditer(doc.text):
        first, last = doc.line_at(m.start()), doc.line_at(m.end() - 1)
        if first.index in header:
            continue
        out.append(Paren(m.start(), m.end() - 1, m.group(1), first.start, last.end))
    return out
