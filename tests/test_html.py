"""Web pages of releases: the article found by the page title, board fields, no page furniture."""
from __future__ import annotations

import pressparse
from conftest import SAMPLES, parsed
from pressparse.readers.html import read_page

BOARD = SAMPLES / "html" / "localgov_4.html"  # 나주시 board page
GANGJIN = SAMPLES / "html" / "localgov_1.html"  # 강진군 board page


def test_article_text_leaves_menus_and_footers_behind():
    page = read_page(BOARD.read_text(encoding="utf-8"))
    assert page.text.startswith("꽃소마루 나주혁신점-빛가람동, ‘한돈·가족 외식권 후원’ 협약\n")
    for furniture in ("종합민원", "만족하셨습니까", "인기 검색어", "첨부파일", "시민공감홍보실"):
        assert furniture not in page.text
    assert page.site == "나주시"


def test_board_fields_become_label_value_lines():
    text = read_page(BOARD.read_text(encoding="utf-8")).text
    assert "등록일 : 2025.12.05 16:40" in text.splitlines()
    assert "등록부서 : 빛가람동" in text.splitlines()


def test_board_record_header_and_lead():
    record = parsed(BOARD)
    assert record.source.format == "html"
    assert record.header.published_time == "2025-12-05T16:40:00+09:00"
    assert [(d.ministry, d.name, d.contacts) for d in record.header.departments] == [("나주시", "빛가람동", [])]
    assert record.subtitles == ["내년 12월까지 지역아동센터 3곳에 780만 원 상당 한돈 지원",
                                "위탁·조손가정 3곳에 270만 원 상당 가족 외식권 후원키로"]


def test_date_only_board_stamp_and_no_page_manager_department():
    record = parsed(GANGJIN)
    assert record.title == "“새로 열린 기차 타고 강진 가자”"
    assert record.header.published_time == "2025-12-10"
    assert record.header.departments == []  # the footer's page manager is not a department


def test_plain_html_without_a_board_is_still_read():
    markup = ("<html><head><title>알림</title></head><body><div class='gnb'><ul><li>메뉴</li></ul></div>"
              "<p>정부, 새 정책 발표</p><table><tr><td>보도일시</td><td>2024. 5. 14.(화) 12:00</td></tr></table>"
              "<p>행정안전부(장관 이상민)는 14일 새 정책을 발표했다.</p></body></html>")
    record = pressparse.parse(markup.encode("utf-8"))
    assert record.header.release_time == "2024-05-14T12:00:00+09:00"
    assert record.title == "정부, 새 정책 발표"


HANCOM = SAMPLES / "html" / "hwpjs_3.html"  # 한/글's own HTML export: positioned layout lines


def test_hancom_export_rebuilds_paragraphs_and_tables():
    text = read_page(HANCOM.read_text(encoding="utf-8-sig")).text
    lines = text.splitlines()
    assert lines[:3] == ["보도일시\t2018. 9. 4.(화) 조간(온라인 9. 3. 12:00)부터 보도해 주시기 바랍니다.",
                         "배포일시\t2018. 9. 3.(월) 09:00\t담당부서\t거대공공연구정책과",
                         "담당과장\t장인숙(02-2110-2430)\t담 당 자\t용찬재 사무관(02-2110-2428)"]
    assert ("o 한국형발사체는 1.5톤급 실용위성을 지구 저궤도(600km~800km) 까지 쏘아 올릴 수 있는 3단형 "
            "우주발사체로, 연간 130여개 기관이 참여하여 2021년 발사를 목표로 개발하고 있다.") in lines
    assert "1" not in lines  # the page number


def test_hancom_export_title_box_gives_title_and_subtitles():
    record = parsed(HANCOM)
    assert record.title == "우리가 독자 개발하여 최초 발사하는 한국형발사체, 국민이 정한 그 이름은 ｢누리｣"
    assert record.subtitles == ["“세상”의 옛말로, 우주까지 확장된 새로운 세상을 연다는 의미", "명칭공모전에 1만건 이상 응모, 뜨거운 관심 보여"]
    assert record.header.release_time == "2018-09-03T12:00:00+09:00"


GENERIC_TITLE_PAGE = """<html><head><title>보도자료 | 행정안전부</title></head><body>
<div id="header"><ul class="gnb"><li>기관소개</li><li>정책자료</li><li>뉴스·소식</li><li>보도자료</li></ul></div>
<div class="lnb"><h2>뉴스·소식</h2><ul><li>보도자료</li><li>설명자료</li></ul></div>
<div id="contents"><div class="board_view">
<h3 class="view_title">행정안전부, 2025년 지방자치단체 합동평가 결과 발표</h3>
<ul class="view_info"><li><span>작성일</span><span>2025.03.04 12:00</span></li>
<li><span>담당부서</span><span>지역균형발전과</span></li><li><span>조회</span><span>312</span></li></ul>
<div class="view_cont"><p>- 우수 지자체 20곳 선정, 특별교부세 지원 -</p>
<p>행정안전부(장관 이상민)는 4일 2025년 지방자치단체 합동평가 결과를 발표했다.</p>
<p>이상민 장관은 “지자체의 노력이 국민 체감 성과로 이어지도록 지원하겠다”고 말했다.</p></div>
</div></div>
<div id="footer"><p>담당부서 및 연락처 홍보담당관 02-2100-3000</p></div></body></html>"""


def test_a_page_whose_title_tag_does_not_name_the_article():
    record = pressparse.parse(GENERIC_TITLE_PAGE.encode("utf-8"))
    assert record.title == "행정안전부, 2025년 지방자치단체 합동평가 결과 발표"
    assert record.subtitles == ["우수 지자체 20곳 선정, 특별교부세 지원"]
    assert record.header.published_time == "2025-03-04T12:00:00+09:00"
    assert [(d.ministry, d.name) for d in record.header.departments] == [("행정안전부", "지역균형발전과")]
    assert "기관소개" not in record.text and "홍보담당관" not in record.text
