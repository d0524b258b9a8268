"""The command line as other tools call it: parse, convert, schema."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, sample
from pressparse.cli import main, schema_json


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pressparse.cli", *args], capture_output=True, text=True, cwd=ROOT)


def test_parse_prints_one_json_object(capsys):
    assert main(["parse", str(sample("000")), "--no-quotes", "--no-glosses"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["schema_version"] == "1.1"
    assert record["header"]["release_time"] == "2023-01-30T10:00:00+09:00"


def test_parse_pretty_is_indented(capsys):
    main(["parse", str(sample("fss_2")), "--pretty", "--no-quotes", "--no-glosses"])
    assert capsys.readouterr().out.startswith('{\n  "schema_version"')


def test_parse_missing_file_exits_1_with_a_message():
    proc = run("parse", "no/such/file.txt")
    assert proc.returncode == 1
    assert "no such file: no/such/file.txt" in proc.stderr
    assert proc.stdout == ""


def test_convert_writes_one_line_per_document_in_input_order(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    first, folder = sample("fss_5"), SAMPLES / "seeds"
    assert main(["convert", str(first), str(folder), "-o", str(out), "--no-quotes", "--no-glosses"]) == 0
    paths = [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert paths == [str(first)] + sorted(str(p) for p in folder.glob("*.txt"))


def test_convert_keeps_a_line_for_bad_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample("000"), folder / "a.txt")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    locked = folder / "d.txt"
    locked.write_text("보도자료", encoding="utf-8")
    locked.chmod(0)
    (folder / "e.txt").symlink_to(tmp_path / "gone.txt")  # a dangling link: unreadable for anyone
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(folder), "-o", str(out), "-q", "--no-quotes", "--no-glosses"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    assert records[0]["errors"] == []
    assert records[1]["errors"] == ["empty input: the document has no text"]
    assert records[2]["errors"] == ["unsupported input: a PNG image"]
    if os.geteuid() != 0:  # root reads files whatever their mode
        assert records[3]["errors"][0].startswith("read: cannot read file")
    assert records[4]["errors"] == ["read: cannot read file: No such file or directory"]


def test_convert_missing_input_exits_1():
    proc = run("convert", "no/such/folder", "-o", os.devnull)
    assert proc.returncode == 1
    assert "no such file or folder: no/such/folder" in proc.stderr


def test_convert_unwritable_output_exits_1(tmp_path):
    proc = run("convert", str(sample("fss_1")), "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert proc.returncode == 1
    assert "cannot write" in proc.stderr


def test_schema_command_matches_the_checked_in_schema():
    checked_in = (ROOT / "schemas" / "release.schema.json").read_text(encoding="utf-8")
    assert checked_in.strip() == schema_json().strip(), "run: pressparse schema > schemas/release.schema.json"


def test_schema_describes_the_contract_fields():
    schema = json.loads(schema_json())
    fields = set(schema["properties"])
    assert {"schema_version", "source", "kind", "text", "header", "title", "subtitles", "body", "quotes",
            "tables", "overview", "glosses", "abbreviations", "normalized_text", "warnings", "errors"} <= fields


@pytest.mark.parametrize("flag", ["--help"])
def test_help_lists_the_commands(flag):
    proc = run(flag)
    assert proc.returncode == 0
    for command in ("parse", "convert", "schema"):
        assert command in proc.stdout


def test_convert_reads_zip_archives_member_by_member(tmp_path):
    import zipfile

    archive = tmp_path / "releases.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(sample("fss_2"), "b/fss_2.txt")
        z.write(sample("000"), "a/000.txt")
        z.writestr("a/notes.bin", b"\0\1")  # not a document ending: left out
        z.writestr("c/empty.txt", b"")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(archive), "-o", str(out), "-q", "--no-quotes", "--no-glosses"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in records] == [f"{archive}!a/000.txt", f"{archive}!b/fss_2.txt", f"{archive}!c/empty.txt"]
    assert records[0]["header"]["release_time"] == "2023-01-30T10:00:00+09:00"
    assert records[2]["errors"] == ["empty input: the document has no text"]


def test_convert_broken_archive_gets_an_error_line(tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(broken), "-o", str(out), "-q"]) == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["errors"][0].startswith("read: cannot open archive")


def test_glossary_lists_term_gloss_pairs_with_counts(tmp_path):
    out = tmp_path / "glossary.json"
    assert main(["glossary", str(SAMPLES / "seeds"), "--format", "json", "-o", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    pairs = {(r["term"], r["gloss"]): r for r in rows}
    assert pairs[("핵심 임무", "미션")]["count"] == 12
    assert pairs[("공동연수", "워크숍")]["kind"] == "loanword"
    assert ("투자유치", "피칭") in pairs


def test_normalize_option_of_the_command_line(capsys):
    main(["parse", str(sample("000")), "--no-quotes", "--normalize", "loanword"])
    normalized = json.loads(capsys.readouterr().out)["normalized_text"]
    assert "성과관리기법인 미션제를 도입하고" in normalized and "(미션)" not in normalized
    main(["parse", str(sample("000")), "--no-quotes", "--normalize", "none", "--no-text"])
    record = json.loads(capsys.readouterr().out)
    assert (record["normalized_text"], record["text"]) == (None, "")


def test_parallel_convert_writes_the_same_lines_in_the_same_order(tmp_path):
    seq, par = tmp_path / "seq.jsonl", tmp_path / "par.jsonl"
    common = [str(SAMPLES / "seeds"), str(SAMPLES / "dev"), "-q", "--no-quotes", "--no-glosses"]
    assert main(["convert", *common, "-o", str(seq)]) == 0
    assert main(["convert", *common, "-o", str(par), "--jobs", "2"]) == 0
    assert par.read_bytes() == seq.read_bytes()


def test_resume_keeps_finished_records_and_completes_the_rest(tmp_path):
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    common = [str(SAMPLES / "dev"), "-q", "--no-quotes", "--no-glosses"]
    assert main(["convert", *common, "-o", str(full)]) == 0
    data = full.read_bytes()
    cut = data.index(b"\n", len(data) // 2) + 40  # a crash in the middle of a record
    partial.write_bytes(data[:cut])
    assert main(["convert", *common, "-o", str(partial), "--resume"]) == 0
    assert partial.read_bytes() == data


def test_the_command_line_starts_without_the_parsers():
    """`convert` starts its workers' server before it imports the parsers (they load there, on the
    other core, with Kiwi): importing the command line or the package loads neither; a name of
    the package still gives the parser on first use."""
    code = ("import sys, pressparse.cli, pressparse; "
            "assert not any(m in sys.modules for m in ('pressparse.pipeline', 'pressparse.models', "
            "'pressparse.readers', 'kiwipiepy', 'pydantic')), sorted(m for m in sys.modules if 'press' in m); "
            "print(pressparse.parse('보도자료\\n\\n새 제도 시행').title)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "새 제도 시행"
