"""The title, the subtitle lines under it, and where the body starts.

The title is the first line that is not header, banner, page chrome or a posting stamp.
A web copy often shows the title twice (page heading, then the release itself); the
subtitles follow the second copy. Subtitles are the dash lines after the title
(`- 부제 -`), also when they stand on the title's own line (`제목 - 부제 -`).
"""
from __future__ import annotations

import re

from ..document import Document, Line
from ..korean.header_words import HEAD_TITLES
from ..korean.markers import (BANNER, CHROME, CHROME_BULLET, INLINE_BANNER, INLINE_SUBTITLE, MARKER,
                              SUBTITLE_CLOSING_DASH, SUBTITLE_DASH)
from ..models import Release
from ..options import Options
from .header_times import POSTED

#: how far below the title a repeated copy of it may stand (lines)
REPEAT_WINDOW = 25
#: the shortest and the longest text that can be a title (a longer line is a paragraph)
MIN_TITLE, MAX_TITLE = 5, 250
HANGUL = re.compile(r"[가-힣]")
#: the subject of a lead sentence: `전라남도 나주시 빛가람동(동장 김귀남)은 …`, places before it
PLACE = r"(?:[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)|전남|전북|경남|경북|충남|충북|강원|제주|경기)"
LEAD_SUBJECT = re.compile(
    rf"(?:{PLACE}\s+)*[가-힣A-Za-z0-9·]+"
    rf"\([^()]{{0,30}}?(?:{'|'.join(HEAD_TITLES)})[^()]{{0,40}}\)(?:은|는|이|가)\s"
    # or a lead that opens with its local government: `전라남도 나주시가 …`, `나주시 금천면…협의체는 …`
    rf"|(?:{PLACE}\s+)*[가-힣]{{1,3}}(?:시|군)(?:은|는|이|가)?\s+(?=[가-힣(]+(?:은|는|이|가|에서)?\s)"
)
#: the longest unmarked line read as the second line of a title
MAX_SECOND_TITLE_LINE = 60
#: the longest unmarked line read as a subtitle, and how many such lines a release has at most
MAX_PLAIN_SUBTITLE, MAX_PLAIN_SUBTITLES = 80, 3
#: the end of a sentence: a lead line that ends so is body, not a subtitle
SENTENCE_END = re.compile(r"(?:다|요|음|함|임|까)\s*[.!?]?\s*$|[.!?]\s*$")
#: a line that opens with a topic-marked subject (`순천시는 …`) starts a sentence, not a subtitle
TOPIC_OPENING = re.compile(r"^[가-힣A-Za-z0-9·]+(?:은|는)\s")
#: what a repost site leaves after a title: `… 선정 관련 이미지 © 코리아NEWS`
TITLE_CREDIT = re.compile(r"\s*(?:관련\s*(?:이미지|사진)|사진|이미지)?\s*(?:©|ⓒ)\s*\S+(?:\s*\S+)?\s*$|\s+관련\s*(?:이미지|사진)\s*$")
#: endings of a clause that the lead sentence continues (`…계획이며, 중소벤처기업부(장관 이영)는`)
CLAUSE_ENDS = (",", "며", "고", "서", "면", "나", "만")
#: the least text a run-in subtitle has before the lead sentence starts
MIN_RUN_IN = 8
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
    subs, sub_lines = _subtitles(lines, end)
    has_header = record.header.release_time_text or record.header.distribution_time_text
    if not subs and not inline_subs and end < len(lines):
        subs, sub_lines = ([], []) if has_header else _plain_subtitles(lines, end)
        if not subs:
            subs = _run_in_subtitle(lines[end])
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


def is_chrome(text: str) -> bool:
    """A short line of web page furniture: a menu item, a login prompt, a font-size button."""
    text = text.strip()
    return len(text) <= 30 and bool(CHROME.search(CHROME_BULLET.sub("", text)))


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
    parts = _split_inline(text)
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
    return (not line.is_table_row and not MARKER.match(text) and len(text) <= MAX_SECOND_TITLE_LINE
            and not SENTENCE_END.search(text) and SUBTITLE_DASH.match(after.text) is not None
            and not after.is_table_row)


