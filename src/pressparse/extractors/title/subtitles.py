"""Subtitles: the lead lines between a release's title and its body.

Dash lines (`- 부제 -`, also several on one line), short unmarked lines of web boards before the
lead sentence, and a lead line that runs into the lead sentence (flattened board records).
"""
from __future__ import annotations

import re

import regex

from ...document import Line
from ...korean.header_words import HEAD_TITLES
from ...korean.sentences import ENDS_SENTENCE
from ...korean.markers import INLINE_SUBTITLE, MARKER, SUBTITLE_CLOSING_DASH, SUBTITLE_DASH, is_chrome

#: the shortest text that can be a title (a first part shorter than this is no title)
MIN_TITLE = 5
#: places before the subject of a lead sentence: `전라남도 나주시 …`
_NAMED_PLACE = r"[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)"
_SHORT_PLACE = r"(?:전남|전북|경남|경북|충남|충북|강원|제주|경기)"
PLACE = rf"(?:{_NAMED_PLACE}|{_SHORT_PLACE})"
#: the subject with its head in brackets: `빛가람동(동장 김귀남)은 `
_HEADED = rf"[가-힣A-Za-z0-9·]++\([^()]{{0,30}}?(?:{'|'.join(HEAD_TITLES)})[^()]{{0,40}}\)(?:은|는|이|가)\s"
#: or a lead that opens with its local government: `전라남도 나주시가 …`, `나주시 금천면…협의체는 …`
_TOWN = r"(?:[가-힣]{1,3}(?:시|군)|[가-힣]{1,3}(?:특별시|광역시|특별자치시|특별자치도))(?:은|는|이|가)?\s+(?=[가-힣(]+(?:은|는|이|가|에서)?\s)"
#: the places before the subject (one or more); each is read whole, once
_PLACES = rf"(?:(?<![가-힣])(?>{_NAMED_PLACE}\s+)|(?>{_SHORT_PLACE}\s+))(?>{PLACE}\s+)*"
#: the subject of a lead sentence: `전라남도 나주시 빛가람동(동장 김귀남)은 …`, places before it.
#: A search skips the starts that cannot be where the first match starts: right after a place, or
#: inside a word whose start matches too; so a line of place names or a long word is read a
#: bounded number of times, not once from each of its characters.
LEAD_SUBJECT = regex.compile(
    rf"(?=[가-힣A-Za-z0-9·])(?<!{PLACE}\s+)"
    rf"(?:{_PLACES}{_HEADED}|(?<![가-힣A-Za-z0-9·]){_HEADED}|{_PLACES}{_TOWN}|(?<![가-힣A-Za-z0-9·]){_TOWN})"
)
#: the longest unmarked line read as a subtitle, and how many such lines a release has at most
MAX_PLAIN_SUBTITLE, MAX_PLAIN_SUBTITLES = 80, 3
#: a line that opens with a topic-marked subject (`순천시는 …`) starts a sentence, not a subtitle
TOPIC_OPENING = re.compile(r"^[가-힣A-Za-z0-9·]+(?:은|는)\s")
#: endings of a clause that the lead sentence continues (`…계획이며, 중소벤처기업부(장관 이영)는`)
CLAUSE_ENDS = (",", "며", "고", "서", "면", "나", "만")
#: the least text a run-in subtitle has before the lead sentence starts
MIN_RUN_IN = 8


def split_inline(text: str) -> list[tuple[str, int, int]]:
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


def dash_subtitles(lines: list[Line], at: int) -> tuple[list[tuple[str, tuple[int, int]]], list[Line]]:
    """The dash lines from ``at`` on, each split on inline ` - ` separators."""
    subs: list[tuple[str, tuple[int, int]]] = []
    used: list[Line] = []
    for line in lines[at:]:
        if is_chrome(line.text) and not subs:  # a view counter between title and subtitles
            used.append(line)
            continue
        m = SUBTITLE_DASH.match(line.text)
        if line.is_table_row or not (m or SUBTITLE_CLOSING_DASH.search(line.text)):
            break
        offset = m.end() if m else len(line.text) - len(line.text.lstrip())
        body = line.text[offset:]
        for part, a, b in split_inline(body):
            base = line.start + offset
            subs.append((part, (base + a, base + b)))
        used.append(line)
    return subs, used


def run_in_subtitle(line: Line) -> list[tuple[str, tuple[int, int]]]:
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


def plain_subtitles(lines: list[Line], at: int) -> tuple[list[tuple[str, tuple[int, int]]], list[Line]]:
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
    return (len(text) > MAX_PLAIN_SUBTITLE or bool(ENDS_SENTENCE.search(text))
            or bool(TOPIC_OPENING.match(text)) or bool(LEAD_SUBJECT.match(text)))


def _stripped_span(line: Line) -> tuple[int, int]:
    lead = len(line.text) - len(line.text.lstrip())
    return (line.start + lead, line.start + len(line.text.rstrip()))


def _balanced(text: str) -> bool:
    """True when every quotation mark opened in ``text`` is closed in it."""
    return text.count("‘") == text.count("’") and text.count("“") == text.count("”") and text.count("'") % 2 == 0
