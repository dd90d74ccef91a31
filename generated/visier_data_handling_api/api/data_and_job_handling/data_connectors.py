from typing import Any

import httpx

from ... import errors
from ...models.import_definition_apidto import ImportDefinitionAPIDTO
from ...models.import_definitions_apidto import ImportDefinitionsAPIDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["tenantCode"] = tenant_code

    params["limit"] = limit

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data-connectors",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ImportDefinitionsAPIDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ImportDefinitionsAPIDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[ImportDefinitionsAPIDTO, ImportDefinitionAPIDTO] = Operation(
    name="data_connectors",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "limit": (0, None),
            "start": (0, None),
        },
    ),
    build_request=build_request,
    parse=parse,
    paging=Paging(
        start="start",
        limit="limit",
        limit_wire="limit",
        items="dataConnectors",
        counts=None,
        requires={},
    ),
    page_item=ImportDefinitionAPIDTO.from_dict,
    template="/v1/op/data-connectors",
)
