"""Markdown as converters we have not seen may write it: do those renderings give the original's record?

    .venv/bin/python benchmarks/rendered_markdown.py            # the gp HWPX/HWP of ../shared/corpus/silver
    .venv/bin/python benchmarks/rendered_markdown.py --show     # and each rendering that disagrees
    .venv/bin/python benchmarks/rendered_markdown.py --keep DIR # and keep the Markdown files

Each original is read into the document model (paragraphs with their type size, tables with
their spans) and written back as Markdown in the ways converters write tables: a pipe table with
a span's text repeated in every cell it covers, or with those cells empty (`<br>` for a line
break in a cell); a raw HTML table with rowspan and colspan; a grid table (`+---+`) padded by
characters or by display width (a Hangul syllable two columns wide); the contact table's rows as
list items (`- 담당 부서: 정책기획관 / 책임자 / …`); every cell a paragraph of its own. The title
(the lines set in large type at the top) is a `#` or `##` heading, a `**bold**` paragraph or a
plain one. Every rendering is parsed and compared with the original's record as
cross_markdown.py compares them (title, issuer, date, contacts), and the agreement is printed
per way of writing. The renderings hold everything the original holds, so every disagreement is
the reader's or the extractors'. (These ways of writing were made to test the reader's rules on
forms the silver-md converters do not use; they are no held-out set.)
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pressparse.readers import read  # noqa: E402
from pressparse.readers.md_layout import is_department_label  # noqa: E402
from cross_markdown import FIELDS, facts, same, shown  # noqa: E402

DEFAULT_DOCS = ROOT.parent / "shared" / "corpus" / "silver" / "docs"
#: the type size (relative to the body's) of the lines written as the title
TITLE_SIZE = 1.3


def _layout(block):
    """Rows × columns of (cell, whether this is the cell's own top-left place) of a table block."""
    rows = max(c.row + c.rowspan for c in block.cells)
    cols = max(c.col + c.colspan for c in block.cells)
    grid = [[None] * cols for _ in range(rows)]
    for c in block.cells:
        for r in range(c.row, c.row + c.rowspan):
            for k in range(c.col, c.col + c.colspan):
                grid[r][k] = (c, r == c.row and k == c.col)
    return grid


def pipe(block, repeat: bool) -> str:
    out = []
    for r, row in enumerate(_layout(block)):
        texts = [(x[0].text.replace("|", "\\|").replace("\n", "<br>") if x and (x[1] or repeat) else "") for x in row]
        out.append("| " + " | ".join(texts) + " |")
        if r == 0:
            out.append("|" + "---|" * len(row))
    return "\n".join(out)


def html(block) -> str:
    rows = defaultdict(list)
    for c in sorted(block.cells, key=lambda c: (c.row, c.col)):
        span = (f" rowspan={c.rowspan}" if c.rowspan > 1 else "") + (f" colspan={c.colspan}" if c.colspan > 1 else "")
        rows[c.row].append(f"<td{span}>{c.text.replace(chr(10), '<br>')}</td>")
    return "<table>\n" + "".join(f"<tr>{''.join(tds)}</tr>\n" for _, tds in sorted(rows.items())) + "</table>"


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def grid_table(block, width=len) -> str:
    layout = _layout(block)
    texts = [[(x[0].text.replace("\n", " ") if x and x[1] else "") for x in row] for row in layout]
    widths = [max(3, *(width(row[k]) for row in texts)) for k in range(len(texts[0]))]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [border]
    for row in texts:
        lines.append("| " + " | ".join(t + " " * (w - width(t)) for t, w in zip(row, widths)) + " |")
        lines.append(border)
    return "\n".join(lines)


def row_items(block) -> str:
    """A contact table (one that holds a department label) with each row a list item, `- first
    cell: the others / …` (a row whose first cell is empty, its cells alone), as GovPress writes
    it; any other table a pipe table."""
    if not any(is_department_label(c.text) for c in block.cells):
        return pipe(block, False)
    items = []
    for row in _layout(block):
        texts = [x[0].text.replace("\n", " ") for x in row if x and x[1] and x[0].text.strip()]
        first = row[0] is not None and row[0][1] and row[0][0].text.strip()
        if texts:
            items.append(f"- {texts[0]}: {' / '.join(texts[1:])}" if first and len(texts) > 1 else "- " + " / ".join(texts))
    return "\n".join(items)


def cell_paragraphs(block) -> str:
    return "\n\n".join(x[0].text for row in _layout(block) for x in row if x and x[1] and x[0].text.strip())


TABLES = {
    "pipe, spans repeated": lambda b: pipe(b, True),
    "pipe, spans empty": lambda b: pipe(b, False),
    "html": html,
    "grid, characters": grid_table,
    "grid, display width": lambda b: grid_table(b, display_width),
    "a row a list item": row_items,
    "a cell a paragraph": cell_paragraphs,
}
TITLES = {"#": "# {}", "##": "## {}", "**": "**{}**", "plain": "{}"}


def render(doc, table, title: str) -> str:
    """The Markdown of ``doc``: its tables written by ``table``, its title lines as ``title`` says."""
    parts, in_title, title_done = [], False, False
    for block in doc.blocks:
        if block.kind == "table":
            filled = [c for c in block.cells if c.text.strip()]
            parts.append(filled[0].text.replace("\n", "\n\n") if len(filled) == 1 else table(block))
            in_title = False
            continue
        text = doc.text[block.start:block.end].strip()
        if not text:
            continue
        if block.hints.size and block.hints.size >= TITLE_SIZE and (in_title or not title_done):
            text, in_title, title_done = TITLES[title].format(text), True, True
        else:
            in_title = False
        parts.append(text)
    return "\n\n".join(parts) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--show", action="store_true", help="list the renderings that disagree")
    ap.add_argument("--keep", type=Path, help="write the Markdown files to this folder")
    args = ap.parse_args()
    originals = sorted(p for p in args.docs.glob("gp_*") if p.suffix in (".hwpx", ".hwp"))
    if not originals:
        print(f"no gp_*.hwpx or .hwp under {args.docs}", file=sys.stderr)
        return 1
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    agree: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for original in originals:
        a = facts(original)
        doc = read(original.read_bytes(), path=str(original))
        for t, table in enumerate(TABLES):
            for title in TITLES:
                md = folder / f"{original.stem}.{t}{list(TITLES).index(title)}.md"
                md.write_text(render(doc, TABLES[table], title), encoding="utf-8")
                ok = same(a, facts(md))
                counts = agree[f"{table}, title {title}"]
                counts["n"] += 1
                counts["all four"] += all(ok.values())
                for field in FIELDS:
                    counts[field] += ok[field]
                if args.show and not all(ok.values()):
                    print(f"{original.name} ({table}, title {title}): "
                          + "; ".join(f"{f}: {shown(a, f)!r} | {shown(facts(md), f)!r}" for f in FIELDS if not ok[f]))
    print(f"{'written as':36}" + "".join(f"{f:>10}" for f in (*FIELDS, "all four")))
    for column, counts in agree.items():
        print(f"{column:36}" + "".join(f"{counts[f] / counts['n']:>10.3f}" for f in (*FIELDS, "all four")))
    print(f"({len(originals)} originals)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
