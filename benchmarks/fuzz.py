"""A long fuzz run of pressparse.parse(), with a time and memory bound on every example.

    .venv/bin/python benchmarks/fuzz.py --minutes 60                 # every strategy, one hour
    .venv/bin/python benchmarks/fuzz.py --minutes 5 --strategies fragments,mutated-html
    .venv/bin/python benchmarks/fuzz.py --minutes 10 --seed 1234 --out /tmp/fuzz-failures
    .venv/bin/python benchmarks/fuzz.py --replay /tmp/fuzz-failures/<signature>/<input>.bin

The inputs come from the hypothesis strategies of tests/fuzz_support.py (the same ones
tests/test_fuzz.py runs in CI), with larger bounds: longer texts, runs of one character up to
thousands long, random bytes up to tens of kB, and (strategy ``enlarged``) samples made up to
``--big-mb`` MB large: a text repeated, a long run written into it, an HWPX paragraph repeated
or a long run written into its XML — a small package that unpacks to megabytes. Every example must keep the properties of
tests/test_fuzz.py (parse returns a Release, ``to_json()`` works and validates against
schemas/release.schema.json, every span lies within ``0..len(record.text)``), and here also:

* **CPU time**: parse must take at most ``--seconds-per-mb`` CPU seconds per MB of input, and
  never less than ``--min-seconds`` is allowed (defaults 2 s/MB, 1 s). When an example passes its
  bound (in wall time), the worker notes where it is at that moment (the innermost frame in
  pressparse), which names the slow spot; an example still running after ``--kill-after`` times its bound (and at
  least ``--hard-timeout`` s of wall time) is killed and counted as a hang.
* **memory**: the worker's peak resident memory during one parse (reset before each example
  through /proc/self/clear_refs) must stay below ``--max-memory-mb``.

Parsing runs in a worker process, so that a hang, a crash of a C extension or a runaway
allocation costs one example, not the run; the worker is restarted after each of them.

Failures are grouped by a signature (the kind of failure and where it comes from). The first
``--keep`` inputs of each signature are written to ``--out/<signature>/`` (``<sha1>.bin`` holds
the exact input: bytes as given, a str as UTF-8 with surrogates passed through; ``.json``
beside it says how it was parsed and what went wrong). At the end the smallest input of each
signature is shrunk (deleting chunks while the same signature still fails, ``--shrink-seconds``
per signature) and saved as ``minimal.bin`` with its ``repr`` in ``minimal.txt``.

At the end the run prints: examples run, per strategy (examples, failures, mean and max CPU
time), failures by signature with their reproducer, the slowest example and the peak memory.
The exit status is 1 when any failure was found, else 0.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import re
import signal
import sys
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

MB = 1024 * 1024
#: where an innermost pressparse frame is looked for in a traceback or a stack
PACKAGE_DIR = str(ROOT / "src" / "pressparse")


# --- the worker process --------------------------------------------------------------------

def _status_kb(field_name: str) -> int:
    try:
        with open("/proc/self/status") as status:
            match = re.search(rf"^{field_name}:\s+(\d+) kB", status.read(), re.M)
        return int(match.group(1)) if match else 0
    except OSError:
        return 0


def _reset_peak() -> bool:
    """Reset the peak resident set size of this process (Linux); False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def _peak_kb() -> int:
    peak = _status_kb("VmHWM")
    if peak:
        return peak
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux; never resets


def _innermost(frames, *, package_only: bool = True) -> str:
    """``file:line in function`` of the innermost frame in pressparse (or the innermost at all)."""
    chosen = None
    for frame in frames:
        if not package_only or frame.filename.startswith(PACKAGE_DIR):
            chosen = frame
    if chosen is None and frames:
        chosen = frames[-1]
    if chosen is None:
        return "?"
    name = os.path.relpath(chosen.filename, ROOT) if chosen.filename.startswith(str(ROOT)) else chosen.filename
    return f"{name}:{chosen.lineno} in {chosen.name}"


