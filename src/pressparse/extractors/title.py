"""The title, the subtitle lines under it, and where the body starts.

The title is the first line that is not header, banner, page chrome or a posting stamp.
A web copy often shows the title twice (page heading, then the release itself); the
subtitles (see :mod:`.subtitles`) follow the second copy.
"""
from __future__ import annotations

import re

from ..document import Document, Line
from ..korean import HANGUL
from ..korean.markers import BANNER, INLINE_BANNER, MARKER, SUBTITLE_DASH, is_chrome
from ..models import Release
from ..options import Options
from .header_times import POSTED
from .subtitles import MIN_TITLE, SENTENCE_END, dash_subtitles, plain_subtitles, run_in_subtitle, split_inline

#: how far below the title a repeated copy of it may stand (lines)
REPEAT_WINDOW = 25
#: the longest text that can be a title (a longer line is a paragraph)
MAX_TITLE = 250
#: the longest unmarked line read as the second line of a title
MAX_SECOND_TITLE_LINE = 60
#: what a repost site leaves after a title: `… 선정 관련 이미지 © 코리아NEWS`
TITLE_CREDIT = re.compile(r"\s*(?:관련\s*(?:이미지|사진)|사진|이미지)?\s*(?:©|ⓒ)\s*\S+(?:\s*\S+)?\s*$|\s+관련\s*(?:이미지|사진)\s*$")
#: a banner line ends with the banner word: `가계금융복지조사 보도자료`, `과학기술정보통신부 보도자료`
BANNER_AT_END = re.compile(BANNER.pattern + r"\s*$")
URL = re.compile(r"https?://\S+|www\.\S+")


def extract(doc: Document, record: Release, options: Options) -> None:
    lines = [ln for ln in doc.lines if not ln.is_blank and ln.index not in doc.header_lines]
    at = _title_at(lines)
    if at is None:
        doc.body_start = 0
        return
    title_lines, title, span, inline_subs = _read_title(lines, at)
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
    record.subtitles = [s for s, _ in inline_subs + subs]
    record.subtitle_spans = [sp for _, sp in inline_subs + subs]
    taken = lines[:end] + sub_lines
    doc.title_lines |= {ln.index for ln in taken}
    last = taken[-1].index if taken else lines[at].index
    doc.body_start = last + 1


def _title_at(lines: list[Line]) -> int | None:
    """Index of the title line; None when a paragraph comes before any line that can be one."""
    for i, line in enumerate(lines):
        if _can_be_title(line):
            return i
        if len(line.stripped) > MAX_TITLE and not line.is_table_row:
            return None
    return None


def _can_be_title(line: Line) -> bool:
    text = line.stripped
    if not MIN_TITLE <= len(text) <= MAX_TITLE or not HANGUL.search(text) or POSTED.match(line.text):
        return False
    if line.is_table_row and len(line.filled_cells) > 1:
        return False
    if MARKER.match(text) and not text.startswith(("“", "‘", "\"", "'")):
        return False
    if BANNER.search(text) and (len(HANGUL.findall(URL.sub("", BANNER.sub("", text)))) < MIN_TITLE
                                or BANNER_AT_END.search(text)):
        return False
    return not is_chrome(text)


def _read_title(lines: list[Line], at: int):
    """(lines used, title, span, subtitles on the title's line)."""
    used = [lines[at]]
    while used[-1].stripped.endswith((",", "·", "，")) and at + len(used) < len(lines):
        nxt = lines[at + len(used)]
        if MARKER.match(nxt.stripped) or nxt.is_table_row:
            break
        used.append(nxt)
    if _second_title_line(lines, at + len(used)) and lines[at + len(used)].stripped != used[0].stripped:
        used.append(lines[at + len(used)])
    first, last = used[0], used[-1]
    banner = INLINE_BANNER.match(first.text)
    start = first.start + (banner.end() if banner else len(first.text) - len(first.text.lstrip()))
    joined = " ".join(ln.stripped for ln in used)
    joined = INLINE_BANNER.sub("", joined)
    text = TITLE_CREDIT.sub("", joined)
    end = last.start + len(last.text.rstrip()) - (len(joined) - len(text))
    parts = split_inline(text)
    title = parts[0][0] if parts[0][0] else text
    inline = [(p, (start + a, start + b)) for p, a, b in parts[1:]] if len(used) == 1 else []
    span_end = start + parts[0][2] if len(used) == 1 and inline else end
    return used, title, (start, span_end), inline


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
