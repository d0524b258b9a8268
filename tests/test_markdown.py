"""Markdown releases (kordoc's and other converters' renderings) read as well as the originals.

The files in data/md are Markdown renderings of releases whose labels the project holds; the
expected values below are those labels (the hand gold of the release, or the publisher's own
metadata for the converter files). Bad Markdown gets a record with a warning, in bounded work.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import pressparse
from pressparse.readers import detect, is_markdown, markdown, md_meta

DATA = Path(__file__).parent / "data" / "md"


def parse(name: str) -> pressparse.Release:
    path = DATA / name
    return pressparse.parse(path.read_bytes(), path=str(path), quotes=False, glosses=False)


def people(record: pressparse.Release) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.phone) for d in record.header.departments for c in d.contacts]


def test_pipe_table_header_and_contact_table():
    record = parse("govpress_11.hwpx.kordoc.md")
    assert record.source.format == "markdown"
    assert record.title == ("과기정통부, 세계적 인공지능 기업의 사이버보안 사업(프로젝트) 관련, "
                            "연속(릴레이) 현안 점검 회의 개최")
    assert record.subtitles == ["기업 정보보호 책임자, 통신사 및 주요 이음터(플랫폼) 사업자에 기술 동향 주시 및 "
                                "보안 강화 노력 당부, 인공지능 보안 전문가와 국내 영향 등 논의"]
    assert record.header.release_time == "2026-04-14T17:00:00+09:00"
    [dept] = record.header.departments
    assert (dept.ministry, dept.name) == ("과학기술정보통신부", "정보보호네트워크정책관 정보보호산업과")
    assert people(record) == [("이종혁", "044-202-6450"), ("박세진", "044-202-6455")]
    assert "**" not in record.text and "|" not in record.text


def test_schedule_rows_from_a_pipe_table():
    record = parse("govpress_4.hwpx.kordoc.md")
    assert record.title == "성평등가족부, 2026년 성평등 조직문화 조성 사업설명회 개최"
    assert record.header.release_time == "2026-04-13T12:00:00+09:00"
    assert people(record) == [("조린", "02-2100-6171"), ("김미영", "02-2100-6174")]
    [schedule] = [t for t in record.tables if t.kind == "schedule"]
    assert [(r.start, r.end) for r in schedule.rows] == [
        ("14:00", "14:03"), ("14:03", "14:05"), ("14:05", "14:35"), ("14:35", "15:35"), ("15:35", "16:00")]
    assert schedule.rows[0].content == "인사말씀"


def test_html_table_with_rowspans_and_line_breaks():
    record = parse("rhwp_10.hwp.kordoc.md")
    assert record.title == "“코로나 극복, 선도국가”, 2021년 예산안"
    assert record.header.release_time == "2020-09-01T08:30:00+09:00"
    assert [d.name for d in record.header.departments] == ["예산실 예산총괄과", "예산실 예산정책과", "재정혁신국 재정전략과"]
    assert people(record) == [("박준호", "044-215-7110"), ("김영임", "044-215-7111"), ("박창환", "044-215-7130"),
                              ("박상우", "044-215-7131"), ("구정대", "044-215-7132"), ("이제훈", "044-215-5720"),
                              ("김영은", "044-215-5722")]


def test_html_header_table():
    record = parse("hwpjs_2.hwpx.kordoc.md")
    assert record.title == "우리가 독자 개발하여 최초 발사하는 한국형발사체, 국민이 정한 그 이름은 ｢누리｣"
    assert record.header.release_time == "2018-09-03T12:00:00+09:00"
    assert record.header.departments[0].name == "거대공공연구정책과"
    assert people(record) == [("장인숙", "02-2110-2430"), ("용찬재", "02-2110-2428")]


def test_field_list_gives_posting_time_and_issuer():
    record = parse("gp_156754052.govpress.md")
    assert record.title == "(참고) 2026년 고용노동부 소관 제1회 추가경정예산 주요 내용"
    assert record.header.published_time == "2026-04-10T22:43:22+09:00"
    assert record.header.published_time_text == "04/10/2026 22:43:22"
    assert record.header.issuer == "고용노동부"
    assert "배인" in [name for name, _ in people(record)]


def test_title_in_a_table_cell_with_line_breaks():
    record = parse("gp_156754180.opendataloader.md")
    assert record.title == "중동전쟁으로 인한 현장의 고용위기, 신속한 제도개선을 통해 빈틈없이 지원한다."
    assert record.header.release_time.startswith("2026-04-13")
    assert record.header.issuer == "고용노동부"
    assert people(record)[:4] == [("최영범", "044-202-7026"), ("장지훈", "044-202-7027"),
                                  ("김진영", "044-202-7028"), ("차정환", "044-202-7032")]


def test_contacts_in_a_list():
    record = parse("gp_156754275.readhim.md")
    names = [name for name, _ in people(record)]
    assert names == ["김희재", "이창선", "도종록", "이태윤"]
    assert ("김희재", "044-215-4710") in people(record)


def test_a_contact_list_with_departments_spelt_out():
    """The department items between the contact fields run long (`기획조정실 <광역교통개선>
    공공택지기획과 대도시권광역교통위원회 광역교통정책과`) but read as no sentence: the list is the
    contact table, and every person of the reference is there with the phone it gives."""
    record = parse("gp_156754053.readhim.md")
    reference = [("허경민", "0442013238"), ("전진", "0442013240"), ("배윤형", "0442013239"), ("노태훈", "0442013248"),
                 ("윤휘영", "0442013243"), ("진준석", "0442013251"), ("천재민", "0442015080"), ("이미래", None),
                 ("김윤희", "0442015084"), ("백승록", "0442015232"), ("김현석", None), ("지영근", "0442015236"),
                 ("최정원", "0442014152"), ("홍종길", None), ("고서린", "0442013531"), ("이지혜", "0442014441"),
                 ("김경은", None), ("김혜진", None), ("박성채", None), ("한동균", "0442013160"), ("최영랑", None),
                 ("박미영", "0442013510"), ("최승욱", "0442014284"), ("정재향", None), ("이서영", "0442014286")]
    got = people(record)
    assert [name for name, _ in got] == [name for name, _ in reference]
    assert all(phone is None or phone == "".join(filter(str.isdigit, have or ""))
               for (_, phone), (_, have) in zip(reference, got))


@pytest.mark.parametrize("name, departments", [
    # a unit alone on its item (`- 기업집단관리과`) continues the department's name, and the row
    # after it (`조사관 / 남정욱 / (…)`) is read by its order, not by the columns of the rows above
    ("gp_156754228.govpress.md", [("기업집단감시국 기업집단관리과", [("과장", "음잔디", "044-200-4842"),
                                  ("조사관", "신준우", "044-200-4850"), ("조사관", "남정욱", "044-200-4850")])]),
    # a position no list knows beside the name in one cell: `과장직무대리 이상진`, `담당 황난수`
    ("gp_156754278.govpress.md", [("유통소비정책관 원예경영과", [("과장", "조민경", "044-201-2251"), ("사무관", "홍성욱", None)]),
                                  ("농산업혁신정책관 첨단기자재종자과", [("과장직무대리", "이상진", "044-201-1896"),
                                                                ("사무관", "한소자", None)]),
                                  ("농업정책관 농업정책과", [("과장", "강혜영", "044-201-1711"), ("사무관", "김지훈", None)])]),
    ("gp_156754189.govpress.md", [("홍보TF팀 안전관리팀", [("팀장", "황의택", "010-5***-6076"),
                                  ("담당", "이혜지", "041-560-1681"), ("담당", "황난수", None)])]),
    # a known position the converter ran into the name: `연구사전세원`
    ("gp_156754212.govpress.md", [("국립문화유산연구원 고고연구실", [("연구관", "김혜정", "042-860-9171"),
                                  ("연구사", "전세원", None)])]),
])
def test_contact_list_cells_as_the_hwpx_reads_them(name, departments):
    """The contacts of the silver reference, in the departments the release's HWPX gives."""
    record = parse(name)
    assert [(d.name, [(c.position, c.name, c.phone) for c in d.contacts])
            for d in record.header.departments] == departments


