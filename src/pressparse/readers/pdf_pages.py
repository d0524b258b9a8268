"""A PDF's pages read with PDFium (pypdfium2), handed on in pdfplumber's shapes.

pdfplumber reads a page through pdfminer, which interprets the page's content stream in Python:
that took nine tenths of the time a PDF's record took. PDFium reads it in C++, many times faster.
Here PDFium reads each page's characters (text, box, font size and name) and its paths (the
rules and boxes of tables), and they are given out as the dicts pdfplumber makes of pdfminer's
objects, in the same coordinates (points from the top-left corner of the page as shown), so that
pdfplumber's word grouping, cropping and table finder work on them unchanged (:class:`Page`).

What PDFium's text layer does differently: it leaves out a space that ends a line and a text run
printed again over itself (a bold face faked by printing twice: `참고`, not pdfminer's `참참고고`);
its test for such a repeat compares character codes, not fonts, so a one-glyph run in a Type 3
font that follows one with the same code in another such font is left out too (a `△` in one
corpus release); and its coordinates are single-precision floats. The characters it makes up
itself (spaces and line breaks it infers) are not taken, as pdfminer has none.

PDFium is not thread-safe, so one document is read at a time in a process (:func:`open_pdf`).
"""
from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.container import Container
from pdfplumber.table import Table, TableFinder, TableSettings
from pdfplumber.utils import crop_to_bbox, extract_words

from .ink import PAGE, Colour, unseen
from .pdf_paths import Matrix, Point, fill_colour, paths

#: boxes whose sides are this close (points) are one box, rounded two ways
SAME_BOX = 0.01
#: a glyph whose matrix turns it by more than this (the share of its skew to its scale) is turned
TURNED = 1e-3

_lock = threading.RLock()
#: the characters PDFium makes up itself (spaces and line breaks; what it infers, pdfminer has not)
_BREAKS = frozenset((0x20, 0x0D, 0x0A))
#: the address a PDFium handle holds (a dict key for text objects: ctypes.cast is slower)
_address = ctypes.c_void_p.from_buffer
_TABLE_SETTINGS = TableSettings.resolve(None)


class PdfReadError(ValueError):
    """PDFium could not open the document; the message says why."""


class Page(Container):
    """A page, or a part of one, as pdfplumber's :class:`~pdfplumber.container.Container`: its
    chars, lines, rects and curves as pdfplumber gives them, and its ``bbox``."""

    pages = None

    def __init__(self, objects: dict[str, list[dict]], bbox: tuple[float, float, float, float]):
        self._objects = objects
        self.bbox = bbox

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._objects

    @property
    def width(self) -> float:
        return self.bbox[2] - self.bbox[0]

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    def crop(self, bbox: tuple[float, float, float, float]) -> Page:
        """The part of the page within ``bbox``, its objects clipped to it (as ``pdfplumber.Page.crop``)."""
        return Page({kind: crop_to_bbox(objs, bbox) for kind, objs in self._objects.items()}, bbox)

    def extract_words(self, **settings) -> list[dict]:
        return extract_words(self.chars, **settings)

    def find_tables(self) -> list[Table]:
        """Ruled tables, by pdfplumber's default settings; none on a page without rules."""
        return TableFinder(self, _TABLE_SETTINGS).tables if self.edges else []

    def extract_table(self, table: Table) -> list[list[str | None]]:
        """A table's text, row by row, as ``Table.extract`` gives it; it is given only the characters
        in the table's box (by their middles, as it places them in cells), not all the page's."""
        x0, top, x1, bottom = table.bbox
        inside = [char for char in self.chars if x0 <= (char["x0"] + char["x1"]) / 2 < x1
                  and top <= (char["top"] + char["bottom"]) / 2 < bottom]
        return Table(Page({"char": inside}, table.bbox), table.cells + _open_cells(table)).extract()


def _open_cells(table: Table) -> list[tuple[float, float, float, float]]:
    """Cells an open-sided table leaves without a rule on one side (no outer border left of
    `①` or right of `핵심산업`): pdfplumber finds no cell there, and its text would be lost. A
    row's place in a column that another row has a cell in gets the box of that column across
    the row's height, unless a cell already covers it (a span)."""
    columns: dict[int, tuple[float, float]] = {}
    for row in table.rows:
        for j, cell in enumerate(row.cells):
            if cell is not None:
                columns.setdefault(j, (cell[0], cell[2]))
    made = []
    for row in table.rows:
        present = [c for c in row.cells if c is not None]
        if not present:
            continue
        top, bottom = min(c[1] for c in present), max(c[3] for c in present)
        for j, cell in enumerate(row.cells):
            if cell is None and j in columns:
                box = (columns[j][0], top, columns[j][1], bottom)
                if not any(_overlap(box, other) for other in table.cells):
                    made.append(box)
    return made


