"""HTML exported by Hancom Office (한/글 "웹 문서로 저장"): positioned layout lines, not paragraphs.

Each rendered line is a `div.hls` with its paragraph style in a `ps<N>` class; tables are
`div.htb` with cells `div.hce` placed by `left`/`top`. Paragraphs are rebuilt from consecutive
lines of one style, tables become tab-separated rows placed by their cells' positions (so a
rowspan leaves an empty cell, as in converted HWP text), and a one-cell table — a text box —
gives its paragraphs as lines. Page numbers (`div.hpN`) are dropped.

Works on an lxml tree without changing it, every walk iterative and each element visited a
bounded number of times: a table inside a layout line is read after the line (as its own rows,
nested tables after the table that holds them). In broken markup a layout line inside another
line, or a cell inside another cell, is read once, on its own.
"""
from __future__ import annotations

import re

from ..korean.markers import MARKER

#: the paragraph-style class of a layout line
STYLE = re.compile(r"^ps\d+$")
#: a line that ends its paragraph: sentence-final punctuation or a subtitle's closing dash
FINISHED = re.compile(r"(?:[.!?]|\s-)\s*$")
POSITION = re.compile(r"(?<![-\w])(left|top):\s*([\d.]+)mm")
#: elements whose strings are not part of the document
SKIPPED = ("svg", "style", "script")
#: the most columns a table is laid out in (more, and each row gives only its filled cells,
#: so that a table of cells placed on a diagonal does not give rows of thousands of tabs)
MAX_COLUMNS = 200
#: the page-number box
PAGE_NUMBER = "hpN"


def _classes(element) -> list[str]:
    value = element.get("class")
    return value.split() if value else []


def _is_div(element, name: str) -> bool:
    return element.tag == "div" and name in _classes(element)


def _skipped(element) -> bool:
    """Comments, processing instructions, scripts, styles, pictures and page numbers."""
    return not isinstance(element.tag, str) or element.tag in SKIPPED or _is_div(element, PAGE_NUMBER)


def _find(root, name: str):
    """The first div of class ``name`` in the document order, or None."""
    for element in root.iter("div"):
        if name in _classes(element):
            return element
    return None


def is_hancom_export(root) -> bool:
    """True for a page laid out as Hancom's export: page boxes holding layout lines."""
    return _find(root, "hpa") is not None and _find(root, "hls") is not None


def render(root) -> str:
    """The document text of a Hancom HTML export."""
    lines: list[str] = []
    for page in _pages(root):
        _block(_lines(page, stop=("hce",)), lines, top=True)
    return "\n".join(lines)


def _pages(root) -> list:
    """The page boxes, a page box inside another (broken markup) read as part of it."""
    found = []
    stack = [root]
    while stack:
        element = stack.pop()
        if element is not root and _is_div(element, "hpa"):
            found.append(element)
            continue
        kids = [k for k in element if not _skipped(k)]
        kids.reverse()
        stack.extend(kids)
    return found


def _lines(root, stop: tuple[str, ...]) -> list[tuple]:
    """The layout lines below ``root`` in document order, not looking inside divs of a class in
    ``stop``, each with whether it stands inside another layout line (only broken markup has
    that: a line in a table but outside its cells)."""
    found = []
    stack = [(root, False)]
    while stack:
        element, inside = stack.pop()
        if element is not root and element.tag == "div":
            classes = _classes(element)
            if "hls" in classes:
                found.append((element, inside))
                inside = True
            elif any(c in classes for c in stop):
                continue
        kids = [(k, inside) for k in element if not _skipped(k)]
        kids.reverse()
        stack.extend(kids)
    return found


def _tables(hls) -> list:
    """Every table below a layout line, nested ones too, in document order."""
    found = []
    stack = [hls]
    while stack:
        element = stack.pop()
        if element is not hls and _is_div(element, "htb"):
            found.append(element)
        kids = [k for k in element if not _skipped(k)]
        kids.reverse()
        stack.extend(kids)
    return found


