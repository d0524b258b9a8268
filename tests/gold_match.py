"""How a record is compared with a hand-made gold label: the contract's scoring rules, written once.

The rules are those of the shared corpus's scorer (its CONTRACT.md, "Rules the scorer applies"):
strings compare after collapsing white space; times as instants (+09:00 when no zone is given),
a gold date alone compares the date; phones by their digits; a quote matches when the speaker's
name is equal and the texts are at least 90 % alike; a schedule row on (start, end) and content at
least 80 % alike; a gloss when the glosses are equal and one term ends with the other (spaces in
terms ignored), counting each distinct loanword (term, gloss) pair once. Standard library only.
"""
from __future__ import annotations

import difflib
import re
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Iterable, Sequence

KST = timezone(timedelta(hours=9))


def ws(s: str | None) -> str:
    """``s`` with every run of white space made one space, trimmed; None is ''."""
    return re.sub(r"\s+", " ", s or "").strip()


def digits(s: str | None) -> str:
    return re.sub(r"\D", "", s or "")


def same_time(gold: str | None, got: str | None) -> bool:
    """Times as instants (no zone means +09:00); a gold date alone compares the date only."""
    if gold is None or got is None:
        return gold == got
    if "T" not in gold:
        return got[:10] == gold[:10]
    g = datetime.fromisoformat(gold)
    t = datetime.fromisoformat(got)
    return g.replace(tzinfo=g.tzinfo or KST) == t.replace(tzinfo=t.tzinfo or KST)


def alike(a: str | None, b: str | None) -> float:
    """difflib's ratio of the two strings, white space collapsed and end punctuation ignored."""
    a, b = ws(a).strip(" .,"), ws(b).strip(" .,")
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def match(gold: Iterable, got: Iterable, same: Callable[[Any, Any], bool]) -> tuple[list, list]:
    """Greedy one-to-one matching in gold order: (gold items unmatched, record items unmatched)."""
    rest = list(got)
    missed = []
    for g in gold:
        for i, p in enumerate(rest):
            if same(g, p):
                del rest[i]
                break
        else:
            missed.append(g)
    return missed, rest


# --- quotes -----------------------------------------------------------------------------------

def same_quote(gold: dict, quote) -> bool:
    """A record quote matches a gold quote: the speakers' names equal, the texts ≥ 90 % alike."""
    name = quote.speaker.name if quote.speaker else None
    return alike(gold["text"], quote.text) >= 0.9 and ws(gold["speaker"].get("name")) == ws(name)


def show_quote(q) -> str:
    if isinstance(q, dict):
        return f"{q['speaker'].get('name')!r}: {ws(q['text'])[:50]!r}"
    return f"{q.speaker.name if q.speaker else None!r}: {ws(q.text)[:50]!r}"


# --- schedule rows ----------------------------------------------------------------------------

def schedule_rows(record) -> list:
    """Every row of every table of kind ``schedule``, in order."""
    return [row for table in record.tables if table.kind == "schedule" for row in table.rows]


def same_row(gold: dict, row) -> bool:
    return gold["start"] == row.start and gold["end"] == row.end and alike(gold["content"], row.content) >= 0.8


def show_row(r) -> str:
    if isinstance(r, dict):
        return f"{r['start']}-{r['end']} {ws(r['content'])[:40]!r}"
    return f"{r.start}-{r.end} {ws(r.content)[:40]!r}"


# --- glosses ----------------------------------------------------------------------------------

def term_key(term: str | None) -> str:
    return ws(term).replace(" ", "")


def pairs(items: Iterable, kind: str | None = "loanword") -> list[tuple[str, str]]:
    """The distinct (term, gloss) pairs of record glosses (of ``kind``; None for every kind) or
    of gold glosses (dicts, which the gold gives for loanwords only), in first-seen order."""
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for x in items:
        if isinstance(x, dict):
            term, gloss = x["term"], x["gloss"]
        else:
            if kind is not None and x.kind != kind:
                continue
            term, gloss = x.term, x.gloss
        seen.setdefault((term_key(term), ws(gloss)), (ws(term), ws(gloss)))
    return list(seen.values())


def same_gloss(gold: Sequence[str], got: Sequence[str]) -> bool:
    """Glosses equal and one term ends with the other (the left edge of a term is a judgement call)."""
    a, b = term_key(gold[0]), term_key(got[0])
    return ws(gold[1]) == ws(got[1]) and bool(a) and bool(b) and (a.endswith(b) or b.endswith(a))
