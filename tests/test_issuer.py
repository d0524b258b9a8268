"""The issuer: real releases in, the organisation their publisher names out.

The files in tests/data/issuer are silver releases, copied unchanged from ../shared/corpus/silver
(local-government boards, a supervisor's preview, a ministry's HWPX) and ../shared/corpus/silver-md (a converter's
Markdown); each expected issuer is the publisher's own (the board the release was posted on), or,
where the publisher gives its parent, the body the release itself names as its author, checked by
reading it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pressparse import parse
from pressparse.korean.organisations import is_organisation, is_public_body, local_body, organisation_in

DATA = Path(__file__).parent / "data" / "issuer"


def issuer_of(name: str) -> str | None:
    return parse((DATA / name).read_bytes(), path=name, quotes=False, glosses=False).header.issuer


@pytest.mark.parametrize("name, issuer", [
    # a county's own body, named after it, opens the title and the lead: 진도군보건소는 …
    ("knk_s0265.txt", "진도군보건소"),
    # the lead's subject names its head in brackets; `여성친화도시` inside a word is no city
    ("knk_s0226.txt", "장흥종합사회복지관"),
    # the lead's subject names its body by kind (`시교육청은`); the text gives the full name
    ("knk_s0066.txt", "광주광역시교육청"),
    # the lead runs on after the subtitle on one line: 목포시학교밖청소년지원센터(센터장 …)는
    ("knk_s0119.txt", "목포시학교밖청소년지원센터"),
    # the board's field `기관명 : …` names the body that posted
    ("knk_s0084.txt", "광주예술중·고등학교"),
    # the title opens with the foundation reported on; the lead's subject is the city's office
    ("knk_s0053.txt", "광주광역시"),
    # the title shortens the name the lead gives in full (`광주시교육청창의융합교육원(이하 …)`)
    ("knk_s0082.txt", "광주시교육청창의융합교육원"),
    # `보성군과 전라남도보성교육지원청은`: the first named, not the one after the particle
    ("knk_s0146.txt", "보성군"),
    # nothing names the issuer outright; of the bodies the text names, the one the title's
    # region (`전남 학생들 …`) agrees with, not 충청북도교육청, named twice as the venue
    ("knk_s0238.txt", "전남교육청"),
    # a logo banner and no lead; the contact table's first department names its body
    # (`금융감독원⇥자본시장감독국⇥책임자 …`)
    ("fss_s0177.txt", "금융감독원"),
])
def test_issuer_of_board_releases(name, issuer):
    assert issuer_of(name) == issuer


def test_banner_on_its_own_line_beside_the_release_label():
    """A PDF sets the logo's name on a line of its own next to `보도자료`."""
    text = ("보도자료\n문화체육관광부\n보도시점 2026. 4. 13.(월) 08:00 배포 2026. 4. 13.(월) 08:00\n"
            "‘반값 여행’ 혜택, 놓치지 말고 얼른 사전 신청하세요\n"
            "영월군은 6월분 재개를 준비한다.\n")
    assert parse(text, quotes=False, glosses=False).header.issuer == "문화체육관광부"


def test_joint_release_takes_the_leading_ministry():
    """Departments of several ministries: the first (총괄) one issues the release."""
    text = ("보도자료\n보도시점\t배포 후 즉시 사용\t배포\t2026. 4. 14.(화)\n"
            "정부, 투명하고 공정한 선거관리 총력 지원\n"
            "□ 김민석 국무총리는 4월 14일(화) 관계장관회의를 주재하였다.\n"
            "ㅇ 경찰청은 가짜뉴스에 단호하게 대응하기로 하였다.\n"
            "담당 부서\t국무조정실 일반행정정책관실\t책임자\t과 장\t김병준\t(044-200-2080)\n"
            "담당 부서\t행정안전부 선거의회자치법규과\t책임자\t과 장\t이준식\t(044-205-3100)\n")
    record = parse(text, quotes=False, glosses=False)
    assert record.header.issuer == "국무조정실"
    assert [d.ministry for d in record.header.departments] == ["국무조정실", "행정안전부"]


@pytest.mark.parametrize("word, body", [
    ("진도군보건소", True), ("영암군가족센터", True), ("광주시교육청학생교육문화회관", True),
    ("진도군민", False), ("나주시장", False), ("도시재생지원센터", False), ("연구소", False),
])
def test_local_body(word, body):
    assert local_body(word) is body


def test_council_is_an_organisation_and_a_deputy_head_names_none():
    assert is_organisation("신안군의회")
    assert organisation_in("나주시장") == "나주시"
    assert organisation_in("행정부시장") is None


@pytest.mark.parametrize("word, body", [
    ("저축은행", False), ("국내은행", False), ("시중·특수은행", False), ("인터넷전문은행", False), ("고등학교", False),
    ("하나은행", True), ("광주공업고등학교", True), ("저축은행중앙회", True),
    # a province is named, not told by its ending
    ("한반도", False), ("지원제도", False), ("전라남도", True), ("전남도", True), ("제주도", True),
])
def test_a_kind_of_body_is_no_body(word, body):
    """`저축은행`, `고등학교`: what kind of bank or school, not which one; `한반도`: no province."""
    assert is_organisation(word) is body


