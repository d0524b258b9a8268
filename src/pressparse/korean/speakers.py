"""Words and rules for who speaks in Korean press text: titles, names, organisations.

Plain string rules, no Kiwi: the quote extractor uses Kiwi for particles and endings and
these rules for the boundaries of a speaker's name, position and organisation.
"""
from __future__ import annotations

import re

from .names import DOUBLE_SURNAMES, SURNAMES

#: position words a speaker's noun phrase ends with (longest match wins)
TITLE_SUFFIXES: tuple[str, ...] = tuple(sorted({
    "대통령", "국무총리", "총리", "부총리", "장관", "차관", "차관보", "실장", "국장", "과장", "팀장",
    "부장", "처장", "청장", "차장", "원장", "이사장", "이사", "대표", "대표이사", "회장", "부회장",
    "사장", "부사장", "위원장", "위원", "의원", "의장", "시장", "부시장", "도지사", "지사", "부지사",
    "군수", "구청장", "교육감", "교장", "교감", "교수", "총장", "학장", "센터장", "소장", "관장",
    "단장", "본부장", "지부장", "지회장", "동장", "면장", "읍장", "정책관", "심의관", "기획관",
    "담당관", "조정관", "협력관", "대변인", "관계자", "사무국장", "사무총장", "사무처장", "주무관",
    "사무관", "서기관", "연구관", "연구원", "박사", "감독", "선수", "대사", "영사", "지점장",
    "국회의원", "씨", "님", "상임위원", "전문위원", "권한대행", "직무대행", "직무대리", "대행",
    "총재", "작가", "국왕", "주석", "연구위원", "목사", "조합장", "교육장",
}, key=len, reverse=True))

#: titles that qualify the position before them (전남지부장 권한대행)
MODIFIER_TITLES = frozenset({"권한대행", "직무대행", "직무대리", "대행"})

#: honorifics glued to a name (윤성열씨)
HONORIFICS = frozenset({"씨", "님"})

#: titles that never stand with a personal name (시 관계자)
UNNAMED_TITLES = frozenset({"관계자"})

#: third-person pronouns that refer back to the previous speaker
PRONOUNS = frozenset({"그", "그녀", "그들"})

#: particles that mark the subject of a reporting sentence
#: endings of a clause that describes the speaker before the noun: 행사에 참여한 (어르신들은)
ADNOMINAL_ENDINGS = ("한", "된", "던")
#: the plural suffix of a group that speaks: 관계자들은
PLURAL = "들"
SUBJECT_PARTICLES = ("께서는", "께서", "은", "는", "이", "가", "도")

#: endings of organisation names that can speak (산업통상부는 “…”이라며)
ORG_SUFFIXES = ("부", "처", "청", "공단", "공사", "재단", "협회", "연합회", "위원회", "센터", "정부",
                "시", "도", "군", "구", "은행", "진흥원", "평가원")
#: endings of groups that speak, never of a person's position (새마을회, 부녀회, 봉사단, 선수단)
GROUP_SUFFIXES = ("회", "단")

#: a local government named by its kind alone (시 관계자 → the city of the release)
LOCAL_KINDS = frozenset({"시", "도", "군", "구"})

#: nouns that make one reporting verb with the verb after them (말문을 열었다, 각오를 다졌다)
SPEECH_NOUNS = ("말문", "소감", "포부", "각오", "의지", "뜻", "입장", "당부", "소회", "감사", "기대")

#: final syllables that mark a 3-syllable word as an organisation, not a name (문체부, 전남도)
ORG_FINALS = frozenset("부청처시도군공")

#: sentence-initial adverbs that are never part of a speaker's noun phrase
LEAD_ADVERBS = frozenset({"이날", "한편", "또", "또한", "특히", "아울러", "이어", "이어서", "이에",
                          "끝으로", "마지막으로", "그러면서", "이와", "함께", "이번", "오늘", "당시"})

_HANGUL_WORD = re.compile(r"[가-힣]+")


def title_of(stem: str) -> str | None:
    """The position word ``stem`` ends with, or None."""
    if not stem.endswith(TITLE_SUFFIXES):  # most words: one call says no
        return None
    return next((t for t in TITLE_SUFFIXES if stem.endswith(t)), None)


def is_org(word: str) -> bool:
    """True when ``word`` reads as an organisation name (산업통상부, 중소기업진흥공단)."""
    return (len(word) >= 2 and word.endswith(ORG_SUFFIXES)) or (len(word) >= 3 and word.endswith(GROUP_SUFFIXES))


def is_surname(word: str) -> bool:
    """True when ``word`` is a surname alone (임 이사장 → 임)."""
    return word in SURNAMES or word in DOUBLE_SURNAMES


def is_person_name(word: str) -> bool:
    """True when ``word`` reads as a full Korean personal name (이영, 임채운, 남궁민수)."""
    if not _HANGUL_WORD.fullmatch(word) or title_of(word):
        return False
    if word[:2] in DOUBLE_SURNAMES and len(word) in (3, 4):
        return True
    if word[0] not in SURNAMES or len(word) not in (2, 3):
        return False
    return not (len(word) == 3 and word[-1] in ORG_FINALS)


def split_honorific(stem: str) -> tuple[str, str] | None:
    """``(name, honorific)`` for a name glued to 씨/님 (윤성열씨), else None."""
    for h in HONORIFICS:
        if stem.endswith(h) and is_person_name(stem[: -len(h)]):
            return stem[: -len(h)], h
    return None

#: determiners before an unnamed speaker that are not part of the organisation (한 업계 관계자)
DETERMINERS = frozenset({"한", "어느", "다른", "일부", "또"})
#: joins two titles held at once: 부총리 겸 기획재정부 장관
CONCURRENT = "겸"
