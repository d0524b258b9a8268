"""Words of the header block: labels, roles, positions, organisation names.

Labels are compared with all white space removed, because justified spacing
(`보 도 일 시`, `담 당 자`) is common in converted HWP text.
"""
from __future__ import annotations

import re

#: labels of the release (embargo) time cell
RELEASE_LABELS = frozenset({"보도일시", "보도시점", "보도", "보도일", "보도시간", "엠바고", "보도가능일시"})
#: labels of the distribution time cell
DISTRIBUTION_LABELS = frozenset({"배포일시", "배포시점", "배포", "배포일", "배포시간", "배포일자"})
#: the labels of both time cells
TIME_LABELS = RELEASE_LABELS | DISTRIBUTION_LABELS
#: a title's label before it on its line: bracketed (`[제목] …`, `<제 목> …`), with a colon
#: (`제목: …`, `보도 제목 : …`) or as the cell before it (`제 목⇥…`)
TITLE_LABEL = re.compile(r"[\[<【(〔] *+(?:보도 *+)?제 *+목 *+[\]>】)〕][ \t]*+(?:[:：][ \t]*+)?"
                         r"|(?:보도 *+)?제 *+목 *+(?:[:：]|\t)[ \t]*+")
#: labels that open a department entry (the first column of the contact table)
DEPARTMENT_LABELS = frozenset({"담당부서", "등록부서", "작성부서", "담당부처", "배포부서", "자료문의", "문의처", "문의", "담당", "주관부서", "보도자료제공"})
#: a board's field naming the body that posted the release
ISSUER_LABELS = ("기관명", "작성기관", "등록기관", "게시기관")
#: a `label: value` field on a line of its own (`- 부처: 행정안전부`, `게시 시각: …`): no sentence
FIELD_LINE = re.compile(r"^[^\w]{0,3}+[가-힣A-Za-z][가-힣A-Za-z ]{0,14}+[:：]\s")
#: a bracketed tag that groups the departments of a joint release, never part of a name:
#: `<총괄>`, `(공동)`, `【주관】` (two letters or more: `(주)`, `(재)` belong to the name after them)
GROUP_TAG = re.compile(r"^[<(〈\[［【]\s*+[가-힣]{2,4}\s*+[>)〉\]］】]")
#: role cells: who is responsible (책임자) and who handles the release (담당자)
ROLE_WORDS = {"책임자": "책임자", "담당자": "담당자", "실무자": "담당자", "실무담당": "담당자", "문의": None}
#: `담당과장`, `담당팀장` …: the responsible official, with the position after 담당
ROLE_WITH_POSITION = re.compile(r"^담당(?P<position>[가-힣]{0,4}(?:장|관))$")

#: positions of officials, longest first so that 선임조사역 wins over 조사역
POSITIONS = tuple(sorted({
    "장관", "차관", "실장", "국장", "과장", "팀장", "부장", "차장", "본부장", "센터장", "파트장", "단장", "반장",
    "소장", "원장", "처장", "관장", "계장", "동장", "면장", "읍장", "지부장", "부서장", "부팀장", "부원장",
    "사무관", "서기관", "주무관", "행정관", "연구관", "연구사", "연구원", "선임연구원", "책임연구원", "수석연구원",
    "주임연구원", "전임연구원", "연구위원", "선임연구위원", "전문위원", "전문관", "전문경력관", "실무관",
    "기술서기관", "행정사무관", "공업사무관", "시설사무관", "보건사무관", "농업사무관", "기술사무관",
    "담당관", "정책관", "기획관", "심의관", "보좌관", "비서관", "대변인", "조정관", "과장대리", "주무",
    "주임", "대리", "사원", "선임", "수석", "책임", "조사역", "선임조사역", "수석조사역", "검사역", "수석검사역",
    "선임검사역", "팀원", "매니저", "위원", "간사", "교수", "계장", "주사", "주사보", "서기", "교육연구사", "장학사",
    "장학관", "경감", "경정", "경위", "총경", "행정주사", "행정주사보", "행정서기", "팀리더", "PM",
}, key=len, reverse=True))
POSITION_SET = frozenset(POSITIONS)
#: a unit name fused with its head's title: 예산총괄과장 = 예산총괄과 + 과장
UNIT_HEAD = re.compile(r"^(?P<unit>[가-힣0-9·]+?(?P<kind>과|팀|국|실|부|동|면|읍|센터|본부|단|소|반|계|원|처))장$")

