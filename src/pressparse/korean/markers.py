"""Layout marks of Korean releases: outline markers, subtitle dashes, banners, page chrome."""
from __future__ import annotations

import re

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
#: dashes that open (and may close) a subtitle line: `- 부제 -`
SUBTITLE_DASH = re.compile(r"^\s*[-–−―ㅡ◇◆▶▷◈]\s*")
#: a closing dash whose opening dash was a bullet style the conversion dropped: `부제 -`
SUBTITLE_CLOSING_DASH = re.compile(r"\S\s+[-–−―]\s*$")
#: separator between the title and a subtitle on one line, or between subtitles
INLINE_SUBTITLE = re.compile(r"(?<!\s)\s+[-–−―]\s+")
#: the banner at the top of a release: 보도자료, 보 도 참 고, 보도설명자료 …
BANNER = re.compile(r"보\s*도\s*(?:자\s*료|참\s*고|설\s*명\s*자\s*료|해\s*명\s*자\s*료|계\s*획)")
#: a banner written into the title's line: `[보도자료] 제목`, `<보도참고자료> 제목`
INLINE_BANNER = re.compile(r"^\s*[\[<【(]\s*" + BANNER.pattern + r"\s*[\]>】)]\s*")
#: web page chrome that is never a title (menus, login prompts, font-size buttons)
CHROME = re.compile(
    r"로그인|로그아웃|회원|비밀번호|바로\s*가기|메뉴|사이트맵|글자\s*크기|가장\s*(?:작게|크게)|^(?:작게|크게|기본|홈|닫기|검색|인쇄|목록|공유)$"
    r"|스크랩|이전\s*글|다음\s*글|댓글|구독|조회\s*(?:수\s*)?:|추천\s*수|등록된 글이 없습니다|페이스북|트위터|카카오톡|URL\s*복사|^\d+$"
)
#: bullets a web copy puts before chrome items (`  • 가장작게`)
CHROME_BULLET = re.compile(r"^[\s•·*▶>-]+")


def is_chrome(text: str) -> bool:
    """A short line of web page furniture: a menu item, a login prompt, a font-size button."""
    text = text.strip()
    return len(text) <= 30 and bool(CHROME.search(CHROME_BULLET.sub("", text)))
