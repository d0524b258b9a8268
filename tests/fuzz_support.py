"""Strategies and properties shared by tests/test_fuzz.py and benchmarks/fuzz.py.

The properties every input must keep, whatever it is:

* ``pressparse.parse`` returns a :class:`pressparse.Release` (it never raises);
* ``record.to_json()`` succeeds and its JSON validates against ``schemas/release.schema.json``
  (Draft 2020-12);
* every span in the record (any key ending in ``span`` or ``spans``, found by walking the dumped
  record) is a pair ``[start, end]`` with ``0 <= start <= end <= len(record.text)``.

The strategies:

* :func:`random_bytes` — arbitrary bytes, some behind a magic number or BOM so that every
  reader (PDF, HWPX/ZIP, HWP/OLE, HTML, UTF-16 …) gets its share;
* :func:`release_texts` — text built from real pieces of Korean releases (header labels, times,
  departments and phones, tab-separated cells, quotes, glosses, schedule rows, bullets) mixed
  with random Unicode, lone surrogates, NULs, control characters and long runs;
  :func:`release_inputs` hands such a text over as ``str`` or as bytes in one of the encodings
  people have (UTF-8, CP949, UTF-16);
* :func:`mutated_samples` — the bundled files under ``samples/`` (text, HTML, HWPX, HWP, PDF)
  with bytes flipped, inserted, deleted, duplicated or cut off; the members of an HWPX package
  are also mutated inside the package (re-zipped), so that the XML reader sees them, and the
  Flate streams of a PDF inside the stream (re-deflated), so that pdfplumber sees them.

``max_run`` and ``max_space_run`` bound the runs of one character (190 by default, so that a
regex that backtracks on long runs of spaces costs seconds, not hours, in CI); the long fuzz run
in benchmarks/fuzz.py lifts both bounds and times every example.
"""
from __future__ import annotations

import io
import json
import re
import signal
import threading
import traceback
import zipfile
import zlib
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from hypothesis import strategies as st

import pressparse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCHEMA_PATH = ROOT / "schemas" / "release.schema.json"

#: the sample folders whose files are mutated
SAMPLE_KINDS = ("seeds", "dev", "html", "hwpx", "hwp", "pdf")
MB = 1024 * 1024


