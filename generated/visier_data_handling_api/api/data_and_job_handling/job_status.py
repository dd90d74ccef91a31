from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_list_response import JobStatusListResponse
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobStatusListResponse]:
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
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    status: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[JobStatusListResponse]:
    """List job statuses

     Returns the status of every job that started within a time range, optionally only those with a given
    status.

    Args:
        start_time (str | Unset): Only jobs that started at or after this time (ISO 8601 or epoch
            milliseconds).
        end_time (str | Unset): Only jobs that started at or before this time (ISO 8601 or epoch
            milliseconds).
        status (str | Unset): Only jobs with this status, for example `Running` or `Failed`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusListResponse]
    """

    kwargs = build_request(
        start_time=start_time,
        end_time=end_time,
        status=status,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    status: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> JobStatusListResponse:
    """List job statuses

     Returns the status of every job that started within a time range, optionally only those with a given
    status.

    Args:
        start_time (str | Unset): Only jobs that started at or after this time (ISO 8601 or epoch
            milliseconds).
        end_time (str | Unset): Only jobs that started at or before this time (ISO 8601 or epoch
            milliseconds).
        status (str | Unset): Only jobs with this status, for example `Running` or `Failed`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusListResponse
    """

    return cast(
        JobStatusListResponse,
        sync_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            status=status,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    status: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[JobStatusListResponse]:
    """List job statuses

     Returns the status of every job that started within a time range, optionally only those with a given
    status.

    Args:
        start_time (str | Unset): Only jobs that started at or after this time (ISO 8601 or epoch
            milliseconds).
        end_time (str | Unset): Only jobs that started at or before this time (ISO 8601 or epoch
            milliseconds).
        status (str | Unset): Only jobs with this status, for example `Running` or `Failed`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusListResponse]
    """

    kwargs = build_request(
        start_time=start_time,
        end_time=end_time,
        status=status,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    status: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> JobStatusListResponse:
    """List job statuses

     Returns the status of every job that started within a time range, optionally only those with a given
    status.

    Args:
        start_time (str | Unset): Only jobs that started at or after this time (ISO 8601 or epoch
            milliseconds).
        end_time (str | Unset): Only jobs that started at or before this time (ISO 8601 or epoch
            milliseconds).
        status (str | Unset): Only jobs with this status, for example `Running` or `Failed`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusListResponse
    """

    return cast(
        JobStatusListResponse,
        (
            await asyncio_detailed(
                client=client,
                start_time=start_time,
                end_time=end_time,
                status=status,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


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
)
