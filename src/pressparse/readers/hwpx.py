"""HWPX (OWPML, a zip of XML) read with zipfile and lxml into paragraphs and table grids.

Each top-level paragraph (`hp:p`) becomes a :class:`~pressparse.blocks.Para` with the font size,
weight and alignment its character and paragraph shapes (`Contents/header.xml`) give; a table
(`hp:tbl`) becomes a :class:`~pressparse.blocks.Grid` of cells placed by their `hp:cellAddr`
with their `hp:cellSpan`, so a cell covered by a rowspan stays an empty cell, as in the text
conversions. A one-cell table (a text box) gives its paragraphs, and so does a drawing's text
box (`hp:drawText`, the event box of `일시 : … / 장소 : …`) where it is anchored. A paragraph
whose shape sets a bullet (`hh:heading type="BULLET"`, the `-` of a subtitle) opens with it, as
the page shows it. Encrypted (배포용) packages are refused with a clear error.
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from ..blocks import Cell, Grid, Hints, Para, put_bullet, text_size
from .bounded import CHUNK, read_member
from .ink import PAGE, UNREAD_GROUND, Colour, from_hex, unseen

#: the OWPML paragraph and head namespaces
HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HH = "http://www.hancom.co.kr/hwpml/2011/head"
HC = "http://www.hancom.co.kr/hwpml/2011/core"
#: the package part that holds the character and paragraph shapes
HEADER = "Contents/header.xml"
#: the body sections, in order
SECTION = re.compile(r"^Contents/section(\d+)\.xml$")
#: the most XML pressparse inflates from one package by default (a guard against zip bombs)
MAX_SECTION_BYTES = 64 * 1024 * 1024
#: a top-level paragraph holding more paragraphs than this stays in the tree once read: lxml
#: detaches an element with namespaces in time quadratic in its size (memory stays bounded by
#: max_bytes); the usual small paragraphs are detached, so memory stays flat
DETACH_NESTED = 2000
#: elements inside `hp:t` and what they stand for in the text
INLINE = {f"{{{HP}}}tab": " ", f"{{{HP}}}lineBreak": " ", f"{{{HP}}}fwSpace": " ", f"{{{HP}}}nbSpace": " ",
          f"{{{HP}}}hyphen": "-"}


class HwpxError(ValueError):
    """An HWPX package that cannot be read; the message says why."""


def read_blocks(data: bytes, *, max_bytes: int = MAX_SECTION_BYTES,
                max_chars: int | None = None) -> tuple[list[Para | Grid], list[str]]:
    """The paragraphs (with font size, bold and alignment from the package's styles) and tables
    of an HWPX package, in reading order, and the errors met on the way.

    Sections are inflated in chunks and parsed as a stream, one top-level paragraph at a time,
    so memory stays bounded: reading stops once ``max_bytes`` of XML have been inflated
    (an error says so, what was read so far is kept) or ``max_chars`` of text are read.
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
        styles = _Styles.read(package, max_bytes) if HEADER in names else _Styles()
        reader = _SectionReader(max_bytes, max_chars, styles)
        for _, name in sections:
            if reader.full():
                break
            with package.open(name) as stream:
                reader.read(stream, name)
    return reader.items, reader.errors




class _Styles:
    """Character and paragraph shapes of ``Contents/header.xml``: size, bold, alignment by id."""

    def __init__(self, chars: dict[str, tuple[float | None, bool]] | None = None, aligns: dict[str, str] | None = None,
                 inks: dict[str, Colour | None] | None = None, fills: dict[str, Colour | None] | None = None,
                 bullets: dict[str, str] | None = None):
        self.chars = chars or {}
        self.aligns = aligns or {}
        #: the bullet character each paragraph shape sets before its text (`-`, `○`)
        self.bullets = bullets or {}
        #: the text colour of each char shape and the fill of each border fill (a cell's ground)
        self.inks = inks or {}
        self.fills = fills or {}

    def seen(self, shape: str | None, ground: Colour | None) -> bool:
        """False for text of char shape ``shape`` written in the colour of ``ground``."""
        return not unseen(self.inks.get(shape), ground)

    @classmethod
    def read(cls, package: zipfile.ZipFile, max_bytes: int) -> _Styles:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False)
        root = etree.fromstring(read_member(package, HEADER, max_bytes), parser)
        chars, inks, fills = {}, {}, {}
        for shape in root.iter(f"{{{HH}}}charPr"):
            height = shape.get("height")
            points = int(height) / 100 if height and height.isdigit() else None
            chars[shape.get("id")] = (points, shape.find(f"{{{HH}}}bold") is not None)
            inks[shape.get("id")] = from_hex(shape.get("textColor"))
        for fill in root.iter(f"{{{HH}}}borderFill"):
            brush = fill.find(f"{{{HC}}}fillBrush/{{{HC}}}winBrush")
            fills[fill.get("id")] = from_hex(brush.get("faceColor")) if brush is not None else None
        aligns, bullets = {}, {}
        marks = {b.get("id"): b.get("char") for b in root.iter(f"{{{HH}}}bullet")
                 if b.get("useImage") != "1" and (b.get("char") or "").strip()}
        for shape in root.iter(f"{{{HH}}}paraPr"):
            align = shape.find(f"{{{HH}}}align")
            if align is not None and align.get("horizontal"):
                aligns[shape.get("id")] = align.get("horizontal").lower()
            heading = shape.find(f"{{{HP}}}switch/{{{HP}}}case/{{{HH}}}heading")  # the newer form first
            heading = heading if heading is not None else shape.find(f"{{{HH}}}heading")
            if heading is not None and heading.get("type") == "BULLET" and heading.get("idRef") in marks:
                bullets[shape.get("id")] = marks[heading.get("idRef")]
        return cls(chars, aligns, inks, fills, bullets)

    def hints(self, para, weights: dict[str, int]) -> Hints:
        """The hints of a paragraph whose runs hold ``weights`` characters per char shape."""
        align = self.aligns.get(para.get("paraPrIDRef"))
        if not weights:
            return Hints(align=align)
        shape = max(weights, key=weights.get)
        points, bold = self.chars.get(shape, (None, None))
        return Hints(points=points, bold=bold, align=align)


