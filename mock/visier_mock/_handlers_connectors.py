"""Handlers of the data-connector operations: connectors and their settings, connector credentials."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._context import state, target_tenant
from ._errors import bad_request, not_found
from ._paging import clean, page
from ._state_connectors import Connector
from ._tenants import NO_PERMISSION, known_tenant


def _scope(tenant_code: str | None) -> str:
    """The tenant whose connectors and credentials a call reads or changes; the administrating one by default."""
    s = state()
    tenant = tenant_code or target_tenant() or s.admin
    if tenant != s.admin:
        known_tenant("tenantCode", tenant)
    return tenant


def _tenant_entries(body: dict[str, Any]) -> Iterator[tuple[Connector | None, dict[str, Any]]]:
    """(the connector, or None when there is no such connector; one of its tenant entries) for each tenant entry
    of each connector the body names; a 400 first when it names none."""
    items = body.get("connectors")
    if not items:
        raise bad_request("connectors", "name at least one connector")
    connectors = state().connector_store.connectors
    for item in items:
        connector = connectors.get(item.get("connectorId") or "")
        for pair in item.get("tenants") or []:
            yield connector, pair


async def data_connectors(tenant_code: str | None = None, limit: int | None = None, start: int | None = None,
                          **_: Any) -> Any:
    connectors = state().connector_store.connectors_of(_scope(tenant_code))
    items, limit, start = page(connectors, start, limit)
    return {"dataConnectors": [clean({"connectorId": c.connector_id, "displayName": c.display_name,
                                      "credentialId": c.credential_id}) for c in items],
            "limit": limit, "start": start}


async def data_connector_credentials(tenant_code: str | None = None, limit: int | None = None,
                                     start: int | None = None, **_: Any) -> Any:
    tenant = _scope(tenant_code)
    _, limit, start = page([], start, limit)
    items = state().connector_store.credential_page(tenant, start, limit)
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
        credential_id = s.connector_store.add_credential(tenant, name, provider)
    symbol = s.connector_store.credentials[credential_id].symbol
    return {"uuid": credential_id, "symbolName": symbol, "objectName": symbol}


async def delete_connector_credential(id_: str, tenant_code: str | None = None, **_: Any) -> Any:
    s = state()
    tenant = _scope(tenant_code)
    with s.lock:
        credential = s.connector_store.credentials.get(id_)
        if credential is None or (tenant != s.admin and credential.tenant != tenant):
            raise not_found("Credential", id_)
        s.connector_store.delete_credential(id_)
    return id_


async def assign_connector_credential(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    by_tenant: dict[str, dict[str, Any]] = {}
    with s.lock:
        for connector, pair in _tenant_entries(body):
            tenant = pair.get("tenantCode") or ""
            entry = by_tenant.setdefault(tenant, {"tenantCode": tenant, "connectors": [], "status": "Succeed"})
            credential = s.connector_store.credentials.get(pair.get("credentialId") or "")
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
    connectors = state().connector_store.connectors_of(_scope(None))
    return {"connectors": [
        {"connectorId": c.connector_id, "displayName": c.display_name,
         "connectorSettings": [{"settingKey": k, "value": v} for k, v in c.settings.items()]} for c in connectors]}


async def set_connector_setting(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    by_tenant: dict[str, dict[str, Any]] = {}
    with s.lock:
        for connector, pair in _tenant_entries(body):
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
