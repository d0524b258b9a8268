"""The people a document names, and back-references resolved to them.

Full names come from speaker phrases (`임채운 중소기업진흥공단 이사장은`) and from appositions
(`중소벤처기업부(장관 이영)`). A back-reference (`임 이사장은`, `장관은`, `그는`) takes the
nearest fitting one, preferring people named before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import regex

from ...korean import speakers as sp
from ...korean.kiwi import get_kiwi
from ...models import Speaker
from .speakers import Mention, looks_like_name

#: an apposition naming a person after their title: (장관 이영), (부총리 겸 … 장관 배경훈, 이하 …)
APPOSITION = regex.compile(r"\((?:[^()\n]*?\s)?(?P<title>[가-힣]*(?:%s))\s+(?P<name>[가-힣]{2,4})\s*[,)]"
                           % "|".join(sp.TITLE_SUFFIXES))

#: a person named before their title anywhere in the text (김영수 장관은, 김광식 나주이화신협 이사장()
NAMED = regex.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s+(?:\S+\s+){0,2}?(?P<title>[가-힣]*(?:%s))"
                      r"(?=[은는이가의과와께,(\s]|$)" % "|".join(sp.TITLE_SUFFIXES))
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
    for pattern in (APPOSITION, NAMED):
        for m in pattern.finditer(text):
            touching = pattern is APPOSITION or len(m["name"]) > 2 or m.group().count(" ") == 1
            if touching and looks_like_name(m["name"]) and m["title"] not in sp.UNNAMED_TITLES:
                people.append(Person(m.start(), Speaker(name=m["name"], position=m["title"])))
    return people


def local_government(text: str, kind: str) -> str | None:
    """The first local government of ``kind`` (시, 도, 군, 구) the text names, as Kiwi reads it."""
    kiwi = get_kiwi()
    for m in LOCAL_GOVERNMENT.finditer(text):
        if m["kind"] == kind:
            tokens = kiwi.tokenize(m["name"])
            if len(tokens) == 1 and tokens[0].tag == "NNP":
                return m["name"]
    return None


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
