"""Telling an organisation's name (행정안전부, 금융감독원) from a unit inside one (혁신기획과)."""
from __future__ import annotations

from .header_words import MINISTRIES, ORGANISATION_ENDINGS, UNIT_ENDINGS

#: endings that always name an organisation, even where a unit ending also fits (재단 ~ 단)
STRONG_ENDINGS = ("위원회", "청", "재단", "공단", "공사", "협회", "진흥원", "평가원", "감독원", "교육원", "개발원",
                  "정보원", "보안원", "은행", "기금", "대학교", "학교", "협의회", "연합회", "중앙회", "회계사회",
                  "변호사회", "의사회", "학회", "상공회의소")
#: words ending like an organisation that name people: 국회의원, 연구원 (a researcher)
PERSON_ENDINGS = ("의원", "위원", "연구원", "직원", "회원", "공무원")


def is_organisation(word: str) -> bool:
    """True for a ministry, agency, public body or local government; False for its units."""
    if word in MINISTRIES:
        return True
    if len(word) < 3:
        return False
    if word.endswith(STRONG_ENDINGS):
        return True
    if UNIT_ENDINGS.search(word) or word.endswith(PERSON_ENDINGS):
        return False
    return bool(ORGANISATION_ENDINGS.search(word))
