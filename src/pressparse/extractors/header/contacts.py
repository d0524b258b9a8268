"""The 담당 부서 table: departments and their 책임자/담당자 contacts.

The table is read as one stream of cells, whatever its line breaks: converted text splits
rowspans over lines, puts a cell on the next line, or runs several departments into one
line. A small state machine (:class:`.contact_table.TableReader`) turns the stream into departments.
"""
from __future__ import annotations

import re

from ...document import Document, Line
from ...korean.header_words import UNIT_ENDINGS, UPPER_UNIT
from ...korean.organisations import is_organisation, names_body
from ...korean.sentences import ENDS_SENTENCE
from ...models import Contact, Department
from . import contact_cells as cc
from .contact_table import TableReader
from .cells import Token, line_tokens
from .phones import e164

#: the shortest name that can hold two units run together, and the longest word Kiwi may read
#: across a cut between them for the cut to be refused
FUSED_MIN, ACROSS_WORD = 7, 3
#: the longest name read as two units run together (the longest unit names have about 15 syllables)
FUSED_MAX = 40
#: local-government contact lines: `【자치행정과장 심재명 286-3510, 행정팀장 김경탁 286-3520】`
LOCAL_LINE = re.compile(
    r"^\s*[【\[(](?=[^【】\[\]()]*[】\])]\s*$)"  # the closing bracket ends the line: checked once, up front
    r"\s*(?P<body>(?!\s)[^【】\[\]()]*?[가-힣]장\s+[가-힣]{2,4}(?:[^【】\[\]()]*[^【】\[\]()\s])?)\s*[】\])]\s*$"
)
#: words without which a line cannot open a contact table (a cheap test before reading cells)
TABLE_HINT = re.compile(r"담\s*당|책\s*임\s*자|실\s*무\s*자|문\s*의|배\s*포\s*부\s*서|제\s*공")
#: a web board's own department field: `등록부서 : 빛가람동`, `담당부서 : 홍보팀`, `작성과 : 복지정책과`
#: (no person, no phone)
BOARD_FIELD = re.compile(r"^\s*(?:(?:담당|등록|작성)\s*부서|작성\s*과|담당\s*과)\s*[:：]\s*(?P<name>[가-힣0-9·]+(?:\s[가-힣0-9·]+){0,3})\s*$")
#: a line of one or two words of Hangul (`기업집단관리과`): a unit's name alone, when they are units
UNIT_LINE = re.compile(r"[가-힣0-9·]{1,20}+(?: [가-힣0-9·]{1,20}+)?")
#: a line of units in brackets with their phones after ☎ (no person): `〔경제산업과 기업유치팀 ☎061-530-5659〕`
BRACKETED_UNITS = re.compile(
    r"[〔【\[]\s*+(?P<units>[가-힣0-9·]{2,20}+(?:[ ,]++[가-힣0-9·]{2,20}+){0,7}+)\s*+"
    r"(?:☎\s*+(?P<phones>\d{2,4}-\d{3,4}-\d{4}(?:\s*+,\s*+\d{2,4}-\d{3,4}-\d{4}){0,5}+)\s*+)?[〕】\]]")
LOCAL_ENTRY = re.compile(r"^(?P<head>[가-힣]+장)\s+(?P<name>[가-힣]{2,4})(?:\s+(?P<phone>[\d\-\s]{7,14}))?$")


def find_departments(doc: Document, issuer: str | None) -> tuple[list[Department], set[int]]:
    """All departments of the document and the lines their tables take."""
    departments: list[Department] = []
    used: set[int] = set()
    i = 0
    lines = doc.lines
    while i < len(lines):
        line = lines[i]
        local = _local_department(line) or _board_department(line)
        units = [] if local is not None else _bracketed_units(line)
        if local is not None or units:
            departments.extend([local] if local is not None else units)
            used.add(i)
            i += 1
            continue
        start = _table_start(line, lines[i + 1:i + 3])
        if start is None:
            i += 1
            continue
        block = [line]
        j = i + 1
        while j < len(lines) and (_continues(lines[j]) or _bridges(lines, j)):
            block.append(lines[j])
            j += 1
        reader = TableReader()
        reader.read(block, start)
        if reader.departments:
            departments.extend(reader.departments)
            used |= {ln.index for ln in block}
        i = j
    for dep in departments:
        _split_ministry(dep, issuer)
        dep.name = unfused_units(dep.name)
    return departments, used


