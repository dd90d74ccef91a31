"""Visier's sample responses (syntax corrected, see tests/fixtures/README.md) parse into the generated models
and serialise back to the same JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from visier_data_handling_api import models

from ._spec import operations, resolve

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
OPERATIONS = {op["operationId"]: op for _, _, op in operations()}


def _schema_name(ref_holder: dict[str, Any]) -> str:
    return ref_holder["$ref"].rsplit("/", 1)[1]


def _samples(kind: str) -> list[tuple[str, Any]]:
    found = []
    for path in sorted(SAMPLES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if kind in data:
            found.append((path.stem, data[kind]))
    return found


def test_there_are_samples_for_both_directions() -> None:
    assert len(_samples("response")) >= 14
    assert len(_samples("request")) >= 10


@pytest.mark.parametrize(("operation_id", "body"), _samples("response"))
def test_sample_response_round_trips_through_its_model(operation_id: str, body: dict[str, Any]) -> None:
    schema = OPERATIONS[operation_id]["responses"]["200"]["content"]["application/json"]["schema"]
    model = getattr(models, _schema_name(schema))
    parsed = model.from_dict(body)
    assert parsed.to_dict() == body
    # Every key of the sample is a declared field, not an unknown one kept aside.
    assert parsed.additional_properties == {}


@pytest.mark.parametrize(("operation_id", "body"), _samples("request"))
def test_sample_request_round_trips_through_its_model(operation_id: str, body: dict[str, Any]) -> None:
    schema = OPERATIONS[operation_id]["requestBody"]["content"]["application/json"]["schema"]
    model = getattr(models, _schema_name(schema))
    assert model.from_dict(body).to_dict() == body


def test_samples_are_the_spec_examples() -> None:
    for operation_id, body in _samples("response"):
        content = OPERATIONS[operation_id]["responses"]["200"]["content"]["application/json"]
        assert content["example"] == body, operation_id


def test_status_body_with_details_and_at_type_parses() -> None:
    # The earlier generated SDK failed on an "@type" key; ours keeps unknown keys as additional properties.
    body = {
        "code": "InvalidArgument",
        "message": "",
        "localizedMessage": "The field 'files' is required.",
        "rci": "a1b2c3",
        "userError": True,
        "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [{"field": "files"}]}],
    }
    status = models.Status.from_dict(body)
    assert status.localized_message == "The field 'files' is required."
    assert status.user_error is True
    assert status.additional_properties["details"][0]["@type"].endswith("BadRequest")
    assert status.to_dict() == body


def test_unknown_enum_value_is_kept_not_rejected() -> None:
    body = {"tenantCode": "WFF_j1r", "jobId": "j", "cancelStatus": "CANCEL_PENDING_NEW_VALUE"}
    parsed = models.JobCancellationResultDTO.from_dict(body)
    assert parsed.cancel_status == "CANCEL_PENDING_NEW_VALUE"
    assert parsed.to_dict() == body


def test_resolve_helper_follows_refs() -> None:
    assert resolve({"$ref": "#/components/schemas/Status"})["type"] == "object"
