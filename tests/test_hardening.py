"""Hostile inputs and an archivist's batch: every input yields one record with a clear reason,
in bounded time and memory, and nothing stops the batch."""
from __future__ import annotations

import json
import os
import threading
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import pressparse
from conftest import ROOT, SAMPLES, sample
from pressparse.cli import main
from pressparse.options import MB, Options
from ziptools import UTF8_FLAG, Member, build, hwpx

SEED = sample("000").read_text(encoding="utf-8")
RELEASE_TIME = "2023-01-30T10:00:00+09:00"
FAST = ["--no-quotes", "--no-glosses"]


#: the peak resident memory of this process in MB (VmHWM: ru_maxrss would carry the forking parent's peak)
PEAK_RSS = ("def peak_mb():\n"
            "    for line in open('/proc/self/status'):\n"
            "        if line.startswith('VmHWM:'):\n"
            "            return int(line.split()[1]) / 1024\n"
            "    import resource\n"
            "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n")


def isolated(code: str) -> dict:
    """Run ``code`` (which sets ``result``) in a fresh interpreter: its result, CPU seconds and peak RSS in MB."""
    wrapper = (f"import json, time\n{PEAK_RSS}start = time.process_time()\n{code}\n"
               "print(json.dumps({'result': result, 'cpu': time.process_time() - start, 'rss_mb': peak_mb()}))")
    proc = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- bounded work ---------------------------------------------------------------------------

def test_a_zip_bomb_that_lies_about_its_size_costs_little_memory(tmp_path):
    bomb = tmp_path / "bomb.hwpx"
    bomb.write_bytes(hwpx([["보도자료"]], [Member(b"Contents/section1.xml", zeros=256 * MB, claimed=1000)]))
    out = isolated(f"import pressparse\nresult = pressparse.parse_file({str(bomb)!r}).errors")
    assert out["result"] and out["result"][0].startswith("unreadable HWPX")
    assert out["rss_mb"] < 400


def test_an_archive_member_past_max_bytes_is_stopped_in_chunks(tmp_path):
    archive = tmp_path / "a.zip"
    archive.write_bytes(build([Member(b"big.txt", zeros=64 * MB, claimed=1000),
                               Member(b"honest.txt", zeros=64 * MB)]))
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(archive), "-o", str(out), "-q", "--max-mb", "16", *FAST]) == 0
    big, honest = lines_of(out)
    assert big["errors"][0].startswith("read: cannot read archive member: BadZipFile")  # the lie is caught by the CRC
    assert honest["errors"] == ["input too large: the archive member honest.txt is larger than the limit of 16 MB (max_bytes)"]


def test_hwpx_sections_past_max_bytes_keep_what_was_read(tmp_path):
    paragraph = "가나다라마바사 " * 40
    package = hwpx([[SEED.splitlines()[0]] + [paragraph] * 800, [paragraph] * 800])  # 0.7 MB each
    start = time.process_time()
    record = pressparse.parse(package, max_bytes=1 * MB, quotes=False, glosses=False)
    assert time.process_time() - start < 5
    assert record.errors == ["input too large: the package unpacks to more than 1,048,576 bytes of XML (max_bytes); "
                             "the rest from Contents/section1.xml on was not read"]
    assert record.text.startswith(SEED.splitlines()[0])