def test_a_list_under_a_department_heading_reads_a_person_run_into_a_label():
    """`### 담당부서` over `- 기획조정실 재정담당관 서기관 최은상 (044-203-2234) 책임자: 과장 조성제 …`:
    the converter ran the third person into the labels; all three are read with their phones."""
    record = parse("gp_156754077.readhim.md")
    assert set(people(record)) == {("조성제", "044-203-2231"), ("권재오", "044-203-2233"), ("최은상", "044-203-2234")}
    assert record.header.issuer == "문화체육관광부"


def test_a_contact_list_after_a_dashed_paragraph():
    """gp_156754275's contact table as a list whose first item names the department, right after a
    dashed paragraph of the body (one Markdown list with it); an e-mail address is no sentence."""
    text = ("# 제2차 외국인 증권투자 유치 자문위원회 개최\n\n"
            "- 아울러, 외국인 투자자의 의견을 정책에 적극 반영하겠다고 밝혔다.\n\n"
            "- 담당 부서: 국제금융국 / 책임자 / 과 장 / 김희재 / (044-215-4710)\n"
            "- 국제금융과 / 담당자 / 사무관 / 이창선 / (dje9350@korea.kr)\n")
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    assert people(record) == [("김희재", "044-215-4710"), ("이창선", None)]
    assert record.header.departments[0].contacts[1].email == "dje9350@korea.kr"
    assert "아울러, 외국인 투자자의 의견을 정책에 적극 반영하겠다고 밝혔다." in record.text


