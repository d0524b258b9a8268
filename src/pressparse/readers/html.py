"""A plain HTML reader: the page's visible text, one block element per line.

Scripts, styles and navigation are dropped; table cells become tab-separated rows so the
header extractors see the same layout as in converted HWP text.
"""
from __future__ import annotations

#: elements whose text is never part of a release
INVISIBLE = ("script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "form", "button")
#: elements that start a new line
BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "section", "article", "header", "footer", "table", "ul", "ol")


def to_text(markup: str) -> str:
    """The visible text of ``markup``."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(list(INVISIBLE)):
        tag.decompose()
    for cell in soup.find_all(["td", "th"]):
        if cell.parent is None:  # inside a cell flattened already
            continue
        text = " ".join(cell.get_text(" ").split())
        cell.clear()
        cell.append(text)
        cell.insert_after("\t")
    for tag in soup.find_all(list(BLOCKS)):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    lines = [" ".join(line.split(" ")).strip(" ") for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        line = "\t".join(c.strip() for c in line.split("\t")).strip("\t") if "\t" in line else line.strip()
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")
