from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.processing_job import ProcessingJob
from ...models.processing_job_status_response import ProcessingJobStatusResponse
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Response, Unset


def build_request(
    receiving_job_id: str,
    *,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["tenantCode"] = tenant_code

    params["limit"] = limit

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/jobs/processing-jobs/{receiving_job_id}".format(
            receiving_job_id=quote(str(receiving_job_id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ProcessingJobStatusResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ProcessingJobStatusResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProcessingJobStatusResponse]:
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
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ProcessingJobStatusResponse]:
    """List a receiving job's processing jobs

     Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one
    analytic tenant's data and, when it succeeds, produces a data version.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        tenant_code (str | Unset): Only return this analytic tenant's processing jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProcessingJobStatusResponse]
    """

    kwargs = build_request(
        receiving_job_id=receiving_job_id,
        tenant_code=tenant_code,
        limit=limit,
        start=start,
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
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ProcessingJobStatusResponse:
    """List a receiving job's processing jobs

     Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one
    analytic tenant's data and, when it succeeds, produces a data version.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        tenant_code (str | Unset): Only return this analytic tenant's processing jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProcessingJobStatusResponse
    """

    return cast(
        ProcessingJobStatusResponse,
        sync_detailed(
            receiving_job_id=receiving_job_id,
            client=client,
            tenant_code=tenant_code,
            limit=limit,
            start=start,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    receiving_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ProcessingJobStatusResponse]:
    """List a receiving job's processing jobs

     Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one
    analytic tenant's data and, when it succeeds, produces a data version.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        tenant_code (str | Unset): Only return this analytic tenant's processing jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProcessingJobStatusResponse]
    """

    kwargs = build_request(
        receiving_job_id=receiving_job_id,
        tenant_code=tenant_code,
        limit=limit,
        start=start,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receiving_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ProcessingJobStatusResponse:
    """List a receiving job's processing jobs

     Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one
    analytic tenant's data and, when it succeeds, produces a data version.

    Args:
        receiving_job_id (str): The receiving job's ID, as returned by `startLoad`.
        tenant_code (str | Unset): Only return this analytic tenant's processing jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProcessingJobStatusResponse
    """

    return cast(
        ProcessingJobStatusResponse,
        (
            await asyncio_detailed(
                receiving_job_id=receiving_job_id,
                client=client,
                tenant_code=tenant_code,
                limit=limit,
                start=start,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[ProcessingJobStatusResponse, ProcessingJob] = Operation(
    name="processing_job_status",
    signature=Signature(
        path=("receiving_job_id",),
        path_defaults={},
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "limit": (0, None),
            "start": (0, None),
        },
    ),
    build_request=build_request,
    parse=parse,
    paging=Paging(
        start="start",
        limit="limit",
        limit_wire="limit",
        items="processingJobs",
        counts=None,
        requires={},
    ),
    page_item=ProcessingJob.from_dict,
)
