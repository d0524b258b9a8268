"""Who reports a quote: the subject noun phrase of a reporting sentence, and its verb.

Kiwi reads the particles and endings (which 은 is a topic marker, where the sentence-final
ending is); the rules of :mod:`pressparse.korean.speakers` draw the boundaries of the name,
the position and the organisation inside the noun phrase.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

import regex

from ...korean import speakers as sp
from ...korean.kiwi import get_kiwi
from ...korean.loanwords import foreign_ratio, in_lexicon

#: longest text Kiwi is asked to read around one quote
MAX_ANALYSED = 300
#: tags that end a bare noun phrase's word (nouns, numbers, foreign letters, affixes)
NOUNISH_TAGS = ("NN", "NR", "NP", "SL", "SN", "SH", "XPN", "XSN", "XR", "MM", "W_")
#: tags of particles that mark a subject or topic
SUBJECT_TAGS = ("JX", "JKS")
#: anaphoric reporting adverb: the paragraph reports the quote just above (이같이 말했다)
ANAPHORA = regex.compile(r"이같이|이렇게|이와 같이")
#: cataphoric reporting phrase: the paragraph announces the quote below (다음과 같이 말했다)
CATAPHORA = regex.compile(r"다음과 같이|아래와 같이")
_WORD = regex.compile(r"\S+")
#: an age or aside in brackets inside a speaker phrase (홍길동(45) 씨, 대표(사진))
ASIDE = regex.compile(r"\([^()]*\)")
#: the longest word of a foreign name, and the share of transliteration syllables it needs
FOREIGN_NAME_WORD, FOREIGN_NAME_RATIO = 5, 0.4
HANGUL_ONLY = regex.compile(r"[가-힣]+")
#: a noun that can name a role: two to six syllables
ROLE_NOUN = regex.compile(r"[가-힣]{2,10}")
#: a speech noun as the object of the reporting verb (말문을, 각오를)
SPEECH_OBJECT = regex.compile(r"(?:%s)[을를]" % "|".join(sp.SPEECH_NOUNS))
#: the longest bracketed apposition that names the person after an organisation or a position
MAX_APPOSITION = 40


@dataclass(frozen=True)
class Mention:
    """A speaker as written; back-references (surname, title, pronoun) are resolved later."""

    kind: Literal["full", "surname", "title", "pronoun", "org"]
    span: tuple[int, int]
    name: str | None = None
    position: str | None = None
    organization: str | None = None


def find_subject(text: str, offset: int) -> Mention | None:
    """The speaking subject in ``text`` (found at ``offset`` of the document), nearest the end."""
    text, offset = _cap(text, offset)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    tokens = get_kiwi().tokenize(text) if words else []
    for i in range(len(words) - 1, -1, -1):
        stem = _subject_stem(words[i], tokens)
        if not stem:
            continue
        if stem.endswith(")") and "(" not in stem:
            mention = _apposed(text, words, i, stem, tokens, offset)
            if mention:
                return mention
            continue
        phrase = _noun_phrase(text, words[:i], words[i][0], tokens)
        previous = _word_before(words, i, phrase)
        mention = _mention(phrase, stem, words[i][0], offset, previous)
        if mention:
            return mention
    return None


def reporting_verb(text: str) -> str | None:
    """The predicate that ends the first sentence of ``text`` (밝혔다, 말했다), as written."""
    text = text[:MAX_ANALYSED]
    ending = next((t for t in get_kiwi().tokenize(text) if t.tag == "EF"), None)
    if ending is None:
        return None
    words = list(_WORD.finditer(text, 0, ending.end))
    if len(words) > 1 and SPEECH_OBJECT.fullmatch(words[-2].group()):
        return f"{words[-2].group()} {words[-1].group()}"  # 말문을 열었다
    return words[-1].group().strip(",.") if words else None


def _cap(text: str, offset: int) -> tuple[str, int]:
    """The last MAX_ANALYSED characters of ``text``, cut at a word boundary."""
    if len(text) <= MAX_ANALYSED:
        return text, offset
    cut = text.find(" ", len(text) - MAX_ANALYSED) + 1
    return text[cut:], offset + cut


def _subject_stem(word: tuple[int, int, str], tokens) -> str | None:
    """The word without its subject particle, when it ends with one (이사장은 → 이사장)."""
    start, end, surface = word
    surface = surface.rstrip(",")  # 정창모 부군수는, “…
    end = start + len(surface)
    last = [t for t in tokens if start <= t.start < end]
    tagged = last and last[-1].tag in SUBJECT_TAGS and last[-1].end == end
    for particle in sp.SUBJECT_PARTICLES:
        stem = surface[: -len(particle)]
        if surface.endswith(particle) and stem and (tagged or sp.title_of(stem)):
            return stem
    return None


def _mention(phrase, stem: str, stem_at: int, offset: int, previous: str = "") -> Mention | None:
    """Read the noun phrase of ``phrase`` words followed by the subject ``stem``; ``previous``
    is the word before the phrase (a clause that describes the speaker: `참여한`)."""
    start = offset + (phrase[0][0] if phrase else stem_at)
    span = (start, offset + stem_at + len(stem))
    words = [w for w in (ASIDE.sub("", w[2]) for w in phrase) if w]
    stem = ASIDE.sub("", stem)
    if stem in sp.PRONOUNS:
        return Mention("pronoun", span)
    plural = stem.endswith(sp.PLURAL) and len(stem) > 2
    if plural:
        stem = stem[:-len(sp.PLURAL)]  # 관계자들은, 어르신들은
    title = sp.title_of(stem)
    if title:
        return _person(words, stem, title, span)
    if sp.is_org(stem):
        return Mention("org", span, organization=" ".join(words + [stem]))
    if (plural and ROLE_NOUN.fullmatch(stem)) or _role_by_place(words, stem, previous):  # 참석자들은
        return _person(words, stem, stem, span)
    return None  # a bare name (김경은 → 김경/NNP 은/JX) is too often a name ending in 은


def _apposed(text: str, words, i: int, stem: str, tokens, offset: int) -> Mention | None:
    """A subject whose bracket names the person (`장흥종합사회복지관(관장 양은희)은`,
    `생활안전교통국장(직무대리 이서영)은`): the words before the bracket give the organisation or
    the position, the bracket the name and, after an organisation, the position."""
    close = words[i][0] + len(stem) - 1
    opening = text.rfind("(", max(0, close - MAX_APPOSITION), close)
    j = next((k for k in range(i, -1, -1) if words[k][0] <= opening), None)
    if opening < 0 or j is None:
        return None
    head_stem, head_at = text[words[j][0]:opening], words[j][0]
    if not head_stem.strip() and j > 0:  # 복지관 (관장 양은희)은
        j, head_stem, head_at = j - 1, words[j - 1][2], words[j - 1][0]
    phrase = _noun_phrase(text, words[:j], head_at, tokens)
    head = _mention(phrase, head_stem, head_at, offset, _word_before(words, j, phrase))
    aside = text[opening + 1:close]
    person = _bracket_person(aside)
    span = (head.span[0] if head else offset + head_at, offset + close + 1)
    written = " ".join([w[2] for w in phrase] + [head_stem])
    if head is None and person is None and any(sp.title_of(w.strip(",·")) for w in aside.split()):
        return Mention("org", span, organization=written)  # 새마을회(회장 김원린, 부녀회장 권성순)는
    if person is None or (head and head.kind not in ("title", "org")):
        return head and replace(head, span=span)
    name, role = person
    if head and head.kind == "title":
        position = f"{head.position} {role}" if role in sp.MODIFIER_TITLES else head.position
        return Mention("full", span, name, position, head.organization)
    return Mention("full", span, name, role, head.organization if head else written)


def _word_before(words, i: int, phrase: list) -> str:
    """The word before the noun phrase that ends at word ``i`` ('' at the start)."""
    return words[i - len(phrase) - 1][2] if i > len(phrase) else ""


def _bracket_person(aside: str) -> tuple[str, str | None] | None:
    """(name, position) of the one person a bracket names (`관장 양은희`, `직무대리 이서영`);
    None for an aside that names nobody or several people (`회장 김원린, 부녀회장 권성순`)."""
    words = aside.split()
    if not words or any(c in aside for c in ",·;") or len(words) > 3 or not looks_like_name(words[-1]):
        return None
    return words[-1], " ".join(words[:-1]) or None


def _role_by_place(words: list[str], stem: str, previous: str) -> bool:
    """A noun that stands where a position stands is one, whether a list knows it or not: after
    a person's name (`박대업 국악인은`, `윤치열 대월 이장은`) or surname (`문 전 헌재 재판관은`), after `한` (`한 참여 산모는`), or
    after a clause that describes the speaker (`행사에 참여한 어르신들은`)."""
    if not ROLE_NOUN.fullmatch(stem):
        return False
    near = (words or [previous])[-2:]
    by_surname = len(words) >= 2 and len(words[0]) == 1 and sp.is_surname(words[0])  # 문 전 헌재 재판관은
    return (by_surname or any(w in sp.DETERMINERS or looks_like_name(w) for w in near)
            or (not words and previous.endswith(sp.ADNOMINAL_ENDINGS) and len(previous) > 1))


def _noun_phrase(text: str, before, subject_at: int, tokens) -> list:
    """The bare-noun words on the subject's line right before it (organisation, name, title parts)."""
    phrase: list = []
    for start, end, surface in reversed(before):
        if "\n" in text[end:phrase[0][0] if phrase else subject_at]:
            break
        core = ASIDE.sub("", surface) if surface.endswith(")") else surface  # 홍길동(45)
        last = [t for t in tokens if start <= t.start < start + len(core)][-1:]
        bare = (last and last[0].tag.startswith(NOUNISH_TAGS)
                and core[-1:].isalnum() and not core[0].isdigit())
        adjacent_name = not phrase and sp.is_person_name(core)
        if core in sp.LEAD_ADVERBS or not (bare or adjacent_name):
            break
        phrase.insert(0, (start, end, surface))
    return phrase


