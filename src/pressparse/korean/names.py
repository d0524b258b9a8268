"""Korean personal names: surnames and the shape of a full name."""
from __future__ import annotations

import re

#: single-syllable surnames, covering more than 99 % of the population (통계청 인구총조사)
SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함"
    "변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상"
    "시갈단견당화창계빙라로리루려량림륙"
)
#: two-syllable surnames
DOUBLE_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "망절", "을지"})
#: endings of unit names (예산실, 홍보부, 감사팀) that a three-syllable name rarely has
UNIT_FINALS = frozenset("과팀국실부단처청원관센")
NAME_SHAPE = re.compile(r"^[가-힣]{2,4}$")


def looks_like_name(word: str, *, strict: bool = True) -> bool:
    """True when ``word`` can be a full Korean name (2–4 syllables starting with a surname).

    ``strict`` also rejects three-syllable words ending like a unit (감사실, 기획과), which
    callers relax where the layout says a name stands (right after a position cell).
    """
    if not NAME_SHAPE.match(word):
        return False
    if len(word) == 4:
        return word[:2] in DOUBLE_SURNAMES
    if word[:2] in DOUBLE_SURNAMES and len(word) == 3:
        return True
    if word[0] not in SURNAMES:
        return False
    return not (strict and len(word) == 3 and word[-1] in UNIT_FINALS)
