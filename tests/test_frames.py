"""Tables for analysts: pressparse.to_dataframe and convert -o .parquet/.csv."""
from __future__ import annotations

import datetime
import sys

import pytest

try:  # the test extra installs pandas and pyarrow; a missing one must fail loudly, never skip
    import pandas as pd
    import pyarrow  # noqa: F401
except ImportError as exc:  # pragma: no cover
    pytest.fail(f"the table tests need the table extra: pip install -e '.[test]' ({exc})", pytrace=False)

import pressparse
from conftest import SAMPLES, parsed, sample
from pressparse.cli import main
from pressparse.frames import COLUMNS, TABLES
from pressparse.models import Header, Release


def _records(full: bool = False) -> list[Release]:
    return [parsed(path, full=full) for path in sorted(SAMPLES.glob("*/*.*")) if path.suffix != ".json"]


def test_releases_table_has_one_row_per_record_and_typed_times():
    records = _records()
    df = pressparse.to_dataframe(records)
    assert list(df.columns) == COLUMNS["releases"]
    assert len(df) == len(records)
    assert list(df.source_path) == [r.source.path for r in records]
    times = pd.to_datetime(df.release_time)  # never raises: timestamps or NaT
    assert str(times.dt.tz) == "UTC+09:00"
    assert pd.to_datetime(df.release_date).notna().sum() >= len(records) // 2
    first = df.iloc[[i for i, r in enumerate(records) if r.source.path.endswith("000_fe458012feba4043.txt")][0]]
    assert first.release_time == pd.Timestamp("2023-01-30T10:00:00+09:00")
    assert first.release_date == datetime.date(2023, 1, 30)
    assert first.n_contacts == 3 and first.issuer == "중소벤처기업부"


def test_a_date_alone_gives_the_date_and_no_timestamp():
    records = [Release(header=Header(release_time="2025-09-08")), Release(header=Header(release_time="2025-09-08T14:00"))]
    df = pressparse.to_dataframe(records)
    assert list(df.release_date) == [datetime.date(2025, 9, 8)] * 2
    assert pd.isna(df.release_time[0])
    assert df.release_time[1] == pd.Timestamp("2025-09-08T14:00:00+09:00")  # no zone: KST


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_its_columns_with_or_without_rows(table):
    records = [parsed(sample("000"), full=True), parsed(sample("govpress_11"), full=True)]
    df = pressparse.to_dataframe(records, table=table)
    assert list(df.columns) == COLUMNS[table]
    assert list(pressparse.to_dataframe([], table=table).columns) == COLUMNS[table]
    if table != "releases":
        assert set(df.release) <= {0, 1}
    expected = {"releases": 2, "contacts": 3, "quotes": 1, "schedule": 1, "glosses": 1}[table]
    assert len(df) >= expected, table


def test_long_tables_count_what_the_releases_table_counts():
    records = [parsed(sample("000"), full=True)]
    releases = pressparse.to_dataframe(records)
    assert releases.n_quotes[0] == len(pressparse.to_dataframe(records, table="quotes"))
    assert releases.n_contacts[0] == len(pressparse.to_dataframe(records, table="contacts"))
    assert releases.n_glosses[0] == len(pressparse.to_dataframe(records, table="glosses"))
    schedule = pressparse.to_dataframe(records, table="schedule")
    assert schedule.content.tolist()[0] == "사진촬영" and schedule.duration_minutes.tolist()[0] == 5


def test_dicts_from_json_lines_are_accepted_and_unknown_tables_refused():
    record = parsed(sample("000"))
    df = pressparse.to_dataframe([record.model_dump(mode="json")])
    assert df.title[0] == record.title
    with pytest.raises(ValueError, match="unknown table"):
        pressparse.to_dataframe([record], table="people")


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_convert_writes_a_table_with_one_row_per_document(tmp_path, suffix):
    out = tmp_path / f"s{suffix}"
    assert main(["convert", str(SAMPLES / "seeds"), str(SAMPLES / "html"), "-o", str(out), "-q",
                 "--no-quotes", "--no-glosses"]) == 0
    df = pd.read_parquet(out) if suffix == ".parquet" else pd.read_csv(out, encoding="utf-8-sig")
    assert len(df) == 8 and list(df.columns) == COLUMNS["releases"]
    pd.to_datetime(df.release_time)
    assert not list(tmp_path.glob(".*partial"))


def test_convert_table_option_and_refusals(tmp_path, capsys):
    out = tmp_path / "c.csv"
    assert main(["convert", str(sample("000")), "-o", str(out), "--table", "contacts", "-q", "--no-quotes",
                 "--no-glosses"]) == 0
    assert pd.read_csv(out, encoding="utf-8-sig").name.tolist() == ["황영호", "정세환", "김경은"]
    assert main(["convert", str(sample("000")), "-o", str(out), "--resume", "-q"]) == 1
    assert "--resume works with JSON Lines" in capsys.readouterr().err
    assert main(["convert", str(sample("000")), "-o", str(tmp_path / "no" / "t.parquet"), "-q"]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_table_option_needs_a_table_output(tmp_path, capsys):
    out = tmp_path / "o.jsonl"
    assert main(["convert", str(sample("000")), "-o", str(out), "--table", "quotes", "-q"]) == 1
    assert "--table chooses the table of a .parquet or .csv output" in capsys.readouterr().err
    assert not out.exists()


def test_without_pandas_a_clear_message_names_the_extra(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'pressparse\[table\]'"):
        pressparse.to_dataframe([])
    assert main(["convert", str(sample("000")), "-o", str(tmp_path / "o.parquet"), "-q"]) == 1
    assert "pip install 'pressparse[table]'" in capsys.readouterr().err
