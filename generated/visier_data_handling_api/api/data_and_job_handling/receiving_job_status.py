from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.receiving_job import ReceivingJob
from ...models.receiving_job_status_response import ReceivingJobStatusResponse
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Response, Unset


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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReceivingJobStatusResponse]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    receiving_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    jobs: bool | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    start: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ReceivingJobStatusResponse]:
    """Get a receiving job's status

     Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the
    files and stores their data. With `jobs=true` the response also lists, page by page, the per-tenant
    receiving jobs it spawned.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        jobs (bool | Unset): When true, also list the per-tenant receiving jobs this job spawned
            (paged by `start` and `limit`).
        tenant_code (str | Unset): Only list this analytic tenant's receiving jobs.
        start (int | Unset): The zero-based offset of the first item to return.
        limit (int | Unset): The page size: how many items to return at most.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceivingJobStatusResponse]
    """

    kwargs = build_request(
        receiving_job_id=receiving_job_id,
        jobs=jobs,
        tenant_code=tenant_code,
        start=start,
        limit=limit,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receiving_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    jobs: bool | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    start: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ReceivingJobStatusResponse:
    """Get a receiving job's status

     Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the
    files and stores their data. With `jobs=true` the response also lists, page by page, the per-tenant
    receiving jobs it spawned.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        jobs (bool | Unset): When true, also list the per-tenant receiving jobs this job spawned
            (paged by `start` and `limit`).
        tenant_code (str | Unset): Only list this analytic tenant's receiving jobs.
        start (int | Unset): The zero-based offset of the first item to return.
        limit (int | Unset): The page size: how many items to return at most.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceivingJobStatusResponse
    """

    return cast(
        ReceivingJobStatusResponse,
        sync_detailed(
            receiving_job_id=receiving_job_id,
            client=client,
            jobs=jobs,
            tenant_code=tenant_code,
            start=start,
            limit=limit,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    receiving_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    jobs: bool | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    start: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ReceivingJobStatusResponse]:
    """Get a receiving job's status

     Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the
    files and stores their data. With `jobs=true` the response also lists, page by page, the per-tenant
    receiving jobs it spawned.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        jobs (bool | Unset): When true, also list the per-tenant receiving jobs this job spawned
            (paged by `start` and `limit`).
        tenant_code (str | Unset): Only list this analytic tenant's receiving jobs.
        start (int | Unset): The zero-based offset of the first item to return.
        limit (int | Unset): The page size: how many items to return at most.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceivingJobStatusResponse]
    """

    kwargs = build_request(
        receiving_job_id=receiving_job_id,
        jobs=jobs,
        tenant_code=tenant_code,
        start=start,
        limit=limit,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receiving_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    jobs: bool | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    start: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ReceivingJobStatusResponse:
    """Get a receiving job's status

     Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the
    files and stores their data. With `jobs=true` the response also lists, page by page, the per-tenant
    receiving jobs it spawned.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        jobs (bool | Unset): When true, also list the per-tenant receiving jobs this job spawned
            (paged by `start` and `limit`).
        tenant_code (str | Unset): Only list this analytic tenant's receiving jobs.
        start (int | Unset): The zero-based offset of the first item to return.
        limit (int | Unset): The page size: how many items to return at most.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceivingJobStatusResponse
    """

    return cast(
        ReceivingJobStatusResponse,
        (
            await asyncio_detailed(
                receiving_job_id=receiving_job_id,
                client=client,
                jobs=jobs,
                tenant_code=tenant_code,
                start=start,
                limit=limit,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


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
)
