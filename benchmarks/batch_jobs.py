"""Documents per second of ``pressparse convert`` with ``--jobs 1`` and ``--jobs 2`` (or more), and
the memory of each worker process: resident (RSS) and proportional (PSS, shared pages divided
among the processes sharing them) from /proc/PID/smaps_rollup, the peak seen while it ran.

    .venv/bin/python benchmarks/batch_jobs.py                        # 2,000 text releases, jobs 1 and 2
    .venv/bin/python benchmarks/batch_jobs.py -n 500 --jobs 1 2 4 --no-kiwi
    .venv/bin/python benchmarks/batch_jobs.py --source '../shared/corpus/*/docs/*.hwpx'

The documents are copies of ``--source`` (default: the text releases of the shared corpus),
repeated until there are ``-n`` of them, in a temporary folder removed afterwards (never commit
them). Linux only (memory from /proc).
"""
from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = str(ROOT.parent / "shared" / "corpus" / "*" / "docs" / "*.txt")


def make_corpus(pattern: str, count: int, folder: Path) -> None:
    sources = sorted(glob.glob(pattern))
    if not sources:
        sys.exit(f"no documents match {pattern}")
    for i in range(count):
        source = Path(sources[i % len(sources)])
        shutil.copyfile(source, folder / f"{i:05d}_{source.name}")


def descendants(pid: int) -> dict[int, int]:
    """Every process below ``pid`` with its parent (the workers are children of the forkserver,
    itself a child of convert, beside the resource tracker)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: dict[int, int] = {}
    todo = [pid]
    while todo:
        parent = todo.pop()
        for child, its_parent in parents.items():
            if its_parent == parent:
                found[child] = parent
                todo.append(child)
    return found


def memory(pid: int) -> tuple[int, int] | None:
    """(RSS, PSS) of a process in kB, or None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    values = {line.split(":")[0]: int(line.split()[1]) for line in text.splitlines()[1:] if line.endswith("kB")}
    return values.get("Rss", 0), values.get("Pss", 0)


def run(folder: Path, jobs: int, extra: list[str]) -> dict:
    """Convert ``folder`` with ``jobs`` workers; wall time and the peak memory of each process."""
    out = folder.parent / f"out-{jobs}.jsonl"
    command = [sys.executable, "-m", "pressparse.cli", "convert", str(folder), "-o", str(out), "-q",
               "--jobs", str(jobs), *extra]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env)
    peaks: dict[int, tuple[int, int]] = {}
    parent_of: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            below = descendants(proc.pid)
            parent_of.update(below)
            for pid in below:
                seen = memory(pid)
                if seen:
                    old = peaks.get(pid, (0, 0))
                    peaks[pid] = (max(old[0], seen[0]), max(old[1], seen[1]))
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if code:
        sys.exit(f"convert exited with {code}")
    lines = sum(1 for _ in out.open("rb"))
    # the forkserver is the parent of the workers; the resource tracker has no children
    servers = {parent for parent in parent_of.values() if parent != proc.pid}
    server = next(iter(servers), None)
    workers = {pid: m for pid, m in peaks.items() if parent_of.get(pid) == server}
    return {"jobs": jobs, "docs": lines, "seconds": seconds, "server": peaks.get(server), "workers": workers}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="documents to convert (default 2,000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--source", default=DEFAULT_SOURCE, help="glob of the documents to repeat")
    ap.add_argument("--no-kiwi", action="store_true", help="--no-quotes --no-glosses")
    args = ap.parse_args()
    extra = ["--no-quotes", "--no-glosses"] if args.no_kiwi else []
    with tempfile.TemporaryDirectory(prefix="pressparse-bench-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        make_corpus(args.source, args.n, folder)
        print(f"{args.n} documents from {args.source}; {os.cpu_count()} CPU(s); "
              f"load average {os.getloadavg()[0]:.1f}")
        base = None
        for jobs in args.jobs:
            result = run(folder, jobs, extra)
            rate = result["docs"] / result["seconds"]
            base = base or rate
            print(f"--jobs {jobs}: {result['docs']} docs in {result['seconds']:.1f} s = {rate:.1f} docs/s "
                  f"({rate / base:.2f}x --jobs {args.jobs[0]})")
            if result["server"]:
                rss, pss = result["server"]
                print(f"  forkserver: RSS {rss / 1024:.0f} MB, PSS {pss / 1024:.0f} MB")
            for pid, (rss, pss) in sorted(result["workers"].items()):
                print(f"  worker {pid}: RSS {rss / 1024:.0f} MB, PSS {pss / 1024:.0f} MB (peaks)")


if __name__ == "__main__":
    main()
