"""Speakers whose position no list knows: a noun is a position because of where it stands.

The sentences are from silver releases (local-government and education-office boards).
"""
from __future__ import annotations

import pytest

from pressparse import parse


@pytest.mark.parametrize("sentence, speaker", [
    ("박대업 국악인은 수상 소감을 통해 “정말 기쁘다”라며 웃었다.", (None, "국악인", "박대업")),
    ("연수에 참여한 한 교사는 “새롭게 적용된다”며 말했다.", (None, "교사", None)),
    ("상무고등학교 강형준 학생(2학년)은 “배울 수 있었다”고 소감을 밝혔다.", ("상무고등학교", "학생", "강형준")),
    ("광주동부교육지원청 이명숙 교육장은 “참여가 필요하다”며 말했다.", ("광주동부교육지원청", "교육장", "이명숙")),
    ("후원에 참여한 교회 관계자들은 “온기를 전하고 싶었다”며 전했다.", ("교회", "관계자", None)),
    ("화양중 박도현 학생도 “좋았다”고 말했다.", ("화양중", "학생", "박도현")),
])
def test_speaker_by_place(sentence, speaker):
    quotes = parse("행사 성황리에 마무리\n\n" + sentence).quotes
    assert [(q.speaker.organization, q.speaker.position, q.speaker.name) for q in quotes] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    # a head's title fused with the body it heads is the two, as the record writes them
    ("윤병태 나주시장은 “시민과 함께하겠다”고 말했다.", ("나주시", "시장", "윤병태")),
    ("정철원 담양군수는 “최선을 다하겠다”며 밝혔다.", ("담양군", "군수", "정철원")),
    ("이명구 관세청장은 “지원하겠다”고 강조했다.", ("관세청", "청장", "이명구")),
    ("정은경 보건복지부장관은 “노력하겠다”고 말했다.", ("보건복지부", "장관", "정은경")),
    # a deputy's title is no head's fused with a body (`행정부시장` ≠ 행정부시 + 시장)
    ("고광완 광주시 행정부시장은 “함께하겠다”고 말했다.", ("광주시", "행정부시장", "고광완")),
])
def test_a_title_fused_with_its_body_is_split(sentence, speaker):
    quotes = parse("행사 성황리에 마무리\n\n" + sentence).quotes
    assert [(q.speaker.organization, q.speaker.position, q.speaker.name) for q in quotes] == [speaker]


def test_a_word_before_a_name_is_no_role():
    """`김민수는` alone (a name with its particle) names no position."""
    quotes = parse("행사 성황리에 마무리\n\n올해 행사에서 김민수는 “좋았다”고 말했다.").quotes
    assert all(q.speaker.position is None for q in quotes)


@pytest.mark.parametrize("broken, joined", [
    ("정책지원\n의 효과가 크다", "정책지원의 효과가 크다"),
    ("현\n장의 목소리가 크다", "현장의 목소리가 크다"),
    ("정책을\n적극 추진하겠다", "정책을 적극 추진하겠다"),
])
def test_a_word_split_by_a_line_break_is_joined_in_the_quote(broken, joined):
    text = ("행사 성황리에 마무리\n\n시는 지난 5일 시청에서 정책 설명회를 열고 지역 주민들의 의견을 들었다고 밝혔다.\n"
            f"박영희 과장은 “{broken}”고 말했다.")
    assert [q.text for q in parse(text).quotes] == [joined]


