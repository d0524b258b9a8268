"""The record streams of an HWP 5 file, opened with python-hwpx and read within budgets.

python-hwpx (Apache-2.0) reads the OLE compound file and the file header with its protection
flags, and names the record tags; the few payload fields the reader needs (DocInfo's char and
paragraph shapes, a paragraph's header, text, char shapes and controls, a cell's place) are read
here at the offsets python-hwpx's decoders read them, several times faster than its objects for
every field. python-hwpx's ``read_hwp5`` is not used: it inflates every stream up to 256 MB and
builds a tree of record objects of a whole stream (up to 4 million records, about 800 MB). Here
the inflated bytes of all streams share one budget (``max_bytes``), the records of a document
another (:data:`MAX_RECORDS`). A record is a 32-bit header (tag in bits 0-9, level in bits
10-19, size in bits 20-31, a size of 0xFFF followed by the real size) and its payload; a record
belongs to the nearest earlier record one level up. A stream's records are read in one pass into
flat lists (:class:`Records`: tags, payloads, where the records below each end), without an
object per record: building a tree of them cost more than reading the paragraphs.
"""
from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from hwpx.hwp5 import records as rec
from hwpx.hwp5.cfb import CompoundFile
from hwpx.hwp5.errors import Hwp5Error
from hwpx.hwp5.fileheader import parse_file_header
from hwpx.hwp5.reader import refuse_protected

from hwpx.hwp5.docinfo import FILL_SOLID

from .bounded import TooLarge
from .ink import Colour, from_colorref

#: the most records one document is read for (a press release has under a thousand; a record
#: costs about 100 bytes once read, so this keeps a hostile file to about 50 MB)
MAX_RECORDS = 500_000
#: leaf records the reader never looks at, not kept (line layout, range tags)
SKIPPED = frozenset({rec.PARA_LINE_SEG, rec.PARA_RANGE_TAG})
#: the records whose payload the reader reads; the others keep an empty one (shapes, notes …)
PAYLOAD_TAGS = frozenset({rec.PARA_HEADER, rec.PARA_TEXT, rec.PARA_CHAR_SHAPE, rec.CTRL_HEADER,
                          rec.LIST_HEADER, rec.TABLE, rec.CHAR_SHAPE, rec.PARA_SHAPE, rec.BORDER_FILL})
_SECTION = re.compile(r"^(BodyText|ViewText)/Section(\d+)$")
_WORD = struct.Struct("<I")
#: a record header word: tag in bits 0-9, level in bits 10-19 (the same mask), size in bits 20-31
_TAG_MASK = 0x3FF
_LEVEL_SHIFT = 10
_SIZE_SHIFT = 20
#: the size that says the real size follows in the next word
_LONG_SIZE = 0xFFF


class HwpError(ValueError):
    """An HWP file that cannot be read; the message says why."""


class Damaged(ValueError):
    """A stream that breaks off or does not inflate; what was read before it stays."""