# --- the properties ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def schema_validator():
    """A Draft 2020-12 validator of the repo's checked-in JSON Schema."""
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def iter_spans(node: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """Every ``(json path, value)`` under a key ending in ``span`` (one span) or ``spans`` (a list).

    ``overview`` is skipped: its keys are words of the document, not field names.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}"
            if key == "overview" and path == "$":
                continue
            if key.endswith("spans") and isinstance(value, list):
                for i, span in enumerate(value):
                    yield f"{where}[{i}]", span
            elif key.endswith("span"):
                if value is not None:
                    yield where, value
            else:
                yield from iter_spans(value, where)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from iter_spans(item, f"{path}[{i}]")


def span_problems(dumped: dict) -> list[str]:
    """Each span of a dumped record that is not ``[start, end]`` within ``0..len(text)``."""
    n = len(dumped.get("text") or "")
    bad = []
    for where, span in iter_spans(dumped):
        ok = (isinstance(span, (list, tuple)) and len(span) == 2
              and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
              and 0 <= span[0] <= span[1] <= n)
        if not ok:
            bad.append(f"{where} = {span!r} (len(text) = {n})")
    return bad


def check_record(record: Any) -> dict:
    """Assert the properties of one parse result; returns the dumped record.

    Raises AssertionError (or the exception of ``to_json``) when a property is broken.
    """
    assert isinstance(record, pressparse.Release), f"parse returned {type(record).__name__}, not Release"
    text = record.to_json()
    dumped = json.loads(text)
    errors = sorted(schema_validator().iter_errors(dumped), key=lambda e: list(e.absolute_path))
    assert not errors, "record does not validate against schemas/release.schema.json:\n" + "\n".join(
        f"  at {'/'.join(map(str, e.absolute_path)) or '$'}: {e.message[:300]}" for e in errors[:5])
    bad = span_problems(dumped)
    assert not bad, "span(s) outside 0..len(record.text) or start > end:\n" + "\n".join(f"  {b}" for b in bad[:10])
    return dumped


def parse_and_check(data: bytes | str, *, timeout: float | None = None, **options) -> pressparse.Release:
    """``pressparse.parse(data, **options)`` with the properties checked; returns the record.

    With ``timeout``, a parse running longer fails with AssertionError instead of hanging.
    """
    try:
        with time_limit(timeout):
            record = pressparse.parse(data, **options)
    except ParseTimeout as exc:
        where = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)[-4:-1]))
        raise AssertionError(f"{exc} (input of {len(data):,} {'chars' if isinstance(data, str) else 'bytes'}), "
                             f"interrupted in:\n{where}") from None
    check_record(record)
    return record


# --- (a) random bytes ----------------------------------------------------------------------

#: the first bytes each reader is chosen by (see readers/detect.py), and the BOMs of encoding.py
MAGIC_PREFIXES = (
    b"", b"%PDF-1.4\n", b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"<html>", b"<!DOCTYPE html><html><body>", b"<table>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
    b"PK\x03\x04mimetypeapplication/hwp+zip", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1HWP Document File",
    b"\x89PNG\r\n\x1a\n", b"\x1f\x8b", "보도자료\n".encode("utf-8"), "보도자료\n".encode("cp949"),
)


def random_bytes(max_size: int = 2000) -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, often after a magic number or a BOM."""
    return st.builds(lambda prefix, body: prefix + body,
                     st.sampled_from(MAGIC_PREFIXES), st.binary(max_size=max_size))


# --- (b) Korean release fragments ----------------------------------------------------------

HEADER_LABELS = (
    "보도자료", "보 도 자 료", "보도 일시", "보도일시", "보도시점", "배포", "배포 일시", "배포일시", "엠바고",
    "담당 부서", "담당부서", "자료 문의", "문의처", "책임자", "담당자", "과장", "과 장", "사무관", "주무관",
    "팀장", "국장", "연구관", "실장", "즉시 보도", "즉시 보도 가능", "조간", "석간", "온라인", "방송",
    "지면", "보도 가능", "이후 보도", "<보도>", "<2025.9.8.(월) 석간>", "<배포>", "등록일", "등록부서",
    "보도 일시 :", "배포 :", "담당 부서 :", "작성일",
)
UNITS = (
    "중소벤처기업부", "기획재정부", "정보보호산업과", "예산실 예산총괄과", "과학기술정보통신부 정보보호산업과",
    "사회복지과", "보건복지부", "금융감독원", "나주시", "서울특별시 교통정책과", "홍보담당관실", "국제협력팀",
)
NAMES = ("황영호", "임 종 건", "이영", "박준호", "김철수", "이 영 희", "홍길동", "최지원", "Kim", "남궁민수")
POSITIONS = ("과장", "사무관", "주무관", "팀장", "국장", "장관", "차관", "시장", "원장", "총괄과장", "연구사")
WEEKDAYS = "월화수목금토일"
SPEAKERS = ("장관은", "이영 장관은", "차관은", "시장은", "황영호 과장은", "그는", "중소벤처기업부 장관은",
            "원장은", "관계자는", "")
VERBS = ("라고 말했다.", "고 밝혔다.", "라며 강조했다.", "고 덧붙였다.", "라고 했다", "", "며")
GLOSSES = (
    "핵심 임무(미션)", "공동연수(워크숍)", "국제표준화기구(ISO)", "인공지능(AI)", "人工知能(인공지능)",
    "정보 보호(security)", "(", ")", "((가)나)", "누리집(홈페이지)을", "업무협약(MOU)을", "(미션)", "()",
    "핵심 임무(미션)제", "‘핵심 임무(미션)제’를", "(단위: 억원)", "(☎ 044-200-1234)",
)
SCHEDULE_ITEMS = ("개회", "개회사", "사진촬영", "폐회", "기조연설", "주제 발표", "토론", "오찬", "등록", "")
OVERVIEW_LINES = (
    "일시 : '23. 1. 30(월) 10:00 ~ 17:00", "장소 : 정부세종청사", "참석 : 장관 등 50명", "○참석자",
    "- 일 시 : 2024. 5. 14.(화) 14:00", "ㅇ (일시/장소): 5.14.(화), 서울", "□ 주요내용", "주 요 내 용",
    "< 프로그램 1 >", "1일차", "【장소】", "(일시)",
)
BULLETS = ("□", "○", "-", "ㅇ", "※", "*", "•", "◦", "▶", "1.", "가.", "①", "Ⅰ.", "◇", "ㆍ", "o ")
MISC = (
    "\x00", "\ufeff", "\u200b", "\u00a0", "\u3000", "\ufffd", "\uf0a7", "\uf06c", "\u1100\u1161",
    "\r", "\r\n", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\ud800", "\udfff", "- 1 -", "- 2 -",
    "http://www.korea.kr", "abc@korea.kr", "<br>", "<p>", "</td>", "&nbsp;", "&#xD800;", "[", "]",
)
SEPARATORS = ("\n", "\t", " ", "", "\r\n", "\n\n", " \t ", "\t\t")


def _num(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


@st.composite
def phones(draw) -> str:
    area = draw(st.sampled_from(("02", "044", "031", "061", "051", "010", "070", "1588", "")))
    mid = draw(st.integers(0, 99999))
    last = draw(st.integers(0, 99999))
    form = draw(st.sampled_from(("{a}-{m}-{l}", "({a}){m}-{l}", "{a}.{m}.{l}", "{a} {m} {l}", "+82-{a}-{m}-{l}",
                                 "☎ {a}-{m}-{l}", "{a}-{m}-{l}~{l2}", "{m}-{l}")))
    return form.format(a=area, m=f"{mid:0{draw(st.integers(1, 5))}d}", l=f"{last:04d}", l2=last % 10)


@st.composite
def dates(draw) -> str:
    y = draw(st.one_of(_num(2015, 2030), _num(0, 9999)))
    m, d = draw(_num(0, 13)), draw(_num(0, 32))
    hh, mm = draw(_num(0, 25)), draw(_num(0, 61))
    w = draw(st.sampled_from(WEEKDAYS + "X가"))
    form = draw(st.sampled_from((
        "{y}. {m}. {d}.({w}) {hh}:{mm:02d}", "{y}. {m}. {d}.({w})", "{y}년 {m}월 {d}일({w}) 조간",
        "'{yy}. {m}. {d}({w}) {hh}:{mm:02d}", "{m}. {d}.({w}) {hh}:{mm:02d} 이후", "{y}.{m}.{d}.",
        "{y}-{m:02d}-{d:02d}", "{m}.{d}.({w}) 석간", "{m}월 {d}일({w}) {hh}시", "{y}. {m}. {d}.({w}) 12:00 ~ {hh}:{mm}",
        "{hh}:{mm:02d}", "{y}.{m}.{d}({w}) 오후 {hh}시 {mm}분",
    )))
    return form.format(y=y, yy=y % 100, m=m, d=d, hh=hh, mm=mm, w=w)


@st.composite
def contacts(draw) -> str:
    parts = [draw(st.sampled_from(("책임자", "담당자", ""))), draw(st.sampled_from(POSITIONS)),
             draw(st.sampled_from(NAMES)), draw(phones())]
    if draw(st.booleans()):
        return f"{parts[1]} {parts[2]} ({parts[3]})"          # composite cell `과장 황영호 (044-…)`
    return "\t".join(parts)


@st.composite
def quotes(draw) -> str:
    inner = draw(st.text(st.sampled_from("가나다라마바사 우리는 혁신을 이어가겠다 .,!?0"), max_size=60))
    open_, close = draw(st.sampled_from((("“", "”"), ("‘", "’"), ('"', '"'), ("“", ""), ("", "”"), ("「", "」"))))
    speaker = draw(st.sampled_from(SPEAKERS))
    verb = draw(st.sampled_from(VERBS))
    if draw(st.booleans()):
        return f"{speaker} {open_}{inner}{close}{verb}"
    return f"{open_}{inner}{close}{verb} {speaker}"


@st.composite
def schedule_rows(draw) -> str:
    h1, m1, h2, m2 = draw(_num(0, 25)), draw(_num(0, 61)), draw(_num(0, 25)), draw(_num(0, 61))
    dash = draw(st.sampled_from(("~", "-", "∼", "–", " ~ ", "")))
    item = draw(st.sampled_from(SCHEDULE_ITEMS))
    minutes = draw(st.sampled_from(("", "\t5'", "\t10분", "\t(5분)")))
    return f"{h1:02d}:{m1:02d}{dash}{h2:02d}:{m2:02d}\t{item}{minutes}\t{draw(st.sampled_from(NAMES + ('',)))}"


@st.composite
def bullet_lines(draw) -> str:
    indent = draw(st.sampled_from(("", " ", "  ", "\t", "\u3000")))
    words = draw(st.lists(st.sampled_from(UNITS + GLOSSES + SCHEDULE_ITEMS + ("을", "를", "추진한다", "확대")),
                          max_size=6))
    return f"{indent}{draw(st.sampled_from(BULLETS))} {' '.join(words)}"


def runs(max_run: int, max_space_run: int) -> st.SearchStrategy[str]:
    """One character repeated: spaces up to ``max_space_run``, others up to ``max_run``."""
    spaces = st.builds(lambda c, n: c * n, st.sampled_from((" ", "\u3000", " \t")), st.integers(1, max_space_run))
    other = st.builds(lambda c, n: c * n,
                      st.sampled_from(("가", "-", "(", ")", "“", "<", ">", "0", "□", "\n", "\t", ":", "·", "a", "\x00")),
                      st.integers(1, max_run))
    return st.one_of(spaces, other)


def random_unicode() -> st.SearchStrategy[str]:
    """Any characters, lone surrogates and C0/C1 controls included."""
    return st.one_of(
        st.text(max_size=30),
        st.text(st.characters(codec=None, categories=("Cs", "Cc", "Co", "Cf", "Zs")), max_size=10),
        st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), max_size=20),   # Hangul syllables
    )


