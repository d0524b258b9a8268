"""Documents per second of ``pressparse convert`` with ``--jobs 1`` and ``--jobs 2`` (or more), and
the memory of each worker process: resident (RSS) and proportional (PSS, shared pages divided
among the processes sharing them) from /proc/PID/smaps_rollup, the peak seen while it ran.

    .venv/bin/python benchmarks/batch_jobs.py                        # 2,000 text releases, jobs 1 and 2
    .venv/bin/python benchmarks/batch_jobs.py -n 500 --jobs 1 2 4 --no-kiwi
    .venv/bin/python benchmarks/batch_jobs.py -n 200 --formats txt hwpx hwp pdf html   # each format apart
    .venv/bin/python benchmarks/batch_jobs.py --source 'my/archive/*.hwpx'

The documents are copies of ``--source`` (default: the shared corpus's files of each format),
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
CORPUS = ROOT.parent / "shared" / "corpus"
FORMATS = ("txt", "hwpx", "hwp", "pdf", "html")


def _spin(_: int) -> int:
    total = 0
    for i in range(40_000_000):
        total += i
    return total


def ceiling(jobs: int) -> float:
    """How much faster ``jobs`` busy processes get through ``jobs`` units of pure CPU work than
    one process through one unit, now: the most ``--jobs`` can gain on this machine at this moment
    (below ``jobs`` when other work shares the CPUs)."""
    import multiprocessing

    rates = []
    for n in (1, jobs):
        started = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(n) as pool:
            pool.map(_spin, range(n))
        rates.append(n / (time.perf_counter() - started))
    return rates[1] / rates[0]


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


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    cpu: dict[int, float] = {}
    first: list[float] = []  # when the first record was written: start-up ends there
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            if not first and out.exists() and out.stat().st_size:
                first.append(time.perf_counter() - started)
            below = descendants(proc.pid)
            parent_of.update(below)
            for pid in below:
                seen, used = memory(pid), cpu_seconds(pid)
                if used is not None:
                    cpu[pid] = used
                if seen:
                    old = peaks.get(pid, (0, 0))
                    peaks[pid] = (max(old[0], seen[0]), max(old[1], seen[1]))
            done.wait(0.05 if not first else 0.5)

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
    worker_cpu = sum(used for pid, used in cpu.items() if parent_of.get(pid) == server)
    return {"jobs": jobs, "docs": lines, "seconds": seconds, "server": peaks.get(server), "workers": workers,
            "worker_cpu": worker_cpu, "startup": first[0] if first else seconds}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="documents to convert (default 2,000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--source", help="glob of the documents to repeat (instead of --formats)")
    ap.add_argument("--formats", nargs="+", choices=FORMATS, default=["txt"],
                    help="the shared corpus's files of these formats, one run each (default: txt)")
    ap.add_argument("--no-kiwi", action="store_true", help="--no-quotes --no-glosses")
    args = ap.parse_args()
    extra = ["--no-quotes", "--no-glosses"] if args.no_kiwi else []
    sources = [args.source] if args.source else [str(CORPUS / "*" / "docs" / f"*.{ext}") for ext in args.formats]
    for source in sources:
        bench(source, args.n, args.jobs, extra)


def bench(source: str, count: int, jobs_list: list[int], extra: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="pressparse-bench-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        make_corpus(source, count, folder)
        print(f"{count} documents from {len(glob.glob(source))} files {source}; {os.cpu_count()} CPU(s)")
        print("  the machine's ceiling now: " + ", ".join(
            f"{jobs} busy processes {ceiling(jobs):.2f}x one" for jobs in jobs_list if jobs > 1))
        base = steady_base = None
        for jobs in jobs_list:
            load = os.getloadavg()[0]
            result = run(folder, jobs, extra)
            rate = result["docs"] / result["seconds"]
            base = base or rate
            print(f"--jobs {jobs}: {result['docs']} docs in {result['seconds']:.1f} s = {rate:.1f} docs/s "
                  f"({rate / base:.2f}x --jobs {jobs_list[0]}; load average before {load:.1f})")
            steady = (result["docs"] - 1) / max(result["seconds"] - result["startup"], 1e-9)
            steady_base = steady_base or steady
            print(f"  start-up (to the first record) {result['startup']:.1f} s; after it {steady:.1f} docs/s "
                  f"({steady / steady_base:.2f}x --jobs {jobs_list[0]})")
            print(f"  workers' CPU time {result['worker_cpu']:.1f} s = {result['docs'] / max(result['worker_cpu'], 1e-9):.1f} "
                  f"docs per CPU-second (sampled every 0.5 s; a machine shared with other work shows here, not in wall time)")
            if result["server"]:
                rss, pss = result["server"]
                print(f"  forkserver: RSS {rss / 1024:.0f} MB, PSS {pss / 1024:.0f} MB")
            for pid, (rss, pss) in sorted(result["workers"].items()):
                print(f"  worker {pid}: RSS {rss / 1024:.0f} MB, PSS {pss / 1024:.0f} MB (peaks)")


if __name__ == "__main__":
    main()
