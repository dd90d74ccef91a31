"""Handlers of the data operations: data versions, data uploads, files, connectors and credentials."""

from __future__ import annotations

from typing import Any

from dateutil import parser as dateparser
from visier_data_handling_api.facts import DISABLE_DV_MAX_OBJECTS
from visier_data_handling_api.facts import PAGE_LIMIT_SERVICE_DEFAULT as SERVICE_LIMIT

from ._context import state, target_tenant
from ._errors import MockError, bad_request, not_found
from ._paging import clean, page
from ._patterns import compile_user_pattern
from ._state import Connector, iso

NO_PERMISSION = "Insufficient permissions to access the specified tenant."
MAX_DISABLE = DISABLE_DV_MAX_OBJECTS  # the spec's maxItems of disableDv's dataVersionObjects


def _known_tenant(field: str, tenant: str) -> str:
    if tenant not in state().visible_tenants():
        raise MockError(404, f"Invalid value for '{field}': unknown tenant {tenant!r}")
    return tenant


def _tenants(tenant_code: str | None) -> list[str]:
    return [_known_tenant("tenantCode", tenant_code)] if tenant_code else state().tenants


def _tenant_page(tenant_code: str | None, start: int | None, limit: int | None) -> tuple[list[str], int, int]:
    """One page of the tenants the data-versions list shows: analytic tenants, then consolidated analytics
    ones; sliced from both lists without joining them, so a page costs its own size."""
    s = state()
    if tenant_code:
        return page([_known_tenant("tenantCode", tenant_code)], start, None)
    _, limit, start = page([], start, limit)
    chosen = s.tenants[start : start + limit]
    rest = max(0, start - len(s.tenants))
    chosen += s.consolidated[rest : rest + limit - len(chosen)]
    return chosen, limit, start


# ----- data versions
async def latest_enabled_dv(tenant_code: str | None = None, limit: int | None = None, start: int | None = None,
                            number_of_versions: int | None = None, data_category: str | None = None,
                            **_: Any) -> Any:
    s = state()
    if data_category and data_category not in {c["objectName"] for c in s.categories}:
        raise MockError(404, f"Invalid value for 'dataCategory': unknown data category {data_category!r}")
    count = number_of_versions or 5
    tenants, limit, start = _tenant_page(tenant_code, start, limit)
    return {
        "tenants": [
            {"tenantCode": t, "dataVersions": [
                {"dataVersion": v.number, "dataVersionDate": iso(v.created)}
                for v in s.enabled_versions(t, data_category)[:count]]}
            for t in tenants
        ],
        "limit": limit,
        "start": start,
    }


