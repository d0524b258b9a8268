"""HWPX, HWP 5 and PDF: pressparse against kordoc (Node) on the same files, in one run.

    .venv/bin/python benchmarks/vs_kordoc.py --install            # kordoc from the npm registry
    .venv/bin/python benchmarks/vs_kordoc.py [--kordoc DIR] [-n ROUNDS] [FILE_OR_FOLDER ...]

kordoc is what people use for these formats today: it turns a file into Markdown. Each tool
reads every file once to warm up (Kiwi's and Node's start-up left out of both), then every
file ``-n`` times in one process: kordoc through its library's ``parse()``, pressparse through
``parse_file()`` with every extractor on (quotes and glosses included). Reported per format:
files, seconds per round for each, and the throughput ratio (> 1: pressparse is faster).
Default files: the originals of the shared corpus (``../shared/corpus/*/docs`` and
``../shared/corpus/dev/originals``) and the bundled samples.
``--install`` puts kordoc (pinned, :data:`KORDOC`) into ``--kordoc`` with npm.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
KORDOC = "kordoc@4.14.1"
FORMATS = (".hwpx", ".hwp", ".pdf")
#: the Node side: parse every file once, then ROUNDS times (a fresh copy of its bytes each time),
#: and print seconds per format
NODE_SCRIPT = r"""
const { parse } = require(process.argv[2]);
const fs = require("fs");
const files = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const rounds = Number(process.argv[4]);
(async () => {
  for (const f of files) { try { await parse(fs.readFileSync(f)); } catch (e) {} }
  const seconds = {};
  for (const f of files) {
    const ext = f.slice(f.lastIndexOf(".")).toLowerCase();
    const data = fs.readFileSync(f);
    const t = process.hrtime.bigint();
    // a fresh copy each round: pdf.js takes over (detaches) the buffer it is given, so a second
    // parse of the same Buffer sees an empty one and fails at once
    for (let i = 0; i < rounds; i++) { try { await parse(Buffer.from(data)); } catch (e) {} }
    seconds[ext] = (seconds[ext] || 0) + Number(process.hrtime.bigint() - t) / 1e9 / rounds;
  }
  console.log(JSON.stringify(seconds));
})();
"""


def files(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [*SHARED.glob("*/docs"), SHARED / "dev" / "originals", ROOT / "samples"]
    found = []
    for root in roots:
        found += [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix.lower() in FORMATS)
    return found


def pressparse_seconds(paths: list[Path], rounds: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "src"))
    from pressparse import parse_file

    for p in paths:
        parse_file(p)
    seconds: dict[str, float] = defaultdict(float)
    for p in paths:
        start = time.perf_counter()
        for _ in range(rounds):
            parse_file(p)
        seconds[p.suffix.lower()] += (time.perf_counter() - start) / rounds
    return seconds


def kordoc_seconds(paths: list[Path], rounds: int, where: Path) -> dict[str, float]:
    module = where / "node_modules" / "kordoc"
    if not module.exists():
        sys.exit(f"kordoc is not installed in {where}: run with --install")
    with tempfile.TemporaryDirectory() as tmp:
        listing, script = Path(tmp, "files.json"), Path(tmp, "bench.cjs")
        listing.write_text(json.dumps([str(p.resolve()) for p in paths]), encoding="utf-8")
        script.write_text(NODE_SCRIPT, encoding="utf-8")
        out = subprocess.run(["node", str(script), str(module), str(listing), str(rounds)],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("-n", "--rounds", type=int, default=2)
    parser.add_argument("--kordoc", default=str(Path(tempfile.gettempdir()) / "kordoc"),
                        help="folder that holds node_modules/kordoc")
    parser.add_argument("--install", action="store_true", help=f"install {KORDOC} there with npm first")
    args = parser.parse_args()
    where = Path(args.kordoc)
    if args.install:
        where.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(where), "--no-audit", "--no-fund", KORDOC], check=True)
    paths = files(args.paths)
    counts = defaultdict(int)
    for p in paths:
        counts[p.suffix.lower()] += 1
    theirs = kordoc_seconds(paths, args.rounds, where)
    ours = pressparse_seconds(paths, args.rounds)
    print(f"{'format':<8}{'files':>6}{'pressparse s':>14}{'kordoc s':>10}{'ratio':>8}")
    for ext in FORMATS:
        if counts[ext]:
            print(f"{ext:<8}{counts[ext]:>6}{ours[ext]:>14.2f}{theirs.get(ext, 0):>10.2f}{theirs.get(ext, 0) / ours[ext]:>7.2f}×")


if __name__ == "__main__":
    main()
