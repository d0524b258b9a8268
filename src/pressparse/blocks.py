"""The document model: blocks in reading order, laid out over one text.

A reader yields :class:`Para` (a paragraph with the hints its format carries: font size, bold,
alignment, page, heading level) and :class:`Grid` (a table as cells with their row, column and
spans). :func:`layout` writes them as the one text every extractor reads — a paragraph per
line, a table row per line with its cells separated by tabs, a cell covered by a span left
empty — and returns each :class:`Block` with its lines and offsets in that text. Plain text has
no blocks of its own: :func:`blocks_of_lines` finds them (tabs make the grid, no hints).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Literal


@dataclass(frozen=True, slots=True)
class Hints:
    """What a format says about a paragraph beyond its words; None where it says nothing."""

    #: font size in points as the reader found it
    points: float | None = None
    #: font size relative to the body text of the document (1.0 = body size); set by :func:`layout`
    size: float | None = None
    bold: bool | None = None
    #: "left" | "center" | "right" | "justify"
    align: str | None = None
    #: 1-based page (PDF)
    page: int | None = None
    #: the heading level the format declares (HTML h1–h6, Markdown #)
    heading: int | None = None
    #: the lines of the source text it was read from, 0-based, the end excluded (Markdown)
    source_lines: tuple[int, int] | None = None
    #: the same as characters of the source text, ``[start, end)`` (Markdown)
    source_span: tuple[int, int] | None = None


NO_HINTS = Hints()


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph as a reader yields it."""

    text: str
    hints: Hints = NO_HINTS


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell as a reader yields it (0-based row and column of its top-left corner)."""

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    hints: Hints = NO_HINTS


@dataclass(frozen=True, slots=True)
class Grid:
    """A table as a reader yields it."""

    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class GridCell:
    """A laid-out table cell: its place in the grid and its ``[start, end)`` in the text."""

    text: str
    row: int
    col: int
    rowspan: int
    colspan: int
    start: int
    end: int
    hints: Hints = NO_HINTS


@dataclass(frozen=True)
class Block:
    """A paragraph or a table of the laid-out document."""

    kind: Literal["paragraph", "table"]
    #: index of the first line and one past the last
    first_line: int
    end_line: int
    start: int
    end: int
    hints: Hints = NO_HINTS
    cells: tuple[GridCell, ...] = field(default=())

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def line_hints(self, index: int) -> Hints:
        """The hints of line ``index`` of this block: the paragraph's, or for a table row that
        holds a single filled cell (a title set in a frame) that cell's."""
        if self.kind == "paragraph":
            return self.hints
        offset = index - self.first_line
        rows = self._filled_rows
        filled = rows[offset] if 0 <= offset < len(rows) else []
        return filled[0].hints if len(filled) == 1 else NO_HINTS

    @cached_property
    def _filled_rows(self) -> list[list[GridCell]]:
        """The filled cells of each written row (rows with no text are not written)."""
        rows: dict[int, list[GridCell]] = {}
        for cell in self.cells:
            if cell.text:
                rows.setdefault(cell.row, []).append(cell)
        return [rows[r] for r in sorted(rows)]


@lru_cache(maxsize=4096)
def _relative(hints: Hints, body: float | None) -> Hints:
    """``hints`` with the size relative to ``body`` (cached: a document's few distinct hints
    recur on every line and cell, and ``replace`` is slow)."""
    return replace(hints, size=round(hints.points / body, 3)) if body and hints.points else hints


def put_bullet(items: list[Para | Grid], at: int, bullet: str | None) -> None:
    """Open the paragraph a reader appended at ``at`` with its shape's bullet (`-`), as the page
    shows it; nothing where there is no bullet or the item there is no paragraph."""
    if bullet and len(items) > at and isinstance(items[at], Para):
        items[at] = replace(items[at], text=f"{bullet} {items[at].text.lstrip()}")


def text_size(item: Para | Grid) -> int:
    """About how many characters ``item`` adds to the text (its words and their separators)."""
    if isinstance(item, Para):
        return len(item.text) + 1
    return sum(len(cell.text) + 1 for cell in item.cells)


