"""Words and forms of schedule tables (세부일정) and event overviews (행사 개요).

Labels are compared with all white space removed (:func:`squeeze`), because justified
spacing (`시 간`, `주 요 내 용`, `장  소`) is common in converted HWP text.
"""
from __future__ import annotations

import re

import regex

#: weekday names as written in parentheses
WEEKDAYS = "월화수목금토일"

# --- clock times and durations -------------------------------------------------------------

#: one clock time: `10:00`, `9:30`, `10시`, `10시 30분`, `오후 2시` (full-width colon too)
CLOCK = r"(?:(?:오전|오후)\s*)?(?<!\d)(?:[01]?\d|2[0-4])\s*(?:[:：]\s*[0-5]\d|시(?!간)(?:\s*[0-5]?\d\s*분)?)(?!\d)"
#: the parts of one clock time, for reading hour and minute
CLOCK_PARTS = re.compile(
    r"(?!(?<=\s)\s)(?P<half>오전|오후)?\s*(?P<hour>\d{1,2})\s*(?:[:：]\s*(?P<minute>\d{2})|시(?:\s*(?P<minute_k>\d{1,2})\s*분)?)"
)
#: the afternoon half of a 12-hour clock time
AFTERNOON = "오후"
#: what joins start and end: `~`, `∼` (U+223C), `～`, `〜`, hyphen and dashes
RANGE_SEPARATOR = r"\s*[~∼～〜\-–—]\s*"
#: a duration: `(5분)`, `5'`, `5‘`, `5’`, `5′`, `20″`, `` `20 ``, `‘15`, `100분`, `(2시간)`, `1시간 30분`,
#: `20min`; a bare number only where its column says so (:data:`DURATION_COLUMNS`)
DURATION = re.compile(
    r"^[(\[]?\s*(?:[`'‘’′](?P<quoted>\d{1,3})|(?=\d)(?:(?P<hours>\d{1,2})\s*시간)?\s*"
    r"(?:(?P<minutes>\d{1,3})\s*(?:분|['‘’′″`\"]|min|mins)\.?)?)\s*[)\]]?$"
)
#: a bare number of minutes, read only in a duration column
BARE_MINUTES = re.compile(r"^\s*(?P<minutes>\d{1,3})\s*$")
#: column names of a duration column, whose bare numbers are minutes (`소요`, `시간(분)`)
DURATION_COLUMNS = frozenset({"소요", "소요시간", "시간(분)", "소요(분)", "분", "진행시간", "시간"})

# --- dates of multi-day schedules ----------------------------------------------------------

#: a day of a multi-day event: `1일차`, `제1일`, `첫째 날`, `Day 1`
DAY_ORDINAL = r"(?:\d{1,2}\s*일\s*차|제\s*\d{1,2}\s*일|[첫둘셋넷]째\s*날|(?:DAY|Day|day)\s*\d{1,2})"
#: a month and day: `1. 30.(월)`, `1.30(월)`, `1월 30일(월)`, `5/27(수)`
MONTH_DAY = (
    rf"(?:(?:1[0-2]|0?[1-9])\s*[./]\s*(?:3[01]|[12]\d|0?[1-9])\s*\.?\s*\(\s*[{WEEKDAYS}]\s*\)"
    rf"|(?:1[0-2]|0?[1-9])\s*월\s*(?:3[01]|[12]\d|0?[1-9])\s*일(?:\s*\(\s*[{WEEKDAYS}]\s*\))?)"
)
_DAY = rf"(?:{DAY_ORDINAL}|{MONTH_DAY})"
#: a cell that only names a day: `1일차`, `1. 30.(월)`, `2일차 (1. 31.(화))`
DAY_LABEL = re.compile(rf"^[\[(<【]?\s*{_DAY}(?:[\s()\[\]<>【】,·:/]*{_DAY})*[\s)\]>】]*$")

#: the cell that opens a schedule row: optional day, start, optional end, then whatever else
#: the cell holds, a duration or the item (`1. 30.(월) 10:00 ~ 10:05 (5분)`)
TIME_CELL = re.compile(
    rf"^(?:(?P<day>{MONTH_DAY})\s*)?(?P<start>{CLOCK})(?:{RANGE_SEPARATOR}(?P<end>{CLOCK})?)?"
    r"(?P<rest>.*)$",
    re.S,
)
#: a bullet before a schedule item written as a list item: `- 14:00~14:10 개회`, `◦ 10:30 기념촬영`
SCHEDULE_BULLET = r"(?:[-–•◦○●▪▶·*]|ㅇ)"
#: a line without tabs that reads as a schedule row: `10:00~10:05  개회` (PDF or web text), a
#: list item (`- 14:00~14:10 개회`), or a list item led by one clock time (`◦ 10:30 기념촬영`)
TIME_LED_LINE = re.compile(
    rf"^\s*+(?:{SCHEDULE_BULLET}\s*+)?(?P<time>{CLOCK}{RANGE_SEPARATOR}{CLOCK})\s+(?P<rest>\S.*)$"
    rf"|^\s*+{SCHEDULE_BULLET}\s*+(?P<clock>{CLOCK})\s+(?P<after>[^\d\s].*)$"
)

