from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.extraction_job import ExtractionJob
from ...models.extraction_job_and_status_response import ExtractionJobAndStatusResponse
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Response, Unset


def build_request(
    job_id: str,
    *,
    dispatching_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["dispatchingJobId"] = dispatching_job_id

    params["tenantCode"] = tenant_code

    params["limit"] = limit

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/jobs/dispatching-jobs/{job_id}/extraction-jobs".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ExtractionJobAndStatusResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ExtractionJobAndStatusResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExtractionJobAndStatusResponse]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    dispatching_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ExtractionJobAndStatusResponse]:
    """List a dispatching job's extraction jobs

     Returns the extraction jobs created by a dispatching job, page by page, with each job's status and
    current stage.

    Args:
        job_id (str): The dispatching job's ID.
        dispatching_job_id (str | Unset): The dispatching job's ID, as a query parameter; the
            path's `jobId` is the one the service reads.
        tenant_code (str | Unset): Only return this analytic tenant's jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractionJobAndStatusResponse]
    """

    kwargs = build_request(
        job_id=job_id,
        dispatching_job_id=dispatching_job_id,
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    dispatching_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ExtractionJobAndStatusResponse:
    """List a dispatching job's extraction jobs

     Returns the extraction jobs created by a dispatching job, page by page, with each job's status and
    current stage.

    Args:
        job_id (str): The dispatching job's ID.
        dispatching_job_id (str | Unset): The dispatching job's ID, as a query parameter; the
            path's `jobId` is the one the service reads.
        tenant_code (str | Unset): Only return this analytic tenant's jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractionJobAndStatusResponse
    """

    return cast(
        ExtractionJobAndStatusResponse,
        sync_detailed(
            job_id=job_id,
            client=client,
            dispatching_job_id=dispatching_job_id,
            tenant_code=tenant_code,
            limit=limit,
            start=start,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    dispatching_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ExtractionJobAndStatusResponse]:
    """List a dispatching job's extraction jobs

     Returns the extraction jobs created by a dispatching job, page by page, with each job's status and
    current stage.

    Args:
        job_id (str): The dispatching job's ID.
        dispatching_job_id (str | Unset): The dispatching job's ID, as a query parameter; the
            path's `jobId` is the one the service reads.
        tenant_code (str | Unset): Only return this analytic tenant's jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractionJobAndStatusResponse]
    """

    kwargs = build_request(
        job_id=job_id,
        dispatching_job_id=dispatching_job_id,
        tenant_code=tenant_code,
        limit=limit,
        start=start,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    dispatching_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ExtractionJobAndStatusResponse:
    """List a dispatching job's extraction jobs

     Returns the extraction jobs created by a dispatching job, page by page, with each job's status and
    current stage.

    Args:
        job_id (str): The dispatching job's ID.
        dispatching_job_id (str | Unset): The dispatching job's ID, as a query parameter; the
            path's `jobId` is the one the service reads.
        tenant_code (str | Unset): Only return this analytic tenant's jobs.
        limit (int | Unset): The page size: how many items to return at most.
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractionJobAndStatusResponse
    """

    return cast(
        ExtractionJobAndStatusResponse,
        (
            await asyncio_detailed(
                job_id=job_id,
                client=client,
                dispatching_job_id=dispatching_job_id,
                tenant_code=tenant_code,
                limit=limit,
                start=start,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[ExtractionJobAndStatusResponse, ExtractionJob] = Operation(
    name="extraction_job_and_status",
    signature=Signature(
        path=("job_id",),
        path_defaults={},
        query={
            "dispatching_job_id": str,
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
        items="extractionJobs",
        counts=None,
        requires={},
    ),
    page_item=ExtractionJob.from_dict,
)
