"""Cleaning converted text into the document text every extractor reads.

What is cleaned: line ends (CRLF, CR), no-break, full-width and other odd spaces,
zero-width characters, control characters, the private-use glyphs HWP uses as bullets,
page furniture (`- 3 -`, `1 / 12`), and HWP preview text whose cells are bracketed
(`<보도><2025.9.8.(월) 석간><배포>…`), which becomes tab-separated rows.
"""
from __future__ import annotations

import re

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
ROW_BREAK = re.compile(r">\s+<")

TRANSLATION = {**ODD_SPACES, **ZERO_WIDTH, **CONTROLS}


def clean(text: str) -> str:
    """The cleaned document text of a converted (HWP/PDF/web-copied) release."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(TRANSLATION)
    text = PRIVATE_USE.sub(PUA_BULLET, text)
    text = PAGE_NUMBER.sub("", text)
    if PREVIEW_LINE.match(text):
        text = unbracket_preview(text)
    return text


def unbracket_preview(text: str) -> str:
    """`<a><b> <c>` → rows of tab-separated cells: `a⇥b` and `c`."""
    lines = []
    for line in text.split("\n"):
        if not PREVIEW_LINE.match(line):
            lines.append(line)
            continue
        for row in ROW_BREAK.split(line.strip()):
            row = row.strip()
            if row.startswith("<"):
                row = row[1:]
            if row.endswith(">"):
                row = row[:-1]
            lines.append(row.replace("><", "\t"))
    return "\n".join(lines)
