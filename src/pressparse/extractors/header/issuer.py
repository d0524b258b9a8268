"""The organisation that issues the release, for departments that do not name one.

The header step reads it from what names the publisher outright: the banner, a board's
`기관명` field, the spokesperson footer. A later step, once the title is known, reads the
subject of the lead sentence, a body named with its head (`기관(장관 …)`) or given a short
name (`이하 …`), and the title.
"""
from __future__ import annotations

import re
from collections import Counter

from ...document import Body, Document, Regions
from ...models import Department, Release
from ...options import Options
from ...korean.header_words import DISTRIBUTION_LABELS, FIELD_LINE, HEAD_TITLES, ISSUER_LABELS, RELEASE_LABELS
from ...korean.markers import BANNER
from ...korean.segment import spaced_words
from ...korean.header_words import MINISTRIES, SERVICE_RANKS
from ...korean.organisations import (REGIONS, STRONG_ENDINGS, is_organisation, is_public_body, names_body,
                                     opens_as_organisation, organisation_in)

#: an organisation's first mention with its head: `중소벤처기업부(장관 이영)`, `(부총리 겸 … 장관 배경훈, 이하 …)`
WITH_HEAD = re.compile(rf"(?P<org>[가-힣]{{2,25}})\s*\(\s*(?:{'|'.join(HEAD_TITLES)})(?:\s|,|\))")
#: an organisation given a short name in the lead: `중소벤처기업부(이하 중기부)`
WITH_ALIAS = re.compile(r"(?P<org>[가-힣]{2,25})\s*\(\s*이하\s*[‘'“\"]?[가-힣A-Za-z]+")
#: the spokesperson footer: `기획재정부 대변인`
SPOKESPERSON = re.compile(r"(?P<org>[가-힣]{2,25})\s+대변인")
#: a lead sentence whose subject is the organisation: `전라남도는 …`
SUBJECT = re.compile(r"^[\s□■○ㅇ◦▶-]*(?P<org>[가-힣]{2,25})(?:은|는|이|가)\s")
#: a board's field naming the body that posted: `기관명 : 광주예술중·고등학교`
ISSUER_FIELD = re.compile(rf"(?:^|\s)(?:{'|'.join(ISSUER_LABELS)})\s*+[:：]\s*+(?P<org>[가-힣][가-힣·]{{1,30}}+)")
#: the ending of a city, which with its head's title spells 시장 (a market) as well as a mayor
MARKET_HOMONYM = "시"
#: the labels of the time cells a banner row may run on into
TIME_LABELS = RELEASE_LABELS | DISTRIBUTION_LABELS
#: how far before a body named with its head the organisation it belongs to may stand
PARENT_CHARS = 20
#: how many opening lines may hold a board's fields
LABEL_LINES = 12
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
#: a head's title fused with the ministry it heads, in a body's parenthesis: `(위원장: 정은경 보건복지부장관`
CHAIRED_BY = re.compile(r"(?<!\s)\s*+[가-힣]{1,6}\s*+[:：]?\s*+[가-힣]{2,4}\s++(?P<ministry>[가-힣]{2,20}?)(?:장관|차관|청장|처장)(?=[\s,)])")
#: a run of Hangul (a word and the particle after it)
HANGUL_WORD = re.compile(r"[가-힣]{3,30}+")
#: the last syllables of the names :func:`_most_named` counts (a ministry's, a strong ending's),
#: so that a word that cannot be one is passed over before any test
STRONG_TAILS = tuple({name[-1] for name in (*STRONG_ENDINGS, *MINISTRIES)})
#: how much of the text's opening is read for a body named with its head or a short name
NAMED_CHARS = 5_000
#: how much of the text is read for the organisation named most often
MOST_NAMED_CHARS = 6_000
#: particles a title puts after an organisation's name
NAME_PARTICLES = ("의", "에서", "와", "과", "은", "는", "이", "가")
#: the fewest characters of a lead sentence run on after the title block on its line
MIN_LEAD = 10
#: a subject particle run into the number after it, where a converter joined lines without
#: their space (`…공사(EBS)는4월 13일`): the words are split there
GLUED_NUMBER = re.compile(r"(?<=[가-힣](?:은|는|이|가))(?=[0-9])")
#: a parenthesis, left out of a subject (`한국고용노동교육원(원장 이종선)은`)
PARENTHESES = re.compile(r"\([^()]*+\)")


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