def worker_main(conn, stack_file: str) -> None:
    """Parse what the parent sends, check the properties, report time, memory and problems."""
    import faulthandler
    import logging

    # on SIGUSR1 (sent by the parent before it kills a hung parse) the Python stacks of every
    # thread go to stack_file, even while the parse is inside C code
    dump = open(stack_file, "w")
    faulthandler.register(signal.SIGUSR1, file=dump, all_threads=True)

    import pressparse
    from fuzz_support import check_record

    logging.disable(logging.WARNING)  # pdfminer's complaints about damaged streams, by the thousand
    # build Kiwi now (seconds, hundreds of MB), so that no example is charged for it
    pressparse.parse("보도자료\n이영 장관은 “핵심 임무(미션)를 확대하겠다”고 말했다.", quotes=True, glosses=True)

    def on_cpu_bound(signum, frame):
        stack = traceback.extract_stack(frame)
        conn.send(("slow", _innermost(stack), "".join(traceback.format_list(stack[-6:]))))

    # The stack is taken when the bound has passed in wall time: an ITIMER_PROF timer would make the
    # kernel count process CPU time in scheduler ticks (0 or 4 ms for a short parse). The verdict
    # itself compares the CPU time measured with time.process_time().
    signal.signal(signal.SIGALRM, on_cpu_bound)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which reports and stops us
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        data, options, cpu_bound = message
        can_reset = _reset_peak()
        rss_before = _status_kb("VmRSS")
        result: dict = {"status": "ok"}
        wall0, cpu0 = time.perf_counter(), time.process_time()
        signal.setitimer(signal.ITIMER_REAL, cpu_bound)
        try:
            record = pressparse.parse(data, **options)
        except BaseException as exc:  # parse must never raise
            record = None
            tb = traceback.extract_tb(exc.__traceback__)
            result = {"status": "fail", "kind": "parse raised",
                      "error": f"{type(exc).__name__}: {str(exc)[:500]}", "where": _innermost(tb),
                      "traceback": "".join(traceback.format_exception(exc))[-4000:]}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        result["cpu"] = time.process_time() - cpu0
        result["wall"] = time.perf_counter() - wall0
        result["peak_mb"] = _peak_kb() / 1024
        result["rss_before_mb"] = rss_before / 1024
        result["peak_is_per_example"] = can_reset
        if record is not None:
            result["errors"] = list(record.errors)[:5]
            try:
                check_record(record)
            except BaseException as exc:
                tb = traceback.extract_tb(exc.__traceback__)
                kind = "property" if isinstance(exc, AssertionError) else "to_json/validation raised"
                result.update(status="fail", kind=kind, error=f"{type(exc).__name__}: {str(exc)[:1500]}",
                              where=_innermost(tb, package_only=kind != "property"),
                              traceback="".join(traceback.format_exception(exc))[-4000:])
        conn.send(("done", result))