class Hwp5:
    """An open HWP 5 file: its section stream names in order and budgeted access to them.

    Raises :class:`HwpError` for a file that is not HWP 5, is damaged in its container, or is
    protected (배포용, password, DRM): python-hwpx's ``refuse_protected`` says which.
    """

    def __init__(self, data: bytes, max_bytes: int):
        self.bytes_left = max_bytes
        self.max_bytes = max_bytes
        self.records_left = MAX_RECORDS
        try:
            self.compound = CompoundFile(data)
            if not self.compound.has_stream("FileHeader"):
                raise HwpError("an OLE compound file without an HWP 5 file header")
            self.header = parse_file_header(self.compound.read("FileHeader"))
            if self.header.version[0] != 5:
                raise HwpError(f"HWP version {self.header.version_text}, not HWP 5")
            refuse_protected(self.header)
        except Hwp5Error as exc:
            raise HwpError(_message(exc)) from exc
        self.sections = self._sections()

    def _sections(self) -> list[str]:
        """``BodyText/Section0`` …; a document that tracks changes keeps its body, with the
        change marks, in ``ViewText`` (BodyText holds a stand-in), as python-hwpx reads it."""
        found: dict[str, dict[int, str]] = {"BodyText": {}, "ViewText": {}}
        for path in self.compound.stream_paths():
            if m := _SECTION.match(path):
                found[m.group(1)][int(m.group(2))] = path
        body, view = found["BodyText"], found["ViewText"]
        if not body:
            raise HwpError("no BodyText section in the file")
        if self.header.has("track_changes") and sorted(view) == sorted(body):
            body = view
        return [body[n] for n in sorted(body)]

    def stream(self, path: str) -> bytes:
        """The bytes of a stream, inflated when the file is compressed, within the byte budget."""
        try:
            data = self.compound.read(path)
        except Hwp5Error as exc:
            raise Damaged(f"{path}: {_message(exc)}") from exc
        if self.header.compressed:
            inflater = zlib.decompressobj(-15)
            try:
                data = inflater.decompress(data, max(self.bytes_left, 0) + 1)
            except zlib.error as exc:
                raise Damaged(f"{path} does not inflate ({exc})") from exc
            if inflater.unconsumed_tail:
                self.bytes_left = -1
        self.bytes_left -= len(data)
        if self.bytes_left < 0:
            raise TooLarge(f"the streams of the file inflate to more than {self.max_bytes:,} bytes (max_bytes)")
        return data

    def records(self, path: str) -> Records:
        """The records of a stream (the payloads of :data:`PAYLOAD_TAGS` kept), read in one pass
        up to where a record breaks off (:class:`Damaged`) or passes :data:`MAX_RECORDS`
        (:class:`TooLarge`); that error is kept in the records, raised by
        :meth:`Records.paragraphs` once the paragraphs before it are read.

        The hot path: one loop reads the headers as :meth:`_headers` reads them and places each
        record, the budget counted by the loop itself and a header cut short found by the
        struct error it raises (checks on every record cost a third of the time)."""
        data = self.stream(path)
        unpack = _WORD.unpack_from
        tags: list[int] = []
        payloads: list[bytes] = []
        ends: list[int] = []
        roots: list[int] = []
        opened: list[int] = []  # the records that may yet get records below them …
        levels: list[int] = []  # … and their levels, rising
        skipped, payload_tags = SKIPPED, PAYLOAD_TAGS
        budget = max(self.records_left, 0)
        read = budget  # records counted: all the budget, unless the stream ends first
        broken: Exception | None = None
        offset, end = 0, len(data)
        try:
            for count in range(budget):
                if offset >= end:
                    read = count
                    break
                word = unpack(data, offset)[0]
                offset += 4
                size = word >> _SIZE_SHIFT
                if size == _LONG_SIZE:
                    size = unpack(data, offset)[0]
                    offset += 4
                start = offset
                offset += size
                if offset > end:
                    raise Damaged(f"{path} has a record that runs past the end of the stream")
                tag = word & _TAG_MASK
                if tag in skipped:
                    continue
                level = (word >> _LEVEL_SHIFT) & _TAG_MASK
                index = len(tags)
                while levels and levels[-1] >= level:  # they end here
                    levels.pop()
                    ends[opened.pop()] = index
                if not opened:
                    roots.append(index)
                opened.append(index)
                levels.append(level)
                tags.append(tag)
                payloads.append(data[start:offset] if tag in payload_tags else b"")
                ends.append(end)  # set where the record ends
            else:
                if offset < end:  # a record past the budget: TooLarge, or Damaged where it is broken
                    self.records_left = 0
                    next(self._headers(data, path, offset))
        except struct.error:
            broken = Damaged(f"{path} ends inside a record header")
        except (Damaged, TooLarge) as exc:
            broken = exc
        self.records_left -= read
        if broken is not None and roots:
            roots.pop()  # the paragraph it broke off in is not read
        for index in opened:  # still open at the end of the stream
            ends[index] = len(tags)
        return Records(tags, payloads, ends, roots, broken)

    def payloads(self, path: str, tags: frozenset[int]) -> dict[int, list[bytes]]:
        """The payloads of the records of ``tags`` in a stream, by tag, in stream order, without
        placing records (DocInfo's shapes stand at one level, no records below them wanted);
        :class:`Damaged` and :class:`TooLarge` raised where :meth:`records` keeps them."""
        data = self.stream(path)
        found: dict[int, list[bytes]] = {tag: [] for tag in tags}
        for tag, start, stop in self._headers(data, path):
            if tag in found:
                found[tag].append(data[start:stop])
        return found

    def _headers(self, data: bytes, path: str, offset: int = 0) -> Iterator[tuple[int, int, int]]:
        """Each record's tag and where its payload starts and stops from ``offset`` on, counted
        against :data:`MAX_RECORDS` (by the loop over the budget left, as :meth:`records`
        counts them); :class:`Damaged` where a record breaks off."""
        unpack = _WORD.unpack_from
        end = len(data)
        budget = max(self.records_left, 0)
        try:
            for count in range(budget + 1):
                if offset >= end:
                    self.records_left -= count
                    return
                word = unpack(data, offset)[0]
                offset += 4
                size = word >> _SIZE_SHIFT
                if size == _LONG_SIZE:
                    size = unpack(data, offset)[0]
                    offset += 4
                if offset + size > end:
                    raise Damaged(f"{path} has a record that runs past the end of the stream")
                if count == budget:
                    self.records_left = -1
                    raise TooLarge(f"the file holds more than {MAX_RECORDS:,} records")
                yield word & _TAG_MASK, offset, offset + size
                offset += size
        except struct.error:
            raise Damaged(f"{path} ends inside a record header") from None


