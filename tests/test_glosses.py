"""Glosses and abbreviations: parenthesis kinds, term spans, whole documents (issue 5)."""
from __future__ import annotations

import pytest

from conftest import parsed, sample
from pressparse import parse
from pressparse.document import Document
from pressparse.extractors.glosses import classify as pc
from pressparse.extractors.glosses.scan import find_parens

# (real sentence, the parenthesis to look at, its kind); samples/ holds each sentence
KINDS = [
    ("보도일시 2023. 1. 30.(월) 10:00", "(월)", pc.WEEKDAY),
    ("과장 황영호 (044-204-7320)", "(044-204-7320)", pc.PHONE),
    ("중소벤처기업부 장관 인사말씀 (5분)", "(5분)", pc.NUMERIC),
    ("지난해 소상공인 전용자금을 신설(500억 원)했다”고", "(500억 원)", pc.NUMERIC),
    ("기관별 핵심 임무 발표 (중진공, 기보, 소진공, 기정원)", "(중진공, 기보, 소진공, 기정원)", pc.LIST),
    ("30일 중소기업유통센터 (중소벤처기업진흥공단 수도권경영지원처)에서", "(중소벤처기업진흥공단 수도권경영지원처)", pc.ASIDE),
    ("- (중소벤처기업부) 장관, 차관, 기획조정실장", "(중소벤처기업부)", pc.LABEL),
    ("중소벤처기업부(장관 이영)는 지난 13일", "(장관 이영)", pc.APPOSITION),
    ("4.14.(화) 사업설명회 세부일정(안)", "(안)", pc.ANNOTATION),
    ("과학기술정보통신부(장관 유영민, 이하 ‘과기정통부’)는", "(장관 유영민, 이하 ‘과기정통부’)", pc.ALIAS),
    ("종목 현재가(원)", "(원)", pc.UNIT),
    ("미(美) 서부 지역", "(美)", pc.HANJA),
    ("자율로봇(AMR) 산업 분야", "(AMR)", pc.FOREIGN),
    ("중소벤처기업진흥공단(중진공)은", "(중진공)", pc.ABBREV),
    ("지난 13일 공동연수(워크숍)을 통해 도입한", "(워크숍)", pc.GLOSS),
    ("어린 새싹이었던 스타트업(창업기업)이 커다란 나무", "(창업기업)", pc.REVERSED),
    ("임시정부 상하이 청사(마당로), 상해 윤봉길 기념관", "(마당로)", pc.PAIR),
    ("상하이 인성학교 터 (고산자)", "(고산자)", pc.ASIDE),
    ("도쿄 2ㆍ8독립만세운동지(히비야공원) 등", "(히비야공원)", pc.PAIR),
    ("윤봉길 수감지(지바형무소) 등", "(지바형무소)", pc.PAIR),
    ("일반전형 : 가족관계증명서(등본) 1부", "(등본)", pc.PAIR),
    ("학교장승인(체험학습) 확인", "(체험학습)", pc.PAIR),
    ("자체 시설(공간)을 보유한 공공ㆍ민간 문화시설", "(공간)", pc.PAIR),
    ("양성 목표 직종(직무) 예시", "(직무)", pc.PAIR),
    ("한국형발사체(누리호)와 시험발사체 비교", "(누리호)", pc.PAIR),
    ("스마트인재개발원(광주), 경북산업직업전문학교(대구) 등", "(광주)", pc.PAIR),
    ("중국 3개 코스와 일본 1개 코스(도쿄)로 나누어", "(도쿄)", pc.PAIR),
    ("평가에서 최고등급(A등급)을 받았다.", "(A등급)", pc.OTHER),
]


@pytest.mark.parametrize("sentence, bracket, kind", KINDS)
def test_parenthesis_kind(sentence, bracket, kind):
    doc = Document(sentence)
    paren = next(p for p in find_parens(doc, frozenset()) if doc.text[p.open:p.close + 1] == bracket)
    assert pc.classify(doc.text, paren) == kind


def pairs(record, kind="loanword"):
    return [(g.term, g.gloss) for g in record.glosses if g.kind == kind]


def test_enumeration_of_annotated_items_is_no_gloss():
    record = parse("특히, 성균관대(반도체·금융), 차의과대(바이오), 인하대(자율주행)는 대학별 주력 전공과 연계한 훈련을 설계했다.")
    assert pairs(record) == []
    assert ("차의과대", "바이오") in pairs(record, "other")


def test_name_after_a_category_noun_is_no_gloss():
    record = parse("커리어넷 대표, 일･생활균형 우수기업(남양넥스모) 부사장 등 운영기관")
    assert pairs(record) == [] and pairs(record, "other") == [("우수기업", "남양넥스모")]


