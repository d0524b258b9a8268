"""HWP 5 input: the records read straight into the blocks the HWPX reader yields.

The real files are the bundled samples (`samples/hwp`, copied from `../shared/corpus/dev/originals`);
what is checked in them was read in the document (its header table, title, contacts) or is its
gold label. The hostile and broken files are the real rhwp_10 with a body written record by
record (`hwptools.py`).
"""
from __future__ import annotations

import json
import struct
import time

import pytest
from hwpx.hwp5 import bodytext as bt
from hwpx.hwp5 import records as rec
from hypothesis import given, settings
from hypothesis import strategies as st

import pressparse
from conftest import GOLD, SAMPLES
from hwptools import LINE_BREAK, NB_SPACE, TAB, Cell, Table, paragraph, section, with_body
from pressparse.blocks import Grid, Para
from pressparse.options import MB
from pressparse.readers import hwp_records
from pressparse.readers.hwp import CHAR_TEXT, MAX_BOXES, _clean, _pieces, read_blocks
from pressparse.readers.hwp_records import Paragraph, Records, decode_paragraph

HWP = SAMPLES / "hwp"
ORIGINAL = (HWP / "rhwp_10.hwp").read_bytes()
#: char shapes of rhwp_10's DocInfo: 20 pt bold and 12 pt bold
BIG, SMALL = 14, 21


def body(*paragraphs: list) -> bytes:
    """rhwp_10 with one section of these paragraphs for its body."""
    return with_body(ORIGINAL, section([r for p in paragraphs for r in p]))


def shown(items: list[Para | Grid]) -> list:
    """Paragraph texts, and each table as (row, col, rowspan, colspan, text) of its cells."""
    return [item.text if isinstance(item, Para) else [(c.row, c.col, c.rowspan, c.colspan, c.text) for c in item.cells]
            for item in items]


# --- real releases --------------------------------------------------------------------------

def test_rhwp_10_header_table_title_and_their_shapes():
    items, errors = read_blocks(ORIGINAL, max_bytes=64 * MB)
    assert errors == []
    head, title = items[0], items[1]
    cells = {(c.row, c.col): c for c in head.cells}
    assert (cells[2, 2].text, cells[2, 2].colspan, cells[2, 2].hints.points) == ("보도자료", 3, 24.0)
    assert (cells[3, 1].text, cells[3, 1].colspan) == ("2020. 9. 1.(화) 08:30 (국무회의 개회 시)", 2)
    assert (cells[4, 0].text, cells[4, 0].rowspan) == ("담당과장", 3)
    assert cells[5, 4].text == "박상우 사무관(044-215-7131) 구정대 사무관(044-215-7132)"  # two lines in one cell
    assert title.text == "“코로나 극복, 선도국가”, 2021년 예산안"
    assert (title.hints.points, title.hints.bold, title.hints.align) == (18.0, False, "center")


def test_rhwp_10_record():
    record = pressparse.parse_file(HWP / "rhwp_10.hwp", quotes=False, glosses=False)
    assert (record.source.format, record.source.encoding, record.errors) == ("hwp", "utf-16-le", [])
    assert record.title == "“코로나 극복, 선도국가”, 2021년 예산안"
    assert record.header.release_condition == "국무회의 개회 시"
    assert [(d.ministry, d.name, len(d.contacts)) for d in record.header.departments] == [
        ("기획재정부", "예산실 예산총괄과", 2), ("기획재정부", "예산실 예산정책과", 3),
        ("기획재정부", "재정혁신국 재정전략과", 2)]


def _facts(record) -> dict:
    return {"title": record.title, "subtitles": record.subtitles, "release_time": record.header.release_time,
            "distribution_time": record.header.distribution_time,
            "contacts": [(c.role, c.position, c.name, c.phone) for d in record.header.departments for c in d.contacts]}