@pytest.mark.parametrize("phrase, speaker", [
    ("존 스미스 대표는", (None, "대표", "존 스미스")),
    ("마이클 존슨 대사는", (None, "대사", "마이클 존슨")),
    ("글로벌 데이터 대표는", ("글로벌 데이터", "대표", None)),  # loanwords of a company's name, no person
])
def test_foreign_names_in_hangul(phrase, speaker):
    text = ("행사 성황리에 마무리\n\n시는 지난 5일 시청에서 정책 설명회를 열고 지역 주민들의 의견을 들었다고 밝혔다.\n"
            f"{phrase} “협력을 강화하겠다”고 강조했다.")
    assert [(q.speaker.organization, q.speaker.position, q.speaker.name) for q in parse(text).quotes] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    # the bracket names the person after the organisation or the position (silver boards, police)
    ("장흥종합사회복지관(관장 양은희)은 “의미가 크다”라며 밝혔다.", ("장흥종합사회복지관", "관장", "양은희")),
    ("경찰청 생활안전교통국장(직무대리 이서영)은 “관리해 나가겠다.”라고 밝혔다.",
     ("경찰청", "생활안전교통국장 직무대리", "이서영")),
    # several people in the bracket: the group speaks
    ("부산면 남·여 새마을회(회장 김원린, 부녀회장 권성순)는 “감사드린다”라며 전했다.",
     ("부산면 남·여 새마을회", None, None)),
    # a group of people as the subject
    ("참석자들은 “협업 아이디어를 얻는 계기가 됐다”고 말했다.", (None, "참석자", None)),
])
def test_speaker_with_a_bracket_or_a_group(sentence, speaker):
    quotes = parse("행사 성황리에 마무리\n\n" + sentence).quotes
    assert [(q.speaker.organization, q.speaker.position, q.speaker.name) for q in quotes] == [speaker]


def test_a_closing_mark_typed_as_an_opening_one_still_closes_the_quote():
    """`“…지원하겠다“라고`: the second quote of the sentence is read, and the verb is the sentence's."""
    text = ("행사 성황리에 마무리\n\n김영수 관장은 “의미가 크다”라며, “앞으로도 적극 지원하겠다“라고 밝혔다.")
    quotes = parse(text).quotes
    assert [q.text for q in quotes] == ["의미가 크다", "앞으로도 적극 지원하겠다"]
    assert {q.verb for q in quotes} == {"밝혔다"}


def test_a_local_government_by_kind_is_the_one_the_text_names():
    """`군 관계자는`: the county the release names (`보성군과 …`, `보성군-…`), whatever follows its name."""
    text = ("보성군-보성교육지원청, 교육행정협의회 개최\n\n"
            "보성군과 보성교육지원청은 지난 18일 협력 방안을 논의했다.\n"
            "군 관계자는 “교육 생태계 조성에 최선을 다하겠다”고 말했다.")
    assert [q.speaker.organization for q in parse(text).quotes] == ["보성군"]


@pytest.mark.parametrize("text, organization", [
    # a county Kiwi knows by its stem alone (완도 + 군), not as one word
    ("완도군 공익직불금 지급\n\n완도군은 지난 18일 직불금을 지급했다.\n"
     "군 관계자는 “도움이 되길 바란다”고 말했다.", "완도군"),
    ("곡성군 수상\n\n곡성군 문화예술의 우수성을 알렸다.\n군 관계자는 “뜻깊은 성과”라고 밝혔다.", "곡성군"),
    ("전라남도 행사\n\n전라남도는 만족도가 올랐다.\n도 관계자는 “성과가 컸다”고 밝혔다.", "전라남도"),
    # a word ending in the kind is no place (만족도 is no province)
    ("만족도 조사 결과\n\n주민 만족도가 크게 올랐다.\n도 관계자는 “성과가 컸다”고 밝혔다.", "도"),
])
def test_the_kind_alone_resolves_to_a_place_named(text, organization):
    assert [q.speaker.organization for q in parse(text).quotes] == [organization]


def test_a_title_takes_the_nearest_name_before_it():
    """`… 전달될 김광식 나주이화신협 이사장(…)`: the back-reference `이사장은` resolves to the
    name nearest the title, not to a word further left."""
    text = ("나주이화신협, 이웃돕기 성금 기탁\n\n"
            "성금은 지역 아동에게 전달될 김광식 나주이화신협 이사장(오른쪽)의 뜻에 따라 마련됐다.\n"
            "이사장은 “작은 정성이 도움이 되길 바란다”고 말했다.")
    assert [(q.speaker.name, q.speaker.position) for q in parse(text).quotes] == [("김광식", "이사장")]
