"""Rewrite samples/expected/ from the current parser: run after a deliberate change, then review the diff.

    .venv/bin/python tests/update_expected.py && git diff --stat samples/expected
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pressparse  # noqa: E402

SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"
SUFFIXES = {".txt", ".hwpx", ".hwp", ".html", ".pdf"}


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.rglob("*") if p.suffix in SUFFIXES and EXPECTED not in p.parents)


def expected_path(sample: Path) -> Path:
    rel = sample.relative_to(SAMPLES)
    return EXPECTED / rel.parent / (rel.name + ".json")


def record_json(sample: Path) -> str:
    """The record of ``sample`` as checked in: the path relative to samples/, indented JSON."""
    record = pressparse.parse(sample.read_bytes(), path=sample.relative_to(SAMPLES).as_posix())
    return record.to_json(indent=1) + "\n"


if __name__ == "__main__":
    for sample in sample_files():
        out = expected_path(sample)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(record_json(sample), encoding="utf-8")
        print(out.relative_to(ROOT))
