"""Property tests on the generated models, with strategies built from the spec's own schemas: any instance a
schema allows survives from_dict -> to_dict unchanged, and a value the service adds later to a status-like field
is kept, never rejected."""

from __future__ import annotations

import functools
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from visier_data_handling_api import models

from ._setup import SPEC

SCHEMAS: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
STATUS_LIKE = {"status", "jobStatus", "cancelStatus", "currentStage", "jobType", "dataProvider", "authContext"}
TEXT = st.text(max_size=12)
INT32 = (-(2**31), 2**31 - 1)


def _strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    if "$ref" in schema:
        return _object(schema["$ref"].rsplit("/", 1)[1], depth + 1)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type", "object")
    if kind == "string":
        return st.binary(max_size=12) if schema.get("format") == "binary" else TEXT
    if kind == "integer":
        return st.integers(schema.get("minimum", INT32[0]), schema.get("maximum", INT32[1]))
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.lists(_strategy(schema["items"], depth + 1), min_size=schema.get("minItems", 0),
                        max_size=min(schema.get("maxItems", 3), 3))
    return st.just({})


@functools.cache
def _object(name: str, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    schema = SCHEMAS[name]
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    if depth > 3:  # deep optional nesting adds nothing but time
        properties = {k: v for k, v in properties.items() if k in required}
    return st.fixed_dictionaries(
        {k: _strategy(v, depth) for k, v in properties.items() if k in required},
        optional={k: _strategy(v, depth) for k, v in properties.items() if k not in required},
    )


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_schema_round_trips(name: str) -> None:
    model = getattr(models, name)
    files = [k for k, v in SCHEMAS[name].get("properties", {}).items() if v.get("format") == "binary"]

    @settings(max_examples=15, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(_object(name))
    def round_trip(instance: dict[str, Any]) -> None:
        parsed = model.from_dict(instance)
        if files:  # a multipart form's model: its files go out as the parts' contents
            parts = dict(parsed.to_multipart())
            assert {k: parts[k][1].read() for k in files} == {k: instance[k] for k in files}
        else:
            assert parsed.to_dict() == instance

    round_trip()


def _status_fields() -> list[tuple[str, str]]:
    return sorted(
        (name, prop)
        for name, schema in SCHEMAS.items()
        for prop, spec in schema.get("properties", {}).items()
        if "enum" in spec or (prop in STATUS_LIKE and spec.get("type") == "string")
    )


def test_status_like_fields_are_found() -> None:
    assert len(_status_fields()) >= 15


@pytest.mark.parametrize(("name", "prop"), _status_fields())
def test_unknown_value_in_status_like_field_is_kept(name: str, prop: str) -> None:
    model = getattr(models, name)
    schema = SCHEMAS[name]

    @settings(max_examples=10, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(_object(name), st.text(min_size=1, max_size=20).filter(lambda v: v not in schema["properties"][prop]
                                                                   .get("enum", [])))
    def kept(instance: dict[str, Any], unknown: str) -> None:
        instance = {**instance, prop: unknown}
        assert model.from_dict(instance).to_dict()[prop] == unknown

    kept()
