"""How one line of converted text splits into table cells.

Converted HWP and HTML text separates cells with tabs; markdown-style text with pipes
(`시간 | 주요 내용 | 비고`); PDF and web text sometimes writes a schedule row as a line that
opens with a clock-time range (`10:00~10:05  개회`), its cells apart by two or more spaces.
"""
from __future__ import annotations

import re

from ...document import Cell, Line
from ...korean.schedule_words import ATTACHMENT_LABEL, RULE_CHARS, RULE_STROKES, TIME_CELL, TIME_LED_LINE

#: a markdown-style row holds at least this many pipes (`시간 | 주요 내용 | 비고`, `| a | b |`)
MIN_PIPES = 2
#: the fewest strokes that draw a rule line
MIN_STROKES = 3
#: the cell separator of a pipe row
PIPE = re.compile(r"\|")
#: the gap between the cells of a row written with spaces
WIDE_GAP = re.compile(r"\s{2,}")
#: what separates the cells of a time-led line: a wide gap or a pipe (`14:00~14:10 | 개회`)
CELL_GAP = re.compile(r"(?<!\s)\s{2,}|(?<!\s)\s*\|\s*|^\s*\|\s*")


def line_cells(line: Line) -> list[Cell] | None:
    """The cells of ``line`` when it is a table row (tabs, pipes or a time-led line), else None."""
    if "\t" in line.text:
        return line.cells
    if line.text.count("|") >= MIN_PIPES and not is_rule(line):
        return _pipe_cells(line)
    match = TIME_LED_LINE.match(line.text)
    if match:
        time_group, rest_group = ("time", "rest") if match["time"] else ("clock", "after")
        time = Cell(match[time_group], line.start + match.start(time_group), line.start + match.end(time_group))
        rest = line.start + match.start(rest_group)
        return [time] + _split_text(line.text[match.start(rest_group):], rest, CELL_GAP)
    return None


def is_rule(line: Line) -> bool:
    """True for a rule line drawn under a header (`-----⇥-----`, `|---|---|`)."""
    text = line.text.strip()
    if text[:1] not in RULE_CHARS:  # most lines: their first character already says no
        return False
    return set(text) <= RULE_CHARS and sum(ch in RULE_STROKES for ch in text) >= MIN_STROKES


def is_time_led(line: Line) -> bool:
    """True when ``line`` is a schedule row written without tabs."""
    return "\t" not in line.text and bool(TIME_LED_LINE.match(line.text))


def is_attachment_row(cells: list[Cell]) -> bool:
    """True for an attachment title row (`붙임2⇥⇥고용노동부 장관 인사말씀`)."""
    filled = [c for c in cells if c.text]
    return bool(filled) and bool(ATTACHMENT_LABEL.match(filled[0].text))


def opens_row(cells: list[Cell]) -> bool:
    """True when the first filled cell starts with a clock time: a new schedule row."""
    filled = [c for c in cells if c.text]
    return bool(filled) and bool(TIME_CELL.match(filled[0].text))


def merge_cells(row: list[Cell], more: list[Cell]) -> list[Cell]:
    """``row`` continued by the cells of its next line: the first one joins the last cell."""
    if not row:
        return list(more)
    if not more:
        return list(row)
    return row[:-1] + [join_cells(row[-1], more[0])] + more[1:]


def join_cells(first: Cell, second: Cell) -> Cell:
    """One cell holding the text of both, apart by a space."""
    if not second.text:
        return first
    if not first.text:
        return second
    return Cell(f"{first.text} {second.text}", first.start, second.end)


def _pipe_cells(line: Line) -> list[Cell]:
    """The cells of a pipe row, without the empty ones outside its edge pipes (`| a | b |`)."""
    cells = _split_text(line.text, line.start, PIPE, keep_empty=True)
    if line.text.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and line.text.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _split_text(text: str, offset: int, separator: re.Pattern, *, keep_empty: bool = False) -> list[Cell]:
    """``text`` (at ``offset`` in the document) cut at ``separator``, each cell stripped."""
    cells, pos = [], 0
    for gap in [*separator.finditer(text), None]:
        end = gap.start() if gap else len(text)
        raw = text[pos:end]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        if stripped or keep_empty:
            cells.append(Cell(stripped, offset + pos + lead, offset + pos + lead + len(stripped)))
        pos = gap.end() if gap else len(text)
    return cells
