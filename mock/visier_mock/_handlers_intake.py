"""Handlers of Direct Data Intake: the draft's config, load schemas, and transactions (start, list, status, commit,
rollback, sample data). uploadFile streams its body, so MockApp answers it outside connexion (_intake_uploads)."""

from __future__ import annotations

from typing import Any

from visier_data_handling_api.facts import INTAKE_DRAFT_ID

from ._clock import iso
from ._context import state, target_tenant
from ._errors import MockError
from ._intake_fixtures import SAMPLES
from ._state_intake import IntakeFile, Transaction, schema_of
from ._tenants import known_tenant


def intake_tenant(draft_id: str) -> str:
    """The tenant a Direct Data Intake call acts as (TargetTenantID, else the administrating tenant), once the draft
    is known: only ``prod`` is."""
    if draft_id != INTAKE_DRAFT_ID:
        raise MockError(404, f"Draft [{draft_id}] was not found; the only draft is {INTAKE_DRAFT_ID!r}.")
    s = state()
    tenant = target_tenant()
    if not tenant or tenant == s.admin:
        return s.admin
    return known_tenant("TargetTenantID", tenant)


def _answer(transaction: Transaction, message: str) -> dict[str, Any]:
    return {"transactionId": transaction.transaction_id, "status": transaction.status, "message": message}


async def get_config(draft_id: str, **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    return {"job": state().intake_store.config(tenant)}


async def put_config(draft_id: str, body: dict[str, Any], **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    s = state()
    with s.lock:
        return {"job": s.intake_store.change_config(tenant, body.get("job") or {})}


async def object_schema(draft_id: str, object_name: str, **_: Any) -> Any:
    intake_tenant(draft_id)
    return {"schema": schema_of(object_name)}


async def list_transactions(draft_id: str, **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    transactions = state().intake_store.open_transactions(tenant)
    return {"transactions": [{"tenantCode": t.tenant, "transactionId": t.transaction_id, "created": iso(t.created),
                              "updated": iso(t.updated), "status": t.status} for t in transactions]}


async def start_transaction(draft_id: str, **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    s = state()
    with s.lock:
        transaction = s.intake_store.start(tenant)
    return {"transactionId": transaction.transaction_id}


async def transaction_status(draft_id: str, transaction_id: str, **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    s = state()
    with s.lock:
        transaction = s.intake_store.find(tenant, transaction_id)
        job = s.intake_store.job(transaction)
        now = s.now()
        return {"tenantCode": tenant, "transactionId": transaction.transaction_id, "jobId": job.job_id,
                "status": job.status(now), "message": job.message(now)}


async def commit_transaction(draft_id: str, transaction_id: str, **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    s = state()
    with s.lock:
        job = s.intake_store.commit(tenant, transaction_id)
        transaction = s.intake_store.find(tenant, transaction_id)
    return _answer(transaction, f"Committed; processing job {job.job_id} started.")


async def rollback_transaction(draft_id: str, transaction_id: str, **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    s = state()
    with s.lock:
        transaction = s.intake_store.rollback(tenant, transaction_id)
    return _answer(transaction, "Rolled back; the uploaded files were discarded.")


async def load_sample_data(draft_id: str, transaction_id: str, object_name: str, sample_name: str | None = None,
                           **_: Any) -> Any:
    tenant = intake_tenant(draft_id)
    s = state()
    with s.lock:
        transaction = s.intake_store.open_for_files(tenant, transaction_id)
        columns = [column["name"] for column in schema_of(object_name)]
        if sample_name is None or sample_name not in SAMPLES:
            known = ", ".join(SAMPLES)
            raise MockError(400, f"Invalid value for 'sampleName': {sample_name!r} is not a sample; known: {known}")
        if SAMPLES[sample_name] != object_name:
            raise MockError(400, f"Invalid value for 'sampleName': sample {sample_name!r} loads into "
                                 f"{SAMPLES[sample_name]}, not {object_name}")
        s.intake_store.add_file(transaction, IntakeFile(object_name, f"sample:{sample_name}", 0, columns))
    return _answer(transaction, f"Sample {sample_name!r} added for {object_name}.")
