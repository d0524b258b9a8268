"""Where the title stands: the candidates a release offers and the evidence for each.

Type size where the format gives it, a header row that ends with the title, or the first
line that is not header, banner, page chrome or a posting stamp.
"""
from __future__ import annotations

import re

from ...blocks import Hints
from ...document import Document, Line
from ...korean import HANGUL, letters
from ...korean.header_words import DEPARTMENT_LABELS, ROLE_WORDS, TIME_LABELS, TITLE_LABEL
from ...korean.markers import BANNER, MARKER, is_chrome
from ...korean.organisations import is_organisation
from ...korean.sentences import ENDS_SENTENCE
from ..header.times import POSTED
from .subtitles import MIN_TITLE, split_inline

#: the longest text that can be a title (a longer line is a paragraph)
MAX_TITLE = 250
#: how many opening lines may hold a header row that ends with the title
HEADER_ROW_LINES = 5
#: the labels of header cells: of the time rows (TIME_LABELS), of the contact rows
CONTACT_LABELS = DEPARTMENT_LABELS | frozenset(ROLE_WORDS)
HEADER_LABELS = TIME_LABELS | CONTACT_LABELS
#: how many opening lines (after the header) the title is looked for in by type size
OPENING_LINES = 40
#: the title's type is at least this much larger than the body's to count as evidence
TITLE_SIZE_RATIO = 1.2
#: sizes within this fraction of each other are the same type
SAME_SIZE = 0.03
#: a line in body type this long that ends a sentence is body text: the title stands before it
MIN_BODY_LINE = 60
#: a banner line ends with the banner word: `가계금융복지조사 보도자료`, `과학기술정보통신부 보도자료`
BANNER_AT_END = re.compile(BANNER.pattern + r"\s*$")
URL = re.compile(r"https?://\S+|www\.\S+")


def title_named(doc: Document, lines: list[Line]) -> int | None:
    """The opening line that holds the title the metadata gives (front matter, a field list), as
    a web page's <title> names its article: the line's letters and digits start with the title's,
    or the title's with the line's (a title set on two lines)."""
    want = letters(doc.metadata.title)
    if len(want) < MIN_TITLE:
        return None
    for i, line in enumerate(lines[:OPENING_LINES]):
        have = letters(line.stripped)
        if len(have) >= MIN_TITLE and (have.startswith(want) or want.startswith(have)) and can_be_title(line):
            return i
    return None


def title_labelled(lines: list[Line]) -> int | None:
    """The opening line that labels its text as the title (`제목: …`, `[제 목] …`, `제목⇥…`),
    before the first paragraph."""
    for i, line in enumerate(lines[:OPENING_LINES]):
        label = TITLE_LABEL.match(line.stripped)
        if label and can_be_title_text(line.stripped[label.end():].strip()):
            return i
        if len(line.stripped) > MAX_TITLE and not line.is_table_row:
            return None
    return None


def is_label(text: str) -> bool:
    """A header label cell (보도시점, 배포, 담당 부서, 책임자 …), whatever its spacing."""
    key = "".join(text.split()).strip("<>[]()")
    return key in HEADER_LABELS


def title_in_header_row(doc: Document, header: frozenset[int]):
    """(title, span, subtitles on its cell, line) when the title is the last cell of a header row
    (previews and conversions that flatten the whole header into one row: `보도시점⇥…⇥배포⇥…⇥제목`):
    a cell after the row's label–value pairs that is neither a label nor a label's value."""
    for line in doc.lines[:HEADER_ROW_LINES]:
        if line.index not in header or not line.is_table_row:
            continue
        cells = line.filled_cells
        keys = {"".join(c.text.split()).strip("<>[]()") for c in cells}
        if len(cells) < 3 or not keys & TIME_LABELS or keys & CONTACT_LABELS:
            continue
        last, before = cells[-1], cells[-2]
        if (is_label(before.text) or is_label(last.text) or not can_be_title_text(last.text)
                or len(HANGUL.findall(last.text)) < MIN_TITLE):
            continue
        parts = split_inline(last.text)
        title = parts[0][0]
        inline = [(p, (last.start + a, last.start + b)) for p, a, b in parts[1:]]
        return title, (last.start + parts[0][1], last.start + parts[0][2]), inline, line.index
    return None


def title_at(lines: list[Line]) -> int | None:
    """Index of the title line; None when a paragraph comes before any line that can be one."""
    for i, line in enumerate(lines):
        if can_be_title(line):
            return i
        if len(line.stripped) > MAX_TITLE and not line.is_table_row:
            return None
    return None


def can_be_title(line: Line) -> bool:
    if line.is_table_row and len(line.filled_cells) > 1:
        return False
    return can_be_title_text(line.stripped) and not POSTED.match(line.text)


def can_be_title_text(text: str) -> bool:
    """Text that can be a title: long enough, Korean, not a marker line, banner, page chrome or
    a bare organisation name (the letterhead above a banner)."""
    hangul = len(HANGUL.findall(text))
    if not MIN_TITLE <= len(text) <= MAX_TITLE or not hangul or _bare_organisation(text):
        return False
    if hangul < MIN_TITLE and any(ch.isdigit() for ch in text):
        return False  # a date, an edition, a page: `4. 14.(화) 조간`
    if MARKER.match(text) and not text.startswith(("“", "‘", "\"", "'")):
        return False
    if BANNER.search(text) and (len(HANGUL.findall(URL.sub("", BANNER.sub("", text)))) < MIN_TITLE
                                or BANNER_AT_END.search(text)):
        return False
    return not is_chrome(text)


def _bare_organisation(text: str) -> bool:
    """An organisation's name alone (`고용노동부`, `개인정보 보호위원회`): a letterhead, not a title."""
    words = text.split()
    return len(words) <= 2 and is_organisation("".join(words))


def title_by_size(doc: Document, lines: list[Line]) -> tuple[int, int] | None:
    """(index, line count) of the title where the format gives font sizes: the first run of
    lines set in the largest type of the opening lines, when that type stands out of the body.

    Banners, dates, labels and page furniture are never candidates (:func:`can_be_title`),
    whatever their size; consecutive lines of the title's size and page are one title.
    Plain text (no blocks given by its reader) has no sizes: its blocks are not made to say so.
    """
    if doc.given_blocks is None:
        return None
    opening = _opening(doc, lines)
    sized = [(i, line, h) for i, line, h in opening if h.size and can_be_title(line)]
    if not sized:
        return None
    largest = max(h.size for _, _, h in sized)
    if largest < TITLE_SIZE_RATIO:
        return None
    at, _, first = next(item for item in sized if _same_size(item[2].size, largest))
    count = 1
    while at + count < len(lines):
        hints = doc.hints(lines[at + count].index)
        if not hints.size or not _same_size(hints.size, largest) or hints.page != first.page:
            break
        count += 1
    return at, count


def _opening(doc: Document, lines: list[Line]) -> list[tuple[int, Line, Hints]]:
    """The lines before the body starts, with their hints: up to the first paragraph of body
    text (a long line in body type that ends a sentence, or any line longer than a title can
    be) and never past the first page."""
    out: list[tuple[int, Line, Hints]] = []
    for i, line in enumerate(lines[:OPENING_LINES]):
        hints = doc.hints(line.index)
        text = line.stripped
        if out and hints.page is not None and out[0][2].page is not None and hints.page > out[0][2].page:
            break
        if len(text) > MAX_TITLE or (hints.size and hints.size < TITLE_SIZE_RATIO and len(text) > MIN_BODY_LINE
                                      and ENDS_SENTENCE.search(text)):
            break
        out.append((i, line, hints))
    return out


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SIZE * b