def _first_org(pattern: re.Pattern, text: str) -> str | None:
    for m in pattern.finditer(text):
        if is_organisation(m.group("org")):
            return m.group("org")
    return None


def _with_head(doc: Document) -> str | None:
    """The first body named with its head (`영암군가족센터(센터장 …)`): the head's title says it
    is a body whatever its name ends with; an organisation named just before it is the one it
    belongs to (`국가유산청 국립문화유산연구원(원장 …)` → 국가유산청)."""
    for m in WITH_HEAD.finditer(doc.text, 0, NAMED_CHARS):
        org = m.group("org")
        if names_body(org):
            before = doc.text[max(0, m.start() - PARENT_CHARS):m.start()].split()
            parent = before[-1].strip(PUNCTUATION) if before else ""
            return parent if parent not in REGIONS and is_organisation(parent) else org
    return None


def _labelled(doc: Document) -> str | None:
    """The body a field of the text names (a board's `기관명 : 광주예술중·고등학교`)."""
    for line in doc.lines[:LABEL_LINES]:
        m = ISSUER_FIELD.search(line.text)
        if m:
            return m.group("org")
    return None


def _with_alias(doc: Document) -> str | None:
    return _first_org(WITH_ALIAS, doc.text[:NAMED_CHARS])


def _spokesperson(doc: Document) -> str | None:
    return _first_org(SPOKESPERSON, doc.text)


def _subject(doc: Document) -> str | None:
    for line in doc.lines[:60]:
        m = SUBJECT.match(line.text)
        if m and is_organisation(m.group("org")):
            return m.group("org")
    return None


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

def find_late_issuer(doc: Body, title: str | None, record_end: int | None = None,
                     subtitles: list[str] | None = None) -> str | None:
    """The issuer from the title and the lead, where the header named none: the organisation in
    an organisation that opens the title (`재정경제부, …`; the first of a pair, `보성군-보성교육지원청,`), unless the lead's subject names it in
    full (`전남도` → `전라남도`) or is a public body where the title names a private one; the
    organisation in the subject of the lead sentence (`전남 곡성군은`, `담양군 용면은`,
    `김정관 산업통상부 장관은`); a body named with its head or a short name; a subject opening
    any early line; the first organisation the title names, or one that opens a subtitle
    (`해남군 해넘이·해맞이 축제, …`); or else the body the metadata files
    it under (`부처: 고용노동부` in a converter's field list or front matter: the portal's filing,
    which an agency's or a joint release's own text outranks), or the organisation whose web
    site the page is on. ``record_end`` is where the title and subtitles end in the text."""
    words = [w.strip(PUNCTUATION) for w in (title or "").replace(",", " , ").split()]
    sentences = lead_sentences(doc, record_end)
    lead = next((org for sentence in sentences if (org := subject_organisation(sentence, doc.text))), None)
    lead = lead or next((org for sentence in sentences if (org := _named_in_full(doc, sentence))), None)
    first = words[0].split("-")[0] if words else ""
    opener = first if len(words) > 1 and words[1] == "" and opens_as_organisation(first) else None
    named = _with_head(doc) or _with_alias(doc)
    if opener and lead and is_public_body(lead) > is_public_body(opener):
        opener = None
    found = (opener or lead or named or _subject(doc)
             or _organisations_in([_without_particle(w) for w in words[:TITLE_WORDS]], doc.text)
             or _opening_subtitle(subtitles or [], doc.text)
             or doc.metadata.issuer or doc.site or _most_named(doc, words))
    return next((full for full in (lead, named) if found and full and _shortens(found, full)), found)


