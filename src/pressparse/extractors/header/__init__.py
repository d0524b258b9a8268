"""The header block: release and distribution times, media scope, departments, contacts, and
the files the page offers with the release."""
from __future__ import annotations

from ...document import Document
from ...models import Attachment, Release
from ...options import Options
from .contacts import find_departments
from .times import fill_times
from .issuer import find_issuer

#: a header row is short; a longer line holding a header cell is a flattened body, not taken
MAX_HEADER_LINE = 600


def extract(doc: Document, record: Release, options: Options) -> frozenset[int]:
    """Fill ``record.header``; give the indices of the lines the header block takes."""
    header = record.header
    record.attachments = [Attachment(name=name, url=url) for name, url in doc.metadata.attachments]
    taken = fill_times(doc, header, record.warnings)
    header.issuer = find_issuer(doc)
    departments, lines = find_departments(doc, header.issuer)
    header.departments = departments
    taken |= lines
    return frozenset(i for i in taken if len(doc.lines[i].text) <= MAX_HEADER_LINE)
