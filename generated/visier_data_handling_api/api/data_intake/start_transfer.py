from typing import Any

import httpx

from ... import errors
from ...models.start_transfer_response import StartTransferResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data-transfer-sessions",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> StartTransferResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = StartTransferResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[StartTransferResponse, None] = Operation(
    name="start_transfer",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/op/data-transfer-sessions",
)
