"""HTML exported by Hancom Office (한/글 "웹 문서로 저장"): positioned layout lines, not paragraphs.

Each rendered line is a `div.hls` with its paragraph style in a `ps<N>` class; tables are
`div.htb` with cells `div.hce` placed by `left`/`top`. Paragraphs are rebuilt from consecutive
lines of one style, tables become tab-separated rows placed by their cells' positions (so a
rowspan leaves an empty cell, as in converted HWP text), and a one-cell table — a text box —
gives its paragraphs as lines. Page numbers (`div.hpN`) are dropped.
"""
from __future__ import annotations

import re

from ..korean.markers import MARKER

#: the paragraph-style class of a layout line
STYLE = re.compile(r"^ps\d+$")
#: a line that ends its paragraph: sentence-final punctuation or a subtitle's closing dash
FINISHED = re.compile(r"(?:[.!?]|\s-)\s*$")
POSITION = re.compile(r"(?<![-\w])(left|top):\s*([\d.]+)mm")


def is_hancom_export(soup) -> bool:
    """True for a page laid out as Hancom's export: page boxes holding layout lines."""
    return soup.find("div", class_="hpa") is not None and soup.find("div", class_="hls") is not None


def render(soup) -> str:
    """The document text of a Hancom HTML export."""
    for tag in soup.find_all(["svg", "style", "script"]):
        tag.decompose()
    for tag in soup.find_all("div", class_="hpN"):
        tag.decompose()
    lines: list[str] = []
    for page in soup.find_all("div", class_="hpa"):
        _block(_top_lines(page), lines)
    return "\n".join(lines)


def _top_lines(page) -> list:
    """The layout lines of a page that are not inside a table cell."""
    return [h for h in page.find_all("div", class_="hls") if h.find_parent("div", class_="hce") is None]


def _block(hls_lines: list, out: list[str]) -> None:
    """Append the paragraphs and tables of a run of layout lines."""
    paragraph, style = "", None
    for hls in hls_lines:
        tables = hls.find_all("div", class_="htb")
        for table in tables:
            table.extract()
        text = _text(hls)
        line_style = next((c for c in hls.get("class", []) if STYLE.match(c)), None)
        if paragraph and (line_style != style or FINISHED.search(paragraph) or MARKER.match(text) or not text):
            out.append(paragraph)
            paragraph = ""
        if text:
            paragraph = f"{paragraph} {text}" if paragraph else text
            style = line_style
        if tables:
            if paragraph:
                out.append(paragraph)
                paragraph = ""
            for table in tables:
                out.extend(_table(table))
    if paragraph:
        out.append(paragraph)


def _text(element) -> str:
    return " ".join(element.get_text("").split())


def _position(element) -> tuple[float, float]:
    found = dict(POSITION.findall(element.get("style", "")))
    return float(found.get("top", 0)), float(found.get("left", 0))


def _table(table) -> list[str]:
    cells = [c for c in table.find_all("div", class_="hce") if c.find_parent("div", class_="htb") is table]
    if len(cells) == 1:
        lines: list[str] = []
        _block(cells[0].find_all("div", class_="hls"), lines)
        return lines
    placed = [(*_position(c), _cell_text(c)) for c in cells]
    columns = sorted({left for _, left, _ in placed})
    rows: dict[float, dict[int, str]] = {}
    for top, left, text in placed:
        rows.setdefault(top, {})[columns.index(left)] = text
    out = []
    for top in sorted(rows):
        row = [rows[top].get(i, "") for i in range(len(columns))]
        while row and not row[-1]:
            row.pop()
        if any(row):
            out.append("\t".join(row))
    return out


def _cell_text(cell) -> str:
    lines: list[str] = []
    _block(cell.find_all("div", class_="hls"), lines)
    return " ".join(lines)