def test_hwp_and_hwpx_of_one_release_agree_with_the_gold():
    """hwpjs_1.hwp and hwpjs_2.hwpx are one release (과기정통부, 2018-09-04, ‘누리’): the title is in a
    text box, the times and contacts in the header table."""
    gold = json.loads((GOLD / "hwp" / "hwpjs_1.json").read_text(encoding="utf-8"))
    expected = {"title": gold["title"], "subtitles": gold["subtitles"],
                "release_time": gold["header"]["release_time"], "distribution_time": gold["header"]["distribution_time"],
                "contacts": [(c["role"], c["position"], c["name"], c["phone"])
                             for d in gold["header"]["departments"] for c in d["contacts"]]}
    hwp = pressparse.parse_file(HWP / "hwpjs_1.hwp", quotes=False, glosses=False)
    hwpx = pressparse.parse_file(SAMPLES / "hwpx" / "hwpjs_2.hwpx", quotes=False, glosses=False)
    assert _facts(hwp) == expected
    assert _facts(hwpx) == expected
    assert hwp.text == hwpx.text


# --- the record structure -------------------------------------------------------------------

def test_cells_by_place_and_span_with_nested_tables_and_text_boxes():
    inner = Table([Cell(0, 0, [["안쪽 1"]]), Cell(0, 1, [["안쪽 2"]])])
    box = Table([Cell(0, 0, [["상자 문단 1"], ["상자 문단 2"]])])
    table = Table([Cell(0, 0, [["담당 부서"]], rowspan=2), Cell(0, 1, [["가", inner, "나"], ["둘째 문단"]]),
                   Cell(1, 1, [[]])])
    items, errors = read_blocks(body(paragraph("보도자료"), paragraph("앞", table, "뒤"), paragraph(box)), max_bytes=MB)
    assert errors == []
    assert shown(items) == [
        "보도자료", "앞",
        [(0, 0, 2, 1, "담당 부서"), (0, 1, 1, 1, "가나 안쪽 1 안쪽 2 둘째 문단"), (1, 1, 1, 1, "")],
        "뒤", "상자 문단 1", "상자 문단 2"]


def test_control_characters_that_stand_for_text():
    text = "".join(chr(c) for c in (0xD835, 0xDC00))  # 𝐀 as its surrogate pair
    items, _ = read_blocks(body(paragraph("보도", TAB, "일시", LINE_BREAK, "2024", NB_SPACE, "년 ", text, "\ud800끝")),
                           max_bytes=MB)
    assert shown(items) == ["보도 일시 2024 년 𝐀끝"]  # a lone surrogate is left out


@pytest.mark.parametrize(("shapes", "points"), [
    (((0, SMALL), (2, BIG)), 20.0),  # 2 characters small, 4 big
    (((0, BIG), (2, SMALL)), 12.0),
    (((0, SMALL), (4, BIG)), 20.0),  # 𝐀𝐀 is four code units: 𝐀𝐀 small, 가나다라 big
])
def test_the_shape_of_most_characters_gives_the_size(shapes, points):
    text = "가나다라마바" if shapes[1][0] == 2 else "𝐀𝐀가나다라"
    (para,), _ = read_blocks(body(paragraph(text, shapes=shapes)), max_bytes=MB)
    assert (para.text, para.hints.points, para.hints.bold) == (text, points, True)


#: code units of PARA_TEXT: characters (surrogates among them) and the control codes of each kind
UNITS = st.lists(st.one_of(st.integers(32, 0xFFFF), st.sampled_from([0, 2, 4, 8, 9, 10, 11, 13, 21, 24, 30, 31])),
                 max_size=80)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(UNITS)
def test_text_and_controls_as_python_hwpx_splits_them(units):
    """The reader's text and the places of its controls are those python-hwpx's own
    ``split_text`` gives (char controls one unit, inline and extended ones eight)."""
    payload = struct.pack(f"<{len(units)}H", *units)
    chunks, _ = bt.split_text(payload)
    expected = "".join(_clean(c.text) if c.kind == "text" else CHAR_TEXT.get(c.code, "") if c.kind == "char"
                       else " " if c.code == 9 else "" if c.kind == "inline" else "|" for c in chunks)
    records = Records([rec.PARA_HEADER, rec.PARA_TEXT], [bytes(22), payload], [2, 2], [0])
    para = decode_paragraph(records, 0)
    para = Paragraph(para.shape, para.text, [(0, 0)], [1] * len(units))
    assert "".join("|" if isinstance(p, int) else p[0] for p in _pieces(para)) == expected


