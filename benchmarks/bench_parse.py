"""Documents per second and peak memory of parse() over the bundled samples.

    .venv/bin/python benchmarks/bench_parse.py                 # 2,000 documents, every extractor
    .venv/bin/python benchmarks/bench_parse.py -n 5000 --no-kiwi   # header/title/outline/tables only
    .venv/bin/python benchmarks/bench_parse.py --no-glosses         # quotes on, glosses off (and --no-quotes)
    .venv/bin/python benchmarks/bench_parse.py --formats txt        # converted text only (hwp, hwpx, html …)

The samples are repeated until ``-n`` documents have been parsed, in one process, one after
another (what ``pressparse convert`` does per worker). Reported: documents/s, MB/s, time per
extractor, the share of Kiwi calls (measured by wrapping the analyser's methods), and the
process's peak resident memory.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pressparse.document import Document  # noqa: E402
from pressparse.extractors import PIPELINE  # noqa: E402
from pressparse.korean import kiwi as kiwi_module  # noqa: E402
from pressparse.models import Release  # noqa: E402
from pressparse.options import Options  # noqa: E402
from pressparse.readers import read  # noqa: E402

KIWI_METHODS = ("tokenize", "analyze", "join", "split_into_sents", "space")


class TimedKiwi:
    """Forwards to the real Kiwi and adds up the seconds spent inside it."""

    def __init__(self, kiwi):
        self._kiwi, self.seconds, self.calls = kiwi, 0.0, 0

    def __getattr__(self, name):
        attr = getattr(self._kiwi, name)
        if name not in KIWI_METHODS:
            return attr

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                result = attr(*args, **kwargs)
                return list(result) if name == "tokenize" and not isinstance(result, list) else result
            finally:
                self.seconds += time.perf_counter() - t
                self.calls += 1
        return timed


def documents(n: int, formats: set[str]) -> list[tuple[str, bytes]]:
    files = sorted(p for p in (ROOT / "samples").rglob("*")
                   if p.is_file() and p.suffix.lstrip(".") in formats and "expected" not in p.parts)
    blobs = [(str(p), p.read_bytes()) for p in files]
    return [blobs[i % len(blobs)] for i in range(n)]


def run(docs: list[tuple[str, bytes]], options: Options) -> dict:
    stages: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    for path, data in docs:
        t = time.perf_counter()
        doc: Document = read(data, path=path)
        stages["read"] += time.perf_counter() - t
        record = Release(source=doc.source, text=doc.text)
        given: dict = {}
        for step in PIPELINE:
            t = time.perf_counter()
            given[step.name] = step.run(doc, record, options, given)
            stages[step.name] += time.perf_counter() - t
    return {"seconds": time.perf_counter() - t0, "stages": dict(stages)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="documents to parse (samples repeated)")
    ap.add_argument("--no-kiwi", action="store_true", help="quotes and glosses off (no Kiwi)")
    ap.add_argument("--no-quotes", action="store_true", help="quotes off")
    ap.add_argument("--no-glosses", action="store_true", help="glosses and normalized_text off")
    ap.add_argument("--formats", default="txt,html,hwpx,hwp", help="sample file endings to use (default: all)")
    a = ap.parse_args()
    options = Options(quotes=not (a.no_kiwi or a.no_quotes), glosses=not (a.no_kiwi or a.no_glosses))
    a.no_kiwi = not (options.quotes or options.glosses)
    docs = documents(a.n, set(a.formats.split(",")))
    megabytes = sum(len(d) for _, d in docs) / 1e6

    timed = None
    if not a.no_kiwi:
        t = time.perf_counter()
        timed = TimedKiwi(kiwi_module.get_kiwi())
        startup = time.perf_counter() - t
        kiwi_module._build.cache_clear()
        kiwi_module._build = lambda: timed  # every component now gets the timed analyser
        print(f"Kiwi start-up (once per process): {startup:.2f} s")

    run(docs[: min(50, len(docs))], options)  # warm caches and imports
    if timed:
        timed.seconds = timed.calls = 0
    result = run(docs, options)
    secs = result["seconds"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    on = [name for name, flag in (("quotes", options.quotes), ("glosses", options.glosses)) if flag]
    print(f"documents: {len(docs)} ({megabytes:.1f} MB), Kiwi-based extractors on: {', '.join(on) or 'none'}")
    print(f"throughput: {len(docs) / secs:,.1f} documents/s, {megabytes / secs:.2f} MB/s, {1000 * secs / len(docs):.2f} ms/document")
    for name, s in sorted(result["stages"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:<10} {1000 * s / len(docs):7.2f} ms/document  {100 * s / secs:5.1f} %")
    if timed:
        print(f"Kiwi calls: {timed.calls:,}, {timed.seconds:.1f} s = {100 * timed.seconds / secs:.1f} % of the run")
    print(f"peak memory (max RSS of the process): {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
