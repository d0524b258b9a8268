"""pressparse: Korean government press releases (보도자료) into typed records.

    >>> import pressparse
    >>> record = pressparse.parse_file("samples/seeds/000_fe458012feba4043.txt")
    >>> record.header.release_time
    '2023-01-30T10:00:00+09:00'
"""
from .models import SCHEMA_VERSION, Release
from .options import Options
from .pipeline import parse, parse_file

__all__ = ["parse", "parse_file", "Release", "Options", "SCHEMA_VERSION", "__version__"]
__version__ = "0.1.0"
