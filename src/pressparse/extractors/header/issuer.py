"""The organisation that issues the release, for departments that do not name one.

The header step reads it from what names the publisher outright: the banner, a board's
`기관명` field, the spokesperson footer. A later step, once the title is known, reads the title
and the lead (:mod:`.late_issuer`), then the first department's own body and the service of a
contact's rank.
"""
from __future__ import annotations

import re

from ...document import Body, Document, Regions
from ...models import Department, Release
from ...options import Options
from ...korean.header_words import ISSUER_LABELS, MINISTRIES, SERVICE_RANKS, TIME_LABELS
from ...korean.markers import BANNER
from ...korean.segment import spaced_words
from ...korean.organisations import is_organisation
from .late_issuer import find_late_issuer
from .lead import first_org

#: the spokesperson's title, and the footer that names the issuer with it: `기획재정부 대변인`
#: (a name's run of Hangul taken possessively: no shorter run can be followed by the space)
SPOKESPERSON_TITLE = "대변인"
SPOKESPERSON = re.compile(rf"(?P<org>[가-힣]{{2,25}}+)\s+{SPOKESPERSON_TITLE}")
#: a board's field naming the body that posted: `기관명 : 광주예술중·고등학교`
ISSUER_FIELD = re.compile(rf"(?:^|\s)(?:{'|'.join(ISSUER_LABELS)})\s*+[:：]\s*+(?P<org>[가-힣][가-힣·]{{1,30}}+)")
#: how many opening lines may hold a board's fields
LABEL_LINES = 12
BANNER_LINES = 5
#: a head's title fused with the ministry it heads, in a body's parenthesis: `(위원장: 정은경 보건복지부장관`
CHAIRED_BY = re.compile(r"(?<!\s)\s*+[가-힣]{1,6}\s*+[:：]?\s*+[가-힣]{2,4}\s++(?P<ministry>[가-힣]{2,20}?)(?:장관|차관|청장|처장)(?=[\s,)])")


def find_issuer(doc: Document) -> str | None:
    """The issuing organisation from what names the publisher outright: the banner, a board's
    `기관명` field, the spokesperson footer (the lead and title are read later, see :func:`extract`)."""
    for finder in (_banner, _labelled, _spokesperson):
        org = finder(doc)
        if org:
            return org
    return None


def _banner(doc: Document) -> str | None:
    """The organisation in the banner row (`과학기술정보통신부⇥보도자료`), or on a line of its
    own right beside it, where a PDF sets the logo's name apart (`보도자료` / `문화체육관광부`)."""
    opening = [ln for ln in doc.lines if not ln.is_blank][:BANNER_LINES]
    words = [[w for c in ln.filled_cells for w in spaced_words(c.text)] if ln.is_table_row else spaced_words(ln.stripped)
             for ln in opening]
    for i, line in enumerate(opening):
        if BANNER.search(line.text):
            beside = [other for other in words[max(0, i - 1):i + 2] if len(other) == 1]
            orgs = [w for w in _before_time_labels(words[i]) if is_organisation(w)] or [
                o[0] for o in beside if is_organisation(o[0])]
            if orgs:
                return orgs[0]
    return None


def _before_time_labels(words: list[str]) -> list[str]:
    """The words of a banner row before the release and distribution time cells that share its
    line (`보도자료⇥보도시점⇥2025.4.2.(수) 배포시`: `배포시`, at distribution, is no city)."""
    for k, word in enumerate(words):
        if word in TIME_LABELS:
            return words[:k]
    return words


def _labelled(doc: Document) -> str | None:
    """The body a field of the text names (a board's `기관명 : 광주예술중·고등학교`)."""
    for line in doc.lines[:LABEL_LINES]:
        m = ISSUER_FIELD.search(line.text)
        if m:
            return m.group("org")
    return None


def _spokesperson(doc: Document) -> str | None:
    return first_org(SPOKESPERSON, doc.text) if SPOKESPERSON_TITLE in doc.text else None


def extract(doc: Document, record: Release, options: Options, regions: Regions) -> None:
    """Where the header named no issuer: in a joint release, whose departments name several
    ministries, the first one's (`<총괄> 국무조정실 …`); else the organisation the title and
    the lead name; else the body the first department names, or the ministry whose service its
    contacts' ranks belong to. Departments that name no ministry get it."""
    header = record.header
    own = list(dict.fromkeys(d.ministry for d in header.departments if d.ministry))
    if header.issuer is None and len(own) > 1:
        header.issuer = own[0]
    if header.issuer is None:
        spans = [s for s in [record.title_span, *record.subtitle_spans] if s]
        header.issuer = find_late_issuer(Body(doc, regions), record.title, max((s[1] for s in spans), default=None),
                                         record.subtitles)
    if header.issuer is None and header.departments and header.departments[0].ministry:
        header.issuer = header.departments[0].ministry  # the first department's body: `금융감독원⇥자본시장감독국`
    if header.issuer is None:
        header.issuer = _ranks_service(header.departments)
    run_by = _chaired_by(doc, header.issuer) if header.issuer else None
    for department in header.departments:
        if department.ministry is None:
            department.ministry = run_by or header.issuer


def _ranks_service(departments: list[Department]) -> str | None:
    """The ministry whose own service a contact's rank belongs to (`외무행정관` → 외교부), for a
    release whose banner is a logo and whose text names only its units."""
    for department in departments:
        for contact in department.contacts:
            for stem, ministry in SERVICE_RANKS.items():
                if (contact.position or "").startswith(stem):
                    return ministry
    return None


def _chaired_by(doc: Document, body: str) -> str | None:
    """The ministry whose minister heads ``body`` (`국민연금기금운용위원회(위원장: 정은경
    보건복지부장관, …)`): the body's departments are that ministry's units."""
    at = doc.text.find(body + "(")
    if at < 0:
        return None
    m = CHAIRED_BY.match(doc.text, at + len(body) + 1)
    return m.group("ministry") if m and m.group("ministry") in MINISTRIES else None


