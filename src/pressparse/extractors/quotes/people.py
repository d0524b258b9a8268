"""The people a document names, and back-references resolved to them.

Full names come from speaker phrases (`임채운 중소기업진흥공단 이사장은`) and from appositions
(`중소벤처기업부(장관 이영)`). A back-reference (`임 이사장은`, `장관은`, `그는`) takes the
nearest fitting one, preferring people named before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import regex

from ...korean import is_syllable
from ...korean import speakers as sp
from ...korean.kiwi import get_kiwi
from ...models import Speaker
from .speakers import Mention, looks_like_name

#: an apposition naming a person after their title: (장관 이영), (부총리 겸 … 장관 배경훈, 이하 …)
APPOSITION = regex.compile(r"\((?:[^()\n]*?\s)?(?P<title>[가-힣]*(?:%s))\s+(?P<name>[가-힣]{2,4})\s*[,)]"
                           % "|".join(sp.TITLE_SUFFIXES))

#: the white space ``\s`` of the ``regex`` module matches (Unicode's White_Space; ``re``'s ``\s``
#: also takes the separators U+001C-U+001F)
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: where a title word ends, before a particle, a comma, a bracket or a space (김영수 장관은); in
#: ``re``, which skips to the first letters of the titles (the ``regex`` module tried every one
#: at every character, 5 times slower)
TITLE_END = re.compile(r"(?:%s)(?=[은는이가의과와께,(%s]|$)" % ("|".join(sp.TITLE_SUFFIXES), WHITE_SPACE))
#: the most words between a person's name and their title (김광식 나주이화신협 이사장)
WORDS_BETWEEN = 2
#: a local government written out (순천시, 전라남도, 해남군): what `시 관계자` refers to
LOCAL_GOVERNMENT = regex.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4}(?P<kind>[시도군구]))(?:(?![가-힣])|(?=[는은이가의에과와로를청]))")


@dataclass(frozen=True)
class Person:
    """A named person and where the document names them."""

    offset: int
    speaker: Speaker


def people_in(text: str, mentions: list[Mention]) -> list[Person]:
    """Everyone named in full, from speaker mentions and appositions."""
    people = [Person(m.span[0], Speaker(name=m.name, position=m.position, organization=m.organization))
              for m in mentions if m.kind == "full"]
    found = [(m.start(), m["name"], m["title"]) for m in APPOSITION.finditer(text) if looks_like_name(m["name"])]
    for at, name, title in sorted(found + list(_named(text))):
        if title not in sp.UNNAMED_TITLES:
            people.append(Person(at, Speaker(name=name, position=title)))
    return people


def _named(text: str):
    """(offset, name, title) of each person named before their title (`김영수 장관은`,
    `김광식 나주이화신협 이사장(`, `고광완 광주시 행정부시장`): from each title word, the nearest
    of the WORDS_BETWEEN + 1 words before it that ends in a personal name (a 2-syllable one
    only right before the title; :func:`looks_like_name`, kept per word, says which read as
    names). The titles are found first, in one pass; a pattern that tried a name at every word
    cost 1.7 ms per 1,000 characters."""
    taken = 0
    for m in TITLE_END.finditer(text):
        start = m.start()
        while start > taken and is_syllable(text[start - 1]):
            start -= 1  # the title word: 나주시장, 이사장
        if start <= taken and start > 0:
            continue
        pos = start
        for between in range(WORDS_BETWEEN + 1):
            end = pos
            while end > taken and text[end - 1].isspace():
                end -= 1
            if end == pos:
                break  # glued to what is before it, or nothing before it
            first = end
            while first > taken and not text[first - 1].isspace():
                first -= 1
            name = _name_ending(text[first:end])
            if name and (len(name) > 2 or between == 0) and looks_like_name(name):
                yield end - len(name), name, text[start:m.end()]
                taken = m.end()
                break
            pos = first


def _name_ending(word: str) -> str | None:
    """The 2–4 Hangul syllables ``word`` ends with after no other Hangul (`김영수`, `‘김영수`)."""
    n = 0
    while n < len(word) and is_syllable(word[-1 - n]):
        n += 1
    return word[-n:] if 2 <= n <= 4 and (n == len(word) or not is_syllable(word[-1 - n])) else None


def local_government(text: str, kind: str) -> str | None:
    """The first local government of ``kind`` (시, 도, 군, 구) the text names: a name Kiwi reads
    as one proper noun, whole (`전라남도`) or before its kind (`곡성` of `곡성군`)."""
    for m in LOCAL_GOVERNMENT.finditer(text):
        if m["kind"] == kind and (_proper_noun(m["name"]) or _proper_noun(m["name"][:-1])):
            return m["name"]
    return None


def _proper_noun(word: str) -> bool:
    tokens = get_kiwi().tokenize(word)
    return len(tokens) == 1 and tokens[0].tag == "NNP"


def resolve(mention: Mention, people: Callable[[], list[Person]], previous: Speaker | None,
            text: str) -> Speaker:
    """The speaker a mention stands for, with back-references resolved (``people`` lists whom to)."""
    if mention.kind == "pronoun":
        return previous.model_copy() if previous else Speaker()
    org = mention.organization
    if org in sp.LOCAL_KINDS:
        org = local_government(text, org) or org
    as_written = Speaker(name=mention.name, position=mention.position, organization=org)
    if mention.kind == "surname":
        found = _nearest(mention, people(), lambda s: bool(s.name) and s.name.startswith(mention.name or "")
                         and _same_title(s.position, mention.position))
        return _merge(found, as_written) if found else as_written.model_copy(update={"name": None})
    if mention.kind == "title":
        found = _nearest(mention, people(), lambda s: _same_title(s.position, mention.position)
                         and (not org or org == s.organization))
        return _merge(found, as_written) if found else as_written
    return as_written


def _same_title(a: str | None, b: str | None) -> bool:
    """True when two positions name the same post (동장 / 빛가람동장, not 시장 / 부시장)."""
    if not (a and b):
        return False
    short, long = sorted((a, b), key=len)
    return long == short or (long.endswith(short) and len(long) - len(short) >= 2)


def _nearest(mention: Mention, people: list[Person], fits) -> Speaker | None:
    """The fitting person named nearest before the mention, else nearest after it."""
    at = mention.span[0]
    fitting = [p for p in people if fits(p.speaker)]
    fitting.sort(key=lambda p: (p.offset > at, abs(p.offset - at)))
    return fitting[0].speaker if fitting else None


def _merge(found: Speaker, written: Speaker) -> Speaker:
    """The person found, keeping what the mention itself says where it says more."""
    return Speaker(name=found.name, position=found.position or written.position,
                   organization=found.organization or written.organization)
