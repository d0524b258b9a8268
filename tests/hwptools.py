"""HWP 5 files made record by record, as hostile users or broken writers make them.

A real file (its DocInfo, header and summary) gets a body written here: paragraphs of text and
tables (cells with places and spans, paragraphs or tables inside), serialized with python-hwpx's
record layer and put into a compound file with its CFB writer.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

from hwpx.hwp5 import records as rec
from hwpx.hwp5.bodytext import ctrl_word
from hwpx.hwp5.cfb import CompoundFile, build_compound_file, read_all_streams

_PARA_HEADER = struct.Struct("<IIHBBHHHI")
#: control characters as paragraph parts: a tab (an inline control of eight code units), a line
#: break and a non-breaking space (one unit each)
TAB = struct.pack("<H", 9) + bytes(12) + struct.pack("<H", 9)
LINE_BREAK = struct.pack("<H", 10)
NB_SPACE = struct.pack("<H", 30)


@dataclass
class Cell:
    row: int
    col: int
    #: each paragraph a list of parts: text (str) or a :class:`Table`
    paragraphs: list[list] = field(default_factory=list)
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Table:
    cells: list[Cell]


def paragraph(*parts, level: int = 0, shapes: tuple[tuple[int, int], ...] = ((0, 0),), para_shape: int = 0) -> list[rec.Record]:
    """The records of one paragraph: its text (str), control characters (bytes) and tables in
    their places (extended controls), char shapes as (position, id) pairs."""
    units = bytearray()
    tables = []
    for part in parts:
        if isinstance(part, Table):
            params = struct.pack("<I", ctrl_word("tbl ")) + bytes(8)
            units += struct.pack("<H", 11) + params + struct.pack("<H", 11)
            tables.append(part)
        elif isinstance(part, bytes):
            units += part
        else:
            units += part.encode("utf-16-le", "surrogatepass")
    units += struct.pack("<H", 13)
    header = _PARA_HEADER.pack(len(units) // 2, 0, para_shape, 0, 0, len(shapes), 0, 0, 0)
    out = [rec.Record(rec.PARA_HEADER, level, header), rec.Record(rec.PARA_TEXT, level + 1, bytes(units)),
           rec.Record(rec.PARA_CHAR_SHAPE, level + 1, b"".join(struct.pack("<II", *s) for s in shapes))]
    for table in tables:
        out += table_records(table, level + 1)
    return out


def table_records(table: Table, level: int) -> list[rec.Record]:
    rows = max((c.row + c.rowspan for c in table.cells), default=0)
    cols = max((c.col + c.colspan for c in table.cells), default=0)
    out = [rec.Record(rec.CTRL_HEADER, level, struct.pack("<I", ctrl_word("tbl ")) + bytes(42)),
           rec.Record(rec.TABLE, level + 1, struct.pack("<IHHH4H", 0, rows, cols, 0, 0, 0, 0, 0)
                      + b"".join(struct.pack("<H", sum(c.row == r for c in table.cells)) for r in range(rows))
                      + struct.pack("<HH", 1, 0))]
    for cell in table.cells:
        out.append(rec.Record(rec.LIST_HEADER, level + 1, struct.pack(
            "<HIHHHHH", len(cell.paragraphs), 0, 0, cell.col, cell.row, cell.colspan, cell.rowspan) + bytes(24)))
        for parts in cell.paragraphs:
            out += paragraph(*parts, level=level + 1)
    return out


def section(records: list[rec.Record]) -> bytes:
    """A compressed BodyText section of these records."""
    return rec.deflate(rec.serialize_records(records))


def with_body(original: bytes, *sections: bytes, flags: int | None = None) -> bytes:
    """``original`` (an HWP 5 file) with these sections for its body and, given ``flags``, the
    file header's property word set to them. Its images are left out: the CFB writer puts the
    file header after the large streams, and pressparse looks for it in the first 64 KB."""
    streams = [(p, d) for p, d in read_all_streams(CompoundFile(original))
               if not p.startswith(("BodyText/", "ViewText/", "BinData/", "PrvImage"))]
    streams += [(f"BodyText/Section{i}", data) for i, data in enumerate(sections)]
    if flags is not None:
        streams = [(p, d[:36] + struct.pack("<I", flags) + d[40:] if p == "FileHeader" else d) for p, d in streams]
    return build_compound_file(streams)
