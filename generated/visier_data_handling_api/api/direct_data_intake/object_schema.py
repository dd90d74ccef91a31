from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direct_data_schema_dto import DirectDataSchemaDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    draft_id: str,
    object_name: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/data/directloads/{draft_id}/schemas/{object_name}".format(
            draft_id=quote(str(draft_id), safe=""),
            object_name=quote(str(object_name), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DirectDataSchemaDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DirectDataSchemaDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DirectDataSchemaDTO]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    draft_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataSchemaDTO]:
    """Get an object's load schema

     The columns a file loaded into this object must have. Every column listed must be in the file's
    header, spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        object_name (str): The object's name, such as `Employee`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataSchemaDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        object_name=object_name,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    draft_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataSchemaDTO:
    """Get an object's load schema

     The columns a file loaded into this object must have. Every column listed must be in the file's
    header, spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        object_name (str): The object's name, such as `Employee`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataSchemaDTO
    """

    return cast(
        DirectDataSchemaDTO,
        sync_detailed(
            draft_id=draft_id,
            object_name=object_name,
            client=client,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    draft_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataSchemaDTO]:
    """Get an object's load schema

     The columns a file loaded into this object must have. Every column listed must be in the file's
    header, spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        object_name (str): The object's name, such as `Employee`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataSchemaDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        object_name=object_name,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    draft_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataSchemaDTO:
    """Get an object's load schema

     The columns a file loaded into this object must have. Every column listed must be in the file's
    header, spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        object_name (str): The object's name, such as `Employee`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataSchemaDTO
    """

    return cast(
        DirectDataSchemaDTO,
        (
            await asyncio_detailed(
                draft_id=draft_id,
                object_name=object_name,
                client=client,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[DirectDataSchemaDTO, None] = Operation(
    name="object_schema",
    signature=Signature(
        path=(
            "draft_id",
            "object_name",
        ),
        path_defaults={
            "draft_id": "prod",
        },
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
