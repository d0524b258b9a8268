"""Schedule tables, overviews and other tables, on real tables of the corpus."""
from __future__ import annotations

import pytest
from conftest import parsed, sample

from pressparse.document import Regions
from pressparse.extractors import tables
from pressparse.extractors.tables.times import read_duration, read_slot
from pressparse.models import Release
from pressparse.options import Options
from pressparse.readers import read


def run_tables(text: str) -> Release:
    """A record with only the tables extractor run over ``text`` (no header, no title)."""
    doc = read(text)
    record = Release(text=doc.text)
    tables.extract(doc, record, Options(), Regions())
    return record


def schedule_rows(record: Release) -> list:
    return [row for table in record.tables if table.kind == "schedule" for row in table.rows]


def only(record: Release, kind: str):
    found = [t for t in record.tables if t.kind == kind]
    assert len(found) == 1, [t.kind for t in record.tables]
    return found[0]


# --- the forms of one cell -----------------------------------------------------------------

@pytest.mark.parametrize("cell, start, end", [
    ("10:00 ~ 10:05", "10:00", "10:05"),   # seed 000
    ("15:00~15:05", "15:00", "15:05"),     # seed 001
    ("10:00-10:05", "10:00", "10:05"),     # govpress_2
    ("16:00∼16:04", "16:00", "16:04"),     # govpress_13, U+223C
    ("9:30", "09:30", None),               # a start alone
    ("13:00∼", "13:00", None),
    ("14시 30분 ~ 15시", "14:30", "15:00"),
    ("오후 2시 ~ 오후 3시 30분", "14:00", "15:30"),
])
def test_time_cell_forms(cell, start, end):
    slot = read_slot(cell)
    assert (slot.start, slot.end) == (start, end)


@pytest.mark.parametrize("cell, minutes", [
    ("(5분)", 5), ("5'", 5), ("5‘", 5), ("5’", 5), ("100분", 100), ("(2시간)", 120), ("1시간 30분", 90),
])
def test_duration_forms(cell, minutes):
    assert read_duration(cell) == minutes


@pytest.mark.parametrize("cell", ["2026. 4. 14.(화) 16:00", "2시간", "사전 환담", "3:1"])
def test_cells_that_are_not_time_cells(cell):
    assert read_slot(cell) is None


# --- whole documents -------------------------------------------------------------------------

def test_seed_000_schedule_with_justified_header_and_duration_cells():
    record = parsed(sample("000"))
    table = only(record, "schedule")
    assert table.caption == "세부일정"
    assert table.columns == ["시간", "주요 내용", "비고"]
    assert len(table.rows) == 10
    first, fourth, rest = table.rows[0], table.rows[3], table.rows[6]
    assert (first.start, first.end, first.duration_minutes) == ("10:00", "10:05", 5)
    assert (first.content, first.note) == ("사진촬영", "15층 청신호실")
    assert first.cells == ["10:00 ~ 10:05", "(5분)", "• 사진촬영", "15층 청신호실"]
    assert fourth.duration_minutes == 100
    assert fourth.content == "4개 기관 핵심미션 세부 이행계획 발표 (중진공, 기보, 소진공, 기정원)"
    assert (rest.content, rest.note) == ("휴식", None)
    assert record.text[slice(*first.span)].startswith("10:00 ~ 10:05\t(5분)")


def test_seed_000_overview_keys_normalised():
    record = parsed(sample("000"))
    assert list(record.overview) == ["일시", "장소", "참석", "논의내용"]
    assert record.overview["일시"] == "'23. 1. 30(월) 10:00 ~ 17:00"
    assert record.overview["장소"] == "중소기업유통센터 15층 청신호실 (서울 양천구 목동동로 309)"
    assert record.text[slice(*record.overview_span)].startswith("- 일 시 : '23. 1. 30(월)")
    table = only(record, "overview")
    assert table.caption == "개요"
    assert table.rows[1].cells == ["장소", "중소기업유통센터 15층 청신호실 (서울 양천구 목동동로 309)"]


