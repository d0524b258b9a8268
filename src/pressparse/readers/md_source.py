r"""Where Markdown's blocks stand in the source, and the raw HTML blocks that never end.

markdown-it gives each block the lines it was read from; :func:`with_offsets` adds the
characters those lines span, so that every paragraph and cell can be found in the text the user
gave (markdown-it counts `\r\n` and `\r` as one line break, as :data:`LINE_BREAK` does). In
CommonMark a comment, `<script>`, `<pre>` … block runs to its end marker, and to the end of the
text when the marker is missing: :func:`unclosed` tells such a block, whose rest the reader
reads again (its lines moved into place by :func:`shifted`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..blocks import Cell, Grid, Hints, Para

#: a raw HTML block that runs to its end marker, and to the end of the text when the marker is
#: missing (CommonMark's kinds 1 to 5): `<script>`, `<pre>`, `<style>`, `<textarea>`, a comment,
#: a processing instruction, a declaration, CDATA; and the end markers of the last four
RUNS_TO_END = re.compile(r"^ {0,3}+(?:<(?P<tag>script|pre|style|textarea)(?![^\s>])"
                         r"|(?P<other><!--|<\?|<!\[CDATA\[|<![A-Za-z]))", re.I)
END_MARKERS = {"<!--": "-->", "<?": "?>", "<![CDATA[": "]]>"}
KIND_NAMES = {"<!--": "comment", "<?": "processing instruction", "<![CDATA[": "CDATA section"}
#: a line break as markdown-it counts lines (it reads `\r\n` and `\r` as `\n`)
LINE_BREAK = re.compile(r"\r\n?+|\n")


def with_offsets(items: list[Para | Grid], text: str) -> list[Para | Grid]:
    """The items with the characters of ``text`` their source lines span (``source_span``): one
    pass over the text for where its lines start, one look-up per distinct hints (the cells of a
    row share theirs)."""
    starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    last = len(starts) - 1
    starts.append(len(text))
    done: dict[int, Hints] = {}

    def placed(hints: Hints) -> Hints:
        if hints.source_lines is None:
            return hints
        found = done.get(id(hints))
        if found is None:
            first, end = hints.source_lines
            found = done[id(hints)] = replace(hints, source_span=(starts[min(first, last)], starts[min(end, last + 1)]))
        return found

    out: list[Para | Grid] = []
    for item in items:
        if isinstance(item, Para):
            out.append(Para(item.text, placed(item.hints)))
        else:
            out.append(Grid(tuple(Cell(c.text, c.row, c.col, c.rowspan, c.colspan, placed(c.hints)) for c in item.cells)))
    return out


def unclosed(content: str) -> str | None:
    """What raw HTML block ``content`` opens (`<!--`, `<script` …) when its end marker is missing."""
    m = RUNS_TO_END.match(content)
    if not m:
        return None
    if m.group("tag"):
        tag = m.group("tag").lower()
        return None if f"</{tag}>" in content.lower() else f"<{tag}>"
    opener = m.group("other")
    return None if END_MARKERS.get(opener, ">") in content[m.end():] else KIND_NAMES.get(opener, "declaration")


def shifted(item: Para | Grid, by: int) -> Para | Grid:
    """``item`` with its source lines moved ``by`` lines down."""
    def moved(hints: Hints) -> Hints:
        lines = hints.source_lines
        return replace(hints, source_lines=(lines[0] + by, lines[1] + by)) if lines else hints
    if isinstance(item, Para):
        return replace(item, hints=moved(item.hints))
    return Grid(tuple(replace(c, hints=moved(c.hints)) for c in item.cells))