def _split_inline(text: str) -> list[tuple[str, int, int]]:
    """`제목 - 부제1 - - 부제2 -` → [(제목, a, b), (부제1, a, b), (부제2, a, b)]."""
    parts: list[tuple[str, int, int]] = []
    pos = 0
    for m in list(INLINE_SUBTITLE.finditer(text)) + [None]:
        stop = m.start() if m else len(text)
        chunk = text[pos:stop]
        stripped = chunk.strip(" -–−―")
        if stripped:
            a = pos + chunk.find(stripped)
            parts.append((stripped, a, a + len(stripped)))
        pos = m.end() if m else stop
    if len(parts) > 1 and len(parts[0][0]) < MIN_TITLE:
        return [(text.strip(), 0, len(text.strip()))]
    return parts or [(text, 0, len(text))]


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


def _subtitles(lines: list[Line], at: int) -> tuple[list[tuple[str, tuple[int, int]]], list[Line]]:
    """The dash lines from ``at`` on, each split on inline ` - ` separators."""
    subs: list[tuple[str, tuple[int, int]]] = []
    used: list[Line] = []
    for line in lines[at:]:
        m = SUBTITLE_DASH.match(line.text)
        if line.is_table_row or not (m or SUBTITLE_CLOSING_DASH.search(line.text)):
            break
        offset = m.end() if m else len(line.text) - len(line.text.lstrip())
        body = line.text[offset:]
        for part, a, b in _split_inline(body):
            base = line.start + offset
            subs.append((part, (base + a, base + b)))
        used.append(line)
    return subs, used


def _run_in_subtitle(line: Line) -> list[tuple[str, tuple[int, int]]]:
    """A lead line that runs into the lead sentence (flattened board records): the part before."""
    if MARKER.match(line.text) or line.is_table_row:
        return []
    m = LEAD_SUBJECT.search(line.text)
    if not m or m.start() < MIN_RUN_IN or re.search(r"다\.\s", line.text[:m.start()]):
        return []
    head = line.text[:m.start()].rstrip()
    if head.endswith(CLAUSE_ENDS) or not _balanced(head):  # mid-sentence, or inside a quotation
        return []
    lead = len(head) - len(head.lstrip())
    return [(head.strip(), (line.start + lead, line.start + len(head)))]


def _plain_subtitles(lines: list[Line], at: int) -> tuple[list[tuple[str, tuple[int, int]]], list[Line]]:
    """Short unmarked lead lines between the title and the first body sentence (web boards;
    a release with a 보도/배포 header marks its subtitles with dashes).

    They count only when the body follows them: a sentence, a paragraph, or a line that
    opens with the lead's subject (`순천시는 …`, `전라남도 나주시가 …`).
    """
    run: list[Line] = []
    for line in lines[at:]:
        if is_chrome(line.text):
            continue
        text = line.stripped
        if _starts_body(text):
            break
        if line.is_table_row or MARKER.match(text):
            return [], []
        run.append(line)
    else:
        return [], []  # no body after them: nothing tells these lines from the body
    if not run or len(run) > MAX_PLAIN_SUBTITLES:
        return [], []
    return [(ln.stripped, _stripped_span(ln)) for ln in run], run


def _starts_body(text: str) -> bool:
    return (len(text) > MAX_PLAIN_SUBTITLE or bool(SENTENCE_END.search(text))
            or bool(TOPIC_OPENING.match(text)) or bool(LEAD_SUBJECT.match(text)))


def _stripped_span(line: Line) -> tuple[int, int]:
    lead = len(line.text) - len(line.text.lstrip())
    return (line.start + lead, line.start + len(line.text.rstrip()))


def _balanced(text: str) -> bool:
    """True when every quotation mark opened in ``text`` is closed in it."""
    return text.count("‘") == text.count("’") and text.count("“") == text.count("”") and text.count("'") % 2 == 0