def test_seed_001_groups_brackets_and_quote_durations():
    record = parsed(sample("001"))
    table = only(record, "schedule")
    assert table.caption == "진행 순서"
    assert table.columns == ["시간", "내용", "비고"]
    rows = table.rows
    starts = ["15:00", "15:05", "15:08", "15:10", "15:30", "15:35", "15:45", "15:55", "15:57", "15:59"]
    assert [r.start for r in rows] == starts
    assert (rows[0].duration_minutes, rows[0].content, rows[0].group) == (5, "개회 및 국민의례", None)
    assert rows[3].content == "[발표] 혁신 최우수사례 투자유치(피칭)대회 (4건) ※ 사례별 5분 이내 발표 후 현장투표 실시"
    assert rows[3].group == "프로그램 1"
    assert (rows[4].note, rows[4].cells[-1]) == (None, "-")  # a `-` cell is no note, but is kept
    assert rows[5].group == "프로그램 2"
    assert [r.group for r in table.label_rows] == ["프로그램 1", "프로그램 2"]
    assert table.label_rows[0].cells == ["< 프로그램 1 >", "", "기관 혁신 최우수사례 투자유치(피칭)대회", ""]
    assert record.overview == {
        "일시/장소": "11. 30.(수) 15:00~16:00, 서울 팁스타운(S6)",
        "참석": "중소벤처기업부 차관, 행안부 정부혁신조직실장, 중앙·지자체 혁신업무 담당 및 정부혁신 어벤저스 등 100여명",
        "주요내용": "중소벤처기업부 혁신 우수사례 투자유치(피칭)대회 및 국민과의 소통 노력 공유",
    }


def test_govpress_2_hyphen_ranges_and_parenthesised_keys():
    record = parsed(sample("govpress_2"))
    table = only(record, "schedule")
    assert table.caption == "세부 행사일정"
    first = table.rows[0]
    assert (first.start, first.end, first.duration_minutes, first.content, first.note) == (
        "10:00", "10:05", 5, "개회 및 내빈소개", "사회자")
    assert record.overview["일시/장소"] == "’26.4.13일 10:00~11:30 / KOTRA 10층 대회의실"
    assert record.overview["참석자"].endswith("KOTRA사장, 부사장, 기업선정기업 대표(13) 등 20여명")


def test_govpress_13_unicode_tilde_and_private_use_bullets():
    record = parsed(sample("govpress_13"))
    table = only(record, "schedule")
    assert table.caption == "세부 일정(안)"
    assert table.columns == ["시간", "주요 내용", "비고"]
    second = table.rows[1]
    assert (second.start, second.end, second.duration_minutes) == ("16:00", "16:04", 4)
    assert (second.content, second.note) == ("참석자 소개", "사회자")
    assert table.rows[2].content == "인사 말씀(각 3분)"
    assert list(record.overview) == ["일시‧장소", "참석자"]
    assert record.overview["일시‧장소"] == "4.14.(화) 16:00∼17:05/한국산업단지공단 경기지역본부"


def test_govpress_4_overview_in_attachment_and_long_item():
    record = parsed(sample("govpress_4"))
    assert record.overview["일시"] == "’26. 4. 14.(화) 14:00~16:00(2시간)"
    assert record.overview["장소"] == "스페이스쉐어 서울역센터 다이아홀(서울특별시 용산구 소재)"
    assert list(record.overview) == ["일시", "장소", "참석자", "주요내용"]
    row = schedule_rows(record)[3]
    assert (row.start, row.end, row.duration_minutes) == ("14:35", "15:35", 60)
    assert row.content == "(사례공유) - 기 참여기관 추진 노하우 공유 - 조직문화 진단 및 개선 내용 소개"
    assert len(schedule_rows(record)) == 5  # the overview's `일 시: … 14:00~16:00` is no row


