"""A local-government board page written by hand in the layout such boards use (a `view_title`
heading, a field list with 작성과 and 등록일, the article in `view_cont`, an attachment box,
menus and a footer): the fields a reader sees on the page come out of the record."""
from __future__ import annotations

from pressparse import parse

PAGE = """<html><head><title>군, 겨울철 한파 대비 취약계층 안전 점검 강화 | 군정소식 - 진도군청</title></head><body>
<ul class="menu"><li>홈</li><li>군정소식</li><li>로그인</li></ul>
<div class="board_view"><h3 class="view_title">군, 겨울철 한파 대비 취약계층 안전 점검 강화</h3>
<dl class="info"><dt>작성과</dt><dd>복지정책과</dd><dt>등록일</dt><dd>2025-12-05 14:30</dd><dt>조회수</dt><dd>123</dd></dl>
<div class="view_cont"><p>진도군은 겨울철 한파에 대비해 홀로 사는 어르신 등 취약계층 1,200가구를 대상으로 안전 점검을
강화한다고 밝혔다.</p><p>군은 이달 말까지 보일러와 전기 시설을 점검하고 난방용품을 지원할 계획이다.</p></div>
<div class="file"><a href="/fileDown.do?id=9">한파대비 점검 계획.hwp</a></div></div>
<div id="footer">진도군청 전라남도 진도군 진도읍</div></body></html>"""


def test_board_page_fields():
    record = parse(PAGE.encode(), path="board.html")
    assert record.title == "군, 겨울철 한파 대비 취약계층 안전 점검 강화"
    assert str(record.header.published_time) == "2025-12-05T14:30:00+09:00"
    assert [(d.ministry, d.name) for d in record.header.departments] == [("진도군", "복지정책과")]
    assert record.header.issuer == "진도군"
    assert [(a.name, a.url) for a in record.attachments] == [("한파대비 점검 계획.hwp", "/fileDown.do?id=9")]
    assert "로그인" not in record.text and "진도읍" not in record.text
