"""HWP 5 (the binary format of 한/글) read record by record into paragraphs and table grids.

The blocks are those the HWPX reader (:mod:`.hwpx`) yields for the same document, so an HWP file
and its HWPX twin give the same text: each top-level paragraph (``PARA_HEADER``) becomes a
:class:`~pressparse.blocks.Para` with the font size and weight of the character shape most of
its text has and its paragraph shape's alignment (DocInfo); a table (a ``tbl `` control) becomes
a :class:`~pressparse.blocks.Grid` of cells placed by their cell headers (``LIST_HEADER``: row,
column, spans), a cell's paragraphs, nested tables and text boxes joined on one line; a
one-cell table (a text box) gives its paragraphs. A drawing's text box (a ``gso `` control
whose shape component holds a list of paragraphs) gives its paragraphs where it is anchored, as
the HWPX reader reads ``hp:drawText``; captions and notes are left out. A paragraph shape
whose head is a bullet (DocInfo's ``BULLET``) puts its character before the paragraph's text.

In ``PARA_TEXT`` a code unit below 32 is a control: a line break, hyphen or special space stands
for text; a tab is an inline control of eight units; tables, drawings and notes are extended
controls of eight units whose records (``CTRL_HEADER``) follow the text in the same order. The
text is split as python-hwpx's ``split_text`` splits it (a test holds the two together), without
its chunk objects. Reading used to go through python-hwpx's conversion to an HWPX package
(0.1-0.5 s a file); the records are read in one or two milliseconds.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from hwpx.hwp5 import bodytext as bt
from hwpx.hwp5 import records as rec

from ..blocks import NO_HINTS, Cell, Grid, Hints, Para, put_bullet, text_size
from .bounded import TooLarge
from .hwp_records import (NO_CHAR_SHAPE, Damaged, Hwp5, HwpError, Memo, Paragraph, Records, Styles, cell_fill,
                          cell_place, ctrl_id, decode_paragraph, shapes_of, styles)
from .ink import PAGE, UNREAD_GROUND, Colour, unseen

__all__ = ["HwpError", "read_blocks"]

#: character controls that stand for text: line break, hyphen, non-breaking and fixed-width space
CHAR_TEXT = {10: " ", 24: "-", 30: " ", 31: " "}
#: the char control that ends a paragraph's text
PARA_END = "\r"
#: the inline controls of a tab and of a field's end (the end closes a text run in HWPX)
TAB, FIELD_END = 9, 4
#: how many text boxes inside each other are read as paragraphs; a deeper one gives its text
#: as a one-cell table, so hostile nesting costs no recursion
MAX_BOXES = 32
#: characters an HWPX package cannot hold (lone surrogates, U+FFFE, U+FFFF), left out as the
#: conversion to HWPX left them out
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
#: a code unit below 32: a control character
_CONTROL = re.compile("[\x00-\x1f]")


def read_blocks(data: bytes, *, max_bytes: int, max_chars: int | None = None) -> tuple[list[Para | Grid], list[str]]:
    """The paragraphs and tables of an HWP 5 file in reading order, and the errors met.

    Raises :class:`HwpError` for a file that cannot be opened (not HWP 5, protected, a broken
    container). A section that breaks off, or inflated bytes past ``max_bytes``, ends the
    reading with an error, what was read before kept; reading stops once ``max_chars`` of text
    are read.
    """
    hwp = Hwp5(data, max_bytes)
    errors: list[str] = []
    try:
        shapes = styles(hwp)
    except Damaged as exc:
        shapes = shapes_of({})
        errors.append(f"damaged HWP: {exc}; no font sizes or alignments were read")
    items: list[Para | Grid] = []
    chars_left = max_chars if max_chars is not None else float("inf")
    for path in hwp.sections:
        try:
            records = hwp.records(path)
            reader = _Reader(shapes, records)
            for index in records.paragraphs():
                if records.tags[index] == rec.PARA_HEADER:
                    before = len(items)
                    reader.paragraph(index, items)
                    chars_left -= sum(text_size(item) for item in items[before:])
                    if chars_left < 0:
                        return items, errors
        except Damaged as exc:
            errors.append(f"damaged HWP: {exc}; the rest was not read")
            break
        except TooLarge as exc:
            errors.append(f"input too large: {exc}; the rest from {path} on was not read")
            break
    return items, errors


class _Reader:
    """Paragraphs and tables of a section's records, with the hints of the document's shapes."""

    def __init__(self, shapes: Styles, records: Records):
        self.records = records
        self.shapes = shapes
        self.made = Memo(self._hints)  # the few distinct hints, by (paragraph shape, char shape)
        self.seen = Memo(self._seen)  # whether text is seen, by (char shape, ground)

    def hints(self, para: Paragraph, weights: dict[int, int]) -> Hints:
        """The hints of a paragraph whose text holds ``weights`` characters per char shape."""
        if len(weights) > 1:
            return self.made[para.shape, max(weights, key=weights.get)]
        return self.made[para.shape, next(iter(weights), None)]  # most paragraphs: one shape, or none

    def _hints(self, key: tuple[int, int | None]) -> Hints:
        """The hints of paragraph shape and char shape ``key`` (None: no text)."""
        shape_id, shape = key
        char = self.shapes.chars[shape] if shape is not None else NO_CHAR_SHAPE
        return Hints(points=char.points, bold=char.bold, align=self.shapes.paras[shape_id].align)

    def _seen(self, key: tuple[int, Colour | None]) -> bool:
        """False for text of char shape ``shape`` written in the colour of ``ground``."""
        shape, ground = key
        return not unseen(self.shapes.chars[shape].ink, ground)

    def ground(self, header: int) -> Colour | None:
        """The fill of the cell whose ``LIST_HEADER`` is record ``header`` (border fill ids are 1-based)."""
        return self.shapes.fills[cell_fill(self.records.payloads[header]) - 1]

    def paragraph(self, index: int, items: list[Para | Grid], depth: int = 0,
                  ground: Colour | None = PAGE) -> None:
        """Append the items of the paragraph of record ``index`` standing on ``ground`` (a cell's
        fill, the page); a table inside it splits it around the table; text in the ground's
        colour is left out."""
        para = decode_paragraph(self.records, index)
        text: list[str] = []
        weights: dict[int, int] = {}
        before = len(items)
        for piece in _pieces(para):
            if isinstance(piece, int):  # a control's record
                kind = ctrl_id(self.records, piece)
                if kind == "tbl ":
                    self.close(para, text, weights, items)
                    weights = {}
                    self.table(piece, items, depth)
                elif kind == "gso " and depth < MAX_BOXES:  # a drawing's text box, where it is anchored
                    self.close(para, text, weights, items)
                    weights = {}
                    for box in _box_paragraphs(self.records, piece):
                        self.paragraph(box, items, depth + 1, UNREAD_GROUND)
            elif self.seen[piece[1], ground]:
                text.append(piece[0])
                weights[piece[1]] = weights.get(piece[1], 0) + len(piece[0].strip())
        self.close(para, text, weights, items)
        bullet = self.shapes.paras[para.shape].bullet  # as the HWPX reader reads hh:heading type="BULLET"
        if bullet:
            put_bullet(items, before, bullet)

    def close(self, para: Paragraph, text: list[str], weights: dict[int, int], items: list[Para | Grid]) -> None:
        """Append the text of ``para`` read so far as a paragraph, if it holds any, and empty
        ``text`` (hints are made only when it holds some)."""
        if text:
            _flush(text, items, self.hints(para, weights))

    def table(self, ctrl: int, items: list[Para | Grid], depth: int) -> None:
        """The table of control record ``ctrl`` as a grid of cells placed by their headers; a
        one-cell table (a text box) gives its paragraphs."""
        cells = _cells(self.records, ctrl)
        if len(cells) == 1 and depth < MAX_BOXES:
            ground = self.ground(cells[0][0])
            for record in cells[0][1]:
                self.paragraph(record, items, depth + 1, ground)
            return
        grid = []
        for header, paragraphs in cells:
            text, hints = self.cell(paragraphs, self.ground(header))
            grid.append(Cell(text, *cell_place(self.records.payloads[header]), hints))
        if grid:
            items.append(Grid(tuple(grid)))

    def cell(self, paragraphs: list[int], ground: Colour | None) -> tuple[str, Hints]:
        """A cell's paragraphs and all below them (nested tables, text boxes) on one line,
        white space folded, with the alignment of its first paragraph; text in the colour of
        the cell's fill ``ground`` left out."""
        words: list[str] = []
        weights: dict[int, int] = {}
        first = None
        for top in paragraphs:
            for record in _paragraphs_in(self.records, top):
                para = decode_paragraph(self.records, record)
                if first is None:
                    first = para
                start = len(words)
                for piece in _pieces(para):
                    if isinstance(piece, tuple) and self.seen[piece[1], ground]:
                        words.append(piece[0])
                        weights[piece[1]] = weights.get(piece[1], 0) + len(piece[0].strip())
                bullet = self.shapes.paras[para.shape].bullet
                if bullet and "".join(words[start:]).strip():
                    words.insert(start, f"{bullet} ")
                words.append(" ")
        hints = self.hints(first, weights) if first is not None else NO_HINTS
        return " ".join("".join(words).split()), hints


