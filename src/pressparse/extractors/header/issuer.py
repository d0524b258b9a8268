"""The organisation that issues the release, for departments that do not name one.

The header step reads it from the banner and strong mentions (`기관(장관 …)`, `이하` aliases,
the spokesperson); a later step, once the title is known, reads what is left from the title
and the subject of the lead sentence.
"""
from __future__ import annotations

import re

from ...document import Document
from ...models import Release
from ...options import Options
from ...korean.header_words import HEAD_TITLES
from ...korean.organisations import REGIONS, is_organisation, opens_as_organisation, organisation_in

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
#: how many body lines may hold the lead sentence whose subject names the issuer
LEAD_LINES = 3
#: how many words of a sentence its subject may take, and of a title its organisation
SUBJECT_WORDS, TITLE_WORDS = 8, 4
#: what a subject word ends with: the topic and subject particles
SUBJECT_PARTICLES = ("은", "는", "이", "가")
#: outline marks before a lead sentence, and punctuation around a word
LEAD_MARKS = " \t□■○ㅇ◦▶•·-–"
PUNCTUATION = "‘’“”'\"「」『』<>[]《》〈〉,."
#: a parenthesis, left out of a subject (`한국고용노동교육원(원장 이종선)은`)
PARENTHESES = re.compile(r"\([^()]*+\)")


def find_issuer(doc: Document) -> str | None:
    """The issuing organisation from strong evidence only: the banner, a `기관(장관 …)` mention,
    an `이하` alias, the spokesperson footer (the title and lead are read later, see :func:`extract`)."""
    for finder in (_banner, _with_head, _with_alias, _spokesperson):
        org = finder(doc)
        if org:
            return org
    return None


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


def extract(doc: Document, record: Release, options: Options) -> None:
    """Where the header named no issuer, find it in the title and the lead; departments that
    name no ministry get it."""
    header = record.header
    if header.issuer is None:
        header.issuer = find_late_issuer(doc, record.title)
    for department in header.departments:
        if department.ministry is None:
            department.ministry = header.issuer


def find_late_issuer(doc: Document, title: str | None) -> str | None:
    """The issuer from the title and the lead, where the header named none: an organisation that
    opens the title (`재정경제부, …`; the lead's full name when the title abbreviates it,
    `전남도` → `전라남도`), the organisation in the subject of the lead sentence (`전남 곡성군은`,
    `담양군 용면은`, `김정관 산업통상부 장관은`), a subject opening any early line, the first
    organisation the title names, or else the one the metadata names (`부처: …`) or whose web site
    the page is on."""
    words = [w.strip(PUNCTUATION) for w in (title or "").replace(",", " , ").split()]
    lead = next((org for line in [ln for ln in doc.body_lines() if not ln.is_blank][:LEAD_LINES]
                 if (org := subject_organisation(line.stripped))), None)
    if len(words) > 1 and words[1] == "" and opens_as_organisation(words[0]):
        return lead if lead and _abbreviates(words[0], lead) else words[0]
    if lead:
        return lead
    return _subject(doc) or _organisations_in(words[:TITLE_WORDS]) or doc.metadata.issuer or doc.site


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is a shortening of ``full``: same first syllable, its syllables in order (전남도 → 전라남도)."""
    if len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def subject_organisation(sentence: str) -> str | None:
    """The organisation named in the subject of ``sentence``: the words up to the first one
    marked as topic or subject (은/는/이/가), in which the first run of organisation names
    gives its last (`전라남도 나주시 봉황면 …은` → 나주시)."""
    words: list[str] = []
    for raw in PARENTHESES.sub("", sentence.lstrip(LEAD_MARKS)).split()[:SUBJECT_WORDS]:
        word = raw.strip(PUNCTUATION)
        if word.endswith(SUBJECT_PARTICLES) and len(word) > 1:
            words.append(word[:-1])
            return _organisations_in(words)
        words.append(word)
    return None


def _organisations_in(words: list[str]) -> str | None:
    """The last name of the first run of organisation names among ``words``; a region before
    them is skipped (`전남 곡성군`), but is the answer when nothing follows (`전라남도는`)."""
    found = region = None
    for word in words:
        if word in REGIONS and found is None:
            region = word if is_organisation(word) else region
            continue
        org = organisation_in(word)
        if org:
            found = org
        elif found is not None:
            return found
    return found or region
