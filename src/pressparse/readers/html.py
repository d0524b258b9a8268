"""Web pages of releases (ministry and local-government boards, news sites) as document text.

The article is found by the page's own title: the `<title>` of a board page starts with the
release's title, and the smallest element around its copy in the page that also holds the
body is the article. Menus, share buttons, attachment lists and footers outside it are left
behind; inside it, label/value pairs (`<dt>등록일</dt><dd>…</dd>`) become `label : value` lines
and table cells tab-separated rows, the layout the text extractors read.

The page is parsed once with lxml and read in time linear in its size: the tree is never
changed, the Hangul of every element is summed bottom-up in one pass, what decides whether a
list item is a label/value pair is summed bottom-up too, and every walk is iterative (a page
nested 100,000 deep reads like any other). The text is what the BeautifulSoup reader this one
replaced gave: its tree edits (comments and invisible elements out, furniture out, <dl>s to
lines, list items to pairs, cells to tab rows, line breaks around blocks) are replayed as
rewrites during the walks. Markup past :data:`MAX_HTML_BYTES`, and elements past
:data:`MAX_HTML_ELEMENTS`, are not read (an ``errors`` entry says so). BeautifulSoup is not used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..document import Metadata
from ..korean import HANGUL
from . import hancom_html
from .html_meta import page_metadata

#: the most markup of one page that is read (UTF-8 bytes); the rest is cut off with an
#: ``errors`` entry. Board pages are well under 1 MB; 5 MB of markup reads in about a second.
MAX_HTML_BYTES = 8 * 1024 * 1024
#: the most elements of one page that are read (in document order; the rest is left out with an
#: ``errors`` entry): a board page has a few thousand, 5 MB of dense markup under 200,000, and
#: this many read in a few seconds
MAX_HTML_ELEMENTS = 300_000

#: elements whose text is never part of a release
INVISIBLE = ("script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "form", "button",
             "select", "input", "textarea")
#: elements whose strings are not text (ruby annotations, which BeautifulSoup's get_text left out)
TEXTLESS = ("rt", "rp")
#: elements that start a new line
BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "section", "article",
          "header", "footer", "table", "ul", "ol", "dl", "blockquote", "pre", "hr")
#: class/id words of page furniture inside an article: attachments, buttons, sharing, prev/next
FURNITURE = re.compile(r"(?:^|[_-])(?:file|attach|btn|button|share|sns|print|prev|next|paging|satisfaction|"
                       r"reply|comment|tag|related|relate|copyright|kogl|open_?type|skip)(?:[_-]|$)", re.I)
#: separators between the parts of a page <title>: `제목 < 보도자료 < 시정뉴스룸 - 나주시청` (a match
#: starts only where a run of white space does, so that a long run is not read from each space)
TITLE_PARTS = re.compile(r"(?<!\s)\s+(?:<|>|\||-|::|ㅣ|｜)\s+")
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
#: elements above the article: the search for it stops there
TOP = ("body", "html")
#: how much more text than the densest block its container may hold and still be the article
WIDEN_FACTOR, WIDEN_SLACK = 1.5, 200
#: the longest label of a label/value pair, and what a list item holding one may not contain
MAX_LABEL = 12
LISTS = ("ul", "ol", "table")
#: table cells: each becomes its text and a tab
CELLS = ("td", "th")
#: where white space is kept as written; elsewhere a string of nothing but (ASCII) white space
#: counts as one line break if it holds one, else as one space (as BeautifulSoup stored it)
PRESERVE = ("pre",)
ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"

_SKIPPED = frozenset(INVISIBLE + TEXTLESS)
# How much of the structure a walk rewrites, in the order the old reader edited its tree:
# nothing (the text of a <dt>/<dd>); <dl>s as lines (the label and value of a list item);
# list items as pairs too (a table cell's text); cells as tab rows, <br>s and blocks as line
# breaks too (the page's text).
_RAW, _PAIRS, _CELL, _FINAL = range(4)
#: the short text of an element too long to be a label
_LONG = object()
_END_PRE = object()


@dataclass(frozen=True)
class Page:
    """The text of a web page and the organisation that runs the site, if its title names one."""

    text: str
    site: str | None = None
    #: what the page says beside its text: the title its names agree on, the posting time
    metadata: Metadata = field(default_factory=Metadata)
    #: problems reading the page: markup past MAX_HTML_BYTES left out, markup lxml cannot read
    errors: tuple[str, ...] = ()


def read_page(markup: str, *, max_bytes: int | None = None, max_elements: int | None = None) -> Page:
    """The article text of ``markup`` and the site's owner. Never raises: problems are in ``errors``.

    ``max_bytes`` and ``max_elements`` bound the work (default: MAX_HTML_BYTES, MAX_HTML_ELEMENTS).
    """
    max_bytes = MAX_HTML_BYTES if max_bytes is None else max_bytes
    max_elements = MAX_HTML_ELEMENTS if max_elements is None else max_elements
    data = markup.encode("utf-8", errors="replace")
    errors: list[str] = []
    if len(data) > max_bytes:
        errors.append(f"HTML page too large: only the first {max_bytes:,} of its {len(data):,} bytes of markup "
                      "were read (MAX_HTML_BYTES)")
        data = _cut(data, max_bytes)
    try:
        root, cut = _parse(data, max_elements)
    except Exception as exc:  # lxml refused the markup
        return Page("", None, errors=(*errors, f"unreadable HTML: {type(exc).__name__}: {exc}"))
    if root is None:  # nothing but white space and comments
        return Page("", None, errors=tuple(errors))
    # Every node's Python proxy is made here, kept to the end and then released children first.
    # lxml frees a node whose last proxy goes by walking up to the nearest ancestor that still
    # has one: proxies made and dropped one by one during a walk down a page nested 100,000
    # deep would each walk up that far.
    keep = list(root.iter())
    try:
        if len(keep) > max_elements:
            _drop_from(keep[max_elements])
            cut = True
        if cut:
            errors.append(f"HTML page too large: only its first {max_elements:,} elements were read "
                          "(MAX_HTML_ELEMENTS)")
        text, site = _read(root)
        metadata = page_metadata(root, _title_parts(root)[0])
    except Exception as exc:  # a bug here must not cost the rest of the record
        return Page("", None, errors=(*errors, f"unreadable HTML: internal error: {type(exc).__name__}: {exc}"))
    finally:
        keep.clear()  # from the end, so children before their parents
    return Page(text, site, metadata, tuple(errors))


def to_text(markup: str) -> str:
    """The article text of ``markup``."""
    return read_page(markup).text


def _cut(data: bytes, size: int) -> bytes:
    """The first ``size`` bytes of UTF-8 ``data`` or a little less, not splitting a character."""
    end = size
    while end > 0 and data[end] & 0xC0 == 0x80:
        end -= 1
    return data[:end]


def _parse(data: bytes, max_elements: int):
    """The root element of the page (or None) and whether elements were left out."""
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True, no_network=True)
    root = etree.fromstring(data, parser)
    if any(error.level_name == "FATAL" for error in parser.error_log):
        # libxml2's tree builder stops at 2,048 levels, dropping the rest of the page; a parser
        # target (as BeautifulSoup used) builds the whole tree, more slowly, so only when needed
        target = _CappedBuilder(max_elements)
        try:
            etree.fromstring(data, etree.HTMLParser(encoding="utf-8", huge_tree=True, no_network=True,
                                                    target=target))
        except _Full:
            pass
        return target.root, target.full
    return (root if isinstance(root, etree._Element) else None), False


class _Full(Exception):
    """The page has more elements than are read."""


class _CappedBuilder:
    """A parser target building the tree (with lxml's TreeBuilder) up to ``limit`` elements."""

    def __init__(self, limit: int) -> None:
        self.builder = etree.TreeBuilder(comment_factory=etree.Comment, pi_factory=etree.PI)
        self.limit, self.count = limit, 0
        self.root = None
        self.full = False
        self.end, self.data = self.builder.end, self.builder.data
        self.comment, self.pi = self.builder.comment, self.builder.pi

    def start(self, tag, attrib, nsmap=None):
        self.count += 1
        if self.count > self.limit:
            self.full = True
            raise _Full
        element = self.builder.start(tag, attrib)
        if self.root is None:
            self.root = element
        return element

    def close(self):
        return self.root


def _drop_from(first) -> None:
    """Take ``first`` and every node after it in document order out of the tree."""
    node = first
    while node is not None:
        parent = node.getparent()
        if parent is None:
            break
        for sibling in [node, *node.itersiblings()] if node is first else list(node.itersiblings()):
            parent.remove(sibling)
        node = parent


def _read(root) -> tuple[str, str | None]:
    if hancom_html.is_hancom_export(root):
        return hancom_html.render(root), None
    title, site = _title_parts(root)
    body = _first(root, "body")
    if body is None:
        return _Text(root).render(whole=True), site
    counts = _Counts(body, _key(title))
    article = _article(title, counts)
    if article is None:
        article = _densest(body, counts)
    return _Text(body if article is None else article).render(), site


def _first(root, tag: str):
    """The first ``tag`` element of the page, or None."""
    found = root.xpath(f"(//{tag})[1]")
    return found[0] if found else None


def _hangul(text: str | None) -> int:
    return len(HANGUL.findall(text)) if text and not text.isascii() else 0


def _title_parts(root) -> tuple[str | None, str | None]:
    title = _first(root, "title")
    if title is None:
        return None, None
    strings = [s.strip() for s in title.itertext() if s.strip()]
    parts = [p.strip() for p in TITLE_PARTS.split(" ".join(strings)) if p.strip()]
    if not parts:
        return None, None
    site = parts[-1] if len(parts) > 1 and SITE_OWNER.match(parts[-1]) else None
    return parts[0], OFFICE_SUFFIX.sub("", site) if site else None


class _Counts:
    """One walk over the visible elements of ``body``: the elements in document order, the Hangul
    of each one's own strings and of all its text and of its <p> children, the ones with a
    heading inside, and the strings (in document order) that hold the first letter of ``key``."""

    def __init__(self, body, key: str | None) -> None:
        first = key[0] if key else None
        order = []
        own: dict = {}
        found: list = []  # (string, the element it stands in)
        stack: list = [body]
        pop, push = stack.pop, stack.append
        skipped = _SKIPPED
        while stack:
            el = pop()
            if type(el) is tuple:
                found.append(el)
                continue
            order.append(el)
            text = el.text
            n = 0
            if text:
                if not text.isascii():
                    n = len(HANGUL.findall(text))
                if first and first in text:
                    found.append((text, el))
            if len(el):
                kids = list(el)
                kids.reverse()
                for child in kids:
                    tail = child.tail
                    if tail:
                        if not tail.isascii():
                            n += len(HANGUL.findall(tail))
                        if first and first in tail:
                            push((tail, el))
                    tag = child.tag
                    if isinstance(tag, str) and tag not in skipped:
                        push(child)
            own[el] = n
        total = dict(own)
        paragraphs: dict = {}
        heading: set = set()
        for el in reversed(order):
            if el is not body:
                parent = el.getparent()
                total[parent] += total[el]
                tag = el.tag
                if tag == "p":
                    paragraphs[parent] = paragraphs.get(parent, 0) + total[el]
                if el in heading or tag in HEADINGS:
                    heading.add(parent)
        self.order, self.own, self.total, self.paragraphs = order, own, total, paragraphs
        self.heading, self.found = heading, found


def _key(title: str | None) -> str | None:
    """What a string of the page holds (white space aside) when it is the title's copy."""
    if not title or len(title) < 5:
        return None
    return re.sub(r"\s+", "", title)[:12]


def _article(title: str | None, counts: _Counts):
    """The smallest element around the title's copy in the page that also holds the body."""
    key = _key(title)
    if key is None:
        return None
    need = MIN_ARTICLE_HANGUL + _hangul(title)
    total = counts.total
    failed: set = set()  # elements already too small, and so every element above them
    for text, parent in counts.found:
        if key not in re.sub(r"\s+", "", text):
            continue
        node = parent
        while node is not None and node.tag not in TOP and node not in failed:
            if total[node] >= need:
                return node
            failed.add(node)
            node = node.getparent()
    return None


def _densest(body, counts: _Counts):
    """The element with the most paragraph text, widened to take in the heading above it
    (for pages whose <title> does not name the article)."""
    best, best_score = None, 0
    total, own, paragraphs = counts.total, counts.own, counts.paragraphs
    for el in counts.order:
        if el.tag in CONTAINERS and el is not body:
            score = own[el] + paragraphs.get(el, 0)
            if score > best_score:
                best, best_score = el, score
    if best is None or best_score < MIN_DENSE_HANGUL:
        return None
    node, size = best, total[best]
    while node not in counts.heading:
        parent = node.getparent()
        if parent is None or parent.tag in TOP or total[parent] > size * WIDEN_FACTOR + WIDEN_SLACK:
            break
        node = parent
    return node


def _furniture_names(element) -> bool:
    classes, ident = element.get("class"), element.get("id")
    names = " ".join([*(classes.split() if classes else []), ident or ""])
    return bool(names) and bool(FURNITURE.search(names))


class _Text:
    """The text of the article element ``root``, as the walks below rewrite it."""

    def __init__(self, root) -> None:
        self.root = root
        #: page furniture (the class and id words of FURNITURE), left out below ``root``
        self.furniture = {e for e in root.xpath("descendant-or-self::*[@class or @id]") if _furniture_names(e)}
        #: per element summarised for list items: its text with <dl>s as lines, white space
        #: collapsed, if at most MAX_LABEL + 1 long (else _LONG) …
        self.short: dict = {}
        #: … and whether a list or table is inside it
        self.lists: set = set()

    def render(self, *, whole: bool = False) -> str:
        """Blocks on lines of their own, table rows tab-separated, label/value pairs as
        `label : value` lines (``whole``: ``root`` is the page's root element, not below it)."""
        root = self.root
        out: list[str] = []
        pre = any(a.tag in PRESERVE for a in root.iterancestors())
        if not whole:
            self._strings(root, _FINAL, out, pre=pre)
        elif self._kept(root):
            self._strings(root, _FINAL, out, inner=False)
        lines: list[str] = []
        for line in "".join(out).split("\n"):
            if "\t" in line:
                line = "\t".join(" ".join(c.split()) for c in line.split("\t")).rstrip("\t")
            else:
                line = " ".join(line.split())
            if line and "\t" in line and len(lines) > 1 and not lines[-1] and "\t" in lines[-2]:
                lines.pop()  # rows of one table stay together: no blank line between them
            if line or (lines and lines[-1]):
                lines.append(line)
        return "\n".join(lines).strip("\n")

    def _kept(self, node) -> bool:
        """True for an element whose text counts: not invisible, not furniture."""
        tag = node.tag
        return isinstance(tag, str) and tag not in _SKIPPED and node not in self.furniture

    def _strings(self, start, mode: int, out: list[str], *, inner: bool = True, pre: bool = False) -> None:
        """Append the strings of ``start``'s content (not its tail) to ``out``, rewritten as
        ``mode`` says (``inner=False``: ``start`` itself too, as if it stood below the root).
        In _FINAL mode a string of nothing but white space counts as one space or line break,
        except in a <pre> (``pre``: ``start`` stands in one)."""
        final = mode == _FINAL
        top = start if inner else None
        depth = 1 if pre else 0  # of <pre>s around the current element
        furniture, skipped, append = self.furniture, _SKIPPED, out.append
        stack: list = [start]
        pop, push = stack.pop, stack.append
        while stack:
            item = pop()
            if type(item) is str:
                append(item)
                continue
            if item is _END_PRE:
                depth -= 1
                continue
            tag = item.tag
            block = False
            if item is not top and mode:
                if tag == "dl":
                    append(self._dl_lines(item))
                    continue
                if tag == "li" and mode >= _CELL:
                    pair = self._pair(item)
                    if pair is not None:
                        append(pair)
                        continue
                if final:
                    if tag in CELLS:
                        append(self._joined(item, _CELL))
                        append("\t")
                        continue
                    if tag == "br":
                        append("\n")
                        continue
                    block = tag in BLOCKS
            if final and tag in PRESERVE:
                depth += 1
                push(_END_PRE)
            keep = not final or depth > 0
            if block:
                append("\n")
                push("\n")
            text = item.text
            if text:
                append(text if keep else _space(text))
            if len(item):
                kids = list(item)
                kids.reverse()
                for child in kids:
                    tail = child.tail
                    if tail:
                        push(tail if keep else _space(tail))
                    tag = child.tag
                    if isinstance(tag, str) and tag not in skipped and child not in furniture:
                        push(child)

    def _joined(self, element, mode: int) -> str:
        """The old reader's ``" ".join(element.get_text(" ").split())`` at that stage of its edits."""
        out: list[str] = []
        self._strings(element, mode, out)
        return " ".join(" ".join(out).split())

    def _dl_lines(self, dl) -> str:
        """`<dt>등록일</dt><dd>2025.12.05</dd>` → `등록일 : 2025.12.05` lines."""
        lines, label = [], None
        for child in dl:
            if child.tag not in ("dt", "dd") or child in self.furniture:
                continue
            text = self._joined(child, _RAW)
            if child.tag == "dt":
                label = text
            elif text:
                lines.append(f"{label} : {text}" if label else text)
                label = None
        return "\n" + "\n".join(lines) + "\n"

    def _pair(self, li) -> str | None:
        """`<li><span>등록일</span><span>…</span></li>` → `등록일 : …`; None for another list item."""
        self._summarise(li)
        if li in self.lists:
            return None
        short = self.short
        kids = [k for k in li if self._kept(k) and k.tag != "dl" and short[k] != ""]
        if len(kids) != 2:
            return None
        label = short[kids[0]]
        if label is _LONG or len(label) > MAX_LABEL or re.search(r"\d", label):
            return None
        return f"\n{label} : {self._joined(kids[1], _PAIRS)}\n"

    def _summarise(self, top) -> None:
        """Fill ``short`` and ``lists`` for ``top`` and the elements below it, bottom-up, each
        element once (so list items inside list items cost no repeated walks)."""
        short, lists = self.short, self.lists
        if top in short:
            return
        order = []
        stack = [top]
        while stack:
            el = stack.pop()
            order.append(el)
            stack.extend(k for k in el if self._kept(k) and k not in short)
        for el in reversed(order):
            parts = [el.text]
            for child in el:
                if self._kept(child):
                    if child.tag == "dl":
                        parts.append(self._short_dl(child))
                    else:
                        if child.tag in LISTS or child in lists:
                            lists.add(el)
                        parts.append(short[child])
                parts.append(child.tail)
            short[el] = _short_join(parts)

    def _short_dl(self, dl):
        """The short text of a <dl> as its lines."""
        lines: list[str] = []
        label = None
        for child in dl:
            if child.tag not in ("dt", "dd") or child in self.furniture:
                continue
            text = self.short[child]
            if child.tag == "dt":
                label = text
            elif text is _LONG or (text and label is _LONG):
                return _LONG
            elif text:
                lines.append(f"{label} : {text}" if label else text)
                label = None
        return " ".join(lines)


def _short_join(parts: list):
    """``" ".join(" ".join(parts).split())`` if at most MAX_LABEL + 1 long, else _LONG
    (a part None is no text, a part _LONG a long one)."""
    words: list[str] = []
    size = -1
    for part in parts:
        if part is None:
            continue
        if part is _LONG:
            return _LONG
        for word in part.split():
            words.append(word)
            size += len(word) + 1
            if size > MAX_LABEL + 1:
                return _LONG
    return " ".join(words)


def _space(text: str) -> str:
    """A string of nothing but ASCII white space as one line break (if it holds one) or one space."""
    if not text.isspace() or text.strip(ASCII_SPACES):
        return text
    return "\n" if "\n" in text else " "
