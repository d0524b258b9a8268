"""normalized_text: particles re-chosen, the three modes, and offsets mapped back (issue 5)."""
from __future__ import annotations

import pytest

from conftest import parsed, sample
from pressparse import parse
from pressparse.normalize import Edit, apply_edits, offset_map, to_original


@pytest.mark.parametrize("text, korean", [
    # 이/가
    ("강력한 정책 한 조(원팀)이 되어", "강력한 정책 한 조가 되어"),
    # 을/를
    ("지난 13일 공동연수(워크숍)을 통해 도입한", "지난 13일 공동연수를 통해 도입한"),
    # 은/는
    ("오늘 공동연수(워크숍)은 ‘핵심 임무(미션)제’를 산하 공공기관까지", "오늘 공동연수는 ‘핵심 임무제’를 산하 공공기관까지"),
    # 과/와
    ("지난 13일 공동연수(워크숍)과 전문가 상담을", "지난 13일 공동연수와 전문가 상담을"),
    # 으로/로
    ("확대하여 정책 한 조(원팀)으로 국정과제 성과 창출", "확대하여 정책 한 조로 국정과제 성과 창출"),
    # 이었다/였다 (Kiwi reads 였 as two morphemes on one character)
    ("초격차분야 확장(릴레이)였다.", "초격차분야 확장이었다."),
    # 이라는/라는
    ("하나의 정책 한 조(원팀)이라는 인식", "하나의 정책 한 조라는 인식"),
    # a closing quote between ')' and the particle
    ("2023년 핵심임무(미션) 공동연수(워크숍)’을 진행했다.", "2023년 핵심임무 공동연수’를 진행했다."),
    # suffix, compound noun, space: nothing to re-choose
    ("현장감 있는 투자유치(피칭)대회 형식으로", "현장감 있는 투자유치대회 형식으로"),
    ("기관 간 이어가기(릴레이) 방식으로", "기관 간 이어가기 방식으로"),
    # the loanword first: the Korean word takes its place
    ("어린 새싹이었던 스타트업(창업기업)이 커다란 나무", "어린 새싹이었던 창업기업이 커다란 나무"),
])
def test_korean_mode_rechooses_the_particle(text, korean):
    assert parse(text).normalized_text == korean


@pytest.mark.parametrize("text, loanword", [
    ("지난 13일 공동연수(워크숍)을 통해", "지난 13일 워크숍을 통해"),
    ("강력한 정책 한 조(원팀)이 되어", "강력한 원팀이 되어"),
    ("거대신생기업(유니콘 기업)으로 성장하듯", "유니콘 기업으로 성장하듯"),
    ("이 사업은 세계(글로벌)와 협력한다.", "이 사업은 글로벌과 협력한다."),
    ("어린 새싹이 ‘거대신생기업’(유니콘 기업)으로 성장하듯", "어린 새싹이 ‘유니콘 기업’으로 성장하듯"),
    ("어린 새싹이었던 스타트업(창업기업)이 커다란 나무", "어린 새싹이었던 스타트업이 커다란 나무"),
])
def test_loanword_mode_keeps_the_loanword(text, loanword):
    assert parse(text, normalize="loanword").normalized_text == loanword


def test_both_keeps_the_text_and_none_builds_nothing():
    text = "지난 13일 공동연수(워크숍)을 통해"
    assert parse(text, normalize="both").normalized_text == text
    assert parse(text, normalize="none").normalized_text is None


def test_other_parentheses_are_left_alone():
    text = "중소벤처기업부(장관 이영)는 인공지능(AI)과 청사(마당로)를 찾았다."
    assert parse(text).normalized_text == text


def test_offsets_map_back_to_the_text():
    record = parsed(sample("000"), full=True)
    text, norm, mapping = record.text, record.normalized_text, offset_map(record)
    assert norm != text
    inside = {i for g in record.glosses if g.edit_span
              for i in range(mapping.to_normalized(g.edit_span[0]),
                             mapping.to_normalized(g.edit_span[0]) + len(g.edit_text))}
    for i, ch in enumerate(norm):
        if i not in inside:
            assert text[to_original(record, i)] == ch
    for g in record.glosses:
        if g.edit_span:
            start = mapping.to_normalized(g.term_span[0])
            assert norm[start:start + len(g.term)] == g.term
            assert to_original(mapping, start) == g.term_span[0]


def test_apply_edits_round_trip():
    text = "공동연수(워크숍)을 통해 정책 한 조(원팀)이 되어"
    norm, mapping = apply_edits(text, [Edit(4, 10, "를"), Edit(20, 25, "가")])
    assert norm == "공동연수를 통해 정책 한 조가 되어"
    assert [to_original(mapping, norm.index(w)) for w in ("통해", "정책", "되어")] == [
        text.index("통해"), text.index("정책"), text.index("되어")]
    assert mapping.to_normalized(text.index("되어")) == norm.index("되어")



def test_a_document_past_the_kiwi_budget_falls_back_to_rules_and_says_so():
    from pressparse.extractors.glosses.scan import find_parens
    from pressparse.extractors.glosses.tokens import TokenWindows
    from pressparse.readers import read

    seed = sample("000").read_text(encoding="utf-8")
    parens = find_parens(read(seed), frozenset())
    windows = TokenWindows(seed, budget=300)
    assert windows.around(parens[0]) != []
    assert any(windows.around(p) == [] for p in parens) and windows.exhausted
    big = parse((seed.replace("\n", " ") + "\n") * 120)
    assert any(w.startswith("glosses: the document is too long") for w in big.warnings)
    assert big.glosses and big.errors == []
