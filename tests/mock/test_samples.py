"""Visier's curl samples (all 21 of the published Data and Job Handling samples), replayed against the mock, answer
with the samples' shapes, and every answer follows the spec's names and types. Samples whose body the
publication does not show are replayed for their status and schema."""

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
        # The dispatching job of the startExtractAndLoad sample, as published (a numeric timestamp), queried
        # with the samples' page (limit 2 from the second tenant).
        api.http.post("/__mock__/failures", json={"tenantCode": "WFF_j1r~i1o", "stage": "processing"})
        published = _sample("startExtraction")["request"]
        job = api.ok(api.send("POST", "/v1/op/data/startExtractAndLoad", published))["JobId"]
        api.advance(80)
        path = path.replace("{jobId}", job)
        params = {} if operation_id == "dispatchingJobStatus" else {"limit": 2, "start": 1}
    elif operation_id in ("receivingJobStatus", "processingJobStatus"):
        job = api.load()
        api.advance(10)
        path = path.replace("{receivingJobId}", job)
    elif operation_id == "deleteConnectorCredential":
        created = api.send("POST", "/v1/op/data-connector-credentials", _sample("createConnectorCredential")["request"],
                           tenantCode="WFF_j1r~e1a")
        path = path.replace("{id}", api.ok(created)["uuid"])
        params = {"tenantCode": "WFF_j1r~e1a"}
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


# The published samples, in the publication's order.
SEED_001 = [
    "startLoad", "adhocProcessingJobs", "adhocExtractionJob", "receivingJobStatus", "processingJobStatus",
    "latestEnabledDv", "disableDv", "retrieveDataUploads", "includeDataUploads", "excludeDataUploads", "cancelJobs",
    "startExtraction", "dispatchingJobStatus", "extractionJobAndStatus", "processingJobAndStatus",
    "receivingJobAndStatus", "dataConnectors", "dataConnectorCredentials", "createConnectorCredential",
    "deleteConnectorCredential", "assignConnectorCredential",
]


def _sample(operation_id: str) -> dict[str, Any]:
    path = SAMPLES / f"{operation_id}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_every_published_sample_is_replayed() -> None:
    assert len(SEED_001) == len(set(SEED_001)) == 21
    assert {p.stem for p in SAMPLES.glob("*.json")} <= set(SEED_001)
    assert set(SEED_001) <= set(_operations())


@pytest.mark.parametrize("operation_id", SEED_001)
def test_sample_replayed_answers_with_its_shape(api: Api, operation_id: str) -> None:
    sample = _sample(operation_id)
    response, operation = _request(api, operation_id, sample)
    assert response.status_code == 200, response.text
    answer = response.json()
    _validate(operation, answer)
    assert api.state.unexpected == []
    if "response" not in sample:  # the publication shows no body: status and schema are what can be checked
        return
    expected = _shape(sample["response"])
    got = _shape(answer)
    if operation_id == "cancelJobs":  # one line per kind of outcome, in the sample's order
        expected_lines = [_shape(line) for line in sample["response"]["jobCancellationResults"]]
        got_lines = [_shape(line) for line in answer["jobCancellationResults"]]
        assert sorted(map(str, got_lines)) == sorted(map(str, expected_lines))
        return
    if operation_id in ("dataConnectors", "dataConnectorCredentials", "latestEnabledDv", "retrieveDataUploads"):
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