def _flush(text: list[str], items: list[Para | Grid], hints: Hints) -> None:
    joined = "".join(text)
    if joined.strip():
        items.append(Para(joined.rstrip(), hints))
    text.clear()


def _paragraphs_in(records: Records, top: int) -> list[int]:
    """The ``PARA_HEADER`` records of record ``top`` and all below it (nested tables, text boxes)
    in stream order."""
    tags, para_header = records.tags, rec.PARA_HEADER
    return [index for index in range(top, records.ends[top]) if tags[index] == para_header]


def _box_paragraphs(records: Records, ctrl: int) -> Iterator[int]:
    """The paragraphs of a drawing's text boxes: the ``PARA_HEADER`` records after a
    ``LIST_HEADER`` under a shape component (a group's shapes included; the caption's list,
    under the control itself, is left out), as the HWPX reader reads ``hp:drawText``."""
    tags = records.tags
    for index in range(ctrl, records.ends[ctrl]):
        if tags[index] != rec.SHAPE_COMPONENT:
            continue
        in_list = False
        for child in records.children(index):
            in_list = in_list or tags[child] == rec.LIST_HEADER
            if in_list and tags[child] == rec.PARA_HEADER:
                yield child


def _cells(records: Records, ctrl: int) -> list[tuple[int, list[int]]]:
    """A table's cells: each ``LIST_HEADER`` after the ``TABLE`` record with the paragraphs
    that follow it (a list header before ``TABLE`` is the caption's, left out)."""
    cells: list[tuple[int, list[int]]] = []
    seen_table = False
    tags = records.tags
    for index in records.children(ctrl):
        tag = tags[index]
        if tag == rec.TABLE:
            seen_table = True
        elif tag == rec.LIST_HEADER and seen_table:
            cells.append((index, []))
        elif tag == rec.PARA_HEADER and cells:
            cells[-1][1].append(index)
    return cells


