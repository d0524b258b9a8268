"""보도 일시 / 배포 일시 cells and the posting time of web pages.

The release time is the earliest moment the release may be published: of the dates in
the 보도 cell, the earliest one with a clock time (`조간(온라인 9. 3. 12:00)` gives the online
instant), else the earliest date with its edition. `배포 즉시` and the like give the
distribution time plus a condition.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from ...document import Document
from ...korean.header_words import DISTRIBUTION_LABELS, MEDIA_SCOPES, ON_DISTRIBUTION, RELEASE_CONDITION, RELEASE_LABELS
from ...models import Header
from ..dates import KST, When, document_years, find_dates, find_times, infer_year
from .cells import Token, is_label, line_tokens

#: how far from the top the 보도/배포 rows may stand (non-blank lines)
HEADER_SCAN_LINES = 40
#: a letter every 보도/배포 label holds: a line without one has no time label, and its tokens
#: need not be read (a token's text is part of its line's)
TIME_LABEL_LETTERS = re.compile("[" + "".join(sorted({letter for label in RELEASE_LABELS | DISTRIBUTION_LABELS
                                                       for letter in label[:1]})) + "]")
#: media scopes written with justified spacing or brackets: `<전매체>`, `(지 면)`
MEDIA_PATTERN = re.compile("|".join(r"\s*".join(map(re.escape, scope)) for scope in MEDIA_SCOPES))
#: a line that is only a bracketed date with its edition, the second line of a 보도 cell that a
#: PDF writes apart: `<4.14.(화) 조간>`, `< 4. 13.(월) 조간 >`
EDITION_LINE = re.compile(r"^[<(〈]\s*+\d{1,4}\s*+[.년]\s*+\d[\d\s.월일()가-힣]{0,24}?(?:조간|석간)\s*+[>)〉]$")
#: a line that opens with a bracketed media scope, the second line of a 보도 cell written apart:
#: `(지 면) 2026. 4. 14.(화) 조간`
SCOPE_LINE = re.compile(r"^\s*+[<(〈\[]\s*+(?:" + MEDIA_PATTERN.pattern + r")\s*+[>)〉\]]")
#: a posting stamp of a web page or news article: `입력 2017-01-15 06:00`, `• 2022-11-02 15:48:30`
POSTED = re.compile(
    r"^[\s•·\-*▶]*(?:(?P<label>입력|등록|등록일|작성일|게시일|기사입력|승인|발행|날짜|일자)\s*(?::\s*)?)?"
    r"(?P<stamp>(?:19|20)\d\d[-./]\s*\d{1,2}[-./]\s*\d{1,2}\.?(?:\s+(?:(?:오전|오후)\s*)?\d{1,2}:\d\d(?::\d\d)?)?)\s*$"
)


@dataclass
class TimeCell:
    """The value tokens of one 보도/배포 label."""

    tokens: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens if t.text).strip()

    @property
    def span(self) -> tuple[int, int] | None:
        filled = [t for t in self.tokens if t.text]
        return (filled[0].start, filled[-1].end) if filled else None


def find_time_cells(doc: Document) -> tuple[TimeCell | None, TimeCell | None, set[int]]:
    """The release and distribution cells near the top, and the lines they stand on."""
    release = distribution = None
    used: set[int] = set()
    lines = [ln for ln in doc.lines if not ln.is_blank][:HEADER_SCAN_LINES]
    for pos, line in enumerate(lines):
        if not TIME_LABEL_LETTERS.search(line.text):
            continue
        tokens = line_tokens(line)
        for i, tok in enumerate(tokens):
            kind = "release" if is_label(tok, RELEASE_LABELS) else "distribution" if is_label(tok, DISTRIBUTION_LABELS) else None
            if kind is None or (kind == "release" and release) or (kind == "distribution" and distribution):
                continue
            cell = TimeCell(_value_tokens(tokens, i))
            after = pos + 1
            if not cell.text:
                cell = _cell_around(lines, pos, used)
                if pos + 1 < len(lines) and any(t.line == lines[pos + 1].index for t in cell.tokens):
                    after = pos + 2  # the value is the line below: the second scope may follow it
            if kind == "release" and after < len(lines):
                cell.tokens += _second_scope_line(lines[after])
            used |= {line.index} | {t.line for t in cell.tokens}
            if kind == "release":
                release = cell
            else:
                distribution = cell
    return release, distribution, used


def _cell_around(lines: list, pos: int, used: set[int]) -> TimeCell:
    """The value of a label that stands alone on its line: in a PDF the lines of a cell centred
    beside its label come above and below it (`(온라인) …` / `보도시점` / `(지 면) …`); in
    converted text the value is on the next line."""
    above = []
    if pos > 0 and lines[pos - 1].index not in used and _unlabelled_date(lines[pos - 1]):
        above = [t for t in line_tokens(lines[pos - 1]) if t.text]
    below = TimeCell(_value_tokens(line_tokens(lines[pos + 1]), -1)).tokens if pos + 1 < len(lines) else []
    return TimeCell(above + below)


def _unlabelled_date(line) -> bool:
    tokens = line_tokens(line)
    return not any(is_label(t) for t in tokens) and bool(find_dates(line.text))


def _value_tokens(tokens: list[Token], label_at: int) -> list[Token]:
    """Tokens after a label up to the next label; the first filled one is a value unless it is
    the other time label (`보도시점 배포 …`: the release value stands elsewhere)."""
    out: list[Token] = []
    rest = tokens[label_at + 1:]
    for n, tok in enumerate(rest):
        if tok.text and is_label(tok) and (any(t.text for t in out) or _other_time_label(tokens, label_at, tok)):
            if not (any(t.text for t in out) and _label_without_value(tok, rest[n + 1:])):
                break
        out.append(tok)
    return out


def _label_without_value(tok: Token, after: list[Token]) -> bool:
    """``tok`` reads like a time label but another of its kind follows it at once: it is a value
    (`보도시점 2026. 4. 13.(월) 배포시점 배포 2026. 4. 13.(월) 10:00`: released on distribution)."""
    following = next((t for t in after if t.text), None)
    if following is None:
        return False
    kind = DISTRIBUTION_LABELS if is_label(tok, DISTRIBUTION_LABELS) else RELEASE_LABELS
    return is_label(tok, kind) and is_label(following, kind)


def _other_time_label(tokens: list[Token], label_at: int, tok: Token) -> bool:
    """``tok`` is the time label of the other kind than the one at ``label_at`` (not a value
    that reads like one)."""
    if label_at < 0:
        return False
    other = DISTRIBUTION_LABELS if is_label(tokens[label_at], RELEASE_LABELS) else RELEASE_LABELS
    if not is_label(tok, other):
        return False
    # `보도 시점⇥배포 시점⇥배포⇥…`: a second label of that kind makes the first a value (배포 시점 = on distribution)
    later = tokens[tokens.index(tok) + 1:]
    return not any(is_label(t, other) for t in later if t.text)


def _second_scope_line(line) -> list[Token]:
    """`⇥(지 면) 2025. 12. 3.(수) 조간` under the 보도 row: the second scope of a two-line cell
    (or, on a line of its own, its edition, `<4.14.(화) 조간>`, or its scope, `(지 면) 2025. 12. 3.(수) 조간`)."""
    tokens = line_tokens(line)
    if any(is_label(t) for t in tokens) or not tokens:
        return []
    if tokens[0].text:  # a line of its own: only a bracketed date with its edition, or a bracketed scope and a date
        own = len(tokens) == 1 and (EDITION_LINE.match(tokens[0].text) or SCOPE_LINE.match(tokens[0].text))
        return tokens if own and find_dates(tokens[0].text) else []
    text = " ".join(t.text for t in tokens)
    return [t for t in tokens if t.text] if MEDIA_PATTERN.search(text) and find_dates(text) else []


def fill_times(doc: Document, header: Header, warnings: list[str]) -> set[int]:
    """Set release/distribution times (and published_time) on ``header``; return lines used."""
    release, distribution, used = find_time_cells(doc)
    years = document_years(doc.text)
    dist_when = None
    if distribution is not None and distribution.text.strip("- ") :
        dist_when = _choose(_dates(distribution.text, years, warnings, "distribution"))
        header.distribution_time_text = distribution.text
        header.distribution_span = distribution.span
        header.distribution_time = dist_when.iso() if dist_when else None
    if release is not None and release.text.strip("- "):
        _fill_release(release, header, dist_when, years, warnings)
    published = _fill_published(doc, header)
    return used | ({published} if published is not None else set())


def _fill_release(cell: TimeCell, header: Header, dist_when: When | None, years: Counter, warnings: list[str]) -> None:
    text = cell.text
    header.release_time_text = text
    header.release_span = cell.span
    header.media = _media(text)
    whens = _dates(text, years, warnings, "release")
    condition = RELEASE_CONDITION.search(_without_dates(text, whens))
    header.release_condition = re.sub(r"\s+", " ", condition.group(0)).strip() if condition else None
    chosen = _choose(whens)
    if condition and ON_DISTRIBUTION.search(condition.group(0)) and dist_when is not None and (
            chosen is None or (not chosen.has_time() and dist_when.has_time() and chosen.date() == dist_when.date())):
        chosen = dist_when  # `2026. 4. 13.(월) 배포 시` beside `배포 2026. 4. 13.(월) 15:00`: the distribution instant
    header.release_time = chosen.iso() if chosen else None
    header.release_edition = next((w.edition for w in whens if w.edition), None)


def _dates(text: str, years: Counter, warnings: list[str], what: str) -> list[When]:
    whens = find_dates(text)
    whens += _times_of_the_day(text, whens)
    own = Counter(w.year for w in whens if w.year)
    for w in whens:
        if w.year is None:
            choice = infer_year(w.month, w.day, w.weekday, own or years)
            w.year, w.year_inferred = choice.year, True
            if choice.doubtful:
                warnings.append(f"{what} time: year of '{text[w.start:w.end]}' is a guess ({choice.reason})")
    return [w for w in whens if w.date() is not None]


def _times_of_the_day(text: str, whens: list[When]) -> list[When]:
    """Clock times written without a date (`석간(온라인 12:00)`) on the date written before them."""
    out = []
    for hour, minute, start, end in find_times(text):
        if any(w.start <= start < w.end for w in whens):
            continue
        before = [w for w in whens if w.end <= start]
        if before:
            day = before[-1]
            out.append(When(day.year, day.month, day.day, day.weekday, hour, minute, start=start, end=end))
    return out


def _choose(whens: list[When]) -> When | None:
    """The earliest instant with a clock time, else the earliest date."""
    timed = [w for w in whens if w.has_time()]
    pool = timed or whens
    return min(pool, key=lambda w: w.instant()) if pool else None


def _without_dates(text: str, whens: list[When]) -> str:
    for w in sorted(whens, key=lambda w: -w.start):
        text = text[:w.start] + " " * (w.end - w.start) + text[w.end:]
    return text


def _media(text: str) -> list[str]:
    found: list[str] = []
    for m in MEDIA_PATTERN.finditer(text):
        scope = re.sub(r"\s+", "", m.group(0))
        if scope not in found:
            found.append(scope)
    return found


def _fill_published(doc: Document, header: Header) -> int | None:
    """The posting stamp near the top of a web page or news article; returns its line."""
    for line in doc.lines[:HEADER_SCAN_LINES * 2]:
        m = POSTED.match(line.text)
        if not m or not (m.group("label") or ":" in m.group("stamp")):
            continue
        whens = find_dates(m.group("stamp"))
        if whens and whens[0].date():
            header.published_time = whens[0].iso()
            header.published_time_text = m.group("stamp")
            header.published_span = (line.start + m.start("stamp"), line.start + m.end("stamp"))
            return line.index
    if doc.metadata.posted:  # the posting time the format gives beside the text (front matter …)
        header.published_time = _kst(doc.metadata.posted)
        header.published_time_text = doc.metadata.posted_text
    return None


def _kst(iso: str) -> str:
    """A machine time without an offset as KST (what korea.kr and Korean archives write); a date
    alone stays a date."""
    if "T" not in iso:
        return iso
    when = dt.datetime.fromisoformat(iso)
    return (when if when.tzinfo else when.replace(tzinfo=KST)).isoformat()