BANNER_AND_TIMES = "\t보도자료\t\t보도시점\t2025.4.2.(수) 배포시\t배포\t2025.4.2.\n"


@pytest.mark.parametrize("title", [
    "저축은행 역할 제고방안 후속 감독규정 개정안 의결",   # a sector, not its issuer
    "자본시장 분야 주요 혁신금융서비스의 제도화를 추진합니다.",  # a market, not the mayor of 자본시
    "가상자산시장 시세조종 혐의자 검찰 고발 조치",
])
def test_no_issuer_where_the_release_names_none(title):
    """A banner with no name, a title about a sector or a market, a lead with no body as its
    subject: no issuer, rather than a wrong one (`배포시` in the time cell is no city either)."""
    text = BANNER_AND_TIMES + title + "\n□ 이번 개정으로 관련 제도가 정비된다.\n"
    assert parse(text, quotes=False, glosses=False).header.issuer is None


def test_a_city_named_with_its_mayor_is_still_a_city():
    text = BANNER_AND_TIMES + "나주시장, 혁신도시 현장 점검\n□ 나주시는 13일 현장을 점검했다.\n"
    assert parse(text, quotes=False, glosses=False).header.issuer == "나주시"


def test_public_body():
    assert is_public_body("광주광역시") and is_public_body("여수시") and is_public_body("진도군보건소")
    assert not is_public_body("록수장학회") and not is_public_body("담양장학회")


def test_a_body_chaired_by_a_minister_belongs_to_the_ministry():
    """국민연금기금운용위원회(위원장: 정은경 보건복지부장관, …): its departments are the ministry's."""
    text = ("보도자료\n2026년 제3차 국민연금기금운용위원회 개최\n"
            "  국민연금기금운용위원회(위원장: 정은경 보건복지부장관, 이하 기금위)는 4월 14일(화) 회의를 개최하였다.\n"
            "담당 부서\t연금정책관\t책임자\t과 장\t백진주\t(044-202-3600)\n"
            "\t국민연금재정과\t담당자\t사무관\t이하늘\t(044-202-3605)\n")
    record = parse(text, quotes=False, glosses=False)
    assert record.header.issuer == "국민연금기금운용위원회"
    assert {d.ministry for d in record.header.departments} == {"보건복지부"}


def test_a_town_inside_a_word_does_not_end_a_run_in_subtitle():
    """`…은 여성친화도시 조성 …`: `친화도시` ends in 시 but starts inside a word, so the lead line
    is no subtitle running into a sentence whose subject is a town."""
    record = parse((DATA / "knk_s0226.txt").read_bytes(), path="knk_s0226.txt", quotes=False, glosses=False)
    assert record.subtitles == []


def test_a_common_noun_with_an_organisation_ending_named_once_is_no_issuer():
    """`글로벌·국내 수탁은행` (custodian banks) ends as a bank's name does; named once in a
    release whose header and lead name no body, it does not become the issuer."""
    text = ("보도자료\n\n국제경제관리관, 금융기관 대상으로 투자자 설명 실시\n\n"
            "문지성 국제경제관리관은 홍콩을 방문하여 주요 글로벌 금융기관과 면담을 실시하였다.\n"
            "제도가 원활하게 작동하려면 글로벌·국내 수탁은행, 중개회사 등 시장참여자 전반의 이해가 필요하다.")
    assert parse(text, quotes=False, glosses=False).header.issuer is None


def test_logo_banner_release_takes_the_ministry_its_contacts_ranks_belong_to():
    """The banner is a logo and the text names only units (`개발협력국 다자협력인도지원과`);
    a contact ranked 외무행정관 is in the foreign service, which only 외교부 has."""
    record = parse((DATA / "gp_156755044.hwpx").read_bytes(), path="gp_156755044.hwpx", quotes=False, glosses=False)
    assert record.header.issuer == "외교부"
    assert [(d.ministry, d.name) for d in record.header.departments] == [("외교부", "개발협력국 다자협력인도지원과")]


@pytest.mark.parametrize("position, issuer", [("외무서기관", "외교부"), ("사무관", None)])
def test_rank_of_a_service_names_its_ministry_only_where_nothing_else_does(position, issuer):
    text = ("보도자료\n보도시점 2026. 4. 14.(화) 배포 즉시\n정부, 인도적 지원 제공\n"
            "우리 정부는 인도적 지원을 제공하기로 결정하였다.\n"
            f"담당 부서\t개발협력국\t책임자\t과장\t임혜림\t(02-2100-8460)\n"
            f"\t다자협력인도지원과\t담당자\t{position}\t조경은\t(02-2100-8361)\n")
    assert parse(text, quotes=False, glosses=False).header.issuer == issuer
    named = text.replace("우리 정부는", "재외동포청은")
    assert parse(named, quotes=False, glosses=False).header.issuer == "재외동포청"


def test_subject_particle_run_into_a_number_by_a_converter():
    """opendataloader's Markdown joins `…(EBS)는` and `4월` without their space; the lead's
    subject still names 행정안전부, as the release's HWPX does, not the agency opening the title."""
    name = "gp_156754137.opendataloader.md"
    assert issuer_of(name) == "행정안전부"
