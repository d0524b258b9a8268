"""Markdown (CommonMark with pipe tables and front matter) read into paragraphs and table grids.

markdown-it-py parses the text; its block tokens become the document model the HWPX reader
yields: a heading is a paragraph with its level as a ``heading`` hint (a level-1 heading, the
document's title by Markdown's convention, also gets a type size above the body's; converters
guess the other levels from the page, so those stay body-sized), a list item a paragraph that
keeps its marker (`- 부제`, `1. …`, as the original wrote it), a list of `label: value` fields a
table (a header or contact table written as a list), a pipe table, a grid table (`+---+`,
:mod:`.md_grid`) or a raw HTML `<table>` a :class:`~pressparse.blocks.Grid` (spans kept, `<br>`
a line break in a cell), a one-cell table (a text box) its lines. Emphasis, escapes, link and
image syntax leave only their text, and a heading the block quote marker a converter left after
its `#` (`# > 제목`). Every paragraph and cell keeps the lines and the characters of the source it
was read from (:mod:`.md_source`). A soft line break joins the lines of a paragraph, except
before a line that opens with an outline marker (□, ○, ※ …) or a header label (`보도시점: …`),
which starts a paragraph of its own as it did in the original.

Work is bounded: markdown-it stops nesting at :data:`MAX_NESTING` levels (what lies deeper is
left out with a warning), the text is cut at ``max_chars`` before it is parsed, and the text an
unclosed comment or `<script>` took is read again at most :data:`MAX_REREADS` times.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from ..blocks import Cell, Grid, Hints, Para
from . import html_table
from .md_layout import (BODY_POINTS, box_or_grid, cells_under_labels, field_rows, is_department_label, split_at_markers,
                        table_start)
from .md_grid import grid_tables
from .md_source import LINE_BREAK, shifted, unclosed, with_offsets

#: how deep lists and block quotes are read; markdown-it leaves deeper content out
MAX_NESTING = 50
#: the type size given to the headings whose level sets them apart from the body (h1)
HEADING_POINTS = {1: 20.0}
#: an inline HTML line break
BR = re.compile(r"^<br\s*+/?>$", re.I)
#: a raw HTML block that holds a table
TABLE_TAG = re.compile(r"<table\b", re.I)
TABLE_END = re.compile(r"</table\s*+>", re.I)
#: block quote markers a converter wrote after a heading's `#` (`# > 제목`): markup, not text
#: how many times the text after an unclosed HTML block is read again (each time a shorter rest)
MAX_REREADS = 8
QUOTE_MARKERS = re.compile(r"^(?:>\s*+)++")


@dataclass
class Parsed:
    """What the reader found: the items, the front matter's raw text, problems on the way."""

    items: list[Para | Grid] = field(default_factory=list)
    front_matter: str | None = None
    #: the (label, value) items of the field lists, in order
    fields: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _parser(front_matter: bool = True) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    return md.use(front_matter_plugin) if front_matter else md


def read(text: str) -> Parsed:
    """The paragraphs and tables of Markdown ``text``, in reading order."""
    out = Parsed()
    _Walk(out).read(text, front_matter=True)
    out.items = with_offsets(cells_under_labels(out.items), text)
    return out