def test_row_broken_over_lines_is_one_row():
    """govpress_4 as HWP renders it: the item cell of the 14:35 row holds three lines."""
    text = sample("govpress_4").read_text(encoding="utf-8")
    one_line = "▪(사례공유) - 기 참여기관 추진 노하우 공유 - 조직문화 진단 및 개선 내용 소개\t"
    assert one_line in text
    broken = text.replace(one_line, "▪(사례공유)\n- 기 참여기관 추진 노하우 공유\n- 조직문화 진단 및 개선 내용 소개\t")
    rows = schedule_rows(run_tables(broken))
    assert [r.start for r in rows] == ["14:00", "14:03", "14:05", "14:35", "15:35"]
    assert rows[3].content == "(사례공유) - 기 참여기관 추진 노하우 공유 - 조직문화 진단 및 개선 내용 소개"
    assert rows[3].note == "’25년 진단기관 담당자 2명"


def test_continuation_row_joins_the_row_above():
    rows = schedule_rows(run_tables(
        "시 간\t\t주 요 내 용\t비 고\n"
        "10:00 ~ 10:05\t(5분)\t• 사진촬영\t15층 청신호실\n"
        "\t\t(서울 양천구 목동동로 309)\t\n"
        "10:05 ~ 10:10\t(5분)\t• 모두발언\t장관\n"
    ))
    assert len(rows) == 2
    assert rows[0].content == "사진촬영 (서울 양천구 목동동로 309)"


def test_date_table_without_clock_times_is_other_and_keeps_its_cells():
    record = parsed(sample("govpress_6"))
    assert schedule_rows(record) == []
    table = next(t for t in record.tables if t.caption == "답사 일정 및 코스")
    assert table.kind == "other"
    assert table.columns == ["일자", "중국", "일본"]
    assert ["2차", "5.30.(토)~6.2(화)", "5.28.(목)~6.1.(월)", "", "7.29.(수)~8.1.(토)"] in [r.cells for r in table.rows]


def test_statistics_tables_are_other_with_every_cell():
    record = parsed(sample("rhwp_3"))
    assert schedule_rows(record) == []
    table = next(t for t in record.tables if t.caption == "업종별 동향(억 달러, %)")
    assert table.kind == "other"
    assert table.columns == ["구분", "금융보험업", "제조업", "부동산업", "전문과학기술업", "광업"]
    assert table.rows[0].cells == ["‘23.1Q", "66.8", "63.2", "8.1", "3.6", "11.7"]


@pytest.mark.parametrize("name", ["govpress_7", "govpress_11", "govpress_14", "hwpjs_2", "002", "004"])
def test_no_schedule_where_there_is_none(name):
    record = parsed(sample(name))
    assert schedule_rows(record) == []
    assert record.overview == {}


def test_prose_with_clock_times_is_no_table():
    record = run_tables("아울러 정보 보호 네트워크정책실장 주재로 ’26. 4. 14.(화) 17시부터 국내 인공지능 보안 전문가와 현안 점검 회의를 개최하여 점검하였다.\n")
    assert record.tables == []


def test_release_header_left_untaken_is_no_schedule_and_no_overview():
    record = run_tables(
        "보도 일시\t1. 30.(월) 10:00\t배포 일시\t-\n"
        "배포 일시\t1. 27.(금) 14:00\n\n"
        "보도시점 : 배포 즉시 보도 가능 / 배포 : 2024. 5. 20.(월)\n"
        "배포 : 2024. 5. 20.(월)\n"
    )
    assert schedule_rows(record) == []
    assert record.overview == {}


def test_pipe_table_with_rule_line():
    record = run_tables(
        "□ 세부일정\n\n"
        "| 시간 | 주요 내용 | 비고 |\n"
        "|---|---|---|\n"
        "| 10:00 ~ 10:05 | (5분) | • 사진촬영 | 15층 청신호실 |\n"
        "| 10:05 ~ 10:10 | (5분) | • 모두발언 | 장관 |\n"
    )
    table = only(record, "schedule")
    assert (table.caption, table.columns) == ("세부일정", ["시간", "주요 내용", "비고"])
    assert [(r.start, r.end, r.content, r.note) for r in table.rows] == [
        ("10:00", "10:05", "사진촬영", "15층 청신호실"), ("10:05", "10:10", "모두발언", "장관")]


