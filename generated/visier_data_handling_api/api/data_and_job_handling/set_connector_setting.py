from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_connector_settings_request_dto import SetConnectorSettingsRequestDTO
from ...models.set_connector_settings_response_dto import SetConnectorSettingsResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: SetConnectorSettingsRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-connectors/connector-settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> SetConnectorSettingsResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = SetConnectorSettingsResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetConnectorSettingsResponseDTO]:
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
    body: SetConnectorSettingsRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[SetConnectorSettingsResponseDTO]:
    """Update data connector settings

     Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the
    setting keys a connector has.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (SetConnectorSettingsRequestDTO): The body of `setConnectorSetting`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetConnectorSettingsResponseDTO]
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
    body: SetConnectorSettingsRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> SetConnectorSettingsResponseDTO:
    """Update data connector settings

     Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the
    setting keys a connector has.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (SetConnectorSettingsRequestDTO): The body of `setConnectorSetting`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetConnectorSettingsResponseDTO
    """

    return cast(
        SetConnectorSettingsResponseDTO,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetConnectorSettingsRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[SetConnectorSettingsResponseDTO]:
    """Update data connector settings

     Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the
    setting keys a connector has.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (SetConnectorSettingsRequestDTO): The body of `setConnectorSetting`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetConnectorSettingsResponseDTO]
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
    body: SetConnectorSettingsRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> SetConnectorSettingsResponseDTO:
    """Update data connector settings

     Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the
    setting keys a connector has.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (SetConnectorSettingsRequestDTO): The body of `setConnectorSetting`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetConnectorSettingsResponseDTO
    """

    return cast(
        SetConnectorSettingsResponseDTO,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[SetConnectorSettingsResponseDTO, None] = Operation(
    name="set_connector_setting",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=SetConnectorSettingsRequestDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
