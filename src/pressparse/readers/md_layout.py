"""How Markdown's blocks become the paragraphs and grids the HWPX reader would give.

A one-cell table is a text box (its lines); a list of `label: value` fields is a table (a header
or contact table a converter wrote as a list); the lines of a paragraph are joined, except where
a line opens with an outline marker or a header label, which started a paragraph of its own in
the original.

A list is a table when two of its items or more are fields, or its first field is a department
(`- 담당 부서: 정책기획관 / 책임자 / 과장 최영범 / …`), and none of the others reads as prose
(a field's label opens with no outline marker: `- □ 성 명 : 박현희` is a line of the outline);
an item that is no field is a cell when it is short, or a little longer without the punctuation
of a sentence (a department spelt out: `기획조정실 <광역교통개선> 공공택지기획과 대도시권광역교통위원회
광역교통정책과`). Under a department label (`### 담당부서`, `문의`) a field's label may hold digits,
where a converter ran a person with a phone into it (`- 재정담당관 서기관 최은상 (044-203-2234)
책임자: 과장 조성제 (044-203-2231)`); elsewhere digits before a colon are a time or a number. A
department label followed by short paragraphs with a phone (or an e-mail address) among them is a
contact table written one cell per line: those paragraphs are one row of cells.
"""
from __future__ import annotations

import re

from ..blocks import Cell, Grid, Hints, Para
from ..korean.header_words import DEPARTMENT_LABELS, DISTRIBUTION_LABELS, RELEASE_LABELS
from ..korean.markers import MARKER

#: the type size given to body paragraphs
BODY_POINTS = 10.0
#: a list item that is a field: `- 부처: 고용노동부`, `- 담당 부서: 정책기획관 / 책임자 …` (its marker,
#: a label without digits, a colon, a value), and the separator between the parts of a value
FIELD = re.compile(r"^[-*+]\s++(?P<label>[^:：\n\d]{1,80}+)[:：]\s++(?P<value>\S.*+)$")
#: a field under a department label, whose label may hold digits (a phone)
LABELLED_FIELD = re.compile(r"^[-*+]\s++(?P<label>[^:：\n]{1,80}+)[:：]\s++(?P<value>\S.*+)$")
PART_SEPARATOR = re.compile(r"(?<!\s)\s+/\s+")
#: the marker of a list item, and the longest item that is no field but may stand in a list of fields
LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s++")
MAX_LIST_CELLS = 40
#: the longest item without the punctuation of a sentence that may stand in a list of fields (a
#: full stop ends a word: one inside an e-mail address or a number is none)
MAX_LIST_NAME = 100
PROSE = re.compile(r"[,，。“”‘’「」『』]|\.(?!\S)|다$")
#: the longest label that opens with 담당 (담당기관, 담당부서)
MAX_LABEL = 5
#: the most cells read after a department label as one row, what ends a sentence, and a phone
#: or an e-mail address (what a contact's last cell holds)
MAX_ROW_CELLS = 300
SENTENCE_END = re.compile(r"다\.?+\s*+$")
PHONE_OR_EMAIL = re.compile(r"(?<!\d)\d{2,4}+[-.)]\s?+\d{3,4}+[-.]\d{4}(?!\d)|[\w.+-]@[\w-]++\.[\w.]")
#: the head of a line that may be a header label: the words before a colon, or the first word
LABEL_HEAD = re.compile(r"^\s*+(?P<label>[가-힣 ]{1,12}?)\s*(?:(?P<colon>[:：])|\s|$)")
LONG_LABEL = 4
HEADER_LABELS = RELEASE_LABELS | DISTRIBUTION_LABELS | DEPARTMENT_LABELS


def field_rows(items: list[Para | Grid], labelled: bool = False) -> tuple[list[list[str]], list[tuple[str, str]]] | None:
    """The rows and the (label, value) fields of a list that is a table written as a list: two
    items or more are fields (`label: value`), or the first field is a department's, any other
    item a cell or a few (see the module's doc; ``labelled``: the list stands under a department
    label); each row is the label and the parts of the value (`정책기획관 / 책임자 과장 최영범 / (044-202-7026)`), or the parts of an
    item that is no field. None for any other list."""
    rows: list[list[str]] = []
    fields: list[tuple[str, str]] = []
    field = LABELLED_FIELD if labelled else FIELD
    for item in items:
        if not isinstance(item, Para):
            return None
        m = field.match(item.text)
        if m and not MARKER.match(m.group("label")):
            label, value = m.group("label").strip(), m.group("value").strip()
            fields.append((label, value))
            rows.append([label, *PART_SEPARATOR.split(value)])
        elif _cells(item.text):
            rows.append(PART_SEPARATOR.split(LIST_MARKER.sub("", item.text, count=1).strip()))
        else:
            return None
    return (rows, fields) if len(fields) >= 2 or (fields and is_department_label(fields[0][0])) else None


def table_start(items: list[Para | Grid]) -> int | None:
    """Where a list's table starts when prose items come first: the first field that names a
    department (`- 담당 부서: …`; a dashed paragraph of the body, also a list item, may stand right
    before the contact list and join its list)."""
    for k, item in enumerate(items):
        m = FIELD.match(item.text) if isinstance(item, Para) else None
        if m and not MARKER.match(m.group("label")) and is_department_label(m.group("label")):
            return k
    return None


def _cells(text: str) -> bool:
    """An item that may stand in a list of fields: short, or a name without a sentence's punctuation."""
    return len(text) <= MAX_LIST_CELLS or (len(text) <= MAX_LIST_NAME and not PROSE.search(text.rstrip()))


def is_department_label(text: str) -> bool:
    """A paragraph that is a department label alone (`담당부서`, `담당 부서`, `문의`, `담당 기관`), as a
    heading over the contact table often is."""
    key = "".join(text.split()).strip("<>[]()【】:：")
    return key in DEPARTMENT_LABELS or (key.startswith("담당") and len(key) <= MAX_LABEL and key.isalpha())


def cells_under_labels(items: list[Para | Grid]) -> list[Para | Grid]:
    """``items`` with each department label that short paragraphs follow, one cell each (`담당 부서`
    / `정책기획관` / `책임자` / `과 장` / `최영범` / `(044-202-7026)`: a contact table a converter
    wrote one cell per line), made one table row of the label and those cells up to the last that
    holds a phone or an e-mail address; the contact table's reader takes a row of any length."""
    out: list[Para | Grid] = []
    i = 0
    while i < len(items):
        item = items[i]
        end = i + 1
        if isinstance(item, Para) and is_department_label(item.text):
            while end < len(items) and end - i <= MAX_ROW_CELLS and _one_cell(items[end]):
                end += 1
        run = items[i:end]
        phones = [k for k, p in enumerate(run) if k and PHONE_OR_EMAIL.search(p.text)]
        if phones and phones[-1] >= 2:  # the row ends with its last phone; what follows is read as before
            end = i + phones[-1] + 1
            run = run[:phones[-1] + 1]
            out.append(Grid(tuple(Cell(p.text, 0, c, hints=Hints(source_lines=p.hints.source_lines))
                                  for c, p in enumerate(run))))
        else:
            out.extend(run)
        i = end
    return out


def _one_cell(item: Para | Grid) -> bool:
    """A paragraph that may be one cell of a table: short, no heading, no list item, no sentence."""
    return (isinstance(item, Para) and item.hints.heading is None and len(item.text) <= MAX_LIST_CELLS
            and not LIST_MARKER.match(item.text) and not SENTENCE_END.search(item.text))


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
