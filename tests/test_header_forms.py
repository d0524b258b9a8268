"""Header layouts that converted releases come in, each as a short real-shaped document."""
from __future__ import annotations

import pytest

import pressparse

BODY = "\n\n정부, 새 정책 발표\n\n□ 행정안전부(장관 이상민)는 30일 새 정책을 발표했다.\n"


def header_of(text: str):
    return pressparse.parse(text + BODY, quotes=False, glosses=False).header


def contacts(header):
    return [(c.role, c.position, c.name, c.phone) for d in header.departments for c in d.contacts]


def test_two_line_release_cell_gives_the_online_instant_and_both_scopes():
    h = header_of("보도 일시\t(온라인) 2025. 12. 2.(화) 16:00\t배포 일시\t2025. 12. 2.(화) 10:00\n"
                  "\t(지 면) 2025. 12. 3.(수) 조간\t\t")
    assert h.release_time == "2025-12-02T16:00:00+09:00"
    assert h.media == ["온라인", "지면"]
    assert h.release_edition == "조간"
    assert h.distribution_time == "2025-12-02T10:00:00+09:00"


def test_colon_form_on_one_line():
    h = header_of("보도시점 : 배포 즉시 보도 가능 / 배포 : 2024. 5. 20.(월)")
    assert (h.release_time, h.release_condition, h.distribution_time) == ("2024-05-20", "배포 즉시", "2024-05-20")


def test_release_cell_value_on_the_next_line():
    h = header_of("보도일시\n2024. 5. 14.(화) 12:00\n배포일시\n2024. 5. 13.(월) 09:00")
    assert h.release_time == "2024-05-14T12:00:00+09:00"
    assert h.distribution_time == "2024-05-13T09:00:00+09:00"


def test_korean_date_with_edition_and_no_clock_time():
    h = header_of("보도일시\t2024년 5월 14일(화) 조간\t배포일시\t2024년 5월 13일(월) 14:00")
    assert (h.release_time, h.release_edition) == ("2024-05-14", "조간")


def test_cells_that_stand_on_the_next_line():
    h = header_of("담당 부서\t기획조정실 혁신행정담당관\t책임자\t과 장\n이하녕 (044-204-7340)\n"
                  "\t\t담당자\t사무관\t류지혜 044-204-7344")
    assert contacts(h) == [("책임자", "과장", "이하녕", "044-204-7340"), ("담당자", "사무관", "류지혜", "044-204-7344")]
    assert h.departments[0].name == "기획조정실 혁신행정담당관"


def test_rowspanned_department_and_continuation_rows_without_role():
    h = header_of("담당 부서\t참여혁신국\t책임자\t과 장\t홍 길 동\t(044-205-1111)\n"
                  "혁신기획과\t담당자\t사무관\t김철수\t044) 205-2222\n"
                  "주무관\t박영희\t044-205-2223")
    dep = h.departments[0]
    assert (dep.ministry, dep.name) == ("행정안전부", "참여혁신국 혁신기획과")
    assert contacts(h) == [("책임자", "과장", "홍길동", "044-205-1111"), ("담당자", "사무관", "김철수", "044 205-2222"),
                           ("담당자", "주무관", "박영희", "044-205-2223")]
    assert [c.phone_e164 for c in dep.contacts] == ["+82442051111", "+82442052222", "+82442052223"]


def test_joint_release_with_two_ministries():
    h = header_of("담당 부서\t중소벤처기업부 혁신행정담당관\t책임자\t과장\t이하녕\t044-204-7340\n"
                  "\t행정안전부 혁신기획과\t책임자\t과장\t고은영\t044-205-2201\n"
                  "\t\t담당자\t사무관\t김수연\t044-205-2212")
    assert [(d.ministry, d.name, len(d.contacts)) for d in h.departments] == [
        ("중소벤처기업부", "혁신행정담당관", 1), ("행정안전부", "혁신기획과", 2)]


def test_markdown_rule_lines_and_dash_cells_are_ignored():
    h = header_of("보도 일시\t2022. 11. 30.(수) 15:00\t배포 일시\t-\n-------\t-----\t---\n"
                  "담당 부서\t혁신행정담당관\t책임자\t과장\t이하녕\t-\n\t\t담당자\t사무관\t류지혜\t(044-204-7344)")
    assert h.distribution_time is None
    assert contacts(h) == [("책임자", "과장", "이하녕", None), ("담당자", "사무관", "류지혜", "044-204-7344")]


