"""PDF through pdfplumber: text lines (with font size, weight and page) and ruled tables, in reading order.

Releases are often printed two pages to a landscape sheet, where a plain text extraction
interleaves the two columns line by line. A page much wider than tall is therefore read as
its left half, then its right half. On each (half) page, ruled tables found by pdfplumber
become tab-separated rows (a cell's lines joined by spaces, a merged cell left empty, as in
converted HWP text), and the text outside them comes line by line, all ordered from the top.
"""
from __future__ import annotations

import io
import re
from collections import Counter

from ..blocks import Cell, Grid, Hints, Para, text_size

#: a page this much wider than tall holds two pages side by side
TWO_UP_RATIO = 1.2
#: a font name that says the face is bold (`HCRDotum-Bold`, `NanumGothicBold`, `Gulim,Bold`)
BOLD_FONT = re.compile(r"bold|black|heavy|extrabold|semibold", re.I)


class PdfError(ValueError):
    """A PDF that cannot be read; the message says why."""


def read_blocks(data: bytes, *, max_chars: int | None = None) -> list[Para | Grid]:
    """The text lines (with font size, weight and page) and ruled tables of a PDF, in reading
    order; pages after the first ``max_chars`` characters are not read."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            items: list[Para | Grid] = []
            chars = 0
            for number, page in enumerate(pdf.pages, 1):
                if max_chars is not None and chars > max_chars:
                    break
                for part in _halves(page):
                    new = _items(part, number)
                    items.extend(new)
                    chars += sum(text_size(item) for item in new)
    except Exception as exc:  # pdfminer raises many kinds of errors for broken or encrypted files
        raise PdfError(_reason(exc)) from exc
    return items




def _reason(exc: Exception) -> str:
    """Why a PDF could not be read, in words; pdfplumber wraps pdfminer's error in another."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc.__cause__ or exc
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or isinstance(exc, PDFPasswordIncorrect):
        return f"encrypted PDF: the file is password-protected ({type(inner).__name__})"
    message = str(inner) or str(exc)
    return f"{type(inner).__name__}: {message}" if message else f"{type(inner).__name__} (no detail given)"


def _halves(page) -> list:
    width, height = page.width, page.height
    if width < height * TWO_UP_RATIO:
        return [page]
    return [page.crop((0, 0, width / 2, height)), page.crop((width / 2, 0, width, height))]


def _items(page, number: int) -> list[Para | Grid]:
    """The page's text lines and tables, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        return not any(x0 <= obj.get("x0", 0) and obj.get("x1", 0) <= x1 and top <= obj.get("top", 0)
                       and obj.get("bottom", 0) <= bottom for x0, top, x1, bottom in boxes)

    placed: list[tuple[float, Para | Grid]] = [
        (line["top"], Para(line["text"], _hints(line["chars"], number)))
        for line in page.filter(outside).extract_text_lines()]
    for table in tables:
        cells = tuple(Cell(" ".join(text.split()), r, c)
                      for r, row in enumerate(table.extract()) for c, text in enumerate(row) if text is not None)
        placed.append((table.bbox[1], Grid(cells)))
    placed.sort(key=lambda pair: pair[0])
    return [item for _, item in placed]


def _hints(chars: list[dict], page: int) -> Hints:
    """The size and weight most characters of a line have."""
    sizes: Counter[float] = Counter()
    bold = 0
    for char in chars:
        if not char.get("text", "").strip():
            continue
        sizes[round(char.get("size", 0), 1)] += 1
        bold += BOLD_FONT.search(char.get("fontname", "")) is not None
    if not sizes:
        return Hints(page=page)
    return Hints(points=sizes.most_common(1)[0][0], bold=bold * 2 > sum(sizes.values()), page=page)
