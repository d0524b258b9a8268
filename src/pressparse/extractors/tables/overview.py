"""The event overview: key-value lines such as `- 일 시 : '23. 1. 30(월) 10:00 ~ 17:00`.

An overview is a run of key-value lines at one level (`- 일 시 : …`, `ㅇ (일시/장소): …`,
`□ 장  소: …`), each maybe followed by deeper lines that continue its value
(` - (기관) 기관장 …`). A key may also stand alone (`○참석자`) with its value on the deeper
lines below. The run is an overview when it has two keys or more and one says when or where.
Two-column tables of such keys (`일 시⇥…`) are overviews too.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Body, Line
from ...korean.schedule_words import (
    HEADER_KEYS,
    KEY_ALONE,
    KEY_BRACKETS,
    KEY_VALUE,
    LINE_MARKER,
    MARKER_RANKS,
    OVERVIEW_KEYS,
    WHEN_WHERE,
    squeeze,
)
from ...models import Table, TableRow
from .blocks import RawTable
from .labels import caption_before, unjustify

#: an overview has at least this many keys
MIN_KEYS = 2
#: lines longer than this are prose, never a key-value line
LINE_MAX = 1000
#: what a key-value line holds, one of them at least: a colon, or the bracket of a key (`(일시)`)
KEY_VALUE_MARKS = (":", "：", "(")
#: the most characters other than white space a line holding a known key alone has: a marker,
#: two brackets and the longest key
ALONE_MAX = 3 + max(map(len, OVERVIEW_KEYS))


@dataclass
class _Item:
    """One key with its value, and where its lines stand in the text."""

    key: str
    value: str
    start: int
    end: int


@dataclass
class _Block:
    """A run of items at one level: ``first`` is the index of its first line."""

    first: int
    indent: int
    rank: int
    items: list[_Item] = field(default_factory=list)


def find_overviews(doc: Body) -> list[Table]:
    """Every overview block of the body of ``doc`` as a Table of kind "overview"."""
    tables: list[Table] = []
    block: _Block | None = None
    after_blanks = _after_blanks(doc)
    for i in range(doc.body_start, len(doc.lines)):
        if block is not None and not doc.taken(i) and _extends(doc, block, i, after_blanks[i]):
            continue
        if block is not None and _is_overview(block):
            tables.append(_as_table(block, caption_before(doc, block.first)))
        head = None if doc.taken(i) else _head(doc.lines[i])
        block = _Block(i, *head) if head else None
    if block is not None and _is_overview(block):
        tables.append(_as_table(block, caption_before(doc, block.first)))
    return tables


def overview_of_table(raw: RawTable) -> Table | None:
    """A table of key and value cells (`일 시⇥'23. 1. 30.(월)`) as an overview, or None."""
    items = []
    for row in raw.rows:
        filled = [c for c in row.cells if c.text]
        key = unjustify(filled[0].text.strip(KEY_BRACKETS))
        if squeeze(key) in OVERVIEW_KEYS and len(filled) > 1:
            items.append(_Item(key, " ".join(c.text for c in filled[1:]), *row.span))
    block = _Block(0, 0, 0, items)
    if 2 * len(items) < len(raw.rows) or not _is_overview(block):
        return None
    return _as_table(block, raw.caption)


def as_dict(table: Table) -> dict[str, str]:
    """The keys and values of an overview table (a repeated key keeps its first value)."""
    out: dict[str, str] = {}
    for row in table.rows:
        out.setdefault(row.cells[0], row.cells[1])
    return out


def _head(line: Line) -> tuple[int, int, list[_Item]] | None:
    """(indent, rank, [item]) when ``line`` opens an item: a key with its value, or a known key alone."""
    if "\t" in line.text or len(line.text) > LINE_MAX:
        return None
    text = line.text  # the patterns tried only where a cheap test cannot refuse them
    match = KEY_VALUE.match(text) if any(mark in text for mark in KEY_VALUE_MARKS) else None
    if match and match["pkey"] and not match["pcolon"] and squeeze(match["pkey"]) not in OVERVIEW_KEYS:
        match = None
    if not match:
        if len(text) > ALONE_MAX and len(squeeze(text)) > ALONE_MAX:
            return None
        match = KEY_ALONE.match(text)
        if not match or squeeze(match["key"]) not in OVERVIEW_KEYS:
            return None
    groups = match.groupdict()
    key = unjustify(groups.get("pkey") or groups["key"])
    value = (groups.get("value") or "").strip()
    item = _Item(key, value, line.start + len(match["indent"]), line.end)
    return _indent(line), _rank(line), [item]


def _after_blanks(doc: Body) -> list[int | None]:
    """For each line, the index of the first non-blank line after it (None at the end)."""
    out: list[int | None] = [None] * len(doc.lines)
    following = None
    for i in range(len(doc.lines) - 1, -1, -1):
        out[i] = following
        if not doc.lines[i].is_blank:
            following = i
    return out


def _extends(doc: Body, block: _Block, i: int, nxt: int | None) -> bool:
    """Take line ``i`` into ``block`` (a new item or a continuation) and say so, or say it ends the block.

    A blank line is taken when the next non-blank line (``nxt``) opens another item.
    """
    line = doc.lines[i]
    if line.is_blank:
        return nxt is not None and not doc.taken(nxt) and _head(doc.lines[nxt]) is not None
    head = _head(line)
    deeper = _indent(line) > block.indent or (_indent(line) == block.indent and _rank(line) > block.rank)
    last = block.items[-1]
    if head is not None and deeper and not last.value and len(block.items) == 1:
        block.first, block.indent, block.rank, block.items = i, *head  # the lone key was a caption
        return True
    if head is not None and not deeper:
        block.items += head[2]
        return True
    if deeper and "\t" not in line.text:
        last.value = f"{last.value} {line.stripped}".strip()
        last.end = line.end
        return True
    return False


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def _rank(line: Line) -> int:
    """The rank of the line's marker (0 for none)."""
    match = LINE_MARKER.match(line.text)
    return MARKER_RANKS.get(match["marker"] or "", 0)


def _is_overview(block: _Block) -> bool:
    """Two keys or more, one saying when or where, none from the release header."""
    keys = [squeeze(item.key) for item in block.items]
    if len(keys) < MIN_KEYS or any(key in HEADER_KEYS for key in keys):
        return False
    return any(word in key for key in keys for word in WHEN_WHERE)


def _as_table(block: _Block, caption: str | None) -> Table:
    rows = [TableRow(cells=[item.key, " ".join(item.value.split())], span=(item.start, item.end))
            for item in block.items]
    span = (block.items[0].start, block.items[-1].end)
    return Table(kind="overview", caption=caption, columns=[], rows=rows, span=span)
