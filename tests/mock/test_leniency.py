"""Protobuf-JSON int64 fields: the reference types them string, but the service reads them from a JSON string or a
JSON number (Visier's own samples send numbers). The spec says so in the schema itself (``anyOf`` a string or an
int64), so the mock validates them from the spec as it is and serves that spec unchanged. The list lives in the spec
only; these tests derive it from there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from visier_mock._app import _spec

from .conftest import Api

ROOT = Path(__file__).resolve().parents[2]
EXTRACTIONS = [("/v1/op/data/startExtractAndLoad", "JobId"), ("/v1alpha/op/jobs/extraction-jobs", "jobId")]
INT64 = {"type": "integer", "format": "int64", "minimum": -(2**63), "maximum": 2**63 - 1}


def _properties() -> list[tuple[str, dict[str, Any]]]:
    return [(name, prop) for schema in _spec()["components"]["schemas"].values()
            for name, prop in (schema.get("properties") or {}).items()]


def _string_or_int64() -> list[str]:
    return sorted(name for name, prop in _properties() if prop.get("anyOf") == [{"type": "string"}, INT64])


def test_the_epoch_millisecond_fields_take_a_string_or_an_int64() -> None:
    assert _string_or_int64() == ["extractToTimeOverride", "overrideLastExtractionTimestamp"]
    # Every property the spec documents as epoch milliseconds is one of them, and no other.
    epoch = sorted(name for name, prop in _properties() if "epoch milliseconds" in prop.get("description", ""))
    assert epoch == _string_or_int64()
    # Each names the reference's type, so the comparison with the reference counts it as a known deviation.
    assert all(prop["x-reference-type"] == "string" for name, prop in _properties() if name in epoch)


def test_every_int64_field_is_recorded_in_the_curation_notes() -> None:
    notes = (ROOT / "docs" / "spec-curation.md").read_text(encoding="utf-8")
    for field in _string_or_int64():
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


def test_the_served_spec_is_the_spec(api: Api) -> None:
    served = api.http.get("/openapi.json").json()
    field = served["components"]["schemas"]["ExtractDataAndLoadDTO"]["properties"]["overrideLastExtractionTimestamp"]
    assert field["anyOf"] == [{"type": "string"}, INT64]
    assert served == _spec()
