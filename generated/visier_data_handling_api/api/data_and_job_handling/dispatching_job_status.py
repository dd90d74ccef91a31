from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dispatching_job_status_response import DispatchingJobStatusResponse
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    job_id: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/jobs/dispatching-jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DispatchingJobStatusResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DispatchingJobStatusResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[DispatchingJobStatusResponse, None] = Operation(
    name="dispatching_job_status",
    signature=Signature(
        path=("job_id",),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/op/jobs/dispatching-jobs/{jobId}",
)