def _person(words: list[str], stem: str, title: str, span) -> Mention:
    """Split a noun phrase ending in a title into name, position and organisation."""
    while words and words[0] in sp.DETERMINERS:
        words = words[1:]
    position, name = stem, None
    glued = sp.split_honorific(stem)
    if glued:
        name, position = glued
    elif title in sp.MODIFIER_TITLES and words and sp.title_of(words[-1]):
        position = f"{words.pop()} {stem}"
    self_named = title in sp.HONORIFICS and stem != title  # A씨, 김모씨: the word itself names them
    if name is None and position not in sp.UNNAMED_TITLES and not self_named and _foreign_name(words):
        return Mention("full", span, " ".join(words), position, None)  # 존 스미스 대표는
    if name is None and position not in sp.UNNAMED_TITLES and not self_named:
        idx = _name_index(words)
        if idx is not None:
            name = words.pop(idx)
            org_words = words[idx:] or words[:idx]
            if sp.CONCURRENT in org_words:  # 부총리 겸 기획재정부 장관: one compound position
                position = " ".join(org_words + [position])
                org_words = org_words[org_words.index(sp.CONCURRENT) + 1:]
            return Mention("full", span, name, position, " ".join(org_words) or None)
        if words and sp.is_surname(words[-1]):
            return Mention("surname", span, words.pop(), position, " ".join(words) or None)
        if len(words) >= 2 and len(words[0]) == 1 and sp.is_surname(words[0]):  # 문 전 헌재 재판관
            return Mention("surname", span, words[0], position, " ".join(words[1:]))
    kind = "full" if name else "title"
    return Mention(kind, span, name, position, " ".join(words) or None)


