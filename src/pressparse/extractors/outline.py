"""The body outline: one node per paragraph, nested by marker level (□ > ㅇ > - > *)."""
from __future__ import annotations

import re

from ..document import Document, Line, Regions
from ..korean.markers import MARKER, NUMBERED_LEVELS, OUTLINE_LEVELS, is_chrome
from ..models import OutlineNode, Release
from ..options import Options

#: how deep a wrapped line must be indented to continue the paragraph above it
CONTINUATION_INDENT = 3
#: endings after which a line is a finished paragraph, not one that wraps
FINISHED = (".", "?", "!", "다", "”", "\"", ":", ")", "】", ">")
#: symbol markers that, standing between spaces later in a line opened by the same marker, open
#: another item run onto it (`□ 모집 대상 : … □ 모집 기간 : …` in a flattened rendering); not the
#: dashes and dots, which also join words (민-관, 서안ㆍ중경). A note (※) after a sentence's full
#: stop opens one too (`□ … 제출할 계획입니다. ※ 자세한 내용은 …`)
RUN_ON_MARKERS = frozenset("□■◇◆▣○ㅇ◦●▶▷※•▪*")


def extract(doc: Document, record: Release, options: Options, regions: Regions) -> None:
    """Fill ``record.body`` from the lines after the title block (``regions``)."""
    roots: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    previous: tuple[Line, OutlineNode] | None = None
    for line in (item for ln in regions.body_lines(doc) for item in _run_on_items(ln)):
        if line.is_blank or line.is_table_row or is_chrome(line.text):
            previous = None if not line.is_blank else previous
            continue
        if previous and _continues(previous[0], previous[1], line):
            _extend(previous[1], line)
            previous = (line, previous[1])
            continue
        node = _node(line)
        while stack and stack[-1].level >= node.level:
            stack.pop()
        (stack[-1].children if stack and node.level else roots).append(node)
        if node.level:
            stack.append(node)
        else:
            stack.clear()
        previous = (line, node)
    record.body = roots


def marker_level(marker: str) -> int:
    """The nesting level of a marker: □ 1, ㅇ 2, - 3, * 4; numbered ones by their shape."""
    if marker in OUTLINE_LEVELS:
        return OUTLINE_LEVELS[marker]
    for pattern, level in NUMBERED_LEVELS:
        if pattern.match(marker):
            return level
    return 1


def _run_on_items(line: Line) -> list[Line]:
    """``line``, or one line per item when items with its marker, or a note, were run onto it."""
    m = MARKER.match(line.text)
    if not m or m["marker"] not in RUN_ON_MARKERS or line.is_table_row:
        return [line]
    cuts = [0] + [k.start() + 1 for k in re.finditer(rf"\s{re.escape(m['marker'])}(?=\s)|(?<=\.)\s※(?=\s)", line.text)
                  if k.start() >= m.end()]
    if len(cuts) == 1:
        return [line]
    ends = cuts[1:] + [len(line.text)]
    return [Line(line.index, line.start + a, line.start + b, line.text[a:b].rstrip()) for a, b in zip(cuts, ends)]


def _node(line: Line) -> OutlineNode:
    m = MARKER.match(line.text)
    marker = m.group("marker") if m else None
    body_at = m.end() if m else len(line.text) - len(line.text.lstrip())
    text = line.text[body_at:].rstrip()
    start = line.start + body_at
    return OutlineNode(marker=marker, level=marker_level(marker) if marker else 0, text=text,
                       span=(start, start + len(text)))


def _continues(prev_line: Line, prev: OutlineNode, line: Line) -> bool:
    """A wrapped line: unmarked, after a paragraph that did not finish, and indented under a
    marked paragraph or back at the margin under an unmarked one whose first line was indented."""
    indent = len(line.text) - len(line.text.lstrip())
    if MARKER.match(line.text) or prev_line.text.rstrip().endswith(FINISHED):
        return False
    if prev.marker is not None:
        return indent >= CONTINUATION_INDENT
    return indent == 0 < len(prev_line.text) - len(prev_line.text.lstrip())


def _extend(node: OutlineNode, line: Line) -> None:
    node.text = f"{node.text} {line.stripped}"
    node.span = (node.span[0], line.start + len(line.text.rstrip()))