def fragments(max_run: int = 190, max_space_run: int = 190) -> st.SearchStrategy[str]:
    """One piece of a release."""
    return st.one_of(
        st.sampled_from(HEADER_LABELS), st.sampled_from(UNITS), st.sampled_from(NAMES),
        phones(), dates(), contacts(), quotes(), schedule_rows(), bullet_lines(),
        st.sampled_from(GLOSSES), st.sampled_from(OVERVIEW_LINES), st.sampled_from(MISC),
        st.lists(st.one_of(st.sampled_from(HEADER_LABELS), dates(), phones(), st.sampled_from(UNITS)),
                 min_size=2, max_size=5).map("\t".join),
        runs(max_run, max_space_run), random_unicode(),
    )


@st.composite
def release_texts(draw, max_pieces: int = 40, max_run: int = 190, max_space_run: int = 190) -> str:
    """A text put together from release pieces, maybe in a header-title-body order, maybe as HTML."""
    pieces = draw(st.lists(fragments(max_run, max_space_run), max_size=max_pieces))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)))
    body = "".join(p + s for p, s in zip(pieces, seps))
    shape = draw(st.sampled_from(("plain", "plain", "plain", "header", "html")))
    if shape == "header":
        header = (f"보도자료\n보도 일시\t{draw(dates())}\t배포\t{draw(dates())}\n"
                  f"담당 부서\t{draw(st.sampled_from(UNITS))}\t책임자\t과장\t{draw(st.sampled_from(NAMES))}\t{draw(phones())}\n"
                  f"\t\t담당자\t사무관\t{draw(st.sampled_from(NAMES))}\t{draw(phones())}\n")
        title = f"{draw(st.sampled_from(UNITS))}, ‘{draw(st.sampled_from(GLOSSES))}’를 확대\n- {draw(st.sampled_from(GLOSSES))} -\n"
        body = header + title + body
    elif shape == "html":
        title = draw(st.sampled_from(UNITS + GLOSSES))
        cells = "".join(f"<td>{p}</td>" for p in pieces[:8])
        body = (f"<!DOCTYPE html><html><head><title>{title} | 보도자료</title></head><body>"
                f"<div class='view'><h3>{title}</h3><dl><dt>등록일</dt><dd>{draw(dates())}</dd></dl>"
                f"<table><tr>{cells}</tr></table><p>{body}</p></div><footer>Copyright</footer></body></html>")
    return body


