"""The state machine that reads a contact table's stream of cells into departments.

Cells come classified by :mod:`.contact_cells`; the reader keeps the department being read,
the current role (책임자/담당자) and the official being assembled, and decides whether a unit
cell starts a new department or continues the name of the one above (a rowspan).
"""
from __future__ import annotations

import re

from ...document import Line
from ...korean.header_words import GROUP_TAG, LOWER_UNIT, UNIT_ENDINGS, UPPER_UNIT
from ...korean.organisations import is_organisation
from ...models import Contact, Department
from . import contact_cells as cc
from .cells import Token, columns, line_tokens
from .phones import e164

#: a cell wholly in brackets: a topic that groups departments (`<광역교통 개선>`)
BRACKETED = re.compile(r"^[<(〈\[［【][^<>()〈〉\[\]［］【】]{1,30}[>)〉\]］】]$")
#: a contact table never has more cells than this; the rest of a runaway line is not read
MAX_TABLE_CELLS = 300


def _another_unit(dep: Department, name: str) -> bool:
    """A second complete unit of several words before any contact: `국회의원 한창민 의원실` after
    `국회의원 유영하 의원실` is a department of its own, not the rest of one name."""
    return (not dep.contacts and dep.name is not None and len(name.split()) >= 2
            and bool(UNIT_ENDINGS.search(dep.name)) and bool(UNIT_ENDINGS.search(name)))


def _next_filled(tokens: list[Token], kinds: list[str], at: int) -> tuple[Token, str] | None:
    """The first non-empty cell after position ``at`` in the row."""
    for k in range(at + 1, len(tokens)):
        if kinds[k] != cc.EMPTY:
            return tokens[k], kinds[k]
    return None


def _name_follows(tokens: list[Token], kinds: list[str], at: int) -> bool:
    """The next filled cell after ``at`` holds a name (alone, or with a phone)."""
    following = _next_filled(tokens, kinds, at)
    if following is None:
        return False
    tok, kind = following
    if kind == cc.COMPOSITE:
        people = cc.people_in(tok)
        return bool(people) and people[0].name is not None
    return kind == cc.NAME or cc.classify(tok, after_position=True) == cc.NAME


def _position_before_name(tokens: list[Token], kinds: list[str], at: int) -> bool:
    """The cell at ``at`` is a single word shaped like a position, known or not, with a name in
    the next filled cell (`조사관` / `남정욱`)."""
    return (kinds[at] in (cc.UNIT, cc.LABEL, cc.NAME) and cc.is_position_word(tokens[at].text)
            and _name_follows(tokens, kinds, at))


