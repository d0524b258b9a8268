"""Web pages: pressparse against trafilatura on the same pages, in one run.

    pip install -e '.[bench]'            # trafilatura and lxml_html_clean, benchmark only
    .venv/bin/python benchmarks/html_vs_trafilatura.py [-n ROUNDS] [PAGE ...]

Each tool runs in a process of its own (so that each one's peak memory is its own), reads
the pages once to warm up (Kiwi's start-up and trafilatura's imports are left out of both),
then parses every page ``-n`` times. pressparse runs every extractor (quotes and glosses
included); trafilatura runs ``bare_extraction`` with metadata, its closest equivalent.
Reported: ms per page, pages/s, the ratio, and each process's peak resident memory.
The default pages are the bundled ones (``samples/html``) and a 5 MB board page made from
them; pass others as arguments.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: how large the made-up long page is, in bytes
LONG_PAGE = 5_000_000


def pages(paths: list[str]) -> list[bytes]:
    found = [Path(p).read_bytes() for p in paths] or [p.read_bytes() for p in sorted((ROOT / "samples" / "html").glob("*.html"))]
    return found + [long_page(found[-1])]


def long_page(page: bytes) -> bytes:
    """A board page whose article holds ``LONG_PAGE`` bytes of paragraphs."""
    body = page.decode("utf-8", "replace")
    paragraph = "<p>지역 농가의 소득을 높이기 위해 공동 선별장을 운영하고 판로를 넓혀 나갈 계획이다.</p>\n"
    filler = paragraph * (LONG_PAGE // len(paragraph.encode()))
    at = body.rfind("</body>")
    return (body[:at] + "<div class=\"view_cont\">" + filler + "</div>" + body[at:]).encode()


def run_tool(tool: str, rounds: int, paths: list[str]) -> dict:
    """Time ``tool`` on the pages in this process (called in a child process)."""
    docs = pages(paths)
    if tool == "pressparse":
        sys.path.insert(0, str(ROOT / "src"))
        from pressparse import parse

        def one(data: bytes):
            return parse(data, path="page.html")
    else:
        from trafilatura import bare_extraction

        def one(data: bytes):
            return bare_extraction(data.decode("utf-8", "replace"), with_metadata=True)
    for data in docs:
        one(data)
    times = []
    for data in docs:
        start = time.perf_counter()
        for _ in range(rounds):
            one(data)
        times.append((time.perf_counter() - start) / rounds)
    return {"ms": [t * 1000 for t in times], "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="*")
    parser.add_argument("-n", "--rounds", type=int, default=5)
    parser.add_argument("--tool", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tool:
        print(json.dumps(run_tool(args.tool, args.rounds, args.pages)))
        return
    results = {}
    for tool in ("pressparse", "trafilatura"):
        out = subprocess.run([sys.executable, __file__, "--tool", tool, "-n", str(args.rounds), *args.pages],
                             capture_output=True, text=True, check=True)
        results[tool] = json.loads(out.stdout.strip().splitlines()[-1])
    names = [Path(p).name for p in args.pages] or [p.name for p in sorted((ROOT / "samples" / "html").glob("*.html"))]
    names.append(f"long page ({LONG_PAGE / 1e6:.0f} MB)")
    print(f"{'page':<28}{'pressparse ms':>15}{'trafilatura ms':>16}{'ratio':>8}")
    for i, name in enumerate(names):
        ours, theirs = results["pressparse"]["ms"][i], results["trafilatura"]["ms"][i]
        print(f"{name:<28}{ours:>15.1f}{theirs:>16.1f}{theirs / ours:>7.1f}×")
    ours = sum(results["pressparse"]["ms"][:-1])
    theirs = sum(results["trafilatura"]["ms"][:-1])
    print(f"{'all but the long page':<28}{ours:>15.1f}{theirs:>16.1f}{theirs / ours:>7.1f}×")
    print(f"peak memory: pressparse {results['pressparse']['peak_mb']:.0f} MB, "
          f"trafilatura {results['trafilatura']['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