def test_a_heading_keeps_no_quote_marker():
    record = parse("gp_156754148.readhim.md")  # `# > 지식재산처, 박현희 첫 여성 기획조정관 임명`
    assert record.title == "지식재산처, 박현희 첫 여성 기획조정관 임명"
    assert record.header.issuer == "지식재산처"
    assert record.header.release_time == "2026-04-10"


def test_a_banner_box_is_not_the_title():
    """`|광부 동정자료|` is the banner (its logo cut), in a box of its own above the title's."""
    record = parse("gp_156754130.opendataloader.md")
    assert record.title == "부산공동어시장에서 수산분야 현장 목소리 청취"
    assert record.subtitles == ["황종우 해양수산부 장관, 수산단체장들과 간담회 개최"]
    assert record.header.issuer == "해양수산부"
    assert people(record) == [("문미희", "051-773-5440"), ("최광진", "051-773-5443")]


def test_a_contact_table_one_cell_per_line():
    """The header and contact table of gp_156754052 as a converter may write them, one cell per
    paragraph: the cells after the department label are one row, read as the table is."""
    text = ("고용노동부\n\n보도참고자료\n\n보도일시\n\n2026. 4. 10.(금) 배포 즉시\n\n"
            "# 2026년 고용노동부 소관 제1회 추가경정예산 주요 내용\n\n"
            "4월 10일, 국회 본회의에서 2026년도 제1회 추가경정예산이 의결되었다.\n\n"
            "담당 부서\n\n정책기획관\n\n책임자\n\n과 장\n\n최영범\n\n(044-202-7026)\n\n"
            "기획재정담당관\n\n담당자\n\n사무관\n\n배 인\n\n(044-202-7034)\n\n"
            "붙임\n\n구분\n\n사업명\n\n")
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    assert people(record) == [("최영범", "044-202-7026"), ("배인", "044-202-7034")]
    assert [(d.ministry, d.name) for d in record.header.departments] == [("고용노동부", "정책기획관 기획재정담당관")]
    assert record.header.issuer == "고용노동부"
    assert record.title == "2026년 고용노동부 소관 제1회 추가경정예산 주요 내용"
    # without the logo's line, the label beside the banner is no issuer (보도일시 ends as 전주시 does)
    record = pressparse.parse(text.replace("고용노동부\n\n보도참고자료", "보도참고자료", 1).encode(), path="a.md",
                              quotes=False, glosses=False)
    assert record.header.issuer != "보도일시"
    # a last contact reached by e-mail alone ends the row as a phone does
    text = text.replace("(044-202-7034)", "(bae.in@korea.kr)")
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    assert [c.name for d in record.header.departments for c in d.contacts] == ["최영범", "배인"]


