"""Layout marks of Korean releases: outline markers, subtitle dashes, banners, page chrome."""
from __future__ import annotations

import re

from .segment import split_known

#: outline markers by their usual nesting level (□ top, ㅇ under it, - under that, * and ※ notes)
OUTLINE_LEVELS = {
    "□": 1, "■": 1, "◇": 1, "◆": 1, "▣": 1,
    "○": 2, "ㅇ": 2, "◦": 2, "o": 2, "●": 2, "▶": 2, "▷": 2, "△": 2, "▲": 2,
    "-": 3, "–": 3, "−": 3, "·": 3, "•": 3, "ㆍ": 3, "▪": 3, "･": 3, "‧": 3,
    "*": 4, "※": 4, "**": 4, "***": 4,
}
#: a marker at the start of a paragraph (numbered ones included: 1., 가., ①, (1), 1))
MARKER = re.compile(
    r"^\s*(?P<marker>\*{1,3}|[□■◇◆▣○ㅇ◦●▶▷△▲\-–−·•ㆍ▪･‧※]|o(?=\s)|"
    r"\d{1,2}\.(?!\d)|[가-하]\.|[①-⑳]|\(\d{1,2}\)|\d{1,2}\)|[가-하]\))\s*"
)
#: numbered markers nest between the symbol levels
NUMBERED_LEVELS = (
    (re.compile(r"^\d{1,2}\.$"), 1), (re.compile(r"^[가-하]\.$"), 2), (re.compile(r"^[①-⑳]$"), 3),
    (re.compile(r"^\(\d{1,2}\)$"), 3), (re.compile(r"^\d{1,2}\)$"), 3), (re.compile(r"^[가-하]\)$"), 4),
)
#: a sequence number standing alone (a schedule's 순서 column: ①, 1, 1., (1), 가.), no label
SEQUENCE_NUMBER = re.compile(r"^(?:[①-⑳➀-➉❶-❿]|\(?\d{1,2}[.)]?|[가-하][.)])$")
#: dashes that open (and may close) a subtitle line: `- 부제 -`
SUBTITLE_DASH = re.compile(r"^\s*[-–−―ㅡ◇◆▶▷◈]\s*")
#: a closing dash whose opening dash was a bullet style the conversion dropped: `부제 -`
SUBTITLE_CLOSING_DASH = re.compile(r"\S\s+[-–−―]\s*$")
#: separator between the title and a subtitle on one line, or between subtitles
INLINE_SUBTITLE = re.compile(r"(?<!\s)\s+[-–−―]\s+")
#: the banner at the top of a release: 보도자료, 보 도 참 고, 보도설명자료 …, and 동정자료 (a
#: minister's or head's activities)
BANNER = re.compile(r"(?:보\s*도\s*(?:자\s*료|참\s*고|설\s*명\s*자\s*료|해\s*명\s*자\s*료|계\s*획)|동\s*정\s*자\s*료)")
#: a banner written into the title's line: `[보도자료] 제목`, `<보도참고자료> 제목`
INLINE_BANNER = re.compile(r"^\s*[\[<【(]\s*" + BANNER.pattern + r"\s*[\]>】)]\s*")
#: web page furniture, word by word (spaces removed): a line made only of these is chrome
CHROME_WORDS = frozenset({
    "로그인", "로그아웃", "회원가입", "회원정보", "수정", "비밀번호", "바로가기", "본문바로가기", "메뉴", "메뉴닫기",
    "전체메뉴", "사이트맵", "글자크기", "가장작게", "가장크게", "작게", "크게", "기본", "홈", "닫기", "검색", "인쇄",
    "목록", "공유", "공유하기", "스크랩", "이전글", "다음글", "댓글", "댓글남기기", "구독", "페이스북", "트위터",
    "카카오톡", "카카오스토리", "블로그", "URL복사", "프린트", "프린트페이지", "페이지",
})
#: what separates chrome words on one line
CHROME_SEPARATORS = re.compile(r"[\s|/·>:]+")
#: a board's messages and counters: `등록된 글이 없습니다`, `다음글이 존재 하지 않습니다`, `조회수 : 36`, `3`
CHROME_LINE = re.compile(
    r"^(?:등록된\s*글이\s*없습니다|(?:이전|다음)\s*글이\s*(?:존재\s*하지\s*않습니다|없습니다)|간편\s*회원은\s*볼\s*수\s*없습니다"
    r"|회원\s*정보를\s*입력|(?:조회|조회\s*수|추천\s*수)\s*[:：]\s*[\d,]+$|\d+$)"
)
#: the longest chrome line, and the longest chrome word
MAX_CHROME, CHROME_LONGEST = 30, 6
#: bullets a web copy puts before chrome items (`  • 가장작게`)
CHROME_BULLET = re.compile(r"^[\s•·*▶>-]+")


def is_chrome(text: str) -> bool:
    """A short line of web page furniture: menu items and buttons only (`로그인 | 회원가입`,
    `• 가장작게`), a board's message or counter. A line that also says anything else (`회원국
    정상회의`, `구독경제 활성화`) is not chrome."""
    text = CHROME_BULLET.sub("", text.strip())
    if not text or len(text) > MAX_CHROME:
        return False
    if CHROME_LINE.match(text):
        return True
    words = [w for w in CHROME_SEPARATORS.split(text) if w]
    joined = "".join(words)  # `바로 가기`, `댓글 남기기`
    return bool(words) and (joined in CHROME_WORDS or split_known(joined, CHROME_WORDS, CHROME_LONGEST) is not None
                            or all(w in CHROME_WORDS or split_known(w, CHROME_WORDS, CHROME_LONGEST) for w in words))
