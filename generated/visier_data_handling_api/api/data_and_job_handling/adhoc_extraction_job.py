from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.extract_data_and_load_dto import ExtractDataAndLoadDTO
from ...models.job_id_response import JobIdResponse
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: ExtractDataAndLoadDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1alpha/op/jobs/extraction-jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> JobIdResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = JobIdResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobIdResponse]:
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
    body: ExtractDataAndLoadDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[JobIdResponse]:
    """Run a data connector extraction job

     Starts an extraction job through the tenant's data connectors. For an administrating tenant this
    starts a dispatching job with one extraction job per tenant. The response carries the extraction or
    dispatching job's ID. Alpha: may change without notice.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (ExtractDataAndLoadDTO): What to extract, for which tenants, and what to do
            afterwards. The body of `startExtraction` and `adhocExtractionJob`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobIdResponse]
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
    body: ExtractDataAndLoadDTO,
    target_tenant_id: str | Unset = UNSET,
) -> JobIdResponse:
    """Run a data connector extraction job

     Starts an extraction job through the tenant's data connectors. For an administrating tenant this
    starts a dispatching job with one extraction job per tenant. The response carries the extraction or
    dispatching job's ID. Alpha: may change without notice.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (ExtractDataAndLoadDTO): What to extract, for which tenants, and what to do
            afterwards. The body of `startExtraction` and `adhocExtractionJob`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobIdResponse
    """

    return cast(
        JobIdResponse,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExtractDataAndLoadDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[JobIdResponse]:
    """Run a data connector extraction job

     Starts an extraction job through the tenant's data connectors. For an administrating tenant this
    starts a dispatching job with one extraction job per tenant. The response carries the extraction or
    dispatching job's ID. Alpha: may change without notice.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (ExtractDataAndLoadDTO): What to extract, for which tenants, and what to do
            afterwards. The body of `startExtraction` and `adhocExtractionJob`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobIdResponse]
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
    body: ExtractDataAndLoadDTO,
    target_tenant_id: str | Unset = UNSET,
) -> JobIdResponse:
    """Run a data connector extraction job

     Starts an extraction job through the tenant's data connectors. For an administrating tenant this
    starts a dispatching job with one extraction job per tenant. The response carries the extraction or
    dispatching job's ID. Alpha: may change without notice.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (ExtractDataAndLoadDTO): What to extract, for which tenants, and what to do
            afterwards. The body of `startExtraction` and `adhocExtractionJob`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobIdResponse
    """

    return cast(
        JobIdResponse,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[JobIdResponse, None] = Operation(
    name="adhoc_extraction_job",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=ExtractDataAndLoadDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