def _overlap(one: tuple[float, ...], other: tuple[float, ...]) -> bool:
    """True when two boxes share more than a sliver (their rules touch, not counted)."""
    return min(one[2], other[2]) - max(one[0], other[0]) > 1 and min(one[3], other[3]) - max(one[1], other[1]) > 1


@contextmanager
def open_pdf(data: bytes) -> Iterator[Iterator[Page]]:
    """The document's pages, one at a time, while the document is open (and PDFium held for it)."""
    with _lock:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise PdfReadError(_why(exc)) from exc
        try:
            yield (_page(pdf, index) for index in range(len(pdf)))
        finally:
            pdf.close()


def _why(exc: pdfium.PdfiumError) -> str:
    """Why PDFium could not open a document, in words."""
    if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return "encrypted PDF: the file is password-protected (PDFium: incorrect password)"
    if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
        return "encrypted PDF: the file is password-protected (PDFium: unsupported security scheme)"
    return str(exc).rstrip(".")


def _page(pdf: pdfium.PdfDocument, index: int) -> Page:
    page = pdf[index]
    try:
        to_page, size = _frame(page)
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, to_page)
        finally:
            textpage.close()
        shapes = paths(page, to_page, size[1])
        objects = {"char": _seen(chars, shapes), **shapes}
    finally:
        page.close()
    return Page(objects, (0, 0, *size))


def _seen(chars: list[dict], shapes: dict[str, list[dict]]) -> list[dict]:
    """The characters a reader sees: white ones are left out unless a filled shape not white
    stands behind them (the last one painted that holds the character's middle), as the HWPX
    reader leaves out text in the colour of its cell (:mod:`.ink`)."""
    white = [c for c in chars if unseen(c["ink"], PAGE)]
    if not white:
        return chars
    grounds = [s for kind in ("rect", "curve") for s in shapes[kind] if s["fill_colour"]]
    hidden = {id(c) for c in white if unseen(c["ink"], _ground(c, grounds))}
    return [c for c in chars if id(c) not in hidden]


def _ground(char: dict, grounds: list[dict]) -> Colour | None:
    """The fill of the last filled shape painted under the character's middle (None: the page)."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    under = [g for g in grounds if g["x0"] <= x <= g["x1"] and g["top"] <= y <= g["bottom"]]
    return under[-1]["fill_colour"] if under else PAGE


def _frame(page: pdfium.PdfPage) -> tuple[Matrix, Point]:
    """The matrix from user space to points from the top-left corner of the page as shown (its
    media box turned by its /Rotate, as pdfminer and pdfplumber place things), and that size."""
    x0, y0, x1, y1 = page.get_mediabox()
    x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    rotation = page.get_rotation()
    if rotation == 90:
        return (0, 1, 1, 0, -y0, -x0), (y1 - y0, x1 - x0)
    if rotation == 180:
        return (-1, 0, 0, 1, x1, -y0), (x1 - x0, y1 - y0)
    if rotation == 270:
        return (0, -1, -1, 0, y1, x1), (y1 - y0, x1 - x0)
    return (1, 0, 0, -1, -x0, y1), (x1 - x0, y1 - y0)


def _chars(textpage: pdfium.PdfTextPage, to_page: Matrix) -> list[dict]:
    """The page's characters as pdfplumber's char dicts (the keys its word grouping, cropping and
    tables read, and ours): text, box, size, font name and whether
    it stands upright. The box is pdfminer's: across, the glyph's advance; up, the font size from
    the font's descent below the baseline. What the characters of one text object share (font,
    size, matrix) is read once for the object (:class:`_Run`); this loop runs for every
    character of the document, so it is written out flat."""
    raw = textpage.raw
    loose = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    m0, m1, m2, m3, m4, m5 = to_page
    fonts: dict[int, _Font] = {}
    runs: dict[int, _Run] = {}
    chars = []
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        text_object = pdfium_c.FPDFText_GetTextObject(raw, i)
        if not text_object:  # a line break PDFium made up
            continue
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code in _BREAKS and pdfium_c.FPDFText_IsGenerated(raw, i):  # a space PDFium made up
            continue
        key = _address(text_object).value
        run = runs.get(key)
        if run is None:
            run = runs[key] = _Run(raw, i, text_object, fonts, to_page)
        if not (pdfium_c.FPDFText_GetCharOrigin(raw, i, x, y) and pdfium_c.FPDFText_GetLooseCharBox(raw, i, loose)):
            continue
        a, b, c, d = run.matrix
        advance = run.font.width(code, run.size) if run.own_widths else (loose.right - loose.left) / abs(a)
        # two corners of the box, from the origin: the descent below it, the advance and size on
        u0, v0 = x.value + run.foot[0], y.value + run.foot[1]
        u1, v1 = x.value + a * advance + run.head[0], y.value + b * advance + run.head[1]
        x0, top = m0 * u0 + m2 * v0 + m4, m1 * u0 + m3 * v0 + m5
        x1, bottom = m0 * u1 + m2 * v1 + m4, m1 * u1 + m3 * v1 + m5
        if x0 > x1:
            x0, x1 = x1, x0
        if top > bottom:
            top, bottom = bottom, top
        chars.append({
            "text": chr(code) if 0 < code < 0xD800 else _text(code), "fontname": run.font.name,
            # pdfminer's: the height of the box on the page; upright as the glyph stands there
            "size": bottom - top, "upright": run.upright,
            "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "ink": run.ink,
        })
    return chars


class _Run:
    """What the characters of one text object share: font, size, matrix, whether they stand
    upright, and where their advances come from: PDFium's loose box runs the advance across for
    a glyph set straight; for one turned, or in a font whose boxes PDFium gives a whole em wide
    (a Type 3 font, :attr:`_Font.em_boxes`), the widths are the font's own (``own_widths``)."""

    def __init__(self, raw, index: int, text_object, fonts: dict[int, _Font], to_page: Matrix):
        matrix = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
        self.matrix = a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        self.size = pdfium_c.FPDFText_GetFontSize(raw, index)
        self.font = font = _font(text_object, fonts)
        self.upright = _upright(self.matrix, to_page)
        #: the colour the text is filled with (white text may be unseen: :func:`_unseen_dropped`)
        self.ink = fill_colour(text_object)
        if font.em_boxes is None and self.size and not chr(pdfium_c.FPDFText_GetUnicode(raw, index)).isspace():
            font.em_boxes = _em_boxes(raw, index)
        self.own_widths = bool(font.em_boxes) or not self.size or not a or abs(b) + abs(c) > TURNED * (abs(a) + abs(d))
        # where the box's corners stand from the origin, in user space: the descent below it, and
        # (the advance aside) the descent plus the size
        low, high = font.descent * self.size, (font.descent + 1) * self.size
        self.foot, self.head = (c * low, d * low), (c * high, d * high)


