"""Zip archives as hostile users make them: members that lie about their size, corrupt deflate
streams, names flagged UTF-8 that are not. Written byte by byte, since zipfile refuses to."""
from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

#: general-purpose flag: the member's name is UTF-8
UTF8_FLAG = 0x800


@dataclass
class Member:
    name: bytes
    data: bytes = b""
    #: inflate to ``zeros`` zero bytes instead of ``data`` (a zip bomb)
    zeros: int = 0
    #: the uncompressed size the headers claim (None: the true size)
    claimed: int | None = None
    flags: int = 0
    #: overwrite the deflate stream's middle with garbage
    corrupt: bool = False


def _deflate(member: Member) -> tuple[bytes, int, int]:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    if member.zeros:
        chunk = bytes(1 << 20)
        parts = [comp.compress(chunk) for _ in range(member.zeros >> 20)]
        return b"".join(parts) + comp.flush(), 0, member.zeros
    data = comp.compress(member.data) + comp.flush()
    if member.corrupt:
        middle = len(data) // 2
        data = data[:middle] + b"\xff" * 16 + data[middle + 16:]
    return data, zlib.crc32(member.data), len(member.data)


def build(members: list[Member]) -> bytes:
    """A zip archive of ``members``, all deflated."""
    out = io.BytesIO()
    central = []
    for member in members:
        data, crc, size = _deflate(member)
        claimed = size if member.claimed is None else member.claimed
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, member.flags, 8, 0, 0, crc, len(data), claimed,
                              len(member.name), 0) + member.name + data)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, member.flags, 8, 0, 0, crc, len(data),
                                   claimed, len(member.name), 0, 0, 0, 0, 0, offset) + member.name)
    start = out.tell()
    for entry in central:
        out.write(entry)
    size = out.tell() - start
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"


def hwpx(sections: list[list[str]], extra: list[Member] = ()) -> bytes:
    """An HWPX package whose sections hold the given paragraphs."""
    members = [Member(b"mimetype", b"application/hwp+zip")]
    for i, paragraphs in enumerate(sections):
        body = "".join(f'<hp:p><hp:run><hp:t>{p}</hp:t></hp:run></hp:p>' for p in paragraphs)
        xml = f'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="x-sec" xmlns:hp="{HP}">{body}</hs:sec>'
        members.append(Member(f"Contents/section{i}.xml".encode(), xml.encode("utf-8")))
    return build(members + list(extra))
