"""Cleaning converted text into the document text every extractor reads.

What is cleaned: line ends (CRLF, CR), no-break, full-width and other odd spaces,
zero-width characters, control characters, the private-use glyphs HWP uses as bullets,
page furniture (`- 3 -`, `1 / 12`), and HWP preview text whose cells are bracketed
(`<보도><2025.9.8.(월) 석간><배포>…`), which becomes tab-separated rows.
"""
from __future__ import annotations

import re

from .flat_header import unflatten

#: characters that are white space in effect but not to str.split on every platform
ODD_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
#: zero-width characters and the BOM, dropped
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
#: C0/C1 controls other than tab and newline, dropped
CONTROLS = dict.fromkeys([c for c in range(32) if c not in (9, 10)] + list(range(127, 160)), None)
#: private-use glyphs HWP fonts draw as bullets (󰋯, 󰋻 …), written as a plain bullet
PRIVATE_USE = re.compile(r"[\U000F0000-\U000FFFFD\U00100000-\U0010FFFD\uE000-\uF8FF]")
PUA_BULLET = "•"
#: page furniture: a page number alone on a line
PAGE_NUMBER = re.compile(r"^[ \t]*(?:-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3}|페이지\s*\d{1,3})[ \t]*$", re.M)
#: HWP preview text: bracketed cells, rows separated by a space between brackets
PREVIEW_LINE = re.compile(r"^\s*<[^<>\n]*>(?:\s*<[^<>\n]*>){3,}")
#: the text HWP writes in place of a picture: `그림입니다. 원본 그림의 이름: logo.png 원본 그림의 크기: …`
PICTURE_PLACEHOLDER = re.compile(
    r"그림입니다\.\s+원본 그림의 이름:\s+.{1,120}?\.(?:png|jpe?g|bmp|gif|wmf|emf|tiff?)\s+원본 그림의 크기:\s+가로\s*\d+\s*pixel,"
    r"\s*세로\s*\d+\s*pixel(?:\s+사진 찍은 날짜:\s+\d{4}년\s+\d{1,2}월\s+\d{1,2}일\s+(?:오전|오후)\s+\d{1,2}:\d{2})?"
    r"(?:\s+프로그램 이름\s*:\s*[\w .]+?(?=\s+[가-힣]))?",
    re.I,
)
#: a quotation mark escaped by the tool that scraped the text: `\"…\"`
ESCAPED_QUOTE = re.compile(r"\\+([\"'])")
#: a markdown table row `| a | b |` (two cells or more) and its rule row `|---|:---:|`
PIPE_ROW = re.compile(r"^[ \t]*\|(?P<cells>[^\n]*\|[^\n]*)\|[ \t]*$", re.M)
PIPE_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
#: one bracketed cell, or a run of text outside the brackets (the body after the last cell)
PREVIEW_PART = re.compile(r"<(?P<cell>[^<>\n]*)(?:>|$)|(?P<text>[^<\n]+)")
#: how many opening non-blank lines may hold a flattened header
HEADER_LINES = 5
#: a gap of several spaces inside one cell: the preview's stand-in for a paragraph break
WIDE_GAP = re.compile(r"\s{2,}")

TRANSLATION = {**ODD_SPACES, **ZERO_WIDTH, **CONTROLS}
#: any character TRANSLATION changes (one search, cheaper than translating a line that has none)
TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(TRANSLATION)) + "]")


def clean(text: str) -> str:
    """The cleaned document text of a converted (HWP/PDF/web-copied) release."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(TRANSLATION)
    text = PRIVATE_USE.sub(PUA_BULLET, text)
    text = PAGE_NUMBER.sub("", text)
    text = PICTURE_PLACEHOLDER.sub("", text)
    text = ESCAPED_QUOTE.sub(r"\1", text)
    text = PIPE_ROW.sub(_pipe_row, text)
    if text.lstrip().startswith("<<"):
        text = flatten_nested_cells(text)
    if PREVIEW_LINE.match(text):
        text = unbracket_preview(text)
    return _unflatten_header(text)


def clean_line(line: str) -> str:
    """One line of a structured format (a paragraph or a cell of HWPX, PDF): odd and zero-width
    spaces, controls, HWP bullet glyphs, page numbers, picture placeholders, escaped quotes.

    It runs on every paragraph and cell, and most need none of it: a translation or a
    substitution runs only on a line that holds what it looks for (a cheap test first)."""
    if TRANSLATED.search(line):
        line = line.translate(TRANSLATION)
    line = PRIVATE_USE.sub(PUA_BULLET, line)
    line = PAGE_NUMBER.sub("", line)
    if "그림입니다" in line:
        line = PICTURE_PLACEHOLDER.sub("", line)
    return ESCAPED_QUOTE.sub(r"\1", line) if "\\" in line else line


def _unflatten_header(text: str) -> str:
    """The text with a flattened header (a preview that lost its line breaks) cut back into
    rows; only the opening lines can hold the header, so only they are read."""
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if seen == HEADER_LINES:
            break
        if line.strip():
            seen += 1
            rows = unflatten(line)
            if rows:
                lines[i] = "\n".join(rows)
    return "\n".join(lines)


def flatten_nested_cells(text: str) -> str:
    """A table nested in a preview's cell (`<<경 찰 청>융위원회>`, the joint banner's logos)
    written as one cell: the inner brackets become spaces, so that the cells can be read."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "\n":
            depth = 0
        elif ch == "<":
            depth += 1
            if depth > 1:
                ch = " "
        elif ch == ">" and depth > 0:
            depth -= 1
            if depth > 0:
                ch = " "
        out.append(ch)
    return "".join(out)


def unbracket_preview(text: str) -> str:
    """`<a><b> <c> body` → rows of tab-separated cells and lines: `a⇥b`, `c`, `body`.

    Adjacent cells share a row; a space between cells starts a new row; text outside the
    brackets is a line of its own; a lone cell with wide gaps gives one line per part.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        if not PREVIEW_LINE.match(line):
            lines.append(line)
            continue
        row: list[str] = []
        for m in PREVIEW_PART.finditer(line):
            if m.group("text") is not None:
                _flush_row(row, lines)
                if m.group("text").strip():
                    lines.append(m.group("text").strip())
                continue
            if row and line[m.start() - 1:m.start()] != ">":
                _flush_row(row, lines)
            row.append(m.group("cell").strip())
        _flush_row(row, lines)
    return "\n".join(lines)


def _pipe_row(m: re.Match) -> str:
    """`| a | b |` → `a⇥b`; a rule row keeps its dashes as rule cells."""
    cells = [c.strip() for c in m.group("cells").split("|")]
    if all(PIPE_RULE_CELL.match(c) for c in cells):
        return "\t".join("---" for _ in cells)
    return "\t".join(cells)


def _flush_row(row: list[str], lines: list[str]) -> None:
    if len(row) == 1 and WIDE_GAP.search(row[0]):
        lines.extend(part for part in WIDE_GAP.split(row[0]) if part)
    elif row:
        lines.append("\t".join(WIDE_GAP.sub(" ", cell) for cell in row))
    row.clear()
