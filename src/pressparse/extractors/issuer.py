"""The organisation that issues the release, for departments that do not name one."""
from __future__ import annotations

import re

from ..document import Document
from ..korean.header_words import HEAD_TITLES
from ..korean.organisations import is_organisation

#: the banner row of a release: `과학기술정보통신부⇥보도자료`
BANNER = re.compile(r"보\s*도\s*(?:자\s*료|참\s*고|설\s*명\s*자\s*료|해\s*명\s*자\s*료)")
#: an organisation's first mention with its head: `중소벤처기업부(장관 이영)`, `(부총리 겸 … 장관 배경훈, 이하 …)`
WITH_HEAD = re.compile(rf"(?P<org>[가-힣]{{2,25}})\s*\(\s*(?:{'|'.join(HEAD_TITLES)})(?:\s|,|\))")
#: an organisation given a short name in the lead: `중소벤처기업부(이하 중기부)`
WITH_ALIAS = re.compile(r"(?P<org>[가-힣]{2,25})\s*\(\s*이하\s*[‘'“\"]?[가-힣A-Za-z]+")
#: the spokesperson footer: `기획재정부 대변인`
SPOKESPERSON = re.compile(r"(?P<org>[가-힣]{2,25})\s+대변인")
#: a lead sentence whose subject is the organisation: `전라남도는 …`
SUBJECT = re.compile(r"^[\s□■○ㅇ◦▶-]*(?P<org>[가-힣]{2,25})(?:은|는|이|가)\s")
BANNER_LINES = 5


def find_issuer(doc: Document) -> str | None:
    """The issuing organisation, from the banner, a `기관(장관 …)` mention, the footer, the lead,
    or else the organisation whose web site the page is on."""
    for finder in (_banner, _with_head, _with_alias, _spokesperson, _subject):
        org = finder(doc)
        if org:
            return org
    return doc.site


def _banner(doc: Document) -> str | None:
    for line in [ln for ln in doc.lines if not ln.is_blank][:BANNER_LINES]:
        cells = [c.text for c in line.filled_cells] if line.is_table_row else line.stripped.split()
        if any(BANNER.search(c) for c in cells):
            orgs = [c for c in cells if is_organisation(c)]
            if orgs:
                return orgs[0]
    return None


def _first_org(pattern: re.Pattern, text: str) -> str | None:
    for m in pattern.finditer(text):
        if is_organisation(m.group("org")):
            return m.group("org")
    return None


def _with_head(doc: Document) -> str | None:
    return _first_org(WITH_HEAD, doc.text)


def _with_alias(doc: Document) -> str | None:
    return _first_org(WITH_ALIAS, doc.text)


def _spokesperson(doc: Document) -> str | None:
    return _first_org(SPOKESPERSON, doc.text)


def _subject(doc: Document) -> str | None:
    for line in doc.lines[:60]:
        m = SUBJECT.match(line.text)
        if m and is_organisation(m.group("org")):
            return m.group("org")
    return None
