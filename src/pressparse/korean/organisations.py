"""Telling an organisation's name (행정안전부, 금융감독원) from a unit inside one (혁신기획과)."""
from __future__ import annotations

from . import is_syllable
from .header_words import HEAD_TITLES, MINISTRIES, ORGANISATION_ENDINGS, UNIT_ENDINGS

#: endings that always name an organisation, even where a unit ending also fits (재단 ~ 단)
STRONG_ENDINGS = ("위원회", "청", "교육청", "재단", "공단", "공사", "협회", "진흥원", "평가원", "감독원", "교육원", "개발원",
                  "정보원", "보안원", "은행", "기금", "대학교", "학교", "협의회", "연합회", "중앙회", "회계사회",
                  "변호사회", "의사회", "학회", "상공회의소", "의회")
#: words that say what kind a body is, not which one: `저축은행`, `국내은행`, `시중·특수은행`,
#: `고등학교` name a kind of bank or school (a sector a release reports on), no issuer
GENERIC_MODIFIERS = frozenset({
    "국내", "외국", "해외", "시중", "지방", "특수", "저축", "상호저축", "인터넷전문", "인터넷", "일반", "민간",
    "공공", "관계", "유관", "주요", "각급", "초등", "고등", "사립", "공립", "국공립", "전문", "상호",
})
#: words ending like an organisation that name people: 국회의원, 연구원 (a researcher)
PERSON_ENDINGS = ("의원", "위원", "연구원", "직원", "회원", "공무원")


#: the regions a local body's name is written after: `전남 곡성군`, `전라남도 나주시`
REGIONS = frozenset({
    "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남",
    "경북", "경남", "제주", "경기도", "강원도", "충청북도", "충청남도", "전라북도", "전라남도", "경상북도", "경상남도",
    "강원특별자치도", "전북특별자치도", "제주특별자치도", "세종특별자치시", "서울특별시", "부산광역시", "대구광역시",
    "인천광역시", "광주광역시", "대전광역시", "울산광역시",
})


#: endings a government body shares with units (인사혁신처, 산업통상부): a body only where
#: the place says so, as at the opening of a title (`지식재산처, …`)
SHARED_ENDINGS = ("부", "처")


def opens_as_organisation(word: str) -> bool:
    """An organisation, or a name with a body's ending that units share, where only a body stands."""
    return is_organisation(word) or (len(word) >= 3 and is_syllable(word[0]) and word.endswith(SHARED_ENDINGS))


#: the endings of a local government's name that its own bodies are named after
LOCAL_GOVERNMENT_ENDINGS = ("시", "군")
#: endings of a body's name (an office, a centre, a hall, an institute, a foundation …): a name
#: that ends so names a body where the place says a body stands (`진도군보건소`, `…문화회관`)
BODY_ENDINGS = ("원", "소", "관", "센터", "본부", "단", "회", "청", "처", "부", "학교", "재단", "공사", "공단")


def local_body(word: str) -> bool:
    """A body named after the local government that runs it: a local government's name
    (`진도군`) fused with an institution of two or more syllables (`보건소`, `가족센터`)."""
    if not word.endswith(BODY_ENDINGS):
        return False
    for cut in range(3, min(len(word) - 1, 8)):
        head = word[:cut]
        if head.endswith(LOCAL_GOVERNMENT_ENDINGS) and is_organisation(head):
            return True
    return False


#: endings of the government's own bodies: agencies (청), ministries (부, 처), local governments
PUBLIC_ENDINGS = ("청", "부", "처", "시", "군", "구", "도", "의회")


def is_public_body(word: str) -> bool:
    """A ministry, agency, local government or a body it runs, as against an association,
    foundation or company (`담양장학회`, `록수장학회`)."""
    return word in MINISTRIES or word in REGIONS or local_body(word) or (
        is_organisation(word) and word.endswith(PUBLIC_ENDINGS))