def test_a_header_one_cell_per_paragraph():
    """gp_156754241's header as a converter writes it one cell a paragraph: the second scope of the
    release time, `(지 면) …`, a paragraph of its own, belongs to the time, not to the title (as in
    the HWPX's record)."""
    text = ("보도자료\n\n보도시점\n\n(온라인) 2026. 4. 13.(월) 12:00\n\n(지 면) 2026. 4. 14.(화) 조간\n\n"
            "행안부-기후부, 남원시 람천 불법공사 관련 정부합동감사 결과 통보\n\n"
            "- 남원시, 불법 농어촌민박‧야영장을 방치하고 하천점용허가 없이 진‧출입 교량 공사\n\n"
            "□ 행정안전부(장관 윤호중)는 기후에너지환경부(장관 김성환)와 함께 2026년 2월 23일부터 전북특별자치도, "
            "남원시를 대상으로 람천 불법공사 등에 대한 정부합동감사를 실시하였다.\n")
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    h = record.header
    assert record.title == "행안부-기후부, 남원시 람천 불법공사 관련 정부합동감사 결과 통보"
    assert (h.release_time, h.media, h.release_edition) == ("2026-04-13T12:00:00+09:00", ["온라인", "지면"], "조간")
    assert h.release_time_text == "(온라인) 2026. 4. 13.(월) 12:00 (지 면) 2026. 4. 14.(화) 조간"


GRID_TABLE = """\
+-----------+------------------+--------+--------------+----------------+
| 담당 부서 | 정책기획관       | 책임자 | 과장 최영범  | (044-202-7026) |
|           |                  |        |              |                |
+           +------------------+--------+--------------+----------------+
|           | 기획재정담당관   | 담당자 | 사무관 배인  | (044-202-7034) |
+-----------+------------------+--------+--------------+----------------+
| 붙임      | 2026년 고용노동부 2026년 제1회 추경 예산 **주요내용**     |
+-----------+-----------------------------------------------------------+
"""


def test_a_grid_table_with_spans():
    """gp_156754052's contact table as pandoc writes a grid table: padded to the display width
    (a syllable two columns), a row span (the border under 담당 부서 left open), a column span."""
    parsed = markdown.read("# 제목입니다\n\n" + GRID_TABLE + "\n본문 문단입니다.\n")
    assert [type(item).__name__ for item in parsed.items] == ["Para", "Grid", "Para"]
    cells = [(c.text, c.row, c.col, c.rowspan, c.colspan) for c in parsed.items[1].cells]
    assert cells[0] == ("담당 부서", 0, 0, 2, 1)
    assert cells[5:] == [("기획재정담당관", 1, 1, 1, 1), ("담당자", 1, 2, 1, 1), ("사무관 배인", 1, 3, 1, 1),
                         ("(044-202-7034)", 1, 4, 1, 1), ("붙임", 2, 0, 1, 1),
                         ("2026년 고용노동부 2026년 제1회 추경 예산 주요내용", 2, 1, 1, 4)]
    text = ("고용노동부 보도참고자료\n\n보도시점: 2026. 4. 10.(금) 배포 즉시\n\n"
            "# 2026년 고용노동부 소관 제1회 추가경정예산 주요 내용\n\n"
            "4월 10일, 국회 본회의에서 2026년도 제1회 추가경정예산이 의결되었다.\n\n" + GRID_TABLE)
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    assert people(record) == [("최영범", "044-202-7026"), ("배인", "044-202-7034")]
    assert [d.name for d in record.header.departments] == ["정책기획관 기획재정담당관"]
    # a table padded to the number of characters (as some writers pad) reads as well
    rows = [["담당 부서", "정책기획관", "책임자", "과장 최영범", "(044-202-7026)"],
            ["", "기획재정담당관", "담당자", "사무관 배인", "(044-202-7034)"]]
    widths = [max(len(row[k]) for row in rows) + 2 for k in range(5)]
    border = "+" + "+".join("-" * w for w in widths) + "+"
    lines = [border] + [line for row in rows for line in
                        ("|" + "|".join(" " + cell.ljust(w - 2) + " " for cell, w in zip(row, widths)) + "|", border)]
    [grid] = markdown.read("\n".join(lines) + "\n").items
    assert [[c.text for c in grid.cells if c.row == r] for r in (0, 1)] == rows


