"""A korea.kr release page gives the record its text gives.

Our corpus holds no saved korea.kr page, so the page is written here from a bundled text
release (samples/dev/govpress_4.txt) in the layout of korea.kr's 보도자료 view: the site's
menus and search around a `view_title` heading, the release in `article_body`/`view_cont`
(paragraphs, the header and schedule tables as tables), the attachment box `filedown`, a
satisfaction survey and the footer; `og:title` and `article:published_time` in the head.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from pressparse import parse

SAMPLE = Path(__file__).parent.parent / "samples" / "dev" / "govpress_4.txt"
TITLE = "성평등가족부, 2026년 성평등 조직문화 조성 사업설명회 개최"


def korea_kr_page(text: str) -> str:
    """The release ``text`` as korea.kr shows it: lines as paragraphs, tab rows as tables."""
    body, rows = [], []
    for line in text.splitlines():
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in line.split("\t")) + "</tr>")
            continue
        if rows:
            body.append("<table>" + "".join(rows) + "</table>")
            rows = []
        body.append(f"<p>{escape(line)}</p>")
    if rows:
        body.append("<table>" + "".join(rows) + "</table>")
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{TITLE} | 보도자료 | 브리핑룸 | 대한민국 정책브리핑</title>
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2026-04-13T07:00:00+09:00">
</head><body>
<div id="header"><ul class="gnb"><li><a href="/">뉴스</a></li><li><a href="/briefing">브리핑룸</a></li>
<li><a href="/policy">정책자료</a></li></ul><form class="search"><input name="q"><button>검색</button></form></div>
<div class="location">홈 &gt; 브리핑룸 &gt; 보도자료</div>
<div class="article_head"><div class="view_title"><h1>{TITLE}</h1>
<div class="info"><span>2026.04.13 07:00</span><span>성평등가족부</span></div></div>
<div class="sns_share"><a href="#">페이스북</a><a href="#">트위터</a><a href="#">URL복사</a><a href="#">인쇄</a></div></div>
<div class="article_body"><div class="view_cont">{''.join(body)}</div></div>
<div class="filedown"><dl><dt>첨부파일</dt>
<dd><a href="/common/download.do?fileId=1">260413 성평등 조직문화 사업설명회.hwpx</a></dd>
<dd><a href="/common/download.do?fileId=2">260413 성평등 조직문화 사업설명회.pdf</a></dd></dl></div>
<div class="satisfaction"><p>이 자료에 대해 만족하십니까?</p><button>만족</button><button>불만족</button></div>
<div class="related"><h3>관련 기사</h3><ul><li><a href="#">다른 부처의 다른 보도자료 제목입니다</a></li></ul></div>
<div id="footer"><p>대한민국 정책브리핑 세종특별자치시 도움6로 11</p></div>
</body></html>"""


@pytest.fixture(scope="module")
def pair():
    text = SAMPLE.read_text(encoding="utf-8")
    return parse(text, path="govpress_4.txt"), parse(korea_kr_page(text).encode(), path="govpress_4.html")


def test_same_title_and_subtitles(pair):
    from_text, from_page = pair
    assert from_page.title == from_text.title == TITLE
    assert from_page.subtitles == from_text.subtitles


def test_same_header(pair):
    from_text, from_page = pair
    assert from_page.header.release_time == from_text.header.release_time
    assert from_page.header.distribution_time == from_text.header.distribution_time
    assert [(d.name, [(c.name, c.phone) for c in d.contacts]) for d in from_page.header.departments] == \
        [(d.name, [(c.name, c.phone) for c in d.contacts]) for d in from_text.header.departments]


def test_same_quotes_and_schedule(pair):
    from_text, from_page = pair
    assert [(q.speaker.name, q.text) for q in from_page.quotes] == [(q.speaker.name, q.text) for q in from_text.quotes]
    rows = [[(r.start, r.end, r.content) for r in t.rows] for t in from_text.tables if t.kind == "schedule"]
    assert [[(r.start, r.end, r.content) for r in t.rows] for t in from_page.tables if t.kind == "schedule"] == rows


def test_page_furniture_stays_out(pair):
    _, from_page = pair
    text = from_page.text
    for furniture in ("브리핑룸", "만족하십니까", "관련 기사", "도움6로", "URL복사"):
        assert furniture not in text, furniture


def test_attachments(pair):
    _, from_page = pair
    assert [(a.name, a.url) for a in from_page.attachments] == [
        ("260413 성평등 조직문화 사업설명회.hwpx", "/common/download.do?fileId=1"),
        ("260413 성평등 조직문화 사업설명회.pdf", "/common/download.do?fileId=2"),
    ]


def test_title_and_posting_time_from_the_page_metadata():
    from pressparse.readers.html import read_page

    meta = read_page(korea_kr_page(SAMPLE.read_text(encoding="utf-8"))).metadata
    assert meta.title == TITLE
    assert meta.posted == "2026-04-13T07:00:00+09:00"
