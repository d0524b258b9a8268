"""Records as pandas tables: one row per release, or long tables keyed by release.

    >>> df = pressparse.to_dataframe(records)                    # one row per release
    >>> contacts = pressparse.to_dataframe(records, table="contacts")

``releases`` has one row per record, its index the record's position. ``contacts``,
``quotes``, ``schedule`` and ``glosses`` have one row per item, with the record's position
(``release``) and ``source_path`` as the key. Times: ``release_date`` is always a date
(dtype ``date32[pyarrow]``, missing when the release gives none); ``release_time``,
``distribution_time``, ``published_time`` are timestamps in KST (+09:00), NaT when the release
gives a date alone or nothing, so ``pd.to_datetime(df.release_time)`` always works.

pandas is an optional extra (``pip install 'pressparse[table]'``), imported only here, when asked.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - the command line reads TABLES without the record's model
    from .models import Release

#: Korean Standard Time, the zone of a time written without one
KST = timezone(timedelta(hours=9))
#: the timestamp dtype of the time columns
TIME_DTYPE = "datetime64[ns, +09:00]"

#: every table's columns, in order; the ``*_time`` columns are timestamps, ``n_*`` counts
COLUMNS: dict[str, list[str]] = {
    "releases": [
        "source_path", "format", "kind", "issuer", "ministry", "department",
        "release_date", "release_time", "release_edition", "release_condition",
        "distribution_date", "distribution_time", "published_date", "published_time",
        "title", "subtitles", "n_quotes", "n_contacts", "n_tables", "n_glosses", "n_speakers",
        "n_errors", "n_warnings",
    ],
    "contacts": [
        "release", "source_path", "department_index", "ministry", "department", "role", "position", "name",
        "phone", "phone_e164", "email",
    ],
    "quotes": [
        "release", "source_path", "quote_index", "speaker_name", "speaker_position", "speaker_organization",
        "text", "verb", "start", "end",
    ],
    "schedule": [
        "release", "source_path", "table_index", "caption", "row_index", "date", "start", "end",
        "duration_minutes", "content", "note", "group",
    ],
    "glosses": [
        "release", "source_path", "term", "gloss", "kind", "uncertain", "reversed", "start", "end",
    ],
}
TABLES = tuple(COLUMNS)
_TIMES = ("release_time", "distribution_time", "published_time")
#: whole-number columns that always have a value
_INTS = {"n_quotes", "n_contacts", "n_tables", "n_glosses", "n_speakers", "n_errors", "n_warnings", "release",
         "department_index", "quote_index", "table_index", "row_index"}
#: whole-number columns of each long table (``start``/``end`` are times of day in a schedule)
_TABLE_INTS = {"quotes": {"start", "end"}, "glosses": {"start", "end"}}

#: the dtype of the ``*_date`` columns: a date, not a timestamp
DATE_DTYPE = "date32[pyarrow]"
_DATES = ("release_date", "distribution_date", "published_date")

MISSING = ("pandas and pyarrow are needed for tables; install them with: pip install 'pressparse[table]'")


def require_pandas():
    """The pandas module (with pyarrow beside it), or an ImportError that says which extra to install."""
    try:
        import pandas
        import pyarrow  # noqa: F401  (the date columns are Arrow dates)
    except ImportError as exc:
        raise ImportError(MISSING) from exc
    return pandas


def to_dataframe(records: Iterable[Release | dict], table: str = "releases"):
    """The table ``table`` (releases, contacts, quotes, schedule, glosses) of ``records``
    (:class:`Release` objects or their JSON dicts) as a pandas DataFrame."""
    check_table(table)
    pd = require_pandas()
    return frame_of(pd, table, iter_rows(records, table))


def check_table(table: str) -> None:
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")


def iter_rows(records: Iterable[Release | dict], table: str, start: int = 0) -> Iterator[dict]:
    """The rows of ``table`` for each record, numbering the records from ``start``."""
    rows_of = _ROWS[table]
    for index, record in enumerate(records, start):
        if isinstance(record, dict):
            from .models import Release

            record = Release.model_validate(record)
        yield from rows_of(index, record)


def frame_of(pd, table: str, rows: Iterable[dict]):
    """A DataFrame of ``rows`` with the table's columns and dtypes (also when there are no rows)."""
    frame = pd.DataFrame.from_records(list(rows), columns=COLUMNS[table])
    ints = _INTS | _TABLE_INTS.get(table, set())
    for name in frame.columns:
        if name in _TIMES:
            frame[name] = pd.to_datetime(frame[name], utc=True).dt.tz_convert(KST).astype(TIME_DTYPE)
        elif name in _DATES:
            frame[name] = frame[name].astype(DATE_DTYPE)
        elif name in ints:
            frame[name] = frame[name].astype("int64")
        elif name == "duration_minutes":
            frame[name] = frame[name].astype("Int64")
        elif name in ("uncertain", "reversed"):
            frame[name] = frame[name].astype("bool")
        else:  # text: Python strings, None where missing
            frame[name] = frame[name].astype("object").where(frame[name].notna(), None)
    return frame