ENCODINGS = ("str", "str", "utf-8", "utf-8-sig", "cp949", "utf-16", "utf-16-le", "euc-kr")


def encode_as(text: str, encoding: str) -> bytes | str:
    """``text`` as a str or as bytes in ``encoding`` (lone surrogates and unmappable characters kept as best the codec can)."""
    if encoding == "str":
        return text
    if encoding.startswith("utf"):
        return text.encode(encoding, errors="surrogatepass")
    return text.encode(encoding, errors="replace")


@st.composite
def release_inputs(draw, max_pieces: int = 40, max_run: int = 190, max_space_run: int = 190) -> bytes | str:
    """A release text handed over as str or as bytes in one of the encodings people have."""
    text = draw(release_texts(max_pieces=max_pieces, max_run=max_run, max_space_run=max_space_run))
    return encode_as(text, draw(st.sampled_from(ENCODINGS)))


# --- (c) mutated samples -------------------------------------------------------------------

@lru_cache(maxsize=1)
def load_samples() -> tuple[tuple[str, bytes], ...]:
    """(name, bytes) of every bundled input under samples/."""
    files = sorted(p for kind in SAMPLE_KINDS for p in (SAMPLES / kind).glob("*") if p.is_file())
    assert files, f"no samples under {SAMPLES}"
    return tuple((f"{p.parent.name}/{p.name}", p.read_bytes()) for p in files)


