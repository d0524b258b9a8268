"""The cells of header lines as one stream of tokens with offsets.

Converted HWP text gives the header table as tab-separated cells; copied web text gives
`보도시점 : 배포 즉시 / 배포 : 2024. 5. 20.(월)`. Both become :class:`Token` lists here, so
the time and contact extractors read one shape.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from ...document import Line
from ...korean.header_words import DEPARTMENT_LABELS, DISTRIBUTION_LABELS, RELEASE_LABELS, ROLE_WORDS

ALL_LABELS = RELEASE_LABELS | DISTRIBUTION_LABELS | DEPARTMENT_LABELS
#: `label : value` inside a plain line, parts separated by ` / `
COLON_PAIR = re.compile(r"^(?P<label>[가-힣 ]{1,12}?)\s*[:：]\s*(?P<value>.*)$")
PART_SEPARATOR = re.compile(r"\s+/\s+|\s{3,}")
#: a long header label opening a plain line, maybe bracketed: `[보도일시] …`, `【배포일시】 …`, `보도시점: …`,
#: and the short ones before a colon or a date
#: (a match that starts with white space starts where its run starts: search reads a run once)
PLAIN_LABEL = re.compile(
    r"(?!(?<=\s)\s)[\[【<(]?\s*(?P<label>보\s*도\s*일\s*시|보\s*도\s*시\s*점|배\s*포\s*일\s*시|배\s*포\s*시\s*점|담\s*당\s*부\s*서|엠\s*바\s*고"
    r"|(?:보\s*도|배\s*포|책\s*임\s*자|담\s*당\s*자)(?=\s*[:：])"
    # a bare 보도/배포 before a date, as a PDF line without cell breaks writes it: `… 조간 배포 2026. 4. 10.(금)`
    r"|(?<![가-힣])(?:보\s*도|배\s*포)(?=\s+['’]?\d{2,4}\s*[.년-]\s*\d))"
    r"\s*[\]】>)]?\s*[:：]?\s*"
)
#: the first letters of the labels (a cheap test before GLUED_LABEL)
LABEL_INITIALS = frozenset(label[0] for label in ALL_LABELS)
#: a cell of a tab-separated line that opens with a label and goes on after a space or a bracket
#: (one search per line; the cells it finds are then matched by GLUED_LABEL)
GLUED_HINT = re.compile(r"(?:^|(?<=\t))[ ]*+[" + "".join(sorted(LABEL_INITIALS)) + r"][^\t ]{0,6}[ <(〈\[［]")
#: a cell that only draws a table rule (`-------`, `|---|`)
RULE_CELL = re.compile(r"^[-─━=|+:\s]{3,}$")
#: a header label glued to its value in one cell, as a PDF table without inner rules gives it:
#: `담당 부서 <총괄>`, `담당 부서 서초서`, `보도시점 2026. 4. 11.(토) 08:00`, `배포 2026. 4. 10.(금)`.
#: Labels of one or two letters only before a date or a bracket (`배포 시` is a value).
GLUED_LABEL = re.compile(
    r"^(?:(?P<label>" + "|".join(r"\s*".join(label) for label in sorted(
        (lb for lb in ALL_LABELS if len(lb) >= 3), key=len, reverse=True)) + r")(?=[\s<(〈\[［])"
    r"|(?P<short>" + "|".join(r"\s*".join(label) for label in sorted(
        (lb for lb in ALL_LABELS if len(lb) < 3), key=len, reverse=True)) + r")(?=\s++[<(\[\d'’]))"
    r"\s*+(?P<rest>\S.*)$"
)


@dataclass(frozen=True)
class Token:
    """One cell (or `label : value` half) of a header line."""

    text: str
    start: int
    end: int
    line: int

    @cached_property
    def key(self) -> str:
        """The text as :func:`label_key` compares it."""
        return label_key(self.text)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def label_key(text: str) -> str:
    """``text`` without white space or a trailing colon, for label look-ups (``str.split``
    splits on the white space ``\\s`` matches, without a regex call for every token)."""
    return "".join(text.split()).rstrip(":：")


def is_label(token: Token, labels: frozenset[str] = ALL_LABELS) -> bool:
    return token.key in labels


def columns(line: Line, tokens: list[Token]) -> list[int | None]:
    """The column of each token of ``line`` in its table row (the two halves of a cell holding
    a label and its value share one); None for each token of a plain line."""
    if not line.is_table_row:
        return [None] * len(tokens)
    starts = [c.start for c in line.cells]
    return [bisect.bisect_right(starts, t.start) - 1 for t in tokens]


def line_tokens(line: Line) -> list[Token]:
    """The tokens of one line, empty cells kept (they mark rowspans).

    The time and contact extractors ask for the tokens of the same header lines many times, so
    they are made once a line and kept on it (as ``cached_property`` keeps a value, in the
    line's ``__dict__``); each call gets its own list, which callers may change."""
    cached = line.__dict__.get(_TOKENS)
    if cached is None:
        cached = line.__dict__[_TOKENS] = _tokens(line)
    return list(cached)


#: where :func:`line_tokens` keeps the tokens of a line
_TOKENS = "_header_tokens"


def _tokens(line: Line) -> list[Token]:
    """The tokens of one line, made afresh."""
    if line.is_table_row:
        tokens = [Token(c.text, c.start, c.end, line.index) for c in line.cells if not RULE_CELL.match(c.text)]
        if GLUED_HINT.search(line.text):
            tokens = [part for t in tokens for part in _unglued(t)]
    else:
        tokens = _plain_tokens(line)
    return [part for token in tokens for part in _role_apart(token)]


def _role_apart(token: Token) -> list[Token]:
    """A cell that runs a role into the person after it or the units before it, as a conversion
    that joined the cells of a row writes it (`책임자 과장 최영범`, `홍보TF팀 안전관리팀 책임자`), as
    two: the role and the rest."""
    words = token.text.split()
    if len(words) < 2:
        return [token]
    first, last = words[0].rstrip(":："), words[-1].rstrip(":：")
    if first in ROLE_WORDS:
        role_at, rest_at = 0, token.text.index(words[1], len(words[0]))
        role, rest = first, token.text[rest_at:].strip()
        return [Token(role, token.start + role_at, token.start + len(role), token.line),
                Token(rest, token.start + rest_at, token.start + rest_at + len(rest), token.line)]
    if last in ROLE_WORDS:
        role_at = token.text.rindex(words[-1])
        rest = token.text[:role_at].strip()
        return [Token(rest, token.start, token.start + len(rest), token.line),
                Token(last, token.start + role_at, token.start + role_at + len(last), token.line)]
    return [token]


def _unglued(token: Token) -> list[Token]:
    """A cell holding a label and its value (`보도시점 2026. 4. 11.(토) 08:00`) as two tokens of one column."""
    glued = GLUED_LABEL.match(token.text) if token.text[:1] in LABEL_INITIALS else None
    if glued is None:
        return [token]
    label = glued.group("label") or glued.group("short")
    rest = token.start + glued.start("rest")
    return [Token(label, token.start, token.start + len(label), token.line),
            Token(glued.group("rest"), rest, token.end, token.line)]


def _plain_tokens(line: Line) -> list[Token]:
    if PLAIN_LABEL.match(line.text.lstrip()):
        return _labelled_tokens(line)
    out: list[Token] = []
    pos = 0
    text = line.text
    parts = PART_SEPARATOR.split(text)
    for part in parts:
        at = text.find(part, pos)
        pos = at + len(part)
        stripped = part.strip()
        if not stripped:
            continue
        base = line.start + at + (len(part) - len(part.lstrip()))
        pair = COLON_PAIR.match(stripped)
        if pair and re.sub(r"\s+", "", pair.group("label")) in ALL_LABELS:
            label, value = pair.group("label").strip(), pair.group("value").strip()
            out.append(Token(label, base, base + len(label), line.index))
            vstart = base + pair.start("value")
            out.append(Token(value, vstart, vstart + len(value), line.index))
        else:
            out.append(Token(stripped, base, base + len(stripped), line.index))
    return out


def _labelled_tokens(line: Line) -> list[Token]:
    """`[보도일시] 2024. 5. 14.(화) 12:00 [배포일시] …` → label and value tokens."""
    out: list[Token] = []
    marks = list(PLAIN_LABEL.finditer(line.text))
    for n, m in enumerate(marks):
        label = m.group("label")
        out.append(Token(label, line.start + m.start("label"), line.start + m.end("label"), line.index))
        stop = marks[n + 1].start() if n + 1 < len(marks) else len(line.text)
        raw = line.text[m.end():stop]
        value = raw.strip(" /|")
        if value:
            at = line.start + m.end() + raw.find(value)
            out.append(Token(value, at, at + len(value), line.index))
    return out
