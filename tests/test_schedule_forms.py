"""Schedule rows as releases write them: a duration column in any form, a bare number under a
duration heading, list items and `시간 | 내용` lines, and a duration that disagrees with the
clock times (both kept, and a warning)."""
from __future__ import annotations

from pressparse import parse

TITLE = "행사 개최 안내\n\n"


def rows(text: str):
    record = parse(TITLE + text, quotes=False, glosses=False)
    return [(r.start, r.end, r.duration_minutes, r.content) for t in record.tables if t.kind == "schedule"
            for r in t.rows], record.warnings


def test_duration_column_in_any_form_is_no_content():
    got, _ = rows("< 세부 일정 >\n시간\t소요\t내용\t비고\n14:00~14:10\t`10\t개회사\t장관\n"
                  "14:10~14:40\t30'\t기조강연\t\n14:40~15:00\t(20분)\t기념촬영\t\n")
    assert got == [("14:00", "14:10", 10, "개회사"), ("14:10", "14:40", 30, "기조강연"), ("14:40", "15:00", 20, "기념촬영")]


def test_bare_minutes_under_a_duration_heading():
    got, _ = rows("< 세부 일정 >\n시간\t시간(분)\t내용\n14:00~14:10\t10\t개회사\n14:10~14:40\t30\t기조강연\n")
    assert got == [("14:00", "14:10", 10, "개회사"), ("14:10", "14:40", 30, "기조강연")]


def test_duration_column_after_the_content():
    got, _ = rows("< 세부 일정 >\n시간\t내용\t소요\n14:00~14:10\t개회사\t10\n14:10~14:40\t기조강연\t30\n")
    assert [r[3] for r in got] == ["개회사", "기조강연"]


def test_schedule_written_as_list_items():
    got, _ = rows("□ 세부 일정\n- 14:00~14:10 개회\n- 14:10~14:40 기조강연\n◦ 14:40 기념촬영\n")
    assert got == [("14:00", "14:10", 10, "개회"), ("14:10", "14:40", 30, "기조강연"), ("14:40", None, None, "기념촬영")]


def test_time_and_content_separated_by_a_pipe():
    got, _ = rows("세부 일정\n시간 | 내용\n14:00~14:10 | 개회\n14:10~14:40 | 기조강연\n")
    assert [r[3] for r in got] == ["개회", "기조강연"]


def test_a_duration_that_disagrees_with_the_clock_is_kept_and_warned():
    got, warnings = rows("< 세부 일정 >\n시간\t소요\t내용\n14:00~14:10\t20'\t개회사\n14:10~14:40\t30'\t기조강연\n")
    assert got[0] == ("14:00", "14:10", 20, "개회사")
    assert any("14:00~14:10" in w and "20 minutes" in w for w in warnings)