def test_local_government_bracket_line():
    h = header_of("【자치행정과장 심재명 286-3510, 행정팀장 김경탁 286-3520】")
    dep = h.departments[0]
    assert (dep.name, dep.ministry) == ("자치행정과", "행정안전부")
    assert contacts(h) == [(None, "과장", "심재명", "286-3510"), (None, "팀장", "김경탁", "286-3520")]
    assert dep.contacts[0].phone_e164 is None  # no area code: not guessed


def test_local_government_parenthesised_line_without_every_phone():
    h = header_of("(유달동장 김일섭, 맞춤형복지팀장 이명희 270-4730)")
    assert h.departments[0].name == "유달동"
    assert contacts(h) == [(None, "동장", "김일섭", None), (None, "팀장", "이명희", "270-4730")]


def test_provider_line_of_a_local_release():
    h = header_of("보도자료 제공 : 사회복지과(061-749-6285)")
    assert [(d.name, d.phone, d.contacts) for d in h.departments] == [("사회복지과", "061-749-6285", [])]


def test_header_block_at_the_end_of_the_body():
    text = ("정부, 새 정책 발표\n- 부제 하나 -\n□ 행정안전부(장관 이상민)는 30일 새 정책을 발표했다.\n"
            "담당 부서\t혁신기획과\t책임자\t과장\t고은영\t(044-205-2201)\n")
    record = pressparse.parse(text, quotes=False, glosses=False)
    assert record.title == "정부, 새 정책 발표" and record.subtitles == ["부제 하나"]
    assert contacts(record.header) == [("책임자", "과장", "고은영", "044-205-2201")]
    assert all("담당 부서" not in n.text for n in record.body)


def test_event_condition_keeps_the_date_without_inventing_a_clock_time():
    h = header_of("보도일시\t2020. 9. 1.(화) 국무회의 종료 시\t배포일시\t2020. 8. 31.(월) 15:00")
    assert (h.release_time, h.release_condition) == ("2020-09-01", "국무회의 종료 시")


def test_release_right_away_takes_the_distribution_time():
    h = header_of("보도일시\t바로 보도하여 주시기 바랍니다\t배포일시\t2024. 3. 4.(월) 10:30")
    assert (h.release_time, h.release_condition) == ("2024-03-04T10:30:00+09:00", "바로 보도")


def test_after_a_time_condition():
    h = header_of("보도일시\t2024. 5. 14.(화) 14:00 이후\t배포일시\t2024. 5. 14.(화) 09:00")
    assert (h.release_time, h.release_condition) == ("2024-05-14T14:00:00+09:00", "이후")


# HWP preview texts of 금융감독원 releases (public scraper records), as converters leave them
PREVIEW_BODY_AFTER_CELLS = ("<><보 도 자 료><> <> <보도><2025.12.5.(금) 14:30><배포><2025.12.5.(금)> <> <담당부서><기획조정국 "
                            "조직문화혁신팀><책임자><팀 장><김 흠><(02-3145-5890)><담당자><조사역><최희영><(02-3145-5894)> <> "
                            "<금융감독원, 금융권 합동‘사랑의 온기 나눔’활동 실시> □ 금융감독원은 12월 5일(")
PREVIEW_FLATTENED = ("보 도 자 료 보도 2025.12.5.(금) 조간 배포 2025.12.4.(목) 담당부서 기업공시국 기업공시총괄팀 책임자 국 장 "
                     "조치형 (02-3145-8100) 담당자 팀 장 선 임 이윤길 신다혜 (02-3145-8475) (02-3145-8476) 상장사의 배당 관련 "
                     "사업보고서 공시사항 점검결과 및 기업공시서식 개정 안내 < 주요 내용 > □ 금융감독원")
PREVIEW_ACTING_AND_TRUNCATED = ("<><보 도 자 료><> <> <보도><2025.11.24.(월) 석간><배포><2025.11.21.(금)> <> <담당부서><금융감독원 "
                                "국제업무국(금융중심지지원센터)><책임자><국장(代)><박은혜><(02-3145-7892)><담당자><팀 장><전혜영>"
                                "<(02-3145-7915)><한국금융소비자보호재단 ><담당자><책임연구원><이범용><(02-761-92")
