from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.push_data_cancel_response import PushDataCancelResponse
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    transfer_session_id: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-transfer-sessions/{transfer_session_id}/cancel".format(
            transfer_session_id=quote(str(transfer_session_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PushDataCancelResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PushDataCancelResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PushDataCancelResponse]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PushDataCancelResponse]:
    """Cancel a transfer session

     Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data
    set again, for instance after a batch failed or the data turned out to be incomplete.

    Args:
        transfer_session_id (str): The transfer session to cancel.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushDataCancelResponse]
    """

    kwargs = build_request(
        transfer_session_id=transfer_session_id,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> PushDataCancelResponse:
    """Cancel a transfer session

     Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data
    set again, for instance after a batch failed or the data turned out to be incomplete.

    Args:
        transfer_session_id (str): The transfer session to cancel.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushDataCancelResponse
    """

    return cast(
        PushDataCancelResponse,
        sync_detailed(
            transfer_session_id=transfer_session_id,
            client=client,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PushDataCancelResponse]:
    """Cancel a transfer session

     Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data
    set again, for instance after a batch failed or the data turned out to be incomplete.

    Args:
        transfer_session_id (str): The transfer session to cancel.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushDataCancelResponse]
    """

    kwargs = build_request(
        transfer_session_id=transfer_session_id,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> PushDataCancelResponse:
    """Cancel a transfer session

     Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data
    set again, for instance after a batch failed or the data turned out to be incomplete.

    Args:
        transfer_session_id (str): The transfer session to cancel.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushDataCancelResponse
    """

    return cast(
        PushDataCancelResponse,
        (
            await asyncio_detailed(
                transfer_session_id=transfer_session_id,
                client=client,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[PushDataCancelResponse, None] = Operation(
    name="push_data_cancel",
    signature=Signature(
        path=("transfer_session_id",),
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
