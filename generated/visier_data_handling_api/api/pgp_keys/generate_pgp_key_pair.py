from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.key_pair_generate_request_dto import KeyPairGenerateRequestDTO
from ...models.public_key_dto import PublicKeyDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: KeyPairGenerateRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/pgp-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PublicKeyDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PublicKeyDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PublicKeyDTO]:
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
    body: KeyPairGenerateRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PublicKeyDTO]:
    """Generate a PGP key pair

     Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps
    the private key and decrypts with it what it receives. The key pair expires between 2 and 10 years
    from now; 2 years unless an expiry date is given.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (KeyPairGenerateRequestDTO): How long a new key pair lasts.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublicKeyDTO]
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
    body: KeyPairGenerateRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> PublicKeyDTO:
    """Generate a PGP key pair

     Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps
    the private key and decrypts with it what it receives. The key pair expires between 2 and 10 years
    from now; 2 years unless an expiry date is given.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (KeyPairGenerateRequestDTO): How long a new key pair lasts.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicKeyDTO
    """

    return cast(
        PublicKeyDTO,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: KeyPairGenerateRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PublicKeyDTO]:
    """Generate a PGP key pair

     Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps
    the private key and decrypts with it what it receives. The key pair expires between 2 and 10 years
    from now; 2 years unless an expiry date is given.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (KeyPairGenerateRequestDTO): How long a new key pair lasts.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublicKeyDTO]
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
    body: KeyPairGenerateRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> PublicKeyDTO:
    """Generate a PGP key pair

     Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps
    the private key and decrypts with it what it receives. The key pair expires between 2 and 10 years
    from now; 2 years unless an expiry date is given.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (KeyPairGenerateRequestDTO): How long a new key pair lasts.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicKeyDTO
    """

    return cast(
        PublicKeyDTO,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[PublicKeyDTO, None] = Operation(
    name="generate_pgp_key_pair",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=KeyPairGenerateRequestDTO,
        inner=None,
    ),
    build_request=build_request,
    parse=parse,
)
