"""Is a Hangul word a loanword (a foreign word written in Hangul: 미션, 워크숍)?

Kiwi has no notion of word origin, so this combines two general signals:
a lexicon of loanwords common in government writing (the words that purification lists
such as the 다듬은 말 lists replace) and the syllables of the word: transliteration
uses syllables that no Chinese character is read as (션, 숍, 팀, 크, 트, 스 …), while
Sino-Korean words use only those readings.
"""
from __future__ import annotations

import regex

#: Hangul readings of Chinese characters (each the reading of at least three CJK Unified
#: Ideographs in the Unihan-derived table of the `hanja` package); Sino-Korean words use only these
SINO_SYLLABLES = frozenset(
    "가각간갈감갑강개객갱갹거건걸검겁게격견결겸겹경계고곡곤골공과곽관괄광괘괴괵굉교구국군굴궁권궐궤귀규균극근금급긍기긴길나난날남납낭내녀년녈념녑녕노농뇌뇨누눈눌뉴뉵니닉닐다단달담답당대"
    "덕도독돈돌동두둔득등라락란랄람랍랑래략량려력련렬렴렵령례로록론롱뢰료룡루류륙륜률륭륵름릉리린림립마막만말맘망매맥맹멱면멸명모목몰몽묘무묵문물미민밀박반발방배백번벌범법벽변별병보복본"
    "봉부북분불붕비빈빙사삭산살삼삽상새색생서석선설섬섭성세소속손솔송쇄쇠수숙순술숭쉬슬습승시식신실심십쌍아악안알암압앙애액앵야약양어억언얼엄업에여역연열염엽영예오옥온올옹와완왈왕왜외요"
    "욕용우욱운울웅원월위유육윤율융은을음읍응의이익인일임입잉자작잔잠잡장재쟁저적전절점접정제조족존졸종좌죄주죽준줄중즉즐즙증지직진질짐집징차착찬찰참창채책처척천철첨첩청체초촉촌총촬쵀최"
    "추축춘출충췌취측층치칙친칠침칩칭쾌타탁탄탈탐탑탕태택탱토톤통퇴투특파판팔패팽편폄평폐포폭표품풍피필핍하학한할함합항해핵행향허헌험혁현혈협형혜호혹혼홀홍화확환활황홰회획횡효후훈훌훤훼"
    "휘휴휵휼흉흑흔흘흠흡흥희힐"
)

#: syllables outside SINO_SYLLABLES that are common in native Korean nouns (쉼터, 나눔, 돌봄, 꿈)
NATIVE_SYLLABLES = frozenset("터뜰숲빛꽃꿈봄눔움쉼딤님들뿐것곳밤몸맘둘셋씨짓뭇벗볕볼잘밭낮꾼글걸음른섯")

#: loanwords frequent in government writing (general vocabulary of purification lists)
COMMON_LOANWORDS = frozenset("""
가이드 가이드라인 거버넌스 골든타임 그린 글로벌 네트워크 네트워킹 노하우 뉴딜 데모데이 데이터 디지털
라운드테이블 랜드마크 로드맵 로드쇼 리빙랩 리스크 리모델링 릴레이 마스터플랜 매뉴얼 매칭 멘토 멘토링
모니터링 미션 바우처 밸류체인 벤처 벤치마킹 브랜드 브리핑 비전 빅데이터 서포터즈 세미나 센터 솔루션
쇼츠 스마트 스케일업 스타트업 슬로건 시너지 아이디어 아카데미 액셀러레이터 업사이클링 에코 오픈
워크숍 원스톱 원팀 웨비나 유니콘 이벤트 인센티브 인큐베이팅 인프라 인플루언서 캠페인 캠프 커리큘럼
커뮤니티 컨설팅 컨트롤타워 컨퍼런스 콘퍼런스 콘텐츠 콘테스트 클러스터 키오스크 태스크포스 테스트베드
투어 파트너 파트너십 팸투어 페스티벌 포럼 포털 프로그램 프로세스 프로젝트 플랫폼 피칭 핫라인 해커톤
허브 홈페이지 힐링 챌린지 크리에이터 팝업 패키지 패스트트랙 리더십 로컬 메타버스 샌드박스 스토리
""".split())

