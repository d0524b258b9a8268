"""The title, the subtitle lines under it, and where the body starts.

The title is the first line that is not header, banner, page chrome or a posting stamp.
A web copy often shows the title twice (page heading, then the release itself); the
subtitles (see :mod:`.subtitles`) follow the second copy.
"""
from __future__ import annotations

import re

import regex

from ...blocks import Hints
from ...document import Document, Line
from ...korean import HANGUL
from ...korean.header_words import (DEPARTMENT_LABELS, DISTRIBUTION_LABELS, RELEASE_LABELS, ROLE_WORDS,
                                   UNIT_ENDINGS)
from ...korean.organisations import is_organisation
from ...korean.markers import BANNER, INLINE_BANNER, MARKER, SUBTITLE_DASH, is_chrome
from ...models import Department, Release
from ...options import Options
from ..header.times import POSTED
from .subtitles import MIN_TITLE, SENTENCE_END, dash_subtitles, plain_subtitles, run_in_subtitle, split_inline

#: how far below the title a repeated copy of it may stand (lines)
REPEAT_WINDOW = 25
#: the longest text that can be a title (a longer line is a paragraph)
MAX_TITLE = 250
#: the longest unmarked line read as the second line of a title
MAX_SECOND_TITLE_LINE = 60
#: how many opening lines may hold a header row that ends with the title
HEADER_ROW_LINES = 5
#: the labels of header cells: of the time rows, of the contact rows
TIME_LABELS = RELEASE_LABELS | DISTRIBUTION_LABELS
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
#: what a repost site leaves after a title: `… 선정 관련 이미지 © 코리아NEWS`; searched from the end
#: (`regex` reverse mode) so that a long line is read once, not once from each of its marks: use it
#: with sub or search only
TITLE_CREDIT = regex.compile(
    r"(?r)\s*(?:(?:관련\s*(?:이미지|사진)|사진|이미지)\s*)?[©ⓒ]\s*\S+(?:\s+\S+)?\s*$|\s+관련\s*(?:이미지|사진)\s*$"
)
#: a banner line ends with the banner word: `가계금융복지조사 보도자료`, `과학기술정보통신부 보도자료`
BANNER_AT_END = re.compile(BANNER.pattern + r"\s*$")
URL = re.compile(r"https?://\S+|www\.\S+")
#: badges a board writes onto a new post's title: `새글 광양시, …`, `… 해소”NEW`, `…새로운글`
BADGES = r"(?:새로운\s?글|새글|NEW|New|new)"
LEADING_BADGE = re.compile(rf"^{BADGES}\s+")
TRAILING_BADGE = re.compile(rf"(?<!\s)\s*+{BADGES}\s*+$")
#: a preview that wrote the title into a cell of its own: `<제목 (배포 시)> □ 본문 …`
BRACKETED = re.compile(r"^<(?P<inner>[^<>]{5,250}+)>")
#: where a title run on into the text after it ends, in a preview that lost its line breaks:
#: an outline mark inside the line (`… 안내 • 금융당국은 …`) or a finished sentence (`…합니다. 금융…`)
RUN_ON = re.compile(r"(?<=\S)\s++(?=[□■◦○•▴▲√◈※▶]\s)|(?<=다\.)\s++(?=\S)")
#: a note on the distribution written after the title: `(배포 시)`, `(배포 시부터 보도 가능)`
DISTRIBUTION_NOTE = re.compile(r"(?<!\s)\s*+\([^()]{0,20}?배\s?포[^()]{0,20}+\)\s*+$")
#: the unit a board appends to a post's title in parentheses: `… 군정 혁신(기획예산실)`
UNIT_TAG = re.compile(r"(?<!\s)\s*+\((?P<unit>[가-힣][가-힣·]{1,19})\)\s*+$")
#: endings of units below a local body that are no department endings elsewhere (면, 읍, 동, 사업소)
SUB_UNIT_ENDINGS = ("면", "읍", "동", "소")


