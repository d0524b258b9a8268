"""Do the HWPX (or HWP) of a release and each converter's Markdown of it give the same record?

    .venv/bin/python benchmarks/cross_markdown.py            # ../shared/corpus/silver-md beside the project
    .venv/bin/python benchmarks/cross_markdown.py --show     # and the releases that disagree
    .venv/bin/python benchmarks/cross_markdown.py --half tune   # one half of the releases (see silver_halves.py)

For every Markdown file of the silver-md set (`gp_<id>.<converter>.md`) whose release is in the
silver set as HWPX or HWP (`../silver/docs/gp_<id>.hwpx`), both are parsed and compared on:
- the title, on letters and digits only, a leading tag (`(참고)`, `[보도자료]`) dropped from both,
  as silver.py compares titles (a board title carries such tags, the document's title does not);
- the issuer (the header's, else a department's ministry);
- the date (the records share a date of release, distribution or posting);
- the contacts, as the set of (name, phone digits).

A record can only agree with what its Markdown holds. Where the two disagree, the HWPX record's
value is looked for in the Markdown's own text (letters and digits of the title; the issuer;
the date in the opening lines as `2026. 4. 10.`, `2026년 4월 10일`, `04/10/2026` or
`2026-04-10`): when it is not there, the converter lost it (a dropped header, a board title in
place of the document's) and the disagreement is counted as *lost*, apart from the reader's own
misses. Contacts are lost when the Markdown record gives exactly the original's contacts as far
as the Markdown writes them (a name it writes, with the phone whose digits follow the name
closely, else none: a dropped contact block, phones left out). Prints, per converter, the share
of releases that agree on each field and on all four, and the share among the pairs whose
Markdown carries the HWPX's value (the goal is 95 % or more); --show lists each disagreement
marked `lost` or `miss`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pressparse  # noqa: E402
from cross_format import key  # noqa: E402
from silver_halves import half  # noqa: E402

DEFAULT_REFS = ROOT.parent / "shared" / "corpus" / "silver-md" / "refs.jsonl"
ORIGINALS = (".hwpx", ".hwp")
FIELDS = ("title", "issuer", "date", "contacts")
#: a leading tag of a title, as silver.py drops it from a board title
#: how many opening lines of the Markdown a release date is looked for in, and how close after a
#: contact's name (white space and brackets removed) the phone is looked for
OPENING_LINES, NEAR = 20, 60
LEAD_TAG = re.compile(r"^\s*(?:\[[^\]]{1,20}\]|\([^)]{1,20}\)|【[^】]{1,20}】|<[^>]{1,20}>)\s*")


def squeeze(text: str | None) -> str:
    return "".join((text or "").split())


def digits(text: str | None) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


def facts(path: Path) -> dict:
    record = pressparse.parse_file(path, quotes=False, glosses=False)
    h = record.header
    people = {(squeeze(c.name), digits(c.phone)) for d in h.departments for c in d.contacts if c.name}
    issuer = h.issuer or next((d.ministry for d in h.departments if d.ministry), None)
    dates = {t[:10] for t in (h.release_time, h.distribution_time, h.published_time) if t}
    return {"title": key(LEAD_TAG.sub("", record.title or "", count=1)), "issuer": squeeze(issuer) or None,
            "dates": dates, "contacts": sorted(people)}


def same(a: dict, b: dict) -> dict[str, bool]:
    return {"title": a["title"] == b["title"], "issuer": a["issuer"] == b["issuer"],
            "date": bool(a["dates"] & b["dates"]), "contacts": a["contacts"] == b["contacts"]}


def date_forms(iso: str) -> list[str]:
    """How a date may be written in a release (white space removed)."""
    y, m, d = iso.split("-")
    m1, d1 = str(int(m)), str(int(d))
    return [f"{y}.{m1}.{d1}.", f"{y}.{m}.{d}", f"{y}년{m1}월{d1}일", f"{m}/{d}/{y}", iso]


def carried(field: str, original: dict, text: str) -> bool:
    """Whether the Markdown's ``text`` holds the original record's value of ``field``: the title
    and the issuer anywhere, a date in the opening lines (where a header stands; a date in the
    body is no release date), each contact's name with its phone digits close after it."""
    flat = squeeze(text)
    if field == "title":
        return bool(original["title"]) and original["title"] in key(text)
    if field == "issuer":
        return bool(original["issuer"]) and original["issuer"] in flat
    if field == "date":
        opening = squeeze(" ".join([ln for ln in text.splitlines() if ln.strip()][:OPENING_LINES]))
        return any(form in opening for iso in original["dates"] for form in date_forms(iso))
    return carried_contacts(original, text) == original["contacts"]


