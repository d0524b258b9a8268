"""Korean date and time expressions as press releases write them.

A dedicated grammar, not fuzzy parsing: the forms are `2024. 5. 14.(화) 12:00`,
`'24. 5. 14.(화)`, `2024년 5월 14일(화) 조간`, `1. 30.(월) 10:00` (no year), `11.30 (수) 15:00`,
`2022-11-02 15:48:30`, `오후 2시 30분`. A missing year is inferred from the weekday and the
years written elsewhere in the document, never from today's date (see :func:`infer_year`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

KST = dt.timezone(dt.timedelta(hours=9))

#: weekday names as written in parentheses, Monday first (datetime.weekday() order)
WEEKDAYS = "월화수목금토일"
#: apostrophes that stand for a century in `'23.` / `’24.`
YEAR_APOSTROPHES = "'’‘`´′"
#: newspaper editions a release may be embargoed to
EDITIONS = ("조간", "석간")

_SEP = r"\s*(?:[./\-]|년)\s*"
_MSEP = r"\s*(?:[./\-]|월)\s*"
DATE = re.compile(
    rf"(?<![\d.])(?:(?P<year>(?:19|20)\d\d){_SEP}|[{YEAR_APOSTROPHES}]\s*(?P<yy>\d\d){_SEP})?"
    rf"(?P<month>1[0-2]|0?[1-9]){_MSEP}(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)(?:\s*일|\s*\.)?"
    rf"(?:\s*\(\s*(?P<weekday>[{WEEKDAYS}])(?:요일)?\s*\)\s*\.?)?"
)
#: a clock time; a match may start with white space, then where its run starts (so that a search
#: reads a long run of spaces once, not once from every space of it)
TIME = re.compile(
    r"(?!(?<=\s)\s)(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?<!\d)(?P<hour>[01]?\d|2[0-4])\s*"
    r"(?::\s*(?P<minute>[0-5]\d)(?:\s*:\s*(?P<second>[0-5]\d))?|시(?:\s*(?P<minute_k>[0-5]?\d)\s*분|\s*(?P<half>반))?)(?!\d)"
)
#: what may stand between a date and its clock time (`(화) 12:00`, `조간`, `오후`)
DATE_TIME_GAP = re.compile(r"(?<![\s,])[\s,]*(?:(?:조간|석간)[\s,]*)?$")
#: explicit years anywhere in a document: 2023년, 2023. 1., '23. (a match opens with the year's
#: first character, a class, so the engine skips straight to the 1s, 2s and apostrophes)
YEAR_MENTION = re.compile(
    rf"[12{YEAR_APOSTROPHES}](?:(?<!\d[12])(?:(?<=1)9|(?<=2)0)\d\d(?=\s*(?:년|[.\-/]\s*\d))"
    rf"|(?<=[{YEAR_APOSTROPHES}])\s*\d\d(?!\d)(?=\s*[.년\-/~∼]))"
)


@dataclass
class When:
    """One date (and maybe clock time) found in a string."""

    year: int | None
    month: int
    day: int
    weekday: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    edition: str | None = None
    start: int = 0
    end: int = 0
    year_inferred: bool = False

    def has_time(self) -> bool:
        return self.hour is not None

    def date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def instant(self) -> dt.datetime | None:
        day = self.date()
        if day is None:
            return None
        hour, minute = (self.hour or 0), (self.minute or 0)
        moment = dt.datetime(day.year, day.month, day.day, tzinfo=KST)
        return moment + dt.timedelta(hours=hour, minutes=minute, seconds=self.second or 0)

    def iso(self) -> str | None:
        """ISO 8601: a KST instant when a clock time is known, else the date alone."""
        if self.date() is None:
            return None
        return self.instant().isoformat() if self.has_time() else self.date().isoformat()


def _year(m: re.Match) -> int | None:
    if m.group("year"):
        return int(m.group("year"))
    if m.group("yy"):
        return 2000 + int(m.group("yy"))
    return None


def _time(m: re.Match) -> tuple[int, int, int | None]:
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or m.group("minute_k") or (30 if m.group("half") else 0))
    second = int(m.group("second")) if m.group("second") else None
    ampm = (m.group("ampm") or "").lower()
    if ampm in ("오후", "pm") and hour < 12:
        hour += 12
    if ampm in ("오전", "am") and hour == 12:
        hour = 0
    return hour, minute, second


def find_dates(text: str, *, need_weekday: bool = False) -> list[When]:
    """Every date in ``text`` with the clock time and edition that follow it.

    With ``need_weekday`` a date without a year must carry a weekday to count (body text is
    full of `1.5` and `3.2` that are not dates); a date with a year always counts.
    """
    found: list[When] = []
    for m in DATE.finditer(text):
        year = _year(m)
        if need_weekday and year is None and not m.group("weekday"):
            continue
        when = When(year, int(m.group("month")), int(m.group("day")), m.group("weekday"), start=m.start(), end=m.end())
        _attach_time(text, when)
        found.append(when)
    return found


def _attach_time(text: str, when: When) -> None:
    """Extend ``when`` over the clock time and edition written right after it."""
    rest = text[when.end:when.end + 40]
    edition = re.match(r"[\s,]*(조간|석간)", rest)
    if edition:
        when.edition = edition.group(1)
    t = TIME.search(rest)
    if t and DATE_TIME_GAP.match(rest[:t.start()]) and not DATE.match(rest, t.start()):
        when.hour, when.minute, when.second = _time(t)
        when.end += t.end()
        if when.edition is None:
            after = re.match(r"[\s,]*(조간|석간)", text[when.end:when.end + 10])
            when.edition = after.group(1) if after else None
    elif edition:
        when.end += edition.end()


def find_times(text: str) -> list[tuple[int, int, int, int]]:
    """Clock times alone: (hour, minute, start, end) for `12:00`, `오후 2시`."""
    out = []
    for t in TIME.finditer(text):
        hour, minute, _ = _time(t)
        out.append((hour, minute, t.start(), t.end()))
    return out


def document_years(text: str) -> Counter:
    """How often each year is written out in ``text`` (2023년, 2023. 1., '23.)."""
    years: Counter = Counter()
    for m in YEAR_MENTION.finditer(text):
        written = m.group()
        years[int(written) if written[0] in "12" else 2000 + int(written[-2:])] += 1
    return years


@dataclass(frozen=True)
class YearChoice:
    year: int | None
    doubtful: bool
    reason: str = ""


def infer_year(month: int, day: int, weekday: str | None, years: Counter) -> YearChoice:
    """The year of a date written without one.

    Candidates are the years the document writes out and their neighbours. With a weekday,
    only years where the date falls on that weekday remain; the one nearest the document's
    most-written year wins, and the choice is doubtful when another candidate is as near.
    Without any written year the result is None (no guess from today's date).
    """
    if not years:
        return YearChoice(None, True, "no year is written anywhere in the document")
    anchor = years.most_common(1)[0][0]
    candidates = sorted({y + d for y in years for d in (-1, 0, 1)}, key=lambda y: (abs(y - anchor), -years.get(y, 0)))
    if weekday:
        wanted = WEEKDAYS.index(weekday)
        fitting = [y for y in candidates if _weekday(y, month, day) == wanted]
        if not fitting:
            return YearChoice(anchor, True, f"no year near {anchor} puts {month}.{day} on ({weekday})")
        best = fitting[0]
        rivals = [y for y in fitting[1:] if abs(y - anchor) == abs(best - anchor) or y in years]
        reason = f"{best} and {rivals[0]} both put {month}.{day} on ({weekday})" if rivals else ""
        return YearChoice(best, bool(rivals), reason)
    doubtful = len(years) > 1
    return YearChoice(anchor, doubtful, "several years are written and no weekday decides" if doubtful else "")


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None
