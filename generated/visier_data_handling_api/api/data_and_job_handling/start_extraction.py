from typing import Any

import httpx

from ... import errors
from ...models.extract_data_and_load_dto import ExtractDataAndLoadDTO
from ...models.start_extraction_response import StartExtractionResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: ExtractDataAndLoadDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data/startExtractAndLoad",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> StartExtractionResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = StartExtractionResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[StartExtractionResponse, None] = Operation(
    name="start_extraction",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=ExtractDataAndLoadDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/data/startExtractAndLoad",
)
