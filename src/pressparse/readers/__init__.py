"""Readers: one per input format, each yielding the same cleaned :class:`Document`."""
from __future__ import annotations

import hashlib
from dataclasses import replace

from ..blocks import Grid, Para, layout, text_size
from ..document import Document
from ..models import Source
from ..options import Options
from . import detect, encoding, text
from .bounded import TooLarge

#: formats pressparse recognises but cannot read (yet); they get a clear error
UNREADABLE = {
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "zip": "a ZIP archive that is not HWPX",
    "gzip": "a gzip file",
    "ole": "an OLE compound file that is not HWP",
}


def read(data: bytes | str, *, path: str | None = None, options: Options | None = None) -> Document:
    """Read one input into a cleaned document; problems become ``errors``/``warnings``."""
    options = options or Options()
    if isinstance(data, str):
        raw = data.encode("utf-8", errors="surrogatepass")
        source = Source(path=path, format="text", encoding=None, sha256=_sha(raw), size=len(raw))
        clean, warnings = encoding.without_surrogates(data)
        return _text_document(clean, source, warnings, options)
    source = Source(path=path, sha256=_sha(data), size=len(data))
    fmt = detect.sniff(data)
    source.format = fmt
    if not data.strip():
        source.format = "text"
        return Document("", source=source, errors=["empty input: the document has no text"])
    if len(data) > options.max_bytes:
        return Document("", source=source, errors=[
            f"input too large: {len(data):,} bytes, over the limit of {options.max_bytes:,} (max_bytes)"])
    if fmt in UNREADABLE:
        return Document("", source=source, errors=[f"unsupported input: {UNREADABLE[fmt]}"])
    if fmt == "hwpx":
        return _hwpx_document(data, source, options)
    if fmt == "hwp":
        return _hwp_document(data, source, options)
    if fmt == "pdf":
        return _pdf_document(data, source, options)
    decoded = encoding.decode(data)
    source.encoding = decoded.encoding
    warnings = [decoded.warning] if decoded.warning else []
    if detect.looks_binary(decoded.text):
        source.format = "binary"
        return Document("", source=source, errors=["unsupported input: binary data, not a text document"])
    if is_markdown(path, decoded.text, fmt):
        source.format = "markdown"
        return _markdown_document(decoded.text, source, warnings, options)
    if fmt == "html":
        from . import html

        page = html.read_page(decoded.text)
        doc = _text_document(page.text, source, warnings, options)
        doc.errors[:0] = page.errors
        doc.site = page.site
        doc.metadata = page.metadata
        return doc
    return _text_document(decoded.text, source, warnings, options)


#: file name endings of Markdown
MARKDOWN_SUFFIXES = (".md", ".markdown")


def is_markdown(path: str | None, text: str, fmt: str) -> bool:
    """Markdown by its file name, or by its content (front matter, a pipe table, Markdown markup);
    a text that opens with an HTML table may be Markdown too, never a whole web page."""
    if path and path.lower().endswith(MARKDOWN_SUFFIXES):
        return True
    return (fmt == "text" or (fmt == "html" and not detect.is_web_page(text))) and detect.looks_markdown(text)


def _markdown_document(raw: str, source: Source, warnings: list[str], options: Options) -> Document:
    from . import markdown, md_meta

    errors: list[str] = []
    if len(raw) > options.max_chars:
        errors.append(_cut_error(options.max_chars))
        raw = raw[:options.max_chars]
    try:
        parsed = markdown.read(raw)
    except Exception as exc:  # a bug or a limit of the parser must not cost the record
        doc = _text_document(raw, source, warnings, options)
        doc.errors.insert(0, f"unreadable Markdown, read as plain text: {type(exc).__name__}: {exc}")
        return doc
    doc = _structured_document(parsed.items, source, options)
    doc.errors[:0] = errors
    doc.warnings[:0] = warnings + parsed.warnings
    fields = md_meta.from_fields(parsed.fields)
    if parsed.front_matter is not None:
        front, problems = md_meta.from_front_matter(parsed.front_matter)
        doc.warnings.extend(problems)
        fields = front.merged(fields)
    doc.metadata = fields
    return doc


