from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.public_key_dto import PublicKeyDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    key_id: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/pgp-keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

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
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PublicKeyDTO]:
    """Get one PGP public key

     Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublicKeyDTO]
    """

    kwargs = build_request(
        key_id=key_id,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> PublicKeyDTO:
    """Get one PGP public key

     Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicKeyDTO
    """

    return cast(
        PublicKeyDTO,
        sync_detailed(
            key_id=key_id,
            client=client,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PublicKeyDTO]:
    """Get one PGP public key

     Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublicKeyDTO]
    """

    kwargs = build_request(
        key_id=key_id,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> PublicKeyDTO:
    """Get one PGP public key

     Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

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
                key_id=key_id,
                client=client,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[PublicKeyDTO, None] = Operation(
    name="get_pgp_public_key",
    signature=Signature(
        path=("key_id",),
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
