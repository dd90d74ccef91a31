from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_request import AuthenticationRequest
from ...types import Response


def build_request(
    *,
    body: AuthenticationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/visierSecureToken",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> str:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
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
    body: AuthenticationRequest,
) -> Response[str]:
    """Sign in for an ASID token

     Exchanges a username and password (form fields) for a session token, returned as plain text. Send it
    as the `VisierASIDToken` cookie together with the `apikey` header.

    Args:
        body (AuthenticationRequest): A username and password to sign in with.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticationRequest,
) -> str:
    """Sign in for an ASID token

     Exchanges a username and password (form fields) for a session token, returned as plain text. Send it
    as the `VisierASIDToken` cookie together with the `apikey` header.

    Args:
        body (AuthenticationRequest): A username and password to sign in with.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return cast(
        str,
        sync_detailed(
            client=client,
            body=body,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticationRequest,
) -> Response[str]:
    """Sign in for an ASID token

     Exchanges a username and password (form fields) for a session token, returned as plain text. Send it
    as the `VisierASIDToken` cookie together with the `apikey` header.

    Args:
        body (AuthenticationRequest): A username and password to sign in with.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticationRequest,
) -> str:
    """Sign in for an ASID token

     Exchanges a username and password (form fields) for a session token, returned as plain text. Send it
    as the `VisierASIDToken` cookie together with the `apikey` header.

    Args:
        body (AuthenticationRequest): A username and password to sign in with.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return cast(
        str,
        (
            await asyncio_detailed(
                client=client,
                body=body,
            )
        ).parsed,
    )