def test_a_list_of_prose_with_two_fields_stays_paragraphs():
    items = ["- (납부대상) 연구개발기관: 최종평가를 마친 과제의 기관", "- (납부의무) 성과소유기관: 전문기관에 납부",
             "- ◦ (기술료 산정) 매출기반 약정 경상기술료는 기술개발 종료 후 5년간 매년 산출하며, 징수한다"]
    parsed = markdown.read("\n".join(items) + "\n")
    assert [type(item).__name__ for item in parsed.items] == ["Para", "Para", "Para"]
    parsed = markdown.read("\n".join(items[:2] + ["- 기획조정실 <광역교통개선> 공공택지기획과 대도시권광역교통위원회 광역교통정책과"]) + "\n")
    assert [type(item).__name__ for item in parsed.items] == ["Grid"]
    outline = ["- □ 성 명 : 박현희", "- □ 생년월일 : 1975. 10. 21. (전북 전주)", "- □ 학 력", "- ㅇ 이화여자대학교 영문학과"]
    parsed = markdown.read("\n".join(outline) + "\n")  # fields behind outline markers: lines of the outline
    assert [item.text for item in parsed.items] == outline


def test_recognised_by_name_and_by_content():
    text = (DATA / "govpress_11.hwpx.kordoc.md").read_text(encoding="utf-8")
    assert is_markdown("release.markdown", "plain words", "text")
    assert detect.looks_markdown(text)
    record = pressparse.parse(text.encode(), path="release.txt", quotes=False, glosses=False)
    assert record.source.format == "markdown"
    assert not detect.looks_markdown("보도자료\n- 부제\n본문입니다.\n")


def test_convert_reads_markdown_in_folders_and_archives(tmp_path):
    import json
    import zipfile

    from pressparse.cli import main

    text = (DATA / "rhwp_10.hwp.kordoc.md").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_bytes(text)
    (folder / "b.markdown").write_bytes(text)
    with zipfile.ZipFile(folder / "c.zip", "w") as z:
        z.writestr("c.md", text)
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(folder), "-o", str(out), "-q", "--no-quotes", "--no-glosses"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    assert {r["source"]["format"] for r in records} == {"markdown"}
    assert {r["title"] for r in records} == {"“코로나 극복, 선도국가”, 2021년 예산안"}


def test_front_matter_is_evidence():
    text = ("---\ntitle: 제목\nministry: 행정안전부\napprove_date: 04/10/2026 09:30:00\nnews_id: 156754052\n---\n"
            "본문 첫 문장입니다. 행정 절차를 바꾼다고 밝혔다.\n")
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    assert record.header.published_time == "2026-04-10T09:30:00+09:00"
    assert record.header.issuer == "행정안전부"
    assert "news_id" not in record.text and not record.warnings


@pytest.mark.parametrize("value, iso", [("04/10/2026 22:43:22", "2026-04-10T22:43:22"), ("2026-04-10", "2026-04-10"),
                                        ("20260410", "2026-04-10"), ("2026-04-10T09:00:00+09:00", "2026-04-10T09:00:00+09:00"),
                                        ("4월 10일", None), ("13/10/2026", None), ("next friday", None)])
def test_machine_dates_are_read_exactly(value, iso):
    assert md_meta.machine_time(value) == iso


def test_blocks_keep_their_source_lines():
    text = "# 제목 줄입니다\n\n| 보도시점 | 2026. 4. 1. |\n| --- | --- |\n\n첫 줄\n둘째 줄\n"
    record_doc = pressparse.readers.read(text.encode(), path="a.md")
    assert [(b.kind, b.hints.source_lines or b.cells[0].hints.source_lines) for b in record_doc.blocks] == [
        ("paragraph", (0, 1)), ("table", (2, 3)), ("paragraph", (5, 7))]


