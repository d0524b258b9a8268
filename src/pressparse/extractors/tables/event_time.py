"""The event's date and time from an overview's 일시 line, read with the header's date grammar."""
from __future__ import annotations

import re
from collections import Counter

from ...models import EventTime
from ..dates import When, find_dates, infer_year

#: overview keys that hold the event's date and time (`일시`, `일시/장소`, `일시‧장소`, `행사일시`)
WHEN_KEY = re.compile(r"일\s*시|일\s*자|날\s*짜")
#: `~ 17:00` / `∼17:05` / `- 11:30`: the end time right after the start
END_TIME = re.compile(r"^\s*[~∼〜\-–]\s*(?P<hour>[01]?\d|2[0-4])\s*:\s*(?P<minute>[0-5]\d)")
#: a release year counts this much more than a year merely written in the text
RELEASE_YEAR_WEIGHT = 5


def event_time(overview: dict[str, str], text: str, span: tuple[int, int] | None, years: Counter,
               release_year: int | None) -> EventTime | None:
    """Start and end (ISO, KST) of the event an overview describes; None without a 일시 line."""
    value = next((v for k, v in overview.items() if WHEN_KEY.search(k)), None)
    if not value:
        return None
    whens = find_dates(value)
    if not whens:
        return None
    context = years + Counter({release_year: RELEASE_YEAR_WEIGHT}) if release_year else years
    start = _with_year(whens[0], context)
    end = _end(value, whens, context)
    at = text.find(value, span[0] if span else 0)
    return EventTime(start=start.iso(), end=end.iso() if end else None, text=value,
                     span=(at, at + len(value)) if at >= 0 else None)


def _with_year(when: When, years: Counter) -> When:
    if when.year is None:
        when.year = infer_year(when.month, when.day, when.weekday, years).year
        when.year_inferred = True
    return when


def _end(value: str, whens: list[When], years: Counter) -> When | None:
    """`10:00 ~ 17:00` on the same day, or a second date (`~ 1. 31.(화) 12:00`)."""
    start = whens[0]
    m = END_TIME.match(value[start.end:])
    if m and start.has_time():
        return When(start.year, start.month, start.day, start.weekday, int(m.group("hour")), int(m.group("minute")))
    if len(whens) > 1 and re.match(r"^\s*[~∼〜\-–]", value[start.end:whens[1].start]):
        return _with_year(whens[1], years)
    return None
