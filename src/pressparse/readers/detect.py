"""Telling input formats apart by their first bytes."""
from __future__ import annotations

import re

#: magic numbers of formats people drop into a folder of releases
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # HWP 5, old MS Office
    (b"\x1f\x8b", "gzip"),
)

#: what makes an OLE compound file an HWP 5 file: its FileHeader stream and signature
HWP_MARKS = ("FileHeader".encode("utf-16-le"), b"HWP Document File")

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|div|table)\b", re.I | re.S)


#: what opens a whole web page (not a fragment such as a Markdown file's first table)
_PAGE_START = re.compile(r"^\s*+(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b", re.I | re.S)


def is_web_page(text: str) -> bool:
    """True for text that opens as a web page does (doctype, <html>, <head>, <body>, <meta>)."""
    return bool(_PAGE_START.match(text[:4096].lstrip("\ufeff")))


def sniff(data: bytes) -> str:
    """The format of ``data``: text, html, hwpx, hwp, pdf, png, zip … (``text`` by default)."""
    for magic, name in MAGIC:
        if data.startswith(magic):
            if name == "zip":
                return "hwpx" if b"application/hwp+zip" in data[:200] or b"Contents/" in data[:4000] else "zip"
            if name == "ole":
                return "hwp" if any(mark in data[:65536] for mark in HWP_MARKS) else "ole"
            return name
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "html"
    return "text"


#: so few bad characters never make a text binary (one lone surrogate in a short text)
BINARY_MIN_BAD = 8


def looks_binary(text: str) -> bool:
    """True when more than 5 % of decoded text (and more than a few characters) are replacement
    or control characters."""
    sample = text[:100_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v"))
    return bad > max(len(sample) * 0.05, BINARY_MIN_BAD)


#: a pipe table: a row of cells, and the rule row under a table's header row
MD_PIPE_ROW = re.compile(r"^[ \t]*+\|[^\n]*\|[ \t]*+$", re.M)
MD_TABLE_RULE = re.compile(r"^[ \t|:-]*+$")
#: what Markdown writes often, plain text seldom: ATX headings, emphasis, links and images, <br>,
#: raw HTML tables, block quotes
MD_HINTS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),
    re.compile(r"\*\*[^*\n]{1,200}+\*\*"),
    re.compile(r"\]\([^)\s]{1,500}+\)"),
    re.compile(r"<br\s*+/?>", re.I),
    re.compile(r"^<table\b", re.I | re.M),
    re.compile(r"^>[ \t]", re.M),
)
#: how much of a text is looked at, and how many lines a front matter may have
MD_SAMPLE = 65536
MD_FRONT_MATTER_LINES = 200


def looks_markdown(text: str) -> bool:
    """True for text that Markdown wrote: front matter at its start, a pipe table (a row of
    cells over a rule row), or two different kinds of Markdown markup."""
    sample = text[:MD_SAMPLE].lstrip("\ufeff")
    if _front_matter(sample):
        return True
    if any("-" in row and "---" in row and MD_TABLE_RULE.match(row) for row in MD_PIPE_ROW.findall(sample)):
        return True
    return sum(1 for pattern in MD_HINTS if pattern.search(sample)) >= 2


def _front_matter(sample: str) -> bool:
    """A `---` line opens the text and another closes it within a few lines, the lines between
    mostly `key: value` fields."""
    lines = sample.split("\n", MD_FRONT_MATTER_LINES + 1)[:MD_FRONT_MATTER_LINES + 1]
    if not lines or lines[0].rstrip() != "---":
        return False
    for i, line in enumerate(lines[1:], 1):
        if line.rstrip() in ("---", "..."):
            inner = [ln for ln in lines[1:i] if ln.strip()]
            return bool(inner) and sum(":" in ln for ln in inner) * 2 >= len(inner)
    return False
