"""The curated spec: valid, complete against the real API's operation list, curated for generation."""

from __future__ import annotations

import re

import pytest
from openapi_spec_validator import validate

from ._spec import operations, resolve, spec

# The 29 Data and Job Handling operations of Visier's Data-In API, its file upload and the two sign-in operations.
EXPECTED = {
    ("GET", "/v1/op/data-connector-credentials"),
    ("POST", "/v1/op/data-connector-credentials"),
    ("DELETE", "/v1/op/data-connector-credentials/{id}"),
    ("GET", "/v1/op/data-connectors"),
    ("POST", "/v1/op/data-connectors/assignCredentials"),
    ("GET", "/v1/op/data-connectors/connector-settings"),
    ("PUT", "/v1/op/data-connectors/connector-settings"),
    ("GET", "/v1/op/data-versions"),
    ("PUT", "/v1/op/data-versions/disable"),
    ("GET", "/v1/op/data/categories"),
    ("POST", "/v1/op/data/startExtractAndLoad"),
    ("POST", "/v1/op/data/startload"),
    ("GET", "/v1/op/data/uploads"),
    ("PUT", "/v1/op/data/uploads/exclude"),
    ("PUT", "/v1/op/data/uploads/include"),
    ("GET", "/v1/op/job-status/jobs"),
    ("GET", "/v1/op/job-status/jobs/{jobId}"),
    ("POST", "/v1/op/jobs/cancel"),
    ("GET", "/v1/op/jobs/dispatching-jobs/{jobId}"),
    ("GET", "/v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs"),
    ("GET", "/v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs"),
    ("GET", "/v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs"),
    ("GET", "/v1/op/jobs/processing-jobs/{receivingJobId}"),
    ("GET", "/v1/op/jobs/receiving-jobs/{receivingJobId}"),
    ("GET", "/v1alpha/op/data/receiving-jobs/{jobId}/files"),
    ("GET", "/v1alpha/op/data/uploaded-files"),
    ("POST", "/v1alpha/op/jobs/consolidated-analytics-jobs"),
    ("POST", "/v1alpha/op/jobs/extraction-jobs"),
    ("POST", "/v1alpha/op/jobs/processing-jobs"),
    ("PUT", "/v1/data/upload/files/{filename}"),
    ("GET", "/v1/data/directloads/{draftId}/configs"),
    ("PUT", "/v1/data/directloads/{draftId}/configs"),
    ("GET", "/v1/data/directloads/{draftId}/schemas/{objectName}"),
    ("GET", "/v1/data/directloads/{draftId}/transactions"),
    ("POST", "/v1/data/directloads/{draftId}/transactions"),
    ("GET", "/v1/data/directloads/{draftId}/transactions/{transactionId}"),
    ("POST", "/v1/data/directloads/{draftId}/transactions/{transactionId}"),
    ("DELETE", "/v1/data/directloads/{draftId}/transactions/{transactionId}"),
    ("PUT", "/v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}"),
    ("POST", "/v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}/sample-data"),
    ("POST", "/v1/admin/visierSecureToken"),
    ("POST", "/v1/auth/oauth2/token"),
}
# The 6 Data Intake and the 4 PGP key operations (issue 31); TableSource (alpha) stays out.
DATA_INTAKE_AND_PGP_KEYS = {
    ("GET", "/v1/op/data-sources"),
    ("POST", "/v1/op/data-transfer-sessions"),
    ("PUT", "/v1/op/data-transfer-sessions/{transferSessionId}/add"),
    ("PUT", "/v1/op/data-transfer-sessions/{transferSessionId}/cancel"),
    ("PUT", "/v1/op/data-transfer-sessions/{transferSessionId}/upload"),
    ("POST", "/v1/op/jobs/receiving-jobs"),
    ("GET", "/v1/api/pgp-keys"),
    ("POST", "/v1/api/pgp-keys"),
    ("GET", "/v1/api/pgp-keys/{keyID}"),
    ("DELETE", "/v1/api/pgp-keys/{keyID}"),
}