def _pieces(para: Paragraph) -> Iterable[tuple[str, int] | int]:
    """The paragraph's text in pieces, each with its character shape id, and the control
    records (their indices) of its extended controls in their places (an empty paragraph gives
    none; most paragraphs, one shape and no control but the paragraph end, which stands for
    nothing, give a list of one piece or none; the others are split by :func:`_split`).
    """
    text, shapes = para.text, para.char_shapes
    if not text:  # an empty paragraph (a cell's, most often)
        return []
    if len(shapes) <= 1 and text.endswith(PARA_END) and not _CONTROL.search(text, 0, len(text) - 1):
        return [(_clean(text[:-1]), shapes[0][1] if shapes else 0)] if len(text) > 1 else []
    return _split(para)


def _split(para: Paragraph) -> Iterator[tuple[str, int] | int]:
    """The pieces of a paragraph (see :func:`_pieces`) split at its controls and shape changes.

    A code unit below 32 is a control (python-hwpx's ``bodytext`` names them): a char control
    takes one unit, an inline or extended control eight (its code, parameters, its code again).
    A piece ends where the shape changes, at an extended control and at a field's end, where an
    HWPX text run ends, so the weights of shapes count as the HWPX reader counts them; a
    paragraph that ends on a control ends with an empty piece in its last shape, as python-hwpx
    closes such a paragraph with an empty text run.
    """
    text = para.text
    shapes = para.char_shapes or [(0, 0)]
    shape, k = shapes[0][1], 1
    controls = iter(para.controls)
    piece: list[str] = []
    closing = False  # whether the text so far ends on a control
    index, count = 0, len(text)
    while index < count:
        control = _CONTROL.search(text, index)
        stop = control.start() if control else count
        limit = stop + 1 if control else count  # a shape that begins at a control is the control's
        while k < len(shapes) and shapes[k][0] < limit:
            if shapes[k][0] > index:
                piece.append(text[index:shapes[k][0]])
                index, closing = shapes[k][0], False
            if shapes[k][1] != shape and piece:
                yield _clean("".join(piece)), shape
                piece = []
            shape, k = shapes[k][1], k + 1
        if stop > index:
            piece.append(text[index:stop])
            closing = False
        if not control:
            break
        code = ord(text[stop])
        if code in bt.CHAR_CONTROLS:
            index = stop + 1
            if code in CHAR_TEXT:
                piece.append(CHAR_TEXT[code])
                closing = False
            continue
        index = min(stop + 8, count)
        if code == TAB:
            piece.append(" ")
            closing = False
        elif code == FIELD_END and piece:
            yield _clean("".join(piece)), shape
            piece = []
        elif code not in bt.INLINE_CONTROLS:  # extended: its record is the next control's
            if piece:
                yield _clean("".join(piece)), shape
                piece = []
            ctrl = next(controls, None)
            if ctrl is not None:
                yield ctrl
            closing = True
    if piece:
        yield _clean("".join(piece)), shape
    elif closing:
        yield "", shapes[-1][1]


def _clean(text: str) -> str:
    """A piece as HWPX holds it: surrogate pairs joined into their characters, and what XML
    cannot hold (lone surrogates, U+FFFE, U+FFFF) left out."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub("", text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass"))
