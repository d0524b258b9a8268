"""PDF through pdfplumber: text lines and ruled tables, in reading order.

Releases are often printed two pages to a landscape sheet, where a plain text extraction
interleaves the two columns line by line. A page much wider than tall is therefore read as
its left half, then its right half. On each (half) page, ruled tables found by pdfplumber
become tab-separated rows (a cell's lines joined by spaces, a merged cell left empty, as in
converted HWP text), and the text outside them comes line by line, all ordered from the top.
"""
from __future__ import annotations

import io

#: a page this much wider than tall holds two pages side by side
TWO_UP_RATIO = 1.2


class PdfError(ValueError):
    """A PDF that cannot be read; the message says why."""


def to_text(data: bytes) -> str:
    """The document text of a PDF."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            lines: list[str] = []
            for page in pdf.pages:
                for part in _halves(page):
                    lines.extend(_lines(part))
    except Exception as exc:  # pdfminer raises many kinds of errors for broken or encrypted files
        raise PdfError(f"{type(exc).__name__}: {exc}") from exc
    return "\n".join(lines)


def _halves(page) -> list:
    width, height = page.width, page.height
    if width < height * TWO_UP_RATIO:
        return [page]
    return [page.crop((0, 0, width / 2, height)), page.crop((width / 2, 0, width, height))]


def _lines(page) -> list[str]:
    """The page's text lines and table rows, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        return not any(x0 <= obj.get("x0", 0) and obj.get("x1", 0) <= x1 and top <= obj.get("top", 0)
                       and obj.get("bottom", 0) <= bottom for x0, top, x1, bottom in boxes)

    blocks = [(line["top"], [line["text"]]) for line in page.filter(outside).extract_text_lines()]
    for table in tables:
        rows = ["\t".join(" ".join((cell or "").split()) for cell in row) for row in table.extract()]
        blocks.append((table.bbox[1], [r for r in rows if r.strip()]))
    blocks.sort(key=lambda block: block[0])
    return [text for _, texts in blocks for text in texts]
