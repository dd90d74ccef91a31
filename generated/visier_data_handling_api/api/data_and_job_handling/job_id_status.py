from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.job_status_with_start_time import JobStatusWithStartTime
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
        "url": "/v1/op/job-status/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> list[JobStatusWithStartTime]:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JobStatusWithStartTime.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[list[JobStatusWithStartTime], None] = Operation(
    name="job_id_status",
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
    template="/v1/op/job-status/jobs/{jobId}",
)
