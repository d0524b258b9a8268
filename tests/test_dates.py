"""The date grammar and year inference, on forms taken from real releases."""
from __future__ import annotations

from collections import Counter

import pytest

import pressparse
from pressparse.extractors.dates import document_years, find_dates, infer_year


@pytest.mark.parametrize("text,expected", [
    ("<전매체> 1. 30.(월) 10:00", (None, 1, 30, "월", 10, 0, None)),
    ("<전매체> 11.30 (수) 15:00", (None, 11, 30, "수", 15, 0, None)),
    ("2024. 5. 14.(화) 12:00", (2024, 5, 14, "화", 12, 0, None)),
    ("'24. 5. 14.(화)", (2024, 5, 14, "화", None, None, None)),
    ("’26. 4. 14.(화) 14:00~16:00(2시간)", (2026, 4, 14, "화", 14, 0, None)),
    ("2024년 5월 14일(화) 조간", (2024, 5, 14, "화", None, None, "조간")),
    ("2025.9.8.(월) 석간", (2025, 9, 8, "월", None, None, "석간")),
    ("5. 14.(화) 14:00 이후", (None, 5, 14, "화", 14, 0, None)),
    ("2026. 4. 13(월) 12:00", (2026, 4, 13, "월", 12, 0, None)),
    ("2022-11-02 15:48:30", (2022, 11, 2, None, 15, 48, None)),
    ("2017년 8월 25일", (2017, 8, 25, None, None, None, None)),
    ("2025. 3. 18 오후 2시 30분", (2025, 3, 18, None, 14, 30, None)),
])
def test_forms(text, expected):
    w = find_dates(text)[0]
    assert (w.year, w.month, w.day, w.weekday, w.hour, w.minute, w.edition) == expected


def test_decimal_numbers_in_prose_are_not_dates():
    assert find_dates("총투자액 기준 150.9억 달러로 14.6% 하락", need_weekday=True) == []


def test_online_instant_inside_an_edition_cell():
    whens = find_dates("2018. 9. 4.(화) 조간(온라인 9. 3. 12:00)부터 보도해 주시기 바랍니다.")
    assert [(w.month, w.day, w.edition, w.hour) for w in whens] == [(9, 4, "조간", None), (9, 3, None, 12)]


def test_year_from_weekday_and_document_years():
    years = document_years("중소벤처기업부-산하 공공기관, 2023년 핵심임무 … 일 시 : '23. 1. 30(월)")
    assert years == Counter({2023: 2})
    assert infer_year(1, 30, "월", years).year == 2023


def test_weekday_picks_the_year_that_fits():
    # 11.30 is a Wednesday in 2022, not in 2019 or 2020, which the document also writes
    choice = infer_year(11, 30, "수", Counter({2019: 1, 2020: 2, 2022: 1}))
    assert (choice.year, choice.doubtful) == (2022, False)


def test_no_year_anywhere_is_not_guessed_from_today():
    assert infer_year(1, 30, "월", Counter()).year is None


def test_ambiguous_year_gives_a_warning_on_the_record():
    # 1.30 is a Monday in 2017 and in 2023, and the document writes both years
    record = pressparse.parse("보도 일시\t1. 30.(월) 10:00\t배포 일시\t-\n\n제목입니다 정말로\n\n2017년에 시작해 2023년, 2023년 사업")
    assert record.header.release_time == "2023-01-30T10:00:00+09:00"
    assert any("year" in w for w in record.warnings)


def test_missing_year_and_no_years_leaves_release_time_empty_with_a_warning():
    record = pressparse.parse("보도 일시\t1. 30.(월) 10:00\n\n제목입니다 정말로 긴 제목")
    assert record.header.release_time is None
    assert record.header.release_time_text == "1. 30.(월) 10:00"
    assert any("no year" in w for w in record.warnings)
