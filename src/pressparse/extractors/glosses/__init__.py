"""Glosses, abbreviations and the normalised text (issue 5; see docs/glosses.md).

Every parenthesis outside the header block is classified (:mod:`.paren_classify`);
Hangul-in-Hangul loanword glosses get their term span from Kiwi's tokens of a short
window (:mod:`.paren_span`), and :mod:`pressparse.normalize` resolves them.
"""
from __future__ import annotations

from ...document import Document
from ...models import Abbreviation, Gloss, Release
from ...normalize import apply_edits, plan_edit
from ...options import Options
from . import classify as pc
from .scan import CONTEXT_CHARS, Paren, find_parens
from .span import TermSpan, extend_by_document, term_span
from .tokens import TokenWindows, tokens_between

#: the Gloss.kind of each parenthesis kind that is kept as a gloss
GLOSS_KINDS = {pc.GLOSS: "loanword", pc.REVERSED: "loanword", pc.FOREIGN: "foreign",
               pc.HANJA: "hanja", pc.PAIR: "other"}
#: opening quotation marks; an alias defined inside a quotation names the whole quotation
OPENING_QUOTES = "‘“「『｢《〈'\""
#: the closing mark of each opening one
CLOSING_OF = {"‘": "’", "“": "”", "「": "」", "『": "』", "｢": "｣", "《": "》", "〈": "〉", "'": "'", '"': '"'}


def extract(doc: Document, record: Release, options: Options, header: frozenset[int]) -> None:
    """Fill ``record.glosses``, ``record.abbreviations`` and ``record.normalized_text`` from the
    parentheses outside the header block (the lines ``header``)."""
    if not options.glosses:
        return
    text = doc.text
    parens = find_parens(doc, header)
    kinds = pc.demote_enumerations(text, parens, [pc.classify(text, p) for p in parens])
    windows = TokenWindows(text)
    found = [(paren, _gloss(text, paren, kind, windows))
             for paren, kind in zip(parens, kinds) if kind in GLOSS_KINDS]
    _extend_by_document(text, [g for _, g in found])
    record.glosses = [g for _, g in found]
    record.abbreviations = _abbreviations(text, parens, kinds)
    record.normalized_text = _normalized(text, found, windows, options.normalize)
    if windows.exhausted:
        record.warnings.append(
            "glosses: the document is too long for Kiwi to analyse every parenthesis; past the first "
            "ones, term spans are the word before '(' and particles in normalized_text were not re-chosen")


def _gloss(text: str, paren: Paren, kind: str, windows: TokenWindows) -> Gloss:
    """The gloss record of one parenthesis."""
    kind, before, reverse = _outside_word(text, paren, kind, windows)
    inner = paren.inner_span
    term_side, gloss_side = (inner, before.span) if reverse else (before.span, inner)
    return Gloss(term=text[slice(*term_side)], gloss=text[slice(*gloss_side)], kind=GLOSS_KINDS[kind],
                 span=(before.start, paren.close + 1), term_span=term_side, gloss_span=gloss_side,
                 uncertain=before.uncertain, reversed=reverse)


def _outside_word(text: str, paren: Paren, kind: str, windows: TokenWindows) -> tuple[str, TermSpan, bool]:
    """The kind (revised), the span of the word before the bracket, and whether it is the loanword.

    A Hangul gloss is revised to 'pair' when Kiwi reads the bracket as a proper name after a
    category noun; a Latin word before a Hangul bracket (AX(인공지능 전환)) is the foreign side.
    """
    span = TermSpan(*pc.word_before(text, paren))
    before = text[span.start:span.end]
    if kind == pc.FOREIGN and (latin := pc.LATIN_TAIL.search(before)):
        return kind, TermSpan(span.end - len(latin.group(0)), span.end), True
    if kind not in (pc.GLOSS, pc.REVERSED):
        return kind, span, False
    tokens = windows.around(paren)
    if pc.names_instance(before, [(t.form, t.tag) for t in tokens_between(tokens, *paren.inner_span)]):
        return pc.PAIR, span, False
    if kind == pc.REVERSED:
        return kind, span, True
    return kind, term_span(text, paren, paren.inner.strip(), tokens), False


def _extend_by_document(text: str, glosses: list[Gloss]) -> None:
    """Give ``주요 핵심 임무(미션)`` the span of ``핵심임무(미션)`` written elsewhere in the document."""
    known: dict[str, set[str]] = {}
    for g in glosses:
        if g.kind == "loanword" and not g.reversed:
            known.setdefault(g.gloss, set()).add(g.term.replace(" ", ""))
    for g in glosses:
        if g.kind != "loanword" or g.reversed or " " in g.term:
            continue
        reach = max(0, g.span[0] - CONTEXT_CHARS)
        line_start = max(text.rfind("\n", reach, g.span[0]) + 1, reach)
        span = extend_by_document(text, TermSpan(*g.term_span, g.uncertain), line_start, known[g.gloss])
        if span.start != g.term_span[0]:
            g.term_span, g.span = (span.start, span.end), (span.start, g.span[1])
            g.term, g.uncertain = text[span.start:span.end], False


def _abbreviations(text: str, parens: list[Paren], kinds: list[str]) -> list[Abbreviation]:
    """Each distinct abbreviation: 중소벤처기업진흥공단(중진공), (…, 이하 '중기부')."""
    out: dict[tuple[str, str], Abbreviation] = {}
    for paren, kind in zip(parens, kinds):
        if kind == pc.ABBREV:
            short = paren.inner.strip()
            full_start = pc.word_before(text, paren)[0]
        elif kind == pc.ALIAS:
            short = pc.alias_of(paren.inner)
            full_start = _alias_start(text, paren)
        else:
            continue
        full = text[full_start:paren.open].strip()
        if short and full and (short, full) not in out:
            out[(short, full)] = Abbreviation(short=short, full=full, span=(full_start, paren.close + 1))
    return list(out.values())


def _alias_start(text: str, paren: Paren) -> int:
    """Where the name an alias shortens starts: the word before, or an open quotation."""
    before = text[paren.context_start:paren.open]
    for i in range(len(before) - 1, -1, -1):
        ch = before[i]
        if ch in CLOSING_OF.values() and ch not in OPENING_QUOTES:
            break
        if ch in OPENING_QUOTES and CLOSING_OF[ch] not in before[i + 1:]:
            return paren.context_start + i + 1
    return pc.word_before(text, paren)[0]


def _normalized(text: str, found: list[tuple[Paren, Gloss]], windows: TokenWindows, mode: str) -> str | None:
    """The text with loanword glosses resolved in ``mode`` (None for 'none', as written for 'both')."""
    if mode == "none":
        return None
    if mode == "both":
        return text
    edits, last_end = [], -1
    for paren, g in found:
        if g.kind != "loanword":
            continue
        after = [t for t in windows.around(paren) if t.start > paren.close]
        edit = plan_edit(text, g, after, mode)
        if edit is None or edit.start < last_end:
            continue
        g.edit_span, g.edit_text, last_end = (edit.start, edit.end), edit.replacement, edit.end
        edits.append(edit)
    return apply_edits(text, edits)[0]
