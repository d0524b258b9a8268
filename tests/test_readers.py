"""Reading bytes as people have them: encodings, cleaning, bad input."""
from __future__ import annotations

import os

import pressparse
from conftest import sample

SEED = sample("000").read_text(encoding="utf-8")
RELEASE_TIME = "2023-01-30T10:00:00+09:00"


def test_cp949_file_is_detected_and_parsed():
    record = pressparse.parse(SEED.replace("•", "·").encode("cp949"))  # CP949 has no U+2022
    assert record.source.encoding == "cp949"
    assert record.header.release_time == RELEASE_TIME
    assert record.title.startswith("중소벤처기업부, ‘핵심 임무(미션)제’를")


def test_utf16_with_bom_is_detected_and_parsed():
    record = pressparse.parse(SEED.encode("utf-16"))
    assert record.source.encoding == "utf-16"
    assert record.header.release_time == RELEASE_TIME


def test_utf8_with_bom_and_crlf_and_odd_spaces_are_cleaned():
    text = "\ufeff" + SEED.replace("\n", "\r\n").replace("담당 부서", "담당\u00a0부서").replace("사무관", "사\u200b무관")
    record = pressparse.parse(text.encode("utf-8"))
    assert record.source.encoding == "utf-8"
    assert "\r" not in record.text and "\u200b" not in record.text and "\u00a0" not in record.text
    contacts = record.header.departments[0].contacts
    assert [c.position for c in contacts] == ["과장", "사무관", "주무관"]


def test_undecodable_bytes_give_a_warning_not_a_crash():
    data = SEED.encode("utf-8") + b"\xff\xfe\xfa broken tail"
    record = pressparse.parse(data)
    assert record.header.release_time == RELEASE_TIME
    assert any("undecodable" in w for w in record.warnings)


def test_empty_input_gives_an_error_record():
    record = pressparse.parse(b"")
    assert record.errors == ["empty input: the document has no text"]
    assert record.kind == "unknown"


def test_png_gives_an_error_record():
    record = pressparse.parse(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    assert record.source.format == "png"
    assert record.errors == ["unsupported input: a PNG image"]


def test_random_bytes_give_an_error_record():
    record = pressparse.parse(os.urandom(5_000_000))
    assert record.errors and "binary" in record.errors[0]
    assert record.text == ""


def test_two_megabyte_single_line_is_parsed():
    line = SEED.replace("\n", " ")
    data = (line * (2_000_000 // len(line.encode()) + 1)).encode("utf-8")[:2_000_000]
    record = pressparse.parse(data)
    assert record.errors == []
    assert len(record.text) > 600_000


def test_hwp_preview_cells_become_table_rows():
    record = pressparse.parse_file(sample("fss_1"))
    assert record.text.splitlines()[2] == "보도\t2025.9.8.(월) 석간\t배포\t2025.9.5.(금)"
    assert record.header.release_edition == "석간"


def test_page_numbers_are_dropped():
    record = pressparse.parse(SEED.replace("□ 개요", "- 1 -\n□ 개요"))
    assert "- 1 -" not in record.text


def test_text_without_korean_gives_a_warning():
    record = pressparse.parse(b"Quarterly report, draft 3. See attachment.")
    assert record.kind == "unknown"
    assert record.errors == []
    assert record.warnings == ["kind: fewer than 10 Hangul syllables; not read as a Korean press release"]


def test_a_table_cell_with_no_text_at_a_row_end_stays_a_cell():
    """A picture cell (empty text) ends the row with its tab, so the row keeps its width; a row
    with no text at all is not written (the shape row of hwpjs_2's comparison table)."""
    from pressparse.blocks import Cell, Grid, layout

    grid = Grid((Cell("구 분", 0, 0), Cell("누리호", 0, 1), Cell("시험발사체", 0, 2),
                 Cell("형 상", 1, 0), Cell("", 1, 1), Cell("", 1, 2),
                 Cell("", 2, 0), Cell("", 2, 1),
                 Cell("총 길이", 3, 0), Cell("47.2 m", 3, 1), Cell("25.8 m", 3, 2)))
    text, blocks = layout([grid], lambda s: s)
    assert text.split("\n") == ["구 분\t누리호\t시험발사체", "형 상\t\t", "총 길이\t47.2 m\t25.8 m"]
    assert [(c.row, c.col, text[c.start:c.end]) for c in blocks[0].cells if c.row == 1] == [(1, 0, "형 상"), (1, 1, ""), (1, 2, "")]