PREVIEW_SEVERAL_UNITS = ("<국회의원 유영하 국회의원 한창민 국회의원 허 영><보 도 자 료><> <> <보도><2025.11.27.(목) 14:30><배포>"
                         "<2025.11.27.(목)> <> <담당부서><국회의원 유영하 의원실><국회의원 한창민 의원실><국회의원 허 영 의원실>"
                         "<민생침해대응총괄국 민생침해대응총괄팀><책임자><팀 장><윤동진><(02-3145-8272)><담당자><선")


def test_preview_body_after_the_last_cell_is_not_part_of_the_title():
    record = pressparse.parse(PREVIEW_BODY_AFTER_CELLS, quotes=False, glosses=False)
    assert record.title == "금융감독원, 금융권 합동‘사랑의 온기 나눔’활동 실시"
    assert record.header.release_time == "2025-12-05T14:30:00+09:00"
    assert contacts(record.header) == [("책임자", "팀장", "김흠", "02-3145-5890"), ("담당자", "조사역", "최희영", "02-3145-5894")]


def test_flattened_preview_is_cut_back_into_rows():
    record = pressparse.parse(PREVIEW_FLATTENED, quotes=False, glosses=False)
    assert (record.header.release_time, record.header.release_edition) == ("2025-12-05", "조간")
    assert record.header.distribution_time == "2025-12-04"
    assert record.header.departments[0].name == "기업공시국 기업공시총괄팀"
    # positions and names written column by column pair up in order
    assert contacts(record.header) == [("책임자", "국장", "조치형", "02-3145-8100"), ("담당자", "팀장", "이윤길", "02-3145-8475"),
                                       ("담당자", "선임", "신다혜", "02-3145-8476")]
    assert record.title == "상장사의 배당 관련 사업보고서 공시사항 점검결과 및 기업공시서식 개정 안내"


def test_acting_position_truncated_number_and_a_second_organisation():
    h = pressparse.parse(PREVIEW_ACTING_AND_TRUNCATED, quotes=False, glosses=False).header
    assert [(d.ministry, d.name) for d in h.departments] == [("금융감독원", "국제업무국(금융중심지지원센터)"),
                                                              ("한국금융소비자보호재단", None)]
    assert contacts(h) == [("책임자", "국장(代)", "박은혜", "02-3145-7892"), ("담당자", "팀장", "전혜영", "02-3145-7915"),
                           ("담당자", "책임연구원", "이범용", "02-761-92")]


def test_several_unit_cells_in_one_row_are_several_departments():
    h = pressparse.parse(PREVIEW_SEVERAL_UNITS, quotes=False, glosses=False).header
    assert [d.name for d in h.departments] == ["국회의원 유영하 의원실", "국회의원 한창민 의원실", "국회의원 허영 의원실",
                                               "민생침해대응총괄국 민생침해대응총괄팀"]
    assert contacts(h) == [("책임자", "팀장", "윤동진", "02-3145-8272")]


def test_picture_placeholders_are_dropped():
    text = ("보 도 자 료 그림입니다. 원본 그림의 이름: 한공회 CI.png 원본 그림의 크기: 가로 1305pixel, 세로 615pixel 보도 "
            "2025.12.4.(목) 석간 배포 2025.12.3.(수) 담당부서 금융감독원 회계감리1국 책임자 국 장 유형주 (02-3145-7700) 담당자 "
            "팀 장 손기숙 (02-3145-7702) 한국공인회계사회 감사인증기준본부")
    record = pressparse.parse(text, quotes=False, glosses=False)
    assert "그림입니다" not in record.text and record.title is None
    assert [(d.ministry, d.name) for d in record.header.departments] == [("금융감독원", "회계감리1국"),
                                                                          ("한국공인회계사회", "감사인증기준본부")]