def _pdf_document(data: bytes, source: Source, options: Options) -> Document:
    from .pdf import PdfError, read_blocks

    try:
        items = read_blocks(data, max_chars=options.max_chars)
    except PdfError as exc:
        return Document("", source=source, errors=[f"unreadable PDF: {exc}"])
    return _structured_document(items, source, options)


def _hwp_document(data: bytes, source: Source, options: Options) -> Document:
    from .hwp import HwpError, read_blocks

    return _blocks_document(read_blocks, HwpError, "HWP", "utf-16-le", data, source, options)  # HWP 5 text is UTF-16


def _hwpx_document(data: bytes, source: Source, options: Options) -> Document:
    from .hwpx import HwpxError, read_blocks

    return _blocks_document(read_blocks, HwpxError, "HWPX", "utf-8", data, source, options)


def _blocks_document(read_blocks, refused: type[Exception], name: str, encoding: str, data: bytes,
                     source: Source, options: Options) -> Document:
    """The document of a reader's blocks, with the errors it met on the way; a file the reader
    refuses (``refused``: protected, not a package), one past the size limit, or one broken
    where no check foresaw (malformed XML, a record the record layer did not expect) gives an
    empty document with the error."""
    source.encoding = encoding
    try:
        items, errors = read_blocks(data, max_bytes=options.max_bytes, max_chars=options.max_chars)
    except refused as exc:
        return Document("", source=source, errors=[f"unreadable {name}: {exc}"])
    except TooLarge as exc:
        return Document("", source=source, errors=[f"input too large: {exc}"])
    except Exception as exc:
        return Document("", source=source, errors=[f"unreadable {name}: {type(exc).__name__}: {exc}"])
    doc = _structured_document(items, source, options)
    doc.errors[:0] = errors
    return doc


def _structured_document(items: list[Para | Grid], source: Source, options: Options) -> Document:
    """The document of a reader's paragraphs and tables, each line cleaned on its own."""
    items, errors = _within(items, options.max_chars)
    cleaned, blocks = layout(items, text.clean_line)
    if not cleaned.strip():
        errors.append("empty input: the document has no text")
    return Document(cleaned, source=source, errors=errors, given_blocks=blocks)


def _within(items: list[Para | Grid], max_chars: int) -> tuple[list[Para | Grid], list[str]]:
    """The items up to ``max_chars`` characters, the one that crosses it cut (a paragraph's text,
    a table's later cells), and the error when some text is left out."""
    total = 0
    for i, item in enumerate(items):
        size = text_size(item)
        if total + size > max_chars:
            room = max_chars - total
            return items[:i] + [_cut(item, room)], [_cut_error(max_chars)]
        total += size
    return items, []


def _cut(item: Para | Grid, room: int) -> Para | Grid:
    if isinstance(item, Para):
        return Para(item.text[:max(room, 0)], item.hints)
    kept = []
    for cell in item.cells:
        if len(cell.text) + 1 > room:
            kept.append(replace(cell, text=cell.text[:max(room, 0)]))
            break
        room -= len(cell.text) + 1
        kept.append(cell)
    return Grid(tuple(kept))


def _cut_error(max_chars: int) -> str:
    return f"text cut: only the first {max_chars:,} characters of the document were analysed (max_chars)"


def _text_document(raw: str, source: Source, warnings: list[str], options: Options) -> Document:
    errors: list[str] = []
    if len(raw) > options.max_chars:
        errors.append(_cut_error(options.max_chars))
        raw = raw[:options.max_chars]
    cleaned = text.clean(raw)
    if not cleaned.strip():
        errors.append("empty input: the document has no text")
    return Document(cleaned, source=source, warnings=warnings, errors=errors)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
