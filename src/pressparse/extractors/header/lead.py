"""The lead sentence of a release and the organisation its subject names (`전라남도는 …`,
`전남 곡성군은`, `김정관 산업통상부 장관은`): the words up to the first one marked as topic or
subject, and the organisations among words such as a title's."""
from __future__ import annotations

import re

from ...document import Body
from ...korean.header_words import FIELD_LINE
from ...korean.organisations import REGIONS, is_organisation, organisation_in

#: how many body lines may hold the lead sentence whose subject names the issuer
LEAD_LINES = 3
#: how many words of a sentence its subject may take, and of a title its organisation
SUBJECT_WORDS, TITLE_WORDS = 8, 4
#: what a subject word ends with: the topic and subject particles
SUBJECT_PARTICLES = ("은", "는", "이", "가")
#: outline marks before a lead sentence, and punctuation around a word
LEAD_MARKS = " \t□■○ㅇ◦▶•·-–"
PUNCTUATION = "‘’“”'\"「」『』<>[]《》〈〉,."
#: the fewest characters of a lead sentence run on after the title block on its line
MIN_LEAD = 10
#: a subject particle run into the number after it, where a converter joined lines without
#: their space (`…공사(EBS)는4월 13일`): the words are split there
GLUED_NUMBER = re.compile(r"(?<=[가-힣](?:은|는|이|가))(?=[0-9])")
#: a parenthesis, left out of a subject (`한국고용노동교육원(원장 이종선)은`)
PARENTHESES = re.compile(r"\([^()]*+\)")
#: particles a title puts after an organisation's name
NAME_PARTICLES = ("의", "에서", "와", "과", "은", "는", "이", "가")
#: the ending of a city, which with its head's title spells 시장 (a market) as well as a mayor
MARKET_HOMONYM = "시"


def lead_sentences(doc: Body, after: int | None) -> list[str]:
    """The first sentences of the body: the rest of the line the title block ends on (a
    flattened page runs title, subtitle and lead together), then the first body lines that are
    no table row or `label: value` field (a converter's `출처`, `부처`, `게시 시각` list)."""
    texts = []
    if after is not None:
        rest = doc.text[after:doc.line_at(after).end].strip(LEAD_MARKS)
        if len(rest) >= MIN_LEAD:
            texts.append(rest)
    texts += [ln.stripped for ln in doc.body_lines()
              if not (ln.is_blank or ln.is_table_row or FIELD_LINE.match(ln.stripped))][:LEAD_LINES]
    return texts


def subject_organisation(sentence: str, text: str | None = None) -> str | None:
    """The organisation named in the subject of ``sentence``: the words up to the first one
    marked as topic or subject (은/는/이/가), in which the first run of organisation names
    gives its last (`전라남도 나주시 봉황면 …은` → 나주시); ``text``: see :func:`organisations_in`."""
    words = subject_words(sentence)
    return organisations_in([without_particle(w) for w in words], text) if words else None


def subject_words(sentence: str) -> list[str]:
    """The words of ``sentence`` up to its subject, the particle taken off the last one
    (`전남 곡성군은` → [전남, 곡성군]); [] where no word within SUBJECT_WORDS is marked so."""
    words: list[str] = []
    unglued = GLUED_NUMBER.sub(" ", PARENTHESES.sub("", sentence.lstrip(LEAD_MARKS)))
    for raw in unglued.split()[:SUBJECT_WORDS]:
        word = raw.strip(PUNCTUATION)
        if word in SUBJECT_PARTICLES and words:  # set apart from its noun (`…공사(EBS) 는`)
            return words
        if word.endswith(SUBJECT_PARTICLES) and len(word) > 1:
            return words + [word[:-1]]
        words.append(word)
    return []


def organisations_in(words: list[str], text: str | None = None) -> str | None:
    """The first organisation named among ``words``, the body a unit or agency after it belongs
    to (`국가유산청 국립문화유산연구원`); a region before it is skipped (`전남 곡성군`), but is the
    answer when no organisation follows (`전라남도는`, `광주광역시 소방안전본부는`). A city read
    out of a word with its head's title (`나주시장` → 나주시) must, where ``text`` is given, also
    be named there without it: `자본시장`, `금융시장` name a market, no city's mayor."""
    region = None
    for word in words:
        if word in REGIONS:
            region = region or (word if is_organisation(word) else None)
            continue
        org = organisation_in(word)
        if org and (org == word or not org.endswith(MARKET_HOMONYM) or text is None or named_alone(text, org)):
            return org
    return region


def named_alone(text: str, org: str) -> bool:
    """``org`` stands somewhere in ``text`` without its head's title fused after it."""
    at = text.find(org)
    while at >= 0:
        if text[at + len(org):at + len(org) + 1] != "장":
            return True
        at = text.find(org, at + 1)
    return False


def without_particle(word: str) -> str:
    """A title word without the particle after a name (`금융감독원의` → 금융감독원)."""
    for particle in NAME_PARTICLES:
        if word.endswith(particle) and is_organisation(word[:-len(particle)]):
            return word[:-len(particle)]
    return word


def first_org(pattern: re.Pattern, text: str) -> str | None:
    for m in pattern.finditer(text):
        if is_organisation(m.group("org")):
            return m.group("org")
    return None