def test_plain_text_past_max_chars_is_cut_with_an_error():
    data = (SEED + "\n") * (16 * MB // len(SEED.encode("utf-8")))
    start = time.process_time()
    record = pressparse.parse(data.encode("utf-8"), quotes=False, glosses=False)
    assert time.process_time() - start < 2 * 16
    assert record.errors == ["text cut: only the first 1,000,000 characters of the document were analysed (max_chars)"]
    assert record.header.release_time == RELEASE_TIME
    assert len(record.text) <= 1_000_000


def test_input_past_max_bytes_is_refused_without_parsing():
    record = pressparse.parse(SEED.encode("utf-8"), max_bytes=1000)
    assert record.errors == [f"input too large: {len(SEED.encode()):,} bytes, over the limit of 1,000 (max_bytes)"]


def test_a_document_past_its_time_limit_gets_an_error_and_the_batch_goes_on(tmp_path):
    from pressparse.batch import iter_inputs
    from pressparse.parallel import convert_lines

    slow = tmp_path / "a_slow.txt"
    slow.write_text((SEED + "\n") * 400, encoding="utf-8")  # a million characters: about a second of work
    (tmp_path / "b_fast.txt").write_text(SEED, encoding="utf-8")
    options = Options(seconds_per_mb=0.001, min_seconds=0.4, quotes=False, glosses=False)
    records = [json.loads(line) for line in convert_lines(iter_inputs([str(tmp_path)]), options, 1)]
    assert records[0]["errors"] == ["time limit: parsing took more than 0.4 s and was stopped (seconds_per_mb, --time-limit)"]
    assert records[1]["errors"] == [] and records[1]["header"]["release_time"] == RELEASE_TIME


# --- batch crashes ---------------------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_shown_and_written(tmp_path):
    name = os.fsdecode(str(tmp_path).encode() + "/보도자료.txt".encode("cp949"))
    with open(name, "w", encoding="utf-8") as f:
        f.write(SEED)
    record = pressparse.parse_file(name, quotes=False, glosses=False)
    assert json.loads(record.to_json())["source"]["path"] == f"{tmp_path}/보도자료.txt"
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path), "-o", str(out), "-q", *FAST]) == 0
    (line,) = lines_of(out)
    assert line["header"]["release_time"] == RELEASE_TIME


def test_a_lone_surrogate_in_text_is_replaced_with_a_warning():
    record = pressparse.parse("보도자료 \ud800")
    assert json.loads(record.to_json())["text"] == "보도자료 \ufffd"
    assert "encoding: 1 lone surrogate(s) replaced" in record.warnings


def test_broken_archive_members_each_get_a_record(tmp_path):
    seed = SEED.encode("utf-8")
    archive = tmp_path / "a.zip"
    archive.write_bytes(build([Member(b"1_corrupt.txt", seed, corrupt=True),
                               Member("2_보도.txt".encode("cp949"), seed),
                               Member(b"3_ok.txt", seed)]))
    inner = build([Member(b"inner.txt", seed)])
    nested = tmp_path / "b.zip"
    nested.write_bytes(build([Member(b"deeper.zip", inner), Member(b"top.txt", seed)]))
    bad_name = tmp_path / "c.zip"
    bad_name.write_bytes(build([Member(b"\xff\xfe.txt", seed, flags=UTF8_FLAG)]))
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(archive), str(nested), str(bad_name), "-o", str(out), "-q", *FAST]) == 0
    records = lines_of(out)
    assert [r["source"]["path"] for r in records] == [
        f"{archive}!1_corrupt.txt", f"{archive}!2_보도.txt", f"{archive}!3_ok.txt",
        f"{nested}!deeper.zip!inner.txt", f"{nested}!top.txt", str(bad_name)]
    assert records[0]["errors"][0].startswith("read: cannot read archive member: error: Error -3")  # zlib.error
    assert all(records[i]["header"]["release_time"] == RELEASE_TIME for i in (1, 2, 3, 4))
    assert records[5]["errors"][0].startswith("read: cannot open archive: UnicodeDecodeError")


def test_special_files_are_skipped_with_a_record(tmp_path):
    os.mkfifo(tmp_path / "a_pipe.txt")
    (tmp_path / "b_zero.txt").symlink_to("/dev/zero")
    (tmp_path / "c.txt").write_text(SEED, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path), "-o", str(out), "-q", *FAST]) == 0
    fifo, zero, real = lines_of(out)
    assert fifo["errors"] == ["read: skipped: a FIFO (named pipe), not a document file"]
    assert zero["errors"] == ["read: skipped: a device, not a document file"]
    assert real["header"]["release_time"] == RELEASE_TIME


# --- the command line ------------------------------------------------------------------------

def test_an_output_that_is_an_input_is_refused(tmp_path):
    doc = tmp_path / "b.txt"
    doc.write_text(SEED, encoding="utf-8")
    assert main(["convert", str(doc), "-o", str(doc)]) == 1
    assert main(["convert", str(tmp_path), "-o", str(tmp_path / "out.txt")]) == 1
    assert doc.read_text(encoding="utf-8") == SEED


