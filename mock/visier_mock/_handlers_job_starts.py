"""Handlers of the operations that start jobs: loads, extractions, processing and consolidated analytics."""

from __future__ import annotations

import asyncio
from typing import Any

from ._context import state
from ._errors import MockError, bad_request


async def start_load(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    model = body.get("model") or {}
    files = model.get("files")
    if not files:
        raise bad_request("model.files", "name at least one uploaded file")
    unknown = [name for name in files if name not in s.sftp]
    if unknown:
        # A well-formed name of a file that is not there: the file is the missing resource.
        raise MockError(404, f"Invalid value for 'model.files': file {unknown[0]!r} is not on the SFTP server")
    # Visier decrypts each encrypted file with the private key it holds; one it cannot decrypt fails its receiving
    # job. gpg reads the whole file, so it runs off the event loop.
    unreadable: dict[str, str] = {}
    for name in files:
        why = await asyncio.to_thread(s.pgp_store.decrypt, name)
        if why:
            unreadable[name] = why
    with s.lock:
        job = s.job_store.start_load(list(files), bool(model.get("skipDataLoad", False)), unreadable)
    return {"jobId": job.job_id}


def _extraction_tenants(body: dict[str, Any]) -> list[str]:
    s = state()
    tenants = body.get("tenants") or []
    excluded = set(body.get("excludedTenants") or [])
    if body.get("allTenants"):
        # allTenants wins over a list; excludedTenants only ever narrows it.
        return [t for t in s.tenants if t not in excluded]
    for tenant in tenants:
        if tenant not in s.visible_tenants():
            raise MockError(404, f"Invalid value for 'tenants': unknown tenant {tenant!r}")
    return [t for t in dict.fromkeys(tenants) if t not in excluded] or [s.admin]


def _extraction(body: dict[str, Any]) -> str:
    s = state()
    tenants = _extraction_tenants(body)
    with s.lock:
        return s.job_store.start_extraction(tenants, body.get("runProcessingJob", True) is not False).job_id


async def start_extraction(body: dict[str, Any], **_: Any) -> Any:
    return {"JobId": _extraction(body)}  # this operation's answer names the field JobId


async def adhoc_extraction_job(body: dict[str, Any], **_: Any) -> Any:
    return {"jobId": _extraction(body)}


async def adhoc_processing_jobs(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    tenants = _extraction_tenants(body)
    with s.lock:
        job = s.job_store.start_processing(tenants)
    return {"jobId": job.job_id}


async def adhoc_consolidated_analytics_job(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    tenant = body.get("tenantCode")
    if tenant not in s.consolidated:
        raise MockError(404, f"Invalid value for 'tenantCode': {tenant!r} is not a consolidated analytics tenant")
    with s.lock:
        job = s.job_store.start_consolidated(tenant, bool(body.get("runProcessingJob", False)))
    return {"jobId": job.job_id}
