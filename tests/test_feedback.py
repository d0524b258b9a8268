"""What a person sees: logging levels, the progress bar, skipped files, stdin, a record's repr."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, parsed, sample
from pressparse.cli import main

FAST = ["--no-quotes", "--no-glosses"]


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(sample("000").read_bytes())
    (folder / "b.docx").write_bytes(b"PK\3\4")
    (folder / "c.xlsx").write_bytes(b"PK\3\4")
    (folder / ".hidden.txt").write_text("x")
    return folder


def test_convert_counts_skipped_files_with_reasons(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["convert", str(folder), "-o", str(tmp_path / "o.jsonl"), *FAST]) == 0
    err = capsys.readouterr().err
    assert "1 document(s)" in err
    assert "3 file(s) skipped: 2 not a document type" in err and "1 hidden" in err


def test_verbose_names_each_skipped_file_and_quiet_says_nothing(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["convert", str(folder), "-o", str(tmp_path / "o.jsonl"), "-v", *FAST]) == 0
    assert "skipped " + str(folder / "b.docx") + ": not a document type (.docx)" in capsys.readouterr().err
    assert main(["convert", str(folder), "-o", str(tmp_path / "o.jsonl"), "-q", *FAST]) == 0
    assert capsys.readouterr().err == ""


def test_progress_bar_on_request_and_not_when_stderr_is_no_terminal(tmp_path, capsys):
    args = ["convert", str(sample("000")), "-o", str(tmp_path / "o.jsonl"), *FAST]
    assert main([*args, "--progress"]) == 0
    assert "doc" in capsys.readouterr().err.split("pressparse:")[0]  # tqdm's "1doc [00:00, …]"
    assert main(args) == 0
    assert capsys.readouterr().err.startswith("pressparse: 1 document(s)")


def test_parse_dash_reads_standard_input():
    data = sample("000").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "pressparse.cli", "parse", "-", *FAST], input=data,
                          capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["source"]["path"] is None
    assert record["header"]["release_time"] == "2023-01-30T10:00:00+09:00"


def test_a_record_shows_a_short_repr_and_an_html_view():
    record = parsed(sample("000"))
    text = repr(record)
    assert text.startswith("Release(title='중소벤처기업부, ‘핵심 임무(미션)제’를 산하 공공기관까")
    assert "3 contacts" in text and len(text) < 300
    html = record._repr_html_()
    assert "<b>중소벤처기업부, ‘핵심 임무(미션)제’를" in html and "중소벤처기업부" in html and "3 contacts" in html
