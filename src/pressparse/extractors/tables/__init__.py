"""The tables of the body (schedules, overviews, others) and the event overview.

Every table of the body comes out with all its cells: a schedule (rows opening with clock
times) with times, item and note read per row; an overview (key and value cells, or the
key-value lines of an overview block) also fills ``record.overview``; any other table as
kind "other". The header block (보도 일시, 담당 부서) is skipped: its lines are taken.
"""
from __future__ import annotations

from ...document import Body, Document, Regions
from ...models import Release, Table, TableRow
from ...options import Options
from ..dates import document_years
from .event_time import event_time
from .overview import as_dict, find_overviews, overview_of_table
from .blocks import RawTable, find_tables
from .labels import column_name
from .schedule import clashing_duration, looks_like_header, read_schedule


def extract(doc: Document, record: Release, options: Options, regions: Regions) -> None:
    """Fill ``record.tables`` with the tables of the body, ``record.overview`` with the first overview
    and ``record.event_time`` with the first overview's 일시 (a later overview's when it gives the
    clock time of a date the first gives alone)."""
    body = Body(doc, regions)
    tables = [read_table(raw) for raw in find_tables(body)]
    tables += find_overviews(body)
    tables.sort(key=lambda t: t.span or (0, 0))
    record.tables = tables
    for table in tables:
        for row in table.rows if table.kind == "schedule" else []:
            if clashing_duration(row):
                record.warnings.append(f"tables: the schedule row {row.start}~{row.end} ({row.content}) is written as "
                                       f"{row.duration_minutes} minutes; its clock times say otherwise")
    overviews = [t for t in tables if t.kind == "overview"]
    if overviews:
        record.overview = as_dict(overviews[0])
        record.overview_span = overviews[0].span
        release = record.header.release_time
        years, release_year = document_years(doc.text), int(release[:4]) if release else None
        for overview in overviews:
            found = event_time(as_dict(overview), doc.text, overview.span, years, release_year)
            if found is None:
                continue
            # the first overview's time, unless it gives a date alone and a later one the clock time
            # of that date (기업방문 개요: ‘26.4.14(화) / … then 행사 개요: ’26. 4. 14.(화) 16:00~17:00)
            earlier = record.event_time
            if earlier is None or (found.start and earlier.start and found.start[:10] == earlier.start
                                   and "T" in found.start):
                record.event_time = found
            if record.event_time.start and "T" in record.event_time.start:
                break


def read_table(raw: RawTable) -> Table:
    """``raw`` as a schedule, an overview, or a table of kind "other"."""
    return overview_of_table(raw) or read_schedule(raw) or read_other(raw)


def read_other(raw: RawTable) -> Table:
    """A table of unknown kind: column names when its first row is a header, every cell kept."""
    rows, columns = raw.rows, []
    if len(rows) > 1 and looks_like_header(rows[0]):
        columns = [column_name(c.text) for c in rows[0].cells if c.text]
        rows = rows[1:]
    body = [TableRow(cells=r.texts, span=r.span) for r in rows]
    return Table(kind="other", caption=raw.caption, columns=columns, rows=body, span=raw.span)