class Worker:
    """A parsing process that can be killed and started again."""

    def __init__(self):
        import tempfile

        self.ctx = mp.get_context("spawn")
        self.process = None
        self.conn = None
        self.restarts = -1
        self.stack_file = Path(tempfile.mkstemp(prefix="pressparse-fuzz-", suffix=".stack")[1])
        self.start()

    def start(self) -> None:
        self.restarts += 1
        parent, child = self.ctx.Pipe()
        self.process = self.ctx.Process(target=worker_main, args=(child, str(self.stack_file)), daemon=True)
        self.process.start()
        child.close()
        self.conn = parent
        if not self.conn.poll(120):
            raise RuntimeError("the fuzz worker did not start")
        self.conn.recv()

    def stack_of_hung_worker(self) -> tuple[str, str]:
        """(innermost pressparse frame, the dump) of the running worker's main thread, by faulthandler."""
        try:
            os.kill(self.process.pid, signal.SIGUSR1)
            time.sleep(0.5)
            dump = self.stack_file.read_text(errors="replace")
        except OSError:
            return "?", ""
        main = dump.split("\n\n")[-1] if "Current thread" not in dump else dump[dump.index("Current thread"):]
        frames = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', main)  # most recent call first
        for filename, line, function in frames:
            if filename.startswith(PACKAGE_DIR):
                return f"{os.path.relpath(filename, ROOT)}:{line} in {function}", main[-3000:]
        return (f"{frames[0][0]}:{frames[0][1]} in {frames[0][2]}" if frames else "?"), main[-3000:]

    def kill(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.kill()
        if self.process is not None:
            self.process.join(5)
        if self.conn is not None:
            self.conn.close()

    def run(self, data, options: dict, cpu_bound: float, wall_limit: float) -> dict:
        """The worker's result for one input; a hang or a crash becomes a result too."""
        try:
            self.conn.send((data, options, cpu_bound))
        except (BrokenPipeError, OSError):
            self.kill()
            self.start()
            self.conn.send((data, options, cpu_bound))
        started = time.perf_counter()
        slow = None
        while True:
            remaining = wall_limit - (time.perf_counter() - started)
            try:
                ready = remaining > 0 and self.conn.poll(remaining)
                if not ready:
                    wall = time.perf_counter() - started
                    where, stack = self.stack_of_hung_worker()
                    if where == "?" and slow:
                        where, stack = slow
                    self.kill()
                    self.start()
                    return {"status": "fail", "kind": "hang", "where": where,
                            "error": f"killed after {wall_limit:.0f} s of wall time, in {where}",
                            "traceback": stack, "cpu": None, "wall": wall, "peak_mb": None}
                tag, *payload = self.conn.recv()
            except (EOFError, OSError):
                code = self.process.exitcode if self.process else None
                self.kill()
                self.start()
                return {"status": "fail", "kind": "worker crashed", "where": f"exit code {code}",
                        "error": f"the worker process died (exit code {code})", "traceback": "",
                        "cpu": None, "wall": time.perf_counter() - started, "peak_mb": None}
            if tag == "slow":
                slow = payload
                continue
            result = payload[0]
            if slow:
                result["slow_where"], result["slow_stack"] = slow
            return result

    def close(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        if self.process is not None:
            self.process.join(5)
        self.kill()
        self.stack_file.unlink(missing_ok=True)


# --- the run -------------------------------------------------------------------------------

@dataclass
class Failure:
    signature: str
    kind: str
    where: str
    error: str
    count: int = 0
    strategies: Counter = field(default_factory=Counter)
    saved: list[Path] = field(default_factory=list)
    smallest: tuple | None = None  # (data, options, strategy)
    traceback: str = ""
    minimal: object = None


@dataclass
class Stats:
    examples: int = 0
    per_strategy: Counter = field(default_factory=Counter)
    failures_per_strategy: Counter = field(default_factory=Counter)
    cpu_per_strategy: defaultdict = field(default_factory=lambda: defaultdict(float))
    max_cpu_per_strategy: defaultdict = field(default_factory=lambda: defaultdict(float))
    failures: dict = field(default_factory=dict)
    slowest: tuple | None = None  # (cpu, strategy, size, saved path or sha1)
    peak: tuple | None = None     # (peak MB, strategy, size, sha1)
    growth: tuple | None = None   # (MB over the resident memory before the parse, strategy, size, sha1)


def _size(data) -> int:
    return len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)


def _as_bytes(data) -> bytes:
    return data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data


def _sha1(data) -> str:
    return hashlib.sha1(_as_bytes(data) + (b"s" if isinstance(data, str) else b"b")).hexdigest()[:16]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")[:90]


def signature_of(result: dict) -> str:
    """What makes two failures the same bug: the kind and where it comes from."""
    kind = result["kind"]
    if kind == "property":
        message = result["error"].split("\n", 2)
        detail = message[1] if len(message) > 1 else message[0]
        detail = re.sub(r"\[\d+\]|/\d+/|\d+", "#", detail.split("=")[0].split(":")[0]).strip()
        return f"{kind}: {message[0][:60]} {detail}"
    if kind in ("slow", "hang"):  # the function, not the line: a slow loop is caught on any of its lines
        where = result.get("slow_where") or result.get("where") or "?"
        return f"{kind}: {re.sub(r':[0-9]+ in ', ' in ', where)}"
    return f"{kind}: {result['error'].split(':')[0]} at {result.get('where')}"


class Runner:
    def __init__(self, args):
        self.args = args
        self.out = Path(args.out)
        self.stats = Stats()
        self.worker = Worker()
        self.deadline = time.monotonic() + args.minutes * 60

    def bound(self, data) -> float:
        return max(self.args.min_seconds, self.args.seconds_per_mb * _size(data) / MB)

    def wall_limit(self, bound: float) -> float:
        return max(self.args.hard_timeout, self.args.kill_after * bound)

    def check(self, strategy: str, data, options: dict) -> dict:
        bound = self.bound(data)
        result = self.worker.run(data, options, bound, self.wall_limit(bound))
        if result["status"] == "ok":
            if result["cpu"] is not None and result["cpu"] > bound:
                result.update(status="fail", kind="slow", where=result.get("slow_where", "?"),
                              error=f"{result['cpu']:.2f} s of CPU for {_size(data):,} bytes "
                                    f"(bound {bound:.2f} s)", traceback=result.get("slow_stack", ""))
            elif result.get("peak_mb") and result["peak_mb"] > self.args.max_memory_mb:
                result.update(status="fail", kind="memory", where="?",
                              error=f"peak RSS {result['peak_mb']:.0f} MB for {_size(data):,} bytes "
                                    f"(bound {self.args.max_memory_mb} MB)", traceback="")
        return result

    def example(self, strategy: str, data, options: dict) -> None:
        if time.monotonic() > self.deadline:
            return
        result = self.check(strategy, data, options)
        s = self.stats
        s.examples += 1
        s.per_strategy[strategy] += 1
        cpu = result.get("cpu")
        if cpu is None:  # killed: count the wall time it was given
            cpu = result.get("wall") or 0.0
        s.cpu_per_strategy[strategy] += cpu
        s.max_cpu_per_strategy[strategy] = max(s.max_cpu_per_strategy[strategy], cpu)
        if s.slowest is None or cpu > s.slowest[0]:
            s.slowest = (cpu, strategy, _size(data), _sha1(data), result.get("slow_where") or result.get("where"),
                         data if _size(data) <= 300 else None)
        if result.get("peak_mb") and (s.peak is None or result["peak_mb"] > s.peak[0]):
            s.peak = (result["peak_mb"], strategy, _size(data), _sha1(data))
        if result.get("peak_mb") and result.get("peak_is_per_example"):
            growth = result["peak_mb"] - result["rss_before_mb"]
            if s.growth is None or growth > s.growth[0]:
                s.growth = (growth, strategy, _size(data), _sha1(data))
        if result["status"] != "ok":
            self.record_failure(strategy, data, options, result)
        if self.args.verbose and s.examples % 100 == 0:
            left = max(0, self.deadline - time.monotonic())
            print(f"  {s.examples} examples, {sum(f.count for f in s.failures.values())} failures, "
                  f"{left / 60:.1f} min left", file=sys.stderr, flush=True)

    def record_failure(self, strategy: str, data, options: dict, result: dict) -> None:
        s = self.stats
        s.failures_per_strategy[strategy] += 1
        sig = signature_of(result)
        failure = s.failures.get(sig)
        if failure is None:
            failure = s.failures[sig] = Failure(sig, result["kind"], result.get("where", "?"), result["error"],
                                                traceback=result.get("traceback", ""))
            if self.args.verbose:
                print(f"  new failure [{strategy}]: {sig}", file=sys.stderr, flush=True)
        failure.count += 1
        failure.strategies[strategy] += 1
        if failure.smallest is None or _size(data) < _size(failure.smallest[0]):
            failure.smallest = (data, options, strategy)
        if len(failure.saved) < self.args.keep:
            folder = self.out / _slug(sig)
            folder.mkdir(parents=True, exist_ok=True)
            name = _sha1(data)
            (folder / f"{name}.bin").write_bytes(_as_bytes(data))
            meta = {"signature": sig, "strategy": strategy, "input_type": type(data).__name__,
                    "size": _size(data), "options": options,
                    **{k: v for k, v in result.items() if k not in ("status",)}}
            (folder / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
            failure.saved.append(folder / f"{name}.bin")

    # --- shrinking ---

    def still_fails(self, signature: str, data, options: dict) -> bool:
        result = self.check("shrink", data, options)
        return result["status"] != "ok" and signature_of(result) == signature

    def shrink(self, failure: Failure) -> None:
        data, options, _ = failure.smallest
        if failure.kind in ("hang",) or self.args.shrink_seconds <= 0:
            failure.minimal = data
            return
        stop = time.monotonic() + self.args.shrink_seconds
        chunk = max(1, len(data) // 2)
        while chunk >= 1 and time.monotonic() < stop:
            i, progressed = 0, False
            while i < len(data) and time.monotonic() < stop:
                candidate = data[:i] + data[i + chunk:]
                if candidate and self.still_fails(failure.signature, candidate, options):
                    data, progressed = candidate, True
                else:
                    i += chunk
            if not progressed:
                chunk //= 2
        failure.minimal = data
        folder = self.out / _slug(failure.signature)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "minimal.bin").write_bytes(_as_bytes(data))
        (folder / "minimal.txt").write_text(
            f"input: {data!r}\noptions: {options!r}\nsignature: {failure.signature}\n\n{failure.error}\n\n"
            f"{failure.traceback}\n", encoding="utf-8", errors="backslashreplace")

    def close(self) -> None:
        self.worker.close()


# --- strategies ----------------------------------------------------------------------------

FAST = {"quotes": False, "glosses": False}


def build_strategies(args):
    """name -> (strategy of (data, options), weight)."""
    from hypothesis import strategies as st

    import fuzz_support as fs

    modes = st.sampled_from(("korean", "loanword", "both", "none"))
    full = st.builds(lambda mode: {"quotes": True, "glosses": True, "normalize": mode}, modes)
    fast = st.just(FAST)
    text_args = {"max_pieces": args.max_pieces, "max_run": args.max_run, "max_space_run": args.max_space_run}
    sample = st.tuples  # (data, options) pairs
    return {
        "bytes": (sample(fs.random_bytes(max_size=args.max_bytes), fast), 2),
        "fragments": (sample(fs.release_inputs(**text_args), fast), 4),
        "fragments-full": (sample(fs.release_texts(**text_args).flatmap(
            lambda t: st.sampled_from((t, t.encode("utf-8", "surrogatepass")))), full), 2),
        "str": (sample(st.lists(st.text(st.characters(codec=None), min_size=1, max_size=200),
                                max_size=args.max_bytes // 400).map("".join), fast), 1),
        "mutated-text": (sample(fs.mutated_samples(fs.TEXT_KINDS).map(lambda s: s[1]), fast), 3),
        "mutated-html": (sample(fs.mutated_samples(fs.HTML_KINDS).map(lambda s: s[1]), fast), 1),
        "mutated-binary": (sample(fs.mutated_samples(fs.BINARY_KINDS).map(lambda s: s[1]), fast), 2),
        "mutated-full": (sample(fs.mutated_samples().map(lambda s: s[1]), full), 1),
        "enlarged": (sample(fs.enlarged_samples(args.big_mb).map(lambda s: s[1]), st.one_of(fast, full)), 1),
    }


def run_chunk(runner: Runner, name: str, strategy, seed: int, examples: int) -> None:
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as hypothesis_seed

    @hypothesis_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              phases=[Phase.generate], verbosity=Verbosity.quiet, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def chunk(pair):
        data, options = pair
        runner.example(name, data, options)

    chunk()


# --- report --------------------------------------------------------------------------------

def report(runner: Runner, elapsed: float, seed: int) -> None:
    s = runner.stats
    print(f"\npressparse fuzz: {s.examples} examples in {elapsed / 60:.1f} min (seed {seed}), "
          f"worker restarts: {runner.worker.restarts}")
    print(f"\n{'strategy':16} {'examples':>9} {'failures':>9} {'mean cpu ms':>12} {'max cpu s':>10}")
    for name in sorted(s.per_strategy, key=lambda n: -s.per_strategy[n]):
        n = s.per_strategy[name]
        print(f"{name:16} {n:9d} {s.failures_per_strategy[name]:9d} "
              f"{1000 * s.cpu_per_strategy[name] / n:12.1f} {s.max_cpu_per_strategy[name]:10.2f}")
    total = sum(f.count for f in s.failures.values())
    print(f"\nfailures: {total} failing examples, {len(s.failures)} distinct")
    for failure in sorted(s.failures.values(), key=lambda f: -f.count):
        print(f"\n* {failure.signature}\n  {failure.count} examples ({', '.join(f'{k} {v}' for k, v in failure.strategies.items())})")
        print(f"  {failure.error.splitlines()[0][:300]}")
        for line in failure.error.splitlines()[1:4]:
            print(f"  {line[:300]}")
        minimal = failure.minimal if failure.minimal is not None else failure.smallest[0]
        shown = repr(minimal)
        print(f"  reproducer ({_size(minimal):,} bytes, options {failure.smallest[1]}): "
              f"{shown[:400]}{' …' if len(shown) > 400 else ''}")
        if failure.saved:
            print(f"  saved: {failure.saved[0].parent}/")
    if s.slowest:
        cpu, strategy, size, sha, where, data = s.slowest
        print(f"\nslowest example: {cpu:.2f} s CPU, {strategy}, {size:,} bytes, input {sha}"
              + (f", in {where}" if where else "") + (f": {data!r}" if data is not None else ""))
    if s.peak:
        peak, strategy, size, sha = s.peak
        print(f"peak memory: {peak:.0f} MB resident during one parse ({strategy}, {size:,} bytes, input {sha})")
    if s.growth:
        growth, strategy, size, sha = s.growth
        print(f"largest growth: {growth:.0f} MB over the resident memory before the parse "
              f"({strategy}, {size:,} bytes, input {sha})")
    if s.failures:
        print(f"\nfailing inputs saved under {runner.out}/")


def replay(path: Path, args) -> int:
    """Parse one saved input as the run did and print what happens."""
    meta_path = path.with_suffix(".json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    raw = path.read_bytes()
    data = raw.decode("utf-8", "surrogatepass") if meta.get("input_type") == "str" else raw
    options = meta.get("options", FAST)
    runner = Runner(args)
    try:
        result = runner.check("replay", data, options)
    finally:
        runner.close()
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0 if result["status"] == "ok" else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to run (default 10)")
    parser.add_argument("--strategies", default="all",
                        help="comma-separated: bytes, fragments, fragments-full, str, mutated-text, "
                             "mutated-html, mutated-binary, mutated-full, enlarged (default all)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the run (default: random, printed)")
    parser.add_argument("--out", default=str(Path.cwd() / "fuzz-failures"),
                        help="folder for failing inputs (default ./fuzz-failures)")
    parser.add_argument("--keep", type=int, default=10, help="inputs saved per distinct failure (default 10)")
    parser.add_argument("--seconds-per-mb", type=float, default=2.0, help="CPU-time bound per MB of input (default 2)")
    parser.add_argument("--min-seconds", type=float, default=1.0, help="smallest CPU-time bound (default 1)")
    parser.add_argument("--kill-after", type=float, default=10.0,
                        help="kill an example after this many times its bound of wall time (default 10)")
    parser.add_argument("--hard-timeout", type=float, default=15.0,
                        help="… and never before this many seconds (default 15)")
    parser.add_argument("--max-memory-mb", type=float, default=1500.0,
                        help="peak resident memory of the worker during one parse (default 1500)")
    parser.add_argument("--max-bytes", type=int, default=20_000, help="largest random input (default 20000)")
    parser.add_argument("--max-pieces", type=int, default=120, help="most release fragments per text (default 120)")
    parser.add_argument("--max-run", type=int, default=5000, help="longest run of one character (default 5000)")
    parser.add_argument("--max-space-run", type=int, default=2000, help="longest run of spaces (default 2000)")
    parser.add_argument("--big-mb", type=float, default=8.0,
                        help="largest enlarged input, in MB of text (default 8; the 'enlarged' strategy)")
    parser.add_argument("--chunk", type=int, default=25, help="examples per hypothesis run (default 25)")
    parser.add_argument("--shrink-seconds", type=float, default=60.0,
                        help="time to shrink each distinct failure at the end (default 60; 0: no shrinking)")
    parser.add_argument("--replay", type=Path, help="parse one saved input (.bin) and print the result")
    parser.add_argument("-q", "--quiet", dest="verbose", action="store_false", help="no progress on stderr")
    args = parser.parse_args(argv)

    if args.replay:
        return replay(args.replay, args)

    strategies = build_strategies(args)
    chosen = list(strategies) if args.strategies == "all" else [s.strip() for s in args.strategies.split(",")]
    unknown = [name for name in chosen if name not in strategies]
    if unknown:
        parser.error(f"unknown strategies: {', '.join(unknown)} (known: {', '.join(strategies)})")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    rng = random.Random(seed)
    weights = [strategies[name][1] for name in chosen]

    started = time.monotonic()
    runner = Runner(args)
    print(f"fuzzing pressparse for {args.minutes:g} min, seed {seed}, strategies: {', '.join(chosen)}",
          file=sys.stderr, flush=True)
    try:
        while time.monotonic() < runner.deadline:
            name = rng.choices(chosen, weights)[0]
            run_chunk(runner, name, strategies[name][0], rng.randrange(2**31), args.chunk)
    except KeyboardInterrupt:
        print("interrupted: reporting what ran", file=sys.stderr)
    elapsed = time.monotonic() - started
    try:
        if runner.stats.failures and args.shrink_seconds > 0:
            print(f"shrinking {len(runner.stats.failures)} distinct failures …", file=sys.stderr, flush=True)
            for failure in runner.stats.failures.values():
                runner.shrink(failure)
    except KeyboardInterrupt:
        pass
    finally:
        runner.close()
    report(runner, elapsed, seed)
    return 1 if runner.stats.failures else 0


if __name__ == "__main__":
    sys.exit(main())
