"""Score the silver set in two fixed halves: tune on one, check on the other.

A release and all its files (HWPX, PDF, Markdown) fall in the same half, chosen by a hash
of the publisher's id, so the halves never change between runs and never share a release.

    python ../shared/eval/silver.py --cmd .venv/bin/pressparse --save /tmp/silver.jsonl
    python benchmarks/silver_halves.py --records /tmp/silver.jsonl

Pass the same --refs as silver.py got (default: ../shared/corpus/silver/refs.jsonl).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def half(ref: dict) -> str:
    """'tune' or 'check', fixed by the release's id."""
    key = ref.get("source_id") or ref["document"]
    return "tune" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "check"


def scores(refs: list[dict], records: list[str]) -> dict:
    """silver.py's scores of these records against these references (documents named absolutely)."""
    with tempfile.TemporaryDirectory() as tmp:
        ref_file, rec_file = Path(tmp, "refs.jsonl"), Path(tmp, "records.jsonl")
        ref_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in refs), encoding="utf-8")
        rec_file.write_text("".join(records), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "silver.py"), "--refs", str(ref_file),
                              "--records", str(rec_file), "--json"], capture_output=True, text=True, check=True)
    line = next(ln for ln in reversed(out.stdout.splitlines()) if ln.startswith("{"))
    return json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", required=True, help="records saved by silver.py --save, in refs order")
    parser.add_argument("--refs", default=str(SHARED / "corpus" / "silver" / "refs.jsonl"))
    args = parser.parse_args()
    refs = Path(args.refs).read_text(encoding="utf-8").splitlines(keepends=True)
    records = Path(args.records).read_text(encoding="utf-8").splitlines(keepends=True)
    if len(refs) != len(records):
        sys.exit(f"{len(records)} records for {len(refs)} references: save them with silver.py --save")
    folder = Path(args.refs).resolve().parent
    parts: dict[str, tuple[list[dict], list[str]]] = {"tune": ([], []), "check": ([], [])}
    for line, record in zip(refs, records):
        ref = json.loads(line)
        ref["document"] = str(folder / ref["document"])
        refs_part, records_part = parts[half(ref)]
        refs_part.append(ref)
        records_part.append(record)
    results = {name: scores(r, rec) for name, (r, rec) in parts.items()}
    print(f"{'field':<14}{'tune':>8}{'check':>8}   (documents {len(parts['tune'][0])} / {len(parts['check'][0])})")
    for field, by_group in results["tune"]["fields"].items():
        check = results["check"]["fields"].get(field, {}).get("all", float("nan"))
        print(f"{field:<14}{by_group['all']:>8.3f}{check:>8.3f}")
    print(f"{'silver':<14}{results['tune']['silver']:>8.3f}{results['check']['silver']:>8.3f}")


if __name__ == "__main__":
    main()
