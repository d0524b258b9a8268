"""The header block: release and distribution times, media scope, departments, contacts."""
from __future__ import annotations

from ..document import Document
from ..models import Release
from ..options import Options
from .contacts import find_departments
from .header_times import fill_times
from .issuer import find_issuer


def extract(doc: Document, record: Release, options: Options) -> None:
    header = record.header
    doc.header_lines |= fill_times(doc, header, record.warnings)
    header.issuer = find_issuer(doc)
    departments, lines = find_departments(doc, header.issuer)
    header.departments = departments
    doc.header_lines |= lines
