"""Golden records: every bundled sample parses to its checked-in record, field for field.

The expected records were checked against the hand-made gold labels (tests/test_gold_header.py
and the scorer); after a deliberate change, regenerate them with tests/update_expected.py and
review the diff.
"""
from __future__ import annotations

import json

import pytest

from update_expected import expected_path, record_json, sample_files

SAMPLES = sample_files()


def flatten(value, path=""):
    """{"a": {"b": 1}} → {"a.b": 1}, lists indexed, so a failure names the field that moved."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            out.update(flatten(v, f"{path}.{k}" if path else k))
        return out
    if isinstance(value, list):
        out = {f"{path}[]": len(value)}
        for i, v in enumerate(value):
            out.update(flatten(v, f"{path}[{i}]"))
        return out
    return {path: value}


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_matches_its_expected_record(sample):
    expected = flatten(json.loads(expected_path(sample).read_text(encoding="utf-8")))
    got = flatten(json.loads(record_json(sample)))
    changed = {k: (expected.get(k), got.get(k)) for k in expected.keys() | got.keys() if expected.get(k) != got.get(k)}
    assert not changed, f"{len(changed)} field(s) differ, e.g. {sorted(changed.items())[:5]}"
