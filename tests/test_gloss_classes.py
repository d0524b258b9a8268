"""Parentheses that are no gloss stay out of `glosses`; real glosses stay in.

Each sentence is taken from a silver release (local-government boards, korea.kr releases);
the expected reading is what a reader of the sentence sees.
"""
from __future__ import annotations

import pytest

from pressparse import parse


def glosses_of(text: str) -> list[tuple[str, str, str]]:
    return [(g.term, g.gloss, g.kind) for g in parse(text, quotes=False).glosses]


@pytest.mark.parametrize("sentence", [
    # a person with their title, or alone after their organisation
    "서남해수어류양식수협(조합장 김성훈)은 성금을 기탁했다.",
    "광주시교육청(교육감 이정선)은 19일 설명회를 열었다.",
    "장흥종합사회복지관(양은희)은 마을 지도를 만들었다.",
    "이날 서윤정(명지대학교) 교수가 발표했다.",
    # a place aside
    "능주면 생활권(능주면)에서 행사가 열렸다.",
    "국립문화유산연구원(대전 유성구)에서 수료식을 진행한다.",
    "충북(제천시)은 신청을 마감했다.",
    # the unit in charge
    "청년 지원사업(미래전략과 소관)을 추진한다.",
    # a unit with its magnitude, a letter that labels an item, a letter's alternative
    "연도별 수입현황(억달러)은 다음과 같다.",
    "기금지출(b)은 늘었다.",
    "유(어)·초 연계 이음교육을 운영한다.",
])
def test_not_a_gloss(sentence):
    assert glosses_of(sentence) == []


@pytest.mark.parametrize("sentence, gloss", [
    ("설 명절을 겨냥한 문자사기(스미싱) 등 사이버사기 주의!", ("문자사기", "스미싱", "loanword")),
    ("오염물질 관찰(모니터링)을 강화한다.", ("관찰", "모니터링", "loanword")),
    ("△자유무역협정(FTA) 협상을 개시했다.", ("자유무역협정", "FTA", "foreign")),
])
def test_gloss(sentence, gloss):
    assert gloss in glosses_of(sentence)
