"""Web pages are read in time linear in their size: no page shape makes the HTML readers quadratic,
deep nesting hits no recursion or parser depth limit, and a page too large is cut with an error."""
from __future__ import annotations

import time

import pytest

import pressparse
from pressparse.readers import html

LINE = "행정안전부는 {i}일 새 정책을 발표했다고 밝혔다."
HEAD = "<html><head><meta charset='utf-8'><title>보도자료 | 행정안전부</title></head><body>"
TAIL = "</body></html>"

#: the most CPU time one page of these may take (a loaded CI machine is several times slower than
#: a laptop; the readers this replaced took 47 s for 16,000 paragraphs and never ended at 100,000 deep)
MAX_SECONDS = 10.0
#: how much longer 8 times the input may take: linear is about 8, quadratic 64
MAX_RATIO = 20.0


def siblings(n: int) -> bytes:
    return (HEAD + "<div class='view'>" + "".join(f"<p>{LINE.format(i=i)}</p>" for i in range(n)) + "</div>"
            + TAIL).encode()


def nested(n: int) -> bytes:
    return (HEAD + "".join(f"<div>{LINE.format(i=i)}" for i in range(n)) + "</div>" * n + TAIL).encode()


def list_items(n: int) -> bytes:
    """List items in list items, each a label/value pair: what decides a pair is not walked again."""
    return (HEAD + "<ul>" + "".join(f"<li><span>항목</span><span>값 {i}</span><ul>" for i in range(n))
            + "</ul></li>" * n + "</ul>" + TAIL).encode()


def hancom_lines(n: int) -> bytes:
    """한/글's HTML export: one paragraph of n layout lines."""
    return ("<html><body><div class='hpa'>" + "".join(f"<div class='hls ps1'>{LINE.format(i=i)[:-1]}</div>"
                                                      for i in range(n)) + "</div>" + TAIL).encode()


def cpu(data: bytes) -> tuple[float, pressparse.Release]:
    start = time.process_time()
    record = pressparse.parse(data, quotes=False, glosses=False)
    return time.process_time() - start, record


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    pressparse.parse(siblings(10), quotes=False, glosses=False)  # imports and compiled patterns


@pytest.mark.parametrize("page, word", [(siblings, "밝혔다"), (nested, "밝혔다"), (list_items, "값"),
                                        (hancom_lines, "밝혔다")])
def test_time_grows_linearly(page, word):
    small = min(cpu(page(2_000))[0] for _ in range(2))
    large, record = cpu(page(16_000))
    assert not record.errors
    assert record.text.count(word) == 16_000  # every paragraph, line or list item read
    assert large < MAX_SECONDS
    assert large < max(small, 0.02) * MAX_RATIO, f"2,000: {small:.2f} s, 16,000: {large:.2f} s"


def test_a_page_nested_100000_deep_is_read():
    depth = 100_000
    data = (HEAD + "<div>" * depth + "행정안전부는 오늘 새 정책을 발표했다." + "</div>" * depth
            + "<p>이상민 장관은 “지원하겠다”고 말했다.</p>" + TAIL).encode()
    seconds, record = cpu(data)
    assert seconds < MAX_SECONDS
    assert "행정안전부는 오늘 새 정책을 발표했다." in record.text
    assert "지원하겠다" in record.text  # the page goes on after the deep part
    assert not record.errors


def test_deep_list_items_and_cells_are_read_without_recursion():
    depth = 5_000  # 50,000 elements deep
    data = (HEAD + "".join(f"<table><tr><td><dl><dt>라벨</dt><dd><ul><li><b>칸</b><i>{i}</i>" for i in range(depth))
            + "</li></ul></dd></dl></td></tr></table>" * depth + TAIL).encode()
    seconds, record = cpu(data)
    assert seconds < MAX_SECONDS
    assert record.text.startswith("라벨 : 칸 0")


def board_page(megabytes: int) -> bytes:
    """A board page of many MB: a long menu and footer, the article in the middle."""
    menu = "".join(f"<li class='menu'><a href='/m/{i}'>메뉴 항목 {i}</a><ul><li><a href='#'>하위 {i}</a></li></ul></li>"
                   for i in range(200))
    block = f"<div class='gnb'><ul>{menu}</ul></div><script>var data = '{'x' * 2000}';</script>\n"
    article = ("<div class='board_view'><h3>행정안전부, 2025년 지방자치단체 합동평가 결과 발표</h3>"
               "<ul class='info'><li><span>작성일</span><span>2025.03.04 12:00</span></li></ul>"
               "<div class='view_cont'>" + "".join(f"<p>{LINE.format(i=i)}</p>" for i in range(1, 30)) + "</div></div>")
    reps = megabytes * 1_000_000 // len(block.encode()) // 2
    return ("<html><head><title>행정안전부, 2025년 지방자치단체 합동평가 결과 발표 | 행정안전부</title></head><body>"
            + block * reps + article + block * reps + TAIL).encode()


def test_a_page_of_several_megabytes():
    data = board_page(5)
    assert len(data) > 4_500_000
    seconds, record = cpu(data)
    assert seconds < MAX_SECONDS
    assert record.title == "행정안전부, 2025년 지방자치단체 합동평가 결과 발표"
    assert record.header.published_time == "2025-03-04T12:00:00+09:00"
    assert "메뉴 항목" not in record.text
    assert not record.errors


def test_a_page_over_the_size_limit_is_cut_with_an_error(monkeypatch):
    monkeypatch.setattr(html, "MAX_HTML_BYTES", 1_000_000)
    data = (HEAD + "".join(f"<p>{LINE.format(i=i)}</p>" for i in range(40_000)) + TAIL).encode()
    assert len(data) > 2_000_000
    seconds, record = cpu(data)
    assert seconds < MAX_SECONDS
    assert any("MAX_HTML_BYTES" in error for error in record.errors)
    assert record.text.startswith("행정안전부는 0일")


def test_a_page_over_the_element_limit_is_cut_with_an_error(monkeypatch):
    monkeypatch.setattr(html, "MAX_HTML_ELEMENTS", 5_000)
    _, record = cpu(siblings(10_000))
    assert any("MAX_HTML_ELEMENTS" in error for error in record.errors)
    assert "행정안전부는 4000일" in record.text and "행정안전부는 9000일" not in record.text
    _, deep = cpu(nested(10_000))  # too deep for libxml2's tree builder: the other parser cuts it
    assert any("MAX_HTML_ELEMENTS" in error for error in deep.errors)
    assert "행정안전부는 4000일" in deep.text and "행정안전부는 9000일" not in deep.text


@pytest.mark.parametrize("markup", ["", "   ", "<!-- only a comment -->", "<" * 100_000, "<html></html>",
                                    "<html><body>\x00가\ud800나</body></html>", "<div>" * 50_000])
def test_odd_markup_gives_a_page_not_an_exception(markup):
    page = html.read_page(markup)
    assert isinstance(page.text, str)
