"""Visier's curl samples, replayed as JSON against the mock, answer with the samples' shapes, and every answer
follows the spec's names and types."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from visier_mock._app import _spec

from .conftest import Api

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
TENANT = "WFF_j1r~c7o"


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {op["operationId"]: (method.upper(), path, op) for path, item in _spec()["paths"].items()
            for method, op in item.items()}


def _shape(value: Any) -> Any:
    """Keys and kinds of values, with arrays reduced to their first item."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


def _validate(operation: dict[str, Any], body: Any) -> None:
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    document = {"components": _spec()["components"], **schema}
    jsonschema.validate(body, document)


def _request(api: Api, operation_id: str, sample: dict[str, Any]) -> Any:
    """Replays the sample against state set up so the answer has the sample's parts."""
    method, path, op = _operations()[operation_id]
    body = sample.get("request")
    params: dict[str, Any] = {}
    if operation_id in ("extractionJobAndStatus", "processingJobAndStatus", "receivingJobAndStatus",
                        "dispatchingJobStatus"):
        api.http.post("/__mock__/failures", json={"tenantCode": "WFF_j1r~e1a", "stage": "processing"})
        api.http.post("/__mock__/slow", json={"tenantCode": "WFF_j1r~e1a", "seconds": 60})
        job = api.extract(tenants=[TENANT, "WFF_j1r~e1a"])
        api.advance(3.5 if operation_id == "extractionJobAndStatus" else 80)
        path = path.replace("{jobId}", job)
        params = {} if operation_id == "dispatchingJobStatus" else {"limit": 2, "start": 0}
    elif operation_id == "cancelJobs":
        body = {"jobIds": _cancel_targets(api)}
    elif operation_id in ("dataConnectors", "dataConnectorCredentials", "createConnectorCredential"):
        params = {"tenantCode": TENANT}
    elif operation_id == "assignConnectorCredential":
        connector = api.ok(api.get("/v1/op/data-connectors", tenantCode=TENANT))["dataConnectors"][0]
        credential = api.ok(api.get("/v1/op/data-connector-credentials", tenantCode=TENANT))["connectorCredentials"][0]
        body = {"connectors": [{"connectorId": connector["connectorId"], "tenants": [
            {"tenantCode": TENANT, "credentialId": credential["credentialId"]}]}]}
    elif operation_id in ("includeDataUploads", "excludeDataUploads"):
        uploads = api.ok(api.get("/v1/op/data/uploads", tenantCode="WFF_j1r~i1o"))["tenants"][0]["uploads"]
        body = {"uploads": [{"tenantCode": "WFF_j1r~i1o", "uploadTimes": [uploads[0]["uploadTime"],
                                                                           "2019-10-11T20:35:21.420Z"]},
                            {"tenantCode": "WFF_x9z~a1b", "includeAll": True}]}
    elif operation_id == "startExtraction":
        body = {**body, "allTenants": True}
    return api.send(method, path, body, **params), op


def _cancel_targets(api: Api) -> list[str]:
    api.http.post("/__mock__/slow", json={"tenantCode": "WFF_j1r~e1a", "seconds": 60})
    job = api.load(["WFF_j1r~e1a_hcm_20260101.zip.gpg"])
    finished = api.load(["WFF_j1r~c7o_hcm_20260101.zip.gpg"])
    api.advance(62)
    processing = api.ok(api.get(f"/v1/op/jobs/processing-jobs/{job}"))["processingJobs"][0]["jobId"]
    return [processing, finished, api.load(), "d9299c6a-287e-4ae5-9f34-edb3b4e91e37"]


SAMPLE_FILES = sorted(p for p in SAMPLES.glob("*.json") if "response" in json.loads(p.read_text()))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_sample_replayed_answers_with_its_shape(api: Api, path: Path) -> None:
    sample = json.loads(path.read_text(encoding="utf-8"))
    response, operation = _request(api, path.stem, sample)
    answer = api.ok(response)
    _validate(operation, answer)
    expected = _shape(sample["response"])
    got = _shape(answer)
    if path.stem == "cancelJobs":  # one line per kind of outcome, in the sample's order
        expected_lines = [_shape(line) for line in sample["response"]["jobCancellationResults"]]
        got_lines = [_shape(line) for line in answer["jobCancellationResults"]]
        assert sorted(map(str, got_lines)) == sorted(map(str, expected_lines))
        return
    if path.stem in ("dataConnectors", "dataConnectorCredentials", "latestEnabledDv", "retrieveDataUploads"):
        # The mock always echoes the page (limit, start) and the credential's authContext, which the service may
        # leave out; the sample's keys must all be there with the same kinds.
        _assert_contains(got, expected)
        return
    assert got == expected


def _assert_contains(got: Any, expected: Any) -> None:
    if isinstance(expected, dict):
        for key, value in expected.items():
            assert key in got, key
            _assert_contains(got[key], value)
    elif isinstance(expected, list) and expected:
        assert got, "expected items"
        _assert_contains(got[0], expected[0])
    else:
        assert got == expected
