"""Do the HWPX (or HWP) and the PDF of the same release give the same record?

    .venv/bin/python benchmarks/cross_format.py                       # the silver set beside the project
    .venv/bin/python benchmarks/cross_format.py --refs PATH/refs.jsonl --show
    .venv/bin/python benchmarks/cross_format.py --strict --show       # more of the record

For every release of the silver set that comes both as HWPX/HWP and as PDF (`gp_<id>.hwpx` and
`gp_<id>.pdf`), both are parsed and compared on the title (letters and digits only), the date of
the release time, and the set of contact names. Prints the share of releases that agree on each
field and on all three (the goal is 95 % or more), and with --show the releases that disagree.
--strict also compares the release and distribution instants, the edition, every contact's
role, position, name and phone digits, the departments (ministry and name) and the subtitles
(letters and digits only); `all` then covers every field.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pressparse  # noqa: E402

DEFAULT_REFS = ROOT.parent / "shared" / "corpus" / "silver" / "refs.jsonl"
ORIGINALS = (".hwpx", ".hwp")


def key(text: str | None) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "").casefold() if ch.isalnum())


FIELDS = ("title", "date", "contacts")
STRICT_FIELDS = ("release", "distribution", "edition", "people", "departments", "subtitles")


def facts(path: Path, strict: bool = False) -> dict:
    record = pressparse.parse_file(path, quotes=False, glosses=False)
    header = record.header
    names = {c.name for d in header.departments for c in d.contacts if c.name}
    out = {"title": key(record.title), "date": (header.release_time or "")[:10], "contacts": sorted(names)}
    if strict:
        out.update({
            "release": header.release_time, "distribution": header.distribution_time,
            "edition": header.release_edition,
            "people": sorted((c.role or "", c.position or "", c.name or "", "".join(ch for ch in c.phone or "" if ch.isdigit()))
                             for d in header.departments for c in d.contacts),
            "departments": sorted((d.ministry or "", " ".join((d.name or "").split())) for d in header.departments),
            "subtitles": [key(s) for s in record.subtitles],
        })
    return out


def pairs(refs: Path) -> list[tuple[Path, Path]]:
    folder = refs.parent
    docs = {folder / json.loads(line)["document"] for line in refs.read_text(encoding="utf-8").splitlines() if line.strip()}
    found = []
    for pdf in sorted(p for p in docs if p.suffix == ".pdf"):
        original = next((pdf.with_suffix(s) for s in ORIGINALS if pdf.with_suffix(s) in docs), None)
        if original is not None:
            found.append((original, pdf))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--refs", type=Path, default=DEFAULT_REFS)
    ap.add_argument("--show", action="store_true", help="list the releases that disagree")
    ap.add_argument("--strict", action="store_true", help="compare more of the record (see above)")
    args = ap.parse_args()
    fields = FIELDS + (STRICT_FIELDS if args.strict else ())
    found = pairs(args.refs)
    if not found:
        print(f"no HWPX/PDF pairs under {args.refs.parent}", file=sys.stderr)
        return 1
    agree = {**{field: 0 for field in fields}, "all": 0}
    for original, pdf in found:
        a, b = facts(original, args.strict), facts(pdf, args.strict)
        same = {field: a[field] == b[field] for field in fields}
        for field, ok in same.items():
            agree[field] += ok
        agree["all"] += all(same.values())
        if args.show and not all(same.values()):
            print(f"{original.stem}: " + "; ".join(f"{f}: {a[f]!r} | {b[f]!r}" for f, ok in same.items() if not ok))
    n = len(found)
    print(f"{n} releases as HWPX/HWP and PDF")
    for field, count in agree.items():
        print(f"  {field:12} {count / n:.3f}  ({count}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
