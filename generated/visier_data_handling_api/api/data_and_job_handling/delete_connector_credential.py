from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    id: str,
    *,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["tenantCode"] = tenant_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/op/data-connector-credentials/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> str:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[str, None] = Operation(
    name="delete_connector_credential",
    signature=Signature(
        path=("id",),
        path_defaults={},
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/op/data-connector-credentials/{id}",
)
