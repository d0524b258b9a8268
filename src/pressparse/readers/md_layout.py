"""How Markdown's blocks become the paragraphs and grids the HWPX reader would give.

A one-cell table is a text box (its lines); a list of `label: value` fields is a table (a header
or contact table a converter wrote as a list); the lines of a paragraph are joined, except where
a line opens with an outline marker or a header label, which started a paragraph of its own in
the original.
"""
from __future__ import annotations

import re

from ..blocks import Grid, Hints, Para
from ..korean.header_words import DEPARTMENT_LABELS, DISTRIBUTION_LABELS, RELEASE_LABELS
from ..korean.markers import MARKER

#: the type size given to body paragraphs
BODY_POINTS = 10.0
#: a list item that is a field: `- 부처: 고용노동부`, `- 담당 부서: 정책기획관 / 책임자 …` (its marker,
#: a label without digits, a colon, a value), and the separator between the parts of a value
FIELD = re.compile(r"^[-*+]\s++(?P<label>[^:：\n\d]{1,80}+)[:：]\s++(?P<value>\S.*+)$")
PART_SEPARATOR = re.compile(r"(?<!\s)\s+/\s+")
#: the marker of a list item, and the longest item that is no field but may stand in a list of fields
LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s++")
MAX_LIST_CELLS = 40
#: the head of a line that may be a header label: the words before a colon, or the first word
LABEL_HEAD = re.compile(r"^\s*+(?P<label>[가-힣 ]{1,12}?)\s*(?:(?P<colon>[:：])|\s|$)")
LONG_LABEL = 4
HEADER_LABELS = RELEASE_LABELS | DISTRIBUTION_LABELS | DEPARTMENT_LABELS


def field_rows(items: list[Para | Grid]) -> tuple[list[list[str]], list[tuple[str, str]]] | None:
    """The rows and the (label, value) fields of a list that is a table written as a list: two
    items or more are fields (`label: value`), any other item is short (a cell or a few); each row
    is the label and the parts of the value (`정책기획관 / 책임자 과장 최영범 / (044-202-7026)`), or
    the parts of a short item. None for any other list."""
    rows: list[list[str]] = []
    fields: list[tuple[str, str]] = []
    for item in items:
        if not isinstance(item, Para):
            return None
        m = FIELD.match(item.text)
        if m:
            label, value = m.group("label").strip(), m.group("value").strip()
            fields.append((label, value))
            rows.append([label, *PART_SEPARATOR.split(value)])
        elif len(item.text) <= MAX_LIST_CELLS:
            rows.append(PART_SEPARATOR.split(LIST_MARKER.sub("", item.text, count=1).strip()))
        else:
            return None
    return (rows, fields) if len(fields) >= 2 else None


def box_or_grid(grid: Grid) -> list[Para | Grid]:
    """A table of one filled cell is a text box: its lines as paragraphs (as the HWPX reader
    gives a one-cell table); any other table stays a grid."""
    filled = [c for c in grid.cells if c.text.strip()]
    if len(filled) != 1:
        return [grid] if filled else []
    hints = Hints(points=BODY_POINTS, source_lines=filled[0].hints.source_lines)
    return [Para(line.strip(), hints) for line in filled[0].text.split("\n") if line.strip()]


def split_at_markers(text: str) -> list[str]:
    """The paragraphs of ``text``: its lines joined, except that a line opening with an outline
    marker or a header label (`보도시점: …`, `배포 …`) starts a new paragraph."""
    paragraphs: list[list[str]] = []
    for line in text.split("\n"):
        if not paragraphs or ((MARKER.match(line) or _opens_with_label(line)) and paragraphs[-1]):
            paragraphs.append([])
        if line.strip():
            paragraphs[-1].append(line.strip() if paragraphs[-1] else line)
    return [" ".join(p) for p in paragraphs if p]


def _opens_with_label(line: str) -> bool:
    """A line that opens with a header label: one before a colon, or a long one (보도시점, 담당부서;
    a short one such as 보도 or 문의 may open a sentence as well)."""
    head = LABEL_HEAD.match(line)
    if not head:
        return False
    label = "".join(head.group("label").split())
    return label in HEADER_LABELS and (bool(head.group("colon")) or len(label) >= LONG_LABEL)
