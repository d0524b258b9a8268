"""The title, the subtitle lines under it, and where the body starts.

Where the title stands is decided in :mod:`.candidates` (type size, a header row, the first
line that can be a title), how it reads in :mod:`.reading` (lines it runs over, badges and
notes boards add, a repeated copy); the subtitles (:mod:`.subtitles`) follow it.
"""
from __future__ import annotations

from ...document import Document, Line, Regions
from ...models import Department, Release
from ...options import Options
from .candidates import title_at, title_by_size, title_in_header_row, title_labelled, title_named
from .reading import read_title, skip_repeat, unit_tag
from .subtitles import dash_subtitles, plain_subtitles, run_in_subtitle


def extract(doc: Document, record: Release, options: Options, header: frozenset[int]) -> Regions:
    """Fill the title and subtitles; give the regions the header (``header``) and title take."""
    lines = [ln for ln in doc.lines if not ln.is_blank and ln.index not in header]
    named = title_named(doc, lines)
    if named is None:
        named = title_labelled(lines)
    by_size = None if named is not None else title_by_size(doc, lines)
    in_row = None if by_size or named is not None else title_in_header_row(doc, header)
    if in_row:
        title, span, inline_subs, row = in_row
        at = end = next((i for i, ln in enumerate(lines) if ln.index > row), len(lines))
    else:
        at = named if named is not None else by_size[0] if by_size else title_at(lines)
        if at is None:
            record.title = doc.metadata.title  # the title the metadata gives, where the text shows none
            return Regions(header=header)
        title_lines, title, span, inline_subs = read_title(lines, at, by_size[1] if by_size else None)
        end = skip_repeat(lines, at + len(title_lines), title)
    subs, sub_lines = dash_subtitles(lines, end)
    # unmarked lead lines are subtitles only on boards: a release with a header uses dashes, and
    # a short line under a news headline is a photo credit more often than not
    plain = not (record.header.release_time_text or record.header.distribution_time_text
                 or record.kind == "news_article")
    if not subs and not inline_subs and end < len(lines):
        subs, sub_lines = plain_subtitles(lines, end) if plain else ([], [])
        if not subs:
            subs = run_in_subtitle(lines[end])
    record.title, record.title_span = title, span
    if not in_row:
        _board_department(record, lines[at])
    record.subtitles = [s for s, _ in inline_subs + subs]
    record.subtitle_spans = [sp for _, sp in inline_subs + subs]
    taken = lines[:end] + sub_lines
    last = taken[-1].index if taken else (in_row[3] if in_row else lines[at].index)
    return Regions(header=header, title=frozenset(ln.index for ln in taken), body_start=last + 1)


def _board_department(record: Release, line: Line) -> None:
    """A unit appended to the title by a board names the post's department (when the header named none)."""
    unit = unit_tag(line.stripped)
    if unit and not record.header.departments:
        at = line.text.rfind(unit)
        record.header.departments.append(Department(name=unit, span=(line.start + at, line.start + at + len(unit))))
