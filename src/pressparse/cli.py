"""The command line: ``pressparse parse``, ``convert`` and ``schema``.

Only light modules are imported at the top: each command imports the parsers it uses when it
runs, so ``convert`` can start its workers' server first (:mod:`pressparse.server`), and the
server's imports and Kiwi run on one core while this process imports on the other.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections import Counter

from . import __version__, server
from .feedback import log, logging_to_stderr, progress, skipped_note
from .frames import TABLES, table_format
from .options import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_SECONDS_PER_MB, MB, Options
from .output import OutputError, TableOutput, open_output
from .paths import shown_path

#: how a record's JSON line ends when it has no errors (``errors`` is the record's last field)
NO_ERRORS = '"errors":[]}'
#: exit codes
OK, FAILED, USAGE = 0, 1, 2


def _options(args: argparse.Namespace) -> Options:
    return Options(
        quotes=not args.no_quotes,
        glosses=not args.no_glosses,
        normalize=args.normalize,
        keep_text=not args.no_text,
        max_bytes=int(args.max_mb * MB),
        max_chars=args.max_chars,
        seconds_per_mb=getattr(args, "time_limit", DEFAULT_SECONDS_PER_MB),
    )


def _add_parse_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--normalize", choices=["korean", "loanword", "both", "none"], default="korean",
                   help="how normalized_text resolves glosses (default: keep the Korean term)")
    p.add_argument("--no-quotes", action="store_true", help="skip quote extraction (no Kiwi)")
    p.add_argument("--no-glosses", action="store_true", help="skip glosses and normalized_text")
    p.add_argument("--no-text", action="store_true", help="leave text out of the records")
    p.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / MB, metavar="MB",
                   help="read no input (or what it unpacks to) past this size; "
                        f"larger ones get an error (default {DEFAULT_MAX_BYTES // MB})")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                   help=f"analyse at most N characters of text per document (default {DEFAULT_MAX_CHARS:,})")


def cmd_parse(args: argparse.Namespace) -> int:
    from .pipeline import parse_file

    options = _options(args)
    if args.path == "-":
        record = _parse_stdin(options)
    elif not os.path.exists(args.path):
        return _fail(f"no such file: {args.path}")
    elif os.path.isdir(args.path):
        return _fail(f"{args.path} is a folder; use 'pressparse convert {args.path} -o OUT.jsonl'")
    else:
        record = parse_file(args.path, options=options)
    sys.stdout.write(record.to_json(indent=2 if args.pretty else None) + "\n")
    return OK


def _parse_stdin(options: Options):
    """The record of the bytes on stdin (``pressparse parse -``), read within ``max_bytes``."""
    from .models import Release
    from .pipeline import parse
    from .readers.bounded import TooLarge, read_stream

    try:
        data = read_stream(sys.stdin.buffer, options.max_bytes, "standard input")
    except TooLarge as exc:
        return Release(errors=[f"input too large: {exc}"])
    return parse(data, options=options)


def cmd_convert(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        return _fail("--jobs takes a whole number of 1 or more")
    options = _options(args)
    missing = [path for path in args.paths if not os.path.lexists(path)]
    if missing:  # before the output is touched: a typo must not empty an earlier run's file
        return _fail(f"no such file or folder: {shown_path(missing[0])}")
    kind = table_format(args.output)
    if kind and args.resume:
        return _fail("--resume works with JSON Lines output (.jsonl) only")
    if args.table and not kind:
        return _fail("--table chooses the table of a .parquet or .csv output")
    table = args.table or "releases"
    server_started = server.start(needs_kiwi=options.quotes or options.glosses)
    from .batch import InputError, iter_inputs, pending
    from .parallel import convert_lines

    try:
        out = TableOutput(args.output, args.paths, table, kind) if kind else \
            open_output(args.output, args.paths, resume=args.resume)
    except (OutputError, ImportError, ValueError) as exc:
        return _fail(str(exc))
    count = failed = 0
    skipped: Counter = Counter()
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with out:
            items = iter_inputs(args.paths, options.max_bytes, skipped)
            todo = pending(items, out.done)
            for line in progress(convert_lines(todo, options, args.jobs, server_started), args.progress):
                out.write(line)
                count += 1
                failed += not line.endswith(NO_ERRORS)
    except InputError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    finally:
        signal.signal(signal.SIGTERM, previous)
    notes = [f"{failed} with errors"]
    if out.done:
        notes.append(f"{len(out.done)} already done")
    if out.dropped:
        notes.append(f"{out.dropped} unreadable line(s) of the earlier run dropped")
    if skipped:
        notes.append(skipped_note(skipped))
    shown = f"{args.output} ({table} table)" if kind else args.output
    log.info("%d document(s) -> %s (%s)", count, shown, "; ".join(notes))
    return OK


def _terminate(signum, frame) -> None:
    """SIGTERM (schedulers, `timeout`): leave through the normal exits, so workers are ended."""
    raise SystemExit(128 + signum)


def cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_json() + "\n")
    return OK


def schema_json() -> str:
    """The record's JSON Schema, as checked in at schemas/release.schema.json."""
    from .models import Release

    schema = Release.model_json_schema(mode="serialization")
    schema["$id"] = "https://pressparse.invalid/schemas/release.schema.json"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True)


def _fail(message: str) -> int:
    print(f"pressparse: error: {message}", file=sys.stderr)
    return FAILED


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="pressparse", description="Korean government press releases into typed records.")
    ap.add_argument("--version", action="version", version=f"pressparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=0, help="say more on stderr (skipped files …)")
    common.add_argument("-q", "--quiet", action="store_true", help="say nothing on stderr but warnings and errors")

    p = sub.add_parser("parse", parents=[common], help="one document -> one JSON object on stdout")
    p.add_argument("path", help="a file, or '-' for standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    _add_parse_options(p)
    p.set_defaults(func=cmd_parse)

    c = sub.add_parser("convert", parents=[common],
                       help="files and folders -> JSON Lines (or a table), one line per document in input order")
    c.add_argument("paths", nargs="+")
    c.add_argument("-o", "--output", required=True,
                   help="the .jsonl file to write ('-' for stdout), or a .parquet/.csv table (pressparse[table])")
    c.add_argument("--table", choices=TABLES, default=None,
                   help="which table a .parquet/.csv output holds (default: releases, one row per document)")
    c.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="a progress bar on stderr (default: when stderr is a terminal)")
    c.add_argument("-j", "--jobs", type=int, default=1, help="parse on this many processes (output order is kept)")
    c.add_argument("--resume", action="store_true",
                   help="keep the records already in OUT.jsonl and convert only the inputs not yet there")
    c.add_argument("--time-limit", type=float, default=DEFAULT_SECONDS_PER_MB, metavar="S",
                   help="stop a document after S seconds per MB of input (at least 20 s); it gets a record "
                        f"with an error and the batch goes on (0: no limit; default {DEFAULT_SECONDS_PER_MB:g})")
    _add_parse_options(c)
    c.set_defaults(func=cmd_convert)

    s = sub.add_parser("schema", parents=[common], help="print the record's JSON Schema")
    s.set_defaults(func=cmd_schema)

    try:
        from . import glossary
    except ImportError:  # pragma: no cover - the glossary command arrives with issue 5
        glossary = None
    if glossary is not None:
        glossary.add_parser(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with logging_to_stderr(getattr(args, "verbose", 0), getattr(args, "quiet", False)):
            return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
