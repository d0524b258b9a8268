"""Web pages of releases (ministry and local-government boards, news sites) as document text.

The article is found by the page's own title: the `<title>` of a board page starts with the
release's title, and the smallest element around its copy in the page that also holds the
body is the article. Menus, share buttons, attachment lists and footers outside it are left
behind; inside it, label/value pairs (`<dt>등록일</dt><dd>…</dd>`) become `label : value` lines
and table cells tab-separated rows, the layout the text extractors read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..korean import HANGUL
from . import hancom_html

#: elements whose text is never part of a release
INVISIBLE = ("script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "form", "button",
             "select", "input", "textarea")
#: elements that start a new line
BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "section", "article",
          "header", "footer", "table", "ul", "ol", "dl", "blockquote", "pre", "hr")
#: class/id words of page furniture inside an article: attachments, buttons, sharing, prev/next
FURNITURE = re.compile(r"(?:^|[_-])(?:file|attach|btn|button|share|sns|print|prev|next|paging|satisfaction|"
                       r"reply|comment|tag|related|relate|copyright|kogl|open_?type|skip)(?:[_-]|$)", re.I)
#: separators between the parts of a page <title>: `제목 < 보도자료 < 시정뉴스룸 - 나주시청`
TITLE_PARTS = re.compile(r"\s+(?:<|>|\||-|::|ㅣ|｜)\s+")
#: the end of a site name that names the organisation's office: 나주시청 → 나주시
OFFICE_SUFFIX = re.compile(r"(?<=[시군구도])청$")
#: a site name that is an organisation (the page's owner)
SITE_OWNER = re.compile(r"[가-힣]{2,20}(?:시청|군청|구청|도청|시|군|구|도|부|처|청|원|공단|공사|위원회)$")
#: the least Hangul an element needs, beyond the title, to be the article
MIN_ARTICLE_HANGUL = 150
#: the least paragraph text (Hangul) the densest block needs to be taken for the article
MIN_DENSE_HANGUL = 60
#: elements that can hold an article, and the headings that title one
CONTAINERS = ("div", "article", "section", "main", "td")
HEADINGS = ("h1", "h2", "h3", "h4")
#: how much more text than the densest block its container may hold and still be the article
WIDEN_FACTOR, WIDEN_SLACK = 1.5, 200
#: the longest label of a label/value pair
MAX_LABEL = 12


@dataclass(frozen=True)
class Page:
    """The text of a web page and the organisation that runs the site, if its title names one."""

    text: str
    site: str | None = None


def read_page(markup: str) -> Page:
    """The article text of ``markup`` and the site's owner."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(markup, "lxml")
    if hancom_html.is_hancom_export(soup):
        return Page(hancom_html.render(soup))
    title, site = _title_parts(soup)
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup(list(INVISIBLE)):
        tag.decompose()
    root = _article(soup, title) or _densest(soup.body) or soup.body or soup
    for tag in root.find_all(_is_furniture):
        tag.decompose()
    _pairs_to_lines(root)
    _cells_to_tabs(root)
    return Page(_render(root), site)


def to_text(markup: str) -> str:
    """The article text of ``markup``."""
    return read_page(markup).text


def _title_parts(soup) -> tuple[str | None, str | None]:
    if soup.title is None:
        return None, None
    parts = [p.strip() for p in TITLE_PARTS.split(soup.title.get_text(" ", strip=True)) if p.strip()]
    if not parts:
        return None, None
    site = parts[-1] if len(parts) > 1 and SITE_OWNER.match(parts[-1]) else None
    return parts[0], OFFICE_SUFFIX.sub("", site) if site else None


def _article(soup, title: str | None):
    """The smallest element around the title's copy in the page that also holds the body."""
    if not title or len(title) < 5 or soup.body is None:
        return None
    key = re.sub(r"\s+", "", title)
    for text in soup.body.find_all(string=lambda s: s and key[:12] in re.sub(r"\s+", "", s)):
        for parent in text.parents:
            if parent.name in ("body", "html", "[document]"):
                break
            if len(HANGUL.findall(parent.get_text())) - len(HANGUL.findall(title)) >= MIN_ARTICLE_HANGUL:
                return parent
    return None


def _densest(body):
    """The element with the most paragraph text, widened to take in the heading above it
    (for pages whose <title> does not name the article)."""
    if body is None:
        return None
    best, best_score = None, 0
    for el in body.find_all(CONTAINERS):
        direct = "".join(el.find_all(string=True, recursive=False))
        score = len(HANGUL.findall(direct)) + sum(len(HANGUL.findall(p.get_text())) for p in el.find_all("p", recursive=False))
        if score > best_score:
            best, best_score = el, score
    if best is None or best_score < MIN_DENSE_HANGUL:
        return None
    node, own = best, len(HANGUL.findall(best.get_text()))
    while not node.find(HEADINGS) and node.parent is not None and node.parent.name not in ("body", "html", "[document]"):
        if len(HANGUL.findall(node.parent.get_text())) > own * WIDEN_FACTOR + WIDEN_SLACK:
            break
        node = node.parent
    return node


def _is_furniture(tag) -> bool:
    names = " ".join([*(tag.get("class") or []), tag.get("id") or ""]) if tag.attrs else ""
    return bool(names) and bool(FURNITURE.search(names))


def _pairs_to_lines(root) -> None:
    """`<dt>등록일</dt><dd>2025.12.05</dd>` and `<li><span>등록일</span><span>…</span></li>` → `등록일 : …`."""
    for dl in root.find_all("dl"):
        lines, label = [], None
        for child in dl.find_all(["dt", "dd"], recursive=False):
            text = " ".join(child.get_text(" ").split())
            if child.name == "dt":
                label = text
            elif text:
                lines.append(f"{label} : {text}" if label else text)
                label = None
        dl.replace_with("\n" + "\n".join(lines) + "\n")
    for li in root.find_all("li"):
        kids = [k for k in li.find_all(recursive=False) if k.get_text(strip=True)]
        if len(kids) == 2 and not li.find(["ul", "ol", "table"]):
            label, value = (" ".join(k.get_text(" ").split()) for k in kids)
            if len(label) <= MAX_LABEL and not re.search(r"\d", label):
                li.replace_with(f"\n{label} : {value}\n")


def _cells_to_tabs(root) -> None:
    for cell in root.find_all(["td", "th"]):
        if cell.parent is None:  # inside a cell flattened already
            continue
        text = " ".join(cell.get_text(" ").split())
        cell.clear()
        cell.append(text)
        cell.insert_after("\t")


def _render(root) -> str:
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(list(BLOCKS)):
        tag.insert_before("\n")
        tag.insert_after("\n")
    out: list[str] = []
    for line in root.get_text().split("\n"):
        if "\t" in line:
            line = "\t".join(" ".join(c.split()) for c in line.split("\t")).strip("\t")
        else:
            line = " ".join(line.split())
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")
