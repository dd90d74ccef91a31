"""Protobuf-JSON leniency, as the spec declares it: fields typed string but holding an int64 (epoch milliseconds)
are marked ``x-protobuf-json: int64`` in the spec, and the mock reads them from a JSON string or a JSON number.
The list lives in the spec only; these tests derive it from there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from visier_mock._app import _spec
from visier_mock._leniency import MARKER, marked

from .conftest import Api

ROOT = Path(__file__).resolve().parents[2]
EXTRACTIONS = [("/v1/op/data/startExtractAndLoad", "JobId"), ("/v1alpha/op/jobs/extraction-jobs", "jobId")]


def _marked_fields() -> list[str]:
    return [path.rsplit("/", 1)[1] for path in marked(_spec())]


def _string_properties() -> list[tuple[str, dict[str, Any]]]:
    return [(name, prop) for schema in _spec()["components"]["schemas"].values()
            for name, prop in (schema.get("properties") or {}).items() if prop.get("type") == "string"]


def test_the_marked_fields_are_the_int64_ones() -> None:
    assert sorted(_marked_fields()) == ["extractToTimeOverride", "overrideLastExtractionTimestamp"]
    # Every string property the spec documents as epoch milliseconds carries the marker, and no other.
    epoch = sorted(name for name, prop in _string_properties() if "epoch milliseconds" in prop.get("description", ""))
    assert epoch == sorted(_marked_fields())
    assert all(prop[MARKER] == "int64" for name, prop in _string_properties() if MARKER in prop)


def test_every_leniency_is_recorded_in_the_curation_notes() -> None:
    notes = (ROOT / "docs" / "spec-curation.md").read_text(encoding="utf-8")
    for field in _marked_fields():
        assert f"`{field}`" in notes, field


@pytest.mark.parametrize(("path", "answer_key"), EXTRACTIONS)
@pytest.mark.parametrize("value", [1639382400000, "1639382400000", 0, -1, 2**63 - 1])
@pytest.mark.parametrize("field", ["overrideLastExtractionTimestamp", "extractToTimeOverride"])
def test_an_int64_field_takes_a_string_or_a_number(api: Api, path: str, answer_key: str, field: str,
                                                   value: Any) -> None:
    answer = api.ok(api.send("POST", path, {"allTenants": True, field: value}))
    assert answer[answer_key]


@pytest.mark.parametrize("value", [True, {"ms": 1}, [1], 1.5, 2**63, -(2**63) - 1, None])
def test_an_int64_field_refuses_what_protobuf_json_refuses(api: Api, value: Any) -> None:
    response = api.send("POST", "/v1/op/data/startExtractAndLoad",
                        {"allTenants": True, "overrideLastExtractionTimestamp": value})
    assert response.status_code == 400, response.text
    assert "overrideLastExtractionTimestamp" in response.json()["message"]


def test_the_served_spec_declares_the_leniency(api: Api) -> None:
    served = api.http.get("/openapi.json").json()
    field = served["components"]["schemas"]["ExtractDataAndLoadDTO"]["properties"]["overrideLastExtractionTimestamp"]
    assert {branch["type"] for branch in field["anyOf"]} == {"string", "integer"}
    assert field[MARKER] == "int64"
