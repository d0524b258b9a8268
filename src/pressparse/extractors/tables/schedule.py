"""Reading a table as a schedule: one row per programme item with its clock times.

A table is a schedule when most of its rows open with a clock time. Rows without one are
the header (column names), day rows (`1일차`, `1. 30.(월)`) and group rows spanning the
table (`< 프로그램 1 >`), which label the rows below them and are kept in
``Table.label_rows``; a row whose first cell is empty continues the row above.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Cell
from ...korean.schedule_words import (
    DAY_LABEL,
    DURATION_COLUMNS,
    GROUP_LABEL,
    HEADER_KEYS,
    HEADER_WORDS,
    ITEM_BULLETS,
    NIL_CELLS,
    NOTE_COLUMNS,
    squeeze,
)
from ...korean.markers import SEQUENCE_NUMBER
from ...models import Table, TableRow
from .blocks import RawRow, RawTable
from .cells import join_cells
from .labels import column_name
from .times import minutes_between, read_duration, read_slot

#: a schedule has at least this many timed rows
MIN_TIMED_ROWS = 2
#: the time cell is among the first cells of a row (after a day or group column)
TIME_CELL_REACH = 3
#: the longest cell read as a column name or a row label before the time cell
LABEL_MAX = 20


@dataclass
class _Entry:
    """A timed row being assembled: its cells, where its time cell is, its day and group."""

    cells: list[Cell]
    at: int
    date: str | None
    group: str | None
    #: the cell before the time when the item stands there (`개회식⇥10:00~10:10⇥장관`)
    label: str | None = None


@dataclass
class _Reading:
    """What the rows read so far say about the rows below: header, day, group."""

    header: list[str] = field(default_factory=list)
    date: str | None = None
    group: str | None = None
    entries: list[_Entry] = field(default_factory=list)
    labels: list[TableRow] = field(default_factory=list)


def time_cell_index(cells: list[Cell]) -> int | None:
    """Index of the time cell of a row, or None when the row opens with no clock time."""
    for k, cell in enumerate(cells[:TIME_CELL_REACH]):
        if not cell.text:
            continue
        if read_slot(cell.text):
            return k
        if squeeze(cell.text) in HEADER_KEYS:
            return None  # `보도일시⇥5. 20.(월) 12:00`: the release header, not a programme
        if not (DAY_LABEL.match(cell.text) or (k == 0 and len(cell.text) <= LABEL_MAX)):
            return None
    return None


def read_schedule(raw: RawTable) -> Table | None:
    """``raw`` as a schedule table, or None when its rows are not timed."""
    timed = sum(time_cell_index(r.cells) is not None for r in raw.rows)
    if timed < MIN_TIMED_ROWS or 2 * timed < len(raw.rows) - 1:
        return None
    state = _Reading(date=day_of_caption(raw.caption))
    for row in raw.rows:
        at = time_cell_index(row.cells)
        if at is not None:
            state.entries.append(_timed_entry(row, at, state))
        elif not state.entries and (looks_like_header(row) or (state.header and not row.cells[0].text)):
            state.header = _extend_header(state.header, row.texts)
        elif state.entries and not row.cells[0].text:
            _continue_entry(state.entries[-1], row)
        else:
            state.labels.append(_label_row(row, state))
    columns = [column_name(text) for text in state.header if text]
    duration_at = duration_column(state.header, state.entries)
    rows = [_table_row(e, duration_at) for e in state.entries]
    return Table(kind="schedule", caption=raw.caption, columns=columns, rows=rows, label_rows=state.labels,
                 span=raw.span)


def duration_column(header: list[str], entries: list[_Entry]) -> int | None:
    """The column of the rows' durations, by its name (`소요`, `시간(분)`) or by what it holds
    down the rows (a duration in every timed row that fills it: `‘15`, `20'`, `(20분)`)."""
    width = {len(e.cells) for e in entries}
    if len(width) != 1:
        return None
    at = min(e.at for e in entries)
    for k in range(at + 1, width.pop()):
        named = k < len(header) and squeeze(header[k]) in DURATION_COLUMNS
        values = [e.cells[k].text for e in entries if e.cells[k].text]
        if values and all(read_duration(v, bare=named) is not None for v in values):
            return k
    return None


def looks_like_header(row: RawRow) -> bool:
    """True for a row of column names: short cells, not a group or day label, a known name or no digits."""
    filled = [c.text for c in row.cells if c.text]
    if len(filled) < 2 or any(len(t) > LABEL_MAX or read_slot(t) for t in filled):
        return False
    if GROUP_LABEL.match(filled[0]) or DAY_LABEL.match(filled[0]):
        return False
    return any(squeeze(t) in HEADER_WORDS for t in filled) or not any(ch.isdigit() for t in filled for ch in t)


def group_label(text: str) -> str:
    """The label of a group row or cell: `< 프로그램 1 >` → `프로그램 1`."""
    match = GROUP_LABEL.match(text.strip())
    return _spaced(match["label"] if match else text)


def day_of_caption(caption: str | None) -> str | None:
    """The day a caption names (`1일차`, `1. 30.(월)`), for a schedule split into one table a day."""
    return _spaced(caption) if caption and DAY_LABEL.match(caption) else None


def strip_bullet(text: str) -> str:
    """A programme item without its leading bullet (`▶ [발표] …` → `[발표] …`)."""
    return ITEM_BULLETS.sub("", text.strip(), count=1).strip()


def _extend_header(header: list[str], texts: list[str]) -> list[str]:
    """The header with one more header row: joined cell by cell when they line up, else appended."""
    if len(header) == len(texts):
        return [" ".join(t for t in pair if t) for pair in zip(header, texts)]
    return header + texts


def _timed_entry(row: RawRow, at: int, state: _Reading) -> _Entry:
    """The entry of a row with a time cell; a day or group before the time carries on below."""
    label = None
    for cell in row.cells[:at]:
        if cell.text and DAY_LABEL.match(cell.text):
            state.date, state.group = _spaced(cell.text), None
        elif cell.text and not SEQUENCE_NUMBER.match(cell.text):  # ①, 1.: the row's number, no group
            label = cell.text
    if label and _has_item(row.cells, at, state.header):
        state.group, label = group_label(label), None
    return _Entry(list(row.cells), at, state.date, state.group, label)


def _label_row(row: RawRow, state: _Reading) -> TableRow:
    """A day row or a group row: it sets the day or the group of the rows below."""
    first = next(c.text for c in row.cells if c.text)
    if DAY_LABEL.match(first):
        state.date, state.group = _spaced(first), None
        return TableRow(date=state.date, cells=row.texts, span=row.span)
    state.group = group_label(first)
    return TableRow(group=state.group, date=state.date, cells=row.texts, span=row.span)


def _has_item(cells: list[Cell], at: int, header: list[str]) -> bool:
    """True when an item follows the time: text that is no duration and not under a note column."""
    aligned = len(header) == len(cells)
    rest = [read_slot(cells[at].text).rest] + [
        c.text for k, c in enumerate(cells[at + 1:], at + 1) if not (aligned and squeeze(header[k]) in NOTE_COLUMNS)
    ]
    return any(text and read_duration(text) is None for text in rest)


def _continue_entry(entry: _Entry, row: RawRow) -> None:
    """Join a continuation row to ``entry``: cell by cell when they line up, else to the item."""
    if len(row.cells) == len(entry.cells):
        entry.cells = [join_cells(a, b) for a, b in zip(entry.cells, row.cells)]
        return
    target = _item_index(entry)
    for cell in row.cells:
        if cell.text:
            entry.cells[target] = join_cells(entry.cells[target], cell)


def _item_index(entry: _Entry) -> int:
    """Index of the cell holding the programme item (after the time and duration cells)."""
    after = [k for k in range(entry.at + 1, len(entry.cells)) if entry.cells[k].text]
    if after and read_duration(entry.cells[after[0]].text) is not None:
        after = after[1:]
    return after[0] if after else entry.at


def _table_row(entry: _Entry, duration_at: int | None = None) -> TableRow:
    """The fields of one timed row: times, duration, item, note. A duration written in the row
    wins over the clock times' difference; where they disagree both are kept (see
    :func:`clashing_duration`)."""
    slot = read_slot(entry.cells[entry.at].text)
    written = None
    if duration_at is not None and duration_at < len(entry.cells):
        written = read_duration(entry.cells[duration_at].text, bare=True)
    pieces = ([slot.rest] if slot.rest else []) + [c.text for k, c in enumerate(entry.cells[entry.at + 1:], entry.at + 1)
                                                   if c.text and k != duration_at]
    first = read_duration(pieces[0]) if written is None and pieces else None
    if first is not None:
        written, pieces = first, pieces[1:]
    clock = minutes_between(slot.start, slot.end) if slot.end else None
    if entry.label:
        pieces = [entry.label] + pieces
    filled = [c for c in entry.cells if c.text]
    return TableRow(
        start=slot.start,
        end=slot.end,
        duration_minutes=written if written is not None else clock,
        date=slot.day or entry.date,
        content=_text_or_none(strip_bullet(pieces[0])) if pieces else None,
        note=_text_or_none(" ".join(p for p in pieces[1:] if p not in NIL_CELLS)),
        group=entry.group,
        cells=[c.text for c in entry.cells],
        span=(filled[0].start, filled[-1].end),
    )


def clashing_duration(row: TableRow) -> bool:
    """True when the row's written duration and its clock times disagree (`14:00~14:10⇥20'`)."""
    if not (row.start and row.end and row.duration_minutes is not None):
        return False
    return minutes_between(row.start, row.end) != row.duration_minutes


def _text_or_none(text: str) -> str | None:
    return None if not text or text in NIL_CELLS else text


def _spaced(text: str) -> str:
    return " ".join(text.split())