# --- table layout ------------------------------------------------------------------------

#: bullets that open a programme item (`▶ 개회`, `• 사진촬영`, `･ 인사말`, `▪인사말씀`, `- 축사`)
ITEM_BULLETS = re.compile(r"^(?:[▶▷►▸▹•･·∙‧▪▫◦○●◎❍◯◈■□◆◇☞➢➤\-–—*]|ㅇ|o(?=\s))\s*")
#: a cell that says "nothing here" (`-`, `–`, `ㅡ`): kept in ``cells``, never an item or a note
NIL_CELLS = frozenset({"-", "–", "—", "ㅡ", "―", "·", "x", "X"})
#: a group row spanning the table: `< 프로그램 1 >`, `【1부】`, `[세션 2]`
GROUP_LABEL = regex.compile(  # (the label is one space when the brackets hold only white space)
    r"^[<〈《【\[](?:\s*+(?P<label>[^<>〈〉《》【】\[\]]{1,40}?)\s*+|\s*(?P<label>\s))[>〉》】\]]$"
)
#: characters a rule line is drawn with (dashes, pipes, plus signs, box drawing), and its strokes
RULE_CHARS = frozenset(" \t|+:=-_─━┄┈═")
RULE_STROKES = frozenset("-=_─━═")
#: a line that opens a new section and never continues a table cell (`□ …`, `2. …`, `<…>`, `붙임`)
SECTION_LINE = re.compile(r"^\s*(?:[□■◆◇▣◈▢◼]|\d{1,2}\s*\.\s|[<〈《【]|붙\s*임|참\s*고\s*\d)")
#: the banner naming the kind of release (`⇥보 도 자 료⇥`), squeezed: a row of it alone is no table
BANNER_WORDS = frozenset({"보도자료", "보도참고자료", "보도설명자료", "보도해명자료", "설명자료", "참고자료", "보도계획"})
#: an attachment title row (`붙임2⇥⇥…`, `【붙임】`): it ends the table above and titles the one below
ATTACHMENT_LABEL = re.compile(r"^[【\[<(]?\s*(?:붙임|별첨|첨부|참고)\s*(?:\d+\s*)?[】\]>)]?\.?$")

# --- captions ------------------------------------------------------------------------------

#: markers that open a caption or a section line (`□ 세부일정`, `<세부 행사일정>`, `2. 행사개요`)
CAPTION_MARKERS = re.compile(r"^(?:[□■◆◇◈▢◼○●◎❍◯▶▷▣※ㅇ\-*]|\d{1,2}\s*[.)]|[가-하]\s*[.)])\s*")
#: brackets and bold marks around a caption
CAPTION_BRACKETS = "<>〈〉《》【】[]「」『』*"
#: a note appended to a caption line (`□ 세부 일정(안)    ※행사 전체 공개`); searched from the end
#: (`regex` reverse mode), so that a line of many marks is read once: use it with sub or search only
CAPTION_NOTE = regex.compile(r"(?r)\s*[※*].*$")
#: the longest line still read as a caption
CAPTION_MAX = 60
#: lines that stand between a caption and its table (`* 사회 김신애 부장(양평원)`)
NOTE_LINE = re.compile(r"^\s*(?:[※*]|\(?단위)")

# --- column names and overview keys --------------------------------------------------------

#: column names of schedule tables and other tables, squeezed
HEADER_WORDS = frozenset({
    "시간", "일시", "일자", "날짜", "소요", "소요시간", "내용", "주요내용", "세부내용", "프로그램", "행사내용",
    "진행내용", "비고", "구분", "참석", "참석자", "장소", "발표자", "연사", "담당", "진행", "주제", "항목",
    "연번", "순번", "번호", "기관", "기관명", "분야", "현행", "개선", "개선안", "변경", "기존", "합계", "계",
})
#: columns (squeezed) that hold a schedule row's note, never its item: remarks, people, places
NOTE_COLUMNS = frozenset({"비고", "참석", "참석자", "장소", "발표자", "연사", "담당", "진행", "사회", "대상", "발표", "역할"})
#: overview keys (squeezed) that say when or where: a block of key-value lines is an
#: overview only when one of its keys holds one of these
WHEN_WHERE = ("일시", "일자", "날짜", "기간", "장소", "시간", "때", "곳")
#: keys (squeezed) of the release header, never of an event overview (`보도일시 : …`, `배포 : …`)
HEADER_KEYS = frozenset({
    "보도일시", "보도시점", "보도", "보도일", "엠바고", "배포일시", "배포시점", "배포", "배포일", "담당부서", "자료문의", "문의처",
})
#: overview keys (squeezed) that may stand alone on a line, their value on the lines below
OVERVIEW_KEYS = frozenset({
    "일시", "일자", "기간", "장소", "일시/장소", "일시·장소", "일시‧장소", "참석", "참석자", "참석대상", "주요내용",
    "내용", "행사내용", "논의내용", "주제", "주최", "주관", "후원", "대상", "규모", "행사명", "의제", "안건", "방식",
})


