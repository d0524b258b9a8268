"""Markdown (CommonMark with pipe tables and front matter) read into paragraphs and table grids.

markdown-it-py parses the text; its block tokens become the document model the HWPX reader
yields: a heading is a paragraph with its level as a ``heading`` hint (a level-1 heading, the
document's title by Markdown's convention, also gets a type size above the body's; converters
guess the other levels from the page, so those stay body-sized), a list item a paragraph that
keeps its marker (`- 부제`, `1. …`, as the original wrote it), a list of `label: value` fields a
table (a header or contact table written as a list), a pipe table or a raw HTML `<table>` a
:class:`~pressparse.blocks.Grid` (spans kept, `<br>` a line break in a cell), a one-cell
table (a text box) its lines. Emphasis, escapes, link and image syntax leave only their text.
A soft line break joins the lines of a paragraph, except before a line that opens with an
outline marker (□, ○, ※ …) or a header label (`보도시점: …`), which starts a paragraph of its
own as it did in the original.

Work is bounded: markdown-it stops nesting at :data:`MAX_NESTING` levels (what lies deeper is
left out with a warning), and the text is cut at ``max_chars`` before it is parsed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from ..blocks import Cell, Grid, Hints, Para
from ..korean.header_words import DEPARTMENT_LABELS, DISTRIBUTION_LABELS, RELEASE_LABELS
from ..korean.markers import MARKER
from . import html_table

#: how deep lists and block quotes are read; markdown-it leaves deeper content out
MAX_NESTING = 50
#: the type size given to body paragraphs, and to the headings whose level sets them apart (h1)
BODY_POINTS = 10.0
HEADING_POINTS = {1: 20.0}
#: an inline HTML line break
BR = re.compile(r"^<br\s*+/?>$", re.I)
#: a raw HTML block that holds a table
TABLE_TAG = re.compile(r"<table\b", re.I)
TABLE_END = re.compile(r"</table\s*+>", re.I)
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


@dataclass
class Parsed:
    """What the reader found: the items, the front matter's raw text, problems on the way."""

    items: list[Para | Grid] = field(default_factory=list)
    front_matter: str | None = None
    #: the (label, value) items of the field lists, in order
    fields: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    return md.use(front_matter_plugin)


def read(text: str) -> Parsed:
    """The paragraphs and tables of Markdown ``text``, in reading order."""
    tokens = _parser().parse(text)
    out = Parsed()
    _Walk(out).run(tokens)
    return out


