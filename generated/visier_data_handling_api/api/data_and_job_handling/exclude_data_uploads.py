from typing import Any

import httpx

from ... import errors
from ...models.exclude_data_uploads_request import ExcludeDataUploadsRequest
from ...models.tenant_data_uploads_update_response_dto import TenantDataUploadsUpdateResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: ExcludeDataUploadsRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data/uploads/exclude",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> TenantDataUploadsUpdateResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = TenantDataUploadsUpdateResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[TenantDataUploadsUpdateResponseDTO, None] = Operation(
    name="exclude_data_uploads",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=ExcludeDataUploadsRequest,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/data/uploads/exclude",
)