def test_blocks_keep_their_characters_in_the_source():
    """Every paragraph and cell spans its source lines as characters too, whatever the line
    breaks (markdown-it reads `\\r\\n` as one), lists read as tables included."""
    text = ("---\ntitle: x\n---\r\n# 제목 줄입니다\r\n\r\n| 보도시점 | 2026. 4. 1. |\n| --- | --- |\n| 배포 | 즉시 |\n\n"
            "첫 줄\n둘째 줄\n\n- 부처: 고용노동부\n- 게시 시각: 04/10/2026 22:43:22\n")
    where = []
    for item in markdown.read(text).items:
        for part in getattr(item, "cells", None) or [item]:
            where.append((part.text, text[slice(*part.hints.source_span)]))
    assert where == [
        ("제목 줄입니다", "# 제목 줄입니다\r\n"),
        ("보도시점", "| 보도시점 | 2026. 4. 1. |\n"), ("2026. 4. 1.", "| 보도시점 | 2026. 4. 1. |\n"),
        ("배포", "| 배포 | 즉시 |\n"), ("즉시", "| 배포 | 즉시 |\n"),
        ("첫 줄 둘째 줄", "첫 줄\n둘째 줄\n"),
        ("부처", "- 부처: 고용노동부\n"), ("고용노동부", "- 부처: 고용노동부\n"),
        ("게시 시각", "- 게시 시각: 04/10/2026 22:43:22\n"), ("04/10/2026 22:43:22", "- 게시 시각: 04/10/2026 22:43:22\n"),
    ]


def test_front_matter_title_finds_the_title_lines():
    text = ("---\nTitle: 고용노동부, 청년 일자리 지원 확대\nMinisterCode: 고용노동부\nApproveDate: 04/10/2026 22:43:22\n---\n"
            "보도참고자료\n\n고용노동부, 청년 일자리\n지원 확대\n\n- 부제 한 줄입니다\n\n본문 첫 문장입니다. 청년 일자리를 늘린다고 밝혔다.\n")
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    assert record.title == "고용노동부, 청년 일자리 지원 확대"
    assert record.subtitles == ["부제 한 줄입니다"]
    assert (record.header.issuer, record.header.published_time) == ("고용노동부", "2026-04-10T22:43:22+09:00")


def test_text_around_a_table_in_one_html_block_is_kept():
    """A front-matter archive whose body is the API's HTML: the paragraphs before, between and
    after the tables of one HTML block are read in their order, not only the tables."""
    text = ("---\ntitle: 고용노동부, 청년 일자리 지원 확대\nministry: 고용노동부\napprove_date: 04/10/2026 22:43:22\n---\n"
            "<p>고용노동부, 청년 일자리 지원 확대</p>\n"
            "<p>□ 고용노동부는 청년 일자리 지원을 확대한다고 밝혔다.</p>\n"
            "<table><tr><td>담당 부서</td><td>청년고용정책과</td><td>책임자</td><td>과장 홍길동</td><td>044-202-7400</td></tr></table>\n"
            "<p>○ 둘째 문단이다.</p><table><tr><td>구분</td><td>내용</td></tr><tr><td>일시</td><td>4. 10.</td></tr></table>끝\n")
    parsed = markdown.read(text)
    assert [getattr(item, "text", None) or [c.text for c in item.cells] for item in parsed.items] == [
        "고용노동부, 청년 일자리 지원 확대", "□ 고용노동부는 청년 일자리 지원을 확대한다고 밝혔다.",
        ["담당 부서", "청년고용정책과", "책임자", "과장 홍길동", "044-202-7400"],
        "○ 둘째 문단이다.", ["구분", "내용", "일시", "4. 10."], "끝"]
    record = pressparse.parse(text.encode(), path="a.md", quotes=False, glosses=False)
    assert record.title == "고용노동부, 청년 일자리 지원 확대"
    assert people(record) == [("홍길동", "044-202-7400")]
    assert record.header.published_time == "2026-04-10T22:43:22+09:00"


