"""The overview's 일시 read as the event's start and end, with the header's date grammar."""
from __future__ import annotations

import pytest

import pressparse
from conftest import parsed, sample


@pytest.mark.parametrize("name,start,end", [
    ("000", "2023-01-30T10:00:00+09:00", "2023-01-30T17:00:00+09:00"),  # '23. 1. 30(월) 10:00 ~ 17:00
    ("001", "2022-11-30T15:00:00+09:00", "2022-11-30T16:00:00+09:00"),  # 11. 30.(수) 15:00~16:00, no year
    ("govpress_13", "2026-04-14T16:00:00+09:00", "2026-04-14T17:05:00+09:00"),  # 4.14.(화) 16:00∼17:05/…
    ("govpress_2", "2026-04-13T10:00:00+09:00", "2026-04-13T11:30:00+09:00"),  # ’26.4.13일 10:00~11:30 / …
])
def test_event_start_and_end(name, start, end):
    record = parsed(sample(name))
    assert (record.event_time.start, record.event_time.end) == (start, end)
    assert record.text[slice(*record.event_time.span)] == record.event_time.text


def test_no_overview_no_event_time():
    assert parsed(sample("002")).event_time is None


TWO_OVERVIEWS = """보도시점\t2023. 1. 30.(월) 10:00
공동연수 개최
□ 방문 개요
- 일 시 : '23. 1. 30(월)
- 장 소 : 중소기업유통센터
□ 행사 개요
- 일 시 : '23. 1. 30(월) 10:00 ~ 12:00
- 장 소 : 중소기업유통센터 15층
□ 다른 행사
- 일 시 : '23. 2. 1(수) 14:00 ~ 15:00
- 장 소 : 세종
"""


def test_a_date_alone_takes_the_clock_time_a_later_overview_gives_for_it():
    record = pressparse.parse(TWO_OVERVIEWS, quotes=False, glosses=False)
    assert record.overview == {"일시": "'23. 1. 30(월)", "장소": "중소기업유통센터"}
    assert (record.event_time.start, record.event_time.end) == ("2023-01-30T10:00:00+09:00", "2023-01-30T12:00:00+09:00")
    assert record.text[slice(*record.event_time.span)] == "'23. 1. 30(월) 10:00 ~ 12:00"


def test_a_later_overview_of_another_date_does_not_replace_the_first():
    text = TWO_OVERVIEWS.replace("□ 행사 개요\n- 일 시 : '23. 1. 30(월) 10:00 ~ 12:00\n- 장 소 : 중소기업유통센터 15층\n", "")
    record = pressparse.parse(text, quotes=False, glosses=False)
    assert (record.event_time.start, record.event_time.end) == ("2023-01-30", None)


def test_an_event_time_without_a_year_anywhere_is_kept_as_written():
    """No release date and no year in the text (a converter dropped the header): the time is
    kept as written with no start, and the record has no error."""
    text = ("현장 릴레이 방문 실시\n\n□ 행사 개요\n일시\t4.13(월) 14:30 ~ 16:00\n장소\t대덕전자 본사\n"
            "참석\t장관, 기업 대표 등\n\n□ 장관은 현장을 방문했다.")
    record = pressparse.parse(text)
    assert record.errors == []
    assert record.event_time.text == "4.13(월) 14:30 ~ 16:00" and record.event_time.start is None
