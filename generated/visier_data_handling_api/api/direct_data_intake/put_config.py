from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direct_data_load_config_dto import DirectDataLoadConfigDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    draft_id: str,
    *,
    body: DirectDataLoadConfigDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/data/directloads/{draft_id}/configs".format(
            draft_id=quote(str(draft_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DirectDataLoadConfigDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DirectDataLoadConfigDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DirectDataLoadConfigDTO]:
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
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataLoadConfigDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataLoadConfigDTO]:
    """Change the direct data intake configuration

     Changes the options given and leaves every option left out as it is.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataLoadConfigDTO): How direct data intake processes committed transactions.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataLoadConfigDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    draft_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataLoadConfigDTO,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataLoadConfigDTO:
    """Change the direct data intake configuration

     Changes the options given and leaves every option left out as it is.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataLoadConfigDTO): How direct data intake processes committed transactions.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataLoadConfigDTO
    """

    return cast(
        DirectDataLoadConfigDTO,
        sync_detailed(
            draft_id=draft_id,
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    draft_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataLoadConfigDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataLoadConfigDTO]:
    """Change the direct data intake configuration

     Changes the options given and leaves every option left out as it is.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataLoadConfigDTO): How direct data intake processes committed transactions.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataLoadConfigDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    draft_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataLoadConfigDTO,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataLoadConfigDTO:
    """Change the direct data intake configuration

     Changes the options given and leaves every option left out as it is.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataLoadConfigDTO): How direct data intake processes committed transactions.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataLoadConfigDTO
    """

    return cast(
        DirectDataLoadConfigDTO,
        (
            await asyncio_detailed(
                draft_id=draft_id,
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[DirectDataLoadConfigDTO, None] = Operation(
    name="put_config",
    signature=Signature(
        path=("draft_id",),
        path_defaults={
            "draft_id": "prod",
        },
        query={
            "target_tenant_id": str,
        },
        body=DirectDataLoadConfigDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
