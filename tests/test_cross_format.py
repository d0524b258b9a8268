"""The same release gives the same record whatever its format.

Four central-government releases of the silver set, each as its HWPX (or HWP 5) and as its PDF
(`data/xf/gp_<id>.*`, copied from `../shared/corpus/silver/docs`). Every format must give the
title, the release time and the contact names written below. These were written by hand from the
publisher's reference (`../shared/corpus/silver/refs.jsonl`: the korea.kr title and contact
table) and, for the release time, from the 보도시점 cell as a reader sees it. They are not today's
output: a disagreement is a bug to fix, not an expectation to update.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import pressparse

DATA = Path(__file__).parent / "data" / "xf"

EXPECTED = {
    # HWP 5 and PDF. The PDF sets the header as a table without rules (the 보도 value on two lines
    # beside its label) and a smaller run `(4.12.(일) ~ 17.(금))` inside the title's second line.
    "156754125": {
        "title": "한-방글라데시 포괄적경제동반자협정(CEPA) 제3차 공식협상(4.12.(일) ~ 17.(금)) 개최",
        "release_time": "2026-04-12T11:00:00+09:00",  # 보도시점 2026. 4. 12.(일) 11:00 < 4. 13.(월) 조간 >
        "contacts": ["손호영", "김은지"],
    },
    # Six police units, each with its own 담당 부서 label; the label column holds qualifiers
    # (`<총괄>`, `서울청`, `서초서`) that are neither units nor people.
    "156754183": {
        "title": "경찰청, 봄 행락철 버스전용차로 위반 · 대형버스 법규 위반 집중단속 실시",
        "release_time": "2026-04-11T14:00:00+09:00",  # 보도시점 2026. 4. 11.(토) 14:00
        "contacts": ["유동배", "정승희", "이용관", "정현호", "최인수", "김학범",
                     "위동섭", "송기엽", "함윤석", "장효순", "전순홍", "이한용"],
    },
    # 조사관 is a position no list knows; the department name runs over a row of its own.
    "156754228": {
        "title": "에이치엘홀딩스(주)의 지주회사 행위제한규정 위반 제재",
        "release_time": "2026-04-13T12:00:00+09:00",  # 보도시점 2026. 4. 13.(월) 12:00 < 4. 14.(화) 조간 >
        "contacts": ["음잔디", "신준우", "남정욱"],
    },
    # 보도시점 `2026. 4. 13.(월) 배포 시` beside 배포 `2026. 4. 13.(월) 15:00`: released on
    # distribution. The PDF boxes part of the 보도 value (a one-row 'table' inside the line).
    "156754279": {
        "title": "농식품부 기획조정실장, 추경 예산 신속 집행을 위한 재정집행점검회의 개최",
        "release_time": "2026-04-13T15:00:00+09:00",
        "contacts": ["정재환", "정세희"],
    },
}


def _files(release: str) -> list[Path]:
    return sorted(DATA.glob(f"gp_{release}.*"))


def _facts(path: Path) -> dict:
    record = pressparse.parse_file(path, quotes=False, glosses=False)
    assert not record.errors, record.errors
    return {
        "title": re.sub(r"\s+", " ", record.title or "").strip(),
        "release_time": record.header.release_time,
        "contacts": [c.name for d in record.header.departments for c in d.contacts],
    }


@pytest.mark.parametrize("release", sorted(EXPECTED))
def test_every_format_gives_the_reference(release):
    files = _files(release)
    assert {p.suffix for p in files} & {".hwpx", ".hwp"} and ".pdf" in {p.suffix for p in files}
    expected = EXPECTED[release]
    for path in files:
        facts = _facts(path)
        assert facts["title"] == expected["title"], path.name
        assert facts["release_time"] == expected["release_time"], path.name
        assert sorted(facts["contacts"]) == sorted(expected["contacts"]), path.name


@pytest.mark.parametrize("release", sorted(EXPECTED))
def test_formats_agree_with_each_other(release):
    facts = [_facts(path) for path in _files(release)]
    assert all(f == facts[0] for f in facts[1:])


def test_an_unknown_position_is_a_position_by_where_it_stands():
    for path in _files("156754228"):
        record = pressparse.parse_file(path, quotes=False, glosses=False)
        people = {c.name: c for d in record.header.departments for c in d.contacts}
        assert (people["신준우"].role, people["신준우"].position) == ("담당자", "조사관"), path.name
        assert people["남정욱"].position == "조사관", path.name
        assert not any(d.name == "조사관" for d in record.header.departments), path.name


def test_a_qualifier_in_the_label_column_is_not_a_person():
    for path in _files("156754183"):
        record = pressparse.parse_file(path, quotes=False, glosses=False)
        names = [d.name or "" for d in record.header.departments]
        assert not any("<총괄>" in n or "담당 부서" in n for n in names), path.name
        assert "서초서" not in {c.name for d in record.header.departments for c in d.contacts}, path.name


HEAD = "보도자료\n보도시점\t2026. 4. 13.(월) 12:00\t배포\t2026. 4. 13.(월) 09:00\n소방청, 봄철 화재 예방 대책 발표\n□ 소방청은 13일 봄철 화재 예방 대책을 발표했다.\n"
#: one contact table as converted HWP text writes it (a cell per column) and as a PDF without
#: inner rules does (position, name and phone in one cell): ranks and posts no list knows, a
#: name-shaped rank among them (소방경), are positions because of where they stand
AS_COLUMNS = HEAD + ("담당 부서\t화재예방과\t책임자\t소방정\t홍길동\t(044-205-7000)\n"
                     "\t\t담당자\t소방경\t김철수\t(044-205-7001)\n"
                     "\t\t담당자\t외 무 서 기 관\t이영희\t(044-205-7002)\n")
AS_MERGED = HEAD + ("담당 부서\t화재예방과\t책임자\t소방정 홍길동(044-205-7000)\n"
                    "\t\t담당자\t소방경 김철수(044-205-7001)\n"
                    "\t\t담당자\t외무서기관 이영희(044-205-7002)\n")


@pytest.mark.parametrize("text", [AS_COLUMNS, AS_MERGED], ids=["columns", "merged"])
def test_positions_by_place_in_either_layout(text):
    record = pressparse.parse(text)
    people = [(c.role, c.position, c.name, c.phone) for d in record.header.departments for c in d.contacts]
    assert people == [("책임자", "소방정", "홍길동", "044-205-7000"), ("담당자", "소방경", "김철수", "044-205-7001"),
                      ("담당자", "외무서기관", "이영희", "044-205-7002")]
    assert [d.name for d in record.header.departments] == ["화재예방과"]
