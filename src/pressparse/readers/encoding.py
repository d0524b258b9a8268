"""Decoding bytes: BOMs first, then strict UTF-8, then CP949, then charset-normalizer.

Korean government files are UTF-8, CP949 (a superset of EUC-KR) or UTF-16 with a BOM.
Strict decoding is tried before statistical detection because short Korean texts are
where detectors guess worst. Nothing here raises: undecodable bytes become U+FFFD and
a warning says how many.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

#: byte-order marks and the codec each one announces
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


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


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM shows as NUL in every other byte of ASCII/Hangul text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return _strict(data, "utf-16-le")
    if even > half * 0.3 and odd < half * 0.05:
        return _strict(data, "utf-16-be")
    return None


def decode(data: bytes) -> Decoded:
    """Decode ``data``, naming the encoding; never raises."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is not None:
                return Decoded(text, name)
    for codec, name in (("utf-8", "utf-8"), ("cp949", "cp949")):
        text = _strict(data, codec)
        if text is not None:
            return Decoded(text, name)
    text = _utf16_without_bom(data)
    if text is not None:
        return Decoded(text, "utf-16")
    return _best_effort(data)


def _best_effort(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = best.encoding if best is not None else "utf-8"
    # Korean text that fails strict CP949 is usually CP949 with a few broken bytes.
    if codec not in ("utf_8", "cp949", "euc_kr", "utf_16", "utf_16_le", "utf_16_be"):
        codec = "utf-8" if data.count(b"\xef\xbf\xbd") or _mostly_utf8(data) else "cp949"
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    name = codecs.lookup(codec).name
    warning = f"encoding: {bad} undecodable byte sequence(s) replaced (decoded as {name})" if bad else None
    return Decoded(text, name, warning)


def _mostly_utf8(data: bytes) -> bool:
    sample = data[:100_000]
    good = sample.decode("utf-8", errors="ignore")
    return len(good.encode("utf-8")) > len(sample) * 0.9
