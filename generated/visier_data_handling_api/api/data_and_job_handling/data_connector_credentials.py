from typing import Any

import httpx

from ... import errors
from ...models.extractor_credential_apidto import ExtractorCredentialAPIDTO
from ...models.extractor_credentials_apidto import ExtractorCredentialsAPIDTO
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
        "url": "/v1/op/data-connector-credentials",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ExtractorCredentialsAPIDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ExtractorCredentialsAPIDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[ExtractorCredentialsAPIDTO, ExtractorCredentialAPIDTO] = Operation(
    name="data_connector_credentials",
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
        items="connectorCredentials",
        counts=None,
        requires={},
    ),
    page_item=ExtractorCredentialAPIDTO.from_dict,
    template="/v1/op/data-connector-credentials",
)
