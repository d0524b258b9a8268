"""Suspect items in the records of real releases: what a reader would call a mistake.

Runs over records saved from the silver set (or parses its documents) and prints per field:
- schedule rows whose content is a number, a duration, a clock time or empty;
- quotes with no speaker;
- glosses whose term or gloss is a person, a position, a number or a place.

    python ../shared/eval/silver.py --cmd .venv/bin/pressparse --save /tmp/silver.jsonl
    python benchmarks/silver_suspects.py --records /tmp/silver.jsonl [--sample 30] [--seed 1]

``--sample N`` also lists N random items of each field (suspect or not) for review by eye.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pressparse.korean.header_words import POSITION_SET  # noqa: E402
from pressparse.korean.names import looks_like_name  # noqa: E402
from pressparse.korean.organisations import REGIONS, is_organisation  # noqa: E402
from pressparse.korean.speakers import TITLE_SUFFIXES  # noqa: E402

SILVER = ROOT.parent / "shared" / "corpus" / "silver"
#: a cell that holds no content: a number, a duration (`20'`, `(20분)`, `‘15`), a clock time or a range
NOT_CONTENT = re.compile(r"^[\s(（\[]*[`'‘’″\"]?\d[\d\s:~∼〜\-–'’″\"분시간()（）.]*$|^\s*$")
NUMBER = re.compile(r"^[\d\s,.%~\-–]+$")
#: what a place is written as in a gloss: a region, or a name ending as a town or a district does
#: a three-syllable name whose given name is two common name syllables is likely a person
NAME_ONLY = re.compile(r"^.[가-힣](?:희|수|숙|영|진|호|민|준|현|정|철|식|자|훈|석|은|경|미|선|혜|연|주|우|환|규|성)$")
PLACE = re.compile(r"^[가-힣]{1,3}(?:리|면|읍|동)$")


def schedule_suspects(record: dict) -> tuple[list, list]:
    rows = [(t.get("caption"), r) for t in record.get("tables") or [] if t.get("kind") == "schedule"
            for r in t.get("rows") or []]
    return rows, [(c, r) for c, r in rows if NOT_CONTENT.match(r.get("content") or "")]


def quote_suspects(record: dict) -> tuple[list, list]:
    quotes = record.get("quotes") or []
    return quotes, [q for q in quotes if not (q.get("speaker") or {}).get("name")
                    and not (q.get("speaker") or {}).get("position")
                    and not (q.get("speaker") or {}).get("organization")]


def odd_gloss_side(text: str) -> str | None:
    text = (text or "").strip()
    if NUMBER.match(text):
        return "number"
    if text in POSITION_SET or any(text.endswith(" " + p) for p in POSITION_SET):
        return "position"
    if text in REGIONS or PLACE.match(text) or (text.endswith(("시", "군")) and is_organisation(text)):
        return "place"
    words = text.split()
    if len(words) == 2 and looks_like_name(words[1]) and (words[0] in TITLE_SUFFIXES or words[0].endswith("장")):
        return "person"
    if len(words) == 1 and len(text) == 3 and looks_like_name(text) and NAME_ONLY.match(text):
        return "person?"
    return None


def gloss_suspects(record: dict) -> tuple[list, list]:
    glosses = record.get("glosses") or []
    return glosses, [g for g in glosses if odd_gloss_side(g.get("term")) or odd_gloss_side(g.get("gloss"))]


FIELDS = {"schedule": schedule_suspects, "quotes": quote_suspects, "glosses": gloss_suspects}


def show(field: str, item) -> str:
    if field == "schedule":
        caption, row = item
        return f"[{caption}] {row.get('start')}–{row.get('end')} | {row.get('content')!r} | cells={row.get('cells')}"
    if field == "quotes":
        sp = item.get("speaker") or {}
        return f"{sp.get('organization')}/{sp.get('position')}/{sp.get('name')} ← “{item.get('text', '')[:70]}”"
    return f"{item.get('term')!r} ({item.get('gloss')!r}) {item.get('kind')}{' reversed' if item.get('reversed') else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", help="records saved by silver.py --save (else the documents are parsed)")
    parser.add_argument("--sample", type=int, default=0, help="list this many random items of each field")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--all", action="store_true", help="list every suspect item")
    args = parser.parse_args()
    if args.records:
        records = [json.loads(line) for line in Path(args.records).read_text(encoding="utf-8").splitlines() if line]
    else:
        from pressparse import parse_file
        records = [json.loads(parse_file(p).to_json()) for p in sorted((SILVER / "docs").iterdir())]
    rng = random.Random(args.seed)
    print(f"{len(records)} records")
    for field, finder in FIELDS.items():
        items, suspects = [], []
        for record in records:
            found, odd = finder(record)
            name = Path((record.get("source") or {}).get("path") or "?").name
            items += [(name, x) for x in found]
            suspects += [(name, x) for x in odd]
        print(f"\n== {field}: {len(suspects)} suspect of {len(items)}")
        for name, item in suspects if args.all else suspects[:10]:
            print(f"  {name}: {show(field, item)}")
        if args.sample:
            print(f"  -- {min(args.sample, len(items))} random items")
            for name, item in rng.sample(items, min(args.sample, len(items))):
                print(f"  {name}: {show(field, item)}")


if __name__ == "__main__":
    main()
