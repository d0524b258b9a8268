"""pressparse.convert: the command line's batch as a Python generator."""
from __future__ import annotations

import json

import pytest

import pressparse
from conftest import SAMPLES
from pressparse.cli import main

FAST = {"quotes": False, "glosses": False}


def test_convert_yields_what_the_command_line_writes_in_input_order(tmp_path):
    paths = [str(SAMPLES / "seeds"), str(SAMPLES / "html")]
    out = tmp_path / "out.jsonl"
    assert main(["convert", *paths, "-o", str(out), "-q", "--no-quotes", "--no-glosses", "--jobs", "2"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    records = list(pressparse.convert(paths, jobs=2, **FAST))
    assert [r.to_json() for r in records] == lines
    assert list(pressparse.convert(paths, jobs=0, **FAST)) == records  # in this process


def test_convert_resumes_from_a_json_lines_file(tmp_path):
    paths = [str(SAMPLES / "seeds")]
    first = list(pressparse.convert(paths, **FAST))
    done = tmp_path / "done.jsonl"
    done.write_text("".join(r.to_json() + "\n" for r in first[:2]) + '{"cut short', encoding="utf-8")
    rest = list(pressparse.convert(paths, resume=done, **FAST))
    assert rest == first[2:]


def test_convert_raises_at_once_on_a_missing_path_and_gives_bad_inputs_a_record(tmp_path):
    with pytest.raises(pressparse.InputError, match="no such file or folder"):
        pressparse.convert([tmp_path / "missing"])
    (tmp_path / "empty.txt").write_bytes(b"")
    [record] = pressparse.convert([tmp_path], **FAST)
    assert record.errors == ["empty input: the document has no text"]
    assert json.loads(record.to_json())["source"]["path"].endswith("empty.txt")


def test_large_documents_queued_on_one_worker_never_block_the_pipes(tmp_path):
    seed = (SAMPLES / "seeds" / "000_fe458012feba4043.txt").read_text(encoding="utf-8")
    for name in "abcd":  # each input and each record far past a pipe's buffer
        (tmp_path / f"{name}.txt").write_text(seed * 60, encoding="utf-8")
    records = list(pressparse.convert([tmp_path], jobs=1, **FAST))
    assert [r.source.path[-5:] for r in records] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert all(not r.errors and len(r.text) > 100_000 for r in records)
