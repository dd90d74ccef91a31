"""Handlers of the data-version operations: the latest enabled data versions, disabling them, data categories."""

from __future__ import annotations

from typing import Any

from visier_data_handling_api.facts import DISABLE_DV_MAX_OBJECTS

from ._clock import iso
from ._context import state
from ._errors import MockError, bad_request
from ._paging import page
from ._tenants import NO_PERMISSION, known_tenant

MAX_DISABLE = DISABLE_DV_MAX_OBJECTS  # the spec's maxItems of disableDv's dataVersionObjects


def _tenant_page(tenant_code: str | None, start: int | None, limit: int | None) -> tuple[list[str], int, int]:
    """One page of the tenants the data-versions list shows: analytic tenants, then consolidated analytics
    ones; sliced from both lists without joining them, so a page costs its own size."""
    s = state()
    if tenant_code:
        return page([known_tenant("tenantCode", tenant_code)], start, None)
    _, limit, start = page([], start, limit)
    chosen = s.tenants[start : start + limit]
    rest = max(0, start - len(s.tenants))
    chosen += s.consolidated[rest : rest + limit - len(chosen)]
    return chosen, limit, start


async def latest_enabled_dv(tenant_code: str | None = None, limit: int | None = None, start: int | None = None,
                            number_of_versions: int | None = None, data_category: str | None = None,
                            **_: Any) -> Any:
    data = state().data_store
    if data_category and data_category not in {c["objectName"] for c in data.categories}:
        raise MockError(404, f"Invalid value for 'dataCategory': unknown data category {data_category!r}")
    count = number_of_versions or 5
    tenants, limit, start = _tenant_page(tenant_code, start, limit)
    return {
        "tenants": [
            {"tenantCode": t, "dataVersions": [
                {"dataVersion": v.number, "dataVersionDate": iso(v.created)}
                for v in data.enabled_versions(t, data_category)[:count]]}
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
            enabled = s.data_store.enabled_versions(tenant, item.get("dataCategory"))
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


async def retrieve_data_categories(**_: Any) -> Any:
    return {"categories": state().data_store.categories}
