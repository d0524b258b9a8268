"""The 담당 부서 table: departments and their 책임자/담당자 contacts.

The table is read as one stream of cells, whatever its line breaks: converted text splits
rowspans over lines, puts a cell on the next line, or runs several departments into one
line. A small state machine (:class:`TableReader`) turns the stream into departments.
"""
from __future__ import annotations

import re

from ..document import Document, Line
from ..models import Contact, Department
from . import contact_cells as cc
from .header_cells import Token, line_tokens
from .phones import e164

#: a line that is prose, not a table row: a sentence ending
SENTENCE_END = re.compile(r"(?:다|요|함|음|임)\s*[.!?]\s*$|니다")
#: local-government contact lines: `【자치행정과장 심재명 286-3510, 행정팀장 김경탁 286-3520】`
LOCAL_LINE = re.compile(r"^\s*[【\[(]\s*(?P<body>[^【】\[\]()]*?[가-힣]장\s+[가-힣]{2,4}[^【】\[\]()]*?)\s*[】\])]\s*$")
#: words without which a line cannot open a contact table (a cheap test before reading cells)
TABLE_HINT = re.compile(r"담\s*당|책\s*임\s*자|실\s*무\s*자|문\s*의|배\s*포\s*부\s*서|제\s*공")
#: a contact table never has more cells than this; the rest of a runaway line is not read
MAX_TABLE_CELLS = 300
#: a web board's own department field: `등록부서 : 빛가람동`, `담당부서 : 홍보팀` (no person, no phone)
BOARD_FIELD = re.compile(r"^\s*(?:담당|등록|작성)\s*부서\s*[:：]\s*(?P<name>[가-힣0-9·]+(?:\s[가-힣0-9·]+){0,3})\s*$")
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
        if local is not None:
            departments.append(local)
            used.add(i)
            i += 1
            continue
        start = _table_start(line, lines[i + 1:i + 3])
        if start is None:
            i += 1
            continue
        block = [line]
        j = i + 1
        while j < len(lines) and _continues(lines[j]):
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
    return departments, used


def _table_start(line: Line, following: list[Line]) -> int | None:
    """Index of the first token of a contact table on ``line``, or None."""
    if not TABLE_HINT.search(line.text):
        return None
    tokens = line_tokens(line)
    for k, tok in enumerate(tokens):
        kind = cc.classify(tok)
        if kind == cc.LABEL and (len(tokens) > k + 1 or following):
            rest = " ".join(t.text for t in tokens[k:]) + " " + " ".join(ln.text for ln in following)
            if cc.PHONE.search(rest) or cc.EMAIL.search(rest) or any(cc.classify(t) == cc.ROLE for t in tokens):
                return k
        if kind == cc.ROLE and line.is_table_row and any(cc.PHONE.search(t.text) for t in tokens[k:]):
            return _row_start(tokens, k)
    return None


def _row_start(tokens: list[Token], role_at: int) -> int:
    """Back up from a role cell over the unit cells before it (`산업통상부⇥중견기업정책관⇥책임자`)."""
    start = role_at
    while start > 0 and cc.classify(tokens[start - 1]) in (cc.UNIT, cc.EMPTY):
        start -= 1
    return start


def _continues(line: Line) -> bool:
    """Whether ``line`` still belongs to the contact table above it."""
    if line.is_blank:
        return False
    tokens = [t for t in line_tokens(line) if t.text]
    kinds = [cc.classify(t) for t in tokens]
    if not line.is_table_row:
        return len(line.stripped) < 60 and cc.PHONE.search(line.text) is not None and not SENTENCE_END.search(line.text)
    if any(k in (cc.PHONE_KIND, cc.COMPOSITE) for k in kinds):
        return True
    return any(k in (cc.ROLE, cc.LABEL) for k in kinds) and len(tokens) <= 8


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


def _board_department(line: Line) -> Department | None:
    m = BOARD_FIELD.match(line.text)
    return Department(name=m.group("name"), span=(line.start + m.start("name"), line.start + m.end("name"))) if m else None


def _split_ministry(dep: Department, issuer: str | None) -> None:
    """`행정안전부 혁신기획과` → ministry 행정안전부, name 혁신기획과; else the issuer."""
    from ..korean.organisations import is_organisation

    if dep.ministry:
        return
    words = (dep.name or "").split()
    if len(words) >= 2 and is_organisation(words[0]):
        dep.ministry, dep.name = words[0], " ".join(words[1:])
    elif len(words) == 1 and is_organisation(words[0]):
        dep.ministry, dep.name = words[0], None
    else:
        dep.ministry = issuer


def _another_unit(dep: Department, name: str) -> bool:
    """A second complete unit of several words before any contact: `국회의원 한창민 의원실` after
    `국회의원 유영하 의원실` is a department of its own, not the rest of one name."""
    from ..korean.header_words import UNIT_ENDINGS

    return (not dep.contacts and dep.name is not None and len(name.split()) >= 2
            and bool(UNIT_ENDINGS.search(dep.name)) and bool(UNIT_ENDINGS.search(name)))


def _next_filled(tokens: list[Token], kinds: list[str], at: int) -> tuple[Token, str] | None:
    """The first non-empty cell after position ``at`` in the row."""
    for k in range(at + 1, len(tokens)):
        if kinds[k] != cc.EMPTY:
            return tokens[k], kinds[k]
    return None