def carried_contacts(original: dict, text: str) -> list[tuple[str, str]]:
    """The original's contacts as far as the Markdown's ``text`` holds them: those whose name it
    writes, each with its phone where the phone's digits follow the name closely, else none."""
    plain = re.sub(r"[\s().\-~*]", "", text)  # a masked number (010-5***-6076) keeps its digits
    out = []
    for name, phone in original["contacts"]:
        at = _finds(plain, name)
        if at:
            out.append((name, phone if any(phone in plain[k:k + NEAR] for k in at) else ""))
    return sorted(out)


def _finds(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def shown(facts_: dict, field: str):
    return sorted(facts_["dates"]) if field == "date" else facts_[field]


def pairs(refs: Path) -> list[tuple[Path, Path, str, str]]:
    """(original, Markdown file, converter, half) for each Markdown file whose original is there."""
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
            found.append((original, md, ref.get("variant") or md.name.split(".")[1], half(ref)))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--refs", type=Path, default=DEFAULT_REFS)
    ap.add_argument("--show", action="store_true", help="list the releases that disagree")
    ap.add_argument("--half", choices=("tune", "check"), help="only the releases of this half")
    args = ap.parse_args()
    found = [p for p in pairs(args.refs) if args.half in (None, p[3])]
    if not found:
        print(f"no Markdown/HWPX pairs beside {args.refs}", file=sys.stderr)
        return 1
    cache: dict[Path, dict] = {}
    agree: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for original, md, converter, _ in found:
        if original not in cache:
            cache[original] = facts(original)
        a = cache[original]
        b = facts(md)
        ok = same(a, b)
        text = md.read_text(encoding="utf-8", errors="replace")
        lost = {f: not good and not carried(f, a, text) for f, good in ok.items()}
        # contacts: lost when the record gives exactly what the Markdown holds of the original's
        lost["contacts"] = not ok["contacts"] and carried_contacts(a, text) == b["contacts"]
        for column in (converter, "all"):
            counts = agree[column]
            counts["n"] += 1
            counts["all four"] += all(ok.values())
            counts["all four lost"] += not all(ok.values()) and all(good or lost[f] for f, good in ok.items())
            for field in FIELDS:
                counts[field] += ok[field]
                counts[field + " lost"] += lost[field]
        if args.show and not all(ok.values()):
            print(f"{md.name}: " + "; ".join(f"{'lost' if lost[f] else 'miss'} {f}: {shown(a, f)!r} | {shown(b, f)!r}"
                                              for f, good in ok.items() if not good))
    columns = sorted(c for c in agree if c != "all") + ["all"]
    print(f"{'agree on':10}" + "".join(f"{c:>16}" for c in columns) + "   (the share; where the Markdown carries it)")
    for field in (*FIELDS, "all four"):
        cells = []
        for c in columns:
            n, good, lost = agree[c]["n"], agree[c][field], agree[c][field + " lost"]
            cells.append(f"{good / n:>6.3f} {good / max(n - lost, 1):.3f}")
        print(f"{field:10}" + "".join(f"{cell:>16}" for cell in cells))
    print(f"{'pairs':10}" + "".join(f"{agree[c]['n']:>16}" for c in columns))
    print(f"{'lost':10}" + "".join(f"{agree[c]['all four lost']:>16}" for c in columns)
          + "   (pairs whose only disagreements are values the Markdown does not hold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
