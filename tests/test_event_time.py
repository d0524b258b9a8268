"""The overview's 일시 read as the event's start and end, with the header's date grammar."""
from __future__ import annotations

import pytest

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