def extract(doc: Document, record: Release, options: Options) -> None:
    lines = [ln for ln in doc.lines if not ln.is_blank and ln.index not in doc.header_lines]
    named = _title_named(doc, lines)
    by_size = None if named is not None else _title_by_size(doc, lines)
    in_row = None if by_size or named is not None else _title_in_header_row(doc)
    if in_row:
        title, span, inline_subs, row = in_row
        at = end = next((i for i, ln in enumerate(lines) if ln.index > row), len(lines))
    else:
        at = named if named is not None else by_size[0] if by_size else _title_at(lines)
        if at is None:
            record.title = doc.metadata.title  # the title the metadata gives, where the text shows none
            doc.body_start = 0
            return
        title_lines, title, span, inline_subs = _read_title(lines, at, by_size[1] if by_size else None)
        end = _skip_repeat(lines, at + len(title_lines), title)
    subs, sub_lines = dash_subtitles(lines, end)
    # unmarked lead lines are subtitles only on boards: a release with a header uses dashes, and
    # a short line under a news headline is a photo credit more often than not
    plain = not (record.header.release_time_text or record.header.distribution_time_text
                 or record.kind == "news_article")
    if not subs and not inline_subs and end < len(lines):
        subs, sub_lines = plain_subtitles(lines, end) if plain else ([], [])
        if not subs:
            subs = run_in_subtitle(lines[end])
    record.title, record.title_span = title, span
    if not in_row:
        _board_department(record, lines[at])
    record.subtitles = [s for s, _ in inline_subs + subs]
    record.subtitle_spans = [sp for _, sp in inline_subs + subs]
    taken = lines[:end] + sub_lines
    doc.title_lines |= {ln.index for ln in taken}
    last = taken[-1].index if taken else (in_row[3] if in_row else lines[at].index)
    doc.body_start = last + 1


def _title_named(doc: Document, lines: list[Line]) -> int | None:
    """The opening line that holds the title the metadata gives (front matter, a field list), as
    a web page's <title> names its article: the line's letters and digits start with the title's,
    or the title's with the line's (a title set on two lines)."""
    want = _letters(doc.metadata.title)
    if len(want) < MIN_TITLE:
        return None
    for i, line in enumerate(lines[:OPENING_LINES]):
        have = _letters(line.stripped)
        if len(have) >= MIN_TITLE and (have.startswith(want) or want.startswith(have)) and _can_be_title(line):
            return i
    return None


def _letters(text: str | None) -> str:
    return "".join(ch for ch in text or "" if ch.isalnum())


def is_label(text: str) -> bool:
    """A header label cell (보도시점, 배포, 담당 부서, 책임자 …), whatever its spacing."""
    key = "".join(text.split()).strip("<>[]()")
    return key in HEADER_LABELS


def _title_in_header_row(doc: Document):
    """(title, span, subtitles on its cell, line) when the title is the last cell of a header row
    (previews and conversions that flatten the whole header into one row: `보도시점⇥…⇥배포⇥…⇥제목`):
    a cell after the row's label–value pairs that is neither a label nor a label's value."""
    for line in doc.lines[:HEADER_ROW_LINES]:
        if line.index not in doc.header_lines or not line.is_table_row:
            continue
        cells = line.filled_cells
        keys = {"".join(c.text.split()).strip("<>[]()") for c in cells}
        if len(cells) < 3 or not keys & TIME_LABELS or keys & CONTACT_LABELS:
            continue
        last, before = cells[-1], cells[-2]
        if (is_label(before.text) or is_label(last.text) or not _can_be_title_text(last.text)
                or len(HANGUL.findall(last.text)) < MIN_TITLE):
            continue
        parts = split_inline(last.text)
        title = parts[0][0]
        inline = [(p, (last.start + a, last.start + b)) for p, a, b in parts[1:]]
        return title, (last.start + parts[0][1], last.start + parts[0][2]), inline, line.index
    return None


def _board_department(record: Release, line: Line) -> None:
    """A unit appended to the title by a board names the post's department (when the header named none)."""
    unit = unit_tag(line.stripped)
    if unit and not record.header.departments:
        at = line.text.rfind(unit)
        record.header.departments.append(Department(name=unit, span=(line.start + at, line.start + at + len(unit))))


def _title_at(lines: list[Line]) -> int | None:
    """Index of the title line; None when a paragraph comes before any line that can be one."""
    for i, line in enumerate(lines):
        if _can_be_title(line):
            return i
        if len(line.stripped) > MAX_TITLE and not line.is_table_row:
            return None
    return None


def _can_be_title(line: Line) -> bool:
    if line.is_table_row and len(line.filled_cells) > 1:
        return False
    return _can_be_title_text(line.stripped) and not POSTED.match(line.text)


def _can_be_title_text(text: str) -> bool:
    """Text that can be a title: long enough, Korean, not a marker line, banner, page chrome or
    a bare organisation name (the letterhead above a banner)."""
    if not MIN_TITLE <= len(text) <= MAX_TITLE or len(HANGUL.findall(text)) < MIN_TITLE or _bare_organisation(text):
        return False
    if MARKER.match(text) and not text.startswith(("“", "‘", "\"", "'")):
        return False
    if BANNER.search(text) and (len(HANGUL.findall(URL.sub("", BANNER.sub("", text)))) < MIN_TITLE
                                or BANNER_AT_END.search(text)):
        return False
    return not is_chrome(text)


def _bare_organisation(text: str) -> bool:
    """One word that names an organisation (`고용노동부`): a letterhead, not a title."""
    return len(text.split()) == 1 and is_organisation(text)


