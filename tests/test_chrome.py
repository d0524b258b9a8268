"""Web page furniture is told from text by whole items, never by a word inside a title."""
from __future__ import annotations

import pytest

from pressparse.korean.markers import is_chrome


@pytest.mark.parametrize("line", [
    "목록", "홈", "• 가장작게", "조회수 : 36", "등록된 글이 없습니다.", "회원정보 수정", "댓글 남기기", "메뉴닫기",
    "다음글이 존재 하지 않습니다.", "로그인 | 회원가입", "본문 바로가기", "인쇄 목록", "2025",
])
def test_furniture_is_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    # titles that hold a furniture word inside them
    "G20 회원국 정상회의 개최", "구독경제 활성화 방안", "댓글 조작 근절 대책 발표", "메뉴판 가격 표시제 점검",
    "홈플러스 회생 절차 점검", "목록 정비 완료",
])
def test_titles_with_furniture_words_are_not_chrome(line):
    assert not is_chrome(line)
