"""What a web page says about its release beside the text: meta tags, JSON-LD and `<title>`.

The title is the one the page's own names agree on (`og:title`, JSON-LD's `headline`, the first
part of `<title>` without the site's name after it); the posting time comes from
`article:published_time`, JSON-LD's `datePublished` or a `date` meta tag, read as an exact
machine time (never guessed). Both are evidence the extractors weigh (:class:`Metadata`): the
title picks out the line of the text that holds it, the time fills the posting time where
the board's text shows none.
"""
from __future__ import annotations

import json
import re

from ..document import Metadata
from ..korean import letters
from .md_meta import machine_time

#: meta tags that name the page's title, and those that give when it was posted
TITLE_TAGS = ("og:title", "twitter:title", "dc.title", "dcterms.title")
POSTED_TAGS = ("article:published_time", "og:article:published_time", "article:published", "datepublished",
               "date", "pubdate", "publishdate", "dc.date", "dcterms.created", "dcterms.date")
#: JSON-LD types whose fields are a release's
ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "Report", "WebPage")
#: the most JSON-LD one page's scripts may hold, in characters
MAX_JSON_LD = 64 * 1024
#: a file's name: what it ends with (`보도자료.hwpx`, `사진 1.jpg (1.04 MB)` → up to the extension)
FILE_NAME = re.compile(r"\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|txt|csv|odt|show|cell|hwt)\b", re.I)
#: an address that downloads a file
DOWNLOAD = re.compile(r"down(?:load)?|filedown|attach|fileid", re.I)
#: the longest file name read, and the most attachments one page lists
MAX_FILE_NAME, MAX_ATTACHMENTS = 300, 100
#: the fewest letters a title has
MIN_TITLE = 5
#: separators between a title and the site's name after it: `제목 | 브리핑룸 | 대한민국 정책브리핑`
SITE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:<|>|\||-|::|ㅣ|｜)\s+")


def page_metadata(root, page_title: str | None) -> Metadata:
    """The page's title and posting time; ``page_title`` is the first part of its `<title>`."""
    tags: dict[str, str] = {}
    ld: list[dict] = []
    budget = MAX_JSON_LD
    for element in root.iter("meta", "script"):
        if element.tag == "meta":
            key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
            content = (element.get("content") or "").strip()
            if key and content and key not in tags:
                tags[key] = content
        elif (element.get("type") or "").strip().lower() == "application/ld+json" and budget > 0:
            raw = element.text or ""
            budget -= len(raw)
            ld += _articles(raw) if budget >= 0 else []
    named = [_first_part(tags.get(t)) for t in TITLE_TAGS] + [_first_part(a.get("headline")) for a in ld]
    title = _agreed([n for n in named if n], page_title)
    posted_text = next((v for v in [*(tags.get(t) for t in POSTED_TAGS), *(a.get("datePublished") for a in ld)]
                        if isinstance(v, str) and machine_time(v)), None)
    return Metadata(title=title, posted=machine_time(posted_text) if posted_text else None, posted_text=posted_text,
                    fields={k: v[:500] for k, v in list(tags.items())[:40]}, attachments=attachments(root))


def attachments(root) -> list[tuple[str, str | None]]:
    """The files a page offers for download: links whose text is a file's name (`….hwpx`), or
    whose address downloads one (`download.do?fileId=…`, `fileDown`), in page order, once each."""
    found: dict[str, str | None] = {}
    for link in root.iter("a"):
        name = " ".join("".join(link.itertext()).split())[:MAX_FILE_NAME]
        href = (link.get("href") or "").strip() or None
        file_name = FILE_NAME.search(name)
        key = name[:file_name.end()] if file_name else name if href and DOWNLOAD.search(href) else ""
        if key and key not in found:
            found[key] = href
            if len(found) >= MAX_ATTACHMENTS:
                break
    return list(found.items())


def _articles(raw: str) -> list[dict]:
    """The article objects of one JSON-LD script (a list, an `@graph`, or one object)."""
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    return [i for i in items if isinstance(i, dict) and _is_article(i.get("@type"))]


def _is_article(kind) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(k in ARTICLE_TYPES for k in kinds if isinstance(k, str))


def _first_part(value) -> str | None:
    """A title without the site's name after it."""
    if not isinstance(value, str) or not value.strip():
        return None
    return SITE_SEPARATOR.split(value.strip(), maxsplit=1)[0].strip() or None


def _agreed(named: list[str], page_title: str | None) -> str | None:
    """The title the page's names agree on: the shorter of a name and the `<title>` when one
    starts with the other (a name may run on into keywords, a `<title>` into a board's name),
    else the first name, else the `<title>`'s first part; nothing shorter than a title can be."""
    names = [n for n in named if len(letters(n)) >= MIN_TITLE]
    page_title = page_title if len(letters(page_title)) >= MIN_TITLE else None
    key = letters(page_title)
    for name in names:
        have = letters(name)
        if key and (key.startswith(have) or have.startswith(key)):
            return name if len(have) <= len(key) else page_title
    return names[0] if names else page_title