def _title_by_size(doc: Document, lines: list[Line]) -> tuple[int, int] | None:
    """(index, line count) of the title where the format gives font sizes: the first run of
    lines set in the largest type of the opening lines, when that type stands out of the body.

    Banners, dates, labels and page furniture are never candidates (:func:`_can_be_title`),
    whatever their size; consecutive lines of the title's size and page are one title.
    """
    opening = _opening(doc, lines)
    sized = [(i, line, h) for i, line, h in opening if h.size and _can_be_title(line)]
    if not sized:
        return None
    largest = max(h.size for _, _, h in sized)
    if largest < TITLE_SIZE_RATIO:
        return None
    at, _, first = next(item for item in sized if _same_size(item[2].size, largest))
    count = 1
    while at + count < len(lines):
        nxt, hints = lines[at + count], doc.hints(lines[at + count].index)
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
                                      and SENTENCE_END.search(text)):
            break
        out.append((i, line, hints))
    return out


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SIZE * b


def _read_title(lines: list[Line], at: int, count: int | None = None):
    """(lines used, title, span, subtitles on the title's line); ``count`` lines when the
    type sizes told how many."""
    used = lines[at:at + count] if count else [lines[at]]
    while not count and used[-1].stripped.endswith((",", "·", "，")) and at + len(used) < len(lines):
        nxt = lines[at + len(used)]
        if MARKER.match(nxt.stripped) or nxt.is_table_row:
            break
        used.append(nxt)
    if (not count and _second_title_line(lines, at + len(used))
            and lines[at + len(used)].stripped != used[0].stripped):
        used.append(lines[at + len(used)])
    first, last = used[0], used[-1]
    banner = INLINE_BANNER.match(first.text)
    start = first.start + (banner.end() if banner else len(first.text) - len(first.text.lstrip()))
    joined = " ".join(ln.stripped for ln in used)
    joined = INLINE_BANNER.sub("", joined)
    badge = LEADING_BADGE.match(joined) or BRACKETED.match(joined)
    if badge:
        cut = badge.start("inner") if badge.re is BRACKETED else badge.end()
        joined, start = joined[cut:], start + cut
        if badge.re is BRACKETED:
            joined = joined[:len(badge.group("inner"))]
    joined = RUN_ON.split(joined, maxsplit=1)[0]
    text = TRAILING_BADGE.sub("", TITLE_CREDIT.sub("", joined))
    text = DISTRIBUTION_NOTE.sub("", text)
    tag = UNIT_TAG.search(text)
    if tag and _is_unit(tag.group("unit")):
        text = TRAILING_BADGE.sub("", text[:tag.start()])
    end = last.start + len(last.text.rstrip()) - (len(joined) - len(text))
    parts = split_inline(text)
    title = parts[0][0] if parts[0][0] else text
    inline = [(p, (start + a, start + b)) for p, a, b in parts[1:]] if len(used) == 1 else []
    span_end = start + parts[0][2] if len(used) == 1 and inline else end
    return used, title, (start, span_end), inline


def _is_unit(name: str) -> bool:
    """A unit of an organisation (`기획예산실`, `문덕면`, `상하수도사업소`), by its ending."""
    name = name.replace(" ", "")
    return bool(UNIT_ENDINGS.search(name) or name.endswith(SUB_UNIT_ENDINGS)) and not is_organisation(name)


def unit_tag(title: str | None) -> str | None:
    """The unit a board appends to a post's title: `보성군, … 혁신(기획예산실)` → 기획예산실."""
    tag = UNIT_TAG.search(TRAILING_BADGE.sub("", title or ""))
    return tag.group("unit") if tag and _is_unit(tag.group("unit")) else None


def _second_title_line(lines: list[Line], at: int) -> bool:
    """A short unmarked line between the title and its dash subtitles continues the title."""
    if at + 1 >= len(lines):
        return False
    line, after = lines[at], lines[at + 1]
    text = line.stripped
    return (not line.is_table_row and not MARKER.match(text) and not is_chrome(text) and len(text) <= MAX_SECOND_TITLE_LINE
            and not SENTENCE_END.search(text) and SUBTITLE_DASH.match(after.text) is not None
            and not after.is_table_row)


def _skip_repeat(lines: list[Line], after: int, title: str) -> int:
    """Index after a second copy of the title within the next lines, else ``after``."""
    key = re.sub(r"\s+", "", title)
    for i in range(after, min(after + REPEAT_WINDOW, len(lines))):
        joined = ""
        for j in range(i, min(i + 3, len(lines))):
            joined += re.sub(r"\s+", "", lines[j].text)
            if joined == key:
                return j + 1
            if not key.startswith(joined):
                break
    return after
