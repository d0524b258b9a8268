"""What a parenthesis is: a gloss, an abbreviation, or one of the many other uses.

Rules run in order and the first that matches wins (see docs/glosses.md). Only the
text is read here; Kiwi is not needed to classify.
"""
from __future__ import annotations

import regex

from ...korean.header_words import UNIT_ENDINGS
from ...korean.loanwords import is_foreign_place, is_loanword, is_wholly_foreign
from ...korean.names import looks_like_name
from ...korean.organisations import LOCAL_GOVERNMENT_ENDINGS, REGIONS, abbreviates, is_organisation, names_body
from ...korean.speakers import TITLE_SUFFIXES
from .scan import Paren

# kinds of parenthesis
LABEL, PHONE, WEEKDAY, NUMERIC, HANJA, FOREIGN, LINK, ALIAS, LIST = (
    "label", "phone", "weekday", "numeric", "hanja", "foreign", "link", "alias", "list")
ASIDE, OTHER, ANNOTATION, APPOSITION, UNIT, ABBREV = (
    "aside", "other", "annotation", "apposition", "unit", "abbreviation")
GLOSS, REVERSED, PAIR = "gloss", "reversed", "pair"

#: weekday names written in parentheses after dates: 1. 30.(월)
WEEKDAYS = frozenset("월화수목금토일")
#: a phone number, possibly after ☎ or a 'tel' label
PHONE_NUMBER = regex.compile(r"☎|\d{2,4}[-)．.]\s?\d{3,4}-\d{4}")
#: web addresses and e-mail inside parentheses
WEB = regex.compile(r"www\.|https?:|@|\.(?:kr|com|org|net)\b", regex.I)
#: separators of a list inside parentheses: (중진공, 기보), (반도체·금융)
LIST_SEPARATOR = regex.compile(r"[,，、·ㆍ‧･/:;]|\s및\s|\s등$")
#: '이하' introduces a short name: (이하 '중기부'), (장관 이영, 이하 중기부). The name is bounded
#: (a bracket holds at most 161 characters, see paren_scan.PAREN) so that a text of many '이하'
#: is read a bounded stretch from each
ALIAS_MARKER = regex.compile(r"(?:^|[,\s])이하\s*(?:[:：]\s*)?(?P<short>\S(?:.{0,158}\S)?)\s*$")
#: quotation marks and brackets around an alias or a term
QUOTES = "'\"‘’“”「」『』｢｣《》〈〉<>"
#: words that annotate rather than gloss: (가칭), (안), (예정), (잠정), (주)
ANNOTATION_WORDS = frozenset("""
주 유 재 사 안 가칭 예정 미정 잠정 계속 신설 폐지 신규 확정 예시 참고 참조 별첨 붙임 합계 소계 누계 단위
전년 가나다순 무순 가안 초안 시안 최종 공동 필수 선택 우대 해당 없음 무관 예 이상 이하 미만 이내 한시
완료 진행 진행중 추진중 검토중 시행 예고 개정 제정 신청 접수 마감 공고 변경 연장 추가 제외 포함 별도 기타
온라인 오프라인 비대면 대면 병행 현장 무료 유료 공개 비공개 오전 오후 상시 수시 매년 연중 약칭 영문 국문 원문
""".split())
#: words that place a person in a photo or a row: (사진 왼쪽), (오른쪽 세 번째), (앞줄 가운데)
POSITION_WORDS = regex.compile(r"왼쪽|오른쪽|가운데|앞줄|뒷줄|좌측|우측|사진|번째|부터")
#: a former or current name: (전 국가보훈처), (구 정보통신부), (현 중소벤처기업부)
FORMER_NAME = regex.compile(r"^(?:전|구|현|옛)\s")
#: endings of an annotation phrase: (사업 개요 참조), (신청 시), (무료 제공)
ANNOTATION_ENDING = regex.compile(r"(?:참조|참고|제외|포함|기준|제공|첨부|예정|별도|예시|중|시|후|전|간|순|분|당)$")
#: titles of people; an apposition names one: (장관 이영), (원장 임철호)
TITLE_WORDS = frozenset(TITLE_SUFFIXES)
#: what follows a place named in an aside: 람천(입석리 인근)
PLACE_AROUND = ("인근", "일대", "일원", "부근", "주변")
#: endings of a village, township or town named in an aside: (능주면), (입석리)
PLACE_ENDINGS = ("리", "면", "읍")
#: units a parenthesis gives after a heading: 현재가(원), 인원(명)
UNIT_WORDS = frozenset("""
원 명 개 건 회 억 만 톤 평 개소 개사 곳 개국 가구 세대 시간 분 일 개월 년 차 배 점 % 달러 유로 엔 위안 파운드
퍼센트 포인트 배럴 헥타르 그램 킬로그램 리터 미터 킬로미터 제곱미터 킬로와트 메가와트 기가와트
""".split())
#: magnitudes written before a unit: (억달러), (조원), (천톤)
MAGNITUDES = frozenset("십백천만억조")
#: a term: the run of characters before '(' up to white space, punctuation or a bullet; a dot
#: between two digits is part of the word (2ㆍ8독립만세운동지, 1.5톤급)
TERM_BEFORE = regex.compile(
    r"(?r)(?:[^\s()（）\[\]{}<>「」『』｢｣《》〈〉‘’“”'\",，.·ㆍ‧･:;!?~∼※*△▲□■○●◦ㅇ▶▷◆◇•]|(?<=\d)[.·ㆍ‧･](?=\d))+$")
