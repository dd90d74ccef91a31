"""Every operation through the friendly API: HTTP method, path, query and JSON body on the wire."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from visier_data_handling import VisierDataHandling
from visier_data_handling_api.models import DataLoadRequestModel, ExtractDataAndLoadDTO
from visier_data_handling_api.operations import OPERATIONS

from .helpers import Service, body

# (method, kwargs, HTTP method, path, query, body)
CASES: list[tuple[str, dict[str, Any], str, str, dict[str, str], Any]] = [
    (
        "adhoc_consolidated_analytics_job",
        {"tenant_code": "WFF_j1r~t1", "run_processing_job": True},
        "POST",
        "/v1alpha/op/jobs/consolidated-analytics-jobs",
        {},
        {"tenantCode": "WFF_j1r~t1", "runProcessingJob": True},
    ),
    (
        "adhoc_extraction_job",
        {"tenants": ["t1"], "data_category_id": "dc"},
        "POST",
        "/v1alpha/op/jobs/extraction-jobs",
        {},
        {"tenants": ["t1"], "dataCategoryId": "dc"},
    ),
    (
        "adhoc_processing_jobs",
        {"all_tenants": True, "excluded_tenants": ["t9"]},
        "POST",
        "/v1alpha/op/jobs/processing-jobs",
        {},
        {"allTenants": True, "excludedTenants": ["t9"]},
    ),
    (
        "assign_connector_credential",
        {"connectors": [{"connectorId": "c1", "tenants": [{"tenantCode": "t1", "credentialId": "cr"}]}]},
        "POST",
        "/v1/op/data-connectors/assignCredentials",
        {},
        {"connectors": [{"connectorId": "c1", "tenants": [{"tenantCode": "t1", "credentialId": "cr"}]}]},
    ),
    ("cancel_jobs", {"job_ids": ["j1", "j2"]}, "POST", "/v1/op/jobs/cancel", {}, {"jobIds": ["j1", "j2"]}),
    (
        "create_connector_credential",
        {
            "data_provider_auth_params": {"provider": "Bamboo", "auth_context": "DefaultDataExtraction"},
            "data_provider_basic_information": {"display_name": "b"},
            "tenant_code": "t1",
        },
        "POST",
        "/v1/op/data-connector-credentials",
        {"tenantCode": "t1"},
        {
            "dataProviderAuthParams": {"provider": "Bamboo", "authContext": "DefaultDataExtraction"},
            "dataProviderBasicInformation": {"displayName": "b"},
        },
    ),
    (
        "data_connector_credentials",
        {"tenant_code": "t1", "limit": 5, "start": 2},
        "GET",
        "/v1/op/data-connector-credentials",
        {"tenantCode": "t1", "limit": "5", "start": "2"},
        None,
    ),
    ("data_connectors", {"tenant_code": "t1"}, "GET", "/v1/op/data-connectors", {"tenantCode": "t1"}, None),
    (
        "delete_connector_credential",
        {"id": "cred/1", "tenant_code": "t1"},
        "DELETE",
        "/v1/op/data-connector-credentials/cred%2F1",
        {"tenantCode": "t1"},
        None,
    ),
    (
        "disable_dv",
        {"model": {"dataVersionObjects": [{"tenantCode": "t1", "dataVersion": "7"}]}},
        "PUT",
        "/v1/op/data-versions/disable",
        {},
        {"model": {"dataVersionObjects": [{"tenantCode": "t1", "dataVersion": "7"}]}},
    ),
    ("dispatching_job_status", {"job_id": "d1"}, "GET", "/v1/op/jobs/dispatching-jobs/d1", {}, None),
    (
        "exclude_data_uploads",
        {"uploads": [{"tenant_code": "t1", "exclude_all": True}]},
        "PUT",
        "/v1/op/data/uploads/exclude",
        {},
        {"uploads": [{"tenantCode": "t1", "excludeAll": True}]},
    ),
    (
        "extraction_job_and_status",
        {"job_id": "d1", "dispatching_job_id": "d1", "tenant_code": "t1", "limit": 1, "start": 0},
        "GET",
        "/v1/op/jobs/dispatching-jobs/d1/extraction-jobs",
        {"dispatchingJobId": "d1", "tenantCode": "t1", "limit": "1", "start": "0"},
        None,
    ),
    (
        "include_data_uploads",
        {"model": {"uploads": [{"tenantCode": "t1", "includeAll": True}]}},
        "PUT",
        "/v1/op/data/uploads/include",
        {},
        {"uploads": [{"tenantCode": "t1", "includeAll": True}]},
    ),
    ("job_id_status", {"job_id": "j1"}, "GET", "/v1/op/job-status/jobs/j1", {}, None),
    (
        "job_status",
        {"start_time": "1", "end_time": "2", "status": "Running"},
        "GET",
        "/v1/op/job-status/jobs",
        {"startTime": "1", "endTime": "2", "status": "Running"},
        None,
    ),
    (
        "latest_enabled_dv",
        {"tenant_code": "t1", "number_of_versions": 2, "data_category": "dc"},
        "GET",
        "/v1/op/data-versions",
        {"tenantCode": "t1", "numberOfVersions": "2", "dataCategory": "dc"},
        None,
    ),
    ("list_connector_settings", {}, "GET", "/v1/op/data-connectors/connector-settings", {}, None),
    (
        "processing_job_and_status",
        {"job_id": "d1", "tenant_code": "t1", "limit": 10, "start": 20},
        "GET",
        "/v1/op/jobs/dispatching-jobs/d1/processing-jobs",
        {"tenantCode": "t1", "limit": "10", "start": "20"},
        None,
    ),
    (
        "processing_job_status",
        {"receiving_job_id": "r1", "tenant_code": "t1"},
        "GET",
        "/v1/op/jobs/processing-jobs/r1",
        {"tenantCode": "t1"},
        None,
    ),
    (
        "receiving_job_and_status",
        {"job_id": "d1", "dispatching_job_id": "d1"},
        "GET",
        "/v1/op/jobs/dispatching-jobs/d1/receiving-jobs",
        {"dispatchingJobId": "d1"},
        None,
    ),
    (
        "receiving_job_status",
        {"receiving_job_id": "r1", "jobs": True, "tenant_code": "t1", "start": 0, "limit": 3},
        "GET",
        "/v1/op/jobs/receiving-jobs/r1",
        {"jobs": "true", "tenantCode": "t1", "start": "0", "limit": "3"},
        None,
    ),
    ("retrieve_data_categories", {}, "GET", "/v1/op/data/categories", {}, None),
    (
        "retrieve_data_uploads",
        {"upload_job_id": "u1", "number_of_data_uploads": 3},
        "GET",
        "/v1/op/data/uploads",
        {"uploadJobId": "u1", "numberOfDataUploads": "3"},
        None,
    ),
    (
        "retrieve_receiving_job_extracted_files",
        {"job_id": "r1", "file_name_regex": ".*csv"},
        "GET",
        "/v1alpha/op/data/receiving-jobs/r1/files",
        {"fileNameRegex": ".*csv"},
        None,
    ),
    (
        "retrieve_tenant_source_files",
        {"file_name_regex": "x"},
        "GET",
        "/v1alpha/op/data/uploaded-files",
        {"fileNameRegex": "x"},
        None,
    ),
    (
        "set_connector_setting",
        {"connectors": [{"connector_id": "c1", "tenants": [{"tenant_code": "WFF_j1r~c7o", "connector_settings": []}]}]},
        "PUT",
        "/v1/op/data-connectors/connector-settings",
        {},
        {"connectors": [{"connectorId": "c1", "tenants": [{"tenantCode": "WFF_j1r~c7o", "connectorSettings": []}]}]},
    ),
    ("start_extraction", {"all_tenants": True}, "POST", "/v1/op/data/startExtractAndLoad", {}, {"allTenants": True}),
    (
        "start_load",
        {"model": {"files": ["a.zip.gpg"], "skipDataLoad": True}},
        "POST",
        "/v1/op/data/startload",
        {},
        {"model": {"files": ["a.zip.gpg"], "skipDataLoad": True}},
    ),
]


def test_cases_cover_every_operation() -> None:
    ops = {name for name, op in OPERATIONS.items() if op["tag"] == "data_and_job_handling"}
    assert {case[0] for case in CASES} == ops
    assert len(ops) == 29


@pytest.mark.parametrize(("method", "kwargs", "verb", "path", "query", "payload"), CASES, ids=[c[0] for c in CASES])
def test_operation_on_the_wire(
    client: VisierDataHandling,
    service: Service,
    method: str,
    kwargs: dict[str, Any],
    verb: str,
    path: str,
    query: dict[str, str],
    payload: Any,
) -> None:
    getattr(client.data_and_job_handling, method)(**kwargs)
    request = service.last()
    assert request.method == verb
    assert request.url.raw_path.split(b"?")[0].decode() == path
    assert dict(request.url.params) == query
    assert body(request) == payload
    assert request.headers["apikey"]


@pytest.mark.parametrize(("method", "kwargs", "verb", "path", "query", "payload"), CASES, ids=[c[0] for c in CASES])
def test_async_twin_on_the_wire(
    client: VisierDataHandling,
    service: Service,
    method: str,
    kwargs: dict[str, Any],
    verb: str,
    path: str,
    query: dict[str, str],
    payload: Any,
) -> None:
    async def main() -> None:
        await getattr(client.data_and_job_handling, "a" + method)(**kwargs)
        await client.aclose()

    asyncio.run(main())
    request = service.last()
    assert (request.method, request.url.raw_path.split(b"?")[0].decode()) == (verb, path)
    assert dict(request.url.params) == query
    assert body(request) == payload


@pytest.mark.parametrize(
    "kwargs",
    [
        {"model": {"files": ["a"], "skip_data_load": False}},  # the earlier SDK's style, snake_case keys
        {"model": {"files": ["a"], "skipDataLoad": False}},  # camelCase wire keys
        {"files": ["a"], "skip_data_load": False},  # flattened
        {"model": DataLoadRequestModel(files=["a"], skip_data_load=False)},  # what _flows passes
        {"body": {"model": {"files": ["a"], "skipDataLoad": False}}},
    ],
)
def test_start_load_body_shapes(client: VisierDataHandling, service: Service, kwargs: dict[str, Any]) -> None:
    client.data_and_job_handling.start_load(**kwargs)
    assert body(service.last()) == {"model": {"files": ["a"], "skipDataLoad": False}}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"all_tenants": True, "run_processing_job": False},
        {"model": {"allTenants": True, "runProcessingJob": False}},  # the earlier SDK's style: unwrapped for this op
        {"model": {"all_tenants": True, "run_processing_job": False}},
        {"body": ExtractDataAndLoadDTO(all_tenants=True, run_processing_job=False)},
        {"model": ExtractDataAndLoadDTO(all_tenants=True, run_processing_job=False)},
    ],
)
def test_start_extraction_body_shapes(client: VisierDataHandling, service: Service, kwargs: dict[str, Any]) -> None:
    client.data_and_job_handling.start_extraction(**kwargs)
    assert body(service.last()) == {"allTenants": True, "runProcessingJob": False}


def test_exclude_typo_alias_warns(client: VisierDataHandling, service: Service) -> None:
    with pytest.warns(DeprecationWarning, match="exclude_data_uploads"):
        client.data_and_job_handling.exclude_data_uplaods(model={"uploads": [{"tenantCode": "t1"}]})
    assert service.last().url.path == "/v1/op/data/uploads/exclude"
    assert body(service.last()) == {"uploads": [{"tenantCode": "t1"}]}


def test_target_tenant_header_default_and_override(service: Service) -> None:
    from .helpers import make_client

    with make_client(service, target_tenant_id="WFF_j1r~t1") as c:
        c.data_and_job_handling.data_connectors()
        assert service.last().headers["TargetTenantID"] == "WFF_j1r~t1"
        c.data_and_job_handling.data_connectors(target_tenant_id="other")
        assert service.last().headers["TargetTenantID"] == "other"


def test_parsed_model_returned(client: VisierDataHandling, service: Service) -> None:
    service.route("POST", "/v1/op/data/startload", lambda r: __import__("httpx").Response(200, json={"jobId": "j1"}))
    assert client.data_and_job_handling.start_load(files=["a"]).job_id == "j1"


def test_raw_response(client: VisierDataHandling, service: Service) -> None:
    import httpx

    service.route(
        "GET", "/v1/op/data-versions", lambda r: httpx.Response(200, json={"tenants": []}, headers={"X-A": "1"})
    )
    raw = client.data_and_job_handling.raw.latest_enabled_dv(tenant_code="t1")
    assert raw.status == 200
    assert raw.body == {"tenants": []}
    assert raw.headers["x-a"] == "1"
    assert raw.round_trip_time >= 0
    assert raw.parsed.tenants == []

    async def main() -> None:
        araw = await client.data_and_job_handling.raw.alatest_enabled_dv()
        assert araw.body == {"tenants": []}
        await client.aclose()

    asyncio.run(main())


def test_compat_package() -> None:
    from visier_data_handling_python_sdk import ApiException
    from visier_data_handling_python_sdk import VisierDataHandling as Compat

    assert Compat is VisierDataHandling
    assert issubclass(ApiException, Exception)


def test_jobs_hooks(client: VisierDataHandling, service: Service) -> None:
    import httpx
    from visier_data_handling import JobFuture, Jobs

    assert isinstance(client.jobs, Jobs) and client.jobs is client.jobs
    service.route("POST", "/v1/op/data/startload", lambda r: httpx.Response(200, json={"jobId": "r1"}))
    future = client.load(["a.zip.gpg"], wait=False)
    assert isinstance(future, JobFuture)
    assert body(service.last()) == {"model": {"files": ["a.zip.gpg"]}}
    service.route("POST", "/v1/op/data/startExtractAndLoad", lambda r: httpx.Response(200, json={"jobId": "d1"}))
    assert isinstance(client.extract_and_load(all_tenants=True, wait=False), JobFuture)
    assert body(service.last()) == {"allTenants": True, "runProcessingJob": True}
