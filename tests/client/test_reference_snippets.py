"""Every operation, called the way the earlier generated SDK's reference shows it (same method names and keyword
arguments), works against the mock with realistic values: sync, async (the ``a`` twin) and raw."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from visier_data_handling import VisierDataHandling
from visier_data_handling_python_sdk import ApiException
from visier_data_handling_python_sdk import VisierDataHandling as SeedName

TENANT = "WFF_j1r~c7o"
FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"


@pytest.fixture
def world(mock_server: Any) -> dict[str, Any]:
    """Jobs and resources to refer to, created through the mock before the snippets run."""
    client = VisierDataHandling(host=mock_server.url, api_key=mock_server.api_key,
                                username=mock_server.username, password=mock_server.password)
    dh = client.data_and_job_handling
    load = dh.start_load(model={"files": [FILE]})
    extraction = dh.start_extraction(all_tenants=True)
    mock_server.state.advance(20)  # everything above has finished
    credential = dh.create_connector_credential(
        tenant_code=TENANT,
        data_provider_auth_params={"provider": "UKG", "ultimateAuthParams": {"hostDomainName": "ukg.example",
                                                                            "username": "integration"}},
        data_provider_basic_information={"displayName": "UKG Callisto"},
    )
    connector = dh.data_connectors(tenant_code=TENANT).data_connectors[0]
    upload_time = dh.retrieve_data_uploads(tenant_code=TENANT).tenants[0].uploads[0].upload_time
    return {"client": client, "load": load.job_id, "dispatch": extraction.job_id, "credential": credential.uuid,
            "connector": connector.connector_id, "upload_time": upload_time}


def snippets(w: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Method name -> keyword arguments, as in the earlier generated SDK's reference, with real values."""
    return {
        "assign_connector_credential": {"connectors": [{"connectorId": w["connector"], "tenants": [
            {"tenantCode": TENANT, "credentialId": w["credential"]}]}]},
        "cancel_jobs": {"job_ids": [w["load"]]},
        "create_connector_credential": {
            "data_provider_auth_params": {"provider": "Bamboo", "authContext": "DefaultDataExtraction",
                                          "bambooAuthParams": {"tenantDomainName": "acme"}},
            "data_provider_basic_information": {"displayName": "Bamboo Io"},
            "data_provider_metadata": {"canChildrenInherit": True},
            "tenant_code": TENANT},
        "data_connector_credentials": {"tenant_code": TENANT, "limit": 10, "start": 0},
        "data_connectors": {"tenant_code": TENANT, "limit": 10, "start": 0},
        "disable_dv": {"model": {"dataVersionObjects": [{"tenantCode": TENANT}]}},
        "dispatching_job_status": {"job_id": w["dispatch"]},
        "exclude_data_uploads": {"uploads": [{"tenantCode": TENANT, "uploadTimes": [w["upload_time"]]}]},
        "extraction_job_and_status": {"dispatching_job_id": w["dispatch"], "tenant_code": TENANT, "limit": 5,
                                      "start": 0, "job_id": w["dispatch"]},
        "include_data_uploads": {"model": {"uploads": [{"tenantCode": TENANT, "uploadTimes": [w["upload_time"]]}]}},
        "job_id_status": {"job_id": w["load"]},
        "job_status": {"start_time": "2025-12-31T00:00:00.000Z", "end_time": "2026-01-02T00:00:00.000Z",
                       "status": "Succeeded"},
        "latest_enabled_dv": {"tenant_code": TENANT, "limit": 10, "start": 0, "number_of_versions": 5},
        "processing_job_and_status": {"dispatching_job_id": w["dispatch"], "tenant_code": TENANT, "limit": 5,
                                      "start": 0, "job_id": w["dispatch"]},
        "processing_job_status": {"tenant_code": TENANT, "limit": 5, "start": 0, "receiving_job_id": w["load"]},
        "receiving_job_and_status": {"dispatching_job_id": w["dispatch"], "tenant_code": TENANT, "limit": 5,
                                     "start": 0, "job_id": w["dispatch"]},
        "receiving_job_status": {"jobs": True, "tenant_code": TENANT, "start": 0, "limit": 5,
                                 "receiving_job_id": w["load"]},
        "retrieve_data_uploads": {"upload_job_id": w["load"], "tenant_code": TENANT, "limit": 10, "start": 0,
                                  "number_of_data_uploads": 5},
        "start_extraction": {"model": {"tenants": [TENANT], "runProcessingJob": True}},
        "start_load": {"model": {"files": [FILE]}},
        # The operations the earlier SDK did not have, named after their operationIds.
        "list_connector_settings": {},
        "set_connector_setting": {"connectors": [{"connectorId": w["connector"], "tenants": [
            {"tenantCode": TENANT, "connectorSettings": [{"settingKey": "batchSize", "value": "2000"}]}]}]},
        "retrieve_data_categories": {},
        "retrieve_receiving_job_extracted_files": {"job_id": w["load"], "limit": 10, "start": 0},
        "retrieve_tenant_source_files": {"file_name_regex": "hcm", "limit": 10, "start": 0},
        "adhoc_consolidated_analytics_job": {"tenant_code": "WFF_j1r~CAa7s", "run_processing_job": True},
        "adhoc_extraction_job": {"tenants": [TENANT]},
        "adhoc_processing_jobs": {"tenants": [TENANT], "publish_to_production": True},
        "delete_connector_credential": {"id": w["credential"], "tenant_code": TENANT},
    }


