"""Quotes and their speakers (issue 3): real sentences and documents from samples/."""
from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

import pytest

from conftest import sample
from pressparse import parse
from pressparse.document import Regions
from pressparse.extractors import quotes
from pressparse.extractors.quotes.speakers import looks_like_name
from pressparse.korean import speakers as sp
from pressparse.models import Quote, Release
from pressparse.options import Options
from pressparse.readers import read

# a first paragraph so that the sentences under test are body text, not a title
LEAD_IN = "보도자료 제목\n\n중소벤처기업부는 1일 서울에서 정책 간담회를 열고 업계 의견을 들었다고 밝혔다.\n\n"


def extract(text: str) -> list[Quote]:
    """The quotes the quote extractor alone finds in ``text``."""
    doc = read(text)
    record = Release(text=doc.text)
    quotes.extract(doc, record, Options(), Regions())
    return record.quotes


@lru_cache(maxsize=None)
def of_sample(name: str) -> tuple[str, tuple[Quote, ...]]:
    """The text of a sample and the quotes found in it (each sample read once)."""
    doc = read(sample(name).read_bytes())
    record = Release(text=doc.text)
    quotes.extract(doc, record, Options(), Regions())
    return doc.text, tuple(record.quotes)


def who(q: Quote) -> tuple:
    return (q.speaker.name, q.speaker.position, q.speaker.organization)


def test_speaker_before_the_quote():
    text, found = of_sample("000")
    (q,) = found
    assert who(q) == ("이영", "장관", None)
    assert q.verb == "밝혔다"
    assert q.text.startswith("민간의 성과관리기법인 핵심 임무(미션)제를 도입하고")
    assert q.text.endswith("가속화 할 수 있을 것이다")
    assert text[q.span[0]:q.span[1]] == q.text
    assert text[q.span[0] - 1] == "“" and text[q.span[1]] == "”"
    assert text[slice(*q.speaker_span)] == "이영 장관"


def test_speaker_in_the_next_paragraph():
    # “…최선을 다하겠다.” ⏎ 임채운 중소기업진흥공단 이사장은 … 이같이 말했다.
    _, found = of_sample("002")
    assert who(found[0]) == ("임채운", "이사장", "중소기업진흥공단")
    assert found[0].verb == "말했다"
    assert found[0].text.endswith("최선을 다하겠다.")  # the full stop inside the marks stays


def test_quote_continued_in_the_next_paragraph_after_a_connective():
    # 윤성열씨는 “…알게 됐다”며, ⏎ “…시간이었다”고 밝혔다.
    _, found = of_sample("001")
    assert [who(q) for q in found[:2]] == [("윤성열", "씨", None)] * 2
    assert [q.verb for q in found[:2]] == ["밝혔다", "밝혔다"]
    assert found[1].text == "직접 정책현장을 경험하고 관련 정책에 대해 제안해 볼 수 있는 뜻깊은 시간이었다"
    assert who(found[4]) == ("정선용", "정부혁신조직실장", "행정안전부")


def test_back_references_surname_pronoun_and_no_subject():
    # 임 이사장은 “…” / 또 “…” / 그는 “…”: all 임채운 of the paragraph above
    _, found = of_sample("002")
    assert len(found) == 13
    assert {q.speaker.name for q in found} == {"임채운"}
    assert [q.verb for q in found[1:5]] == ["말문을 열었다"] * 2 + ["설명했다"] * 2


def test_two_quotes_in_one_sentence_share_speaker_and_verb():
    _, found = of_sample("newsrepub_4")
    assert [who(q) for q in found] == [("고광완", "행정부시장", "광주시")] * 3 + [("이정선", "교육감", None)] * 2
    assert [q.verb for q in found] == ["밝혔다"] * 3 + ["말했다"] * 2


