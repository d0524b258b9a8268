"""The metadata a Markdown release carries above its text: front matter and field lists.

Front matter (`title:`, `ministry:`, `approve_date:` …) is untrusted YAML: it is read only when
small (:data:`MAX_FRONT_MATTER`), with ``yaml.safe_load`` after a look at its events that
refuses anchors and aliases (which can make a kilobyte stand for gigabytes) and documents of
too many nodes or nested too deep (the loader recurses). A field list is a list of `- 부처: 고용노동부` items; a field whose label
:data:`~pressparse.korean.header_words.METADATA_LABELS` knows. Machine dates are read exactly
by the explicit formats of :data:`MACHINE_FORMATS` (never guessed): `04/10/2026 22:43:22`,
`2026-04-10`, `20260410` …, and ISO 8601 times with their offset by python-dateutil's
``isoparse`` (`2026-04-13T07:00:00.000+0900`); anything else is left for the text extractors.
"""
from __future__ import annotations

import datetime as dt
import re

from dateutil.parser import isoparse

from ..document import Metadata
from ..korean.header_words import METADATA_LABELS

#: the largest front matter read (characters); a larger one is skipped with a warning
MAX_FRONT_MATTER = 64 * 1024
#: the most YAML events (nodes) a front matter may have, and how deep its collections may nest
MAX_EVENTS = 5_000
MAX_DEPTH = 20
#: how many fields are read
FIELD_LINES = 40
#: exact formats of machine dates, most specific first
MACHINE_FORMATS = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                   "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                   "%Y/%m/%d", "%Y%m%d%H%M%S", "%Y%m%d")
#: what a label's spelling may vary by: white space, `_`, `-` (approve_date, ApproveDate, 게시 시각)
LABEL_NOISE = re.compile(r"[\s_-]++")
#: a UTC offset at the end of an ISO time
OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")


def label_kind(label: str) -> str | None:
    """What a metadata label gives (issuer, posted, title), or None."""
    return METADATA_LABELS.get(LABEL_NOISE.sub("", label).lower())


def machine_time(value) -> str | None:
    """The ISO form of a machine date or time (a date alone when no clock time is given); None
    for anything not in an exact format."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or len(value) > 40:
        return None
    value = value.strip()
    if OFFSET.search(value):  # an ISO 8601 time with its offset (`…T07:00:00.000+0900`, `…Z`)
        try:
            return isoparse(value).isoformat()
        except (ValueError, OverflowError):
            return None
    for fmt in MACHINE_FORMATS:
        try:
            parsed = dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        return parsed.date().isoformat() if "%H" not in fmt else parsed.isoformat()
    return None


def from_fields(pairs: list[tuple[str, str]]) -> Metadata:
    """The metadata of the (label, value) items of field lists."""
    meta = Metadata()
    for label, value in pairs[:FIELD_LINES]:
        _take(meta, label, value)
    return meta


def from_front_matter(raw: str) -> tuple[Metadata, list[str]]:
    """The metadata of front matter ``raw`` and the warnings reading it gave."""
    import yaml

    if len(raw) > MAX_FRONT_MATTER:
        return Metadata(), [f"front matter not read: {len(raw):,} characters, over {MAX_FRONT_MATTER:,}"]
    try:
        problem = _refused(yaml, raw)
        if problem:
            return Metadata(), [f"front matter not read: {problem}"]
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        return Metadata(), [f"front matter not read: broken YAML ({type(exc).__name__})"]
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:  # what a hostile document may still cause
        return Metadata(), [f"front matter not read: {type(exc).__name__}"]
    if not isinstance(data, dict):
        return Metadata(), ["front matter not read: not a mapping of fields"] if data is not None else []
    meta = Metadata()
    for key, value in data.items():
        if isinstance(key, str) and isinstance(value, (str, int, dt.date)) and not isinstance(value, bool):
            _take(meta, key, value)
    return meta, []


def _refused(yaml, raw: str) -> str | None:
    """Why the YAML events of ``raw`` are not loaded (anchors or aliases, too many nodes, too deep),
    or None; the events are read one by one, nothing is built."""
    count = depth = 0
    for event in yaml.parse(raw, Loader=yaml.SafeLoader):
        count += 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return "YAML anchors and aliases are not accepted"
        if count > MAX_EVENTS:
            return f"more than {MAX_EVENTS:,} YAML nodes"
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return f"YAML nested deeper than {MAX_DEPTH} levels"
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _take(meta: Metadata, label: str, value) -> None:
    kind = label_kind(label)
    text = str(value).strip()
    if kind == "issuer" and meta.issuer is None and text:
        meta.issuer = text
    elif kind == "title" and meta.title is None and text:
        meta.title = text
    elif kind == "posted" and meta.posted is None:
        iso = machine_time(value)
        if iso:
            meta.posted, meta.posted_text = iso, text
    key = "".join(label.split())
    if len(meta.fields) < FIELD_LINES and key not in meta.fields:
        meta.fields[key] = text[:500]