def _opening_subtitle(subtitles: list[str], text: str) -> str | None:
    """The organisation the first word of a subtitle names (`해남군 해넘이·해맞이 축제, …`)."""
    for subtitle in subtitles:
        words = [w.strip(PUNCTUATION) for w in subtitle.split()[:1]]
        org = _organisations_in([_without_particle(w) for w in words], text)
        if org:
            return org
    return None


def _most_named(doc: Document, title_words: list[str]) -> str | None:
    """The organisation the text names most often, by a name no common word has (`금융감독원에서
    …`: a ministry or a strong ending), when nothing else names the issuer: of those the title
    agrees with (`전남 학생들 …` and 전남교육청, over 충청북도교육청 named as a venue), or else
    of those named at least twice."""
    words = Counter(m.group() for m in HANGUL_WORD.finditer(doc.text, 0, MOST_NAMED_CHARS))
    counts: Counter[str] = Counter()
    for word, n in words.items():  # each distinct word is judged once
        if not word.endswith(STRONG_TAILS) and not any(word[:-k].endswith(STRONG_TAILS) for k in (1, 2)):
            continue
        org = organisation_in(_without_particle(word))
        if org and org not in REGIONS and (org in MINISTRIES or org.endswith(STRONG_ENDINGS)):
            counts[org] += n
    agreed = [org for org in counts if _title_agrees(org, title_words)]
    if agreed:
        return max(agreed, key=counts.__getitem__)
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


def _title_agrees(org: str, title_words: list[str]) -> bool:
    """The title names ``org`` or the region it is named after (`전남` for 전남교육청 or
    전라남도교육청)."""
    region = max((r for r in REGIONS if org.startswith(r)), key=len, default=None)
    for word in title_words:
        word = _without_particle(word)
        if word == org or (region and word in REGIONS and (word == region or _shortens(word, region))):
            return True
    return False


def _named_in_full(doc: Body, sentence: str) -> str | None:
    """A subject that names its body by kind alone (`시교육청은`, `도교육청은`: which one is not
    said), resolved to the full name the text gives it (`광주광역시교육청교육연수원` →
    광주광역시교육청)."""
    stem = (_subject_words(sentence) or [""])[-1]
    if len(stem) < 2 or is_organisation(stem) or not stem.endswith(STRONG_ENDINGS):
        return None
    for m in re.finditer(rf"(?<![가-힣])[가-힣]{{1,12}}?{re.escape(stem)}", doc.text[:NAMED_CHARS]):
        if is_organisation(m.group()):
            return m.group()
    return None


def _shortens(short: str, full: str) -> bool:
    """``short`` is a shortening of ``full``: its syllables in order from the same first one
    (전남도 → 전라남도), or the name without the parent's before it (창의융합교육원 →
    광주시교육청창의융합교육원)."""
    if len(short) >= len(full):
        return False
    if full.endswith(short):
        return True
    if short[0] != full[0]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


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
    gives its last (`전라남도 나주시 봉황면 …은` → 나주시); ``text``: see :func:`_organisations_in`."""
    words = _subject_words(sentence)
    return _organisations_in([_without_particle(w) for w in words], text) if words else None


def _subject_words(sentence: str) -> list[str]:
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


def _organisations_in(words: list[str], text: str | None = None) -> str | None:
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
        if org and (org == word or not org.endswith(MARKET_HOMONYM) or text is None or _named_alone(text, org)):
            return org
    return region


def _named_alone(text: str, org: str) -> bool:
    """``org`` stands somewhere in ``text`` without its head's title fused after it."""
    at = text.find(org)
    while at >= 0:
        if text[at + len(org):at + len(org) + 1] != "장":
            return True
        at = text.find(org, at + 1)
    return False


def _without_particle(word: str) -> str:
    """A title word without the particle after a name (`금융감독원의` → 금융감독원)."""
    for particle in NAME_PARTICLES:
        if word.endswith(particle) and is_organisation(word[:-len(particle)]):
            return word[:-len(particle)]
    return word