def test_an_html_table_goes_on_after_a_blank_line():
    text = ("<table>\n<tr><td>보도일시</td><td>2026. 4. 1.(수) 12:00</td></tr>\n\n"
            "<tr><td>배포</td><td>2026. 3. 31.(화)</td></tr>\n</table>\n\n본문 문단입니다.\n")
    doc = pressparse.readers.read(text.encode(), path="a.md")
    assert doc.text == "보도일시\t2026. 4. 1.(수) 12:00\n배포\t2026. 3. 31.(화)\n본문 문단입니다."
    assert not doc.warnings


def test_inline_markup_is_removed():
    parsed = markdown.read("**굵은** _기울임_ [링크 글](http://x.kr) ![image](a.png) \\* 별표 `코드`<br>다음 줄\n")
    # a line break inside a paragraph joins its lines, as an HWPX line break does
    assert [p.text for p in parsed.items] == ["굵은 기울임 링크 글  * 별표 코드 다음 줄"]


@pytest.mark.parametrize("text, warning", [
    ("---\ntitle: [unclosed\n---\n본문입니다.\n", "broken YAML"),
    ("---\na: &a [x, x, x]\nb: [*a, *a, *a]\n---\n본문입니다.\n", "anchors and aliases"),
    ("---\n" + "k: v\n" * 20_000 + "---\n본문입니다.\n", "front matter not read"),
    ("---\nk: " + "[" * 2_000 + "]" * 2_000 + "\n---\n본문입니다.\n", "nested deeper than 20"),
    ("본문입니다.\n\n<table><tr><td>보도일시<td>2026. 4. 1.(수) 12:00\n", "unclosed HTML table"),
    ("본문입니다.\n\n<!-- 주석\n\n본문 둘째 문단입니다.\n", "unclosed HTML comment"),
    ("본문입니다.\n\n<script>\n\n본문 둘째 문단입니다.\n", "unclosed HTML <script>"),
    ("- " * 10_000 + "항목\n", "nested deeper"),
    (">" * 10_000 + " 인용\n", "nested deeper"),
])
def test_bad_markdown_gets_a_warning(text, warning):
    record = pressparse.parse(text.encode(), path="bad.md", quotes=False, glosses=False)
    assert any(warning in w for w in record.warnings), record.warnings


def test_the_text_an_unclosed_comment_took_is_read_on():
    """`<!--` without `-->` takes the rest of the text in CommonMark; what follows it is read as
    Markdown again, in its place in the source."""
    text = "# 제목이 여기 있습니다\n\n<!-- 주석\n\n□ 고용노동부는 청년 일자리 사업을 시작한다고 밝혔다.\n\n| 가 | 나 |\n|---|---|\n| 1 | 2 |\n"
    parsed = markdown.read(text)
    assert [getattr(item, "text", None) for item in parsed.items] == [
        "제목이 여기 있습니다", "□ 고용노동부는 청년 일자리 사업을 시작한다고 밝혔다.", None]
    para, grid = parsed.items[1:]
    assert text[slice(*para.hints.source_span)] == "□ 고용노동부는 청년 일자리 사업을 시작한다고 밝혔다.\n"
    assert text[slice(*grid.cells[0].hints.source_span)] == "| 가 | 나 |\n"
    assert parsed.warnings == ["unclosed HTML comment in the Markdown: the text after it read on"]


def cpu(text: str) -> float:
    start = time.process_time()
    pressparse.parse(text.encode(), path="big.md", quotes=False, glosses=False)
    return time.process_time() - start


ROW = "| {i} | 가나다라 {i} | 마바사 |\n"


def pipe_table(n: int) -> str:
    return "| 번호 | 이름 | 비고 |\n|---|---|---|\n" + "".join(ROW.format(i=i) for i in range(n))


def html_table(n: int) -> str:
    return "<table>\n" + "".join(f"<tr><td>{i}</td><td rowspan=2>가나 {i}</td><td colspan=2>다라</td></tr>\n"
                                 for i in range(n)) + "</table>\n"