async def disable_dv(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    objects = (body.get("model") or {}).get("dataVersionObjects")
    if not objects:
        raise bad_request("model.dataVersionObjects", "name at least one tenant")
    if len(objects) > MAX_DISABLE:
        raise bad_request("model.dataVersionObjects", f"at most {MAX_DISABLE} per call")
    results = []
    with s.lock:
        for item in objects:
            tenant = item.get("tenantCode") or ""
            wanted = item.get("dataVersion")
            if tenant not in s.visible_tenants():
                results.append(_dv_result(tenant, "", "", "Failed", NO_PERMISSION))
                continue
            enabled = s.enabled_versions(tenant, item.get("dataCategory"))
            version = next((v for v in enabled if v.number == wanted), None) if wanted else next(iter(enabled), None)
            if version is None:
                message = (f"Data version {wanted} is not an enabled data version of tenant {tenant}." if wanted
                           else f"There was no enabled data version for tenant {tenant}.")
                results.append(_dv_result(tenant, "", "", "Failed", message))
                continue
            version.enabled = False
            results.append(_dv_result(tenant, version.job_id, version.number, "Succeeded", ""))
    failures = sum(r["status"] == "Failed" for r in results)
    return {"totalFailures": failures, "totalSuccess": len(results) - failures, "results": results}


def _dv_result(tenant: str, job_id: str, version: str, status: str, message: str) -> dict[str, Any]:
    return {"jobId": job_id, "dataVersion": version, "tenantCode": tenant, "status": status, "message": message}


# ----- data uploads
async def retrieve_data_uploads(upload_job_id: str | None = None, tenant_code: str | None = None,
                                limit: int | None = None, start: int | None = None,
                                number_of_data_uploads: int | None = None, **_: Any) -> Any:
    s = state()
    if upload_job_id and s.job(upload_job_id) is None:
        raise not_found("Upload job", upload_job_id)
    count = number_of_data_uploads or 1
    tenants, limit, start = page(_tenants(tenant_code), start, None if tenant_code else limit,
                                 default=SERVICE_LIMIT["retrieve_data_uploads"])
    out = []
    for tenant in tenants:
        uploads = [u for u in s.tenant_uploads(tenant) if upload_job_id in (None, u.job_id)]
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
            uploads = s.tenant_uploads(tenant)
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


def _select(entry: dict[str, Any], uploads: list[Any], everything: str) -> list[Any]:
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
    criteria = ("uploadTimes", "minUploadTime", "maxUploadTime", "sources", "fileNameRegex", "fileIdentifiers")
    # No selection at all selects nothing; the caller gets a Failed line rather than a changed tenant.
    return selected if any(entry.get(key) for key in criteria) else []


def _upload_result(tenant: str, time: str, status: str, message: str) -> dict[str, Any]:
    return {"tenantCode": tenant, "uploadTime": time, "status": status, "message": message}


async def include_data_uploads(body: dict[str, Any], **_: Any) -> Any:
    return _set_included(body, True)


async def exclude_data_uploads(body: dict[str, Any], **_: Any) -> Any:
    return _set_included(body, False)


def _file(upload: Any) -> dict[str, Any]:
    return {"uploadTime": iso(upload.time), "filename": upload.filename, "identifier": upload.identifier,
            "sourceId": "00000000-0000-4000-8000-000000000000", "sourceObjectName": upload.source,
            "included": upload.included}


async def retrieve_receiving_job_extracted_files(job_id: str, file_name_regex: str | None = None,
                                                 limit: int | None = None, start: int | None = None,
                                                 **_: Any) -> Any:
    s = state()
    job = s.job(job_id)
    if job is None:
        raise not_found("Receiving job", job_id)
    pattern = compile_user_pattern(file_name_regex) if file_name_regex else None
    root = job.root_id or job.job_id
    files = [u for u in sorted(s.uploads, key=lambda u: (u.tenant, u.time))
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
    pool = s.tenants if tenant == s.admin else [_known_tenant("TargetTenantID", tenant)]
    files = [u for t in pool for u in s.tenant_uploads(t) if not pattern or pattern.search(u.filename)]
    chosen, _, _ = page(files, start, limit, default=SERVICE_LIMIT["retrieve_tenant_source_files"])
    return {"tenantCode": tenant, "sourceFiles": [_file(u) for u in chosen]}


async def retrieve_data_categories(**_: Any) -> Any:
    return {"categories": state().categories}


# ----- connectors and credentials
def _scope(tenant_code: str | None) -> str:
    s = state()
    tenant = tenant_code or target_tenant() or s.admin
    if tenant != s.admin:
        _known_tenant("tenantCode", tenant)
    return tenant


def _connectors(tenant: str) -> list[Connector]:
    s = state()
    return [c for c in s.connectors.values() if c.tenant == tenant or tenant == s.admin]


async def data_connectors(tenant_code: str | None = None, limit: int | None = None, start: int | None = None,
                          **_: Any) -> Any:
    items, limit, start = page(_connectors(_scope(tenant_code)), start, limit)
    return {"dataConnectors": [clean({"connectorId": c.connector_id, "displayName": c.display_name,
                                      "credentialId": c.credential_id}) for c in items],
            "limit": limit, "start": start}


async def data_connector_credentials(tenant_code: str | None = None, limit: int | None = None,
                                     start: int | None = None, **_: Any) -> Any:
    s = state()
    tenant = _scope(tenant_code)
    _, limit, start = page([], start, limit)
    items = s.credential_page(tenant, start, limit)
    return {"connectorCredentials": [
        {"credentialId": c.credential_id, "displayName": c.display_name, "dataProvider": c.provider,
         "isInherited": c.inherited, "authContext": "DefaultDataExtraction"} for c in items],
        "limit": limit, "start": start}


async def create_connector_credential(body: dict[str, Any], tenant_code: str | None = None, **_: Any) -> Any:
    s = state()
    tenant = _scope(tenant_code)
    params = body.get("dataProviderAuthParams") or {}
    provider = params.get("provider")
    if not provider:
        raise bad_request("dataProviderAuthParams.provider", "required")
    name = (body.get("dataProviderBasicInformation") or {}).get("displayName")
    if name is None:
        raise bad_request("dataProviderBasicInformation.displayName", "required")
    with s.lock:
        credential_id = s.add_credential(tenant, name, provider)
    symbol = s.credentials[credential_id].symbol
    return {"uuid": credential_id, "symbolName": symbol, "objectName": symbol}


async def delete_connector_credential(id_: str, tenant_code: str | None = None, **_: Any) -> Any:
    s = state()
    tenant = _scope(tenant_code)
    with s.lock:
        credential = s.credentials.get(id_)
        if credential is None or (tenant != s.admin and credential.tenant != tenant):
            raise not_found("Credential", id_)
        s.delete_credential(id_)
        for connector in s.connectors.values():
            if connector.credential_id == id_:
                connector.credential_id = None
    return id_


async def assign_connector_credential(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    connectors = body.get("connectors")
    if not connectors:
        raise bad_request("connectors", "name at least one connector")
    by_tenant: dict[str, dict[str, Any]] = {}
    with s.lock:
        for item in connectors:
            connector = s.connectors.get(item.get("connectorId") or "")
            for pair in item.get("tenants") or []:
                tenant = pair.get("tenantCode") or ""
                entry = by_tenant.setdefault(tenant, {"tenantCode": tenant, "connectors": [], "status": "Succeed"})
                credential = s.credentials.get(pair.get("credentialId") or "")
                problem = (NO_PERMISSION if tenant not in s.visible_tenants() else
                           "The data connector does not exist." if connector is None else
                           "The credential does not exist." if credential is None else None)
                if problem:
                    entry.update(status="Failed", message=problem)
                    continue
                assert connector is not None and credential is not None
                connector.credential_id = credential.credential_id
                entry["connectors"].append({
                    "connector": {"connectorId": connector.connector_id, "displayName": connector.display_name},
                    "credential": {"credentialId": credential.credential_id, "displayName": credential.display_name},
                })
    return {"tenants": list(by_tenant.values())}


async def list_connector_settings(**_: Any) -> Any:
    connectors = _connectors(_scope(None))
    return {"connectors": [
        {"connectorId": c.connector_id, "displayName": c.display_name,
         "connectorSettings": [{"settingKey": k, "value": v} for k, v in c.settings.items()]} for c in connectors]}


async def set_connector_setting(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    items = body.get("connectors")
    if not items:
        raise bad_request("connectors", "name at least one connector")
    by_tenant: dict[str, dict[str, Any]] = {}
    with s.lock:
        for item in items:
            connector = s.connectors.get(item.get("connectorId") or "")
            for pair in item.get("tenants") or []:
                tenant = pair.get("tenantCode") or s.admin
                entry = by_tenant.setdefault(tenant, {"tenantCode": tenant, "connectors": [], "status": "Succeed"})
                if tenant not in s.visible_tenants() and tenant != s.admin:
                    entry.update(status="Failed", message=NO_PERMISSION)
                    continue
                if connector is None:
                    entry.update(status="Failed", message="The data connector does not exist.")
                    continue
                written = []
                for setting in pair.get("connectorSettings") or []:
                    key = setting.get("settingKey")
                    if key not in connector.settings:
                        written.append({"key": key or "", "value": setting.get("value") or "",
                                        "message": "Unknown setting."})
                        entry["status"] = "Failed"
                        continue
                    connector.settings[key] = setting.get("value") or ""
                    written.append({"key": key, "value": connector.settings[key]})
                entry["connectors"].append({
                    "connector": {"connectorId": connector.connector_id, "displayName": connector.display_name},
                    "settings": written})
    return {"tenants": list(by_tenant.values())}
