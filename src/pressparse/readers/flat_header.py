"""Flattened header text: a preview that lost every cell boundary and line break.

`보 도 자 료 보도 2025.12.5.(금) 조간 배포 2025.12.4.(목) 담당부서 기업공시국 기업공시총괄팀 책임자
국 장 조치형 (02-3145-8100) 담당자 … 상장사의 배당 관련 …` is cut back into the rows a converted
release has: the banner, `보도⇥…⇥배포⇥…`, the contact row with its cells, and the rest (title, body).
A line is only cut when it holds a release label, a distribution label and a department label.
"""
from __future__ import annotations

import re

from ..korean.organisations import is_organisation

#: the labels of a flattened header, as whole words (justified spacing allowed)
FLAT_LABEL = re.compile(
    r"(?<!\S)(?P<label>보\s?도\s?시\s?점|보\s?도\s?일\s?시|보도|배\s?포\s?시\s?점|배\s?포\s?일\s?시|배포|담\s?당\s?부\s?서|책임자|담\s?당\s?자)(?!\S)"
)
RELEASE, DISTRIBUTION, DEPARTMENT = ("보도", "보도시점", "보도일시"), ("배포", "배포시점", "배포일시"), ("담당부서",)
#: the value of a time label: a date (time, edition) or a condition such as 배포 시
TIME_VALUE = re.compile(
    r"^\s*(?:(?:['’]?\d{2,4}\s*[.년-]\s*)?\d{1,2}\s*[.월-]\s*\d{1,2}\s*[.일]?\s*(?:\([월화수목금토일]\)\.?)?"
    r"(?:\s*\d{1,2}:\d{2})?(?:\s*(?:조간|석간))?|배포\s?시|배포\s?즉시)"
)
#: a phone number, the end of the contact block is the last one
#: (one that starts with white space starts where its run starts, so search reads a run once)
PHONE = re.compile(r"(?!(?<=\s)\s)\(?\s*0\d{1,2}[-)]\s*\d{3,4}-\d{4}\s*\)?|\(\d{4}\)")
#: where the body starts inside the rest of a flattened line: a box or an outline marker
BODY_MARK = re.compile(r"(?<!\s)\s+(?=[<□■◈◇○ㅇ※▣]\s)")
#: the longest header a flattened line may start with
MAX_HEADER = 600


def unflatten(line: str) -> list[str] | None:
    """The rows of a flattened header line, or None when ``line`` is not one."""
    if "\t" in line or len(line) < 40:
        return None
    labels = [m for m in FLAT_LABEL.finditer(line[:MAX_HEADER])]
    keys = [re.sub(r"\s", "", m.group("label")) for m in labels]
    if not (any(k in RELEASE for k in keys) and any(k in DISTRIBUTION for k in keys) and "담당부서" in keys):
        return None
    first_time = next(m for m, k in zip(labels, keys) if k in RELEASE + DISTRIBUTION)
    department = next(m for m, k in zip(labels, keys) if k in DEPARTMENT)
    rows = [line[:first_time.start()].strip()]
    time_cells, leftover = _time_cells(line, [(m, k) for m, k in zip(labels, keys) if m.start() < department.start()],
                                       department.start())
    rows.append("\t".join(time_cells))
    rows.extend(leftover)
    contacts_end = _contacts_end(line, department.start())
    cells = _cells(line[department.start():contacts_end], FLAT_LABEL)
    rest = line[contacts_end:].strip()
    if _dangling_department(rest):  # a second department the preview cut off
        cells, rest = cells + [rest], ""
    rows.append("\t".join(cells))
    rows.extend(BODY_MARK.split(rest))
    return [r.strip() for r in rows if r.strip()]


def _dangling_department(rest: str) -> bool:
    words = rest.split()
    return 0 < len(words) <= 3 and is_organisation(words[0]) and not re.search(r"[.!?]|다\b", rest)


def _time_cells(line: str, labels, stop: int) -> tuple[list[str], list[str]]:
    """`보도⇥value⇥배포⇥value`, and what follows a value that is not part of it (a title)."""
    cells: list[str] = []
    leftover: list[str] = []
    for n, (m, key) in enumerate(labels):
        end = labels[n + 1][0].start() if n + 1 < len(labels) else stop
        segment = line[m.end():end]
        value = TIME_VALUE.match(segment)
        cells += [m.group("label"), (value.group(0) if value else segment).strip()]
        rest = segment[value.end():].strip() if value else ""
        if rest:
            leftover.append(rest)
    return cells, leftover


def _contacts_end(line: str, start: int) -> int:
    """Just after the last phone number of the contact block that starts at ``start``."""
    end = start
    for m in PHONE.finditer(line, start):
        gap = line[end:m.start()]
        if end > start and len(gap) > 80:  # a long stretch without a number: the block is over
            break
        end = m.end()
    return end


def _cells(block: str, labels: re.Pattern) -> list[str]:
    """The block cut at every label: `담당부서⇥unit⇥책임자⇥person…`."""
    cells: list[str] = []
    pos = 0
    for m in labels.finditer(block):
        if block[pos:m.start()].strip():
            cells.append(block[pos:m.start()].strip())
        cells.append(m.group("label"))
        pos = m.end()
    if block[pos:].strip():
        cells.append(block[pos:].strip())
    return cells