def _table_start(line: Line, following: list[Line]) -> int | None:
    """Index of the first token of a contact table on ``line``, or None."""
    if not TABLE_HINT.search(line.text):
        return None
    tokens = line_tokens(line)
    kinds = [cc.classify(t) for t in tokens]
    has_role = cc.ROLE in kinds
    if cc.LABEL not in kinds and not (has_role and line.is_table_row):
        return None  # most lines with a hint: no label and no role row (the loop below says no)
    labelled = [True] * len(tokens) if has_role else _contact_after(tokens, following)
    phone_after = _phone_after(tokens) if has_role and line.is_table_row else [False] * len(tokens)
    for k, kind in enumerate(kinds):
        if kind == cc.LABEL and (len(tokens) > k + 1 or following) and labelled[k]:
            return k
        if kind == cc.ROLE and line.is_table_row and phone_after[k]:
            return _row_start(tokens, k)
    return None


def _contact_after(tokens: list[Token], following: list[Line]) -> list[bool]:
    """For each token, whether a phone or e-mail starts at it or after it in the line's tokens
    and the lines after, joined (one pass over the text, not one per label)."""
    joined = " ".join(t.text for t in tokens) + " " + " ".join(ln.text for ln in following)
    contact_at = max((m.start() for pattern in (cc.PHONE, cc.EMAIL) for m in pattern.finditer(joined)), default=-1)
    starts, pos = [], 0
    for t in tokens:
        starts.append(contact_at >= pos)
        pos += len(t.text) + 1
    return starts


def _phone_after(tokens: list[Token]) -> list[bool]:
    """For each token, whether it or a token after it holds a phone."""
    after, seen = [False] * len(tokens), False
    for k in range(len(tokens) - 1, -1, -1):
        seen = seen or bool(cc.PHONE.search(tokens[k].text))
        after[k] = seen
    return after


def _row_start(tokens: list[Token], role_at: int) -> int:
    """Back up from a role cell over the unit cells before it (`산업통상부⇥중견기업정책관⇥책임자`)."""
    start = role_at
    while start > 0 and cc.classify(tokens[start - 1]) in (cc.UNIT, cc.EMPTY, cc.TAG):
        start -= 1
    return start


def _continues(line: Line) -> bool:
    """Whether ``line`` still belongs to the contact table above it."""
    if line.is_blank:
        return False
    tokens = [t for t in line_tokens(line) if t.text]
    kinds = [cc.classify(t) for t in tokens]
    if not line.is_table_row:
        return len(line.stripped) < 60 and cc.PHONE.search(line.text) is not None and not ENDS_SENTENCE.search(line.text)
    if any(k in (cc.PHONE_KIND, cc.COMPOSITE) for k in kinds):
        return True
    return any(k in (cc.ROLE, cc.LABEL) for k in kinds) and len(tokens) <= 8


def _bridges(lines: list[Line], at: int) -> bool:
    """A table row of unit cells only (the rest of a department name spread over rows:
    `⇥기업집단관리과`), or a line of one unit alone (a converter's list item `- 기업집단관리과`),
    belongs to the table when the row after it does."""
    line = lines[at]
    if at + 1 >= len(lines) or not lines[at + 1].is_table_row:
        return False
    filled = [t for t in line_tokens(line) if t.text]
    if not line.is_table_row:  # a line of its own: one unit's name, nothing else
        return (UNIT_LINE.fullmatch(line.stripped) is not None and _all_units(line.stripped)
                and _continues(lines[at + 1]))
    return (0 < len(filled) <= 2 and all(len(t.text) <= 30 and cc.classify(t) == cc.UNIT for t in filled)
            and _continues(lines[at + 1]))