# The earlier generated SDK's method names (snake_case of our operationIds), with its typo fixed.
EARLIER_SDK_METHODS = {
    "assignConnectorCredential", "cancelJobs", "createConnectorCredential", "dataConnectorCredentials",
    "dataConnectors", "deleteConnectorCredential", "disableDv", "dispatchingJobStatus", "excludeDataUploads",
    "extractionJobAndStatus", "includeDataUploads", "jobIdStatus", "jobStatus", "latestEnabledDv",
    "processingJobAndStatus", "processingJobStatus", "receivingJobAndStatus", "receivingJobStatus",
    "retrieveDataUploads", "startExtraction", "startLoad",
}


def test_spec_is_valid_openapi_3_0() -> None:
    assert spec()["openapi"] == "3.0.3"
    validate(spec())


def test_exactly_the_expected_operations_are_present() -> None:
    assert {(m, p) for m, p, _ in operations()} == EXPECTED | DATA_INTAKE_AND_PGP_KEYS


def test_operation_ids_are_unique_camel_case_with_one_tag() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    for _, _, op in operations():
        assert re.fullmatch(r"[a-z][a-zA-Z0-9]*", op["operationId"]), op["operationId"]
        assert len(op["tags"]) == 1, op["operationId"]
    assert set(ids) >= EARLIER_SDK_METHODS


def _walk(node: object, path: str = "$"):
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]")


def test_no_default_values_anywhere_in_schemas() -> None:
    # openapi-python-client sends a declared default even when the caller left the value out.
    bad = [p for p, key, _ in _walk(spec()["paths"]) if key == "default" and ".responses" not in p]
    bad += [p for p, key, _ in _walk(spec()["components"]["schemas"]) if key == "default"]
    assert bad == []


def test_parameters_carry_descriptions_in_their_schema_and_tenant_codes_are_strings() -> None:
    for _, _, op in operations():
        for param in op.get("parameters", []):
            assert param["schema"].get("description"), (op["operationId"], param["name"])
            assert "description" not in param, "parameter-level descriptions are dropped by the generator"
            if param["name"] == "tenantCode":
                assert param["schema"]["type"] == "string", op["operationId"]


@pytest.mark.parametrize("code", ["400", "401", "403", "404", "429", "500", "default"])
def test_every_data_operation_documents_errors_with_the_status_body(code: str) -> None:
    for _, _, op in operations():
        if op["tags"] == ["Authentication"] and code == "404":
            continue
        response = resolve(op["responses"][code])
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Status"}, (op["operationId"], code)
    assert "Retry-After" in resolve({"$ref": "#/components/responses/TooManyRequests"})["headers"]


def test_every_start_limit_operation_declares_x_pagination_naming_its_items() -> None:
    for _, _, op in operations():
        names = {p["name"] for p in op.get("parameters", [])}
        pagination = op.get("x-pagination")
        assert (pagination is not None) == ({"start", "limit"} <= names), op["operationId"]
        if pagination:
            assert pagination["start"] in names and pagination["limit"] in names
            body = resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
            assert body["properties"][pagination["items"]]["type"] == "array", op["operationId"]


def test_every_operation_returning_a_job_id_links_to_status_operations() -> None:
    ids = {op["operationId"]: op for _, _, op in operations()}
    for _, _, op in operations():
        ok = op["responses"].get("200", {})  # fileUpload answers 307 only
        schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
        props = resolve(schema).get("properties", {}) if "$ref" in schema else {}
        if {"jobId", "JobId"} & set(props) and not op["operationId"].endswith("Status"):
            links = ok.get("links", {})
            assert links, op["operationId"]
            for link in links.values():
                assert link["operationId"] in ids
            # The links point at the operations that take the job id.
            assert any(ids[link["operationId"]]["operationId"] != "cancelJobs" for link in links.values())


def test_sign_in_operations_need_no_security_and_data_operations_need_the_api_key() -> None:
    for _, _, op in operations():
        if op["tags"] == ["Authentication"]:
            assert op["security"] == []
        else:
            assert "security" not in op
    assert all("ApiKeyAuth" in alternative for alternative in spec()["security"])


def test_deviations_from_the_reference_are_recorded() -> None:
    assert len(spec()["x-deviations"]) >= 5
    schemas = spec()["components"]["schemas"]
    assert "x-note" in schemas["StartExtractionResponse"]
    assert "JobId" in schemas["StartExtractionResponse"]["properties"]