def _block(hls_lines: list[tuple], out: list[str], *, top: bool = False) -> None:
    """Append the paragraphs and tables of a run of layout lines. The lines of a page (``top``)
    give all the tables below them, nested ones too, each after the line that holds it; the
    lines of a table cell and lines inside another line have theirs given already."""
    paragraph: list[str] = []  # its lines' texts, joined with spaces when it ends
    style = None
    for hls, inside in hls_lines:
        tables = _tables(hls) if top and not inside else []
        text = _text(hls)
        line_style = next((c for c in _classes(hls) if STYLE.match(c)), None)
        if paragraph and (line_style != style or _finished(paragraph) or MARKER.match(text) or not text):
            out.append(" ".join(paragraph))
            paragraph = []
        if text:
            paragraph.append(text)
            style = line_style
        if tables:
            if paragraph:
                out.append(" ".join(paragraph))
                paragraph = []
            for table in tables:
                out.extend(_table(table))
    if paragraph:
        out.append(" ".join(paragraph))


def _finished(paragraph: list[str]) -> bool:
    """FINISHED.search on the paragraph so far, looking only at its end (its lines have no white
    space around them, so a match ends in the last line or the space before it)."""
    return bool(FINISHED.search(paragraph[-1][-2:] if len(paragraph) == 1 else " " + paragraph[-1][-2:]))


def _text(hls) -> str:
    """The text of a layout line, spaces collapsed, without the tables in it (read on their own)
    and, in broken markup, without the layout lines in it that are read as lines of their own
    (those outside any cell)."""
    out: list[str] = []
    stack: list = [(hls, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        element, in_cell = item
        if element.text:
            out.append(element.text)
        kids = list(element)
        kids.reverse()
        for kid in kids:
            if kid.tail:
                stack.append(kid.tail)
            if _skipped(kid) or _is_div(kid, "htb") or (not in_cell and _is_div(kid, "hls")):
                continue
            stack.append((kid, in_cell or _is_div(kid, "hce")))
    return " ".join("".join(out).split())


def _position(element) -> tuple[float, float]:
    found = dict(POSITION.findall(element.get("style", "")))
    return float(found.get("top", 0)), float(found.get("left", 0))


def _table(table) -> list[str]:
    cells = _cells(table)
    if len(cells) == 1:
        lines: list[str] = []
        _block(_lines(cells[0], stop=("hce", "htb")), lines)
        return lines
    placed = [(*_position(c), _cell_text(c)) for c in cells]
    columns = {left: i for i, left in enumerate(sorted({left for _, left, _ in placed}))}
    rows: dict[float, dict[int, str]] = {}
    for top, left, text in placed:
        rows.setdefault(top, {})[columns[left]] = text
    out = []
    for top in sorted(rows):
        if len(columns) > MAX_COLUMNS:  # not a table one reads: its cells in order, no empty ones
            row = [rows[top][i] for i in sorted(rows[top]) if rows[top][i]]
        else:  # a cell with no text (a picture) at the row's end stays a cell
            row = [rows[top].get(i, "") for i in range(max(rows[top]) + 1)]
        if any(row):
            out.append("\t".join(row))
    return out


def _cells(table) -> list:
    """The cells of a table (a cell inside another, in broken markup, too), not those of the
    tables inside it."""
    found = []
    stack = [table]
    while stack:
        element = stack.pop()
        if element is not table and element.tag == "div":
            classes = _classes(element)
            if "htb" in classes:
                continue
            if "hce" in classes:
                found.append(element)
        kids = [k for k in element if not _skipped(k)]
        kids.reverse()
        stack.extend(kids)
    return found


def _cell_text(cell) -> str:
    lines: list[str] = []
    _block(_lines(cell, stop=("hce", "htb")), lines)
    return " ".join(lines)
