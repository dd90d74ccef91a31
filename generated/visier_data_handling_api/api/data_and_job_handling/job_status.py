from typing import Any

import httpx

from ... import errors
from ...models.job_status_list_response import JobStatusListResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    status: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/job-status/jobs",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> JobStatusListResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = JobStatusListResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[JobStatusListResponse, None] = Operation(
    name="job_status",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "start_time": str,
            "end_time": str,
            "status": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/op/job-status/jobs",
)
