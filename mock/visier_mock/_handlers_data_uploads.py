"""Handlers of the data-upload operations: listing uploads, including and excluding them, and the files of a
receiving job or of a tenant."""

from __future__ import annotations

from typing import Any

from dateutil import parser as dateparser
from visier_data_handling_api.facts import PAGE_LIMIT_SERVICE_DEFAULT as SERVICE_LIMIT

from ._clock import iso
from ._context import state, target_tenant
from ._errors import bad_request, not_found
from ._paging import page
from ._patterns import compile_user_pattern
from ._state_data import Upload
from ._tenants import NO_PERMISSION, known_tenant

# An upload is selected by any one of these; an entry with none of them selects nothing.
CRITERIA = ("uploadTimes", "minUploadTime", "maxUploadTime", "sources", "fileNameRegex", "fileIdentifiers")


def _tenants(tenant_code: str | None) -> list[str]:
    return [known_tenant("tenantCode", tenant_code)] if tenant_code else state().tenants


async def retrieve_data_uploads(upload_job_id: str | None = None, tenant_code: str | None = None,
                                limit: int | None = None, start: int | None = None,
                                number_of_data_uploads: int | None = None, **_: Any) -> Any:
    s = state()
    if upload_job_id and s.job_store.job(upload_job_id) is None:
        raise not_found("Upload job", upload_job_id)
    count = number_of_data_uploads or 1
    tenants, limit, start = page(_tenants(tenant_code), start, None if tenant_code else limit,
                                 default=SERVICE_LIMIT["retrieve_data_uploads"])
    out = []
    for tenant in tenants:
        uploads = [u for u in s.data_store.tenant_uploads(tenant) if upload_job_id in (None, u.job_id)]
        if upload_job_id and not uploads:
            continue
        out.append({"tenantCode": tenant, "uploads": [
            {"uploadTime": iso(u.time), "included": u.included} for u in uploads[:count]]})
    return {"tenants": out, "limit": limit, "start": start}


def _parse_time(value: str) -> float | None:
    """An ISO 8601 time in seconds, or None when the text is not one (it then matches no upload)."""
    try:
        moment = dateparser.isoparse(value)
        return moment.timestamp() if moment.tzinfo else moment.replace(tzinfo=dateparser.tz.UTC).timestamp()
    except (ValueError, OverflowError):
        return None


def _set_included(body: dict[str, Any], included: bool) -> Any:
    s = state()
    entries = body.get("uploads")
    if not entries:
        raise bad_request("uploads", "name at least one tenant")
    everything = "includeAll" if included else "excludeAll"
    results: list[dict[str, Any]] = []
    with s.lock:
        for entry in entries:
            tenant = entry.get("tenantCode") or ""
            times = entry.get("uploadTimes") or []
            wanted = [(t, _parse_time(t)) for t in times]
            if tenant not in s.visible_tenants():
                for text, _ in wanted or [("", 0.0)]:
                    results.append(_upload_result(tenant, text or iso(s.now()), "Failed", NO_PERMISSION))
                continue
            uploads = s.data_store.tenant_uploads(tenant)
            selected = _select(entry, uploads, everything)
            for upload in selected:
                upload.included = included
                results.append(_upload_result(tenant, iso(upload.time), "Succeeded", ""))
            if not selected and not wanted:
                results.append(_upload_result(tenant, "", "Failed", "No data upload matches the selection."))
            for text, when in wanted:
                if when is None or not any(abs(u.time - when) < 0.001 for u in uploads):
                    results.append(_upload_result(tenant, text, "Failed",
                                                  "The data upload does not exist for the tenant."))
    failures = sum(r["status"] == "Failed" for r in results)
    return {"totalFailures": failures, "totalSuccess": len(results) - failures, "uploads": results}


def _select(entry: dict[str, Any], uploads: list[Upload], everything: str) -> list[Upload]:
    if entry.get(everything):
        return uploads
    selected = uploads
    if entry.get("uploadTimes"):
        times = [t for t in (_parse_time(text) for text in entry["uploadTimes"]) if t is not None]
        selected = [u for u in selected if any(abs(u.time - t) < 0.001 for t in times)]
    if entry.get("minUploadTime"):
        low = _parse_time(entry["minUploadTime"])
        selected = [u for u in selected if low is not None and u.time >= low]
    if entry.get("maxUploadTime"):
        high = _parse_time(entry["maxUploadTime"])
        selected = [u for u in selected if high is not None and u.time <= high]
    if entry.get("sources"):
        selected = [u for u in selected if u.source in entry["sources"]]
    if entry.get("fileNameRegex"):
        pattern = compile_user_pattern(entry["fileNameRegex"])
        selected = [u for u in selected if pattern.search(u.filename)]
    if entry.get("fileIdentifiers"):
        selected = [u for u in selected if u.identifier in entry["fileIdentifiers"]]
    # No selection at all selects nothing; the caller gets a Failed line rather than a changed tenant.
    return selected if any(entry.get(key) for key in CRITERIA) else []


def _upload_result(tenant: str, time: str, status: str, message: str) -> dict[str, Any]:
    return {"tenantCode": tenant, "uploadTime": time, "status": status, "message": message}


async def include_data_uploads(body: dict[str, Any], **_: Any) -> Any:
    return _set_included(body, True)


async def exclude_data_uploads(body: dict[str, Any], **_: Any) -> Any:
    return _set_included(body, False)


def _file(upload: Upload) -> dict[str, Any]:
    return {"uploadTime": iso(upload.time), "filename": upload.filename, "identifier": upload.identifier,
            "sourceId": "00000000-0000-4000-8000-000000000000", "sourceObjectName": upload.source,
            "included": upload.included}


async def retrieve_receiving_job_extracted_files(job_id: str, file_name_regex: str | None = None,
                                                 limit: int | None = None, start: int | None = None,
                                                 **_: Any) -> Any:
    s = state()
    job = s.job_store.job(job_id)
    if job is None:
        raise not_found("Receiving job", job_id)
    pattern = compile_user_pattern(file_name_regex) if file_name_regex else None
    root = job.root_id or job.job_id
    files = [u for u in sorted(s.data_store.uploads, key=lambda u: (u.tenant, u.time))
             if u.job_id in (job.job_id, root) and u.time <= s.now() and (not pattern or pattern.search(u.filename))]
    chosen, _, _ = page(files, start, limit, default=SERVICE_LIMIT["retrieve_receiving_job_extracted_files"])
    tenants: dict[str, list[dict[str, Any]]] = {}
    for upload in chosen:
        tenants.setdefault(upload.tenant, []).append(_file(upload))
    return {"receivingJobId": job.job_id,
            "tenants": [{"tenantCode": t, "extractedFiles": f} for t, f in tenants.items()]}


async def retrieve_tenant_source_files(file_name_regex: str | None = None, limit: int | None = None,
                                       start: int | None = None, **_: Any) -> Any:
    s = state()
    tenant = target_tenant() or s.admin
    pattern = compile_user_pattern(file_name_regex) if file_name_regex else None
    pool = s.tenants if tenant == s.admin else [known_tenant("TargetTenantID", tenant)]
    files = [u for t in pool for u in s.data_store.tenant_uploads(t) if not pattern or pattern.search(u.filename)]
    chosen, _, _ = page(files, start, limit, default=SERVICE_LIMIT["retrieve_tenant_source_files"])
    return {"tenantCode": tenant, "sourceFiles": [_file(u) for u in chosen]}
