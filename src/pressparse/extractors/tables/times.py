"""Clock times and durations of schedule rows."""
from __future__ import annotations

from dataclasses import dataclass

from ...korean.schedule_words import AFTERNOON, BARE_MINUTES, CLOCK_PARTS, DURATION, TIME_CELL

#: minutes in a day, for a slot that runs past midnight
DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class Slot:
    """What the time cell of a row says: start, end, the day it names, and any text after them."""

    start: str
    end: str | None
    day: str | None
    rest: str


def read_slot(cell: str) -> Slot | None:
    """The slot of a time cell (`10:00 ~ 10:05`, `16:00∼16:04`, `10:00-10:05`, `10:00`), or None."""
    match = TIME_CELL.match(cell)
    if not match:
        return None
    end = clock(match["end"]) if match["end"] else None
    day = " ".join(match["day"].split()) if match["day"] else None
    return Slot(clock(match["start"]), end, day, match["rest"].strip())


def clock(text: str) -> str:
    """A clock time as `HH:MM` (`9:30` → `09:30`, `10시 30분` → `10:30`, `오후 2시` → `14:00`)."""
    parts = CLOCK_PARTS.search(text)
    hour, minute = int(parts["hour"]), int(parts["minute"] or parts["minute_k"] or 0)
    if parts["half"] == AFTERNOON and hour < 12:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def minutes_between(start: str, end: str) -> int:
    """Minutes from ``start`` to ``end`` (both `HH:MM`), across midnight when end is earlier."""
    (h1, m1), (h2, m2) = (map(int, t.split(":")) for t in (start, end))
    return (h2 * 60 + m2 - h1 * 60 - m1) % DAY_MINUTES


def read_duration(text: str, *, bare: bool = False) -> int | None:
    """Minutes of a duration cell (`(5분)`, `5'`, `5’`, `‘15`, `100분`, `(2시간)`), or None; with
    ``bare`` (the cell stands in a duration column) a bare number is minutes too (`20`)."""
    text = text.strip()
    match = DURATION.match(text)
    if match and match["quoted"]:
        return int(match["quoted"])
    if match and (match["hours"] or match["minutes"]):
        return int(match["hours"] or 0) * 60 + int(match["minutes"] or 0)
    bare_match = BARE_MINUTES.match(text) if bare else None
    return int(bare_match["minutes"]) if bare_match else None
