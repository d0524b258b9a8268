"""The cleaned document every reader yields and every extractor reads.

A :class:`Document` is the cleaned text split into :class:`Line` objects that keep their
offsets, plus the table cells of each line (converted text separates cells with tabs), and the
format's blocks. Extractors only read it: what one finds for the next (the lines the header and
the title took, where the body starts) is returned as :class:`Regions` and handed on explicitly.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from .blocks import NO_HINTS, Block, Hints, blocks_of_lines
from .models import Source, Span


@dataclass(frozen=True, slots=True)
class Cell:
    """One tab-separated cell of a line, stripped, with its offsets in the document."""

    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True)
class Line:
    """One line of the cleaned text (without its newline)."""

    index: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    @cached_property
    def cells(self) -> list[Cell]:
        """The tab-separated cells, empty ones included, each stripped of white space."""
        out: list[Cell] = []
        pos = 0
        for raw in self.text.split("\t"):
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            start = self.start + pos + lead
            out.append(Cell(text, start, start + len(text)))
            pos += len(raw) + 1
        return out

    @property
    def filled_cells(self) -> list[Cell]:
        """The cells that hold text."""
        return [c for c in self.cells if c.text]

    @property
    def is_table_row(self) -> bool:
        return "\t" in self.text


@dataclass
class Metadata:
    """What a format says about the release beside its text (an archive's front matter or field
    list, a page's meta tags): evidence the extractors weigh, None where it says nothing."""

    title: str | None = None
    #: the organisation the metadata names as the release's source (`부처: 고용노동부`)
    issuer: str | None = None
    #: when the release was posted, ISO 8601 (a date alone when no clock time is given) …
    posted: str | None = None
    #: … and as written
    posted_text: str | None = None
    #: every field read, by its label (white space removed): ids, URLs …
    fields: dict[str, str] = field(default_factory=dict)
    #: the files the page or archive offers with the release: (file name, link or None)
    attachments: list[tuple[str, str | None]] = field(default_factory=list)

    def merged(self, other: Metadata) -> Metadata:
        """These fields, with ``other``'s where these are None."""
        return Metadata(self.title or other.title, self.issuer or other.issuer,
                        self.posted or other.posted,
                        self.posted_text if self.posted else other.posted_text,
                        {**other.fields, **self.fields}, self.attachments or other.attachments)


@dataclass
class Document:
    """Cleaned text with line offsets, shared by the extractors of one parse."""

    text: str
    source: Source = field(default_factory=Source)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: the organisation that runs the web site the document came from (`- 나주시청` → 나주시)
    site: str | None = None
    #: metadata the format carries beside the text (front matter, field lists)
    metadata: Metadata = field(default_factory=Metadata)
    #: the paragraphs and tables of a structured format (HWPX, PDF …); plain text finds its own
    given_blocks: list[Block] | None = field(default=None, repr=False)

    @cached_property
    def blocks(self) -> list[Block]:
        """The paragraphs and tables, in reading order, with their lines and offsets."""
        return self.given_blocks if self.given_blocks is not None else blocks_of_lines(self.lines)

    @cached_property
    def _block_of_line(self) -> list[Block | None]:
        found: list[Block | None] = [None] * len(self.lines)
        for block in self.blocks:
            for i in range(block.first_line, block.end_line):
                found[i] = block
        return found

    def block_at(self, index: int) -> Block | None:
        """The block that line ``index`` belongs to (None for a blank line)."""
        return self._block_of_line[index]

    def hints(self, index: int) -> Hints:
        """The format's hints for line ``index`` (font size, bold …; empty for plain text)."""
        block = self._block_of_line[index]
        return block.line_hints(index) if block is not None else NO_HINTS

    @cached_property
    def lines(self) -> list[Line]:
        out: list[Line] = []
        pos = 0
        for i, raw in enumerate(self.text.split("\n")):
            out.append(Line(i, pos, pos + len(raw), raw))
            pos += len(raw) + 1
        return out

    @cached_property
    def _line_starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    def line_at(self, offset: int) -> Line:
        """The line that holds the character at ``offset``."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return self.lines[max(i, 0)]

    def slice(self, span: Span) -> str:
        return self.text[span[0]:span[1]]


@dataclass(frozen=True)
class Regions:
    """Where the header block and the title block stand, and where the body starts: what the
    header and title extractors give the ones after them."""

    #: line indices taken by the header block (보도 일시, 담당 부서 …), wherever they stand
    header: frozenset[int] = frozenset()
    #: line indices taken by the title and subtitles
    title: frozenset[int] = frozenset()
    #: index of the first body line (after title and subtitles)
    body_start: int = 0

    def taken(self, index: int) -> bool:
        """True when the header or the title took line ``index``."""
        return index in self.header or index in self.title

    def body_lines(self, doc: Document) -> list[Line]:
        """The lines of the body: after the title, not taken by the header."""
        return [ln for ln in doc.lines[self.body_start:] if not self.taken(ln.index)]


@dataclass(frozen=True)
class Body:
    """A document read with its header and title regions known, as the extractors of the body
    (outline, tables, quotes) read it: the document's text, lines and hints, and which lines
    the header and the title took."""

    doc: Document
    regions: Regions

    def __getattr__(self, name: str):
        return getattr(self.doc, name)  # anything else of the document's

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def lines(self) -> list[Line]:
        return self.doc.lines

    def hints(self, index: int) -> Hints:
        return self.doc.hints(index)

    def block_at(self, index: int) -> Block | None:
        return self.doc.block_at(index)

    def line_at(self, offset: int) -> Line:
        return self.doc.line_at(offset)

    def slice(self, span: Span) -> str:
        return self.doc.slice(span)

    @property
    def body_start(self) -> int:
        return self.regions.body_start

    def taken(self, index: int) -> bool:
        return self.regions.taken(index)

    def body_lines(self) -> list[Line]:
        return self.regions.body_lines(self.doc)
