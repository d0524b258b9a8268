"""The body outline: paragraphs nested by their markers, each with its span."""
from __future__ import annotations

import pressparse
from conftest import parsed, sample


def test_square_and_o_markers_nest():
    body = parsed(sample("004")).body
    first = body[0]
    assert (first.marker, first.level) == ("□", 1)
    assert first.text.startswith("소상공인시장진흥공단 박성효 이사장은 27일 오전")
    assert [c.marker for c in first.children] == ["ㅇ", "ㅇ"]
    note = first.children[0].children[0]
    assert (note.marker, note.level) == ("*", 4)
    assert note.text.startswith("(재난지원금) 7회")


def test_every_node_span_holds_its_text():
    record = parsed(sample("004"))

    def walk(nodes):
        for n in nodes:
            yield n
            yield from walk(n.children)

    nodes = list(walk(record.body))
    assert len(nodes) > 20
    for n in nodes:
        assert record.text[n.span[0]:n.span[1]] == n.text


def test_wrapped_lines_join_their_paragraph():
    body = parsed(sample("govpress_4")).body
    wrapped = next(n for n in body if n.text.startswith("성평등 조직문화 조성사업은"))
    assert wrapped.text.endswith("반영하기 위해 추진되는 사업으로,")
    assert [c.marker for c in wrapped.children] == ["ㅇ"]


def test_unmarked_paragraphs_are_top_level_and_chrome_is_left_out():
    body = parsed(sample("002")).body
    texts = [n.text for n in body]
    assert "가장작게" not in texts and not any(t.startswith("입력 2017") for t in texts)
    lead = next(n for n in body if n.text.startswith("“업종·사업·기관 간 벽을"))
    assert (lead.marker, lead.level) == (None, 0)


def test_a_paragraph_before_any_title_line_means_no_title():
    import pressparse

    record = pressparse.parse("가" * 3000 + "다.\n둘째 줄입니다 제목 아님.", quotes=False, glosses=False)
    assert record.title is None
    assert [n.text[:3] for n in record.body] == ["가가가", "둘째 "]


def test_unmarked_paragraph_wrapped_back_to_the_margin_is_one_paragraph():
    text = ("보도시점\t2024. 6. 21.(금) 11:00\n해외직접투자 동향\n"
            "  2024년 1분기 해외직접투자액은 150.9억 달러로\n전년 동기 대비 14.6% 하락하였다.\n"
            "  같은 들여쓰기의 다음 문단이다.\n"
            " 끝나지 않은 제목 줄\n 같은 깊이의 둘째 줄\n")
    body = pressparse.parse(text, quotes=False, glosses=False).body
    assert [n.text for n in body] == [
        "2024년 1분기 해외직접투자액은 150.9억 달러로 전년 동기 대비 14.6% 하락하였다.",
        "같은 들여쓰기의 다음 문단이다.", "끝나지 않은 제목 줄", "같은 깊이의 둘째 줄"]


def test_items_run_onto_one_line_with_their_marker_are_separate_items():
    text = ("보도시점\t2026. 4. 13.(월)\n모집 안내\n"
            "□ 모집 대상 : 중·고등학생 830여 명 □ 모집 기간 : 4. 22.(수)까지 * 일반전형 : 등본 1부\n"
            "* 중국 상해‧항주 : 청사 등 * 일본 도쿄 : 순국지 등\n"
            "- 민-관 협력 - 2~3개 과제\n"
            "□ 제출할 계획입니다. ※ 자세한 내용은 붙임 참고 ※ 문의처\n")
    record = pressparse.parse(text, quotes=False, glosses=False)
    body = record.body
    assert [(n.marker, n.text) for n in body] == [
        ("□", "모집 대상 : 중·고등학생 830여 명"), ("□", "모집 기간 : 4. 22.(수)까지 * 일반전형 : 등본 1부"),
        ("□", "제출할 계획입니다.")]
    assert [(n.marker, n.text) for n in body[2].children] == [("※", "자세한 내용은 붙임 참고 ※ 문의처")]
    assert [(n.marker, n.text) for n in body[1].children] == [
        ("*", "중국 상해‧항주 : 청사 등"), ("*", "일본 도쿄 : 순국지 등"), ("-", "민-관 협력 - 2~3개 과제")]
    for node in [*body, *body[1].children, *body[2].children]:
        assert record.text[slice(*node.span)] == node.text
