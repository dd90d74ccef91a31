from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential_creation_api_response_dto import CredentialCreationAPIResponseDTO
from ...models.data_provider_auth_information_dto import DataProviderAuthInformationDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: DataProviderAuthInformationDTO,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["tenantCode"] = tenant_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data-connector-credentials",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> CredentialCreationAPIResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = CredentialCreationAPIResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CredentialCreationAPIResponseDTO]:
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
    body: DataProviderAuthInformationDTO,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[CredentialCreationAPIResponseDTO]:
    """Create a data connector credential

     Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the
    one provider-specific auth-params object that matches it (for example `ultimateAuthParams` for
    `UKG`). The response carries the new credential's UUID.

    Args:
        tenant_code (str | Unset): The analytic tenant to create the credential in.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataProviderAuthInformationDTO): The body of `createConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialCreationAPIResponseDTO]
    """

    kwargs = build_request(
        body=body,
        tenant_code=tenant_code,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DataProviderAuthInformationDTO,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> CredentialCreationAPIResponseDTO:
    """Create a data connector credential

     Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the
    one provider-specific auth-params object that matches it (for example `ultimateAuthParams` for
    `UKG`). The response carries the new credential's UUID.

    Args:
        tenant_code (str | Unset): The analytic tenant to create the credential in.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataProviderAuthInformationDTO): The body of `createConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialCreationAPIResponseDTO
    """

    return cast(
        CredentialCreationAPIResponseDTO,
        sync_detailed(
            client=client,
            body=body,
            tenant_code=tenant_code,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataProviderAuthInformationDTO,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[CredentialCreationAPIResponseDTO]:
    """Create a data connector credential

     Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the
    one provider-specific auth-params object that matches it (for example `ultimateAuthParams` for
    `UKG`). The response carries the new credential's UUID.

    Args:
        tenant_code (str | Unset): The analytic tenant to create the credential in.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataProviderAuthInformationDTO): The body of `createConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialCreationAPIResponseDTO]
    """

    kwargs = build_request(
        body=body,
        tenant_code=tenant_code,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataProviderAuthInformationDTO,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> CredentialCreationAPIResponseDTO:
    """Create a data connector credential

     Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the
    one provider-specific auth-params object that matches it (for example `ultimateAuthParams` for
    `UKG`). The response carries the new credential's UUID.

    Args:
        tenant_code (str | Unset): The analytic tenant to create the credential in.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataProviderAuthInformationDTO): The body of `createConnectorCredential`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialCreationAPIResponseDTO
    """

    return cast(
        CredentialCreationAPIResponseDTO,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                tenant_code=tenant_code,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[CredentialCreationAPIResponseDTO, None] = Operation(
    name="create_connector_credential",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=DataProviderAuthInformationDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
