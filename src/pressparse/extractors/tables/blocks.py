"""Finding the tables of a body: runs of row lines, rows rejoined when their cells span lines.

A table is a run of row lines (:func:`table_cells.line_cells`); blank lines and rule lines
inside it are skipped (web pages put a blank line between rows). A row with fewer cells than
the rows above it takes the following lines until its cells are complete, because a cell
holding several paragraphs comes out over several lines; plain lines between two row lines
are the rest of the row above. The table ends at prose, at an attachment title row
(`붙임2⇥⇥…`) or at a line the header or the title took.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Body, Cell
from ...korean.schedule_words import BANNER_WORDS, SECTION_LINE, squeeze
from . import cells as tc
from .labels import caption_before

#: the most plain lines between two row lines read as the rest of the row above
MAX_CELL_LINES = 3
#: a table whose rows are all written without tabs needs at least this many rows
MIN_TIME_LED_ROWS = 2


@dataclass
class RawRow:
    """One row of a table: its cells (offsets into the text) and whether tabs or pipes made it."""

    cells: list[Cell]
    tabbed: bool = True

    @property
    def span(self) -> tuple[int, int]:
        filled = [c for c in self.cells if c.text] or self.cells
        return (filled[0].start, filled[-1].end)

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass
class RawTable:
    """The rows of one table as found, before they are read as a schedule or otherwise."""

    rows: list[RawRow] = field(default_factory=list)
    caption: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.rows[0].span[0], self.rows[-1].span[1])


def find_tables(doc: Body) -> list[RawTable]:
    """Every table in the body of ``doc``, in order."""
    tables: list[RawTable] = []
    i = doc.body_start
    while i < len(doc.lines):
        if not _opens_table(doc, i):
            i += 1
            continue
        table, end = _read_table(doc, i)
        if _is_table(table):
            table.caption = caption_before(doc, i)
            tables.append(table)
        i = max(end, i + 1)
    return tables


def _opens_table(doc: Body, i: int) -> bool:
    line = doc.lines[i]
    if line.is_blank or doc.taken(i) or tc.is_rule(line):
        return False
    cells = tc.line_cells(line)
    return cells is not None and any(c.text for c in cells) and not tc.is_attachment_row(cells)


def _continues(doc: Body, i: int) -> bool:
    line = doc.lines[i]
    if doc.taken(i):
        return False
    if tc.is_rule(line):
        return True
    cells = tc.line_cells(line)
    return cells is not None and not tc.is_attachment_row(cells)


def _read_table(doc: Body, i: int) -> tuple[RawTable, int]:
    """The table starting at line ``i`` and the index of the first line after it."""
    table, width, j = RawTable(), 0, i
    while j < len(doc.lines):
        line = doc.lines[j]
        if line.is_blank:
            k = _next_filled(doc, j)
            if k is None or not _continues(doc, k):
                break
            j = k
            continue
        if not _continues(doc, j):
            k = _rejoins(doc, j) if table.rows else None
            if k is None:
                break
            for plain in doc.lines[j:k]:
                table.rows[-1].cells = tc.merge_cells(table.rows[-1].cells, plain.cells)
            j = k
            continue
        j += 1
        if tc.is_rule(line):
            continue
        row = RawRow(tc.line_cells(line) or [], tabbed=not tc.is_time_led(line))
        if width and len(row.cells) < width:
            j = _absorb(doc, row, j, width)
        width = max(width, len(row.cells))
        if any(c.text for c in row.cells):
            table.rows.append(row)
    return table, j


def _absorb(doc: Body, row: RawRow, j: int, width: int) -> int:
    """Read the lines after ``row`` into its last cells until it has ``width`` cells.

    Only a cell broken over lines is read on: plain lines, then the row line that ends it.
    """
    plain = 0
    while j < len(doc.lines) and len(row.cells) < width:
        line = doc.lines[j]
        if doc.taken(j) or line.is_blank or tc.is_rule(line) or SECTION_LINE.match(line.text):
            break
        cells = tc.line_cells(line)
        if cells is None:
            cells, plain = line.cells, plain + 1
        elif not plain or tc.opens_row(cells) or tc.is_attachment_row(cells) or len(row.cells) + len(cells) > width + 1:
            break  # a row line right after a short row is a row of its own (spanned cells)
        row.cells = tc.merge_cells(row.cells, cells)
        j += 1
    return j


def _rejoins(doc: Body, j: int) -> int | None:
    """Index of the row line after a short run of plain lines from ``j`` (the rest of a cell), if any."""
    k = j
    while k < len(doc.lines) and k - j < MAX_CELL_LINES:
        line = doc.lines[k]
        if doc.taken(k) or line.is_blank or SECTION_LINE.match(line.text) or tc.line_cells(line) is not None:
            break
        k += 1
    if k == j or k == len(doc.lines) or doc.taken(k) or tc.is_rule(doc.lines[k]):
        return None
    cells = tc.line_cells(doc.lines[k])
    return k if cells is not None and len(cells) > 1 and not tc.is_attachment_row(cells) else None


def _next_filled(doc: Body, j: int) -> int | None:
    for k in range(j + 1, len(doc.lines)):
        if not doc.lines[k].is_blank:
            return k
    return None


def _is_table(table: RawTable) -> bool:
    """False for no rows, a lone prose line that opens with a time range, or the release banner."""
    if not table.rows or all(squeeze(c.text) in BANNER_WORDS for r in table.rows for c in r.cells if c.text):
        return False
    return any(r.tabbed for r in table.rows) or len(table.rows) >= MIN_TIME_LED_ROWS
