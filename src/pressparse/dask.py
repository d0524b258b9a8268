"""Releases on a Dask cluster: a bag of records, or a DataFrame of the releases table.

    >>> from dask.distributed import Client
    >>> client = Client("tcp://scheduler:8786")           # a real cluster; or Client() on one machine
    >>> import pressparse.dask
    >>> records = pressparse.dask.read_releases(["archive/2025"])      # dask.bag.Bag of Release
    >>> frame = pressparse.dask.releases_frame(["archive/2025"])       # dask.dataframe.DataFrame
    >>> frame.groupby("issuer").n_quotes.sum().compute()

The paths are walked here (folders in sorted name order, as ``convert`` does); the files and
archives found are split into partitions of ``partition_size`` and read *on the workers*, so
every worker must see them at the same paths (a shared or network file system). Each worker
process parses its partitions one document after another and builds Kiwi once, on first use
(run workers with one thread each: ``dask worker --nthreads 1 --nworkers N``, and
``--preload pressparse.preload`` to build it as the worker starts). Records come in
input order, each input with its record (errors in ``record.errors``); there is no time limit
per document here, Dask's own task management takes its place.

Needs the optional extra ``pip install 'pressparse[dask]'`` (dask, distributed, pandas, pyarrow).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from itertools import chain

from .batch import convert_inputs, inputs_of, iter_units
from .frames import frame_of, iter_rows, require_pandas
from .models import Release
from .options import Options

#: files or archives read by one task
PARTITION_SIZE = 16

MISSING = ("dask is needed for pressparse.dask; install it with: pip install 'pressparse[dask]' "
           "(dask[bag,dataframe], distributed, pandas, pyarrow)")


def _require(module: str):
    try:
        return __import__(module, fromlist=["_"])
    except ImportError as exc:
        raise ImportError(MISSING) from exc


def read_releases(paths: Iterable[str | os.PathLike], *, partition_size: int = PARTITION_SIZE,
                  options: Options | None = None, **kwargs):
    """A ``dask.bag.Bag`` of the :class:`Release` of every document under ``paths``, in input order.

    Keyword arguments are :class:`Options` fields (``quotes=False`` …).
    """
    db = _require("dask.bag")
    options = options or Options(**kwargs)
    units = _units(paths)
    if not units:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(units, partition_size=partition_size).map_partitions(records_of_units, options)


def releases_frame(paths: Iterable[str | os.PathLike], *, partition_size: int = PARTITION_SIZE,
                   options: Options | None = None, **kwargs):
    """A ``dask.dataframe.DataFrame`` of the releases table (see :mod:`pressparse.frames`),
    one row per document, in input order. The index counts from 0 in each partition."""
    dd = _require("dask.dataframe")
    pd = require_pandas()
    options = options or Options(**kwargs)
    meta = frame_of(pd, "releases", [])
    units = _units(paths)
    if not units:
        return dd.from_pandas(meta, npartitions=1)
    chunks = [units[i:i + partition_size] for i in range(0, len(units), partition_size)]
    return dd.from_map(releases_of_units, chunks, options=options, meta=meta, enforce_metadata=False,
                       label="pressparse-releases")


def records_of_units(units: Iterable[str], options: Options) -> list[Release]:
    """The records of a partition's files and archives (runs on a worker)."""
    items = chain.from_iterable(inputs_of(unit, options.max_bytes) for unit in units)
    return list(convert_inputs(items, options))


def releases_of_units(units: list[str], options: Options):
    """The releases table of a partition's files and archives (runs on a worker)."""
    return frame_of(require_pandas(), "releases", iter_rows(records_of_units(units, options), "releases"))


def _units(paths: Iterable[str | os.PathLike]) -> list[str]:
    return list(iter_units([os.fspath(path) for path in paths]))
