"""The paths of a PDF page, read with PDFium, as pdfplumber's lines, rects and curves.

pdfplumber's table finder builds a table's grid from the edges of these: every line, the four
sides of every rect, the segments of every curve, whatever their colour or width. pdfminer
sorts a path into the three by the commands that draw it; PDFium gives the same commands as
segments, and they are sorted here the same way, so that the finder sees the edges it saw before.
"""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

#: Form XObjects nested deeper than this are not looked into (pypdfium2's own default)
MAX_FORM_DEPTH = 15
#: a point, and a matrix (a, b, c, d, e, f) mapping points from one space to another
Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]


def apply(m: Matrix, x: float, y: float) -> Point:
    """The point (x, y) mapped by ``m``."""
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def concat(first: Matrix, then: Matrix) -> Matrix:
    """The matrix that applies ``first``, then ``then``."""
    a, b, c, d, e, f = first
    A, B, C, D, E, F = then
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def paths(page: pdfium.PdfPage, to_page: Matrix, height: float) -> dict[str, list[dict]]:
    """The page's paths as pdfplumber's lines, rects and curves, Form XObjects included;
    ``to_page`` maps user space to the page's top-left coordinates, ``height`` is the page's."""
    shapes: dict[str, list[dict]] = {"line": [], "rect": [], "curve": []}
    matrix = pdfium_c.FS_MATRIX()

    def walk(count, get, parent, outer: Matrix, depth: int) -> None:
        for i in range(count(parent)):
            obj = get(parent, i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
                continue
            if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
                continue
            m = concat((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                fill = fill_colour(obj)
                for commands, pts in _subpaths(obj, m):
                    kind_name, pts = _shape(commands, pts)
                    if pts:
                        shapes[kind_name].append({**_shape_dict(kind_name, pts, height), "fill_colour": fill})
            elif depth < MAX_FORM_DEPTH:
                walk(pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, obj, m, depth + 1)

    walk(pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, page.raw, to_page, 1)
    return shapes


def _subpaths(path, m: Matrix) -> list[tuple[str, list[Point]]]:
    """A path object's subpaths as pdfminer sees them: each its commands (``m``, ``l``, ``c``,
    ``h``, one letter each) and the point each ends at, on the page."""
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[tuple[str, list[Point]]] = []
    commands, pts = "", []
    pending_curve = 0
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        if not segment:
            continue
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            # PDFium gives a curve as three segments: two control points, then the end point
            pending_curve += 1
            if pending_curve < 3:
                continue
            pending_curve = 0
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = m[0] * x.value + m[2] * y.value + m[4], m[1] * x.value + m[3] * y.value + m[5]
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not pts:
            if pts:
                subpaths.append((commands, pts))
            commands, pts = "m", [point]
        else:
            commands += "c" if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO else "l"
            pts.append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            commands += "h"
            pts.append(pts[0])
    if pts:
        subpaths.append((commands, pts))
    return subpaths


def _shape(shape: str, pts: list[Point]) -> tuple[str, list[Point]]:
    """A subpath as pdfminer sorts it (``line``, ``rect`` or ``curve``), and its points."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:  # a redundant l before h
        shape = shape[:-2] + "h"
        pts.pop()
    if len(pts) < 2:
        return "curve", []
    if shape in ("ml", "mlh"):
        return "line", pts[:2]
    if shape in ("mlllh", "mllll") and pts[0] == pts[4]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
        if (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0):
            return "rect", pts
    return "curve", pts


def _shape_dict(kind: str, pts: list[Point], height: float) -> dict:
    """pdfplumber's dict of a line, rect or curve (``y0``, ``y1`` measured up from the bottom)."""
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    return {"object_type": kind, "pts": pts, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "y0": height - bottom, "y1": height - top, "width": x1 - x0, "height": bottom - top}


def fill_colour(obj) -> tuple[int, int, int] | None:
    """The colour a page object is filled with (a path drawn with a fill, or text), None for
    a path that is only stroked or a colour PDFium cannot give."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_PATH:
        mode, stroke = ctypes.c_int(), ctypes.c_int()
        if not pdfium_c.FPDFPath_GetDrawMode(obj, mode, stroke) or mode.value == pdfium_c.FPDF_FILLMODE_NONE:
            return None
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a) or a.value == 0:
        return None
    return (r.value, g.value, b.value)