def parse_time(value: str | None) -> tuple[date | None, datetime | None]:
    """(the date, the timestamp) of an ISO value the record holds: a date alone gives no timestamp;
    a clock time without a zone is KST."""
    if not value:
        return None, None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None, None
    if len(value) <= 10:  # a date alone
        return moment.date(), None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=KST)
    return moment.astimezone(KST).date(), moment


def _releases(index: int, record: Release) -> Iterator[dict]:
    header = record.header
    first = header.departments[0] if header.departments else None
    release_date, release_time = parse_time(header.release_time)
    distribution_date, distribution_time = parse_time(header.distribution_time)
    published_date, published_time = parse_time(header.published_time)
    speakers = {(q.speaker.name, q.speaker.position, q.speaker.organization)
                for q in record.quotes if q.speaker.name or q.speaker.position}
    yield {
        "source_path": record.source.path, "format": record.source.format, "kind": record.kind,
        "issuer": header.issuer, "ministry": first.ministry if first else None,
        "department": first.name if first else None,
        "release_date": release_date, "release_time": release_time,
        "release_edition": header.release_edition, "release_condition": header.release_condition,
        "distribution_date": distribution_date, "distribution_time": distribution_time,
        "published_date": published_date, "published_time": published_time,
        "title": record.title, "subtitles": "\n".join(record.subtitles),
        "n_quotes": len(record.quotes), "n_contacts": sum(len(d.contacts) for d in header.departments),
        "n_tables": len(record.tables), "n_glosses": len(record.glosses), "n_speakers": len(speakers),
        "n_errors": len(record.errors), "n_warnings": len(record.warnings),
    }


def _contacts(index: int, record: Release) -> Iterator[dict]:
    for number, department in enumerate(record.header.departments):
        for contact in department.contacts:
            yield {"release": index, "source_path": record.source.path, "department_index": number,
                   "ministry": department.ministry, "department": department.name, "role": contact.role,
                   "position": contact.position, "name": contact.name, "phone": contact.phone,
                   "phone_e164": contact.phone_e164, "email": contact.email}


def _quotes(index: int, record: Release) -> Iterator[dict]:
    for number, quote in enumerate(record.quotes):
        yield {"release": index, "source_path": record.source.path, "quote_index": number,
               "speaker_name": quote.speaker.name, "speaker_position": quote.speaker.position,
               "speaker_organization": quote.speaker.organization, "text": quote.text, "verb": quote.verb,
               "start": quote.span[0], "end": quote.span[1]}


def _schedule(index: int, record: Release) -> Iterator[dict]:
    for number, table in enumerate(record.tables):
        if table.kind != "schedule":
            continue
        for row_number, row in enumerate(table.rows):
            yield {"release": index, "source_path": record.source.path, "table_index": number,
                   "caption": table.caption, "row_index": row_number, "date": row.date, "start": row.start,
                   "end": row.end, "duration_minutes": row.duration_minutes, "content": row.content,
                   "note": row.note, "group": row.group}


def _glosses(index: int, record: Release) -> Iterator[dict]:
    for gloss in record.glosses:
        yield {"release": index, "source_path": record.source.path, "term": gloss.term, "gloss": gloss.gloss,
               "kind": gloss.kind, "uncertain": gloss.uncertain, "reversed": gloss.reversed,
               "start": gloss.span[0], "end": gloss.span[1]}


_ROWS = {"releases": _releases, "contacts": _contacts, "quotes": _quotes, "schedule": _schedule,
         "glosses": _glosses}


#: file endings ``convert -o`` writes as a table, and what writes them
TABLE_SUFFIXES = (".parquet", ".csv")


def table_format(path: str) -> str | None:
    """"parquet" or "csv" when ``path`` names a table file, else None (JSON Lines)."""
    lower = path.lower()
    return next((suffix[1:] for suffix in TABLE_SUFFIXES if lower.endswith(suffix)), None)


def require_writer(kind: str) -> None:
    """Raise ImportError with the extra to install when a ``kind`` table cannot be written here."""
    require_pandas()


def write_table(frame, path: str, kind: str | None = None) -> None:
    """Write ``frame`` as Parquet or CSV (UTF-8 with a BOM, so spreadsheets read the Hangul),
    ``kind`` or else by the file's ending."""
    if (kind or table_format(path)) == "parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False, encoding="utf-8-sig")
