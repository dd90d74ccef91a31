from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.push_data_source_definitions_dto import PushDataSourceDefinitionsDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data-sources",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PushDataSourceDefinitionsDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PushDataSourceDefinitionsDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PushDataSourceDefinitionsDTO]:
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
    target_tenant_id: str | Unset = UNSET,
) -> Response[PushDataSourceDefinitionsDTO]:
    """List the sources

     Returns the sources that transfer sessions can send data to, each with its columns (name, data type,
    whether it is mandatory or may be empty) and the file name pattern that routes uploaded files to it.
    Visier sets the sources up for a tenant.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushDataSourceDefinitionsDTO]
    """

    kwargs = build_request(
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> PushDataSourceDefinitionsDTO:
    """List the sources

     Returns the sources that transfer sessions can send data to, each with its columns (name, data type,
    whether it is mandatory or may be empty) and the file name pattern that routes uploaded files to it.
    Visier sets the sources up for a tenant.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushDataSourceDefinitionsDTO
    """

    return cast(
        PushDataSourceDefinitionsDTO,
        sync_detailed(
            client=client,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PushDataSourceDefinitionsDTO]:
    """List the sources

     Returns the sources that transfer sessions can send data to, each with its columns (name, data type,
    whether it is mandatory or may be empty) and the file name pattern that routes uploaded files to it.
    Visier sets the sources up for a tenant.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushDataSourceDefinitionsDTO]
    """

    kwargs = build_request(
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> PushDataSourceDefinitionsDTO:
    """List the sources

     Returns the sources that transfer sessions can send data to, each with its columns (name, data type,
    whether it is mandatory or may be empty) and the file name pattern that routes uploaded files to it.
    Visier sets the sources up for a tenant.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushDataSourceDefinitionsDTO
    """

    return cast(
        PushDataSourceDefinitionsDTO,
        (
            await asyncio_detailed(
                client=client,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[PushDataSourceDefinitionsDTO, None] = Operation(
    name="get_sources",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    build_request=build_request,
    parse=parse,
)
