from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_connector_credential_request import AssignConnectorCredentialRequest
from ...models.assign_connector_credentials_response_dto import AssignConnectorCredentialsResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: AssignConnectorCredentialRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data-connectors/assignCredentials",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> AssignConnectorCredentialsResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = AssignConnectorCredentialsResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssignConnectorCredentialsResponseDTO]:
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
    body: AssignConnectorCredentialRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[AssignConnectorCredentialsResponseDTO]:
    """Assign credentials to data connectors

     Assigns a connector credential to a data connector, per tenant. The response has one entry per
    tenant with the outcome (`Succeed` or `Failed`).

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (AssignConnectorCredentialRequest): The body of `assignConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignConnectorCredentialsResponseDTO]
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
    body: AssignConnectorCredentialRequest,
    target_tenant_id: str | Unset = UNSET,
) -> AssignConnectorCredentialsResponseDTO:
    """Assign credentials to data connectors

     Assigns a connector credential to a data connector, per tenant. The response has one entry per
    tenant with the outcome (`Succeed` or `Failed`).

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (AssignConnectorCredentialRequest): The body of `assignConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignConnectorCredentialsResponseDTO
    """

    return cast(
        AssignConnectorCredentialsResponseDTO,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssignConnectorCredentialRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[AssignConnectorCredentialsResponseDTO]:
    """Assign credentials to data connectors

     Assigns a connector credential to a data connector, per tenant. The response has one entry per
    tenant with the outcome (`Succeed` or `Failed`).

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (AssignConnectorCredentialRequest): The body of `assignConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignConnectorCredentialsResponseDTO]
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
    body: AssignConnectorCredentialRequest,
    target_tenant_id: str | Unset = UNSET,
) -> AssignConnectorCredentialsResponseDTO:
    """Assign credentials to data connectors

     Assigns a connector credential to a data connector, per tenant. The response has one entry per
    tenant with the outcome (`Succeed` or `Failed`).

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (AssignConnectorCredentialRequest): The body of `assignConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignConnectorCredentialsResponseDTO
    """

    return cast(
        AssignConnectorCredentialsResponseDTO,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[AssignConnectorCredentialsResponseDTO, None] = Operation(
    name="assign_connector_credential",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=AssignConnectorCredentialRequest,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
