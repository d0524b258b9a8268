"""HWP preview text whose banner is a table nested in a cell: `<<경 찰 청>융위원회><보도 자료>…`.

The files are two 금융감독원 board records (silver); titles and release dates are the
publisher's, the issuer is the first organisation the banner prints (read in the document).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pressparse import parse
from pressparse.readers.text import flatten_nested_cells

DATA = Path(__file__).parent / "data" / "preview"


@pytest.mark.parametrize("name, title, release, issuer", [
    ("fss_s0192.txt", "설 명절을 겨냥한 문자사기(스미싱) 등 사이버사기 주의!", "2025-01-19T12:00:00+09:00", "과학기술정보통신부"),
    ("fss_s0273.txt", "｢보이스피싱 등 조직적 사기범죄 특별자수･신고기간｣ 집중 운영", "2024-09-08T12:00:00+09:00", "경찰청"),
])
def test_nested_banner_cells(name, title, release, issuer):
    record = parse((DATA / name).read_bytes(), path=name, quotes=False, glosses=False)
    assert record.title == title
    assert str(record.header.release_time) == release
    assert record.header.issuer == issuer


def test_flatten_nested_cells_keeps_the_outer_cells():
    assert flatten_nested_cells("<<경 찰 청>융위원회><보도 자료><>") == "< 경 찰 청 융위원회><보도 자료><>"
    assert flatten_nested_cells("<a>\n<<b>c>") == "<a>\n< b c>"


def test_title_run_on_into_a_dated_subtitle_is_cut():
    """`<2025년「FSS금융아카데미｣ 개최 안내 ‘25. 4. 7.(월)부터 e-금융교육센터 홈페이…`: the
    preview ran the subtitle (a date with its weekday) on into the title's cell."""
    record = parse((DATA / "fss_s0144.txt").read_bytes(), path="fss_s0144.txt", quotes=False, glosses=False)
    assert record.title == "2025년「FSS금융아카데미｣ 개최 안내"