def _foreign_name(words: list[str]) -> bool:
    """A foreign person's name written in Hangul before their title (`존 스미스`, `마리 퀴리`):
    two or three short words, no organisation among them, that read as transliteration."""
    return (2 <= len(words) <= 3 and all(1 <= len(w) <= FOREIGN_NAME_WORD and HANGUL_ONLY.fullmatch(w) for w in words)
            and not any(sp.is_org(w) or in_lexicon(w) for w in words)  # 스마트 시티: loanwords, not a name
            and foreign_ratio("".join(words)) >= FOREIGN_NAME_RATIO)


@lru_cache(maxsize=4096)
def looks_like_name(word: str) -> bool:
    """True when ``word`` reads as a personal name and Kiwi does not know it as a common noun
    (기업, 주민, 위원회 are words; 권창준, 이정, 김광식 are not, however Kiwi splits them).
    Kept per word: the same names and titles come back in every release of an office."""
    if not sp.is_person_name(word):
        return False
    tokens = get_kiwi().tokenize(word)
    return not (len(tokens) == 1 and tokens[0].tag == "NNG" and not tokens[0].oov)


def _name_index(words: list[str]) -> int | None:
    """Index of the personal name among ``words``, nearest the title; a 2-syllable name must touch it."""
    last = len(words) - 1
    return next((i for i in range(last, -1, -1)
                 if (len(words[i]) > 2 or i == last) and looks_like_name(words[i])), None)