class _SectionReader:
    """Top-level paragraphs of section XML streams, within a budget of bytes and characters."""

    def __init__(self, max_bytes: int, max_chars: int | None, styles: _Styles):
        self.items: list[Para | Grid] = []
        self.styles = styles
        self.errors: list[str] = []
        self.max_bytes = max_bytes
        self.bytes_left = max_bytes
        self.chars_left = max_chars if max_chars is not None else float("inf")
        # Python objects of the tree kept alive while it is parsed: lxml frees an element's
        # object by walking up to the nearest ancestor that has one and, finding none, checks
        # the whole tree under the top; with the root held, every free stops there
        self.nested: list = []
        self.root = None

    def full(self) -> bool:
        return self.bytes_left < 0 or self.chars_left < 0

    def read(self, stream, name: str) -> None:
        """Parse one section stream until it ends or a budget runs out."""
        parser = etree.XMLPullParser(events=("end",), tag=f"{{{HP}}}p", resolve_entities=False, no_network=True,
                                     remove_comments=True)
        self.root = None
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
            self._take(parser)

    def _take(self, parser) -> None:
        """Handle the paragraphs parsed so far: every finished top-level one becomes items and
        leaves the tree, so only the paragraph being parsed stays in memory."""
        for _, para in parser.read_events():
            if self.root is None:
                self.root = _root(para)
            section = para.getparent()
            if section is None or section.getparent() is not None:
                # a paragraph inside a cell or a text box, read with its table
                self.nested.append(para)
                continue
            if self.chars_left >= 0:
                before = len(self.items)
                _paragraph(para, self.items, self.styles)
                self.chars_left -= sum(text_size(item) for item in self.items[before:])
            if len(self.nested) <= DETACH_NESTED:
                section.remove(para)
            self.nested.clear()


def _root(elem):
    while (parent := elem.getparent()) is not None:
        elem = parent
    return elem



def _paragraph(para, items: list[Para | Grid], styles: _Styles, ground: Colour | None = PAGE) -> None:
    """Append the items of one paragraph standing on ``ground`` (a cell's fill, the page);
    a table inside it splits it around the table; text in the ground's colour is left out. A
    paragraph shape's bullet (`hh:heading type="BULLET"`: the `-` before a subtitle) opens its
    text, as on the page."""
    before = len(items)
    _runs(para, items, styles, ground)
    put_bullet(items, before, styles.bullets.get(para.get("paraPrIDRef")))