# --- protected, broken and hostile files ----------------------------------------------------

@pytest.mark.parametrize(("flag", "error"), [
    (0x4, "unreadable HWP: distribution-protected (배포용) HWP: the body is encrypted"),
    (0x2, "unreadable HWP: password-protected HWP: the body is encrypted"),
])
def test_a_protected_hwp_gives_a_record_with_an_error(flag, error):
    record = pressparse.parse(with_body(ORIGINAL, b"\x00encrypted" * 100, flags=0x1 | flag))
    assert (record.source.format, record.errors, record.text) == ("hwp", [error], "")


def test_a_broken_container_gives_an_error_record():
    record = pressparse.parse(ORIGINAL[:4096] + b"\0" * 5000)
    assert record.source.format == "hwp"
    assert record.errors == ["unreadable HWP: FAT sector lies outside the file"]


def test_a_section_that_does_not_inflate_keeps_the_sections_before_it():
    data = with_body(ORIGINAL, section(paragraph("보도자료") + paragraph("첫 구역의 문단")), b"\xff" * 200)
    record = pressparse.parse(data, quotes=False, glosses=False)
    assert record.text == "보도자료\n첫 구역의 문단"
    assert len(record.errors) == 1
    assert record.errors[0].startswith("damaged HWP: BodyText/Section1 does not inflate (")


def test_a_record_that_runs_past_the_end_keeps_the_paragraphs_before_it():
    raw = rec.serialize_records(paragraph("보도자료") + paragraph("끝이 잘린 문단"))
    items, errors = read_blocks(with_body(ORIGINAL, rec.deflate(raw[:-3])), max_bytes=MB)
    assert shown(items) == ["보도자료"]
    assert errors == ["damaged HWP: BodyText/Section0 has a record that runs past the end of the stream; "
                      "the rest was not read"]


def test_text_boxes_nested_past_the_limit_cost_no_recursion():
    table = Table([Cell(0, 0, [["깊은 상자"]])])
    for _ in range(150):  # record levels grow by two a box: 300 of the 1023 a record can have
        table = Table([Cell(0, 0, [[table]])])
    items, errors = read_blocks(body(paragraph(table)), max_bytes=MB)
    assert (shown(items), errors) == ([[(0, 0, 1, 1, "깊은 상자")]], [])
    assert MAX_BOXES < 150


def test_records_past_the_budget_end_the_reading(monkeypatch):
    monkeypatch.setattr(hwp_records, "MAX_RECORDS", 200)  # DocInfo of rhwp_10 has 159
    data = body(*[paragraph(f"문단 {i}") for i in range(30)])
    record = pressparse.parse(data, quotes=False, glosses=False)
    assert record.errors == ["input too large: the file holds more than 200 records; "
                             "the rest from BodyText/Section0 on was not read"]
    assert record.text.startswith("문단 0\n문단 1\n")


def test_a_deflate_bomb_stops_at_max_bytes():
    data = with_body(ORIGINAL, section(paragraph("보도자료")), rec.deflate(bytes(40 * MB)))  # 40 KB
    start = time.process_time()
    record = pressparse.parse(data, max_bytes=4 * MB, quotes=False, glosses=False)
    assert time.process_time() - start < 5
    assert record.text == "보도자료"
    assert record.errors == ["input too large: the streams of the file inflate to more than 4,194,304 bytes "
                             "(max_bytes); the rest from BodyText/Section1 on was not read"]


def test_a_cell_of_many_paragraphs_is_read_in_linear_time():
    times = []
    for n in (5_000, 40_000):
        table = Table([Cell(0, 0, [[f"셀 문단 {i}"] for i in range(n)]), Cell(1, 0, [[]])])
        data = body(paragraph("보도자료"), paragraph(table))
        start = time.process_time()
        items, _ = read_blocks(data, max_bytes=64 * MB)
        times.append(time.process_time() - start)
        assert items[1].cells[0].text.endswith(f"셀 문단 {n - 1}")
    assert times[1] < 20 * max(times[0], 0.02), times  # 8× the input: quadratic would be 64×
