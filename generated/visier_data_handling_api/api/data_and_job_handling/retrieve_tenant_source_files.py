from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.source_file_response_dto import SourceFileResponseDTO
from ...models.tenant_source_files_list_response_dto import TenantSourceFilesListResponseDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["fileNameRegex"] = file_name_regex

    params["limit"] = limit

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1alpha/op/data/uploaded-files",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> TenantSourceFilesListResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = TenantSourceFilesListResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TenantSourceFilesListResponseDTO]:
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
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[TenantSourceFilesListResponseDTO]:
    """List uploaded source files

     Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether
    they are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

    Args:
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many source files to return at most, up to 1000 (the service uses
            500 when left out).
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantSourceFilesListResponseDTO]
    """

    kwargs = build_request(
        file_name_regex=file_name_regex,
        limit=limit,
        start=start,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> TenantSourceFilesListResponseDTO:
    """List uploaded source files

     Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether
    they are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

    Args:
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many source files to return at most, up to 1000 (the service uses
            500 when left out).
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantSourceFilesListResponseDTO
    """

    return cast(
        TenantSourceFilesListResponseDTO,
        sync_detailed(
            client=client,
            file_name_regex=file_name_regex,
            limit=limit,
            start=start,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[TenantSourceFilesListResponseDTO]:
    """List uploaded source files

     Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether
    they are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

    Args:
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many source files to return at most, up to 1000 (the service uses
            500 when left out).
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantSourceFilesListResponseDTO]
    """

    kwargs = build_request(
        file_name_regex=file_name_regex,
        limit=limit,
        start=start,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> TenantSourceFilesListResponseDTO:
    """List uploaded source files

     Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether
    they are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

    Args:
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many source files to return at most, up to 1000 (the service uses
            500 when left out).
        start (int | Unset): The zero-based offset of the first item to return.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantSourceFilesListResponseDTO
    """

    return cast(
        TenantSourceFilesListResponseDTO,
        (
            await asyncio_detailed(
                client=client,
                file_name_regex=file_name_regex,
                limit=limit,
                start=start,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[TenantSourceFilesListResponseDTO, SourceFileResponseDTO] = Operation(
    name="retrieve_tenant_source_files",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "file_name_regex": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={
            "limit": (0, 1000),
            "start": (0, None),
        },
    ),
    build_request=build_request,
    parse=parse,
    paging=Paging(
        start="start",
        limit="limit",
        limit_wire="limit",
        items="sourceFiles",
        counts=None,
        requires={},
    ),
    page_item=SourceFileResponseDTO.from_dict,
)