def test_a_folder_as_output_is_refused(tmp_path, capsys):
    assert main(["convert", str(sample("000")), "-o", str(tmp_path), "--resume"]) == 1
    assert "it is a folder" in capsys.readouterr().err


def test_a_second_convert_on_the_same_output_is_refused(tmp_path, capsys):
    import fcntl

    out = tmp_path / "out.jsonl"
    with open(out, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert main(["convert", str(sample("000")), "-o", str(out), "-q", *FAST]) == 1
    assert "being written by another pressparse convert" in capsys.readouterr().err
    assert main(["convert", str(sample("000")), "-o", str(out), "-q", *FAST]) == 0


def test_resume_knows_inputs_however_they_were_typed_and_drops_junk_lines(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(SAMPLES)
    out = tmp_path / "out.jsonl"
    assert main(["convert", "./seeds", "-o", str(out), "-q", *FAST]) == 0
    first = out.read_bytes()
    with open(out, "ab") as f:
        f.write(b"not json at all\n")
    assert main(["convert", "seeds", "-o", str(out), "--resume", *FAST]) == 0
    assert out.read_bytes() == first
    err = capsys.readouterr().err
    assert "0 document(s)" in err and "5 already done" in err and "1 unreadable line(s)" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_ends_the_workers(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i:03}.txt").write_text(SEED * 20, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pressparse.cli", "convert", str(folder), "-o",
                             str(tmp_path / "out.jsonl"), "--jobs", "2"], cwd=ROOT)
    deadline = time.monotonic() + 30
    while len(workers := _descendants(proc.pid)) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) >= 3  # the forkserver and two workers
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 128 + signal.SIGTERM
    deadline = time.monotonic() + 10
    while [pid for pid in workers if _alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# --- encodings and formats -------------------------------------------------------------------

def test_utf16_with_a_lone_surrogate_is_decoded_with_a_warning():
    data = (SEED[:200] + "\ud800" + SEED[200:]).encode("utf-16-le", errors="surrogatepass")
    record = pressparse.parse(data, quotes=False, glosses=False)
    assert record.source.encoding == "utf-16" and record.header.release_time == RELEASE_TIME
    assert record.warnings == ["encoding: 1 undecodable byte sequence(s) replaced (decoded as utf-16)"]


def test_text_mixing_cp949_and_utf8_lines_is_decoded_line_by_line():
    lines = SEED.replace("•", "·").split("\n")
    data = b"\n".join(line.encode("cp949" if i % 3 == 0 else "utf-8") for i, line in enumerate(lines))
    record = pressparse.parse(data, quotes=False, glosses=False)
    assert record.text.startswith(lines[0]) and record.header.release_time == RELEASE_TIME
    assert record.warnings[0].startswith("encoding: ") and "line(s) not in UTF-8 decoded as CP949" in record.warnings[0]


def test_an_encrypted_pdf_says_so():
    record = pressparse.parse((Path(__file__).parent / "data" / "encrypted.pdf").read_bytes())
    assert record.errors == ["unreadable PDF: encrypted PDF: the file is password-protected (PDFium: incorrect password)"]


# --- all of it in one batch ------------------------------------------------------------------

def test_one_line_per_input_over_a_folder_of_hostile_and_real_inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((SAMPLES / "dev").glob("*.txt"))[:5] + [sample("hwpjs_1"), sample("rhwp_21")]:
        (folder / path.name).write_bytes(path.read_bytes())
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "spaces.txt").write_text(" " * 10_000 + "<", encoding="utf-8")
    (folder / "surrogate.txt").write_bytes("보도자료 \ud800".encode("utf-16", errors="surrogatepass"))
    (folder / os.fsdecode("이름.txt".encode("cp949"))).write_text(SEED, encoding="utf-8")
    (folder / "bomb.hwpx").write_bytes(hwpx([["보도자료"]], [Member(b"Contents/section1.xml", zeros=64 * MB, claimed=9)]))
    (folder / "pages.zip").write_bytes(build([Member(b"x.txt", SEED.encode(), corrupt=True),
                                              Member(b"y.zip", build([Member(b"z.txt", SEED.encode())]))]))
    (folder / "encrypted.pdf").write_bytes((Path(__file__).parent / "data" / "encrypted.pdf").read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(folder), "-o", str(out), "-q", "--jobs", "2", *FAST]) == 0
    records = lines_of(out)
    assert len(records) == 7 + 9
    assert sum(bool(r["errors"]) for r in records) == 5  # fifo, zero, bomb, corrupt member, encrypted PDF


