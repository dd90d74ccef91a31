from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.push_data_response import PushDataResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    transfer_session_id: str,
    *,
    body: str,
    source_id: str | Unset = UNSET,
    sequence: int | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["sourceId"] = source_id

    params["sequence"] = sequence

    params["tenantCode"] = tenant_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-transfer-sessions/{transfer_session_id}/add".format(
            transfer_session_id=quote(str(transfer_session_id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PushDataResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PushDataResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[PushDataResponse, None] = Operation(
    name="push_data",
    signature=Signature(
        path=("transfer_session_id",),
        path_defaults={},
        query={
            "source_id": str,
            "sequence": int,
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=str,
        inner=None,
        bounds={
            "sequence": (0, 4294967295),
        },
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/op/data-transfer-sessions/{transferSessionId}/add",
)
