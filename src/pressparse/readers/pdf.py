"""PDF: paragraphs (with font size, weight and page) and tables, in reading order.

The pages come from :mod:`.pdf_pages` (PDFium reads them; pdfplumber groups the characters into
words and finds the ruled tables).

Releases are often printed two pages to a landscape sheet, where a plain text extraction
interleaves the two columns line by line. A page much wider than tall is therefore read as
its left half, then its right half. On each (half) page:

* ruled tables found by pdfplumber become grids (a merged cell left empty, as in converted HWP
  text); a one-row 'table' that is part of a line of text (its rules cut through a word, or the
  line goes on beside it) is not one, and its words stay in their line;
* the other words are grouped into lines by their height, so that a smaller run inside a line
  (`(4.12.(일) ~ 17.(금))` in a title) stays in it;
* lines that overlap in part are cells set side by side: a band of them holding a 보도/배포
  label becomes one header row, a cell per column of words (a value of two lines centred
  beside its label is one cell, as in the HWPX);
* lines that wrap join into paragraphs, as the HWPX of the same release has them.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..blocks import Cell, Grid, Hints, Para, text_size
from ..korean.header_words import TIME_LABELS
from ..korean.markers import MARKER
from .pdf_pages import PdfReadError, open_pdf

#: a page this much wider than tall holds two pages side by side
TWO_UP_RATIO = 1.2
#: a font name that says the face is bold (`HCRDotum-Bold`, `NanumGothicBold`, `Gulim,Bold`)
BOLD_FONT = re.compile(r"bold|black|heavy|extrabold|semibold", re.I)
#: a word shares a line when it shares this much of the lower height with it
SAME_LINE = 0.6
#: lines still open for words (a line's words come together, as words are read from the top)
SAME_LINE_LOOKBACK = 4
#: a line overlapping the one above by more than this much of its height is set beside it (a band)
BAND_OVERLAP = 0.15
#: words closer than this (points) touch: pdfplumber's own word-breaking distance
WORD_GAP = 3
#: words of a band further apart than this many line heights stand in different columns
COLUMN_GAP = 0.9
#: a line ending within this many line heights of the right margin ran to it (it wraps)
WRAP_SLACK = 1.5
#: lengths this close (points) are equal: a line of full-width glyphs often ends exactly
#: WRAP_SLACK from the margin, and single-precision coordinates (PDFium's) must not tip it
TIE = 0.01
#: a centred line this wide (a share of the right margin's x) or wider may wrap onto the next
CENTRED_WIDTH = 0.5
#: the most white space between two lines of one paragraph, in line heights
LEADING = 0.9
#: lines of one paragraph after its first start within this many line heights of each other
ALIGNED = 0.5


class PdfError(ValueError):
    """A PDF that cannot be read; the message says why."""


def read_blocks(data: bytes, *, max_chars: int | None = None) -> list[Para | Grid]:
    """The text lines (with font size, weight and page) and ruled tables of a PDF, in reading
    order; pages after the first ``max_chars`` characters are not read."""
    try:
        with open_pdf(data) as pages:
            items: list[Para | Grid] = []
            chars = 0
            for number, page in enumerate(pages, 1):
                if max_chars is not None and chars > max_chars:
                    break
                for part in _halves(page):
                    new = _items(part, number)
                    items.extend(new)
                    chars += sum(text_size(item) for item in new)
    except PdfReadError as exc:
        raise PdfError(str(exc)) from exc
    except Exception as exc:  # a page PDFium reads but that breaks an assumption here
        raise PdfError(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__) from exc
    return items


def _halves(page) -> list:
    width, height = page.width, page.height
    if width < height * TWO_UP_RATIO:
        return [page]
    return [page.crop((0, 0, width / 2, height)), page.crop((width / 2, 0, width, height))]


def _items(page, number: int) -> list[Para | Grid]:
    """The page's text lines and tables, top to bottom."""
    words = page.extract_words(return_chars=True)
    tables = [t for t in page.find_tables() if not _cuts_a_line(t, words)]
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        # as pdfplumber places a character in a table cell: by its middle
        x, y = (obj.get("x0", 0) + obj.get("x1", 0)) / 2, (obj.get("top", 0) + obj.get("bottom", 0)) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    placed: list[tuple[float, _Line | Grid]] = []
    free = [w for w in words if outside(w)] if boxes else words
    for band in _bands(_lines(free)):
        grid = _band_grid(band)
        if grid is not None:
            placed.append((band[0].top, grid))
        else:
            placed.extend((line.top, line) for line in band)
    for table in tables:
        cells = tuple(Cell(" ".join(text.split()), r, c)
                      for r, row in enumerate(page.extract_table(table)) for c, text in enumerate(row) if text is not None)
        placed.append((table.bbox[1], Grid(cells)))
    placed.sort(key=lambda pair: pair[0])
    return _paragraphs([item for _, item in placed], number)


