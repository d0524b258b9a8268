"""HWPX input: the package read with zipfile and lxml into the same document as converted text."""
from __future__ import annotations

import io
import zipfile

import pressparse
from conftest import SAMPLES

HWPX = SAMPLES / "hwpx"


def test_hwpx_header_title_and_subtitles():
    record = pressparse.parse_file(HWPX / "govpress_11.hwpx", quotes=False, glosses=False)
    assert (record.source.format, record.kind) == ("hwpx", "press_release")
    assert record.title.startswith("과기정통부, 세계적 인공지능 기업의 사이버보안 사업(프로젝트) 관련")
    assert record.header.release_time == "2026-04-14T17:00:00+09:00"
    dep = record.header.departments[0]
    assert (dep.ministry, dep.name) == ("과학기술정보통신부", "정보보호네트워크정책관 정보보호산업과")
    assert [(c.role, c.position, c.name, c.phone) for c in dep.contacts] == [
        ("책임자", "과장", "이종혁", "044-202-6450"), ("담당자", "사무관", "박세진", "044-202-6455")]


def test_rowspanned_cells_stay_empty_cells():
    record = pressparse.parse_file(HWPX / "rhwp_23.hwpx", quotes=False, glosses=False)
    assert "\t교육총괄과\t담당자\t사무관\t복혜진\t(02-901-7036)" in record.text


def test_a_text_box_gives_title_and_subtitles_as_separate_lines():
    record = pressparse.parse_file(HWPX / "hwpjs_2.hwpx", quotes=False, glosses=False)
    assert record.title == "우리가 독자 개발하여 최초 발사하는 한국형발사체, 국민이 정한 그 이름은 ｢누리｣"
    assert record.subtitles == ["“세상”의 옛말로, 우주까지 확장된 새로운 세상을 연다는 의미", "명칭공모전에 1만건 이상 응모, 뜨거운 관심 보여"]


def _package(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/hwp+zip")
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_encrypted_package_gives_a_clear_error():
    data = _package({"META-INF/manifest.xml": b"<manifest><file-entry><encryption-data/></file-entry></manifest>",
                     "Contents/section0.xml": b"\x00garbage"})
    record = pressparse.parse(data)
    assert record.errors == ["unreadable HWPX: encrypted (배포용) HWPX: the package is password-protected"]


def test_broken_xml_gives_an_error_record():
    record = pressparse.parse(_package({"Contents/section0.xml": b"<hs:sec><not closed"}))
    assert record.errors and record.errors[0].startswith("unreadable HWPX: XMLSyntaxError")