def _one_cell_table(paragraphs: int) -> bytes:
    """An HWPX package whose only top-level paragraph holds a 2×1 table with ``paragraphs`` in a cell."""
    from ziptools import HP

    inner = "".join(f"<hp:p><hp:run><hp:t>셀 문단 {i}</hp:t></hp:run></hp:p>" for i in range(paragraphs))
    cell = '<hp:tc><hp:subList>{}</hp:subList><hp:cellAddr colAddr="0" rowAddr="{}"/></hp:tc>'
    table = f'<hp:tbl><hp:tr>{cell.format(inner, 0)}</hp:tr><hp:tr>{cell.format("<hp:p/>", 1)}</hp:tr></hp:tbl>'
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="x-sec" xmlns:hp="{HP}">'
           f'<hp:p><hp:run><hp:t>보도자료</hp:t></hp:run></hp:p><hp:p><hp:run>{table}</hp:run></hp:p></hs:sec>')
    return build([Member(b"mimetype", b"application/hwp+zip"), Member(b"Contents/section0.xml", xml.encode())])


def test_an_hwpx_paragraph_holding_a_huge_table_is_read_in_linear_time():
    times = []
    for n in (5_000, 40_000):
        package = _one_cell_table(n)
        start = time.process_time()
        record = pressparse.parse(package, quotes=False, glosses=False)
        times.append(time.process_time() - start)
        assert f"셀 문단 {n - 1}" in record.text
    assert times[1] < 20 * max(times[0], 0.02), times  # 8× the input: quadratic would be 64×


def test_a_line_of_many_header_labels_is_read_in_linear_time():
    times = []
    for n in (1_000, 8_000):
        start = time.process_time()
        pressparse.parse("보도일시 배포일시 담당부서 " * n, quotes=False, glosses=False)
        times.append(time.process_time() - start)
    assert times[1] < 20 * max(times[0], 0.02), times  # 8× the input: quadratic would be 64×


def test_a_worker_killed_while_idle_costs_no_document(tmp_path):
    """A worker process killed between documents (by the system, an operator): the documents sent
    to it go to a fresh one, and none is blamed for a death it did not cause."""
    from pressparse.batch import iter_inputs
    from pressparse.parallel import WorkerPool

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(SEED, encoding="utf-8")
    with WorkerPool(2, Options(quotes=False, glosses=False)) as pool:
        pool.workers[0].process.kill()
        pool.workers[0].process.join()
        records = [json.loads(line) for line in pool.lines(iter_inputs([str(tmp_path)]))]
    assert [r["errors"] for r in records] == [[], [], []]
    assert all(r["header"]["release_time"] == RELEASE_TIME for r in records)


def test_a_worker_killed_while_parsing_gives_its_document_an_error(tmp_path):
    from pressparse.batch import iter_inputs
    from pressparse.parallel import WorkerPool

    (tmp_path / "a_slow.txt").write_text((SEED + "\n") * 400, encoding="utf-8")  # about a second of work
    (tmp_path / "b_fast.txt").write_text(SEED, encoding="utf-8")
    with WorkerPool(1, Options(quotes=False, glosses=False)) as pool:
        lines = pool.lines(iter_inputs([str(tmp_path)]))
        threading.Timer(0.3, pool.workers[0].process.kill).start()
        records = [json.loads(line) for line in lines]
    assert records[0]["errors"][0].startswith("internal error: the worker process parsing this document died")
    assert records[1]["errors"] == [] and records[1]["header"]["release_time"] == RELEASE_TIME
