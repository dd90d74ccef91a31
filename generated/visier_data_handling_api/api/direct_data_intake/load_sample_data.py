from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.direct_data_upload_file_response_dto import DirectDataUploadFileResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    draft_id: str,
    transaction_id: str,
    object_name: str,
    *,
    sample_name: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["sampleName"] = sample_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/data/directloads/{draft_id}/transactions/{transaction_id}/{object_name}/sample-data".format(
            draft_id=quote(str(draft_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
            object_name=quote(str(object_name), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DirectDataUploadFileResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DirectDataUploadFileResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[DirectDataUploadFileResponseDTO, None] = Operation(
    name="load_sample_data",
    signature=Signature(
        path=(
            "draft_id",
            "transaction_id",
            "object_name",
        ),
        path_defaults={
            "draft_id": "prod",
        },
        query={
            "sample_name": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}/sample-data",
)
