"""A paragraph shape's bullet is part of the text a reader sees: `- 기후부, …` under the title is
a subtitle, though the characters of the paragraph hold no dash (see data/bullets/README.md)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hwpx.hwp5.writer import write_hwp5

from pressparse import parse

HWPX = Path(__file__).parent / "data" / "bullets" / "gp_156754246.hwpx"
SUBTITLES = ["기후부, 재생원료 생산 및 종량제봉투 제작 업계와 재생원료 사용 확대 협약",
             "품질 검증부터 기술·생산 정보 공유까지 다각적인 상생협력 체계 구축"]


def test_bulleted_paragraphs_in_a_cell_are_the_subtitles():
    record = parse(HWPX.read_bytes(), path=HWPX.name, quotes=False, glosses=False)
    assert record.title == "종량제봉투, 재생원료 사용 확대로 공급망 위기의 파고를 넘는다"
    assert record.subtitles == SUBTITLES


def test_the_same_release_as_hwp_5_reads_its_bullets_too():
    """python-hwpx writes the package as HWP 5 (the bullet becomes a BULLET record and the
    paragraph shape's head); the HWP reader gives the same text and subtitles."""
    package = zipfile.ZipFile(io.BytesIO(HWPX.read_bytes()))
    hwp = write_hwp5({name: package.read(name) for name in package.namelist()})
    from_hwpx = parse(HWPX.read_bytes(), path=HWPX.name, quotes=False, glosses=False)
    from_hwp = parse(hwp, path="gp_156754246.hwp", quotes=False, glosses=False)
    assert from_hwp.source.format == "hwp"
    assert from_hwp.subtitles == SUBTITLES
    assert from_hwp.text == from_hwpx.text
