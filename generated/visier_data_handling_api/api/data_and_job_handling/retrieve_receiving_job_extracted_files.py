from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.receiving_job_extracted_files_for_tenant_response_dto import (
    ReceivingJobExtractedFilesForTenantResponseDTO,
)
from ...models.receiving_job_extracted_files_list_response_dto import ReceivingJobExtractedFilesListResponseDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Unset


def build_request(
    job_id: str,
    *,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["fileNameRegex"] = file_name_regex

    params["limit"] = limit

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1alpha/op/data/receiving-jobs/{job_id}/files".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ReceivingJobExtractedFilesListResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ReceivingJobExtractedFilesListResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[ReceivingJobExtractedFilesListResponseDTO, ReceivingJobExtractedFilesForTenantResponseDTO] = (
    Operation(
        name="retrieve_receiving_job_extracted_files",
        signature=Signature(
            path=("job_id",),
            path_defaults={},
            query={
                "file_name_regex": str,
                "limit": int,
                "start": int,
                "target_tenant_id": str,
            },
            body=None,
            inner=None,
            bounds={
                "limit": (0, 1000),
                "start": (0, None),
            },
        ),
        build_request=build_request,
        parse=parse,
        paging=Paging(
            start="start",
            limit="limit",
            limit_wire="limit",
            items="tenants",
            counts="extractedFiles",
            requires={},
        ),
        page_item=ReceivingJobExtractedFilesForTenantResponseDTO.from_dict,
        template="/v1alpha/op/data/receiving-jobs/{jobId}/files",
    )
)
