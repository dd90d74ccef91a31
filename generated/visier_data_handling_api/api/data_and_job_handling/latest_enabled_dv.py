from typing import Any

import httpx

from ... import errors
from ...models.multiple_tenant_data_versions_details_dto import MultipleTenantDataVersionsDetailsDTO
from ...models.multiple_tenant_data_versions_list_dto import MultipleTenantDataVersionsListDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_versions: int | Unset = UNSET,
    data_category: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["tenantCode"] = tenant_code

    params["limit"] = limit

    params["start"] = start

    params["numberOfVersions"] = number_of_versions

    params["dataCategory"] = data_category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data-versions",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> MultipleTenantDataVersionsListDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = MultipleTenantDataVersionsListDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[MultipleTenantDataVersionsListDTO, MultipleTenantDataVersionsDetailsDTO] = Operation(
    name="latest_enabled_dv",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "number_of_versions": int,
            "data_category": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "limit": (0, None),
            "start": (0, None),
            "number_of_versions": (1, 5),
        },
    ),
    build_request=build_request,
    parse=parse,
    paging=Paging(
        start="start",
        limit="limit",
        limit_wire="limit",
        items="tenants",
        counts=None,
        requires={},
    ),
    page_item=MultipleTenantDataVersionsDetailsDTO.from_dict,
    template="/v1/op/data-versions",
)
