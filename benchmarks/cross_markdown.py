"""Do the HWPX (or HWP) of a release and each converter's Markdown of it give the same record?

    .venv/bin/python benchmarks/cross_markdown.py            # ../shared/corpus/silver-md beside the project
    .venv/bin/python benchmarks/cross_markdown.py --show     # and the releases that disagree

For every Markdown file of the silver-md set (`gp_<id>.<converter>.md`) whose release is in the
silver set as HWPX or HWP (`../silver/docs/gp_<id>.hwpx`), both are parsed and compared on the
title (letters and digits only), the issuer (the header's, else a department's ministry), the
date (the records share a date of release, distribution or posting) and the set of contact names.
Prints the share of releases that agree on each field and on all four, per converter (the goal
is 95 % or more).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pressparse  # noqa: E402
from cross_format import key  # noqa: E402

DEFAULT_REFS = ROOT.parent / "shared" / "corpus" / "silver-md" / "refs.jsonl"
ORIGINALS = (".hwpx", ".hwp")
FIELDS = ("title", "issuer", "date", "contacts")


def facts(path: Path) -> dict:
    record = pressparse.parse_file(path, quotes=False, glosses=False)
    h = record.header
    names = {c.name for d in h.departments for c in d.contacts if c.name}
    issuer = h.issuer or next((d.ministry for d in h.departments if d.ministry), None)
    dates = {t[:10] for t in (h.release_time, h.distribution_time, h.published_time) if t}
    return {"title": key(record.title), "issuer": issuer, "dates": dates, "contacts": sorted(names)}


def same(a: dict, b: dict) -> dict[str, bool]:
    return {"title": a["title"] == b["title"], "issuer": a["issuer"] == b["issuer"],
            "date": bool(a["dates"] & b["dates"]), "contacts": a["contacts"] == b["contacts"]}


def shown(facts_: dict, field: str):
    return sorted(facts_["dates"]) if field == "date" else facts_[field]


def pairs(refs: Path) -> list[tuple[Path, Path, str]]:
    """(original, Markdown file, converter) for each Markdown file whose original is there."""
    originals = refs.parent.parent / "silver" / "docs"
    found = []
    for line in refs.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ref = json.loads(line)
        md = refs.parent / ref["document"]
        release = md.name.split(".")[0]
        original = next((originals / (release + s) for s in ORIGINALS if (originals / (release + s)).exists()), None)
        if original is not None:
            found.append((original, md, ref.get("variant") or md.name.split(".")[1]))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--refs", type=Path, default=DEFAULT_REFS)
    ap.add_argument("--show", action="store_true", help="list the releases that disagree")
    args = ap.parse_args()
    found = pairs(args.refs)
    if not found:
        print(f"no Markdown/HWPX pairs beside {args.refs}", file=sys.stderr)
        return 1
    cache: dict[Path, dict] = {}
    agree: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for original, md, converter in found:
        if original not in cache:
            cache[original] = facts(original)
        a = cache[original]
        b = facts(md)
        ok = same(a, b)
        for column in (converter, "all"):
            agree[column]["n"] += 1
            agree[column]["all four"] += all(ok.values())
            for field in FIELDS:
                agree[column][field] += ok[field]
        if args.show and not all(ok.values()):
            print(f"{md.name}: " + "; ".join(f"{f}: {shown(a, f)!r} | {shown(b, f)!r}" for f, good in ok.items() if not good))
    columns = sorted(c for c in agree if c != "all") + ["all"]
    print(f"{'agree on':10}" + "".join(f"{c:>16}" for c in columns))
    for field in (*FIELDS, "all four"):
        print(f"{field:10}" + "".join(f"{agree[c][field] / agree[c]['n']:>10.3f} {agree[c][field]:>2}/{agree[c]['n']:<2}"
                                      for c in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
