"""``pressparse glossary PATH...``: every term–gloss pair of a set of documents, with counts.

A ministry's vocabulary at a glance, and a list to feed back as a user dictionary.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from typing import TYPE_CHECKING

from .options import Options

if TYPE_CHECKING:  # pragma: no cover - the parsers are imported when the command runs
    from .models import Release

#: characters of context shown on each side of an example
EXAMPLE_SIDE = 30
#: examples kept per pair
MAX_EXAMPLES = 3
#: the columns of the CSV output
COLUMNS = ["term", "gloss", "kind", "count", "documents", "reversed", "examples"]


@dataclass
class Entry:
    """One term–gloss pair across the documents."""

    term: str
    gloss: str
    kind: str
    reversed: bool = False
    count: int = 0
    documents: set[str] = field(default_factory=set)
    examples: list[str] = field(default_factory=list)

    def row(self) -> dict:
        return {"term": self.term, "gloss": self.gloss, "kind": self.kind, "count": self.count,
                "documents": len(self.documents), "reversed": self.reversed, "examples": self.examples}


def collect(records: Iterable[Release], kinds: set[str] | None = None) -> list[Entry]:
    """The pairs of ``records`` (terms compared without spaces), most frequent first."""
    entries: dict[tuple[str, str, str], Entry] = {}
    for index, record in enumerate(records):
        source = record.source.path or f"#{index}"
        for g in record.glosses:
            if kinds and g.kind not in kinds:
                continue
            key = (g.term.replace(" ", ""), g.gloss, g.kind)
            entry = entries.setdefault(key, Entry(g.term, g.gloss, g.kind, g.reversed))
            entry.count += 1
            entry.documents.add(source)
            if len(entry.examples) < MAX_EXAMPLES:
                entry.examples.append(_example(record.text, g.span))
    return sorted(entries.values(), key=lambda e: (-e.count, e.term, e.gloss))


def _example(text: str, span: tuple[int, int]) -> str:
    start, end = max(0, span[0] - EXAMPLE_SIDE), min(len(text), span[1] + EXAMPLE_SIDE)
    return " ".join(text[start:end].split())


def write(entries: list[Entry], out, fmt: str) -> None:
    """Write ``entries`` as CSV (examples joined by ' | ') or as a JSON array."""
    if fmt == "json":
        json.dump([e.row() for e in entries], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for e in entries:
        writer.writerow({**e.row(), "examples": " | ".join(e.examples)})


def cmd_glossary(args: argparse.Namespace) -> int:
    from .batch import InputError, convert

    options = Options(quotes=False, normalize="none")
    kinds = set(args.kind) if args.kind else None
    try:
        entries = collect(convert(args.paths, options), kinds)
    except InputError as exc:
        print(f"pressparse: error: {exc}", file=sys.stderr)
        return 1
    try:
        if args.output == "-":
            write(entries, sys.stdout, args.format)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                write(entries, out, args.format)
    except BrokenPipeError:
        raise
    except OSError as exc:
        print(f"pressparse: error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def add_parser(subparsers) -> None:
    """Register ``pressparse glossary`` on the command line's sub-commands."""
    p = subparsers.add_parser("glossary", help="term–gloss pairs of documents with counts and examples")
    p.add_argument("paths", nargs="+", help="files, folders or archives")
    p.add_argument("-o", "--output", default="-", help="file to write (default: stdout)")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--kind", action="append", choices=["loanword", "foreign", "hanja", "other"],
                   help="keep only this kind (repeatable; default: every kind)")
    p.set_defaults(func=cmd_glossary)
