"""The issuer from the title and the lead, once they are known, where the header named none:
the organisation that opens the title, the lead's subject, a body named with its head or a short
name, a subtitle's opening body, the metadata's filing, the site, the body the text names most."""
from __future__ import annotations

import re
from collections import Counter

from ...document import Body, Document
from ...korean.header_words import HEAD_TITLES, MINISTRIES
from ...korean.organisations import (REGIONS, STRONG_ENDINGS, abbreviates, is_organisation, is_public_body,
                                     names_body, opens_as_organisation, organisation_in)
from .lead import (PUNCTUATION, TITLE_WORDS, first_org, lead_sentences, organisations_in, subject_organisation,
                   subject_words, without_particle)

#: an organisation's first mention with its head: `중소벤처기업부(장관 이영)`, `(부총리 겸 … 장관 배경훈, 이하 …)`
#: (here and in WITH_ALIAS the name is a run of Hangul taken possessively: no shorter run is
#: followed by the bracket)
WITH_HEAD = re.compile(rf"(?P<org>[가-힣]{{2,25}}+)\s*\(\s*(?:{'|'.join(HEAD_TITLES)})(?:\s|,|\))")
#: the word that gives a short name (`이하` = hereafter), and an organisation given one in the
#: lead: `중소벤처기업부(이하 중기부)`
HEREAFTER = "이하"
WITH_ALIAS = re.compile(rf"(?P<org>[가-힣]{{2,25}}+)\s*\(\s*{HEREAFTER}\s*[‘'“\"]?[가-힣A-Za-z]+")
#: a lead sentence whose subject is the organisation: `전라남도는 …`
SUBJECT = re.compile(r"^[\s□■○ㅇ◦▶-]*(?P<org>[가-힣]{2,25})(?:은|는|이|가)\s")
#: how far before a body named with its head the organisation it belongs to may stand
PARENT_CHARS = 20
#: a run of Hangul (a word and the particle after it)
HANGUL_WORD = re.compile(r"[가-힣]{3,30}+")
#: the last syllables of the names :func:`_most_named` counts (a ministry's, a strong ending's),
#: so that a word that cannot be one is passed over before any test
STRONG_TAILS = tuple({name[-1] for name in (*STRONG_ENDINGS, *MINISTRIES)})
#: how much of the text's opening is read for a body named with its head or a short name
NAMED_CHARS = 5_000
#: how much of the text is read for the organisation named most often
MOST_NAMED_CHARS = 6_000


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
             or organisations_in([without_particle(w) for w in words[:TITLE_WORDS]], doc.text)
             or _opening_subtitle(subtitles or [], doc.text)
             or doc.metadata.issuer or doc.site or _most_named(doc, words))
    return next((full for full in (lead, named) if found and full and _shortens(found, full)), found)


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


def _with_alias(doc: Document) -> str | None:
    opening = doc.text[:NAMED_CHARS]
    return first_org(WITH_ALIAS, opening) if HEREAFTER in opening else None


def _subject(doc: Document) -> str | None:
    for line in doc.lines[:60]:
        m = SUBJECT.match(line.text)
        if m and is_organisation(m.group("org")):
            return m.group("org")
    return None


def _opening_subtitle(subtitles: list[str], text: str) -> str | None:
    """The organisation the first word of a subtitle names (`해남군 해넘이·해맞이 축제, …`)."""
    for subtitle in subtitles:
        words = [w.strip(PUNCTUATION) for w in subtitle.split()[:1]]
        org = organisations_in([without_particle(w) for w in words], text)
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
        org = organisation_in(without_particle(word))
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
        word = without_particle(word)
        if word == org or (region and word in REGIONS and (word == region or _shortens(word, region))):
            return True
    return False


def _named_in_full(doc: Body, sentence: str) -> str | None:
    """A subject that names its body by kind alone (`시교육청은`, `도교육청은`: which one is not
    said), resolved to the full name the text gives it (`광주광역시교육청교육연수원` →
    광주광역시교육청)."""
    stem = (subject_words(sentence) or [""])[-1]
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
    return len(short) < len(full) and (full.endswith(short) or abbreviates(short, full))
