"""Loanword glosses with and without the loanword lexicon: does the list decide alone?

The classifier reads two signals (korean/loanwords.py): a lexicon of loanwords common in
government writing, and the syllables transliteration uses. This runs the shared gold's
glosses twice, the second time with the lexicon emptied, and prints precision, recall and
F1 of each (the contract's rule: the glosses are equal and one term ends with the other;
only kind `loanword` counts), plus how many loanword glosses the silver documents yield.

    python benchmarks/gloss_lexicon.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pressparse import parse_file  # noqa: E402
from pressparse.korean import loanwords  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def pairs(glosses) -> set[tuple[str, str]]:
    """Distinct (term, gloss) of loanword glosses (gold labels name only loanword glosses)."""
    return {("".join(g["term"].split()), "".join(g["gloss"].split())) for g in glosses
            if g.get("kind", "loanword") == "loanword"}


def matched(found: set, gold: set) -> int:
    return sum(1 for t, g in gold if any(g == fg and (t.endswith(ft) or ft.endswith(t)) for ft, fg in found))


def run() -> tuple[float, float, float, int]:
    tp = n_found = n_gold = 0
    for gold_file in sorted(CORPUS.glob("*/gold/*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if "glosses" not in gold:
            continue
        record = json.loads(parse_file(gold_file.parent.parent / gold["document"], quotes=False).to_json())
        want, got = pairs(gold["glosses"]), pairs(record["glosses"])
        tp += matched(got, want)
        n_found, n_gold = n_found + len(got), n_gold + len(want)
    silver = sum(len(pairs(json.loads(parse_file(p, quotes=False).to_json())["glosses"]))
                 for p in sorted((CORPUS / "silver" / "docs").iterdir()))
    precision = tp / n_found if n_found else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, silver


def main() -> None:
    print(f"{'lexicon':<10}{'precision':>10}{'recall':>8}{'F1':>7}{'silver loanword pairs':>24}")
    for name, words in (("on", loanwords.COMMON_LOANWORDS), ("off", frozenset())):
        with mock.patch.object(loanwords, "COMMON_LOANWORDS", words):
            p, r, f, silver = run()
        print(f"{name:<10}{p:>10.3f}{r:>8.3f}{f:>7.3f}{silver:>24}")


if __name__ == "__main__":
    main()