def grid_table(n: int) -> str:
    border = "+------+------------+\n"
    return border + "".join(f"| {i % 10_000:>4} | 가나다 {i % 100:>3} |\n" + ("+      +------------+\n" if i % 3 else border)
                            for i in range(n))


def unclosed_comments(n: int) -> str:
    """Comments never closed, each taking the rest of the text."""
    return "".join(f"<!-- 주석 {i}\n\n본문 {i}번째 문단입니다.\n\n" for i in range(n))


def unclosed_html_table(n: int) -> str:
    """Rows of a table never closed, each its own HTML block (blank lines between them)."""
    return "<table>\n" + "".join(f"<tr><td>{i}</td><td>가나 {i}</td></tr>\n\n" for i in range(n))


def nested_lists(n: int) -> str:
    return "".join(" " * (2 * min(i, 40)) + f"- 항목 {i}\n" for i in range(n))


def quotes(n: int) -> str:
    return "".join(">" * (i % 20) + f" 인용 {i}\n\n" for i in range(n))


@pytest.mark.parametrize("make", [pipe_table, html_table, grid_table, unclosed_html_table, unclosed_comments, nested_lists,
                                  quotes])
def test_time_grows_linearly(make):
    cpu(make(100))
    # each size's best of two: the second run of each finds the extractors' per-word caches warm,
    # so small and large are measured alike (a cold large run against a warm small one, or a
    # collection pause in one run, made this fail on a busy machine)
    small = min(cpu(make(500)) for _ in range(2))
    large = min(cpu(make(4_000)) for _ in range(2))
    assert large < 10.0 and large < max(small, 0.05) * 20


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ["# ", "## ", "- ", "1. ", "> ", "|", "| --- |", "---", "\n", "\n\n", "**", "_", "`", "<br>", "<table>",
          "<tr>", "<td rowspan=3>", "</table>", "[", "](", ")", "![", "\\", "보도시점", "배포", ": ", "담당 부서",
          "책임자", "과장 홍길동", "(044-200-1234)", "2026. 4. 1.(수) 12:00", "제목입니다", " / ", "    ", "\t", "+---+", "+===+---+", "+   +",
          "<!--", "<script>"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80), st.booleans())
def test_any_markdown_gives_a_record(pieces, front):
    text = ("---\ntitle: x\n" if front else "") + "".join(pieces)
    record = pressparse.parse(text.encode(), path="fuzz.md", quotes=False, glosses=False)
    assert record.source.format in ("markdown", "text")
    assert all(isinstance(e, str) for e in record.errors + record.warnings)


def test_a_10_mb_table_is_cut_before_it_is_parsed():
    """The text is cut at max_chars before markdown-it sees it: 10 MB cost about what the part
    read costs alone (decoding and hashing the rest is cheap)."""
    table = pipe_table(240_000)
    assert len(table.encode()) > 10_000_000
    part = table[:50_000]

    def cpu_of(text: str) -> tuple[float, pressparse.Release]:
        start = time.process_time()
        record = pressparse.parse(text.encode(), path="big.md", quotes=False, glosses=False, max_chars=50_000)
        return time.process_time() - start, record

    cpu_of(part)
    small, _ = cpu_of(part)
    large, record = cpu_of(table)
    assert any("text cut" in e for e in record.errors)
    assert large < small * 5 + 1.0


@pytest.mark.parametrize("name, issuer", [
    # `- 부처: 행정안전부` files it; the lead names it too, its particle set apart (`…(EBS) 는`),
    # and outranks the agency that opens the title (`국가재난안전교육원-EBS, …`)
    ("gp_156754137.govpress.md", "행정안전부"),
    # the lead names the agency under its administration: `국가유산청 국립문화유산연구원 …는`
    ("gp_156754216.govpress.md", "국가유산청"),
])
def test_the_lead_after_a_field_list_names_the_issuer(name, issuer):
    """The converter's field list (`출처`, `부처`, `게시 시각`) stands before the lead; the lead's
    subject is read past it, as in the HWPX of the same release."""
    assert parse(name).header.issuer == issuer
