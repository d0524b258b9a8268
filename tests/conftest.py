"""Shared fixtures: the bundled samples and their hand-made gold labels."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).resolve().parent / "gold"


def sample(name: str) -> Path:
    """The bundled sample whose file name starts with ``name`` (`000`, `fss_1`)."""
    matches = sorted(SAMPLES.glob(f"*/{name}*"))
    assert matches, f"no sample named {name}"
    return matches[0]


def gold_cases() -> list[tuple[str, Path, dict]]:
    """(name, document, gold label) for every gold file copied from the shared corpus."""
    cases = []
    for path in sorted(GOLD.glob("*/*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        doc = SAMPLES / path.parent.name / Path(label["document"]).name
        cases.append((f"{path.parent.name}/{path.stem}", doc, label))
    return cases


_cache: dict[tuple[Path, bool], pressparse.Release] = {}


def parsed(path: Path, *, full: bool = False) -> pressparse.Release:
    """The record of a sample, parsed once per test session (``full`` runs quotes and glosses too)."""
    key = (path, full)
    if key not in _cache:
        _cache[key] = pressparse.parse_file(path, quotes=full, glosses=full)
    return _cache[key]


@pytest.fixture
def tmp_docs(tmp_path: Path) -> Path:
    return tmp_path
