from typing import Any

import httpx

from ... import errors
from ...models.tenant_data_uploads_list_response_dto import TenantDataUploadsListResponseDTO
from ...models.tenant_data_uploads_response_dto import TenantDataUploadsResponseDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    upload_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_data_uploads: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["uploadJobId"] = upload_job_id

    params["tenantCode"] = tenant_code

    params["limit"] = limit

    params["start"] = start

    params["numberOfDataUploads"] = number_of_data_uploads

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data/uploads",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> TenantDataUploadsListResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = TenantDataUploadsListResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[TenantDataUploadsListResponseDTO, TenantDataUploadsResponseDTO] = Operation(
    name="retrieve_data_uploads",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "upload_job_id": str,
            "tenant_code": str,
            "limit": int,
            "start": int,
            "number_of_data_uploads": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "limit": (0, None),
            "start": (0, None),
            "number_of_data_uploads": (1, 5),
        },
    ),
    build_request=build_request,
    parse=parse,
    paging=Paging(
        start="start",
        limit="limit",
        limit_wire="limit",
        items="tenants",
        counts=None,
        requires={},
    ),
    page_item=TenantDataUploadsResponseDTO.from_dict,
    template="/v1/op/data/uploads",
)
