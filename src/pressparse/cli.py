"""The command line: ``pressparse parse``, ``convert`` and ``schema``."""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys

from . import __version__
from .batch import InputError, convert_inputs, iter_inputs
from .models import Release
from .options import Options
from .parallel import convert_lines, done_paths
from .pipeline import parse_file

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
    )


def _add_parse_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--normalize", choices=["korean", "loanword", "both", "none"], default="korean",
                   help="how normalized_text resolves glosses (default: keep the Korean term)")
    p.add_argument("--no-quotes", action="store_true", help="skip quote extraction (no Kiwi)")
    p.add_argument("--no-glosses", action="store_true", help="skip glosses and normalized_text")
    p.add_argument("--no-text", action="store_true", help="leave text out of the records")


def cmd_parse(args: argparse.Namespace) -> int:
    if not os.path.exists(args.path):
        return _fail(f"no such file: {args.path}")
    if os.path.isdir(args.path):
        return _fail(f"{args.path} is a folder; use 'pressparse convert {args.path} -o OUT.jsonl'")
    record = parse_file(args.path, options=_options(args))
    sys.stdout.write(record.to_json(indent=2 if args.pretty else None) + "\n")
    return OK


def cmd_convert(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        return _fail("--jobs takes a whole number of 1 or more")
    done: set[str] = set()
    if args.resume and args.output != "-" and os.path.exists(args.output):
        done = _complete_lines(args.output)
    try:
        out = open(args.output, "a" if done else "w", encoding="utf-8") if args.output != "-" else sys.stdout
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    count = failed = 0
    try:
        with out if out is not sys.stdout else contextlib.nullcontext():
            for line in _converted_lines(args, done):
                out.write(line + "\n")
                count += 1
                failed += not line.endswith(NO_ERRORS)
    except InputError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    if not args.quiet:
        skipped = f", {len(done)} already done" if done else ""
        print(f"pressparse: {count} document(s) -> {args.output} ({failed} with errors{skipped})", file=sys.stderr)
    return OK


def _converted_lines(args: argparse.Namespace, done: set[str]):
    """The JSON lines of the inputs not yet done, in input order."""
    options = _options(args)
    todo = (item for item in iter_inputs(args.paths) if item.path not in done)
    if args.jobs == 1:
        return (record.to_json() for record in convert_inputs(todo, options))
    return convert_lines(todo, options, args.jobs)


def _complete_lines(path: str) -> set[str]:
    """The paths already converted in ``path``; a last line cut short by a crash is removed."""
    with open(path, "rb+") as f:
        data = f.read()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):
            f.truncate(keep)
    return done_paths(data[:keep].decode("utf-8", errors="replace").splitlines())


def cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_json() + "\n")
    return OK


def schema_json() -> str:
    """The record's JSON Schema, as checked in at schemas/release.schema.json."""
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

    p = sub.add_parser("parse", help="one document -> one JSON object on stdout")
    p.add_argument("path")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    _add_parse_options(p)
    p.set_defaults(func=cmd_parse)

    c = sub.add_parser("convert", help="files and folders -> JSON Lines, one line per document in input order")
    c.add_argument("paths", nargs="+")
    c.add_argument("-o", "--output", required=True, help="the .jsonl file to write ('-' for stdout)")
    c.add_argument("-q", "--quiet", action="store_true")
    c.add_argument("-j", "--jobs", type=int, default=1, help="parse on this many processes (output order is kept)")
    c.add_argument("--resume", action="store_true",
                   help="keep the records already in OUT.jsonl and convert only the inputs not yet there")
    _add_parse_options(c)
    c.set_defaults(func=cmd_convert)

    s = sub.add_parser("schema", help="print the record's JSON Schema")
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
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