ORDER = list(snippets({k: "x" for k in ("load", "dispatch", "credential", "connector", "upload_time")}))


def test_the_table_covers_every_operation() -> None:
    from visier_data_handling_api.operations import OPERATIONS

    data_operations = {name for name, op in OPERATIONS.items() if op["tag"] == "data_and_job_handling"}
    assert set(ORDER) == data_operations


def _run(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except ApiException as error:  # pragma: no cover - shows the service's message if a snippet breaks
        pytest.fail(f"{error.status} {error.reason}: {error.body}")


@pytest.mark.parametrize("method", ORDER)
def test_reference_snippet_runs_sync_async_and_raw(world: dict[str, Any], method: str) -> None:
    kwargs = snippets(world)[method]
    resource = world["client"].data_and_job_handling
    if method == "delete_connector_credential":  # one credential can be deleted once: use three
        ids = [resource.create_connector_credential(**snippets(world)["create_connector_credential"]).uuid
               for _ in range(3)]
        calls = [{**kwargs, "id": credential_id} for credential_id in ids]
    else:
        calls = [kwargs, kwargs, kwargs]
    result = _run(lambda: getattr(resource, method)(**calls[0]))
    assert result is not None
    async_result = _run(lambda: asyncio.run(_await(getattr(resource, "a" + method)(**calls[1]))))
    assert type(async_result) is type(result)
    raw = _run(lambda: getattr(resource.raw, method)(**calls[2]))
    assert raw.status == 200
    assert raw.round_trip_time is not None and raw.round_trip_time >= 0
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.body is not None


async def _await(value: Any) -> Any:
    return await value


def test_earlier_sdk_getting_started_code_runs_unchanged(mock_server: Any) -> None:
    # The earlier SDK's constructor keywords: api_key_auth for the key, plus the sign-in of this SDK.
    client = SeedName(host=mock_server.url, api_key_auth=mock_server.api_key,
                      username=mock_server.username, password=mock_server.password)
    response = client.data_and_job_handling.data_connectors(tenant_code=TENANT)
    assert response.data_connectors
    with pytest.raises(ApiException) as caught:
        client.data_and_job_handling.dispatching_job_status(job_id="no-such-job")
    error = caught.value
    assert (error.status, error.reason) == (404, "Not Found")
    assert error.body and error.headers and error.round_trip_time is not None
