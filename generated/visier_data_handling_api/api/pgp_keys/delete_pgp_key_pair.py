from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.key_pair_delete_response_dto import KeyPairDeleteResponseDTO
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
        "method": "delete",
        "url": "/v1/api/pgp-keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> KeyPairDeleteResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = KeyPairDeleteResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KeyPairDeleteResponseDTO]:
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
) -> Response[KeyPairDeleteResponseDTO]:
    """Delete a PGP key pair

     Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyPairDeleteResponseDTO]
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
) -> KeyPairDeleteResponseDTO:
    """Delete a PGP key pair

     Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyPairDeleteResponseDTO
    """

    return cast(
        KeyPairDeleteResponseDTO,
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
) -> Response[KeyPairDeleteResponseDTO]:
    """Delete a PGP key pair

     Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyPairDeleteResponseDTO]
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
) -> KeyPairDeleteResponseDTO:
    """Delete a PGP key pair

     Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

    Args:
        key_id (str): The key pair's ID, 16 hexadecimal digits with leading zeros.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyPairDeleteResponseDTO
    """

    return cast(
        KeyPairDeleteResponseDTO,
        (
            await asyncio_detailed(
                key_id=key_id,
                client=client,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[KeyPairDeleteResponseDTO, None] = Operation(
    name="delete_pgp_key_pair",
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
