"""Text in the colour of what is behind it is not read; white text on a dark cell is.

gp_156754149.hwpx (a 금융위원회 release, silver) keeps a template's `개인정보 보호위원회` in white
in its banner cell, behind the emblem: a reader sees 금융위원회's banner, and the release names
금융위원회 throughout. Its section headings are white on navy cells (`1.‘금융위人상’개요`) and
are seen. The HWP 5 form (python-hwpx's writer) must read the same.
"""
from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import pytest
from hwpx.hwp5.writer import write_hwp5

import pressparse
from pressparse.blocks import Para
from pressparse.readers import hwp, hwpx
from pressparse.readers.ink import from_colorref, from_hex, unseen

HIDDEN = Path(__file__).parent / "data" / "hidden" / "gp_156754149.hwpx"


def test_white_text_behind_a_logo_is_not_the_issuer():
    record = pressparse.parse(HIDDEN.read_bytes(), path=HIDDEN.name, quotes=False, glosses=False)
    assert "개인정보" not in record.text and "보호위원회" not in record.text
    assert record.header.issuer == "금융위원회"


def test_white_text_on_a_dark_cell_is_kept():
    record = pressparse.parse(HIDDEN.read_bytes(), path=HIDDEN.name, quotes=False, glosses=False)
    assert "1.‘금융위人상’개요" in record.text and "붙임 1" in record.text


def test_hwp_hides_and_keeps_the_same_text_as_hwpx():
    package = zipfile.ZipFile(io.BytesIO(HIDDEN.read_bytes()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        binary = write_hwp5({name: package.read(name) for name in package.namelist()})
    shown = [[i.text if isinstance(i, Para) else [c.text for c in i.cells] for i in items]
             for items in (hwpx.read_blocks(HIDDEN.read_bytes())[0], hwp.read_blocks(binary, max_bytes=10**8)[0])]
    assert shown[0] == shown[1]


@pytest.mark.parametrize("ink, ground, hidden", [
    ("#FFFFFF", None, True),        # white on the page
    ("#FFFFFF", "#FFFFFF", True),   # white on a white cell
    ("#FFFFFF", "#3057B9", False),  # white on navy: seen
    ("#000000", None, False),
    (None, None, False),            # no colour given: seen
])
def test_unseen(ink, ground, hidden):
    assert unseen(from_hex(ink), from_hex(ground)) is hidden


def test_colours_as_each_format_writes_them():
    assert from_hex("#3057B9") == (0x30, 0x57, 0xB9) and from_hex("none") is None
    assert from_colorref(0x00B95730) == (0x30, 0x57, 0xB9)


def test_the_pdf_of_the_release_hides_and_keeps_the_same_text():
    """The PDF's text layer holds the white `개인정보 보호위원회` too; PDFium gives each character's
    fill colour, and the navy boxes behind the white headings are filled paths."""
    pdf = HIDDEN.with_suffix(".pdf")
    record = pressparse.parse(pdf.read_bytes(), path=pdf.name, quotes=False, glosses=False)
    assert "개인정보" not in record.text and record.header.issuer == "금융위원회"
    assert "금융위人상’개요" in record.text and "붙임 1" in record.text
