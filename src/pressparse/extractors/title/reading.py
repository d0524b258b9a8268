"""Reading the title once found: lines it runs over, and what boards and previews add to it
(badges, banners, credits, distribution notes, a unit tag, a repeated copy).
"""
from __future__ import annotations

import re

import regex

from ...document import Line
from ...korean.header_words import TITLE_LABEL, UNIT_ENDINGS
from ...korean.markers import INLINE_BANNER, MARKER, SUBTITLE_DASH, is_chrome
from ...korean.organisations import is_organisation
from ...korean.sentences import ENDS_SENTENCE
from .subtitles import split_inline

#: how far below the title a repeated copy of it may stand (lines)
REPEAT_WINDOW = 25
#: the longest unmarked line read as the second line of a title
MAX_SECOND_TITLE_LINE = 60
#: what a repost site leaves after a title: `… 선정 관련 이미지 © 코리아NEWS`; searched from the end
#: (`regex` reverse mode) so that a long line is read once, not once from each of its marks: use it
#: with sub or search only
TITLE_CREDIT = regex.compile(
    r"(?r)\s*(?:(?:관련\s*(?:이미지|사진)|사진|이미지)\s*)?[©ⓒ]\s*\S+(?:\s+\S+)?\s*$|\s+관련\s*(?:이미지|사진)\s*$"
)
#: badges a board writes onto a new post's title: `새글 광양시, …`, `… 해소”NEW`, `…새로운글`
BADGES = r"(?:새로운\s?글|새글|NEW|New|new)"
LEADING_BADGE = re.compile(rf"^{BADGES}\s+")
TRAILING_BADGE = re.compile(rf"(?<!\s)\s*+{BADGES}\s*+$")
#: a preview that wrote the title into a cell of its own: `<제목 (배포 시)> □ 본문 …`
BRACKETED = re.compile(r"^<(?P<inner>[^<>]{5,250}+)>")
#: where a title run on into the text after it ends, in a preview that lost its line breaks:
#: an outline mark inside the line (`… 안내 • 금융당국은 …`), a finished sentence (`…합니다. 금융…`)
#: or a date with its weekday after a word (`… 개최 안내 ‘25. 4. 7.(월)부터 …`)
RUN_ON = re.compile(r"(?<=\S)\s++(?=[□■◦○•▴▲√◈※▶]\s)|(?<=다\.)\s++(?=\S)"
                    r"|(?<=[가-힣])\s++(?=[‘’'`]?\d{2,4}\.\s*+\d{1,2}\.\s*+\d{1,2}\.?\s*+\([월화수목금토일]\))")
#: a note on the distribution written after the title: `(배포 시)`, `(배포 시부터 보도 가능)`
DISTRIBUTION_NOTE = re.compile(r"(?<!\s)\s*+\([^()]{0,20}?배\s?포[^()]{0,20}+\)\s*+$")
#: the unit a board appends to a post's title in parentheses: `… 군정 혁신(기획예산실)`
UNIT_TAG = re.compile(r"(?<!\s)\s*+\((?P<unit>[가-힣][가-힣·]{1,19})\)\s*+$")
#: endings of units below a local body that are no department endings elsewhere (면, 읍, 동, 사업소)
SUB_UNIT_ENDINGS = ("면", "읍", "동", "소")




def read_title(lines: list[Line], at: int, count: int | None = None):
    """(lines used, title, span, subtitles on the title's line); ``count`` lines when the
    type sizes told how many."""
    used = lines[at:at + count] if count else [lines[at]]
    while not count and used[-1].stripped.endswith((",", "·", "，")) and at + len(used) < len(lines):
        nxt = lines[at + len(used)]
        if MARKER.match(nxt.stripped) or nxt.is_table_row:
            break
        used.append(nxt)
    if (not count and second_title_line(lines, at + len(used))
            and lines[at + len(used)].stripped != used[0].stripped):
        used.append(lines[at + len(used)])
    first, last = used[0], used[-1]
    banner = INLINE_BANNER.match(first.text)
    start = first.start + (banner.end() if banner else len(first.text) - len(first.text.lstrip()))
    joined = " ".join(ln.stripped for ln in used)
    joined = INLINE_BANNER.sub("", joined)
    badge = LEADING_BADGE.match(joined) or TITLE_LABEL.match(joined) or BRACKETED.match(joined)
    if badge:
        cut = badge.start("inner") if badge.re is BRACKETED else badge.end()
        joined, start = joined[cut:], start + cut
        if badge.re is BRACKETED:
            joined = joined[:len(badge.group("inner"))]
    joined = RUN_ON.split(joined, maxsplit=1)[0]
    text = TRAILING_BADGE.sub("", TITLE_CREDIT.sub("", joined))
    text = DISTRIBUTION_NOTE.sub("", text)
    tag = UNIT_TAG.search(text)
    if tag and is_unit(tag.group("unit")):
        text = TRAILING_BADGE.sub("", text[:tag.start()])
    end = last.start + len(last.text.rstrip()) - (len(joined) - len(text))
    parts = split_inline(text)
    title = parts[0][0] if parts[0][0] else text
    inline = [(p, (start + a, start + b)) for p, a, b in parts[1:]] if len(used) == 1 else []
    span_end = start + parts[0][2] if len(used) == 1 and inline else end
    return used, title, (start, span_end), inline


def is_unit(name: str) -> bool:
    """A unit of an organisation (`기획예산실`, `문덕면`, `상하수도사업소`), by its ending."""
    name = name.replace(" ", "")
    return bool(UNIT_ENDINGS.search(name) or name.endswith(SUB_UNIT_ENDINGS)) and not is_organisation(name)


def unit_tag(title: str | None) -> str | None:
    """The unit a board appends to a post's title: `보성군, … 혁신(기획예산실)` → 기획예산실."""
    tag = UNIT_TAG.search(TRAILING_BADGE.sub("", title or ""))
    return tag.group("unit") if tag and is_unit(tag.group("unit")) else None


def second_title_line(lines: list[Line], at: int) -> bool:
    """A short unmarked line between the title and its dash subtitles continues the title."""
    if at + 1 >= len(lines):
        return False
    line, after = lines[at], lines[at + 1]
    text = line.stripped
    return (not line.is_table_row and not MARKER.match(text) and not is_chrome(text) and len(text) <= MAX_SECOND_TITLE_LINE
            and not ENDS_SENTENCE.search(text) and SUBTITLE_DASH.match(after.text) is not None
            and not after.is_table_row)


def skip_repeat(lines: list[Line], after: int, title: str) -> int:
    """Index after a second copy of the title within the next lines, and after any further copy
    right below it (a board prints the title in its page head and again in the article), else
    ``after``."""
    key = "".join(title.split())  # white space removed (str.split() splits where \s matches)
    end = after
    for i in range(after, min(after + REPEAT_WINDOW, len(lines))):
        end = _copy_at(lines, i, key) or after
        if end > after:
            break
    while end > after and (further := _copy_at(lines, end, key)):
        end = further
    return end


def _copy_at(lines: list[Line], at: int, key: str) -> int | None:
    """Index after a copy of the title (``key``: without white space) starting on line ``at``,
    over up to three lines; None where none starts there."""
    joined = ""
    for j in range(at, min(at + 3, len(lines))):
        joined += "".join(lines[j].text.split())
        if joined == key:
            return j + 1
        if not key.startswith(joined):
            break
    return None
