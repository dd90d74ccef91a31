from typing import Any

import httpx

from ... import errors
from ...models.data_load_request import DataLoadRequest
from ...models.data_load_request_model import DataLoadRequestModel
from ...models.data_load_response import DataLoadResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: DataLoadRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data/startload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DataLoadResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DataLoadResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[DataLoadResponse, None] = Operation(
    name="start_load",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=DataLoadRequest,
        inner=DataLoadRequestModel,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/data/startload",
)