def test_days_of_a_multi_day_schedule():
    record = run_tables(
        "일자\t시간\t내용\n"
        "1일차\t10:00∼12:00\t• 개회식\n"
        "\t13:00\t• 현장 견학\n"
        "1. 31.(화)\t\t\n"
        "10:00-10:05\t5‘\t･ 개회 및 내빈소개\n"
    )
    rows = schedule_rows(record)
    assert [(r.date, r.start, r.end, r.content) for r in rows] == [
        ("1일차", "10:00", "12:00", "개회식"),
        ("1일차", "13:00", None, "현장 견학"),
        ("1. 31.(화)", "10:00", "10:05", "개회 및 내빈소개"),
    ]
    assert rows[1].duration_minutes is None
    assert rows[2].duration_minutes == 5


def test_item_before_the_time_and_group_column():
    rows = schedule_rows(run_tables(
        "구분\t시간\t비고\n"
        "개회 및 국민의례\t15:00~15:05\t사회자\n"
        "인사말\t15:05~15:08\t중소벤처기업부 차관\n"
    ))
    assert [(r.content, r.note, r.group) for r in rows] == [
        ("개회 및 국민의례", "사회자", None), ("인사말", "중소벤처기업부 차관", None)]
    rows = schedule_rows(run_tables(
        "구분\t시간\t내용\n"
        "1부\t15:00~15:05\t▶ 개회 및 국민의례\n"
        "\t15:05~15:08\t▶ 인사말\n"
        "2부\t15:35~15:45\t▶ [발표] 명예공무원 프로그램 소개 및 소감 발표\n"
    ))
    assert [(r.group, r.content) for r in rows] == [
        ("1부", "개회 및 국민의례"), ("1부", "인사말"), ("2부", "[발표] 명예공무원 프로그램 소개 및 소감 발표")]


def test_one_table_a_day_takes_its_day_from_the_caption():
    record = run_tables(
        "□ 1일차 : 1. 30.(월)\n시 간\t\t주 요 내 용\t비 고\n"
        "10:00 ~ 10:05\t(5분)\t• 사진촬영\t15층 청신호실\n10:05 ~ 10:10\t(5분)\t• 모두발언\t장관\n\n"
        "□ 2일차 : 1. 31.(화)\n시 간\t\t주 요 내 용\t비 고\n"
        "16:40 ~ 16:50\t(10분)\t• 차관 발언\t차관\n16:50 ~ 17:00\t(10분)\t• 총평\t장관\n"
    )
    assert [(r.date, r.content) for r in schedule_rows(record)] == [
        ("1일차 : 1. 30.(월)", "사진촬영"), ("1일차 : 1. 30.(월)", "모두발언"),
        ("2일차 : 1. 31.(화)", "차관 발언"), ("2일차 : 1. 31.(화)", "총평")]


def test_time_led_lines_without_tabs():
    rows = schedule_rows(run_tables("□ 행사 일정\n15:00~15:05   개회 및 국민의례   사회자\n15:05~15:08   인사말   중소벤처기업부 차관\n"))
    assert [(r.start, r.content, r.note) for r in rows] == [
        ("15:00", "개회 및 국민의례", "사회자"), ("15:05", "인사말", "중소벤처기업부 차관")]


def test_overview_table_of_key_cells():
    record = run_tables("일 시\t'23. 1. 30(월) 10:00 ~ 17:00\n장 소\t중소기업유통센터 15층 청신호실\n")
    assert record.overview == {"일시": "'23. 1. 30(월) 10:00 ~ 17:00", "장소": "중소기업유통센터 15층 청신호실"}
    assert schedule_rows(record) == []
