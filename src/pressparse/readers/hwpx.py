"""HWPX (OWPML, a zip of XML) read with zipfile and lxml.

Each top-level paragraph (`hp:p`) becomes a line; a table (`hp:tbl`) becomes one line per row
with its cells separated by tabs, the same layout the text reader sees in converted HWP text.
Cells are placed by their `hp:cellAddr`, so a cell covered by a rowspan stays an empty cell,
as in the text conversions. Encrypted (배포용) packages are refused with a clear error.
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from .bounded import CHUNK, read_member

#: the OWPML paragraph namespace
HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
#: the body sections, in order
SECTION = re.compile(r"^Contents/section(\d+)\.xml$")
#: the most XML pressparse inflates from one package by default (a guard against zip bombs)
MAX_SECTION_BYTES = 64 * 1024 * 1024
#: elements inside `hp:t` and what they stand for in the text
INLINE = {f"{{{HP}}}tab": " ", f"{{{HP}}}lineBreak": " ", f"{{{HP}}}fwSpace": " ", f"{{{HP}}}nbSpace": " ",
          f"{{{HP}}}hyphen": "-"}


class HwpxError(ValueError):
    """An HWPX package that cannot be read; the message says why."""


def to_text(data: bytes, *, max_bytes: int = MAX_SECTION_BYTES, max_chars: int | None = None) -> tuple[str, list[str]]:
    """The text of an HWPX package (paragraphs as lines, tables as tab-separated rows) and the
    errors met on the way.

    Sections are inflated in chunks and parsed as a stream, one top-level paragraph at a time,
    so memory stays bounded: reading stops once ``max_bytes`` of XML have been inflated
    (an error says so, the text read so far is kept) or ``max_chars`` of text are read.
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise HwpxError(f"not a readable HWPX package ({exc})") from exc
    with package:
        names = package.namelist()
        if "META-INF/manifest.xml" in names and b"encryption-data" in read_member(package, "META-INF/manifest.xml", max_bytes):
            raise HwpxError("encrypted (배포용) HWPX: the package is password-protected")
        sections = sorted((int(m.group(1)), n) for n in names if (m := SECTION.match(n)))
        if not sections:
            raise HwpxError("no Contents/section*.xml in the package")
        reader = _SectionReader(max_bytes, max_chars)
        for _, name in sections:
            if reader.full():
                break
            with package.open(name) as stream:
                reader.read(stream, name)
    return "\n".join(reader.lines), reader.errors


class _SectionReader:
    """Top-level paragraphs of section XML streams, within a budget of bytes and characters."""

    def __init__(self, max_bytes: int, max_chars: int | None):
        self.lines: list[str] = []
        self.errors: list[str] = []
        self.max_bytes = max_bytes
        self.bytes_left = max_bytes
        self.chars_left = max_chars if max_chars is not None else float("inf")

    def full(self) -> bool:
        return self.bytes_left < 0 or self.chars_left < 0

    def read(self, stream, name: str) -> None:
        """Parse one section stream until it ends or a budget runs out."""
        parser = etree.XMLPullParser(events=("start", "end"), resolve_entities=False, no_network=True,
                                     remove_comments=True)
        depth = 0
        while not self.full():
            chunk = stream.read(CHUNK)
            if not chunk:
                parser.close()
                return
            self.bytes_left -= len(chunk)
            if self.bytes_left < 0:
                self.errors.append(f"input too large: the package unpacks to more than {self.max_bytes:,} "
                                   f"bytes of XML (max_bytes); the rest from {name} on was not read")
                return
            parser.feed(chunk)
            depth = self._take(parser, depth)

    def _take(self, parser, depth: int) -> int:
        """Handle the events parsed so far: every finished top-level paragraph becomes lines."""
        for event, elem in parser.read_events():
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth != 1:
                continue
            if elem.tag == f"{{{HP}}}p" and self.chars_left >= 0:
                before = len(self.lines)
                _paragraph(elem, self.lines)
                self.chars_left -= sum(len(line) + 1 for line in self.lines[before:])
            parent = elem.getparent()
            elem.clear()
            if parent is not None:
                parent.remove(elem)  # only the paragraph being parsed stays in memory
        return depth


def _paragraph(para, lines: list[str]) -> None:
    """Append the lines of one paragraph; a table inside it breaks it into rows."""
    text: list[str] = []
    for run in para.iterchildren(f"{{{HP}}}run"):
        for child in run:
            if child.tag == f"{{{HP}}}t":
                text.append(_t_text(child))
            elif child.tag == f"{{{HP}}}tbl":
                _flush(text, lines)
                lines.extend(_table_rows(child))
    _flush(text, lines)


def _flush(text: list[str], lines: list[str]) -> None:
    joined = "".join(text)
    if joined.strip():
        lines.append(joined.rstrip())
    text.clear()


def _t_text(t) -> str:
    parts = [t.text or ""]
    for child in t:
        parts.append(INLINE.get(child.tag, ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _cell_text(tc) -> str:
    """A cell's paragraphs (and nested tables) on one line, white space folded."""
    words: list[str] = []
    for para in tc.iter(f"{{{HP}}}p"):
        for t in para.iterchildren(f"{{{HP}}}run"):
            for child in t.iterchildren(f"{{{HP}}}t"):
                words.append(_t_text(child))
        words.append(" ")
    return " ".join("".join(words).split())


def _box_lines(tc) -> list[str]:
    lines: list[str] = []
    sub = tc.find(f"{{{HP}}}subList")
    for para in (sub if sub is not None else tc).iterchildren(f"{{{HP}}}p"):
        _paragraph(para, lines)
    return lines


def _table_rows(tbl) -> list[str]:
    """One tab-separated line per row; a one-cell table (a text box) gives its paragraphs."""
    cells = tbl.findall(f"{{{HP}}}tr/{{{HP}}}tc")
    if len(cells) == 1:
        return _box_lines(cells[0])
    grid: dict[tuple[int, int], str] = {}
    width = 0
    for r, tr in enumerate(tbl.iterchildren(f"{{{HP}}}tr")):
        for c, tc in enumerate(tr.iterchildren(f"{{{HP}}}tc")):
            addr = tc.find(f"{{{HP}}}cellAddr")
            row = int(addr.get("rowAddr", r)) if addr is not None else r
            col = int(addr.get("colAddr", c)) if addr is not None else c
            grid[(row, col)] = _cell_text(tc)
            width = max(width, col + 1)
    rows: list[str] = []
    for row in sorted({r for r, _ in grid}):
        cells = [grid.get((row, col), "") for col in range(width)]
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            rows.append("\t".join(cells))
    return rows
