"""Every bundled release against its hand-made gold label: quotes, schedule rows, loanword glosses.

The labels are the shared corpus's gold files (copied to tests/gold); the matching is the
contract's (tests/gold_match.py). A test fails on a gold item the record misses and on a record
item the gold does not have, so it measures both recall and precision, document by document.
Where the parser is wrong today the case is a strict xfail with the reason read in the
document: it fails the suite once fixed, and the mark is then removed.
"""
from __future__ import annotations

import pytest

from conftest import SAMPLES, gold_cases, parsed
from gold_match import alike, match, pairs, same_gloss, same_quote, same_row, schedule_rows, show_quote, show_row, ws

CASES = gold_cases()

#: (case, field) -> why the record disagrees with the gold, read in the document; empty today:
#: every sample's quotes, schedule rows and loanword glosses match their gold labels
KNOWN_MISSES: dict[tuple[str, str], str] = {}


def cases_with(field: str) -> list:
    out = []
    for name, doc, gold in CASES:
        if field not in gold:
            continue
        reason = KNOWN_MISSES.get((name, field))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(doc, gold, marks=marks, id=name))
    return out


def test_the_gold_labels_cover_every_sample():
    """Every bundled input of these folders has a gold label, so none is silently left unmeasured."""
    folders = ("dev", "html", "hwp", "hwpx", "pdf", "seeds")
    inputs = sorted(p.relative_to(SAMPLES).as_posix() for f in folders for p in (SAMPLES / f).glob("*") if p.is_file())
    labelled = sorted(doc.relative_to(SAMPLES).as_posix() for _, doc, _ in CASES)
    assert labelled == inputs
    assert len(CASES) == 36


@pytest.mark.parametrize("doc,gold", cases_with("quotes"))
def test_quotes(doc, gold):
    record = parsed(doc, full=True)
    missed, extra = match(gold["quotes"], record.quotes, same_quote)
    assert not missed and not extra, (
        f"missed {[show_quote(q) for q in missed]}, extra {[show_quote(q) for q in extra]}")
    assert len(record.quotes) == len(gold["quotes"])


@pytest.mark.parametrize("doc,gold", cases_with("quotes"))
def test_quote_speaker_position_and_organisation(doc, gold):
    """Beyond the scorer: where the gold gives the speaker's position or organisation, the record
    gives it too (a position written with its organisation, `A 협력사 대표`, may be split in two)."""
    record = parsed(doc, full=True)
    for g in gold["quotes"]:
        q = max(record.quotes, key=lambda q: alike(g["text"], q.text))
        org, pos = ws(q.speaker.organization), ws(q.speaker.position)
        if g["speaker"].get("position"):
            assert ws(g["speaker"]["position"]) in (pos, ws(f"{org} {pos}")), show_quote(g)
        if g["speaker"].get("organization"):
            assert ws(g["speaker"]["organization"]) == org, show_quote(g)


@pytest.mark.parametrize("doc,gold", cases_with("schedule"))
def test_schedule_rows(doc, gold):
    record = parsed(doc, full=True)
    missed, extra = match(gold["schedule"], schedule_rows(record), same_row)
    assert not missed and not extra, (
        f"missed {[show_row(r) for r in missed]}, extra {[show_row(r) for r in extra]}")


@pytest.mark.parametrize("doc,gold", cases_with("glosses"))
def test_loanword_glosses(doc, gold):
    record = parsed(doc, full=True)
    missed, extra = match(pairs(gold["glosses"]), pairs(record.glosses), same_gloss)
    assert not missed and not extra, f"missed {missed}, extra {extra}"


@pytest.mark.parametrize("doc,gold", cases_with("glosses"))
def test_every_loanword_gloss_span_holds_term_and_gloss(doc, gold):
    """Each occurrence's spans point at the term and the gloss as the text writes them."""
    record = parsed(doc, full=True)
    for g in record.glosses:
        if g.kind != "loanword":
            continue
        assert record.text[slice(*g.term_span)] == g.term
        assert record.text[slice(*g.gloss_span)] == g.gloss
        assert g.term_span[0] >= g.span[0] and g.gloss_span[1] <= g.span[1]


@pytest.mark.parametrize("doc,gold", cases_with("quotes"))
def test_quote_spans_hold_the_quoted_text(doc, gold):
    """The span covers the text inside the marks (a line break in it reads as one space)."""
    record = parsed(doc, full=True)
    for q in record.quotes:
        assert ws(record.text[slice(*q.span)]) == ws(q.text)
