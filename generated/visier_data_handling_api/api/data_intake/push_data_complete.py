from typing import Any

import httpx

from ... import errors
from ...models.push_data_complete_request import PushDataCompleteRequest
from ...models.push_data_complete_response import PushDataCompleteResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: PushDataCompleteRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/jobs/receiving-jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PushDataCompleteResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PushDataCompleteResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[PushDataCompleteResponse, None] = Operation(
    name="push_data_complete",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=PushDataCompleteRequest,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/jobs/receiving-jobs",
)