#: countries and large foreign cities written in Hangul: 파리(프랑스) is a place, not a gloss
FOREIGN_PLACES = frozenset("""
미국 중국 일본 영국 프랑스 독일 이탈리아 스페인 포르투갈 네덜란드 벨기에 스위스 오스트리아 스웨덴 노르웨이
덴마크 핀란드 폴란드 체코 헝가리 그리스 튀르키예 터키 러시아 우크라이나 캐나다 멕시코 브라질 아르헨티나 칠레
페루 콜롬비아 호주 뉴질랜드 인도 인도네시아 베트남 태국 말레이시아 싱가포르 필리핀 캄보디아 라오스 미얀마
몽골 대만 홍콩 마카오 카자흐스탄 우즈베키스탄 사우디아라비아 아랍에미리트 카타르 이스라엘 이란 이라크 이집트
남아공 나이지리아 케냐 에티오피아 모로코 아일랜드 룩셈부르크 루마니아 불가리아 파키스탄 방글라데시 스리랑카
네팔 유럽 아시아 아프리카 중동 북미 남미 중남미 오세아니아
도쿄 오사카 교토 후쿠오카 삿포로 베이징 상하이 선전 광저우 칭다오 톈진 충칭 홍콩 타이베이 뉴욕 워싱턴
로스앤젤레스 샌프란시스코 시카고 보스턴 시애틀 실리콘밸리 라스베이거스 토론토 밴쿠버 런던 파리 베를린
프랑크푸르트 뮌헨 로마 밀라노 마드리드 바르셀로나 암스테르담 브뤼셀 제네바 취리히 빈 스톡홀름 헬싱키 모스크바
하노이 호찌민 다낭 방콕 자카르타 마닐라 쿠알라룸푸르 프놈펜 울란바토르 뉴델리 뭄바이 두바이 아부다비 리야드
도하 카이로 시드니 멜버른 상파울루 멕시코시티
""".split())

#: share of transliteration syllables from which a word counts as a loanword
LOANWORD_RATIO = 1 / 3
#: share from which a word counts as wholly foreign (used to tell reversed glosses)
FOREIGN_WORD_RATIO = 1 / 2

#: final consonants transliteration uses (외래어 표기법: ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ), as indices of the 28 finals
LOAN_FINALS = frozenset({0, 1, 4, 8, 16, 17, 19, 21})
#: tense initials, which transliteration does not use (ㄲ ㄸ ㅃ ㅆ ㅉ), as indices of the 19 initials
TENSE_INITIALS = frozenset({1, 4, 8, 10, 13})
#: vowels transliteration hardly uses (ㅚ: 왼쪽, 뵈다), as indices of the 21 vowels
NATIVE_VOWELS = frozenset({11})

_HANGUL_SYLLABLE = regex.compile(r"[가-힣]")
_WORD_SPLIT = regex.compile(r"[\s·ㆍ‧･/]+")


def foreign_ratio(word: str) -> float:
    """Share of the Hangul syllables of ``word`` that are neither Sino-Korean nor typically native."""
    syllables = _HANGUL_SYLLABLE.findall(word)
    if len(syllables) < 2:
        return 0.0
    return sum(1 for s in syllables if _transliterating(s)) / len(syllables)


def _transliterating(syllable: str) -> bool:
    """True for a syllable typical of transliteration: no hanja reading, not native-only."""
    if syllable in SINO_SYLLABLES or syllable in NATIVE_SYLLABLES:
        return False
    code = ord(syllable) - 0xAC00
    initial, vowel, final = code // 588, code % 588 // 28, code % 28
    return initial not in TENSE_INITIALS and vowel not in NATIVE_VOWELS and final in LOAN_FINALS


def in_lexicon(word: str) -> bool:
    """True when ``word`` is a known loanword or a compound that starts or ends with one
    (at most two syllables added: 워크숍형, 스마트공장)."""
    if word in COMMON_LOANWORDS:
        return True
    n = len(word)
    return any(word[:k] in COMMON_LOANWORDS or word[n - k:] in COMMON_LOANWORDS for k in range(max(2, n - 2), n))


def is_loanword(phrase: str) -> bool:
    """True when a word of ``phrase`` (1–3 words) looks like a foreign word written in Hangul."""
    words = [w for w in _WORD_SPLIT.split(phrase) if w]
    return any(in_lexicon(w) or foreign_ratio(w) >= LOANWORD_RATIO for w in words)


def is_wholly_foreign(word: str) -> bool:
    """True when ``word`` as a whole is a loanword (스타트업), not a Korean compound containing one."""
    return word in COMMON_LOANWORDS or foreign_ratio(word) >= FOREIGN_WORD_RATIO


def is_foreign_place(word: str) -> bool:
    """True when ``word`` is a country, a continent or a large foreign city."""
    return word in FOREIGN_PLACES