@pytest.mark.parametrize("sentence, term, gloss, uncertain", [
    ("산하 공공기관이 함께 하나로 강력한 정책 한 조(원팀)이 되어", "정책 한 조", "원팀", False),
    ("통신사 및 주요 이음터 사(플랫폼 사)(네이버, 카카오 등)", "이음터 사", "플랫폼 사", False),
    ("어린 새싹이었던 창업기업(스타트업)이 커다란 나무인 거대신생기업(유니콘 기업)으로", "거대신생기업", "유니콘 기업", False),
    ("초격차분야 확장(스케일업) 지원, 반도체 분야", "확장", "스케일업", True),
    ("기관 간 이어가기(릴레이) 방식으로 진행하고", "이어가기", "릴레이", False),
])
def test_term_span(sentence, term, gloss, uncertain):
    g = next(g for g in parse(sentence).glosses if g.gloss == gloss)
    assert (g.term, g.kind, g.uncertain) == (term, "loanword", uncertain)
    assert sentence[g.term_span[0]:g.term_span[1]] == term
    assert sentence[g.gloss_span[0]:g.gloss_span[1]] == gloss


def test_term_takes_the_span_the_document_writes_elsewhere():
    text = "2023년 핵심임무(미션) 공동연수(워크숍) 개최\n\n이번 공동연수(워크숍)을 통해 논의한 주요 핵심 임무(미션)은 다음과 같다."
    terms = [g.term for g in parse(text).glosses if g.gloss == "미션"]
    assert terms == ["핵심임무", "핵심 임무"]


def test_reversed_gloss_reports_the_korean_word_as_term():
    g = parse("어린 새싹이었던 스타트업(창업기업)이 커다란 나무").glosses[0]
    assert (g.term, g.gloss, g.reversed, g.kind) == ("창업기업", "스타트업", True, "loanword")


def test_foreign_and_hanja_glosses_are_kept_but_not_loanwords():
    record = parse("인공지능 전환(AX)을 선도하고, 중소기업(中小企業)을 지원하며 성공적인AX(인공지능 전환)를 지원한다.")
    assert pairs(record, "foreign") == [("전환", "AX"), ("인공지능 전환", "AX")]
    assert record.glosses[2].reversed
    assert pairs(record, "hanja") == [("중소기업", "中小企業")]
    assert pairs(record) == []


def test_abbreviations_from_aliases_and_shortenings():
    record = parse("산업통상부(장관 김정관, 이하 산업부)와 대한무역투자진흥공사(사장 강경성, 이하 코트라)는 "
                   "중소벤처기업진흥공단(중진공)과 함께 ‘2026년 성평등 조직문화 조성 사업설명회(이하 사업설명회)’를 연다.")
    assert [(a.short, a.full) for a in record.abbreviations] == [
        ("산업부", "산업통상부"), ("코트라", "대한무역투자진흥공사"), ("중진공", "중소벤처기업진흥공단"),
        ("사업설명회", "2026년 성평등 조직문화 조성 사업설명회")]
    assert pairs(record) == []


@pytest.mark.parametrize("name, expected", [
    ("000", {("핵심임무", "미션"), ("공동연수", "워크숍"), ("정책한조", "원팀"), ("세계", "글로벌"),
             ("확장", "스케일업"), ("지능형공장", "스마트상점")}),
    ("001", {("투자유치", "피칭"), ("이어가기", "릴레이"), ("창업기업", "스타트업"), ("거대신생기업", "유니콘 기업")}),
    ("govpress_11", {("사업", "프로젝트"), ("연속", "릴레이"), ("이음터", "플랫폼"), ("협력사", "파트너사"),
                     ("이음터사", "플랫폼 사")}),
    ("govpress_6", {("임무", "미션"), ("영상", "쇼츠")}),
    ("govpress_14", {("훈련과정", "커리큘럼")}),
    ("hwpjs_2", set()),
    ("rhwp_14", set()),
])
def test_document_loanword_pairs(name, expected):
    record = parsed(sample(name), full=True)
    assert {(t.replace(" ", ""), g) for t, g in pairs(record)} == expected


def test_alias_wrapped_onto_the_next_line():
    record = parse("□ 과학기술정보통신부(장관 유영민, 이하\n‘과기정통부’)는 우리나라 최초로")
    assert [(a.short, a.full) for a in record.abbreviations] == [("과기정통부", "과학기술정보통신부")]


def test_quoted_term_before_the_bracket():
    text = "어린 새싹이 ‘거대신생기업’(유니콘 기업)으로 성장하듯"
    g = parse(text).glosses[0]
    assert (g.term, g.gloss, g.uncertain) == ("거대신생기업", "유니콘 기업", False)
    assert text[g.span[0] - 1:g.span[1]] == "‘거대신생기업’(유니콘 기업)"


def test_glosses_off_leaves_the_fields_empty():
    record = parse("지난 13일 공동연수(워크숍)을 통해", glosses=False)
    assert record.glosses == [] and record.normalized_text is None


@pytest.mark.parametrize("sentence", [
    "운영기관은 5월 8일(금)까지 이(e)나라도움(국고보조금통합관리시스템, www.gosims.go.kr)을 통해 신청한다.",
    "1차 평가대상 중 유의(C)·주의(D) 등급 기관은",
])
def test_one_latin_letter_in_brackets_is_spelled_not_glossed(sentence):
    assert parse(sentence).glosses == []