class Records(NamedTuple):
    """The records of one stream, flat in stream order: the records below a record follow it,
    up to ``ends`` of it, and belong to the nearest earlier record one level up."""

    tags: list[int]
    #: the payloads of :data:`PAYLOAD_TAGS`; the others are empty
    payloads: list[bytes]
    #: one past the last record below each record: ``range(i, ends[i])`` is it and all below it
    ends: list[int]
    #: the top-level records (a section's paragraphs) that were read whole
    roots: list[int]
    #: where the stream broke off (:class:`Damaged`, :class:`TooLarge`), or None
    broken: Exception | None = None

    def paragraphs(self) -> Iterator[int]:
        """The top-level records one at a time, then the error where the stream broke off."""
        yield from self.roots
        if self.broken is not None:
            raise self.broken

    def children(self, index: int) -> Iterator[int]:
        """The records one level below record ``index``, in order."""
        ends = self.ends
        child, end = index + 1, ends[index]
        while child < end:
            yield child
            child = ends[child]


#: what a protected file is called in the error, by python-hwpx's error code
PROTECTED = {
    "hwp5-distribution": "distribution-protected (배포용) HWP: the body is encrypted",
    "hwp5-password": "password-protected HWP: the body is encrypted",
    "hwp5-drm": "DRM-protected HWP: the body is encrypted",
}


def _message(exc: Hwp5Error) -> str:
    return PROTECTED.get(exc.code, exc.message)


#: the horizontal alignments of a paragraph shape (bits 2-4 of its first word), named as in HWPX
ALIGNS = ("justify", "left", "right", "center", "distribute", "distribute_space")
#: where a CHAR_SHAPE payload holds its height (1/100 pt) and property word (bit 1: bold): after
#: the font ids (7 × u16), ratios, spacings, relative sizes and offsets (7 × u8 each)
_HEIGHT_PROPS = struct.Struct("<iI")
_HEIGHT_AT = 42
#: where a CHAR_SHAPE holds its text colour (a COLORREF, after the height, properties and the
#: two shadow offsets), as python-hwpx's ``CharShape`` reads it
_COLOUR_AT = 52
_SHAPES = frozenset({rec.CHAR_SHAPE, rec.PARA_SHAPE, rec.BORDER_FILL, rec.BULLET})


class CharShape(NamedTuple):
    """What the reader uses of a ``CHAR_SHAPE``; None where the record is too short for it."""

    points: float | None
    bold: bool | None
    #: the colour of its text
    ink: Colour | None


class ParaShape(NamedTuple):
    """What the reader uses of a ``PARA_SHAPE``; None where the record is too short for it."""

    align: str | None
    #: the bullet character it sets before its text (`-`), or None
    bullet: str | None


#: the shapes of an id with no record
NO_CHAR_SHAPE = CharShape(None, None, None)
NO_PARA_SHAPE = ParaShape(None, None)


class Memo(dict):
    """The answers of a function by its argument, each computed when first asked for and kept
    (``memo[key]`` costs one dict look-up once answered: asked for every paragraph and piece of
    text, a document has a few distinct answers)."""

    def __init__(self, compute: Callable[[Any], Any]):
        super().__init__()
        self.compute = compute

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.compute(key)
        return value


def decoded(payloads: list[bytes], decode: Callable[[bytes], Any], missing: Any) -> Memo:
    """Records' payloads by id, each decoded on first use (a document defines a few hundred
    shapes and uses a few dozen: decoding them all cost more); an id with no record gives
    ``missing``."""
    return Memo(lambda index: decode(payloads[index]) if 0 <= index < len(payloads) else missing)


