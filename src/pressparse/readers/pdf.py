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


def to_text(data: bytes, *, max_chars: int | None = None) -> str:
    """The document text of a PDF; pages after the first ``max_chars`` characters are not read."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            lines: list[str] = []
            chars = 0
            for page in pdf.pages:
                if max_chars is not None and chars > max_chars:
                    break
                for part in _halves(page):
                    new = _lines(part)
                    lines.extend(new)
                    chars += sum(len(line) + 1 for line in new)
    except Exception as exc:  # pdfminer raises many kinds of errors for broken or encrypted files
        raise PdfError(_reason(exc)) from exc
    return "\n".join(lines)


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
