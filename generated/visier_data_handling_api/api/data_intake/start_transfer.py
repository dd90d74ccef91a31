from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.start_transfer_response import StartTransferResponse
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data-transfer-sessions",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> StartTransferResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = StartTransferResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StartTransferResponse]:
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
    target_tenant_id: str | Unset = UNSET,
) -> Response[StartTransferResponse]:
    """Start a transfer session

     Opens a transfer session that takes numbered batches of records or files until it is completed
    (which starts a receiving job) or cancelled. Sending all batches in one session is fastest.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartTransferResponse]
    """

    kwargs = build_request(
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> StartTransferResponse:
    """Start a transfer session

     Opens a transfer session that takes numbered batches of records or files until it is completed
    (which starts a receiving job) or cancelled. Sending all batches in one session is fastest.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartTransferResponse
    """

    return cast(
        StartTransferResponse,
        sync_detailed(
            client=client,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[StartTransferResponse]:
    """Start a transfer session

     Opens a transfer session that takes numbered batches of records or files until it is completed
    (which starts a receiving job) or cancelled. Sending all batches in one session is fastest.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartTransferResponse]
    """

    kwargs = build_request(
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> StartTransferResponse:
    """Start a transfer session

     Opens a transfer session that takes numbered batches of records or files until it is completed
    (which starts a receiving job) or cancelled. Sending all batches in one session is fastest.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartTransferResponse
    """

    return cast(
        StartTransferResponse,
        (
            await asyncio_detailed(
                client=client,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[StartTransferResponse, None] = Operation(
    name="start_transfer",
    signature=Signature(
        path=(),
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