#: bytes worth inserting: markup, quote marks, Hangul in two encodings, encoded surrogates, BOMs
INSERTS = (
    b"\x00", b"<", b">", b"\t", b"\n", b"\r", b"(", b")", b"<div>", b"</p>", b"<table><tr><td>", b"&#0;",
    "“".encode(), "”".encode(), "보도".encode(), "보도".encode("cp949"), "□".encode(), "○".encode(),
    b"\xed\xa0\x80", b"\xff\xfe", b"\xef\xbb\xbf", b"\xff", b"\x80", b"%PDF-", b"PK\x03\x04", b"stream\n", b"endobj",
    b" " * 16, b"\t" * 16, b"0" * 64, b"-" * 64, b"\x00" * 32,
)


@st.composite
def _byte_mutations(draw, data: bytes, max_mutations: int = 6) -> bytes:
    buf = bytearray(data)
    # most examples keep the magic number, so that the format's own reader gets the damage
    lo = 0 if draw(st.integers(0, 4)) == 0 else 16
    for _ in range(draw(st.integers(1, max_mutations))):
        n = len(buf)
        start = min(lo, n)
        # positions near the start (headers, directories), anywhere, or near the end (zip directory, PDF trailer)
        pos = draw(st.one_of(st.integers(start, min(n, 1024)), st.integers(start, n),
                             st.integers(max(start, n - 1024), n)))
        op = draw(st.sampled_from(("flip", "flip", "set", "insert", "insert", "delete", "dup", "truncate", "cut_head")))
        if op == "flip" and pos < n:
            buf[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and pos < n:
            buf[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            buf[pos:pos] = draw(st.one_of(st.sampled_from(INSERTS), st.binary(min_size=1, max_size=32)))
        elif op == "delete":
            del buf[pos:pos + draw(st.integers(1, 4096))]
        elif op == "dup":
            buf[pos:pos] = buf[pos:pos + draw(st.integers(1, 4096))]
        elif op == "truncate":
            del buf[max(pos, 1):]
        elif op == "cut_head" and lo == 0:
            del buf[:min(pos, 4096)]
    return bytes(buf)


@st.composite
def _zip_member_mutations(draw, data: bytes) -> bytes:
    """An HWPX package with one member mutated (or dropped) and the package written anew."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    target = draw(st.sampled_from([info.filename for info, _ in members]))
    drop = draw(st.integers(0, 9)) == 0
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for info, content in members:
            if info.filename == target:
                if drop:
                    continue
                content = draw(_byte_mutations(content))
            package.writestr(info, content)
    return out.getvalue()


_PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


@st.composite
def _pdf_stream_mutations(draw, data: bytes) -> bytes:
    """A PDF with one Flate stream (page content, font, image) inflated, mutated and deflated again."""
    streams = []
    for match in _PDF_STREAM.finditer(data):
        try:
            streams.append((match, zlib.decompress(match.group(1))))
        except zlib.error:
            continue
    if not streams:
        return draw(_byte_mutations(data))
    match, content = draw(st.sampled_from(streams))
    mutated = zlib.compress(draw(_byte_mutations(content)))
    return data[:match.start(1)] + mutated + data[match.end(1):]


@st.composite
def mutated_samples(draw, kinds: tuple[str, ...] | None = None) -> tuple[str, bytes]:
    """(sample name with the mutation kind, mutated bytes) of one bundled sample."""
    pool = [s for s in load_samples() if kinds is None or s[0].split("/")[0] in kinds]
    name, data = draw(st.sampled_from(pool))
    if name.endswith(".hwpx") and draw(st.booleans()):
        return f"{name} (member)", draw(_zip_member_mutations(data))
    if name.endswith(".pdf") and draw(st.booleans()):
        return f"{name} (stream)", draw(_pdf_stream_mutations(data))
    return f"{name} (bytes)", draw(_byte_mutations(data))


_HWPX_TEXT = re.compile(rb"<hp:t>")
_HWPX_PARAGRAPH = re.compile(rb"<hp:p [^>]*>.*?</hp:p>", re.S)
#: what an enlarged input is made of: text that is cheap to write and maybe dear to read
BLOWUP_UNITS = ("가", " ", "\t", "보도 일시 ", "(", "“", "<", "- ", "044-200-1234 ", "□ 핵심 임무(미션)\n", "\n", "a")


@st.composite
def enlarged_samples(draw, max_mb: float = 8.0) -> tuple[str, bytes]:
    """A sample made large: a text repeated, one long run written into a text or an HWPX paragraph,
    or an HWPX paragraph repeated (the package stays small: deflate packs repetition well)."""
    name, data = draw(st.sampled_from([s for s in load_samples() if s[0].split("/")[0] in TEXT_KINDS + ("hwpx",)]))
    target = int(draw(st.floats(0.05, max_mb)) * MB)
    if not name.endswith(".hwpx"):
        if draw(st.booleans()):
            return f"{name} (repeated)", data * max(1, target // max(1, len(data)))
        unit = draw(st.sampled_from(BLOWUP_UNITS)).encode()
        pos = draw(st.integers(0, len(data)))
        return f"{name} (long run)", data[:pos] + unit * max(1, target // len(unit)) + data[pos:]
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    how = draw(st.sampled_from(("long run", "paragraphs")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info, content in members:
            if info.filename.startswith("Contents/section"):
                if how == "long run" and _HWPX_TEXT.search(content):
                    unit = draw(st.sampled_from(BLOWUP_UNITS)).replace("<", "&lt;").encode()
                    spot = draw(st.sampled_from([m.end() for m in _HWPX_TEXT.finditer(content)][:200]))
                    content = content[:spot] + unit * max(1, target // len(unit)) + content[spot:]
                elif how == "paragraphs" and _HWPX_PARAGRAPH.search(content):
                    para = draw(st.sampled_from([m for m in _HWPX_PARAGRAPH.finditer(content)][:200]))
                    copies = max(1, target // max(1, len(para.group(0))))
                    content = content[:para.end()] + para.group(0) * copies + content[para.end():]
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, content)
    return f"{name} ({how})", out.getvalue()


#: sample folders by reader: converted text (quick), web pages (a page that is no longer sniffed as
#: HTML is read as text, slowly), binary formats
TEXT_KINDS = ("seeds", "dev")
HTML_KINDS = ("html",)
BINARY_KINDS = ("hwpx", "hwp", "pdf")


# --- a watchdog for one parse --------------------------------------------------------------

class ParseTimeout(BaseException):
    """Raised inside a parse that ran past its time limit (a BaseException: parse catches Exception)."""


@contextmanager
def time_limit(seconds: float | None):
    """Interrupt the block with :class:`ParseTimeout` after ``seconds`` of wall time (main thread, Unix only).

    Python code and the regex engines check for signals, so a runaway regex is interrupted;
    C code that does not (Kiwi) is interrupted when it returns.
    """
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise ParseTimeout(f"parse ran longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
