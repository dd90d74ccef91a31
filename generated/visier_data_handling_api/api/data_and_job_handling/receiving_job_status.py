from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.receiving_job import ReceivingJob
from ...models.receiving_job_status_response import ReceivingJobStatusResponse
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Unset


def build_request(
    receiving_job_id: str,
    *,
    jobs: bool | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    start: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["jobs"] = jobs

    params["tenantCode"] = tenant_code

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/jobs/receiving-jobs/{receiving_job_id}".format(
            receiving_job_id=quote(str(receiving_job_id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ReceivingJobStatusResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ReceivingJobStatusResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[ReceivingJobStatusResponse, ReceivingJob] = Operation(
    name="receiving_job_status",
    signature=Signature(
        path=("receiving_job_id",),
        path_defaults={},
        query={
            "jobs": bool,
            "tenant_code": str,
            "start": int,
            "limit": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "start": (0, None),
            "limit": (0, None),
        },
    ),
    build_request=build_request,
    parse=parse,
    paging=Paging(
        start="start",
        limit="limit",
        limit_wire="limit",
        items="receivingJobs",
        counts=None,
        requires={
            "jobs": True,
        },
    ),
    page_item=ReceivingJob.from_dict,
    template="/v1/op/jobs/receiving-jobs/{receivingJobId}",
)
