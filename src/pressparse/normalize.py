"""The normalised text: each loanword gloss resolved, with an offset map back to ``text``.

Modes (``Options.normalize``): ``korean`` keeps the Korean term and drops the gloss,
``loanword`` keeps the loanword, ``both`` keeps the text as written, ``none`` builds nothing.
A particle after the parenthesis is re-chosen for the new final sound. Every change is one
:class:`Edit` of the original text; the edits are kept on the glosses (``edit_span``,
``edit_text``), so :func:`to_original` maps offsets back without re-analysing anything.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .korean.particles import CLOSING_QUOTES, ENDING_PREFIX, COPULA_TAG, rechoose, takes_particle
from .models import Gloss, Release

if TYPE_CHECKING:  # pragma: no cover
    from .extractors.glosses.tokens import Token

#: the modes that rewrite the text
REWRITING_MODES = ("korean", "loanword")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str


class OffsetMap:
    """Offsets of the normalised text mapped back to the original (and forth)."""

    def __init__(self, edits: Iterable[Edit]):
        self.edits = sorted(edits, key=lambda e: e.start)
        self._norm_starts: list[int] = []
        shift = 0
        for e in self.edits:
            self._norm_starts.append(e.start + shift)
            shift += len(e.replacement) - (e.end - e.start)

    def to_original(self, offset: int) -> int:
        """The original offset of normalised ``offset`` (inside a rewrite: its matching place, clamped)."""
        i = bisect.bisect_right(self._norm_starts, offset) - 1
        if i < 0:
            return offset
        e, norm_start = self.edits[i], self._norm_starts[i]
        inside = offset - norm_start
        if inside < len(e.replacement):
            return e.start + min(inside, e.end - e.start)
        return e.end + inside - len(e.replacement)

    def to_normalized(self, offset: int) -> int:
        """The normalised offset of original ``offset`` (inside a rewritten range: its start)."""
        shift = 0
        for e in self.edits:
            if offset < e.start:
                break
            if offset < e.end:
                return e.start + shift + min(offset - e.start, len(e.replacement))
            shift += len(e.replacement) - (e.end - e.start)
        return offset + shift


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """``text`` with non-overlapping ``edits`` applied, and the offset map."""
    mapping = OffsetMap(edits)
    parts, pos = [], 0
    for e in mapping.edits:
        parts += [text[pos:e.start], e.replacement]
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts), mapping


def offset_map(record: Release) -> OffsetMap:
    """The offset map of ``record.normalized_text``, rebuilt from the glosses' edits."""
    return OffsetMap(Edit(g.edit_span[0], g.edit_span[1], g.edit_text or "")
                     for g in record.glosses if g.edit_span is not None)


def to_original(record_or_map: Release | OffsetMap, offset: int) -> int:
    """Map an offset in ``normalized_text`` back to ``text``."""
    mapping = record_or_map if isinstance(record_or_map, OffsetMap) else offset_map(record_or_map)
    return mapping.to_original(offset)


def plan_edit(text: str, gloss: Gloss, after: list[Token], mode: str) -> Edit | None:
    """The edit that resolves one gloss in ``mode``; ``after`` holds the Kiwi tokens after ``)``."""
    if mode not in REWRITING_MODES or gloss.term_span is None or gloss.gloss_span is None:
        return None
    keep_korean = mode == "korean"
    outside, inner = (gloss.gloss_span, gloss.term_span) if gloss.reversed else (gloss.term_span, gloss.gloss_span)
    bracket_open = max(text.rfind("(", 0, inner[0]), text.rfind("（", 0, inner[0]))
    after_close = gloss.span[1]
    word = gloss.term if keep_korean else gloss.gloss
    if keep_korean != gloss.reversed:  # keep the word before the bracket, drop the bracket
        start, head = bracket_open, ""
    else:  # the bracketed word takes the place of the word before it (a closing quote stays)
        start, head = outside[0], text[inner[0]:inner[1]] + text[outside[1]:bracket_open]
    end, tail = _particle(text, after_close, word, after)
    return Edit(start, end, head + tail)


def _particle(text: str, pos: int, word: str, after: list[Token]) -> tuple[int, str]:
    """The end of the range rewritten after ``)`` (at ``pos``) and what to write there."""
    quotes = pos
    while quotes < len(text) and text[quotes] in CLOSING_QUOTES:
        quotes += 1
    run = _particle_run(after, quotes)
    surface = rechoose(word, [(t.form, t.tag) for t in run]) if run else None
    if surface is None:
        return pos, ""
    return run[-1].end, text[pos:quotes] + surface


def _particle_run(after: list[Token], pos: int) -> list[Token]:
    """The particle, or the copula with the endings fused to it (였다, 라는), starting at ``pos``."""
    first = next((t for t in after if t.start == pos), None)
    if first is None or not takes_particle(first.tag):
        return []
    run = [first]
    if first.tag == COPULA_TAG:
        for t in after:
            if t.start < first.start or t is first:
                continue
            if t.start > run[-1].end or not t.tag.startswith(ENDING_PREFIX):
                break
            run.append(t)
    return run