#: a quoted word of one to three Hangul words directly before '(': ‘거대신생기업’(유니콘 기업)
QUOTED_BEFORE = regex.compile(r"(?r)[‘“'\"](?P<word>[가-힣]+(?: [가-힣]+){0,2})[’”'\"]$")
#: a Latin word at the end of a term: the loan side of 성공적인AX(인공지능 전환)
LATIN_TAIL = regex.compile(r"(?r)[A-Za-z][A-Za-z0-9-]*$")
#: script tests: any letter or digit, a digit, a Chinese character, a Latin letter
LETTER_OR_DIGIT, DIGIT, HAN, LATIN = (regex.compile(p) for p in (r"[\p{L}\p{N}]", r"\p{N}", r"\p{Han}", r"[A-Za-z]"))
#: a word ending in Hangul
HANGUL_END = regex.compile(r"[가-힣]$")
#: a Latin name or acronym: AI, Jersey, All-in-One
LATIN_NAME = regex.compile(r"[A-Za-z][A-Za-z0-9 .&'-]*")
#: Hangul-only words, one or two (a gloss is short): 미션, 유니콘 기업
HANGUL_WORDS = regex.compile(r"[가-힣]+(?: [가-힣]+)?")
#: category nouns; a proper name in parentheses after one is an instance: 우수기업(남양넥스모)
CATEGORY_NOUNS = ("기업", "기관", "업체", "회사", "사", "단체", "재단", "협회", "기구", "은행", "학교", "대학", "지역",
                  "국가", "도시", "시설", "장소", "병원", "매장", "제품", "상표", "브랜드")
#: what may stand between two items of an enumeration: 성균관대(반도체·금융), 차의과대(바이오)
ENUMERATION_GAP = regex.compile(r"(?<!\s)\s*[,，]\s*[^\s(]+")


def word_before(text: str, paren: Paren) -> tuple[int, int]:
    """The span of the word before the parenthesis: attached to it, or quoted (‘핵심 임무’(미션)).

    Empty (``start == end``) after a space or punctuation.
    """
    quoted = QUOTED_BEFORE.search(text, paren.context_start, paren.open)
    if quoted:
        return quoted.span("word")
    m = TERM_BEFORE.search(text, paren.context_start, paren.open)
    return m.span() if m else (paren.open, paren.open)


def term_before(text: str, paren: Paren) -> str:
    """The word before the parenthesis ('' after a space or punctuation)."""
    return text[slice(*word_before(text, paren))]


def classify(text: str, paren: Paren) -> str:
    """The kind of one parenthesis (first matching rule wins)."""
    inner = paren.inner.strip()
    before = text[paren.context_start:paren.open]
    term = term_before(text, paren)
    if not LETTER_OR_DIGIT.search(before):
        return LABEL
    if PHONE_NUMBER.search(inner):
        return PHONE
    if inner in WEEKDAYS:
        return WEEKDAY
    if DIGIT.search(inner):
        return NUMERIC
    if WEB.search(inner):
        return LINK
    if ALIAS_MARKER.search(inner):
        return ALIAS
    if HAN.search(inner):
        return HANJA if HANGUL_END.search(term) else OTHER
    if LATIN.search(inner) or LATIN_TAIL.search(term):
        return _foreign(inner, term)
    if LIST_SEPARATOR.search(inner):
        return LIST
    if before[-1:].isspace() or not term:
        return ASIDE
    return _hangul_pair(inner, term)


def _foreign(inner: str, term: str) -> str:
    """Latin script on one side and Hangul on the other: 인공지능(AI), AX(인공지능 전환)."""
    if not term or LIST_SEPARATOR.search(inner):
        return OTHER
    if inner in ANNOTATION_WORDS or len(inner) == 1:  # one letter spells or labels: 이(e)나라도움, 기금지출(b)
        return ANNOTATION
    if LATIN_NAME.fullmatch(inner) and HANGUL_END.search(term):
        return FOREIGN
    if HANGUL_WORDS.fullmatch(inner) and LATIN_TAIL.search(term):
        return FOREIGN
    return OTHER


