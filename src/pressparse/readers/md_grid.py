"""Grid tables (`+---+---+` borders, pandoc's form for tables whose cells hold several lines).

CommonMark has no grid tables: markdown-it gives one as a paragraph of border and `| … |` lines.
A border line (runs of `-`, `=` or `:` between `+`) and the lines after it that open with `+` or `|`
are read here from the source into a :class:`~pressparse.blocks.Grid` (outside fenced code), and
the reader gives markdown-it blank lines in their place (a border line that opens with `+ ` would
read as a list item).
The border's `+` marks where the columns meet. A `|` missing where columns meet joins them (a
column span); a border line that leaves a column's run blank lets the cell above go on (a row
span). Writers pad cells to the display width of their text (a Hangul syllable is two columns
wide), some to the number of characters: the one the lines agree with is used. The lines of a
cell are joined as the wrapped lines of one paragraph; a blank line in a cell starts a new line.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..blocks import Cell, Grid, Hints

#: the top border of a grid table, and the line between two rows (`+===+` under a header row)
BORDER = re.compile(r"^\+(?:[-=:]++\+)++$")
#: the most columns and lines read (a larger table stays a paragraph)
MAX_COLUMNS, MAX_LINES = 60, 20_000


@dataclass
class _Open:
    """A cell being read: where it starts, how far it spans, its lines so far."""

    row: int
    col: int
    colspan: int
    rowspan: int = 1
    lines: list[str] = field(default_factory=list)


#: a fence of code (its lines are never a table), and the indent a table may have
FENCE = re.compile(r"^ {0,3}+(?:```|~~~)")
MAX_INDENT = 3


def grid_tables(lines: list[str], clean) -> list[tuple[int, int, Grid]]:
    """(first line, end line, grid) of each grid table of the source ``lines``, in order, its
    cells' text passed through ``clean`` (inline markup removed)."""
    found: list[tuple[int, int, Grid]] = []
    fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            fenced = not fenced
        if fenced or not _in_table(line) or not BORDER.match(line.strip()):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and end - i < MAX_LINES and _in_table(lines[end]):
            end += 1
        grid = read_grid(lines[i:end], Hints(source_lines=(i, end)), clean) if end - i >= 2 else None
        if grid is not None:
            found.append((i, end, grid))
        i = end if grid is not None else i + 1
    return found


def _in_table(line: str) -> bool:
    stripped = line.lstrip(" ")
    return len(line) - len(stripped) <= MAX_INDENT and stripped.startswith(("+", "|"))


def read_grid(lines: list[str], hints: Hints, clean) -> Grid | None:
    """The grid of the grid table in ``lines`` (see :func:`is_grid_table`), its cells' text passed
    through ``clean`` (inline markup removed); None where the lines do not line up as one."""
    lines = [line.strip() for line in lines]
    for width in (_display_width, _char_width):
        bounds = _columns(lines[0], width)
        if len(bounds) - 1 <= MAX_COLUMNS and all(_fits(line, bounds, width) for line in lines):
            cells = _cells(lines[1:], bounds, width)
            return Grid(tuple(Cell(clean(text), row, col, rowspan, colspan, hints)
                              for text, row, col, rowspan, colspan in cells))
    return None


def _display_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _char_width(ch: str) -> int:
    return 1


def _placed(line: str, width) -> dict[int, str]:
    """The characters of ``line`` by the column each starts at."""
    at, out = 0, {}
    for ch in line:
        out[at] = ch
        at += width(ch)
    out[at] = ""
    return out


def _columns(border: str, width) -> list[int]:
    return [col for col, ch in _placed(border, width).items() if ch == "+"]


def _fits(line: str, bounds: list[int], width) -> bool:
    """A line that starts at the first column's edge and ends at the last's."""
    placed = _placed(line, width)
    edges = ("+", "|")
    return placed.get(bounds[0]) in edges and placed.get(bounds[-1]) in edges and placed.get(bounds[-1] + 1) == ""


def _cells(lines: list[str], bounds: list[int], width) -> list[tuple[str, int, int, int, int]]:
    """(text, row, column, rowspan, colspan) of each cell, in reading order."""
    done: list[_Open] = []
    open_: dict[int, _Open] = {}
    row = 0
    for line in lines:
        placed = _placed(line, width)
        if line.startswith("+"):  # a border: a column whose run is drawn ends its cell
            for col, cell in list(open_.items()):
                if placed.get(bounds[col] + 1) in ("-", "=", ":"):
                    done.append(open_.pop(col))
                else:
                    cell.rowspan += 1
            row += 1
            continue
        edges = [j for j, b in enumerate(bounds) if placed.get(b) in ("|", "+")]
        for left, right in zip(edges, edges[1:]):
            text = "".join(placed.get(c, "") for c in range(bounds[left] + 1, bounds[right])).strip()
            cell = open_.get(left)
            if cell is None or cell.colspan != right - left:
                if cell is not None:
                    done.append(open_.pop(left))
                cell = open_[left] = _Open(row, left, right - left)
            cell.lines.append(text)
    done.extend(open_.values())
    done.sort(key=lambda c: (c.row, c.col))
    return [(_text(c.lines), c.row, c.col, c.rowspan, c.colspan) for c in done]


def _text(lines: list[str]) -> str:
    """The wrapped lines of a cell joined; a blank line between them a line break."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n".join(" ".join(p) for p in paragraphs if p)