def _em_boxes(raw, index: int) -> bool:
    """Whether PDFium gave character ``index`` (not a space: a space's ink box may be its loose
    one) its glyph's box for its loose box: it does so when it knows no ascent and descent for
    the font (a Type 3 font), and the box is then a whole em."""
    loose = pdfium_c.FS_RECTF()
    left, right, low, high = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    return bool(pdfium_c.FPDFText_GetLooseCharBox(raw, index, loose)
                and pdfium_c.FPDFText_GetCharBox(raw, index, left, right, low, high)
                and _same_box((loose.left, loose.right, loose.bottom, loose.top),
                              (left.value, right.value, low.value, high.value)))


def _upright(glyph: tuple[float, float, float, float], to_page: Matrix) -> bool:
    """Whether a glyph stands upright on the page as shown (pdfminer's test, on the glyph's
    matrix turned with the page: y up, not down as in ``to_page``)."""
    a, b, c, d = glyph
    p, q, r, s = to_page[:4]
    a, b, c, d = a * p + b * r, -(a * q + b * s), c * p + d * r, -(c * q + d * s)
    return a * d > 0 and b * c <= 0


def _text(code: int) -> str:
    """A character's text from its code point; one no string can hold (a lone surrogate, past
    U+10FFFF) is U+FFFD, and none (0) is empty."""
    if not code:
        return ""
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _same_box(one: tuple[float, ...], other: tuple[float, ...]) -> bool:
    """Two boxes that differ only by rounding (PDFium hands them out through different paths)."""
    return all(abs(p - q) < SAME_BOX for p, q in zip(one, other))


class _Font:
    """What a character needs of its font: its base name (``ABCDEF+HCRDotum-Bold``) and its
    descent (a share of the size, as pdfminer takes it: the font descriptor's, or the font box's)."""

    def __init__(self, font):
        self.font = font
        length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = ctypes.create_string_buffer(max(length, 1))
        if length:
            pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
        self.name = buffer.value.decode("utf-8", "replace")
        descent = ctypes.c_float()
        self.descent = descent.value / 1000 if pdfium_c.FPDFFont_GetDescent(font, 1000, descent) else 0.0
        #: whether PDFium gives its characters em-wide boxes (known at its first glyph set in a size)
        self.em_boxes: bool | None = None

    def width(self, code: int, size: float) -> float:
        """The advance of a character (by its Unicode) at ``size``, in text space."""
        width = ctypes.c_float()
        return width.value if pdfium_c.FPDFFont_GetGlyphWidth(self.font, code, size, width) else 0.0


def _font(text_object, fonts: dict[int, _Font]) -> _Font:
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    if key not in fonts:
        fonts[key] = _Font(font)
    return fonts[key]
