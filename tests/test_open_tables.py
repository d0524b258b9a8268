"""A ruled table with open sides (no outer border left of `①`, right of `핵심산업`) in a PDF,
and a schedule's 순서 column.

gp_156754268 (silver) is a minister's relay of four company visits; its schedule reads, in the
document: 순서 | 시간 | 업체 | 생산 품목 | 분야, then ① 14:30-14:45 대덕전자 반도체 패키징 소재(PCB
기판) 핵심산업 … ④ 15:45-16:00 롯데패키징솔루션즈 라면 포장재 등 생필품. The paragraph under the
table (`* 현장 방문은 …`) is no part of its last row. Its HWP 5 form holds the same table.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import pressparse

DATA = Path(__file__).parent / "data" / "open_table"
ROWS = [
    ("①", "14:30", "15", "대덕전자", "반도체 패키징 소재(PCB 기판)", "핵심산업"),
    ("②", "14:55", "15", "SP삼화", "조선·자동차·주택용 페인트", "핵심산업"),
    ("③", "15:25", "15", "에이디켐테크", "주사기·수액제 포장재", "보건·의료"),
    ("④", "15:45", "15", "롯데패키징솔루션즈", "라면 포장재 등", "생필품"),
]


@pytest.mark.parametrize("name", ["gp_156754268.pdf", "gp_156754268.hwp"])
def test_every_column_of_the_schedule_and_nothing_after_it(name):
    record = pressparse.parse((DATA / name).read_bytes(), path=name, quotes=False, glosses=False)
    schedule = next(t for t in record.tables if t.kind == "schedule")
    assert [(r.cells[0], r.start, str(r.duration_minutes), r.content, r.cells[3], r.cells[4])
            for r in schedule.rows] == ROWS
    assert all(r.group is None for r in schedule.rows)  # ① is the row's number, not a group