@pytest.mark.parametrize("name, index, speaker, verb", [
    ("newsrepub_3", 2, ("박주실", "교장", None), "강조했다"),  # 또한 “…”라고 강조했다.
    ("govpress_14", 1, ("권창준", "차관", "고용노동부"), "강조했다"),  # …밝혔다. 이어, “…”라며,
])
def test_a_quote_without_subject_continues_the_previous_speaker(name, index, speaker, verb):
    _, found = of_sample(name)
    assert who(found[index]) == speaker
    assert found[index].verb == verb


@pytest.mark.parametrize("name, speaker", [
    ("newsrepub_1", ("심재명", "자치행정과장", "전남도")),
    ("naju_1", ("김광식", "이사장", None)),  # Kiwi: 김광/NNP 식/NNB
    ("newsrepub_2", ("김승현", "안전시설실장", "기아오토랜드광주")),
    ("govpress_7", ("이정미", "문화정책관", "문체부")),
    ("rhwp_14", ("이병일", "약제관리실장", "심사평가원")),
])
def test_name_position_and_organisation(name, speaker):
    _, found = of_sample(name)
    assert who(found[0]) == speaker


def test_position_with_acting_and_glued_place():
    _, found = of_sample("newsrepub_1")
    # 정용오 전국이통장연합회 전남지부장 권한대행은 개회사에서 “…”; Kiwi reads 정/NNG 용/XSN 오/NR
    assert who(found[2]) == ("정용오", "전남지부장 권한대행", "전국이통장연합회")
    _, found = of_sample("naju_1")
    assert who(found[2]) == ("김귀남", "빛가람동장", None)


def test_unnamed_speakers():
    _, found = of_sample("hwpjs_2")  # □ 과기정통부 거대공공연구정책관은 “…”며 “…” 이라고 밝혔다.
    assert [who(q) for q in found] == [(None, "거대공공연구정책관", "과기정통부")] * 2
    _, found = of_sample("govpress_2")  # 산업통상부는 “…”이라며, “…”고 밝혔다.
    assert [who(q) for q in found] == [(None, None, "산업통상부")] * 2


def test_official_of_the_city_takes_the_city_named_in_the_text():
    found = extract(LEAD_IN + "순천시는 오는 5일 축제를 연다.\n\n"
                    "시 관계자는 “시민 모두가 즐길 수 있는 축제가 되도록 준비하겠다”.\n")
    assert [who(q) for q in found] == [(None, "관계자", "순천시")]
    assert found[0].verb is None


def test_title_alone_resolves_to_the_apposition():
    found = extract(LEAD_IN + "중소벤처기업부(장관 이영)는 지난 13일 공동연수(워크숍)을 통해 도입했다.\n\n"
                    "장관은 “국정과제의 성과를 가속화 할 수 있을 것이다”라고 밝혔다.\n")
    assert who(found[0]) == ("이영", "장관", None)


def test_speaker_after_the_quote_resolves_surname_to_full_name():
    found = extract(LEAD_IN + "“업종·사업·기관 간 벽을 허물겠다”고 임 이사장은 말했다.\n\n"
                    "임채운 중소기업진흥공단 이사장은 13일 기자간담회를 열었다.\n")
    assert who(found[0]) == ("임채운", "이사장", None)
    assert found[0].verb == "말했다"


@pytest.mark.parametrize("subject, name", [
    ("주무관 김경은", None),  # not a subject: no quote speaker from a contact line
    ("김경은 주무관은", "김경은"),  # Kiwi: 김경/NNP 은/JX
    ("김수연 과장은", "김수연"),  # Kiwi: 김/NNP 수연/NNP in some contexts
    ("이정 차관은", "이정"),  # Kiwi: 이/MM 정/NNG
    ("그녀는", None),  # a pronoun with nobody before it
])
def test_names_the_analyser_splits(subject, name):
    found = extract(LEAD_IN + f"{subject} “현장의 목소리를 듣고 제도를 고치겠다”고 말했다.\n")
    assert [q.speaker.name for q in found] == [name]


