"""Extractors: small components, each filling one part of the record.

Every extractor is a function ``extract(doc, record, options, *needs)``. They run in the order
of :data:`PIPELINE`; what one gives the ones after it is its return value, and each step names
the earlier steps whose values it takes (``needs``): the header gives the lines its block takes,
the title the :class:`~pressparse.document.Regions` of header, title and body.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..document import Document, Regions
from ..models import Release
from ..options import Options
from . import glosses, header, kind, outline, quotes, tables, title
from .header import issuer


@dataclass(frozen=True)
class Step:
    """One extractor, the earlier steps whose values it takes, and what it gives the steps after
    it when it fails (from the values given so far)."""

    name: str
    extract: Callable[..., Any]
    needs: tuple[str, ...] = ()
    fallback: Callable[[dict[str, Any]], Any] | None = None

    def run(self, doc: Document, record: Release, options: Options, given: dict[str, Any]) -> Any:
        """Run the extractor with the values it needs; its own value is returned."""
        return self.extract(doc, record, options, *(given[n] for n in self.needs))

    def failed(self, given: dict[str, Any]) -> Any:
        return self.fallback(given) if self.fallback else None


#: the steps parse() runs, in order
PIPELINE: list[Step] = [
    Step("kind", kind.extract),
    Step("header", header.extract, fallback=lambda given: frozenset()),
    Step("title", title.extract, ("header",), fallback=lambda given: Regions(header=given["header"])),
    Step("issuer", issuer.extract, ("title",)),
    Step("outline", outline.extract, ("title",)),
    Step("tables", tables.extract, ("title",)),
    Step("quotes", quotes.extract, ("title",)),
    Step("glosses", glosses.extract, ("header",)),
]
