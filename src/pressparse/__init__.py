"""pressparse: Korean government press releases (보도자료) into typed records.

    >>> import pressparse
    >>> record = pressparse.parse_file("samples/seeds/000_fe458012feba4043.txt")
    >>> record.header.release_time
    '2023-01-30T10:00:00+09:00'
"""
from .api import convert
from .batch import InputError
from .frames import to_dataframe
from .models import SCHEMA_VERSION, Release
from .options import Options
from .pipeline import parse, parse_file

__all__ = ["parse", "parse_file", "convert", "to_dataframe", "Release", "Options", "InputError",
           "SCHEMA_VERSION", "__version__"]
__version__ = "0.1.0"