# --- overview lines ------------------------------------------------------------------------

#: the marker of a line, by rank: sections (□), items (○, ㅇ), sub-items (-), notes (*)
MARKER_RANKS = {**dict.fromkeys("□■◆◇▣◈▢◼", 1), **dict.fromkeys("○●◦ㅇo❍◯◎", 2),
                **dict.fromkeys("-–·•▪▶▷►➢", 3), **dict.fromkeys("*※", 4)}
# The overview patterns below are written for the `regex` module so that every run of white
# space is read in one way only (possessive `*+`): the plain form
# `^[ \t]*(marker)?\s*\(?\s*(key)\s*\)?\s*$` tried every split of a run of spaces between its
# five white-space parts, which took minutes on a line of 150 spaces. The rare matches
# that needed such a split (a key that is a single space: `  : …`, `(  )`) are spelled out as
# alternatives of their own (`_SPACE_KEY`), so the matches are the same as before.
#: the indent and marker that open a line
_INDENT = r"(?P<indent>[ \t]*+)"
_MARK = r"(?P<marker>[□■◆◇▣◈▢◼○●◦ㅇ❍◯◎\-–·•▪▶▷►➢*※]|o(?=\s))"
#: an overview key as written: Hangul or Latin words, slashes and middle dots
_LABEL = r"[가-힣A-Za-z/‧·ㆍ・,& ]{1,15}?"
#: what follows a key-value line's key: a key in parentheses (`(일시/장소):`, `(일시)`) or before a colon;
#: a key of one space is the last space before the `)` or the colon
_KV_KEY = (
    rf"(?:\((?:\s*+(?P<pkey>{_LABEL})\s*+\)|(?=\s*+\))\s*(?P<pkey> )[^\S ]*+\))\s*+(?P<pcolon>[:：])?+"
    rf"|(?P<key>{_LABEL})\s*+[:：])"
)
_KV_SPACE_KEY = r"(?=\s*+[:：])\s*(?P<key> )[^\S ]*+[:：]"
#: a key-value line: `- 일 시 : …`, `ㅇ (일시/장소): …`, `□ 참석자 :…`, `ㅇ (일시) …`
KEY_VALUE = regex.compile(
    rf"^(?:{_INDENT}{_MARK}(?:\s*+{_KV_KEY}|{_KV_SPACE_KEY})"
    rf"|{_INDENT}(?:\s*+{_KV_KEY}|{_KV_SPACE_KEY})"
    rf"|(?=\s*+[:：])(?P<indent>[ \t]*)(?P<key> )[^\S ]*+[:：])"
    r"\s*+(?P<value>.*+)$"
)
#: brackets around a key cell (`(일시)`, `【장소】`)
KEY_BRACKETS = "()[]<>【】"
#: the indent and marker of any line
LINE_MARKER = regex.compile(rf"{_INDENT}{_MARK}?+\s*+")
#: the end of a line that holds a key alone: white space, maybe a closing parenthesis
_ALONE_END = r"\s*+\)?+\s*+$"
_ALONE_KEY = rf"(?P<key>{_LABEL}){_ALONE_END}"
_SPACE_KEY = rf"(?={_ALONE_END})\s*(?P<key> )[^\S ]*+{_ALONE_END}"
_ALONE = rf"(?:\s*+\(\s*+{_ALONE_KEY}|\s*+\({_SPACE_KEY}|\s*+{_ALONE_KEY}|{_SPACE_KEY})"
#: a key alone on its line (`○참석자`, `□ 주요내용`), its value on the lines below
KEY_ALONE = regex.compile(
    rf"^(?:{_INDENT}{_MARK}{_ALONE}|{_INDENT}{_ALONE}|(?={_ALONE_END})(?P<indent>[ \t]*)(?P<key> )[^\S ]*+{_ALONE_END})"
)


def squeeze(text: str) -> str:
    """``text`` with all white space removed (`주 요 내 용` → `주요내용`)."""
    return "".join(text.split())

#: words that schedule column names are built from; a justified name (`주 요 내 용`) is re-spaced
#: when these words cover it exactly (`주요 내용`), else kept joined
COLUMN_WORDS = frozenset({
    "주요", "세부", "행사", "진행", "발표", "소요", "참석", "담당", "회의", "교육", "프로그램",
    "내용", "일정", "시간", "순서", "장소", "비고", "대상", "구분", "주제", "일시", "인원", "자료", "역할",
})
