"""Text boxes of drawings (a rectangle holding `일시 : … / 장소 : …`): read where they are
anchored, in HWPX and in HWP 5 alike.

gp_156755016.hwpx is a silver release whose event box reads, in the document:
`『지방공기업 안전활동 수준평가 현장 경영』 - 일시 : 2026. 4. 14.(화) 14:00~ - 장소 : 서울교통공사
군자차량사업소`. Its HWP 5 form is written by python-hwpx's writer.
"""
from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

from hwpx.hwp5.writer import write_hwp5

import pressparse
from pressparse.blocks import Para
from pressparse.readers import hwp, hwpx

BOXED = Path(__file__).parent / "data" / "boxes" / "gp_156755016.hwpx"


def test_the_event_box_of_an_hwpx_release_gives_its_time_and_place():
    record = pressparse.parse(BOXED.read_bytes(), path=BOXED.name, quotes=False, glosses=False)
    assert record.event_time is not None and record.event_time.text == "2026. 4. 14.(화) 14:00~"
    assert record.overview["장소"] == "서울교통공사 군자차량사업소"
    # the box stands after the paragraph it is anchored in, before the next one
    text = record.text
    assert text.index("진행할 계획이다.") < text.index("『지방공기업 안전활동 수준평가 현장 경영』") < text.index("한편, 공단")


def test_hwp_reads_the_same_text_boxes_as_hwpx():
    package = zipfile.ZipFile(io.BytesIO(BOXED.read_bytes()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        binary = write_hwp5({name: package.read(name) for name in package.namelist()})
    from_hwpx = hwpx.read_blocks(BOXED.read_bytes())[0]
    from_hwp = hwp.read_blocks(binary, max_bytes=10**8)[0]
    texts = [[i.text if isinstance(i, Para) else [c.text for c in i.cells] for i in items]
             for items in (from_hwpx, from_hwp)]
    assert texts[0] == texts[1]
    assert any("장소 : 서울교통공사 군자차량사업소" in t for t in texts[1] if isinstance(t, str))
