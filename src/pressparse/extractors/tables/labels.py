"""Labels around and inside tables: captions, column names, keys with justified spacing."""
from __future__ import annotations

from ...document import Body
from ...korean import HANGUL
from ...korean.segment import split_known
from ...korean.sentences import ENDS_SENTENCE
from ...korean.schedule_words import (
    ATTACHMENT_LABEL,
    CAPTION_BRACKETS,
    CAPTION_MARKERS,
    CAPTION_MAX,
    CAPTION_NOTE,
    COLUMN_WORDS,
    NOTE_LINE,
)

#: how many lines above a table its caption may stand (notes and blank lines between)
CAPTION_REACH = 4
#: markdown bold marks around a caption (`□ **행사 개요**`)
BOLD = "**"
#: justified labels at least this long are re-spaced from COLUMN_WORDS (`주요내용` → `주요 내용`)
RESPACE_MIN = 4


def unjustify(text: str) -> str:
    """White space normalised; justified spacing removed (`장  소` → `장소`, `주 요 내 용` → `주요내용`)."""
    pieces = text.split()
    if len(pieces) >= 2 and all(len(p) == 1 for p in pieces):
        return "".join(pieces)
    return " ".join(pieces)


def column_name(text: str) -> str:
    """A header cell as a column name: justified spacing removed, long names re-spaced."""
    pieces = text.split()
    name = unjustify(text)
    if len(pieces) >= RESPACE_MIN and name == "".join(pieces):
        words = split_known(name, COLUMN_WORDS, longest=4)
        return " ".join(words) if words else name
    return name


def clean_caption(text: str) -> str | None:
    """A caption line without its marker, brackets, bold marks and trailing note."""
    text = CAPTION_NOTE.sub("", text.replace(BOLD, "").strip())
    text = CAPTION_MARKERS.sub("", text)
    text = text.strip().strip(CAPTION_BRACKETS).strip()
    text = " ".join(text.split())
    return text or None


def caption_before(doc: Body, index: int) -> str | None:
    """The caption standing above line ``index`` (`□ 세부일정`, `<세부 행사일정>`, `붙임⇥⇥…`), if any."""
    for i in range(index - 1, max(index - 1 - CAPTION_REACH, -1), -1):
        if doc.taken(i):
            return None
        line = doc.lines[i]
        if line.is_blank or NOTE_LINE.match(line.text):
            continue
        filled = line.filled_cells
        if len(filled) > 1:
            if ATTACHMENT_LABEL.match(filled[0].text):
                return clean_caption(" ".join(c.text for c in filled[1:]))
            return None
        text = line.stripped
        if len(text) > CAPTION_MAX or ENDS_SENTENCE.search(text) or not HANGUL.search(text):
            return None
        return clean_caption(text)
    return None
