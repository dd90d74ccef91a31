from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.push_data_cancel_response import PushDataCancelResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    transfer_session_id: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-transfer-sessions/{transfer_session_id}/cancel".format(
            transfer_session_id=quote(str(transfer_session_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PushDataCancelResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PushDataCancelResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[PushDataCancelResponse, None] = Operation(
    name="push_data_cancel",
    signature=Signature(
        path=("transfer_session_id",),
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
    template="/v1/op/data-transfer-sessions/{transferSessionId}/cancel",
)
