"""Extractors: small components, each filling one part of the record.

Every extractor is a function ``extract(doc, record, options) -> None``. They run in the
order of :data:`PIPELINE`; later ones may read what earlier ones left on the document
(the header lines, where the body starts).
"""
from __future__ import annotations

from typing import Callable

from ..document import Document
from ..models import Release
from ..options import Options
from . import glosses, header, kind, outline, quotes, tables, title
from .header import issuer

Extractor = Callable[[Document, Release, Options], None]

#: (name, extractor) in the order parse() runs them
PIPELINE: list[tuple[str, Extractor]] = [
    ("kind", kind.extract),
    ("header", header.extract),
    ("title", title.extract),
    ("issuer", issuer.extract),
    ("outline", outline.extract),
    ("tables", tables.extract),
    ("quotes", quotes.extract),
    ("glosses", glosses.extract),
]
