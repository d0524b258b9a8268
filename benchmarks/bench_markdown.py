"""Markdown documents per second, and what the reader costs beyond markdown-it-py's own parse.

    .venv/bin/python benchmarks/bench_markdown.py                 # the dev-md and silver-md files beside the project
    .venv/bin/python benchmarks/bench_markdown.py FILE_OR_FOLDER… -r 5

Each file is read once into memory; then, ``-r`` rounds over all of them, three things are timed
in one process: markdown-it-py's parse alone (the reader's parser configuration), the reader
(Markdown to the cleaned :class:`~pressparse.document.Document`, front matter and field lists
included), and the whole parse (every extractor; ``--quotes``/``--glosses`` to add those).
Reported: documents/s of each, and the reader's time as a ratio to the parse alone.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pressparse  # noqa: E402
from pressparse.readers import markdown, read  # noqa: E402

DEFAULT = [ROOT.parent / "shared" / "corpus" / "dev-md" / "docs", ROOT.parent / "shared" / "corpus" / "silver-md" / "docs"]


def files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.md")) if path.is_dir() else [path])
    return found


def timed(step, docs: list[tuple[str, bytes]], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for name, data in docs:
            step(name, data)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("-r", "--rounds", type=int, default=3)
    ap.add_argument("--quotes", action="store_true")
    ap.add_argument("--glosses", action="store_true")
    args = ap.parse_args()
    docs = [(str(p), p.read_bytes()) for p in files(args.paths)]
    if not docs:
        print("no Markdown files found", file=sys.stderr)
        return 1
    parser = markdown._parser()
    steps = {
        "markdown-it parse": lambda name, data: parser.parse(data.decode("utf-8", errors="replace")),
        "reader": lambda name, data: read(data, path=name),
        "whole parse": lambda name, data: pressparse.parse(data, path=name, quotes=args.quotes, glosses=args.glosses),
    }
    for step in steps.values():  # imports, compiled patterns, Kiwi's start
        step(*docs[0])
    n = len(docs) * args.rounds
    size = sum(len(d) for _, d in docs) * args.rounds / 1e6
    seconds = {label: timed(step, docs, args.rounds) for label, step in steps.items()}
    print(f"{len(docs)} Markdown files, {args.rounds} rounds ({size:.1f} MB)")
    for label, s in seconds.items():
        print(f"  {label:18} {n / s:8.1f} docs/s  {size / s:6.2f} MB/s")
    print(f"  reader / markdown-it parse: {seconds['reader'] / seconds['markdown-it parse']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