def _hangul_pair(inner: str, term: str) -> str:
    """A Hangul word after a Hangul word: gloss, abbreviation, apposition or annotation."""
    if not HANGUL_END.search(term) or not HANGUL_WORDS.fullmatch(inner):
        return OTHER
    words = inner.split()
    if (inner in ANNOTATION_WORDS or POSITION_WORDS.search(inner) or FORMER_NAME.search(inner)
            or len(words) > 1 and ANNOTATION_ENDING.search(inner)):
        return ANNOTATION
    if len(words) > 1 and (words[0] in TITLE_WORDS or words[-1] in TITLE_WORDS) or term in TITLE_WORDS:
        return APPOSITION
    if inner in UNIT_WORDS or (inner[:1] in MAGNITUDES and inner[1:] in UNIT_WORDS):
        return UNIT
    if is_abbreviation(inner, term):
        return ABBREV
    bare = term.lstrip("0123456789")
    if bare != term or is_foreign_place(inner) or is_foreign_place(bare):
        return PAIR  # 1코스(도쿄), 파리(프랑스): a numbered item or a place
    aside = _not_a_pair(inner, term)
    if aside:
        return aside
    inner_loan, term_loan = is_loanword(inner), is_wholly_foreign(bare)
    if inner_loan and not term_loan:
        return GLOSS
    if term_loan and not inner_loan:
        return REVERSED
    return PAIR


def _not_a_pair(inner: str, term: str) -> str | None:
    """What a Hangul bracket is when it is no second name for the word before it: a person
    with their title or alone after their organisation (`조합장 김성훈`, `복지관(양은희)`),
    a place aside (`입석리 인근`), the unit in charge (`산림산업과`, `미래전략과 소관`)."""
    words = inner.split()
    head = words[0]
    if len(inner) == 1 and len(term) == 1:
        return OTHER  # 유(어)·초: a letter's alternative, no name of anything
    if len(words) > 1 and head in REGIONS and all(w.endswith(LOCAL_GOVERNMENT_ENDINGS + ("구",)) for w in words[1:]):
        return ASIDE  # 연구원(대전 유성구): where it is
    if len(words) == 2 and looks_like_name(words[1]) and (head in TITLE_WORDS or head.endswith("장")):
        return APPOSITION
    if len(words) == 1 and len(inner) == 3 and looks_like_name(inner) and names_body(term):
        return APPOSITION
    if len(term) == 3 and looks_like_name(term) and names_body(inner):
        return APPOSITION  # 서윤정(명지대학교): a person and where they work
    if len(head) >= 3 and head.endswith(PLACE_ENDINGS) and (len(words) == 1 or words[-1] in PLACE_AROUND):
        return ASIDE
    if len(words) == 1 and inner.endswith(LOCAL_GOVERNMENT_ENDINGS) and is_organisation(inner):
        return ASIDE  # 충북(제천시): the town within a region
    if words[-1] == "소관" or (len(head) >= 3 and UNIT_ENDINGS.search(head) and len(words) == 1):
        return ANNOTATION
    return None


def is_abbreviation(short: str, full: str) -> bool:
    """True when ``short`` is a shortening of ``full``: 중소벤처기업진흥공단(중진공)."""
    short = short.replace(" ", "")
    return len(short) >= 2 and abbreviates(short, full)


def alias_of(inner: str) -> str | None:
    """The short name an '이하' clause defines, without its quotation marks."""
    m = ALIAS_MARKER.search(inner.strip())
    if not m:
        return None
    short = m.group("short").strip().strip(QUOTES).strip()
    return short or None


def demote_enumerations(text: str, parens: list[Paren], kinds: list[str]) -> list[str]:
    """Glosses in an enumeration of annotated items are annotations too.

    In ``성균관대(반도체·금융), 차의과대(바이오), 인하대(자율주행)`` each parenthesis says what
    an item specialises in; a loanword among them is no gloss. Returns the corrected kinds.
    """
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind not in (GLOSS, REVERSED):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(parens) or kinds[j] in (GLOSS, REVERSED):
                continue
            first, second = sorted((parens[i], parens[j]), key=lambda p: p.open)
            if ENUMERATION_GAP.fullmatch(text, first.close + 1, second.open):
                out[i] = PAIR
    return out


def names_instance(term: str, inner_tags: list[tuple[str, str]]) -> bool:
    """True when ``inner`` is a proper name (one NNP token) after a category noun: 우수기업(남양넥스모)."""
    return (term.endswith(CATEGORY_NOUNS) and len(inner_tags) == 1 and inner_tags[0][1] == "NNP")
