"""HWP 5 (the OLE binary format of 한/글) through python-hwpx, which converts it to HWPX.

python-hwpx (Apache-2.0) reads the HWP 5 record streams into its HWPX document model; the
package it writes is then read by :mod:`.hwpx` like any HWPX file, so both formats give the
same document text. Distribution-protected (배포용) and encrypted files are refused by
python-hwpx with an error, which becomes the record's error.
"""
from __future__ import annotations

import io
import warnings


class HwpError(ValueError):
    """An HWP file that cannot be read; the message says why."""


def to_hwpx(data: bytes) -> bytes:
    """The HWPX package of an HWP 5 file."""
    from hwpx import HwpxDocument

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # python-hwpx warns about features it drops
            return HwpxDocument.open(io.BytesIO(data)).to_bytes()
    except Exception as exc:  # python-hwpx raises its own Hwp5Error and plain errors alike
        raise HwpError(f"{type(exc).__name__}: {exc}") from exc