class _Walk:
    """One pass over markdown-it's block tokens, building :class:`Parsed`."""

    def __init__(self, out: Parsed) -> None:
        self.out = out
        #: the grid tables read from the source's lines, by their first line, not yet placed
        self.grids: deque[tuple[int, int, Grid]] = deque()
        #: the markers of the list items opened and not yet given to a paragraph
        self.marker: str | None = None
        self.heading: int | None = None
        self.table: _Table | None = None
        self.deepest = 0
        #: where the items of the outermost open list start, and its nesting level
        self.list_start: int | None = None
        self.list_level = 0
        #: whether that list stands right under a department label (`### 담당부서`)
        self.list_labelled = False
        #: the raw HTML blocks of a table not closed yet, the source lines they span, and how many
        #: more <table>s than </table>s they hold
        self.html: list[str] = []
        self.html_lines: tuple[int, int] | None = None
        self.html_open = 0
        #: how many more times the text an unclosed HTML block swallowed is read again
        self.rereads = MAX_REREADS

    def read(self, text: str, front_matter: bool) -> None:
        """Read ``text``: its grid tables from its lines (markdown-it sees blank lines there), the
        rest by markdown-it's tokens."""
        lines = LINE_BREAK.split(text)
        self.grids = deque(grid_tables(lines, _clean_cell))
        if self.grids:
            taken = {i for start, end, _ in self.grids for i in range(start, end)}
            text = "\n".join("" if i in taken else line for i, line in enumerate(lines))
        self.run(_parser(front_matter).parse(text))

    def run(self, tokens) -> None:
        for token in tokens:
            if self.grids and token.map and token.map[0] > self.grids[0][0]:
                self._place_grids(token.map[0])
            self.deepest = max(self.deepest, token.level)
            if self.html and token.type != "html_block":
                self._flush_html()
            getattr(self, "_" + token.type, self._other)(token)
        self._flush_html()
        self._place_grids(None)
        if self.deepest >= MAX_NESTING - 1:
            self.out.warnings.append(f"Markdown nested deeper than {MAX_NESTING} levels (lists, block quotes): "
                                     "what lies deeper was not read")

    def _place_grids(self, before: int | None) -> None:
        """The grid tables that start before line ``before`` (all for None), in their place."""
        while self.grids and (before is None or self.grids[0][0] < before):
            self.out.items.extend(box_or_grid(self.grids.popleft()[2]))

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
            items = self.out.items
            self.list_start = len(items)
            self.list_level = token.level
            self.list_labelled = bool(items) and isinstance(items[-1], Para) and is_department_label(items[-1].text)

    _ordered_list_open = _bullet_list_open

    def _bullet_list_close(self, token) -> None:
        if self.list_start is None or token.level != self.list_level:
            return
        start, self.list_start = self.list_start, None
        items = self.out.items[start:]
        table = field_rows(items, self.list_labelled)
        if table is None and (at := table_start(items)):  # prose items first, then the contact list
            start, items = start + at, items[at:]
            table = field_rows(items, self.list_labelled)
        if table:
            rows, pairs = table
            self.out.fields.extend(pairs)
            where = [Hints(source_lines=item.hints.source_lines) for item in items]
            cells = tuple(Cell(text, r, c, hints=where[r]) for r, row in enumerate(rows) for c, text in enumerate(row))
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
        if self.heading:
            text = QUOTE_MARKERS.sub("", text)
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
        opened = len(TABLE_TAG.findall(content)) - len(TABLE_END.findall(content))
        if self.html:  # a table a blank line interrupted goes on
            self.html.append(content)
            self.html_lines = (self.html_lines[0], _lines_of(token)[1])
        elif TABLE_TAG.search(content):
            self.html, self.html_lines, self.html_open = [content], _lines_of(token), 0
        elif token.level == 0 and (kind := unclosed(content)):
            self._reread(token, kind)
            return
        else:
            self._lines(html_table.text_of(content), token)
            return
        self.html_open += opened
        if self.html_open <= 0:
            self._flush_html()

    def _reread(self, token, kind: str) -> None:
        """An HTML block never closed took the rest of the text: its first line is read as HTML and
        the lines after it as Markdown again (up to :data:`MAX_REREADS` times in all; what a block
        past that takes is left out)."""
        self.out.warnings.append(f"unclosed HTML {kind} in the Markdown: the text after it read on")
        first, _, rest = token.content.partition("\n")
        self._lines(html_table.text_of(first), token)
        if self.rereads <= 0 or not token.map:
            return
        sub = Parsed()
        walk = _Walk(sub)
        walk.rereads = self.rereads - 1
        walk.read(rest, front_matter=False)
        self.out.items.extend(shifted(item, token.map[0] + 1) for item in sub.items)
        self.out.fields.extend(sub.fields)
        self.out.warnings.extend(w for w in sub.warnings if w not in self.out.warnings)
        self.rereads = walk.rereads

    def _flush_html(self) -> None:
        """The grids of the HTML table read so far, and the text around them (unclosed: as far
        as it goes, with a warning)."""
        if not self.html:
            return
        content, self.html = "\n".join(self.html), []
        if self.html_open > 0:
            self.out.warnings.append("unclosed HTML table in the Markdown: read as far as it goes")
        hints = Hints(points=BODY_POINTS, source_lines=self.html_lines)
        for piece in html_table.pieces(content, Hints(source_lines=self.html_lines)):
            if isinstance(piece, str):  # the text around the tables of the block
                self.out.items.extend(Para(line.strip(), hints) for line in piece.split("\n") if line.strip())
            else:
                self.out.items.extend(box_or_grid(piece))

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
        return box_or_grid(Grid(tuple(self.cells)))


def _clean_cell(text: str) -> str:
    """The text of a grid table's cell with its inline markup removed."""
    return inline_text(_inline_parser().parseInline(text)[0]) if text else ""


@lru_cache(maxsize=1)
def _inline_parser() -> MarkdownIt:
    """The parser of grid tables' cells, built once, when a grid table is first read."""
    return _parser(front_matter=False)


def _lines_of(token) -> tuple[int, int] | None:
    return (token.map[0], token.map[1]) if token.map else None


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
