"""What one cell of a contact table holds: a label, a role, a position, a name, a phone,
a unit, or several of them at once (`사무관 정세환 (044-204-7348) 주무관 김경은 (…)`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...korean.header_words import DEPARTMENT_LABELS, GROUP_TAG, HEAD_AND_UNIT, POSITION_SET, UNIT_ENDINGS, POSITIONS, ROLE_WITH_POSITION, ROLE_WORDS, UNIT_HEAD
from ...korean.names import looks_like_name
from ...korean.organisations import is_organisation
from ...korean.segment import split_known
from .cells import Token, label_key

#: the digits of a phone number: 044-204-7320, 02)2100-6171, 044) 203-2345, 286-3510
_PHONE_DIGITS = (r"(?:(?:0\d{1,2}\s*[)\-.~]\s*|0\d{1,2}\s+)?\d{3,4}\s*[-.]\s*\d{4}(?![\d-])"
                 # a number the publisher masked in part: 010-5***-6076, 02-123-****
                 r"|0\d{1,2}-(?=[\d*]{3,4}-[\d*]{4}(?![\d*-]))(?:\d{0,3}\*[\d*]{0,3}-[\d*]{4}|\d{3,4}-\d{0,3}\*[\d*]{0,3}))")
#: an extension after a name: 이병식 (2594)
_EXTENSION = r"(?<=[가-힣] )\(\d{4}\)(?!\d)"
#: a phone number as written in contact tables: 044-204-7320, (02)2100-6171, 044) 203-2345, 286-3510.
#: A match may start with white space: then where the run of white space starts (or one further
#: after a digit or a hyphen), so that a search reads a long run once, not once from each space.
PHONE = re.compile(rf"(?<![\d-])(?:(?!\s)|(?<!\s)|(?<=[\d-]\s))(?:☎\s*(?:\(\s*)?|\(\s*|\s*){_PHONE_DIGITS}|{_EXTENSION}")
#: a number cut short by the converter (`02-`, `(02-761-92`), kept as written
PARTIAL_PHONE = re.compile(r"^\(?0\d{1,2}[-)][\d-]*\)?$")
#: an acting or deputy mark after a position: 국장(代), 팀장(직무대리)
ACTING = re.compile(r"\((?:代|대|직대|직무대리|대행|겸)\)$")
#: prefixes that make a deputy or senior of a position: 부국장, 수석전문위원
POSITION_PREFIXES = ("부", "수석", "선임", "책임", "주임", "전임", "총괄")
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: an e-mail address (it starts where its run of name characters starts)
EMAIL = re.compile(rf"(?<![\w.+-]){_EMAIL}")
#: a cell that holds nothing but a phone or e-mail, brackets allowed (each run of white space
#: has one place in the pattern: `\s*` next to `\s*` made a long run cost its cube)
PHONE_CELL = re.compile(
    rf"^[(\[]?\s*(?:(?:☎|전화|Tel\.?|T\.)\s*)?(?:(?:☎\s*)?(?:\(\s*)?{_PHONE_DIGITS}|{_EXTENSION}|{_EMAIL})\s*[)\]]?$"
)
HANGUL_WORD = re.compile(r"[가-힣]+")
#: the shape of a position word: 조사관, 외무서기관, 책임컨설턴트 (with an acting mark: 팀장(직무대리))
POSITION_WORD = re.compile(r"[가-힣]{1,8}(?:\((?:代|대|직대|직무대리|대행|겸)\))?")

#: the lengths of a name a converter ran into the position before it
MIN_NAME, MAX_NAME = 2, 4

LABEL, ROLE, PHONE_KIND, POSITION, NAME, PERSON, COMPOSITE, UNIT, EMPTY, TAG = (
    "label", "role", "phone", "position", "name", "person", "composite", "unit", "empty", "tag")


@dataclass
class Person:
    """One official read from a cell or a run of cells."""

    position: str | None = None
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    unit: str | None = None
    start: int = 0
    end: int = 0


def squeeze(text: str) -> str:
    """Remove justified spacing: `과 장` → `과장`, `임 종 건` → `임종건`, `과 장 황영호` → `과장 황영호`."""
    words = text.split()
    out: list[str] = []
    run: list[str] = []
    for w in words + [""]:
        if len(w) == 1 and HANGUL_WORD.fullmatch(w):
            run.append(w)
            continue
        if run:
            out.append("".join(run))
            run = []
        if w:
            out.append(w)
    return " ".join(out)


def role_of(key: str) -> tuple[str | None, str | None] | None:
    """(role, position) of a role cell such as 책임자 or 담당과장; None if not a role cell."""
    if key in ROLE_WORDS:
        return ROLE_WORDS[key], None
    m = ROLE_WITH_POSITION.match(key)
    if m and m.group("position") and key not in DEPARTMENT_LABELS:
        return "책임자", m.group("position")
    return None


def clean_phone(raw: str) -> str:
    """The phone as written, without brackets or the ☎ sign."""
    return re.sub(r"\s+", " ", raw.replace("☎", "").replace("(", " ").replace(")", " ")).strip()


def classify(token: Token, after_position: bool = False) -> str:
    """The kind of one cell (see the module docstring)."""
    return kind_of(token.text, after_position)


@lru_cache(maxsize=8192)
def kind_of(cell: str, after_position: bool = False) -> str:
    """The kind of a cell holding ``cell``: the contact extractors ask again for the same cells
    (a line's cells when it may open a table, when it continues one, when it is read)."""
    text = cell.strip()
    if not text or text in "-–—":
        return EMPTY
    key = label_key(cell)
    if key in DEPARTMENT_LABELS:
        return LABEL
    if text[0] in "<(〈[［【" and text[-1] in ">)〉]］】":
        tag = GROUP_TAG.match(text)
        if tag and tag.end() == len(text):
            return TAG
    if role_of(key):
        return ROLE
    if PHONE_CELL.match(text) or PARTIAL_PHONE.match(key):
        return PHONE_KIND
    if is_position(key):
        return POSITION
    if PHONE.search(text) or EMAIL.search(text):
        return COMPOSITE
    squeezed = squeeze(text)
    if " " not in squeezed and looks_like_name(squeezed, strict=not after_position):
        return NAME
    if position_and_name(squeezed):
        return PERSON
    return UNIT


def position_and_name(text: str) -> tuple[str, str] | None:
    """(position, name) of a cell holding just the two, in either order: `과장 홍길동`, `홍길동 과장`."""
    words = text.split()
    if len(words) != 2:
        return None
    for pos, name in (words, words[::-1]):
        if is_position(pos) and looks_like_name(name, strict=False) and not is_position(name):
            return pos, name
    return None


def head_and_name(text: str) -> tuple[str, str] | None:
    """(position, name) of a cell that stands where the position and name go (after the role
    cell): a position no list knows beside the name (`과장직무대리 이상진`, `담당 황난수`), or a
    known position a converter ran into the name (`연구사전세원`)."""
    words = squeeze(text).split()
    if len(words) == 2:
        head, name = words
        if is_head_word(head) and looks_like_name(name, strict=False) and not is_position(name):
            return head, name
        return None
    if len(words) == 1:
        word = words[0]
        for position in POSITIONS:  # longest first
            rest = word[len(position):]
            if word.startswith(position) and MIN_NAME <= len(rest) <= MAX_NAME and looks_like_name(rest, strict=False):
                return position, rest
    return None


def is_position(key: str) -> bool:
    """A position, also with a deputy prefix or an acting mark: 부국장, 국장(代)."""
    key = ACTING.sub("", key)
    if key in POSITION_SET:
        return True
    return any(key.startswith(p) and key[len(p):] in POSITION_SET for p in POSITION_PREFIXES)


def is_position_word(text: str) -> bool:
    """A cell that can hold a position by its shape: one word of Hangul letters (justified
    spacing removed), known or not; where it stands decides whether it is one."""
    return POSITION_WORD.fullmatch(squeeze(text)) is not None


def is_head_word(word: str) -> bool:
    """A word beside a name that can be the person's position though no list knows it
    (조사관, 외무서기관, 검사, 중령, 책임컨설턴트, and name-shaped ranks such as 소방경: the name
    was found beside it): position-shaped, not an organisation, and not ending like a unit
    only (과, 팀, 국 …; 관 and 담당 name a unit and its head alike)."""
    if not is_position_word(word) or is_organisation(word):
        return False
    return not UNIT_ENDINGS.search(word) or word.endswith(HEAD_AND_UNIT)


def split_position(word: str) -> tuple[str | None, str | None]:
    """(unit, position) of a word: `과장` → (None, 과장); `예산총괄과장` → (예산총괄과, 과장);
    (None, None) for a word that is no known position fused with a unit (`외무행정관`)."""
    if word in POSITION_SET:
        return None, word
    m = UNIT_HEAD.match(word)
    if m and len(m.group("unit")) > len(m.group("kind")):
        return m.group("unit"), m.group("kind") + "장"
    if not word.endswith(POSITIONS):  # most words: one call says no
        return None, None
    for pos in POSITIONS:
        if word.endswith(pos) and len(word) > len(pos) + 1:
            unit = word[: -len(pos)]
            # only a unit or an organisation fuses with a position; `외무행정관`, `보건연구관`,
            # `과장직무대리` are positions of their own
            if UNIT_ENDINGS.search(unit) or is_organisation(unit):
                return unit, pos
            return None, None
    return None, None


def people_in(token: Token) -> list[Person]:
    """Every official in a composite cell, one per phone or e-mail."""
    text = token.text
    points = _contact_points(text)
    side_by_side = _columns(text, points)
    if side_by_side:
        return [Person(position=pos, name=name, phone=clean_phone(m.group(0)), start=token.start + m.start(),
                       end=token.start + m.end()) for pos, name, m in side_by_side]
    people: list[Person] = []
    pos = 0
    for m in points:
        segment = text[pos:m.start()]
        person = _person_from_words(squeeze(segment.replace("(", " ").replace(")", " ")))
        raw = m.group(0)
        if EMAIL.fullmatch(raw.strip("() ")):
            person.email = raw.strip("() ")
        else:
            person.phone = clean_phone(raw)
        lead = len(segment) - len(segment.lstrip(" (,"))
        person.start, person.end = token.start + pos + lead, token.start + m.end()
        people.append(person)
        pos = m.end()
        while pos < len(text) and text[pos] in ") ,":
            pos += 1
    return people


def _columns(text: str, points: list[re.Match]) -> list[tuple[str | None, str, re.Match]] | None:
    """Officials written column by column: `팀 장 선 임 이윤길 신다혜 (…8475) (…8476)`.

    Only when all the numbers stand together at the end and the words before them are as
    many positions (or none) and as many names as there are numbers.
    """
    if len(points) < 2 or any(text[a.end():b.start()].strip(" ()") for a, b in zip(points, points[1:])):
        return None
    words = squeeze(text[:points[0].start()].replace("(", " ").replace(")", " ")).split()
    positions = [p for w in words for p in (_positions_in(w) or [])]
    names = [w for w in words if not _positions_in(w) and looks_like_name(w, strict=False)]
    if len(names) != len(points) or len(positions) not in (0, len(points)) or len(names) + len(
            [w for w in words if _positions_in(w)]) != len(words):
        return None
    return list(zip(positions or [None] * len(names), names, points))


def _positions_in(word: str) -> list[str] | None:
    """``word`` as a run of positions (`팀장선임` → [팀장, 선임]), or None."""
    return split_known(word, POSITION_SET)


def _contact_points(text: str) -> list[re.Match]:
    points = list(PHONE.finditer(text)) + list(EMAIL.finditer(text))
    return sorted(points, key=lambda m: m.start())


@lru_cache(maxsize=4096)
def _person_words(words: str) -> tuple:
    return tuple(w for w in words.split() if w not in ("☎", "/", "|", ",", "·"))


def _person_from_words(text: str) -> Person:
    """`과장 황영호`, `용찬재 사무관`, `예산실 예산총괄과장 박준호`, `이하녕` → a Person."""
    words = list(_person_words(text.strip(" ,")))
    person = Person()
    if not words:
        return person
    name_at = next((i for i in range(len(words) - 1, -1, -1) if looks_like_name(words[i], strict=False)
                    and split_position(words[i]) == (None, None)), None)
    if name_at is None:  # a unit with its number and no person: `사회복지과(061-749-6285)`
        person.unit = " ".join(words)
        return person
    person.name = words[name_at]
    others = words[:name_at] + words[name_at + 1:]
    if others:
        beside = others[-1] if name_at > 0 else others[0]
        unit, position = split_position(beside)
        if position is None and unit is None and is_head_word(beside):
            position = beside  # a position the lists do not know, beside the name: `조사관 신준우`
        person.position = position
        rest = others[:-1] if name_at > 0 else others[1:]
        unit_words = [w for w in rest if w not in POSITION_SET] + ([unit] if unit else [])
        person.unit = " ".join(unit_words) or None
    return person
