from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tenant_data_uploads_list_response_dto import TenantDataUploadsListResponseDTO
from ...models.tenant_data_uploads_response_dto import TenantDataUploadsResponseDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    upload_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_data_uploads: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["uploadJobId"] = upload_job_id

    params["tenantCode"] = tenant_code

    params["limit"] = limit

    params["start"] = start

    params["numberOfDataUploads"] = number_of_data_uploads

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data/uploads",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> TenantDataUploadsListResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = TenantDataUploadsListResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TenantDataUploadsListResponseDTO]:
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
    upload_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_data_uploads: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[TenantDataUploadsListResponseDTO]:
    """List data uploads

     Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and
    whether each is included in data version generation.

    Args:
        upload_job_id (str | Unset): Only return the data uploads of this upload job.
        tenant_code (str | Unset): Only return this analytic tenant's data uploads.
        limit (int | Unset): How many analytic tenants to return at most (the service uses 1000
            when left out). Ignored when `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_data_uploads (int | Unset): How many of the latest data uploads to return per
            tenant, 1 to 5 (the service uses 1 when left out).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantDataUploadsListResponseDTO]
    """

    kwargs = build_request(
        upload_job_id=upload_job_id,
        tenant_code=tenant_code,
        limit=limit,
        start=start,
        number_of_data_uploads=number_of_data_uploads,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    upload_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_data_uploads: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> TenantDataUploadsListResponseDTO:
    """List data uploads

     Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and
    whether each is included in data version generation.

    Args:
        upload_job_id (str | Unset): Only return the data uploads of this upload job.
        tenant_code (str | Unset): Only return this analytic tenant's data uploads.
        limit (int | Unset): How many analytic tenants to return at most (the service uses 1000
            when left out). Ignored when `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_data_uploads (int | Unset): How many of the latest data uploads to return per
            tenant, 1 to 5 (the service uses 1 when left out).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantDataUploadsListResponseDTO
    """

    return cast(
        TenantDataUploadsListResponseDTO,
        sync_detailed(
            client=client,
            upload_job_id=upload_job_id,
            tenant_code=tenant_code,
            limit=limit,
            start=start,
            number_of_data_uploads=number_of_data_uploads,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    upload_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_data_uploads: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[TenantDataUploadsListResponseDTO]:
    """List data uploads

     Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and
    whether each is included in data version generation.

    Args:
        upload_job_id (str | Unset): Only return the data uploads of this upload job.
        tenant_code (str | Unset): Only return this analytic tenant's data uploads.
        limit (int | Unset): How many analytic tenants to return at most (the service uses 1000
            when left out). Ignored when `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_data_uploads (int | Unset): How many of the latest data uploads to return per
            tenant, 1 to 5 (the service uses 1 when left out).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantDataUploadsListResponseDTO]
    """

    kwargs = build_request(
        upload_job_id=upload_job_id,
        tenant_code=tenant_code,
        limit=limit,
        start=start,
        number_of_data_uploads=number_of_data_uploads,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    upload_job_id: str | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_data_uploads: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> TenantDataUploadsListResponseDTO:
    """List data uploads

     Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and
    whether each is included in data version generation.

    Args:
        upload_job_id (str | Unset): Only return the data uploads of this upload job.
        tenant_code (str | Unset): Only return this analytic tenant's data uploads.
        limit (int | Unset): How many analytic tenants to return at most (the service uses 1000
            when left out). Ignored when `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_data_uploads (int | Unset): How many of the latest data uploads to return per
            tenant, 1 to 5 (the service uses 1 when left out).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantDataUploadsListResponseDTO
    """

    return cast(
        TenantDataUploadsListResponseDTO,
        (
            await asyncio_detailed(
                client=client,
                upload_job_id=upload_job_id,
                tenant_code=tenant_code,
                limit=limit,
                start=start,
                number_of_data_uploads=number_of_data_uploads,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[TenantDataUploadsListResponseDTO, TenantDataUploadsResponseDTO] = Operation(
    name="retrieve_data_uploads",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "upload_job_id": str,
            "tenant_code": str,
            "limit": int,
            "start": int,
            "number_of_data_uploads": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "limit": (0, None),
            "start": (0, None),
            "number_of_data_uploads": (1, 5),
        },
    ),
    build_request=build_request,
    parse=parse,
    paging=Paging(
        start="start",
        limit="limit",
        limit_wire="limit",
        items="tenants",
        counts=None,
        requires={},
    ),
    page_item=TenantDataUploadsResponseDTO.from_dict,
)