# Board records of 나주시 (public scraper records): the lead line runs into the lead sentence
NAJU_PLACE_LEAD = ("나주시 금천면지사협, 취약계층에 방한용품 지원\n에너지 취약계층 13가구에 200만 원 상당 전기매트 등 전달 "
                   "나주시 금천면지역사회보장협의체는 지난 2일 본격적인 겨울철을 앞두고 에너지 취약계층 13가구를 대상으로 "
                   "200만 원 상당의 ‘따뜻한 겨울나기 방한용품 지원 사업’을 추진했다고 밝혔다. 김두성 민간위원장은 "
                   "\\\"겨울철을 맞아 도움이 필요한 이웃들에게 조금이나마 따뜻한 겨울을 보내는 데 보탬이 되었으면 좋겠다\\\"며 "
                   "\\\"앞으로도 지역의 어려운 이웃들에게 힘이 되는 서비스를 제공하기 위해 더욱 노력하겠다\\\"고 말했다.")
NAJU_HEAD_ASIDE = ("나주시 공산면지사협, ‘사랑으로 버무린 김장 나눔' 봉사\n민관이 함께 협력해 취약계층 60가구에 겨울철 김장 김치 "
                   "전달 전라남도 나주시 공산면지역사회보장협의체(공동위원장 오길성‧나권승, 이하 공산면지사협)는 지난 3일 저소득 "
                   "노인가구 및 복지 사각지대 등 취약계층 60가구에 직접 담근 김장 김치를 전달했다고 밝혔다.")
NAJU_PROVINCE_SHORT = ("나주시 이창동 9개 업체, 취약계층 돕기 성금 기탁\n상반기 350만 원에 이어 730만 원 기탁…올해 총 1080만 원 "
                       "후원 전남 나주시 이창동행정복지센터(동장 김경선)는 지난 4일 관내 업체 등 9곳에서 상반기 350만 원 후원에 "
                       "이어 730만 원을 성금을 기탁해 올해 총 1080만 원을 후원했다고 밝혔다.")


def test_run_in_lead_lines_give_their_subtitle():
    subtitles = [pressparse.parse(t, quotes=False, glosses=False).subtitles
                 for t in (NAJU_PLACE_LEAD, NAJU_HEAD_ASIDE, NAJU_PROVINCE_SHORT)]
    assert subtitles == [["에너지 취약계층 13가구에 200만 원 상당 전기매트 등 전달"],
                         ["민관이 함께 협력해 취약계층 60가구에 겨울철 김장 김치 전달"],
                         ["상반기 350만 원에 이어 730만 원 기탁…올해 총 1080만 원 후원"]]


def test_scraper_escaped_quotes_are_quotes_again():
    record = pressparse.parse(NAJU_PLACE_LEAD, glosses=False)
    assert "\\\\" not in record.text
    assert [(q.speaker.name, q.verb) for q in record.quotes] == [("김두성", "말했다"), ("김두성", "말했다")]
    assert record.quotes[0].text.endswith("보탬이 되었으면 좋겠다")
    assert record.quotes[1].text.endswith("더욱 노력하겠다")


def test_repost_image_credit_is_not_part_of_the_title_and_a_wrapped_lead_is_no_subtitle():
    text = ("순천시, 2025년 청년도전지원사업 평가 '최우수 지자체 ' 선정 관련 이미지 © 코리아NEWS\n\n"
            "순천시는 고용노동부가 주관한 '2025년 청년도전지원사업 성과평가'\n에서 최우수 지자체로 선정되는 성과를 거뒀다고 "
            "17일 밝혔다.\n\n보도자료 제공 : 청년정책과(061-749-5749)\n")
    record = pressparse.parse(text, quotes=False, glosses=False)
    assert record.title == "순천시, 2025년 청년도전지원사업 평가 '최우수 지자체 ' 선정"
    assert record.subtitles == []
    assert [(d.ministry, d.name, d.phone) for d in record.header.departments] == [("순천시", "청년정책과", "061-749-5749")]


def test_markdown_pipe_rows_are_table_rows():
    h = header_of("| 보도 일시 | <전매체> 2023. 1. 30.(월) 10:00 | 배포 일시 | - |\n|---|---|---|---|\n"
                  "| 담당 부서 | 기획혁신담당관 | 책임자 | 과장 황영호 (044-204-7320) |\n"
                  "| | | 담당자 | 사무관 정세환 (044-204-7348) |")
    assert (h.release_time, h.media, h.distribution_time) == ("2023-01-30T10:00:00+09:00", ["전매체"], None)
    assert contacts(h) == [("책임자", "과장", "황영호", "044-204-7320"), ("담당자", "사무관", "정세환", "044-204-7348")]