def _paragraphs(items: list[_Line | Grid], page: int) -> list[Para | Grid]:
    """Lines that wrap join into paragraphs, as the HWPX of the same release has them.

    A line continues the one above when that one runs to the right margin (or both are centred
    on one axis, the upper one wide, as a subtitle that wraps), both have the same size and
    weight, the gap between them is no wider than a line's leading, neither is a header row,
    the line opens with no outline marker, and (from the third line on) it starts where the
    paragraph's second line started. Tables and header rows stay as they are.
    """
    margin = _right_margin([i for i in items if isinstance(i, _Line)])
    out: list[Para | Grid] = []
    run: list[_Line] = []

    def close() -> None:
        if run:
            out.append(Para(" ".join(line.text for line in run), _word_hints([w for ln in run for w in ln.words], page)))
            run.clear()

    for item in items:
        if isinstance(item, Grid):
            close()
            out.append(item)
        elif run and margin is not None and _continues(run, item, margin, page):
            run.append(item)
        else:
            close()
            run.append(item)
    close()
    return out


def _extent(line: _Line) -> tuple[float, float]:
    return min(w["x0"] for w in line.words), max(w["x1"] for w in line.words)


def _right_margin(lines: list[_Line]) -> float | None:
    """Where the full lines of the page end: the x1 that three lines in four do not pass."""
    ends = sorted(max(w["x1"] for w in line.words) for line in lines if len(line.text) >= 15)
    return ends[(len(ends) * 3) // 4] if len(ends) >= 4 else None


def _continues(run: list[_Line], line: _Line, margin: float, page: int) -> bool:
    last = run[-1]
    height = last.bottom - last.top
    if height <= 0 or not 0 <= line.top - last.bottom <= LEADING * height:
        return False
    if MARKER.match(line.text) or _labelled(line.ordered) or _labelled(last.ordered):
        return False
    (a0, a1), (b0, b1) = _extent(last), _extent(line)
    centred = (abs((a0 + a1) - (b0 + b1)) / 2 <= height and abs(a0 - b0) > height
               and b1 - b0 <= a1 - a0 and (a1 - a0) >= CENTRED_WIDTH * margin)
    if a1 < margin - WRAP_SLACK * height - TIE and not centred:
        return False
    a, b = last.hints(page), line.hints(page)
    if (a.points, a.bold) != (b.points, b.bold):
        return False
    if len(run) >= 2:
        second = min(w["x0"] for w in run[1].words)
        if abs(min(w["x0"] for w in line.words) - second) > ALIGNED * height:
            return False
    return True


class _Line:
    """Words that share a line: each stands within the line's height (a smaller run of words,
    `(4.12.(일) ~ 17.(금))` in a title, sits inside it, not on a line of its own)."""

    def __init__(self, word: dict):
        self.words = [word]
        self.top, self.bottom = word["top"], word["bottom"]
        self._hints: Hints | None = None

    def overlap(self, word: dict) -> float:
        """How much of the lower of the two heights the word and the line share (0–1)."""
        shared = min(self.bottom, word["bottom"]) - max(self.top, word["top"])
        least = min(self.bottom - self.top, word["bottom"] - word["top"])
        return shared / least if least > 0 else 0.0

    def add(self, word: dict) -> None:
        self.words.append(word)
        self._hints = None
        self.top, self.bottom = min(self.top, word["top"]), max(self.bottom, word["bottom"])

    @property
    def ordered(self) -> list[dict]:
        return sorted(self.words, key=lambda w: w["x0"])

    @property
    def text(self) -> str:
        return _joined(self.ordered)

    def hints(self, page: int) -> Hints:
        """The line's hints (worked out once: a line is compared with the lines on both sides)."""
        if self._hints is None or self._hints.page != page:
            self._hints = _word_hints(self.words, page)
        return self._hints


def _lines(words: list[dict]) -> list[_Line]:
    """Words grouped into lines: a word joins the line whose height it mostly shares."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        # only the last few lines can still take a word, as words come from the top
        home = next((ln for ln in reversed(lines[-SAME_LINE_LOOKBACK:]) if ln.overlap(word) >= SAME_LINE), None)
        if home is None:
            lines.append(_Line(word))
        else:
            home.add(word)
    lines.sort(key=lambda ln: ln.top)
    return lines


def _bands(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of lines that overlap in part: cells set side by side and centred against each other,
    as in a header table without rules (`보도시점` beside a value of two lines)."""
    bands: list[list[_Line]] = []
    bottom = None
    for line in lines:
        height = line.bottom - line.top
        if bands and bottom is not None and bottom - line.top > BAND_OVERLAP * height:
            bands[-1].append(line)
            bottom = max(bottom, line.bottom)
        else:
            bands.append([line])
            bottom = line.bottom
    return bands


def _band_grid(band: list[_Line]) -> Grid | None:
    """A band of offset lines that holds a header label (`보도시점`, `배포`) as one table row,
    one cell per column of words (columns are separated by a gap wider than a space); None
    for any other band, whose lines stay lines."""
    if len(band) == 1 or not any(_labelled(line.ordered) for line in band):
        return None
    columns: list[list[tuple[int, dict]]] = []
    right = None
    for n, word in sorted(((n, w) for n, line in enumerate(band) for w in line.words), key=lambda p: p[1]["x0"]):
        gap = COLUMN_GAP * (word["bottom"] - word["top"])
        if columns and right is not None and word["x0"] <= right + gap:
            columns[-1].append((n, word))
            right = max(right, word["x1"])
        else:
            columns.append([(n, word)])
            right = word["x1"]
    if len(columns) < 2:
        return None
    cells = tuple(Cell(_cell_text(col), 0, c,
                       hints=_word_hints([w for _, w in col], None))
                  for c, col in enumerate(columns))
    return Grid(cells)


def _joined(words: list[dict]) -> str:
    """Words of one line in order, a space where they stand apart: a smaller run set inside
    a line (`공식협상` `(4.12.(일)`) touches the word before it and joins it."""
    parts: list[str] = []
    last = None
    for word in words:
        # pdfplumber breaks a line into words at a space or a gap, so words it put on one line
        # stand apart; a run it put on a line of its own joins where it touches
        if last is not None and abs(word["top"] - last["top"]) > WORD_GAP and word["x0"] - last["x1"] <= WORD_GAP:
            parts[-1] += word["text"]
        else:
            parts.append(word["text"])
        last = word
    return " ".join(parts)


def _labelled(words: list[dict]) -> bool:
    """A header label stands in the line as a word, or as two (`보도 시점`)."""
    texts = [w["text"] for w in words]
    return any(t in TIME_LABELS for t in texts) or any(a + b in TIME_LABELS for a, b in zip(texts, texts[1:]))


def _cell_text(column: list[tuple[int, dict]]) -> str:
    """The words of one column of a band, line by line."""
    by_line: dict[int, list[dict]] = {}
    for n, word in column:
        by_line.setdefault(n, []).append(word)
    return " ".join(_joined(sorted(by_line[n], key=lambda w: w["x0"])) for n in sorted(by_line))


def _cuts_a_line(table, words: list[dict]) -> bool:
    """A 'table' of one row that is part of a line of text: a few boxed or shaded words of a
    header row (`2026. 4. 13.(월) 16:0` | `0`). Its rules cut through a word, or the line's
    text goes on beside it; its words stay in their line."""
    x0, top, x1, bottom = table.bbox
    if len(table.rows) != 1:
        return False

    def level(w) -> bool:
        shared = min(bottom, w["bottom"]) - max(top, w["top"])
        return shared > 0.3 * min(bottom - top, w["bottom"] - w["top"])

    edges = {round(cell[0], 1) for cell in table.cells if cell[0] > x0 + 1}
    for w in words:
        if not level(w):
            continue
        if w["x1"] <= x0 + 1 or w["x0"] >= x1 - 1:
            return True
        if any(w["x0"] + 1 < edge < w["x1"] - 1 for edge in edges):
            return True
    return False


@lru_cache(maxsize=1024)
def _bold_face(fontname: str) -> bool:
    """Whether a font's name says it is bold (asked once per name: a page has a few fonts)."""
    return BOLD_FONT.search(fontname) is not None


def _word_hints(words: list[dict], page: int | None) -> Hints:
    """The size and weight most letters of the words have (letters, not digits or brackets:
    a title's smaller run of dates does not make the title small)."""
    chars = [c for w in words for c in w.get("chars", ()) if c["text"].strip()]
    if any(c["text"].isalpha() for c in chars):
        chars = [c for c in chars if c["text"].isalpha()]
    if not chars:
        return Hints(page=page)
    sizes = Counter(round(c["size"], 1) for c in chars)
    bold = sum(_bold_face(c["fontname"]) for c in chars)
    return Hints(points=sizes.most_common(1)[0][0], bold=bold * 2 > len(chars), page=page)