class Styles(NamedTuple):
    """DocInfo's shapes by id (:func:`decoded`); a border fill's is its solid fill (0-based: a
    cell's fill id less one), None for none."""

    chars: Memo
    paras: Memo
    fills: Memo


def styles(hwp: Hwp5) -> Styles:
    """The shapes of DocInfo (a record too short for its fields gives nothing); :class:`Damaged`
    where DocInfo breaks off."""
    return shapes_of(hwp.payloads("DocInfo", _SHAPES))


def shapes_of(found: dict[int, list[bytes]]) -> Styles:
    """The shapes of DocInfo's ``CHAR_SHAPE``, ``PARA_SHAPE``, ``BORDER_FILL`` and ``BULLET``
    payloads, by tag (none: no shapes)."""
    marks = found.get(rec.BULLET, [])
    return Styles(decoded(found.get(rec.CHAR_SHAPE, []), _char_shape, NO_CHAR_SHAPE),
                  decoded(found.get(rec.PARA_SHAPE, []), lambda payload: _para_shape(payload, marks), NO_PARA_SHAPE),
                  decoded(found.get(rec.BORDER_FILL, []), _solid_fill, None))


def _char_shape(payload: bytes) -> CharShape:
    """The font size in points, bold and text colour of a ``CHAR_SHAPE``."""
    if len(payload) < _HEIGHT_AT + _HEIGHT_PROPS.size:
        return NO_CHAR_SHAPE
    height, props = _HEIGHT_PROPS.unpack_from(payload, _HEIGHT_AT)
    ink = from_colorref(_WORD.unpack_from(payload, _COLOUR_AT)[0]) if len(payload) >= _COLOUR_AT + 4 else None
    return CharShape(height / 100 if height >= 0 else None, bool(props & 0x2), ink)


def _para_shape(payload: bytes, marks: list[bytes]) -> ParaShape:
    """The alignment of a ``PARA_SHAPE`` (an unknown value reads as justify) and its bullet."""
    if len(payload) < 4:
        return NO_PARA_SHAPE
    bits = (_WORD.unpack_from(payload)[0] >> 2) & 0x7
    return ParaShape(ALIGNS[bits] if bits < len(ALIGNS) else ALIGNS[0], _bullet(payload, marks))


#: a paragraph shape's head (bits 23-24 of its first word) that is a bullet; where the shape
#: holds the (1-based) id of its bullet; where a ``BULLET`` holds its character and image id
#: (after the paragraph head: properties u32, two i16, a char shape u32), as python-hwpx reads it
_BULLET_HEAD = 3
_BULLET_ID = struct.Struct("<H")
_BULLET_ID_AT = 30
_BULLET_CHAR = struct.Struct("<Hi")
_BULLET_CHAR_AT = 12


def _bullet(payload: bytes, marks: list[bytes]) -> str | None:
    """The character of the bullet a ``PARA_SHAPE`` sets before its text (none for an image)."""
    if len(payload) < _BULLET_ID_AT + _BULLET_ID.size or (_WORD.unpack_from(payload)[0] >> 23) & 0x3 != _BULLET_HEAD:
        return None
    number = _BULLET_ID.unpack_from(payload, _BULLET_ID_AT)[0]
    mark = marks[number - 1] if 0 < number <= len(marks) else b""
    if len(mark) < _BULLET_CHAR_AT + _BULLET_ID.size:
        return None
    padded = mark.ljust(_BULLET_CHAR_AT + _BULLET_CHAR.size, b"\0")  # an old record has no image id
    char, image = _BULLET_CHAR.unpack_from(padded, _BULLET_CHAR_AT)
    text = chr(char) if char and not image else ""
    return text if text.strip() and text.isprintable() else None


#: where a ``BORDER_FILL`` holds its fill kind, after its properties (u16) and five borders
#: (kind u8, width u8, colour u32 each), and the solid colour after the kind (python-hwpx's
#: ``BorderFill`` and ``Fill`` read them so; decoding every field of each record cost 1.5 ms a file)
_FILL_KIND_AT = 32
_FILL = struct.Struct("<II")