def test_online_clock_time_without_its_own_date_takes_the_cell_date():
    h = header_of("보도일시\t2024. 5. 14.(화) 석간(온라인 12:00)")
    assert (h.release_time, h.release_edition) == ("2024-05-14T12:00:00+09:00", "석간")


def test_bracketed_labels_in_a_plain_line():
    h = header_of("[보도일시] 2024. 5. 14.(화) 12:00 [배포일시] 2024. 5. 13.(월) 15:00")
    assert (h.release_time, h.distribution_time) == ("2024-05-14T12:00:00+09:00", "2024-05-13T15:00:00+09:00")
    h = header_of("【보도일시】 2024. 5. 14.(화) 조간 【배포일시】 2024. 5. 13.(월)")
    assert (h.release_time, h.release_edition, h.distribution_time) == ("2024-05-14", "조간", "2024-05-13")


def test_position_and_name_in_one_cell_with_the_number_in_the_next():
    h = header_of("담당 부서\t국토교통부 도로정책과\t책임자\t과장 홍길동\t044-201-1234\n"
                  "\t\t담당자\t김철수 사무관\t044-201-1235, kim@korea.kr")
    assert [(c.role, c.position, c.name, c.phone, c.email) for c in h.departments[0].contacts] == [
        ("책임자", "과장", "홍길동", "044-201-1234", None), ("담당자", "사무관", "김철수", "044-201-1235", "kim@korea.kr")]


def test_colon_labels_for_departments_and_roles_in_one_line():
    h = header_of("담당부서: 도로정책과 / 책임자: 과장 홍길동 (044-201-1234) / 담당자: 사무관 김철수 (044-201-1235)")
    assert h.departments[0].name == "도로정책과"
    assert contacts(h) == [("책임자", "과장", "홍길동", "044-201-1234"), ("담당자", "사무관", "김철수", "044-201-1235")]


HEADER_ROWS = "보도일시\t2024. 5. 14.(화) 12:00\t배포일시\t2024. 5. 13.(월) 09:00\n"


def test_inline_banner_is_not_part_of_the_title():
    record = pressparse.parse(HEADER_ROWS + "[보도자료] 정부, 새 정책 발표\n- 부제 하나\n□ 정부는 새 정책을 발표했다.",
                              quotes=False, glosses=False)
    assert (record.title, record.subtitles) == ("정부, 새 정책 발표", ["부제 하나"])
    assert record.text[slice(*record.title_span)] == "정부, 새 정책 발표"


def test_title_over_two_lines_before_its_dash_subtitles():
    record = pressparse.parse(HEADER_ROWS + "일가정양립, 산업단지로 확산\n노동부 ‘산단 행복일터 프로젝트’ 본격 추진\n"
                              "- 올해 4개 산단 중심 중소기업 지원\n□ 정부는 새 정책을 발표했다.", quotes=False, glosses=False)
    assert record.title == "일가정양립, 산업단지로 확산 노동부 ‘산단 행복일터 프로젝트’ 본격 추진"
    assert record.subtitles == ["올해 4개 산단 중심 중소기업 지원"]


@pytest.mark.parametrize("opening", [
    "제목: 청년 주거 지원 확대 시행",
    "제 목 : 청년 주거 지원 확대 시행",
    "[제목] 청년 주거 지원 확대 시행",
    "<보도 제목> 청년 주거 지원 확대 시행",
    "제 목\t청년 주거 지원 확대 시행",  # a header table's row: the label's cell, then the title's
])
def test_a_labelled_title_is_read_without_its_label(opening):
    text = f"보도자료\n보도일시\t2024. 5. 1.(수) 12:00\n담당부서\t주택정책과\n{opening}\n\n□ 국토부는 1일 청년 주거 지원을 확대한다고 밝혔다."
    record = pressparse.parse(text)
    assert record.title == "청년 주거 지원 확대 시행"
    assert text[slice(*record.title_span)] == record.title


def test_a_word_that_begins_with_the_label_is_no_label():
    record = pressparse.parse("보도자료\n\n제목소리 높인 청년 정책 토론회 개최\n\n□ 본문이다.")
    assert record.title == "제목소리 높인 청년 정책 토론회 개최"