def _runs(para, items: list[Para | Grid], styles: _Styles, ground: Colour | None) -> None:
    """The items of a paragraph's runs: its text, the tables and text boxes it anchors."""
    text: list[str] = []
    weights: dict[str, int] = {}
    for run in para.iterchildren(f"{{{HP}}}run"):
        shape = run.get("charPrIDRef")
        seen = styles.seen(shape, ground)
        for child in run:
            if child.tag == f"{{{HP}}}t":
                if not seen:
                    continue
                piece = _t_text(child)
                text.append(piece)
                weights[shape] = weights.get(shape, 0) + len(piece.strip())
            elif child.tag == f"{{{HP}}}tbl":
                _flush(text, items, styles.hints(para, weights))
                weights = {}
                items.extend(_table(child, styles))
            elif child.tag != f"{{{HP}}}ctrl":
                for box in _draw_texts(child):  # a drawing's text box, read where it is anchored
                    _flush(text, items, styles.hints(para, weights))
                    weights = {}
                    for inner in box.iterfind(f"{{{HP}}}subList/{{{HP}}}p"):
                        _paragraph(inner, items, styles, UNREAD_GROUND)
    _flush(text, items, styles.hints(para, weights))


def _draw_texts(shape):
    """The text boxes (``hp:drawText``) of a drawing object and of the shapes a group holds;
    a box's own paragraphs read any box inside them. Captions and alternative text are left out."""
    for child in shape:
        if child.tag == f"{{{HP}}}drawText":
            yield child
        elif child.tag not in (f"{{{HP}}}caption", f"{{{HP}}}shapeComment"):
            yield from _draw_texts(child)


def _flush(text: list[str], items: list[Para | Grid], hints: Hints) -> None:
    joined = "".join(text)
    if joined.strip():
        items.append(Para(joined.rstrip(), hints))
    text.clear()


def _t_text(t) -> str:
    parts = [t.text or ""]
    for child in t:
        parts.append(INLINE.get(child.tag, ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _cell(tc, styles: _Styles) -> tuple[str, Hints]:
    """A cell's paragraphs (and nested tables) on one line, each after its bullet, white space
    folded, and its hints."""
    words: list[str] = []
    weights: dict[str, int] = {}
    first = None
    ground = styles.fills.get(tc.get("borderFillIDRef"))
    for para in tc.iter(f"{{{HP}}}p"):
        first = para if first is None else first
        bullet = styles.bullets.get(para.get("paraPrIDRef"))
        if bullet and any((t.text or "").strip() for t in para.iter(f"{{{HP}}}t")):
            words.append(f"{bullet} ")
        for run in para.iterchildren(f"{{{HP}}}run"):
            shape = run.get("charPrIDRef")
            if not styles.seen(shape, ground):
                continue
            for child in run.iterchildren(f"{{{HP}}}t"):
                piece = _t_text(child)
                words.append(piece)
                weights[shape] = weights.get(shape, 0) + len(piece.strip())
        words.append(" ")
    hints = styles.hints(first, weights) if first is not None else Hints()
    return " ".join("".join(words).split()), hints


def _box_items(tc, styles: _Styles) -> list[Para | Grid]:
    items: list[Para | Grid] = []
    sub = tc.find(f"{{{HP}}}subList")
    ground = styles.fills.get(tc.get("borderFillIDRef"))
    for para in (sub if sub is not None else tc).iterchildren(f"{{{HP}}}p"):
        _paragraph(para, items, styles, ground)
    return items


def _table(tbl, styles: _Styles) -> list[Para | Grid]:
    """A table as a grid of cells placed by their addresses; a one-cell table (a text box)
    gives its paragraphs."""
    tcs = tbl.findall(f"{{{HP}}}tr/{{{HP}}}tc")
    if len(tcs) == 1:
        return _box_items(tcs[0], styles)
    cells: list[Cell] = []
    for r, tr in enumerate(tbl.iterchildren(f"{{{HP}}}tr")):
        for c, tc in enumerate(tr.iterchildren(f"{{{HP}}}tc")):
            addr = tc.find(f"{{{HP}}}cellAddr")
            span = tc.find(f"{{{HP}}}cellSpan")
            row = _int(addr, "rowAddr", r)
            col = _int(addr, "colAddr", c)
            text, hints = _cell(tc, styles)
            cells.append(Cell(text, row, col, _int(span, "rowSpan", 1), _int(span, "colSpan", 1), hints))
    return [Grid(tuple(cells))]


def _int(elem, name: str, default: int) -> int:
    value = elem.get(name) if elem is not None else None
    return int(value) if value is not None and value.isdigit() else default
