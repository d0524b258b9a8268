"""Raw HTML tables (as Markdown converters write them) as grids of cells with their spans.

Each `<tr>` of the table (not of a table nested in a cell) is a row; each `<td>`/`<th>` is
placed in the first column its row leaves free once the rowspans of the rows above are
counted, so a covered place stays an empty cell, as the HWPX reader gives it. A `<br>` is a
line break inside the cell. Spans are capped (:data:`MAX_SPAN`) and so are the columns a
table is laid out in (:data:`MAX_COLUMNS`), so no markup makes the grid larger than its cells.
"""
from __future__ import annotations

from lxml import etree, html

from ..blocks import NO_HINTS, Cell, Grid, Hints

#: the largest row or column span honoured (a larger one is read as this)
MAX_SPAN = 100
#: the most columns a table is laid out in; cells past it are left out
MAX_COLUMNS = 200
#: what marks a table's place in the text around it: a noncharacter, taken out of the markup first
PLACE = "\ufdd0"
#: elements whose strings are no text of the cell
SKIPPED = ("script", "style", "img")


def tables(markup: str, hints: Hints = NO_HINTS) -> list[Grid]:
    """The grids of the top-level `<table>` elements of ``markup`` (a fragment; unclosed tags are
    closed where lxml's HTML parser closes them), every cell with ``hints``."""
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    found = [t for t in root.iter("table") if not any(a.tag == "table" for a in t.iterancestors())]
    return [grid for grid in (_grid(t, hints) for t in found) if grid.cells]


def pieces(markup: str, hints: Hints = NO_HINTS) -> list[str | Grid]:
    """The text and the top-level tables of ``markup`` (a fragment) in their order: the text
    between tables as :func:`text_of` gives it, each table as :func:`tables` does."""
    try:
        root = html.fragment_fromstring(markup.replace(PLACE, ""), create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    found = [t for t in root.iter("table") if not any(a.tag == "table" for a in t.iterancestors())]
    grids = [_grid(t, hints) for t in found]
    for n, table in enumerate(found):  # each table leaves a mark in the text where it stood
        mark = f"{PLACE}{n}{PLACE}" + (table.tail or "")
        before = table.getprevious()
        parent = table.getparent()
        if before is not None:
            before.tail = (before.tail or "") + mark
        else:
            parent.text = (parent.text or "") + mark
        parent.remove(table)
    out: list[str | Grid] = []
    for k, part in enumerate(_text(root).split(PLACE)):
        if k % 2:
            if grids[int(part)].cells:
                out.append(grids[int(part)])
        elif part.strip():
            out.append(part)
    return out


def text_of(markup: str) -> str:
    """The text of an HTML fragment that is no table, `<br>` and block ends as line breaks."""
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return _text(root)


def _rows(table) -> list:
    """The rows of ``table`` itself, in order (directly or in thead/tbody/tfoot)."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if r.tag == "tr")
    return rows


def _grid(table, hints: Hints) -> Grid:
    cells: list[Cell] = []
    taken: dict[int, set[int]] = {}
    for r, tr in enumerate(_rows(table)):
        busy = taken.pop(r, set())
        col = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while col in busy:
                col += 1
            if col >= MAX_COLUMNS:
                break
            rowspan, colspan = _span(td, "rowspan"), _span(td, "colspan")
            colspan = min(colspan, MAX_COLUMNS - col)
            cells.append(Cell(_text(td), r, col, rowspan, colspan, hints))
            for below in range(r + 1, r + rowspan):
                taken.setdefault(below, set()).update(range(col, col + colspan))
            col += colspan
    return Grid(tuple(cells))


def _span(td, name: str) -> int:
    value = (td.get(name) or "").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


BLOCK_ENDS = ("p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6")
#: elements followed by a space: the cells of a table inside a cell, or of stray rows
CELL_ENDS = ("td", "th")


def _text(element) -> str:
    """The strings of ``element`` with `<br>` and the ends of blocks as line breaks (iterative)."""
    out: list[str] = []
    stack: list = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = item.tag if isinstance(item.tag, str) else None
        if tag is None or tag in SKIPPED:
            if item is not element and item.tail:
                out.append(item.tail)
            continue
        if tag == "br":
            out.append("\n")
        if item is not element and item.tail:
            stack.append(item.tail)
        if tag in BLOCK_ENDS and item is not element:
            stack.append("\n")
        elif tag in CELL_ENDS and item is not element:
            stack.append(" ")
        stack.extend(reversed(list(item)))
        if item.text:
            stack.append(item.text)
    return "".join(out)
