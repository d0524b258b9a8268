"""The published schema consumers validate against: described, required fields, open to additions."""
from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from conftest import ROOT, parsed, sample
from pressparse.models import SCHEMA_VERSION

SCHEMA = json.loads((ROOT / "schemas" / "release.schema.json").read_text(encoding="utf-8"))


def _validator():
    return Draft202012Validator(SCHEMA, format_checker=FormatChecker())


def _objects(schema):
    yield schema
    yield from schema.get("$defs", {}).values()


def test_every_property_has_a_description():
    missing = [f"{obj.get('title')}.{name}" for obj in _objects(SCHEMA)
               for name, prop in obj.get("properties", {}).items() if not prop.get("description")]
    assert not missing, missing


def test_times_carry_formats_and_phones_a_pattern():
    header = SCHEMA["$defs"]["Header"]["properties"]
    for name in ("release_time", "distribution_time", "published_time"):
        assert {s.get("format") for s in header[name]["anyOf"]} >= {"date-time", "date"}
    phone = SCHEMA["$defs"]["Contact"]["properties"]["phone_e164"]
    pattern = next(s["pattern"] for s in phone["anyOf"] if "pattern" in s)
    validator = _validator()
    record = json.loads(parsed(sample("000")).to_json())
    assert not list(validator.iter_errors(record))
    record["header"]["departments"][0]["contacts"][0]["phone_e164"] = "044-204-7320"
    causes = [c.validator for e in validator.iter_errors(record) for c in e.context]
    assert "pattern" in causes, pattern


def test_the_empty_object_and_a_record_missing_a_required_field_fail():
    validator = _validator()
    assert list(validator.iter_errors({}))
    assert {"schema_version", "source", "header", "errors"} <= set(SCHEMA["required"])
    record = json.loads(parsed(sample("000")).to_json())
    for field in ("title", "header"):
        broken = dict(record)
        del broken[field]
        assert any(e.validator == "required" for e in validator.iter_errors(broken)), field
    del record["header"]["departments"][0]["contacts"][0]["name"]
    assert list(validator.iter_errors(record))


@pytest.mark.parametrize("where", ["top", "header", "contact"])
def test_a_record_with_an_extra_field_passes(where):
    record = json.loads(parsed(sample("000")).to_json())
    target = {"top": record, "header": record["header"],
              "contact": record["header"]["departments"][0]["contacts"][0]}[where]
    target["added_in_a_later_version"] = {"any": "value"}
    assert not list(_validator().iter_errors(record))


def test_schema_version_and_unknown_fields_are_read():
    from pressparse.models import Release

    assert SCHEMA_VERSION == "1.1"
    record = json.loads(parsed(sample("000")).to_json())
    record["later_field"] = 1
    assert Release.model_validate(record).title == parsed(sample("000")).title
