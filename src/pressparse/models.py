"""The release record: one typed model per document (see docs/record.md and CONTRACT.md)."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

#: A half-open character range ``[start, end)`` into ``Release.text``.
Span = tuple[int, int]


#: the first and last UTF-16 surrogate code points
_SURROGATES = ("\ud800", "\udfff")


def _without_surrogates(value):
    """``value`` (a dumped record) with every lone surrogate in its strings made U+FFFD."""
    if isinstance(value, str):
        return "".join("\ufffd" if _SURROGATES[0] <= ch <= _SURROGATES[1] else ch for ch in value)
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_without_surrogates(v) for v in value)
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Source(_Model):
    """Where the record came from."""

    path: Optional[str] = None
    format: str = "text"
    encoding: Optional[str] = None
    sha256: Optional[str] = None
    size: int = 0


class Contact(_Model):
    """One official named in the header (책임자 / 담당자)."""

    role: Optional[str] = None
    position: Optional[str] = None
    name: Optional[str] = None
    phone: Optional[str] = None
    phone_e164: Optional[str] = None
    email: Optional[str] = None
    span: Optional[Span] = None


class Department(_Model):
    """One 담당 부서 entry with its contacts."""

    ministry: Optional[str] = None
    name: Optional[str] = None
    #: a number given for the department itself, with no person (`사회복지과(061-749-6285)`)
    phone: Optional[str] = None
    contacts: list[Contact] = Field(default_factory=list)
    span: Optional[Span] = None


class Header(_Model):
    """The header block: embargo, distribution, media scope and departments."""

    release_time: Optional[str] = None
    release_time_text: Optional[str] = None
    release_edition: Optional[str] = None
    release_condition: Optional[str] = None
    release_span: Optional[Span] = None
    media: list[str] = Field(default_factory=list)
    distribution_time: Optional[str] = None
    distribution_time_text: Optional[str] = None
    distribution_span: Optional[Span] = None
    published_time: Optional[str] = None
    published_time_text: Optional[str] = None
    published_span: Optional[Span] = None
    issuer: Optional[str] = None
    departments: list[Department] = Field(default_factory=list)


class OutlineNode(_Model):
    """One paragraph of the body, nested under the paragraph of the marker above it."""

    marker: Optional[str] = None
    level: int = 0
    text: str = ""
    span: Span = (0, 0)
    children: list["OutlineNode"] = Field(default_factory=list)


class Speaker(_Model):
    name: Optional[str] = None
    position: Optional[str] = None
    organization: Optional[str] = None


class Quote(_Model):
    """Direct speech inside quotation marks; ``span`` covers the inside, marks excluded."""

    speaker: Speaker = Field(default_factory=Speaker)
    text: str = ""
    verb: Optional[str] = None
    span: Span = (0, 0)
    speaker_span: Optional[Span] = None


class TableRow(_Model):
    """One row of a table: every cell as written, and for a schedule its times, item and note."""

    start: Optional[str] = None
    end: Optional[str] = None
    duration_minutes: Optional[int] = None
    date: Optional[str] = None
    content: Optional[str] = None
    note: Optional[str] = None
    group: Optional[str] = None
    cells: list[str] = Field(default_factory=list)
    span: Optional[Span] = None


class Table(_Model):
    """A table of the body (a schedule, an event overview, or other) with its caption and columns."""

    kind: Literal["schedule", "overview", "other"] = "other"
    caption: Optional[str] = None
    columns: list[str] = Field(default_factory=list)
    rows: list[TableRow] = Field(default_factory=list)
    #: rows of a schedule that label the rows below them (`< 프로그램 1 >`, `1일차`), not timed items
    label_rows: list[TableRow] = Field(default_factory=list)
    span: Optional[Span] = None


class EventTime(_Model):
    """When the event of an overview block takes place (`일시 : '23. 1. 30(월) 10:00 ~ 17:00`)."""

    start: Optional[str] = None
    end: Optional[str] = None
    text: str = ""
    span: Optional[Span] = None


class Gloss(_Model):
    """A parenthesised gloss: the purified term and the word it replaces."""

    term: str
    gloss: str
    kind: Literal["loanword", "foreign", "hanja", "other"] = "loanword"
    span: Span = (0, 0)
    term_span: Optional[Span] = None
    gloss_span: Optional[Span] = None
    uncertain: bool = False
    reversed: bool = False
    #: the range of ``text`` that ``normalized_text`` rewrote for this gloss, and what it wrote
    edit_span: Optional[Span] = None
    edit_text: Optional[str] = None


class Abbreviation(_Model):
    short: str
    full: str
    span: Optional[Span] = None


class Release(_Model):
    """One press release (or news article) as a typed record."""

    schema_version: str = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    kind: Literal["press_release", "news_article", "unknown"] = "unknown"
    language: Optional[str] = "ko"
    text: str = ""
    header: Header = Field(default_factory=Header)
    title: Optional[str] = None
    title_span: Optional[Span] = None
    subtitles: list[str] = Field(default_factory=list)
    subtitle_spans: list[Span] = Field(default_factory=list)
    body: list[OutlineNode] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    overview: dict[str, str] = Field(default_factory=dict)
    overview_span: Optional[Span] = None
    event_time: Optional[EventTime] = None
    glosses: list[Gloss] = Field(default_factory=list)
    abbreviations: list[Abbreviation] = Field(default_factory=list)
    normalized_text: Optional[str] = None
    warnings: list[str] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as the JSON the command line writes.

        A lone surrogate, which no JSON writer can encode, is written as U+FFFD.
        """
        try:
            return self.model_dump_json(indent=indent)
        except ValueError:  # pydantic's serialisation error for a lone surrogate
            data = _without_surrogates(self.model_dump(mode="python"))
            return type(self).model_validate(data).model_dump_json(indent=indent)
