"""A user's file: ``mypy --strict`` must accept it, and every ``assert_type`` states what users see.

Checked by test_typing.py, never run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_type

from visier_data_handling import (
    AsyncTransferSession,
    IntakeResult,
    JobFuture,
    JobTree,
    LoadResult,
    RawResponse,
    TransferSession,
    UploadResult,
    VisierDataHandling,
)
from visier_data_handling_api.models import (
    DataLoadResponse,
    DirectDataJobStatusResponseDTO,
    DirectDataLoadConfigDTO,
    DirectDataSchemaDTO,
    DirectDataTransactionStartResponseDTO,
    DirectDataUploadFileResponseDTO,
    JobStatusWithStartTime,
    KeyPairDeleteResponseDTO,
    MultipleTenantDataVersionsDetailsDTO,
    MultipleTenantDataVersionsListDTO,
    PublicKeyDTO,
    PublicKeysDTO,
    PushDataCompleteResponse,
    PushDataResponse,
    PushDataSourceDefinitionsDTO,
    StartTransferResponse,
    TenantDataUploadsResponseDTO,
)
from visier_data_handling_api.types import File
from visier_data_handling_python_sdk import ApiException
from visier_data_handling_python_sdk import VisierDataHandling as SeedClient


def sync_calls(client: VisierDataHandling) -> None:
    dh = client.data_and_job_handling
    assert_type(dh.start_load(files=["hcm.zip.gpg"]), DataLoadResponse)
    assert_type(dh.start_load(model={"files": ["hcm.zip.gpg"]}, timeout=5.0, max_retries=1), DataLoadResponse)
    extra = dh.start_load(files=["hcm.zip.gpg"], extra_headers={"X-Trace": "t-1"}, extra_query={"dryRun": True},
                          extra_body={"newField": {"nested": [1, 2.5, None, "x"]}})
    assert_type(extra, DataLoadResponse)
    assert_type(dh.latest_enabled_dv(tenant_code="WFF_j1r~c7o"), MultipleTenantDataVersionsListDTO)
    tenants = dh.latest_enabled_dv(iterator=True, page_size=50, page_ahead=False)
    assert_type(tenants, Iterator[MultipleTenantDataVersionsDetailsDTO])
    for tenant in tenants:
        assert_type(tenant, MultipleTenantDataVersionsDetailsDTO)
    assert_type(dh.job_id_status(job_id="j-1"), list[JobStatusWithStartTime])
    raw = dh.raw.start_load(files=["hcm.zip.gpg"], extra_headers={"X-Trace": "t-1"}, extra_body={"newField": 1})
    assert_type(raw, RawResponse[DataLoadResponse])
    assert_type(raw.parsed, DataLoadResponse)
    assert_type(raw.status, int)


def intake_calls(client: VisierDataHandling) -> None:
    ddi = client.direct_data_intake
    assert_type(ddi.start_transaction(), DirectDataTransactionStartResponseDTO)
    assert_type(ddi.object_schema(object_name="Employee"), DirectDataSchemaDTO)
    assert_type(ddi.object_schema(draft_id="prod", object_name="Employee", target_tenant_id="WFF_j1r"),
                DirectDataSchemaDTO)
    assert_type(ddi.put_config(job={"supplemental_mode": "IS_SUPPLEMENTAL"}), DirectDataLoadConfigDTO)
    with open("employee.csv", "rb") as payload:
        answer = ddi.upload_file(transaction_id="t-1", object_name="Employee", file=File(payload=payload))
    assert_type(answer, DirectDataUploadFileResponseDTO)
    assert_type(ddi.raw.commit_transaction(transaction_id="t-1"), RawResponse[DirectDataUploadFileResponseDTO])
    assert_type(client.intake({"Employee": "employee.csv"}), IntakeResult)
    assert_type(client.intake({"Employee": "employee.csv"}, wait=False, draft_id="prod"), JobFuture)


async def async_calls(client: VisierDataHandling) -> None:
    dh = client.data_and_job_handling
    assert_type(await dh.astart_load(files=["hcm.zip.gpg"]), DataLoadResponse)
    async for upload in dh.aretrieve_data_uploads(iterator=True):
        assert_type(upload, TenantDataUploadsResponseDTO)
    assert_type(await dh.raw.astart_load(files=["hcm.zip.gpg"]), RawResponse[DataLoadResponse])
    assert_type(await client.aload(["hcm.zip.gpg"]), LoadResult)
    ddi = client.direct_data_intake
    assert_type(await ddi.atransaction_status(transaction_id="t-1"), DirectDataJobStatusResponseDTO)
    assert_type(await client.aintake({"Employee": "employee.csv"}), IntakeResult)


def transfer_sessions(client: VisierDataHandling, data: File) -> None:
    intake = client.data_intake
    assert_type(intake.get_sources(), PushDataSourceDefinitionsDTO)
    assert_type(intake.start_transfer(), StartTransferResponse)
    batch = intake.push_data(transfer_session_id="s-1", body="Id,Name\n1,Ann", source_id="src", sequence=1)
    assert_type(batch, PushDataResponse)
    assert_type(intake.upload_data(transfer_session_id="s-1", file=data, sequence=2), PushDataResponse)
    assert_type(intake.push_data_complete(transfer_session_id="s-1", processing_data=True), PushDataCompleteResponse)
    assert_type(intake.raw.push_data_cancel(transfer_session_id="s-1").status, int)
    with client.transfer("Employee", tenant="WFF_j1r~c7o", processing=True, batch_records=1000) as session:
        assert_type(session, TransferSession)
        session.push([{"EmployeeID": "E1", "StartDate": "2026-01-01", "Salary": 1.5, "Manager": None}])
        session.upload("Employee_2026.csv", source="")
    assert_type(session.job, JobFuture)
    assert_type(session.job.result(), JobTree)
    assert_type(session.sequences, list[int])


async def async_transfer(client: VisierDataHandling) -> None:
    async with client.atransfer("Employee", processing=False) as session:
        assert_type(session, AsyncTransferSession)
        await session.push({"EmployeeID": str(i)} for i in range(3))
    assert_type(await session.job.aresult(), JobTree)


async def pgp_keys(client: VisierDataHandling) -> None:
    keys = client.pgp_keys
    assert_type(keys.get_all_pgp_public_keys(), PublicKeysDTO)
    assert_type(keys.generate_pgp_key_pair(expiration_date="2030-01-01T00:00:00Z"), PublicKeyDTO)
    assert_type(await keys.aget_pgp_public_key(key_id="00A1B2C3D4E5F607"), PublicKeyDTO)
    assert_type(await keys.adelete_pgp_key_pair(key_id="00A1B2C3D4E5F607"), KeyPairDeleteResponseDTO)
    key = keys.get_pgp_public_key(key_id="00A1B2C3D4E5F607")
    assert_type(client.upload("hcm.zip", encrypt=True), UploadResult)
    assert_type(await client.aupload("hcm.zip", pgp_key="00A1B2C3D4E5F607"), UploadResult)
    assert_type(client.upload_and_load(["hcm.zip"], encrypt=True, pgp_key=key), LoadResult)


def flows(client: VisierDataHandling) -> None:
    assert_type(client.load(["hcm.zip.gpg"]), LoadResult)
    assert_type(client.load(["hcm.zip.gpg"], wait=True, timeout=600), LoadResult)
    future = client.load(["hcm.zip.gpg"], wait=False)
    assert_type(future, JobFuture)
    assert_type(client.jobs.future("j-1"), JobFuture)
    assert_type(client.jobs.future("j-1").result(), JobTree)
    assert_type(client.jobs.tree("j-1").job_id, str)


def compatibility(host: str, key: str) -> None:
    client = SeedClient(host=host, api_key_auth=key, username="u", password="p")
    assert_type(client, VisierDataHandling)
    try:
        client.data_and_job_handling.dispatching_job_status(job_id="no-such-job")
    except ApiException as error:
        assert_type(error.status, int)
