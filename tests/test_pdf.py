"""PDF input: a release printed two pages to a landscape sheet, with ruled tables."""
from __future__ import annotations

import pressparse
from conftest import SAMPLES, parsed

TWO_UP = SAMPLES / "pdf" / "govpress_12.pdf"


def test_two_up_sheet_is_read_half_by_half():
    record = parsed(TWO_UP)
    lines = record.text.splitlines()
    assert lines[:2] == ["보도자료", "보도시점 2026. 4. 15.(수) 조간 < 2026. 4. 14.(화) 16:00 >"]
    assert record.title == "위기를 기회로 바꾸는 상생 ‘신속한 대금 조정’ 협력모델 본격 가동"
    assert record.header.release_time == "2026-04-14T16:00:00+09:00"


def test_ruled_tables_become_rows():
    record = parsed(TWO_UP)
    dep = record.header.departments[0]
    assert (dep.ministry, dep.name) == ("중소벤처기업부", "상생협력정책실 불공정거래개선과")
    assert [(c.role, c.position, c.name, c.phone) for c in dep.contacts] == [
        ("책임자", "과장", "성녹영", "044-204-7940"), ("담당자", "사무관", "장규덕", "044-204-7942"),
        ("담당자", "주무관", "양정윤", "044-204-7948")]
    schedule = next(t for t in record.tables if t.kind == "schedule")
    assert [(r.start, r.end) for r in schedule.rows][:2] == [("16:00", "16:05"), ("16:06", "16:10")]
    assert schedule.rows[4].content == "원재료 가격 인상 등에 따른 애로·건의사항 논의"


def test_broken_pdf_gives_an_error_record():
    record = pressparse.parse(b"%PDF-1.7\n" + b"\0garbage" * 100)
    assert record.source.format == "pdf"
    assert record.errors and record.errors[0].startswith("unreadable PDF: ")


# --- the pages as PDFium reads them --------------------------------------------------------------

def _pages(data: bytes) -> list:
    from pressparse.readers.pdf_pages import open_pdf

    with open_pdf(data) as pages:
        return list(pages)


def _turned(data: bytes, rotation: int) -> bytes:
    """The PDF with every page's /Rotate set to ``rotation``."""
    import io

    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    for page in pdf:
        page.set_rotation(rotation)
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def test_pdfium_pages_give_the_words_and_rules_pdfminer_gave():
    """The characters PDFium reads make the words pdfminer's made (pdfplumber groups both), and its
    paths the same table edges, on a page as printed and on one turned by /Rotate."""
    import io

    import pdfplumber

    for rotation in (0, 90):
        data = _turned(TWO_UP.read_bytes(), rotation)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for old, new in zip(pdf.pages, _pages(data), strict=True):
                assert (new.width, new.height) == (old.width, old.height)
                assert [w["text"] for w in new.extract_words()] == [w["text"] for w in old.extract_words()]
                for mine, theirs in zip(new.extract_words(), old.extract_words()):
                    assert all(abs(mine[k] - theirs[k]) < 0.25 for k in ("x0", "x1", "top", "bottom"))
                assert sorted((e["orientation"], round(e["x0"]), round(e["top"]), round(e["x1"]), round(e["bottom"]))
                              for e in new.edges) == \
                    sorted((e["orientation"], round(e["x0"]), round(e["top"]), round(e["x1"]), round(e["bottom"]))
                           for e in old.edges)


def test_pdfs_read_from_threads_at_once_read_as_one_at_a_time():
    """PDFium is not thread-safe: documents read from several threads are read one at a time."""
    from concurrent.futures import ThreadPoolExecutor

    data = TWO_UP.read_bytes()
    with ThreadPoolExecutor(4) as pool:
        texts = list(pool.map(lambda _: pressparse.parse(data, quotes=False, glosses=False).text, range(4)))
    assert texts == [parsed(TWO_UP).text] * 4
