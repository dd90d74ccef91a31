from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_job_batch_from_job_id_dto import CancelJobBatchFromJobIdDTO
from ...models.job_cancellation_results_dto import JobCancellationResultsDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: CancelJobBatchFromJobIdDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/jobs/cancel",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> JobCancellationResultsDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = JobCancellationResultsDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobCancellationResultsDTO]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobBatchFromJobIdDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[JobCancellationResultsDTO]:
    """Cancel jobs

     Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one
    result line. A receiving job that is already running cannot be cancelled; a job that has finished is
    reported as not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (CancelJobBatchFromJobIdDTO): The body of `cancelJobs`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobCancellationResultsDTO]
    """

    kwargs = build_request(
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobBatchFromJobIdDTO,
    target_tenant_id: str | Unset = UNSET,
) -> JobCancellationResultsDTO:
    """Cancel jobs

     Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one
    result line. A receiving job that is already running cannot be cancelled; a job that has finished is
    reported as not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (CancelJobBatchFromJobIdDTO): The body of `cancelJobs`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobCancellationResultsDTO
    """

    return cast(
        JobCancellationResultsDTO,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobBatchFromJobIdDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[JobCancellationResultsDTO]:
    """Cancel jobs

     Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one
    result line. A receiving job that is already running cannot be cancelled; a job that has finished is
    reported as not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (CancelJobBatchFromJobIdDTO): The body of `cancelJobs`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobCancellationResultsDTO]
    """

    kwargs = build_request(
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobBatchFromJobIdDTO,
    target_tenant_id: str | Unset = UNSET,
) -> JobCancellationResultsDTO:
    """Cancel jobs

     Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one
    result line. A receiving job that is already running cannot be cancelled; a job that has finished is
    reported as not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (CancelJobBatchFromJobIdDTO): The body of `cancelJobs`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobCancellationResultsDTO
    """

    return cast(
        JobCancellationResultsDTO,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[JobCancellationResultsDTO, None] = Operation(
    name="cancel_jobs",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=CancelJobBatchFromJobIdDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