@pytest.mark.parametrize("name, term", [
    ("004", "자립준비청년 지원"),  # “자립준비청년 지원”을 시작하여
    ("govpress_11", "과기정통부"),  # (…, 이하 “과기정통부”)
    ("govpress_7", "인문을 통해 지혜를 탐구하다"),  # a slogan in a table cell
    ("newsrepub_1", "공공누리"),  # licence footer
    ("govpress_14", "교육의 기회를 널리 펼친다"),  # "…"는 건학 이념
])
def test_quoted_terms_are_not_quotes(name, term):
    _, found = of_sample(name)
    assert term not in [q.text for q in found]


def test_page_furniture_and_translations_yield_nothing():
    _, found = of_sample("002")  # 주요 뉴스: ‘닥터둠’ 루비니 경고…“부의 보존 원한다면 비트코인 피해야”
    assert not [q for q in found if "비트코인" in q.text or "가격인상" in q.text]
    _, found = of_sample("003")  # English, Japanese, Chinese and French copies of the article
    assert [(q.speaker.name, q.text[:10]) for q in found] == [("한성숙", "중기부와 공공·유관")]


def test_documents_without_quotes():
    for name in ("fss_1", "rhwp_3", "rhwp_10"):
        assert of_sample(name)[1] == ()


def test_options_turn_quotes_off():
    data = sample("000").read_bytes()
    assert parse(data, quotes=False).quotes == []
    assert len(parse(data).quotes) == 1


TERM_ONLY = LEAD_IN + (" ㅇ 이미 지난 9월 “자립준비청년 지원”을 시작하여 지역 상황에 맞는 사회공헌활동에 나서고 있으며,"
                       " 앞으로 지역기반 오프라인 행사를 적극 추진할 계획이다.\n")


@pytest.mark.parametrize("text", ["", TERM_ONLY])
def test_kiwi_is_not_built_at_import_nor_for_a_document_without_speech(text):
    code = ("import sys; from pressparse.readers import read; from pressparse.extractors import quotes; "
            "from pressparse.models import Release; from pressparse.options import Options; "
            "from pressparse.korean.kiwi import kiwi_loaded; from pressparse.document import Regions; "
            "doc = read(sys.stdin.buffer.read()); record = Release(text=doc.text); "
            "quotes.extract(doc, record, Options(), Regions()); print(kiwi_loaded(), len(record.quotes))")
    out = subprocess.run([sys.executable, "-c", code], input=text.encode(), capture_output=True, check=True)
    assert out.stdout.decode().split() == ["False", "0"]


@pytest.mark.parametrize("word, expected", [
    ("임채운", True), ("이영", True), ("남궁민수", True),
    ("문체부", False), ("전남도", False), ("성평등가족부", False), ("자치행정과장", False),
])
def test_person_name_rule(word, expected):
    assert sp.is_person_name(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("권창준", True),  # Kiwi: 권/NNP 창/NNG 준/NNG
    ("고광완", True),  # Kiwi: one unknown (oov) NNG
    ("이정", True),
    ("기업", False),  # 기업 대표는: a common noun Kiwi knows, not a name
    ("위원회", False),
    ("주민", False),
])
def test_names_kiwi_knows_as_common_nouns_are_not_names(word, expected):
    assert looks_like_name(word) is expected


def test_a_common_noun_before_the_title_is_no_name():
    found = extract(LEAD_IN + "행사에 참석한 기업 대표는 “현장의 목소리를 듣고 제도를 고치겠다”고 말했다.\n")
    assert who(found[0]) == (None, "대표", "기업")


def test_concurrent_title_and_determiner_before_an_unnamed_speaker():
    from pressparse import parse

    text = ("정부, 예산 조기 집행\n\n최상목 부총리 겸 기획재정부 장관은 이날 회의에서 “상반기에 예산의 65%를 "
            "집행하겠다”고 강조했다.\n\n한 업계 관계자는 “현장에서 체감하려면 시간이 걸릴 것”이라고 말했다.\n")
    speakers = [(q.speaker.name, q.speaker.position, q.speaker.organization) for q in parse(text, glosses=False).quotes]
    assert speakers == [("최상목", "부총리 겸 기획재정부 장관", "기획재정부"), (None, "관계자", "업계")]
