from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.multiple_tenant_data_versions_details_dto import MultipleTenantDataVersionsDetailsDTO
from ...models.multiple_tenant_data_versions_list_dto import MultipleTenantDataVersionsListDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_versions: int | Unset = UNSET,
    data_category: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["tenantCode"] = tenant_code

    params["limit"] = limit

    params["start"] = start

    params["numberOfVersions"] = number_of_versions

    params["dataCategory"] = data_category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data-versions",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> MultipleTenantDataVersionsListDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = MultipleTenantDataVersionsListDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MultipleTenantDataVersionsListDTO]:
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
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_versions: int | Unset = UNSET,
    data_category: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[MultipleTenantDataVersionsListDTO]:
    """List the latest enabled data versions

     Returns up to five of the most recent enabled data versions for each analytic tenant, or for one
    tenant when `tenantCode` is given. Useful to find a data version to disable after validating a load.

    Args:
        tenant_code (str | Unset): Only return this analytic tenant's data versions.
        limit (int | Unset): How many analytic tenants to return at most. Ignored when
            `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_versions (int | Unset): How many of the latest enabled data versions to return
            per tenant, 1 to 5.
        data_category (str | Unset): The object name of the data category; the primary data
            category when left out. An administrating tenant can only name a category that exists in
            the tenant making the call.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MultipleTenantDataVersionsListDTO]
    """

    kwargs = build_request(
        tenant_code=tenant_code,
        limit=limit,
        start=start,
        number_of_versions=number_of_versions,
        data_category=data_category,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_versions: int | Unset = UNSET,
    data_category: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> MultipleTenantDataVersionsListDTO:
    """List the latest enabled data versions

     Returns up to five of the most recent enabled data versions for each analytic tenant, or for one
    tenant when `tenantCode` is given. Useful to find a data version to disable after validating a load.

    Args:
        tenant_code (str | Unset): Only return this analytic tenant's data versions.
        limit (int | Unset): How many analytic tenants to return at most. Ignored when
            `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_versions (int | Unset): How many of the latest enabled data versions to return
            per tenant, 1 to 5.
        data_category (str | Unset): The object name of the data category; the primary data
            category when left out. An administrating tenant can only name a category that exists in
            the tenant making the call.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultipleTenantDataVersionsListDTO
    """

    return cast(
        MultipleTenantDataVersionsListDTO,
        sync_detailed(
            client=client,
            tenant_code=tenant_code,
            limit=limit,
            start=start,
            number_of_versions=number_of_versions,
            data_category=data_category,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_versions: int | Unset = UNSET,
    data_category: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[MultipleTenantDataVersionsListDTO]:
    """List the latest enabled data versions

     Returns up to five of the most recent enabled data versions for each analytic tenant, or for one
    tenant when `tenantCode` is given. Useful to find a data version to disable after validating a load.

    Args:
        tenant_code (str | Unset): Only return this analytic tenant's data versions.
        limit (int | Unset): How many analytic tenants to return at most. Ignored when
            `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_versions (int | Unset): How many of the latest enabled data versions to return
            per tenant, 1 to 5.
        data_category (str | Unset): The object name of the data category; the primary data
            category when left out. An administrating tenant can only name a category that exists in
            the tenant making the call.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MultipleTenantDataVersionsListDTO]
    """

    kwargs = build_request(
        tenant_code=tenant_code,
        limit=limit,
        start=start,
        number_of_versions=number_of_versions,
        data_category=data_category,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    number_of_versions: int | Unset = UNSET,
    data_category: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> MultipleTenantDataVersionsListDTO:
    """List the latest enabled data versions

     Returns up to five of the most recent enabled data versions for each analytic tenant, or for one
    tenant when `tenantCode` is given. Useful to find a data version to disable after validating a load.

    Args:
        tenant_code (str | Unset): Only return this analytic tenant's data versions.
        limit (int | Unset): How many analytic tenants to return at most. Ignored when
            `tenantCode` is given.
        start (int | Unset): The zero-based offset of the first item to return.
        number_of_versions (int | Unset): How many of the latest enabled data versions to return
            per tenant, 1 to 5.
        data_category (str | Unset): The object name of the data category; the primary data
            category when left out. An administrating tenant can only name a category that exists in
            the tenant making the call.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultipleTenantDataVersionsListDTO
    """

    return cast(
        MultipleTenantDataVersionsListDTO,
        (
            await asyncio_detailed(
                client=client,
                tenant_code=tenant_code,
                limit=limit,
                start=start,
                number_of_versions=number_of_versions,
                data_category=data_category,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[MultipleTenantDataVersionsListDTO, MultipleTenantDataVersionsDetailsDTO] = Operation(
    name="latest_enabled_dv",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "number_of_versions": int,
            "data_category": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "limit": (0, None),
            "start": (0, None),
            "number_of_versions": (1, 5),
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
    page_item=MultipleTenantDataVersionsDetailsDTO.from_dict,
)
