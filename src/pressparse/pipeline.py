"""parse() and parse_file(): one input in, one record out, whatever the input."""
from __future__ import annotations

import os

from .document import Document
from .extractors import PIPELINE
from .models import Release, Source
from .options import Options
from .paths import shown_path
from .readers import read
from .readers.bounded import NotRegular, TooLarge, read_file

def parse(data: bytes | str, *, path: str | None = None, options: Options | None = None, **kwargs) -> Release:
    """Parse one press release (text, bytes of any supported encoding) into a record.

    Keyword arguments are :class:`Options` fields (``quotes=False``, ``normalize="loanword"``).
    Never raises on bad input: problems are listed in ``record.errors`` and ``record.warnings``.
    """
    options = options or Options(**kwargs)
    path = shown_path(path) if path is not None else None
    try:
        doc = read(data, path=path, options=options)
    except Exception as exc:  # a reader bug must not lose the document
        doc = Document("", source=Source(path=path), errors=[f"read: internal error: {exc!r}"])
    record = Release(source=doc.source, text=doc.text, warnings=doc.warnings, errors=doc.errors)
    if doc.text:
        run_pipeline(doc, record, options)
    else:
        record.language = None
    if not options.keep_text:
        record.text = ""
    return record


def run_pipeline(doc: Document, record: Release, options: Options) -> None:
    """Run every extractor in order; one failing extractor costs only its own fields (the steps
    after it get its fallback value)."""
    given: dict = {}
    for step in PIPELINE:
        try:
            given[step.name] = step.run(doc, record, options, given)
        except Exception as exc:
            record.errors.append(f"{step.name}: internal error: {type(exc).__name__}: {exc}")
            given[step.name] = step.failed(given)


def parse_file(path: str | os.PathLike, *, options: Options | None = None, **kwargs) -> Release:
    """Parse the file at ``path``; an unreadable file gives a record with an error."""
    options = options or Options(**kwargs)
    shown = shown_path(path)
    try:
        data = read_file(path, options.max_bytes)
    except TooLarge as exc:
        return Release(source=Source(path=shown), errors=[f"input too large: {exc}"])
    except NotRegular as exc:
        return Release(source=Source(path=shown), errors=[f"read: {exc}"])
    except OSError as exc:
        return Release(source=Source(path=shown), errors=[f"read: cannot read file: {exc.strerror or exc}"])
    return parse(data, path=os.fspath(path), options=options)
