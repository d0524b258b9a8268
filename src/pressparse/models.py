"""The release record: one typed model per document (see docs/record.md and CONTRACT.md)."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

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


#: a time the record holds: ISO 8601 in KST, with the clock time, or the date alone
ISO_TIME = {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"},
                      {"type": "null"}]}
#: an E.164 phone number (+ country code and number, at most 15 digits)
E164 = {"anyOf": [{"type": "string", "pattern": r"^\+[1-9][0-9]{1,14}$"}, {"type": "null"}]}
SPAN = "a half-open character range [start, end) into the record's text"


def _time(description: str):
    return Field(None, description=description, json_schema_extra=ISO_TIME)


def _span(what: str, default=None):
    return Field(default, description=f"{what}: {SPAN}")


def _short(text: str | None, width: int = 40) -> str | None:
    return text if text is None or len(text) <= width else text[:width - 1] + "…"


class _Model(BaseModel):
    # Fields unknown to this version are ignored on reading (a newer pressparse may add some);
    # every field is written, so all are required in the published (serialisation) schema.
    model_config = ConfigDict(extra="ignore", validate_assignment=False,
                              json_schema_serialization_defaults_required=True)


class Source(_Model):
    """Where the record came from."""

    path: Optional[str] = Field(None, description="the input's path as given (an archive member as "
                                "`archive.zip!member.txt`); null for input parsed from memory")
    format: str = Field("text", description="the input format detected: text, html, hwpx, hwp, pdf, …")
    encoding: Optional[str] = Field(None, description="the encoding of the bytes read (utf-8, cp949, utf-16 …)")
    sha256: Optional[str] = Field(None, description="the SHA-256 of the input bytes, in hex")
    size: int = Field(0, description="the size of the input in bytes")


class Contact(_Model):
    """One official named in the header (책임자 / 담당자)."""

    role: Optional[str] = Field(None, description="책임자 or 담당자; null where the release does not say")
    position: Optional[str] = Field(None, description="the official's position (과장, 사무관 …), spacing removed")
    name: Optional[str] = Field(None, description="the official's name, justified spacing removed")
    phone: Optional[str] = Field(None, description="the phone number as written, without parentheses")
    phone_e164: Optional[str] = Field(None, description="the phone number in E.164 form (+82…)",
                                      json_schema_extra=E164)
    email: Optional[str] = Field(None, description="the e-mail address given with the contact")
    span: Optional[Span] = _span("where the contact is written")


class Department(_Model):
    """One 담당 부서 entry with its contacts."""

    ministry: Optional[str] = Field(None, description="the ministry or agency of the department, when "
                                    "written or inferable; else null")
    name: Optional[str] = Field(None, description="the department (담당 부서) as written, whitespace normalised")
    phone: Optional[str] = Field(None, description="a number given for the department itself, with no "
                                 "person (`사회복지과(061-749-6285)`)")
    contacts: list[Contact] = Field(default_factory=list, description="the officials of the department")
    span: Optional[Span] = _span("where the department entry is written")


class Header(_Model):
    """The header block: embargo, distribution, media scope and departments."""

    release_time: Optional[str] = _time("보도 일시 (embargo), the earliest moment the release may be "
                                        "published: ISO 8601 in KST, a date alone when no clock time is given")
    release_time_text: Optional[str] = Field(None, description="the release time as written")
    release_edition: Optional[str] = Field(None, description="조간 or 석간 when the release names one")
    release_condition: Optional[str] = Field(None, description="a condition on the release "
                                             "(배포 즉시, 국무회의 개회 시, 이후)")
    release_span: Optional[Span] = _span("where the release time is written")
    media: list[str] = Field(default_factory=list, description="the media scopes named "
                             "(전매체, 온라인, 지면, 방송 …)")
    distribution_time: Optional[str] = _time("배포 일시, same form as release_time; null when '-' or absent")
    distribution_time_text: Optional[str] = Field(None, description="the distribution time as written")
    distribution_span: Optional[Span] = _span("where the distribution time is written")
    published_time: Optional[str] = _time("for web pages and news: when the page says it was posted")
    published_time_text: Optional[str] = Field(None, description="the published time as written")
    published_span: Optional[Span] = _span("where the published time is written")
    issuer: Optional[str] = Field(None, description="the organisation issuing the release as the document "
                                  "names it; null if none")
    departments: list[Department] = Field(default_factory=list, description="the 담당 부서 entries, in order")


class OutlineNode(_Model):
    """One paragraph of the body, nested under the paragraph of the marker above it."""

    marker: Optional[str] = Field(None, description="the paragraph's marker (□, ○, -, 1. …); null if unmarked")
    level: int = Field(0, description="the nesting depth, 1 for the outermost markers")
    text: str = Field("", description="the paragraph's text, marker excluded")
    span: Span = _span("where the paragraph is written", (0, 0))
    children: list["OutlineNode"] = Field(default_factory=list, description="the paragraphs nested under it")


class Speaker(_Model):
    """Who said a quote."""

    name: Optional[str] = Field(None, description="the speaker's name; null for an unnamed speaker (관계자)")
    position: Optional[str] = Field(None, description="the speaker's position (장관, 관계자 …)")
    organization: Optional[str] = Field(None, description="the speaker's organisation where given")


class Quote(_Model):
    """Direct speech inside quotation marks; ``span`` covers the inside, marks excluded."""

    speaker: Speaker = Field(default_factory=Speaker, description="who said it")
    text: str = Field("", description="the words inside the quotation marks, marks excluded")
    verb: Optional[str] = Field(None, description="the reporting verb as written (밝혔다); null if none")
    span: Span = _span("the quoted words", (0, 0))
    speaker_span: Optional[Span] = _span("where the speaker is named")


class TableRow(_Model):
    """One row of a table: every cell as written, and for a schedule its times, item and note."""

    start: Optional[str] = Field(None, description="a schedule item's start time of day (HH:MM)")
    end: Optional[str] = Field(None, description="a schedule item's end time of day (HH:MM)")
    duration_minutes: Optional[int] = Field(None, description="the item's length in minutes when written or "
                                            "given by its times")
    date: Optional[str] = Field(None, description="the day the row belongs to, as its label writes it (1일차)")
    content: Optional[str] = Field(None, description="what happens (the schedule item)")
    note: Optional[str] = Field(None, description="the row's note or place (비고)")
    group: Optional[str] = Field(None, description="the label row above it (`< 프로그램 1 >`)")
    cells: list[str] = Field(default_factory=list, description="every cell of the row as written")
    span: Optional[Span] = _span("where the row is written")


class Table(_Model):
    """A table of the body (a schedule, an event overview, or other) with its caption and columns."""

    kind: Literal["schedule", "overview", "other"] = Field("other", description="schedule, overview or other")
    caption: Optional[str] = Field(None, description="the table's caption (세부일정)")
    columns: list[str] = Field(default_factory=list, description="the column headings as written")
    rows: list[TableRow] = Field(default_factory=list, description="the rows, in order")
    label_rows: list[TableRow] = Field(default_factory=list, description="rows of a schedule that label the "
                                       "rows below them (`< 프로그램 1 >`, `1일차`), not timed items")
    span: Optional[Span] = _span("where the table is written")


class EventTime(_Model):
    """When the event of an overview block takes place (`일시 : '23. 1. 30(월) 10:00 ~ 17:00`)."""

    start: Optional[str] = _time("when the event starts: ISO 8601 in KST, or a date alone")
    end: Optional[str] = _time("when the event ends, same form; null if not given")
    text: str = Field("", description="the time as written")
    span: Optional[Span] = _span("where the time is written")


class Gloss(_Model):
    """A parenthesised gloss: the purified term and the word it replaces."""

    term: str = Field(description="the purified (Korean) term: 핵심 임무 in 핵심 임무(미션)")
    gloss: str = Field(description="the word in parentheses it replaces: 미션")
    kind: Literal["loanword", "foreign", "hanja", "other"] = Field(
        "loanword", description="loanword (a foreign word in Hangul), foreign (Latin script), hanja, or other")
    span: Span = _span("the term and its parenthesis", (0, 0))
    term_span: Optional[Span] = _span("the term")
    gloss_span: Optional[Span] = _span("the word in parentheses")
    uncertain: bool = Field(False, description="true when the term's left edge is a guess")
    reversed: bool = Field(False, description="true when the foreign word stands outside the parentheses "
                           "(미션(핵심 임무))")
    edit_span: Optional[Span] = _span("the range normalized_text rewrote for this gloss")
    edit_text: Optional[str] = Field(None, description="what normalized_text wrote there")


class Abbreviation(_Model):
    """A short form defined in parentheses: 중소벤처기업진흥공단(중진공)."""

    short: str = Field(description="the short form (중진공)")
    full: str = Field(description="the full name (중소벤처기업진흥공단)")
    span: Optional[Span] = _span("where it is defined")


class Attachment(_Model):
    """A file the page or archive offers with the release (the HWPX, the PDF, photos)."""

    name: str = Field(description="the file's name as the page shows it (보도자료.hwpx)")
    url: Optional[str] = Field(None, description="the link that downloads it, as written in the page; null "
                               "where none is given")


class Release(_Model):
    """One press release (or news article) as a typed record."""

    schema_version: str = Field(SCHEMA_VERSION, description="the record format's version; the major number "
                                "changes only when a field is renamed, removed or changes meaning")
    source: Source = Field(default_factory=Source, description="where the record came from")
    kind: Literal["press_release", "news_article", "unknown"] = Field("unknown", description="what the "
                                                                      "document is")
    language: Optional[str] = Field("ko", description="the document's language (ko); null when it has no text")
    text: str = Field("", description="the cleaned document text; every span indexes into it "
                      "(empty when written with --no-text)")
    header: Header = Field(default_factory=Header, description="the header block: times, media, departments")
    title: Optional[str] = Field(None, description="the release's title")
    title_span: Optional[Span] = _span("where the title is written")
    subtitles: list[str] = Field(default_factory=list, description="every lead line between title and body, "
                                 "in order, enclosing and leading dashes stripped")
    subtitle_spans: list[Span] = Field(default_factory=list, description=f"where each subtitle is written: {SPAN}")
    body: list[OutlineNode] = Field(default_factory=list, description="the body's outline, one node per "
                                    "paragraph")
    quotes: list[Quote] = Field(default_factory=list, description="direct speech in the body, in order")
    tables: list[Table] = Field(default_factory=list, description="the tables of the body (schedules, overviews)")
    overview: dict[str, str] = Field(default_factory=dict, description="the 개요 block's label–value lines "
                                     "(일시, 장소, 참석), labels as written")
    overview_span: Optional[Span] = _span("where the overview block is written")
    event_time: Optional[EventTime] = Field(None, description="when the overview's event takes place")
    glosses: list[Gloss] = Field(default_factory=list, description="every parenthesised gloss, each occurrence")
    abbreviations: list[Abbreviation] = Field(default_factory=list, description="short forms defined in "
                                              "parentheses")
    attachments: list[Attachment] = Field(default_factory=list, description="the files a web page or an "
                                          "archive offers with the release (name and link)")
    normalized_text: Optional[str] = Field(None, description="the text with each gloss resolved and particles "
                                           "corrected; null when not built")
    warnings: list[str] = Field(default_factory=list, description="what was doubtful but parsed")
    errors: list[str] = Field(default_factory=list, description="what could not be parsed; non-empty means "
                              "the record is partial")

    def counts(self) -> dict[str, int]:
        """How many items of each kind the record holds (as the releases table counts them)."""
        return {"quotes": len(self.quotes), "contacts": sum(len(d.contacts) for d in self.header.departments),
                "tables": len(self.tables), "glosses": len(self.glosses), "warnings": len(self.warnings),
                "errors": len(self.errors)}

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.counts().items())
        return (f"Release(title={_short(self.title)!r}, issuer={self.header.issuer!r}, "
                f"release_time={self.header.release_time!r}, path={self.source.path!r}, {counts})")

    def _repr_html_(self) -> str:
        """A notebook's view: the title, the header's main fields and the counts."""
        from html import escape

        header = self.header
        first = header.departments[0] if header.departments else None
        rows = [("issuer", header.issuer), ("release time", header.release_time_text or header.release_time),
                ("edition", header.release_edition), ("media", " · ".join(header.media) or None),
                ("department", first.name if first else None), ("source", self.source.path),
                ("counts", ", ".join(f"{n} {name}" for name, n in self.counts().items()))]
        cells = "".join(f"<tr><th style='text-align:left'>{escape(k)}</th><td style='text-align:left'>"
                        f"{escape(str(v))}</td></tr>" for k, v in rows if v)
        return f"<div><b>{escape(self.title or '(no title)')}</b><table>{cells}</table></div>"

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as the JSON the command line writes.

        A lone surrogate, which no JSON writer can encode, is written as U+FFFD.
        """
        try:
            return self.model_dump_json(indent=indent)
        except ValueError:  # pydantic's serialisation error for a lone surrogate
            data = _without_surrogates(self.model_dump(mode="python"))
            return type(self).model_validate(data).model_dump_json(indent=indent)