def _local_department(line: Line) -> Department | None:
    """A bracketed local-government contact line as one department."""
    m = LOCAL_LINE.match(line.text)
    if not m:
        return None
    entries = [e.strip() for e in m.group("body").split(",")]
    parsed = [LOCAL_ENTRY.match(e) for e in entries]
    if not parsed or not all(parsed):
        return None
    first_unit, _ = cc.split_position(parsed[0].group("head"))
    contacts = []
    for p in parsed:
        unit, position = cc.split_position(p.group("head"))
        phone = p.group("phone").strip() if p.group("phone") else None
        contacts.append(Contact(position=position or p.group("head"), name=p.group("name"), phone=phone,
                                phone_e164=e164(phone)))
    return Department(name=first_unit, contacts=contacts, span=line.span)


def _bracketed_units(line: Line) -> list[Department]:
    """A line that is only units in brackets, with their phones after `☎` (a county board's
    `〔경제산업과 기업유치팀 ☎061-530-5659〕`, `〔환경과 기후환경정책팀, 기후변화대응지원단
    운영지원팀 ☎ 061-530-5332, 061-530-5652〕`, `〔관광실 축제팀 〕`): a department for each
    comma-separated run of units, with the phone of the same place where as many are given."""
    m = BRACKETED_UNITS.fullmatch(line.stripped)
    if not m:
        return []
    names = [" ".join(n.split()) for n in m.group("units").split(",")]
    if not all(_all_units(name) for name in names) or not (m.group("phones") or all(" " in n for n in names)):
        return []  # without a phone, units named with the one above them (`농정과 농촌인력팀`), no `[선정결과]`
    phones = [p.strip() for p in (m.group("phones") or "").split(",") if p.strip()]
    paired = phones if len(phones) == len(names) else [phones[0] if phones else None] + [None] * (len(names) - 1)
    at = line.start + line.text.find(m.group("units"))
    return [Department(name=name, phone=phone, span=(at, at + len(m.group("units")))) for name, phone in zip(names, paired)]


def _all_units(name: str) -> bool:
    """Every word a unit (`경제산업과 기업유치팀`), the first one also a body (`보건소 감염병예방팀`)."""
    words = name.split()
    return bool(words) and all(UNIT_ENDINGS.search(w) or (k == 0 and names_body(w)) for k, w in enumerate(words))


def _board_department(line: Line) -> Department | None:
    m = BOARD_FIELD.match(line.text)
    return Department(name=m.group("name"), span=(line.start + m.start("name"), line.start + m.end("name"))) if m else None


def unfused_units(name: str | None) -> str | None:
    """A department name whose upper and lower units a conversion ran together, spaced again:
    `상생협력정책실불공정거래개선과` → `상생협력정책실 불공정거래개선과`. The cut is the last place
    where an upper unit's ending (실, 국, 본부, 정책관 …) is followed by a lower unit of three syllables
    or more, unless Kiwi reads a short word across it (`안전실태점검과`: 실태)."""
    if not name or " " in name or not FUSED_MIN <= len(name) <= FUSED_MAX:
        return name
    short_words = None
    for cut in range(len(name) - 3, 2, -1):
        if UPPER_UNIT.search(name[:cut]) and UNIT_ENDINGS.search(name[cut:]):
            short_words = short_words if short_words is not None else _short_words(name)
            if not any(start < cut < end for start, end in short_words):
                return f"{name[:cut]} {name[cut:]}"
    return name


def _short_words(name: str) -> list[tuple[int, int]]:
    """Where Kiwi reads a known short word (실태, 국민) in ``name``: a cut across one is refused,
    a cut across a compound Kiwi does not know (약제관리실약제) is not."""
    from ...korean.kiwi import get_kiwi

    return [(t.start, t.start + t.len) for t in get_kiwi().tokenize(name) if t.len <= ACROSS_WORD]


def _split_ministry(dep: Department, issuer: str | None) -> None:
    """`행정안전부 혁신기획과` → ministry 행정안전부, name 혁신기획과; else the issuer."""
    if dep.ministry:
        return
    words = (dep.name or "").split()
    if len(words) >= 2 and is_organisation(words[0]):
        dep.ministry, dep.name = words[0], " ".join(words[1:])
    elif len(words) == 1 and is_organisation(words[0]):
        dep.ministry, dep.name = words[0], None
    else:
        dep.ministry = issuer