class TableReader:
    """Turns the cell stream of a contact table into departments."""

    def __init__(self) -> None:
        self.departments: list[Department] = []
        self.role: str | None = None
        self.role_order: list[str | None] = []
        self.pending = cc.Person()
        self.pending_role: str | None = None

    @property
    def current(self) -> Department:
        if not self.departments:
            self.departments.append(Department())
        return self.departments[-1]

    def read(self, lines: list[Line], first_token: int) -> None:
        budget = MAX_TABLE_CELLS
        for n, line in enumerate(lines):
            tokens = line_tokens(line)[first_token if n == 0 else 0:][:budget]
            self._read_row(tokens)
            budget -= len(tokens)
            if budget <= 0:
                break
        self._flush()
        self.departments = [d for d in self.departments if d.contacts or d.name or d.phone]

    def _read_row(self, tokens: list[Token]) -> None:
        kinds = [cc.classify(t) for t in tokens]
        roles_in_row = [cc.role_of(t.key)[0] for t, k in zip(tokens, kinds) if k == cc.ROLE]
        if len(roles_in_row) >= 2 and not self.role_order:
            self.role_order = roles_in_row
        composites = sum(k == cc.COMPOSITE for k in kinds)
        by_column = not roles_in_row and composites >= 2 and len(self.role_order) >= 2
        seen_composites = 0
        for k, (tok, kind) in enumerate(zip(tokens, kinds)):
            if kind == cc.NAME or (kind == cc.UNIT and self.pending.position and not self.pending.name):
                kind = cc.classify(tok, after_position=bool(self.pending.position)) if kind == cc.UNIT else kind
            if kind == cc.COMPOSITE and by_column:
                self.role = self.role_order[min(seen_composites, len(self.role_order) - 1)]
                seen_composites += 1
            self._take(tok, kind, tokens, kinds, k)

    def _take(self, tok: Token, kind: str, tokens: list[Token], kinds: list[str], at: int) -> None:
        if kind == cc.EMPTY:
            return
        if kind == cc.LABEL:
            self._flush()
            self.departments.append(Department(span=tok.span))
            self.role = None
        elif kind == cc.ROLE:
            self._flush()
            self.role, position = cc.role_of(tok.key)
            self.pending.position = position
            self.pending.start = tok.start
        elif kind == cc.UNIT:
            self._unit(tok, _next_filled(tokens, kinds, at))
        elif kind == cc.POSITION:
            if self.pending.name and not self.pending.position:
                self.pending.position = tok.key
            else:
                self._flush()
                self.pending.position, self.pending.start = tok.key, tok.start
        elif kind == cc.NAME:
            if self.pending.name:
                self._flush()
            self.pending.name = cc.squeeze(tok.text).replace(" ", "")
            self.pending.start = self.pending.start or tok.start
            self.pending.end = tok.end
        elif kind == cc.PERSON:
            self._flush()
            self.pending.position, self.pending.name = cc.position_and_name(cc.squeeze(tok.text))
            self.pending.start, self.pending.end = tok.start, tok.end
        elif kind == cc.PHONE_KIND:
            self._phone(tok)
        elif kind == cc.COMPOSITE:
            self._composite(tok)

    def _unit(self, tok: Token, following: tuple[Token, str] | None) -> None:
        """A unit cell: a new department, or the rest of a name spread over rows (rowspan)."""
        name = " ".join(cc.squeeze(tok.text).split())
        if len(name) < 2:  # a cell cut short by the converter (`김`)
            return
        self._flush()
        dep = self.current
        staff_row = following is not None and following[1] == cc.ROLE and cc.role_of(following[0].key)[0] == "담당자"
        from ..korean.organisations import is_organisation

        new_org = is_organisation(name.split()[0])
        if dep.contacts and (not staff_row or new_org) or _another_unit(dep, name):
            self.departments.append(Department(name=name, span=tok.span))
        else:
            dep.name = f"{dep.name} {name}" if dep.name else name
            dep.span = (dep.span or tok.span)[0:1] + (tok.end,)

    def _phone(self, tok: Token) -> None:
        raw = tok.text.strip("()[] ")
        if cc.EMAIL.fullmatch(raw):
            self.pending.email = raw
        else:
            self.pending.phone = cc.clean_phone(tok.text)
        self.pending.end = tok.end
        self._flush()

    def _composite(self, tok: Token) -> None:
        people = cc.people_in(tok)
        if self.pending.name and people and all(p.name is None and not p.unit for p in people):
            self._numbers_of_pending(people, tok)  # `044-201-1235, kim@korea.kr` after `김철수 사무관`
            return
        role_position = self.pending.position if not self.pending.name else None
        self._flush()
        for person in people:
            if person.name is None:
                self._department_number(person)
                continue
            if person.unit and self.current.contacts:
                self.departments.append(Department(name=person.unit, span=tok.span))
            elif person.unit and not self.current.name:
                self.current.name = person.unit
            person.position = person.position or role_position
            self.pending = person
            self._flush()

    def _numbers_of_pending(self, numbers: list[cc.Person], tok: Token) -> None:
        self.pending.phone = next((n.phone for n in numbers if n.phone), None)
        self.pending.email = next((n.email for n in numbers if n.email), None)
        self.pending.end = tok.end
        self._flush()

    def _department_number(self, person: cc.Person) -> None:
        dep = self.current
        if person.unit and not dep.name:
            dep.name = person.unit
        dep.phone = dep.phone or person.phone

    def _flush(self) -> None:
        p = self.pending
        if p.name and len(p.name) >= 2:
            self.current.contacts.append(Contact(
                role=self.role, position=p.position, name=p.name, phone=p.phone,
                phone_e164=e164(p.phone), email=p.email, span=(p.start, p.end) if p.end else None))
        self.pending = cc.Person()
