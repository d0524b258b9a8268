"""Decoding bytes: BOMs, BOM-less UTF-16, strict UTF-8, strict CP949, UTF-8 and CP949 line by
line, then charset-normalizer.

Korean government files are UTF-8, CP949 (a superset of EUC-KR) or UTF-16 with a BOM.
Strict decoding is tried before statistical detection because short Korean texts are
where detectors guess worst. Nothing here raises: undecodable bytes become U+FFFD and
a warning says how many.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: byte-order marks and the codec each one announces
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


#: a UTF-16 surrogate code point, which only a broken decoder or a lone half leaves in a str
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 with no BOM: NUL bytes that no text encoding has, and a decoding that reads.

    Of the two byte orders, the one whose characters are mostly Hangul, ASCII and common
    punctuation wins; a lone surrogate or a broken unit is replaced, with a warning.
    """
    sample = data[:200_000]
    if len(sample) < 4 or sample.count(0) < len(sample) * 0.05:
        return None
    best = max(("utf-16-le", "utf-16-be"), key=lambda codec: _readable(sample, codec))
    if _readable(sample, best) < 0.8:
        return None
    return _replacing(data, best, "utf-16")


def _readable(sample: bytes, codec: str) -> float:
    """The share of characters of ``sample`` in ``codec`` that Korean text is made of."""
    text = sample[: len(sample) // 2 * 2].decode(codec, errors="replace")
    good = sum(1 for ch in text if ch.isascii() and (ch.isprintable() or ch in "\t\n\r")
               or "\uac00" <= ch <= "\ud7a3" or "\u2000" <= ch <= "\u33ff" or "\u4e00" <= ch <= "\u9fff")
    return good / max(len(text), 1)


def decode(data: bytes) -> Decoded:
    """Decode ``data``, naming the encoding; never raises."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return _replacing(data, codec, name)
    utf16 = _utf16_without_bom(data)  # before the others: NULs are valid UTF-8 and CP949
    if utf16 is not None:
        return utf16
    for codec, name in (("utf-8", "utf-8"), ("cp949", "cp949")):
        text = _strict(data, codec)
        if text is not None:
            return Decoded(text, name)
    return _line_by_line(data) or _best_effort(data)


def _replacing(data: bytes, codec: str, name: str) -> Decoded:
    """``data`` in a codec its BOM announces, a broken unit (a lone surrogate) replaced."""
    text = data.decode(codec, errors="replace")
    return Decoded(text, name, _replaced_warning(text.count("\ufffd"), name))


def _line_by_line(data: bytes) -> Decoded | None:
    """UTF-8 with some lines in CP949 (files pasted together): each line on its own.

    None unless some line is UTF-8 beyond ASCII and some other line is CP949, so that a
    CP949 file with a few broken bytes still goes to :func:`_best_effort`.
    """
    lines: list[str] = []
    utf8 = legacy = broken = 0
    for raw in data.split(b"\n"):
        text = _strict(raw, "utf-8")
        if text is not None:
            utf8 += not raw.isascii()
        elif (text := _strict(raw, "cp949")) is not None:
            legacy += 1
        else:
            broken += 1
            text = raw.decode("utf-8", errors="replace")
        lines.append(text)
    if not utf8 or not legacy:
        return None
    warning = f"encoding: {legacy} line(s) not in UTF-8 decoded as CP949"
    if broken:
        warning += f"; {broken} line(s) with undecodable bytes replaced"
    return Decoded("\n".join(lines), "utf-8", warning)


def without_surrogates(text: str) -> tuple[str, list[str]]:
    """``text`` with lone surrogates (which no encoding can write) replaced, and a warning."""
    count = sum(1 for _ in _SURROGATE.finditer(text))
    if not count:
        return text, []
    return _SURROGATE.sub("\ufffd", text), [f"encoding: {count} lone surrogate(s) replaced"]


def _replaced_warning(count: int, name: str) -> str | None:
    return f"encoding: {count} undecodable byte sequence(s) replaced (decoded as {name})" if count else None


def _best_effort(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = best.encoding if best is not None else "utf-8"
    # Korean text that fails strict CP949 is usually CP949 with a few broken bytes.
    if codec not in ("utf_8", "cp949", "euc_kr", "utf_16", "utf_16_le", "utf_16_be"):
        codec = "utf-8" if data.count(b"\xef\xbf\xbd") or _mostly_utf8(data) else "cp949"
    text = data.decode(codec, errors="replace")
    name = codecs.lookup(codec).name
    return Decoded(text, name, _replaced_warning(text.count("\ufffd"), name))


def _mostly_utf8(data: bytes) -> bool:
    sample = data[:100_000]
    good = sample.decode("utf-8", errors="ignore")
    return len(good.encode("utf-8")) > len(sample) * 0.9