def layout(items: Iterable[Para | Grid], clean: Callable[[str], str]) -> tuple[str, list[Block]]:
    """The text of ``items`` (each paragraph's text passed through ``clean``) and its blocks.

    Paragraphs that are blank after cleaning are left out; font sizes become relative to the
    body size, the size most characters of the paragraphs have.
    """
    items = list(items)
    writer = _Writer(_body_points(items))
    for item in items:
        if isinstance(item, Para):
            text = " ".join(clean(item.text).split("\n")).rstrip()
            if text.strip():
                writer.paragraph(text, writer.relative(item.hints))
        else:
            writer.table(item, clean)
    return writer.text(), writer.blocks


class _Writer:
    def __init__(self, body: float | None):
        self.body = body
        self.parts: list[str] = []
        self.offset = 0
        self.line = 0
        self.blocks: list[Block] = []
        #: the relative hints of each hints object met, by its id (the objects live as long as
        #: the items laid out; hashing hints for every line and cell cost more than its id)
        self.relatives: dict[int, Hints] = {}

    def relative(self, hints: Hints) -> Hints:
        """``hints`` with the size relative to the body size."""
        made = self.relatives.get(id(hints))
        if made is None:
            made = self.relatives[id(hints)] = _relative(hints, self.body)
        return made

    def _write_line(self, text: str) -> int:
        start = self.offset
        self.parts.append(text)
        self.offset += len(text) + 1
        self.line += 1
        return start

    def text(self) -> str:
        return "\n".join(self.parts)

    def paragraph(self, text: str, hints: Hints) -> None:
        start = self._write_line(text)
        self.blocks.append(Block("paragraph", self.line - 1, self.line, start, start + len(text), hints))

    def table(self, grid: Grid, clean: Callable[[str], str]) -> None:
        by_row: dict[int, dict[int, Cell]] = {}
        for cell in grid.cells:
            by_row.setdefault(cell.row, {})[cell.col] = cell
        first, start = self.line, self.offset
        cells: list[GridCell] = []
        for row in sorted(by_row):
            placed = by_row[row]
            texts = {col: " ".join(clean(c.text).split()) for col, c in placed.items()}
            if not any(texts.values()):
                continue
            width = max(placed) + 1  # a cell with no text (a picture) at the row's end stays a cell
            row_start = self.offset
            pos = row_start
            parts = []
            for col in range(width):
                text = texts.get(col, "")
                if col in placed:
                    c = placed[col]
                    cells.append(GridCell(text, c.row, c.col, c.rowspan, c.colspan, pos, pos + len(text),
                                          self.relative(c.hints)))
                parts.append(text)
                pos += len(text) + 1
            self._write_line("\t".join(parts))
        if self.line > first:
            self.blocks.append(Block("table", first, self.line, start, self.offset - 1, NO_HINTS, tuple(cells)))


def _body_points(items: list[Para | Grid]) -> float | None:
    """The font size most characters of the paragraphs have."""
    weights: Counter[float] = Counter()
    for item in items:
        if isinstance(item, Para) and item.hints.points:
            weights[item.hints.points] += len(item.text.strip())
    return weights.most_common(1)[0][0] if weights else None


def blocks_of_lines(lines: list) -> list[Block]:
    """The blocks of plain text: a line with tabs is a table row (consecutive rows one table,
    cells by tab position), any other non-blank line a paragraph; no hints."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.is_blank:
            i += 1
            continue
        if not line.is_table_row:
            blocks.append(Block("paragraph", i, i + 1, line.start, line.end))
            i += 1
            continue
        j = i
        cells: list[GridCell] = []
        while j < len(lines) and lines[j].is_table_row:
            cells.extend(GridCell(c.text, j - i, col, 1, 1, c.start, c.end) for col, c in enumerate(lines[j].cells))
            j += 1
        blocks.append(Block("table", i, j, line.start, lines[j - 1].end, NO_HINTS, tuple(cells)))
        i = j
    return blocks