def _solid_fill(payload: bytes) -> Colour | None:
    """The solid colour of a ``BORDER_FILL``; None for no solid fill or a record too short."""
    if len(payload) < _FILL_KIND_AT + _FILL.size:
        return None
    kind, colour = _FILL.unpack_from(payload, _FILL_KIND_AT)
    return from_colorref(colour) if kind & FILL_SOLID else None


class Paragraph(NamedTuple):
    """What the reader uses of a ``PARA_HEADER`` record and the records below it."""

    #: the id of its paragraph shape
    shape: int
    #: its ``PARA_TEXT``, one character per UTF-16 code unit (a surrogate pair stays two
    #: characters), so that positions in it are those of the char shapes and controls
    text: str
    #: (position, char shape id) where each char shape begins
    char_shapes: list[tuple[int, int]]
    #: the records (their indices) of its extended controls (tables, drawings, notes …), in order
    controls: list[int]


def decode_paragraph(records: Records, index: int) -> Paragraph:
    """The paragraph of the ``PARA_HEADER`` record ``index`` (python-hwpx's ``parse_paragraph``
    decodes all of its fields and splits its text into chunk objects; this only what the reader
    uses)."""
    tags, payloads, ends = records.tags, records.payloads, records.ends
    payload = payloads[index]
    shape = _SHAPE_ID.unpack_from(payload, 8)[0] if len(payload) >= 10 else 0
    text = ""
    char_shapes: list[tuple[int, int]] = []
    controls: list[int] = []
    child, end = index + 1, ends[index]
    while child < end:  # the records one level below (Records.children, inlined: the hot path)
        tag = tags[child]
        if tag == rec.PARA_TEXT:
            text = _units(payloads[child])
        elif tag == rec.PARA_CHAR_SHAPE:
            char_shapes = _char_shapes(payloads[child])
        elif tag == rec.CTRL_HEADER:
            controls.append(child)
        child = ends[child]
    return Paragraph(shape, text, char_shapes, controls)


def ctrl_id(records: Records, index: int) -> str | None:
    """The four-character id of the control whose ``CTRL_HEADER`` is record ``index`` (``tbl ``,
    ``gso `` …), as python-hwpx's ``record_ctrl_id`` reads it (a 32-bit word, high byte first)."""
    payload = records.payloads[index]
    return payload[3::-1].decode("latin-1") if len(payload) >= 4 else None


_SHAPE_ID = struct.Struct("<H")
#: one (position, char shape id) pair of a ``PARA_CHAR_SHAPE``
_SHAPE_PAIR = struct.Struct("<II")


def _char_shapes(payload: bytes) -> list[tuple[int, int]]:
    """The (position, char shape id) pairs of a ``PARA_CHAR_SHAPE`` (a trailing part of a pair
    left out)."""
    if len(payload) == _SHAPE_PAIR.size:  # most paragraphs: one shape
        return [_SHAPE_PAIR.unpack(payload)]
    whole = len(payload) - len(payload) % _SHAPE_PAIR.size
    return list(_SHAPE_PAIR.iter_unpack(payload if whole == len(payload) else payload[:whole]))


def _units(payload: bytes) -> str:
    """UTF-16LE text as one character per code unit (a trailing odd byte left out)."""
    if len(payload) % 2:
        payload = payload[:-1]
    text = payload.decode("utf-16-le", "surrogatepass")
    if len(text) * 2 == len(payload):
        return text
    return "".join(map(chr, struct.unpack(f"<{len(payload) // 2}H", payload)))  # pairs kept apart


#: the start of a cell's ``LIST_HEADER``: paragraph count, list properties, cell flags, column,
#: row, column span, row span (python-hwpx's ``CellHeader`` reads the rest too)
_CELL = struct.Struct("<HIHHHHH")


#: where a cell's ``LIST_HEADER`` holds its border fill id (1-based; 0: none)
_CELL_FILL_AT = 32


def cell_fill(payload: bytes) -> int:
    """The border fill id of a table cell's ``LIST_HEADER`` (0 where the record is short)."""
    return struct.unpack_from("<H", payload, _CELL_FILL_AT)[0] if len(payload) >= _CELL_FILL_AT + 2 else 0


def cell_place(payload: bytes) -> tuple[int, int, int, int]:
    """(row, column, rowspan, colspan) of a table cell's ``LIST_HEADER``."""
    _, _, _, col, row, colspan, rowspan = _CELL.unpack_from(payload.ljust(_CELL.size, b"\0"))
    return row, col, rowspan, colspan
