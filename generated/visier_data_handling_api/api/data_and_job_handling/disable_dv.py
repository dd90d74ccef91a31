from typing import Any

import httpx

from ... import errors
from ...models.disable_dv_model import DisableDVModel
from ...models.disable_dv_request import DisableDVRequest
from ...models.disable_dv_response import DisableDVResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: DisableDVRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-versions/disable",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DisableDVResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DisableDVResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[DisableDVResponse, None] = Operation(
    name="disable_dv",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=DisableDVRequest,
        inner=DisableDVModel,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/data-versions/disable",
)
