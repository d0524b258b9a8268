"""A county board's release as text: the title printed three times, subtitles, and the
department named in a bracketed line with its phone (see data/board/README.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pressparse import parse

DATA = Path(__file__).parent / "data" / "board"


def record_of(name: str):
    return parse((DATA / name).read_bytes(), path=name, quotes=False, glosses=False)


@pytest.mark.parametrize("name, title, subtitles, departments", [
    # the title's third copy is no subtitle; the bracketed line is the department, not a subtitle
    ("knk_s0283.txt", "해남군 2025년도 임업·산림 공익직접지불금 지급", ["107명 대상 5억 2,744만원 지급…전년 대비 3.3% 증가"],
     [("산림공원과 산림경영팀", "061-530-5265")]),
    # two departments in one bracket, each with the phone in the same place
    ("knk_s0280.txt", "해남군, 농식품기후변화대응센터·탄소중립 에듀센터 내년 착공",
     ["국비 110억원 확보, 대규모 국립기관 설립 가시화 2028년 조기가동 예정"],
     [("환경과 기후환경정책팀", "061-530-5332"), ("기후변화대응지원단 운영지원팀", "061-530-5652")]),
    # a bracket of units without a phone
    ("knk_s0286.txt", "“해넘이의 감동, 해맞이의 희망” 땅끝에서 모두 담아가세요",
     ["해남군 해넘이·해맞이 축제, 땅끝마을·오시아노·두륜산 등지서 개최"], [("관광실 축제팀", None)]),
])
def test_board_release_fields(name, title, subtitles, departments):
    record = record_of(name)
    assert record.title == title
    assert record.subtitles == subtitles
    assert [(d.name, d.phone) for d in record.header.departments] == departments


def test_the_subtitle_names_the_issuer_where_the_lead_names_none():
    """`한반도의 시작, …` opens the lead (a peninsula is no province); the subtitle opens with 해남군."""
    assert record_of("knk_s0286.txt").header.issuer == "해남군"


@pytest.mark.parametrize("line", ["[선정결과]", "〔참고자료〕"])
def test_a_bracketed_heading_is_no_department(line):
    text = f"보도자료\n제목입니다\n{line}\n□ 본문이 이어진다.\n"
    assert parse(text, quotes=False, glosses=False).header.departments == []