#: services whose ranks only one ministry's officials hold (외무공무원법: 외무서기관, 외무행정관,
#: 외무영사 …; the 기상 series of 기상청): a contact ranked so works in that ministry
SERVICE_RANKS = {"외무": "외교부", "기상": "기상청"}
#: the central ministries and agencies (정부조직법), so `행정안전부 혁신기획과` splits into ministry and unit
MINISTRIES = frozenset({
    "기획재정부", "재정경제부", "기획예산처", "교육부", "과학기술정보통신부", "외교부", "통일부", "법무부", "국방부",
    "행정안전부", "국가보훈부", "문화체육관광부", "농림축산식품부", "산업통상자원부", "산업통상부", "보건복지부",
    "환경부", "기후에너지환경부", "고용노동부", "여성가족부", "성평등가족부", "국토교통부", "해양수산부",
    "중소벤처기업부", "인사혁신처", "법제처", "식품의약품안전처", "국가보훈처", "국무조정실", "국무총리비서실",
    "대통령비서실", "국가안보실", "금융위원회", "공정거래위원회", "국민권익위원회", "원자력안전위원회",
    "개인정보보호위원회", "방송통신위원회", "방송미디어통신위원회", "국가인권위원회", "감사원", "국가정보원",
})
#: endings of organisation names (agencies, public bodies, local governments); units end otherwise
#: (a province is named, not told by its ending: 한반도, 지원제도 end as 전라남도 does)
ORGANISATION_ENDINGS = re.compile(
    r"(?:청|위원회|공단|공사|진흥원|평가원|교육원|감독원|연구원|개발원|정보원|진흥회|협회|재단|은행|기금|보험공단|"
    r"교육청|광역시|특별시|특별자치시|특별자치도|[가-힣]{1,3}시|[가-힣]{1,3}군|학교|대학교|"
    r"(?:연구|교육|개발|감독|평가|정보|문화|연수|관리|심사|과학|수련|복지|의료|금감|국정|감사)원)$"
)
#: endings that mark a unit inside an organisation, never the organisation itself
UNIT_ENDINGS = re.compile(r"(?:과|팀|국|실|관|단|본부|센터|반|계|처|부|파트|담당|지원단|사업단|추진단)$")
#: endings of an upper unit (a 국 or 실 and their heads' offices) and of a unit under one (과, 팀):
#: `기업집단감시국` over `기업집단관리과` in one department cell spread over rows
UPPER_UNIT = re.compile(r"(?:실|국|본부|정책관|기획관|심의관|조정관|협력관)$")
LOWER_UNIT = re.compile(r"(?:과|팀|담당관)$")
#: unit endings that also name the unit's head (정책기획관, 홍보담당): beside a name, a position
HEAD_AND_UNIT = ("관", "담당")
#: head titles that introduce an organisation's head in `기관(장관 이름)` at its first mention
HEAD_TITLES = (
    "부총리", "장관", "차관", "처장", "청장", "원장", "위원장", "사장", "이사장", "회장", "시장", "도지사", "지사",
    "군수", "구청장", "교육감", "총장", "교장", "본부장", "대표", "동장", "면장", "읍장", "단장", "관장", "센터장", "소장",
)

#: media scopes named in the release time cell, by their normalised spelling
MEDIA_SCOPES = ("전매체", "온라인", "인터넷", "지면", "방송", "통신", "방송·통신", "모바일")
#: conditions instead of (or on top of) a clock time: 배포 즉시, 국무회의 개회 시, 이후
RELEASE_CONDITION = re.compile(
    r"배\s*포\s*(?:즉\s*시|시\s*점|\s*시)|즉\s*시|바로\s*보도|"
    r"[가-힣]{2,10}\s*(?:개회|종료|시작|개최|발표|브리핑|회의)\s*(?:시|후|직후|이후)|이\s*후"
)
#: conditions that tie the release to the distribution time
ON_DISTRIBUTION = re.compile(r"배\s*포|즉\s*시|바로")

#: labels of the metadata fields an archive writes above a release (`- 부처: 고용노동부`,
#: `- 게시 시각: 04/10/2026 22:43:22`) and front-matter keys (the korea.kr API's MinisterCode,
#: ApproveDate, Title …), by what they give: the issuing organisation, the posting time, the title
#: (compared lower-cased, with white space, `_` and `-` removed)
METADATA_LABELS = {
    "부처": "issuer", "부처명": "issuer", "기관": "issuer", "기관명": "issuer", "발행기관": "issuer",
    "ministry": "issuer", "ministercode": "issuer", "ministername": "issuer", "organization": "issuer",
    "organisation": "issuer", "agency": "issuer", "issuer": "issuer",
    "게시시각": "posted", "게시일": "posted", "게시일시": "posted", "등록일": "posted", "등록일시": "posted",
    "승인일": "posted", "승인일시": "posted", "작성일": "posted",
    "approvedate": "posted", "date": "posted", "published": "posted", "posted": "posted",
    "제목": "title", "title": "title",
}