class _Walk:
    """One pass over markdown-it's block tokens, building :class:`Parsed`."""

    def __init__(self, out: Parsed) -> None:
        self.out = out
        #: the markers of the list items opened and not yet given to a paragraph
        self.marker: str | None = None
        self.heading: int | None = None
        self.table: _Table | None = None
        self.deepest = 0
        #: where the items of the outermost open list start
        self.list_start: int | None = None

    def run(self, tokens) -> None:
        for token in tokens:
            self.deepest = max(self.deepest, token.level)
            getattr(self, "_" + token.type, self._other)(token)
        if self.deepest >= MAX_NESTING - 1:
            self.out.warnings.append(f"Markdown nested deeper than {MAX_NESTING} levels (lists, block quotes): "
                                     "what lies deeper was not read")

    def _other(self, token) -> None:
        if self.table is not None:
            self.table.take(token)

    def _front_matter(self, token) -> None:
        self.out.front_matter = token.content

    def _heading_open(self, token) -> None:
        self.heading = int(token.tag[1:]) if token.tag[1:].isdigit() else 1

    def _heading_close(self, token) -> None:
        self.heading = None

    def _list_item_open(self, token) -> None:
        marker = f"{token.info}{token.markup}" if token.info else token.markup
        # an item that opens with another list (`- 4. 13.~5. 4. 공모`) keeps both markers
        self.marker = f"{self.marker} {marker}" if self.marker else marker

    def _bullet_list_open(self, token) -> None:
        if self.list_start is None:
            self.list_start = len(self.out.items)
            self.list_level = token.level

    _ordered_list_open = _bullet_list_open

    def _bullet_list_close(self, token) -> None:
        if self.list_start is None or token.level != self.list_level:
            return
        start, self.list_start = self.list_start, None
        rows = field_rows(self.out.items[start:])
        if rows:
            self.out.fields.extend((row[0], " / ".join(row[1:])) for row in rows if len(row) > 1)
            cells = tuple(Cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row))
            self.out.items[start:] = [Grid(cells)]

    _ordered_list_close = _bullet_list_close

    def _table_open(self, token) -> None:
        self.table = _Table()

    def _table_close(self, token) -> None:
        if self.table is not None:
            self.out.items.extend(self.table.items())
        self.table = None

    def _inline(self, token) -> None:
        if self.table is not None:
            self.table.take(token)
            return
        text = inline_text(token)
        if self.marker:
            text = f"{self.marker} {text}"
            self.marker = None
        level = self.heading
        hints = Hints(points=HEADING_POINTS.get(level or 0, BODY_POINTS), heading=level, source_lines=_lines_of(token))
        self.out.items.extend(Para(part, hints) for part in split_at_markers(text))

    def _fence(self, token) -> None:
        self._lines(token.content, token)

    _code_block = _fence

    def _html_block(self, token) -> None:
        content = token.content
        if TABLE_TAG.search(content):
            if len(TABLE_TAG.findall(content)) > len(TABLE_END.findall(content)):
                self.out.warnings.append("unclosed HTML table in the Markdown: read as far as it goes")
            hints = Hints(source_lines=_lines_of(token))
            for grid in html_table.tables(content, hints):
                self.out.items.extend(_box_or_grid(grid))
        else:
            self._lines(html_table.text_of(content), token)

    def _lines(self, text: str, token) -> None:
        hints = Hints(points=BODY_POINTS, source_lines=_lines_of(token))
        self.out.items.extend(Para(line, hints) for line in text.split("\n") if line.strip())


class _Table:
    """The cells of one pipe table as its tokens arrive."""

    def __init__(self) -> None:
        self.cells: list[Cell] = []
        self.row = -1
        self.col = 0
        self.hints = Hints()

    def take(self, token) -> None:
        if token.type == "tr_open":
            self.row += 1
            self.col = 0
            self.hints = Hints(source_lines=_lines_of(token))
        elif token.type == "inline":
            self.cells.append(Cell(inline_text(token), self.row, self.col, hints=self.hints))
            self.col += 1

    def items(self) -> list[Para | Grid]:
        return _box_or_grid(Grid(tuple(self.cells)))


def field_rows(items: list[Para | Grid]) -> list[list[str]] | None:
    """The rows of a list that is a table written as a list: two items or more are fields
    (`label: value`), any other item is short (a cell or a few); each row is the label and the
    parts of the value (`정책기획관 / 책임자 과장 최영범 / (044-202-7026)`). None for any other list."""
    rows, fields = [], 0
    for item in items:
        if not isinstance(item, Para):
            return None
        m = FIELD.match(item.text)
        if m:
            fields += 1
            rows.append([m.group("label").strip(), *PART_SEPARATOR.split(m.group("value").strip())])
        elif len(item.text) <= MAX_LIST_CELLS:
            rows.append(PART_SEPARATOR.split(LIST_MARKER.sub("", item.text, count=1).strip()))
        else:
            return None
    return rows if fields >= 2 else None


def _lines_of(token) -> tuple[int, int] | None:
    return (token.map[0], token.map[1]) if token.map else None


def _box_or_grid(grid: Grid) -> list[Para | Grid]:
    """A table of one filled cell is a text box: its lines as paragraphs (as the HWPX reader
    gives a one-cell table); any other table stays a grid."""
    filled = [c for c in grid.cells if c.text.strip()]
    if len(filled) != 1:
        return [grid] if filled else []
    hints = Hints(points=BODY_POINTS, source_lines=filled[0].hints.source_lines)
    return [Para(line.strip(), hints) for line in filled[0].text.split("\n") if line.strip()]


def inline_text(token) -> str:
    """The text of an inline token: markup dropped, `<br>` and line breaks as newlines."""
    parts: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "html_inline" and BR.match(child.content.strip()):
            parts.append("\n")
    return "".join(parts)


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
