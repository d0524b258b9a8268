"""What the document is: a press release, a news article, or unknown."""
from __future__ import annotations

import re
from itertools import islice

from ..document import Document
from ..korean import HANGUL
from ..models import Release
from ..options import Options

#: words that only a press release's own header or layout carries
PRESS_MARKS = re.compile(
    r"보\s*도\s*자\s*료|보\s*도\s*참\s*고|보도\s*설명\s*자료|보도\s*해명\s*자료|보\s*도\s*일\s*시|보도\s*시점|배포\s*일\s*시"
    r"|담당\s*부서|^\s*[□■]\s|【[^】\n]{0,20}(?:과장|팀장|담당)"
)
#: traces of a news site around an article: bylines, posting stamps, related-news lists
#: (a stamp's indent is read within its line: `^\s*` ran over every blank line below each line start)
NEWS_MARKS = re.compile(
    r"^[^\S\n]*(?:입력|등록|기사입력|승인)\s*(?::\s*)?\d{4}[-.]\d{1,2}[-.]\d{1,2}"
    r"|관련\s*기사|주요\s*뉴스|많이\s*본\s*뉴스|무단\s*전재|재배포\s*금지|[가-힣]{2,4}\s*기자\s*[=@]"
    r"|bloggers like this|See more related articles",
    re.M,
)


#: fewer Hangul syllables than this in the head of a text: not a Korean document
MIN_HANGUL = 10
#: the warning for a text too short of Hangul to be read as a release
NOT_KOREAN = f"kind: fewer than {MIN_HANGUL} Hangul syllables; not read as a Korean press release"


def extract(doc: Document, record: Release, options: Options) -> None:
    record.kind = classify(doc.text)
    record.language = "ko" if HANGUL.search(doc.text[:20000]) else None
    if record.kind == "unknown":
        record.warnings.append(NOT_KOREAN)


def classify(text: str) -> str:
    """press_release, news_article or unknown."""
    head = text[:20000]
    if len(list(islice(HANGUL.finditer(head), MIN_HANGUL))) < MIN_HANGUL:  # counted up to the minimum only
        return "unknown"
    if PRESS_MARKS.search(head):
        return "press_release"
    if NEWS_MARKS.search(text):
        return "news_article"
    return "press_release"
