"""pressparse.dask on a two-process LocalCluster gives what pressparse.convert gives."""
from __future__ import annotations

import pytest

import pressparse
from conftest import SAMPLES

try:  # the test extra installs dask; a missing one must fail loudly, never skip
    import pandas as pd
    from dask.distributed import Client, LocalCluster

    import pressparse.dask
except ImportError as exc:  # pragma: no cover
    pytest.fail(f"the Dask test needs the dask extra: pip install -e '.[test]' ({exc})", pytrace=False)

PATHS = [str(SAMPLES / "seeds"), str(SAMPLES / "hwpx"), str(SAMPLES / "dev" / "fss_1.txt")]
FAST = {"quotes": False, "glosses": False}


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def _plain(frame):
    frame = frame.reset_index(drop=True).astype(object)
    return frame.where(frame.notna(), None)


def test_read_releases_on_two_worker_processes_equals_convert(client):
    bag = pressparse.dask.read_releases(PATHS, partition_size=2, **FAST)
    assert bag.npartitions == 5
    records = bag.compute()
    assert records == list(pressparse.convert(PATHS, jobs=0, **FAST))
    assert len(client.scheduler_info()["workers"]) == 2


def test_releases_frame_equals_the_releases_table_of_convert(client):
    frame = pressparse.dask.releases_frame(PATHS, partition_size=3, **FAST)
    expected = pressparse.to_dataframe(pressparse.convert(PATHS, jobs=0, **FAST))
    assert list(frame.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(_plain(frame.compute()), _plain(expected))


def _kiwi_builds() -> int:
    from pressparse.korean import kiwi

    return kiwi._build.cache_info().misses


def test_each_worker_builds_kiwi_at_most_once(client):
    seeds = [str(path) for path in sorted((SAMPLES / "seeds").glob("*.txt"))[:2]]
    records = pressparse.dask.read_releases(seeds, partition_size=1).compute()  # quotes and glosses on
    assert records == list(pressparse.convert(seeds, jobs=0))
    builds = client.run(_kiwi_builds)
    assert len(builds) == 2 and set(builds.values()) <= {0, 1} and sum(builds.values()) >= 1, builds
