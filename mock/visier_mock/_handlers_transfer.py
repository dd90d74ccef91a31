"""Handlers of Data Intake: sources, transfer sessions and their batches of records, completion (a receiving job,
and a processing job with processingData) and cancelling. Files (uploadData) stream through _transfer_uploads."""

from __future__ import annotations

import csv
import io
from typing import Any

from visier_data_handling_api.facts import TRANSFER_BATCH_MAX_BYTES, TRANSFER_BATCH_MAX_RECORDS

from ._context import state, target_tenant
from ._errors import MockError, bad_request
from ._state_transfer import CANCELLED, COMPLETED, Batch, Session, batch_answer, check_header, open_session
from ._tenants import known_tenant


async def get_sources(**_: Any) -> Any:
    s = state()
    return {"sources": list(s.transfer_store.sources.values())}


async def start_transfer(**_: Any) -> Any:
    s = state()
    with s.lock:
        session = s.transfer_store.start(target_tenant() or s.admin)
    return {"transferSessionId": session.session_id}


def _open_session(session_id: str) -> Session:
    return open_session(state().transfer_store, session_id)


def tenant_code_of(tenant_code: str | None) -> str:
    """The tenant a batch is for: the administrating tenant unless tenantCode names one the mock lists."""
    s = state()
    if not tenant_code or tenant_code == s.admin:
        return s.admin
    return known_tenant("tenantCode", tenant_code)


def _rows(text: str, source: dict[str, Any]) -> int:
    """The batch's records, checked against the source's columns (see check_header), and no record leaves a column
    empty that may not be."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise bad_request("body", "the batch is empty; its first row names the columns")
    header, records = rows[0], rows[1:]
    check_header("body", header, source)
    if len(records) > TRANSFER_BATCH_MAX_RECORDS:
        raise bad_request("body", f"{len(records)} records; a batch holds at most {TRANSFER_BATCH_MAX_RECORDS}")
    columns = {c["columnName"]: c for c in source["columns"]}
    for number, record in enumerate(records, 1):
        if len(record) != len(header):
            raise bad_request("body", f"record {number} has {len(record)} values for {len(header)} columns")
        for name, value in zip(header, record, strict=True):
            if value == "" and not columns[name].get("allowEmpty", True):
                raise bad_request("body", f"record {number} leaves column {name!r}, which may not be empty, empty")
    return len(records)


async def push_data(transfer_session_id: str, body: Any, source_id: str | None = None, sequence: int | None = None,
                    tenant_code: str | None = None, **_: Any) -> Any:
    s = state()
    _open_session(transfer_session_id)  # an unknown session first: nothing else about the batch matters then
    if not isinstance(body, str):
        raise bad_request("body", "the batch is a JSON string of comma-separated rows, the column names first")
    size = len(body.encode())
    if size > TRANSFER_BATCH_MAX_BYTES:
        raise bad_request("body", f"the batch is {size} bytes; a batch holds at most {TRANSFER_BATCH_MAX_BYTES}")
    if not source_id:
        raise bad_request("sourceId", "name the source the records are for (getSources lists them)")
    source = s.transfer_store.source_by_id(source_id)
    if source is None:
        raise MockError(404, f"Invalid value for 'sourceId': unknown source {source_id!r}")
    tenant = tenant_code_of(tenant_code)
    rows = _rows(body, source)
    with s.lock:
        session = _open_session(transfer_session_id)
        batch = Batch(sequence, tenant, source["name"], rows, size, source_id=source_id)
        return batch_answer(session, s.transfer_store.add(session, batch))


async def push_data_cancel(transfer_session_id: str, **_: Any) -> Any:
    s = state()
    with s.lock:
        session = _open_session(transfer_session_id)
        session.status = CANCELLED
    return {"transferSessionId": session.session_id, "status": "CANCELLED", "message": "The transfer session was "
            "cancelled; nothing it received is kept.", "dataTransferResultDetails": session.details()}


async def push_data_complete(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    with s.lock:
        session = _open_session(str(body.get("transferSessionId") or ""))
        tenants = sorted({b.tenant for b in session.batches.values()}) or [session.tenant]
        job = s.job_store.start_transfer(tenants, bool(body.get("processingData", False)))
        session.status, session.receiving_job_id = COMPLETED, job.job_id
    return {"transferSessionId": session.session_id, "dataReceivingJobId": job.job_id, "status": "SUCCEED",
            "message": f"{len(session.batches)} batches received.", "dataTransferResultDetails": session.details()}