#: deputy heads' titles, which end like a body's head fused with it (`행정부시장` ≠ 행정부시 + 장)
DEPUTY_HEADS = ("부시장", "부군수", "부구청장", "부지사", "부교육감")


def names_body(word: str) -> bool:
    """An organisation, or a name a body's ending closes (`장흥종합사회복지관`, `국립문화유산연구원`),
    for places where a body is expected (a head named with it, a person's affiliation)."""
    return len(word) >= 3 and (is_organisation(word) or word.endswith(BODY_ENDINGS))


#: the heads' titles, longest first (`광산구청장` is 광산구's 구청장, not 광산구청's 청장)
HEADS_LONGEST_FIRST = tuple(sorted(HEAD_TITLES, key=len, reverse=True))


def abbreviates(short: str, full: str) -> bool:
    """``short`` is a shorter name made of ``full``'s syllables in order from the same first one:
    중진공 of 중소벤처기업진흥공단, 전남도 of 전라남도."""
    if not short or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def head_of(word: str) -> tuple[str, str] | None:
    """(organisation, head's title) of a word fusing the two: `보건복지부장관` → (보건복지부, 장관);
    a title sharing the body's last syllable keeps it (`나주시장` → (나주시, 시장), `담양군수` →
    (담양군, 군수), `관세청장` → (관세청, 청장)); None for any other word, a deputy's title
    (`행정부시장`) included."""
    if word.endswith(DEPUTY_HEADS) or is_organisation(word):
        return None
    for title in HEADS_LONGEST_FIRST:
        if word.endswith(title) and len(word) > len(title):
            shared = word[:-len(title)] + title[0]
            if is_organisation(shared):
                return shared, title
            if is_organisation(word[:-len(title)]):
                return word[:-len(title)], title
    return None


def organisation_in(word: str) -> str | None:
    """The organisation a word names: itself, or the one fused with its head's title
    (`금융감독원장` → 금융감독원, `나주시장` → 나주시, `해양수산부장관` → 해양수산부)."""
    if is_organisation(word):
        return word
    split = head_of(word)
    if split:  # 해양수산부장관 → 해양수산부, 담양군수 → 담양군
        return split[0]
    if word.endswith("장") and not word.endswith(DEPUTY_HEADS) and is_organisation(word[:-1]):
        return word[:-1]  # a head no list knows: 나주이화신협장
    return None


#: what ends a header label of a date and time (보도일시, 배포일시, 게시일시), never a city's name
DATE_TIME = "일시"


def is_organisation(word: str) -> bool:
    """True for a ministry, agency, public body or local government; False for its units, for a
    bare ending used as a common noun (`위원회`, `시교육청`: which one is not said), and for a label
    of a date and time (`보도일시` ends as a city's name does)."""
    if word in MINISTRIES:
        return True
    if len(word) < 3 or not is_syllable(word[0]) or word.endswith(DATE_TIME):
        return False
    strong = max((e for e in STRONG_ENDINGS if word.endswith(e)), key=len, default=None)
    if strong is not None:
        kind = word[:-len(strong)]
        return len(kind) >= 2 and not _generic(kind)
    if UNIT_ENDINGS.search(word) or word.endswith(PERSON_ENDINGS):
        return local_body(word)
    return bool(ORGANISATION_ENDINGS.search(word)) or is_province(word) or local_body(word)


def _generic(kind: str) -> bool:
    """What a name says before its ending only says what kind of body it is (`저축`, `시중·특수`)."""
    return kind in GENERIC_MODIFIERS or ("·" in kind and all(part in GENERIC_MODIFIERS for part in kind.split("·")))


#: the ending of a province's name (전라남도, 경기도; 전남도, 제주도 in short)
PROVINCE = "도"


def is_province(word: str) -> bool:
    """A province by name, in full or short (`전라남도`, `전남도`), not any word ending in 도."""
    return word.endswith(PROVINCE) and (word in REGIONS or word[:-1] in REGIONS)