class TableReader:
    """Turns the cell stream of a contact table into departments."""

    def __init__(self) -> None:
        self.departments: list[Department] = []
        self.role: str | None = None
        self.role_order: list[str | None] = []
        self.pending = cc.Person()
        self.pending_role: str | None = None
        #: the columns of the first department label and the first role cell of the table
        self.label_col: int | None = None
        self.role_col: int | None = None

    @property
    def current(self) -> Department:
        if not self.departments:
            self.departments.append(Department())
        return self.departments[-1]

    def read(self, lines: list[Line], first_token: int) -> None:
        budget = MAX_TABLE_CELLS
        for n, line in enumerate(lines):
            tokens = line_tokens(line)[first_token if n == 0 else 0:][:budget]
            self._read_row(tokens, columns(line, tokens))
            budget -= len(tokens)
            if budget <= 0:
                break
        self._flush()
        self.departments = [d for d in self.departments if d.contacts or d.name or d.phone]

    def _read_row(self, tokens: list[Token], cols: list[int | None]) -> None:
        kinds = self._by_column(tokens, cols, [cc.classify(t) for t in tokens])
        roles_in_row = [cc.role_of(t.key)[0] for t, k in zip(tokens, kinds) if k == cc.ROLE]
        if len(roles_in_row) >= 2 and not self.role_order:
            self.role_order = roles_in_row
        composites = sum(k == cc.COMPOSITE for k in kinds)
        by_column = not roles_in_row and composites >= 2 and len(self.role_order) >= 2
        seen_composites = 0
        for k, (tok, kind) in enumerate(zip(tokens, kinds)):
            if kind == cc.UNIT and self.pending.position and not self.pending.name:
                kind = cc.classify(tok, after_position=True)
            if kind == cc.COMPOSITE and by_column:
                self.role = self.role_order[min(seen_composites, len(self.role_order) - 1)]
                seen_composites += 1
            self._take(tok, kind, tokens, kinds, k)

    def _by_column(self, tokens: list[Token], cols: list[int | None], kinds: list[str]) -> list[str]:
        """Where a cell stands decides what it holds when its words alone do not.

        The role cells (책임자/담당자) split a contact table's row: the label and unit columns
        stand before them, the position, name and phone columns after. So a name-shaped word
        before the role column is a unit or a qualifier (`서초서`), never a person; a single word
        after it that a name follows is a position, known or not, name-shaped or not (`조사관`,
        `외무서기관`, `담당`, `소방경`);
        and what stands in the label's own column below it is a qualifier of the label (`<총괄>`,
        `서울청`, `<광역교통 개선>`) when a unit column stands between it and the roles.
        """
        role_cols = [c for c, k in zip(cols, kinds) if k == cc.ROLE and c is not None]
        if self.role_col is None and role_cols:
            self.role_col = role_cols[0]
        if self.label_col is None:
            self.label_col = next((c for c, k in zip(cols, kinds) if k == cc.LABEL), None)
        limit = role_cols[0] if role_cols else self.role_col
        if limit is None:
            return kinds
        out = list(kinds)
        role_at = kinds.index(cc.ROLE) if role_cols else len(kinds)
        if not role_cols and any(c is not None and c <= limit for c, k in zip(cols, kinds) if k == cc.PHONE_KIND):
            # a phone in or before the roles' column: this row's cells do not stand in the table's
            # columns (a converter's list, one item a row), so only the order of its cells counts
            return [cc.POSITION if _position_before_name(tokens, kinds, k) else kind for k, kind in enumerate(kinds)]
        for k, (tok, col, kind) in enumerate(zip(tokens, cols, kinds)):
            if col is None or kind in (cc.EMPTY, cc.TAG):
                continue
            if col < limit:
                if (col == self.label_col and limit - col >= 2 and kind in (cc.UNIT, cc.NAME)
                        and (" " not in tok.text.strip() or BRACKETED.match(tok.text.strip()))):
                    out[k] = cc.TAG
                elif kind == cc.NAME:
                    out[k] = cc.UNIT
            elif col > limit and _position_before_name(tokens, kinds, k):
                out[k] = cc.POSITION  # a name-shaped rank before the name is the position (`소방경`)
            elif (col > limit or k > role_at) and kind == cc.UNIT and cc.head_and_name(tok.text):
                out[k] = cc.PERSON  # `과장직무대리 이상진`, `연구사전세원`
        return out

    def _take(self, tok: Token, kind: str, tokens: list[Token], kinds: list[str], at: int) -> None:
        if kind in (cc.EMPTY, cc.TAG):
            return
        if kind == cc.LABEL:
            self._flush()
            self.departments.append(Department(span=tok.span))
            self.role = None
        elif kind == cc.ROLE:
            self._flush()
            self.role, position = cc.role_of(tok.key)
            if self.role == "책임자" and cc.UNIT not in kinds[:at]:
                self._second_department()
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
            squeezed = cc.squeeze(tok.text)
            self.pending.position, self.pending.name = cc.position_and_name(squeezed) or cc.head_and_name(squeezed)
            self.pending.start, self.pending.end = tok.start, tok.end
        elif kind == cc.PHONE_KIND:
            self._phone(tok)
        elif kind == cc.COMPOSITE:
            self._composite(tok)

    def _unit(self, tok: Token, following: tuple[Token, str] | None) -> None:
        """A unit cell: a new department, or the rest of a name spread over rows (rowspan)."""
        name = " ".join(cc.squeeze(GROUP_TAG.sub("", tok.text)).split())
        if len(name) < 2:  # a cell cut short by the converter (`김`)
            return
        self._flush()
        dep = self.current
        staff_row = following is not None and following[1] == cc.ROLE and cc.role_of(following[0].key)[0] == "담당자"
        new_org = is_organisation(name.split()[0])
        # a lower unit alone on its row under an upper one whose cell spans the rows above: one name
        nested = (following is None and dep.name is not None and " " not in name
                  and UPPER_UNIT.search(dep.name) is not None and LOWER_UNIT.search(name) is not None)
        if dep.contacts and (not staff_row or new_org) and not nested or _another_unit(dep, name):
            self.departments.append(Department(name=name, span=tok.span))
        else:
            dep.name = f"{dep.name} {name}" if dep.name else name
            dep.span = (dep.span or tok.span)[0:1] + (tok.end,)

    def _second_department(self) -> None:
        """A 책임자 after the 담당자 of a department, on a row without a unit: a second department
        whose unit a PDF merged into the cell above (`주택공급추진본부 공공택지기획과
        대도시권광역교통위원회 광역교통정책과`). The name splits where a lower unit is followed by an
        upper unit or an organisation; without such a place nothing is split."""
        dep = self.current
        if not dep.name or not any(c.role == "담당자" for c in dep.contacts):
            return
        words = dep.name.split()
        cut = next((i for i in range(1, len(words) - 1) if LOWER_UNIT.search(words[i - 1])
                    and (UPPER_UNIT.search(words[i]) or is_organisation(words[i]))), None)
        if cut is None:
            return
        dep.name = " ".join(words[:cut])
        self.departments.append(Department(name=" ".join(words[cut:]), span=dep.span))

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
