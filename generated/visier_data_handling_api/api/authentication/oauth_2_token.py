from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_request_body import TokenRequestBody
from ...models.token_response import TokenResponse
from ...types import Response


def build_request(
    *,
    body: TokenRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/oauth2/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> TokenResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenResponse]:
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
    body: TokenRequestBody,
) -> Response[TokenResponse]:
    """Get an OAuth 2.0 access token

     Issues a bearer token for an OAuth 2.0 grant (form fields). Send the access token as `Authorization:
    Bearer …` together with the `apikey` header.

    Args:
        body (TokenRequestBody): An OAuth 2.0 token request. Which fields apply depends on
            `grant_type`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse]
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
    body: TokenRequestBody,
) -> TokenResponse:
    """Get an OAuth 2.0 access token

     Issues a bearer token for an OAuth 2.0 grant (form fields). Send the access token as `Authorization:
    Bearer …` together with the `apikey` header.

    Args:
        body (TokenRequestBody): An OAuth 2.0 token request. Which fields apply depends on
            `grant_type`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse
    """

    return cast(
        TokenResponse,
        sync_detailed(
            client=client,
            body=body,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequestBody,
) -> Response[TokenResponse]:
    """Get an OAuth 2.0 access token

     Issues a bearer token for an OAuth 2.0 grant (form fields). Send the access token as `Authorization:
    Bearer …` together with the `apikey` header.

    Args:
        body (TokenRequestBody): An OAuth 2.0 token request. Which fields apply depends on
            `grant_type`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequestBody,
) -> TokenResponse:
    """Get an OAuth 2.0 access token

     Issues a bearer token for an OAuth 2.0 grant (form fields). Send the access token as `Authorization:
    Bearer …` together with the `apikey` header.

    Args:
        body (TokenRequestBody): An OAuth 2.0 token request. Which fields apply depends on
            `grant_type`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse
    """

    return cast(
        TokenResponse,
        (
            await asyncio_detailed(
                client=client,
                body=body,
            )
        ).parsed,
    )
